r"""The information measures libraries compute, written out as the formulas they are: SciPy's ``entropy``,
``rel_entr``, ``kl_div`` and ``entr``, scikit-learn's ``mutual_info_score``, and the entropy and KL divergence of
PyTorch's and TensorFlow Probability's Bernoulli and categorical distribution objects.

SciPy's ``entropy([9/14, 5/14], base=2)`` is ``-(\frac{9}{14} \cdot \log_2(\frac{9}{14}) + ...)``, its weights
divided by their sum first, as SciPy does. Arguments not as the library takes them give no value (None).

>>> from kldocs.checker.code_arithmetic import number
>>> weights = Items((number(1), number(3)), array=False)
>>> coin = distribution_object("torch.distributions.Bernoulli", [], {"probs": number(0.25)})
>>> round(scipy_call("entropy", [weights], {}).value, 6), round(object_entropy(coin).value, 6)
(0.562335, 0.562335)
"""

from __future__ import annotations

import ast
import collections
from collections.abc import Callable, Mapping, Sequence

from kldocs.checker.code_arithmetic import Worked, as_numpy, combined, logarithm, negated, number
from kldocs.checker.code_values import Categories, Coin, Items, Labels, Value, array_of, summed


def mutual_information(first: Value, second: Value) -> Worked | None:
    r"""scikit-learn's ``mutual_info_score(a, b)`` of two labellings: the mutual information, in nats, of the joint
    distribution their pairs make (``\sum n_{xy}/N \ln(N n_{xy} / (n_x n_y))``), as one formula.

    >>> h = mutual_information(Labels(("a", "a", "b", "b")), Labels(("y", "y", "n", "n")))
    >>> round(h.value, 6), h.text.count("\\ln")
    (0.693147, 2)
    """
    a, b = _labels(first), _labels(second)
    if a is None or b is None or len(a) != len(b) or not a:
        return None
    total = len(a)
    pairs = collections.Counter(zip(a, b, strict=True))
    left, right = collections.Counter(a), collections.Counter(b)
    terms: list[Worked | None] = []
    for (x, y), count in sorted(pairs.items(), key=repr):
        share = _quotient(count, total)
        ratio = _quotient(total * count, left[x] * right[y])
        log = logarithm(ratio, "e") if ratio is not None else None
        terms.append(combined(ast.Mult(), share, log) if share is not None and log is not None else None)
    if not terms or any(term is None for term in terms):
        return None
    return summed(Items(tuple(term for term in terms if term is not None), False), numpy=True)


def _quotient(numerator: int, denominator: int) -> Worked | None:
    """``numerator / denominator`` of two whole numbers, as a formula."""
    top, bottom = number(numerator), number(denominator)
    return combined(ast.Div(), top, bottom) if top is not None and bottom is not None else None


def _labels(value: Value) -> tuple[str, ...] | None:
    """Labels as strings: a list of strings, or of whole numbers."""
    if isinstance(value, Labels):
        return None if value.text else value.labels
    if isinstance(value, Items) and all(each.value.is_integer() and not each.logs for each in value.items):
        return tuple(str(int(each.value)) for each in value.items)
    return None


def _weights(value: Value) -> Items | None:
    """The probabilities that weights make, each divided by their sum when that is not 1 (as SciPy does)."""
    if not isinstance(value, Items) or not value.items or any(each.value < 0 for each in value.items):
        return None
    total = summed(value, numpy=False)
    if total is None or total.value <= 0:
        return None
    if abs(total.value - 1) <= 1e-12:
        return value
    divided = [combined(ast.Div(), each, total) for each in value.items]
    return Items(tuple(each for each in divided if each is not None), True) if all(divided) else None


def scipy_call(function: str, arguments: Sequence[Value], keywords: Mapping[str, Value]) -> Value | None:
    """SciPy's ``entropy(pk, qk=None, base=None)`` and the item-by-item ``rel_entr``, ``kl_div`` and ``entr``."""
    if function == "entropy":
        given = dict(zip(("pk", "qk", "base"), arguments, strict=False))
        if set(given) & set(keywords) or set(keywords) - {"pk", "qk", "base"}:
            return None
        given.update(keywords)
        base = given.get("base")
        written = "e" if base is None else (base.text if isinstance(base, Worked) else "")
        if written not in ("2", "10", "e"):
            return None
        first = _weights(given["pk"]) if "pk" in given else None
        second = _weights(given["qk"]) if "qk" in given else None
        if first is None or ("qk" in given and second is None):
            return None
        return as_numpy_or_none(measure_sum(first, second, written))
    terms: dict[str, Callable[[Worked, Worked], Worked | None]] = {"rel_entr": _relative, "kl_div": _kl_term}
    if function in terms and len(arguments) == 2 and not keywords:
        left, right = arguments
        if isinstance(left, Items) and isinstance(right, Items) and len(left.items) == len(right.items):
            pairs = zip(left.items, right.items, strict=True)
            return array_of([terms[function](p, q) for p, q in pairs])
    return None


def as_numpy_or_none(worked: Worked | None) -> Worked | None:
    return as_numpy(worked) if worked is not None else None


def _relative(p: Worked, q: Worked) -> Worked | None:
    """``p log(p/q)`` (0 where p is 0; none where q is 0 and p is not: infinite)."""
    if p.value == 0:
        return number(0)
    ratio = combined(ast.Div(), p, q)
    log = logarithm(ratio, "e") if ratio is not None else None
    return combined(ast.Mult(), p, log) if log is not None else None


def _kl_term(p: Worked, q: Worked) -> Worked | None:
    """SciPy's ``kl_div``: ``p log(p/q) - p + q``."""
    relative = _relative(p, q)
    less = combined(ast.Sub(), relative, p) if relative is not None else None
    return combined(ast.Add(), less, q) if less is not None else None


def measure_sum(first: Items, second: Items | None, base: str) -> Worked | None:
    """The entropy of ``first`` (``second`` None) or the KL divergence of ``second`` from it, in ``base``, written
    out: ``-(p_1 \\log p_1 + ...)`` or ``p_1 \\log(p_1/q_1) + ...`` (terms where p is 0 left out)."""
    if second is not None and len(second.items) != len(first.items):
        return None
    terms: list[Worked | None] = []
    for index, p in enumerate(first.items):
        if p.value == 0:
            continue
        inner = combined(ast.Div(), p, second.items[index]) if second is not None else p
        log = logarithm(inner, base) if inner is not None else None
        terms.append(combined(ast.Mult(), p, log) if log is not None else None)
    if not terms or not all(terms):
        return None
    total = summed(Items(tuple(each for each in terms if each is not None), False), numpy=False)
    return negated(total) if total is not None and second is None else total


def distribution_object(name: str, arguments: Sequence[Value], keywords: Mapping[str, Value]) -> Value | None:
    """``Bernoulli(probs=0.3)``, ``Categorical(probs=[...])``; a positional probability only for PyTorch's (the
    first parameter of TensorFlow Probability's is the logits). Never by logits."""
    if set(keywords) - {"probs", "validate_args"} or len(arguments) > 1:
        return None
    given = keywords.get("probs") or (arguments[0] if arguments and name.startswith("torch.") else None)
    if given is None or (arguments and "probs" in keywords):
        return None
    if name.endswith("Bernoulli") and isinstance(given, Worked) and 0 < given.value < 1 and not given.rounded:
        return Coin(given)
    weights = given if isinstance(given, Items) else None
    total = summed(weights, numpy=False) if weights is not None else None
    if name.endswith("Categorical") and weights is not None and total is not None and abs(total.value - 1) <= 1e-9:
        return Categories(weights)
    return None


def _probabilities(value: Value) -> Items | None:
    if isinstance(value, Coin):
        tails = combined(ast.Sub(), Worked("1", 1.0, 1.0, False), value.heads)
        return Items((value.heads, tails), True) if tails is not None else None
    return value.probabilities if isinstance(value, Categories) else None


def object_entropy(value: Value) -> Worked | None:
    """A distribution object's entropy, in nats."""
    probabilities = _probabilities(value)
    return measure_sum(probabilities, None, "e") if probabilities is not None else None


def object_divergence(first: Value, second: Value) -> Worked | None:
    """The KL divergence of the second distribution object from the first, in nats."""
    p, q = _probabilities(first), _probabilities(second)
    return measure_sum(p, q, "e") if p is not None and q is not None else None
