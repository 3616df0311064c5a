r"""A claim of Shannon's measures right after the supposition that one variable is a function of another, or that
three make a Markov chain.

"If Y is a function of X, then $H(Y|X) = 0$" (in nine languages, or "if $Y = f(X)$"): then ``H(X,Y) = H(X)``, and
a claim about X and Y only is a combination ``a H(X) + b H(Y)`` of the two entropies, where ``0 <= H(Y) <= H(X)``
and any such pair is reached. An equation holds when ``a = b = 0`` and is false otherwise (X a fair bit, Y = X or
Y constant shows it); an inequality holds when it holds at both ends of that range, and is false when it fails at
one of them.

"For a Markov chain $X \to Y \to Z$, $I(X;Z) \le I(X;Y)$": then ``I(X;Z|Y) = 0``, and a claim about the three holds
when its sides differ by a multiple of that (an equation), or when adding it makes the difference a sum of
Shannon's elemental quantities (an inequality: the data-processing inequality is one). It is false when it fails
on a chain of bits (X a fair bit, each step keeping its bit or flipping it with a probability of 0, 1/4 or 1/2, or
a constant), and nothing is said otherwise. A claim is called false only right after its supposition ("if ...,
then"); words that turn the supposition round ("otherwise", "not") or end its sentence leave the claim unjudged.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> def claim(text):
...     return [item for item in statements(tokenize(text), text) if not item.fallback][0]
>>> structured("If Y is a function of X, then ", claim("H(Y|X) = 0"))[1]
'holds'
>>> structured("Se Y è funzione di X, allora ", claim("H(X|Y) = 0"))[1]
'false'
>>> structured(r"For a Markov chain $X \to Y \to Z$, ", claim(r"I(X;Z) \le I(X;Y)"))[1]
'holds'
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Sequence
from fractions import Fraction

from kldocs.checker.chains import Statement
from kldocs.checker.found import Found
from kldocs.checker.judging import Verdict
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.premises import DIRECT, UNSUPPOSED, written_together
from kldocs.checker.shannon_measures import Form, Searches, equation_form, mutual_form

#: Characters read back from a claim for its supposition.
_REACH = 300
#: A random variable's name: ``Y``, ``$X$``, ``X_1``.
_NAME = r"\$?\s*(?P<{}>(?![PQ])[A-Z](?:_\{{?[A-Za-z0-9]{{1,3}}\}}?|[0-9])?)\s*\$?"
_SUPPOSE = (
    r"(?:if|when|whenever|since|suppose(?:\s+that)?|assume(?:\s+that)?|given\s+that|se|si|quando|cuando|quand|lorsque|wenn|falls|"
    r"если)"
)
#: "If Y is a function of X", "se Y è funzione di X", "wenn Y eine Funktion von X ist", "若Y是X的函数", "Y가 X의
#: 함수이면", "YがXの関数ならば", "if $Y = f(X)$": the function's value (group ``out``) and its argument (``of``).
_FUNCTION = lazy(
    r"(?:(?<![^\W\d_])" + _SUPPOSE + r"\s+" + _NAME.format("out") + r"\s+(?:"
    r"(?:is|be)\s+(?:a\s+|some\s+)?(?:deterministic\s+)?function\s+of|"
    r"(?:è|sia)\s+(?:una\s+)?funzione\s+(?:deterministica\s+)?di|"
    r"(?:est|soit)\s+une\s+fonction\s+(?:déterministe\s+)?de|"
    r"(?:es|sea)\s+(?:una\s+)?funci[oó]n\s+(?:determinista\s+)?de|"
    r"(?:é|for)\s+(?:uma\s+)?fun[cç][aã]o\s+(?:determin[ií]stica\s+)?de|"
    r"eine\s+(?:deterministische\s+)?Funktion\s+von|"
    r"(?:является\s+)?функци(?:ей|я)\s+(?:от\s+)?"
    r")\s+" + _NAME.format("of") + r"(?:\s+ist)?(?![^\W\d_])"
    r"|(?<![^\W\d_])"
    + _SUPPOSE
    + r"\s+"
    + _NAME.format("out2")
    + r"\s*=\s*\$?\s*[fgh]\s*\(\s*"
    + _NAME.format("of2")
    + r"\s*\)\s*\$?"
    r"|(?:如果|若|假如|假设|当)\s*"
    + _NAME.format("out3")
    + r"\s*(?:是|为)\s*"
    + _NAME.format("of3")
    + r"\s*的(?:确定性)?函数(?:时)?"
    r"|" + _NAME.format("out4") + r"\s*(?:가|이)\s*" + _NAME.format("of4") + r"\s*의\s*함수(?:이면|일\s*때|인\s*경우)"
    r"|"
    + _NAME.format("out5")
    + r"\s*が\s*"
    + _NAME.format("of5")
    + r"\s*の\s*関数(?:ならば|なら|のとき|の場合|であれば)"
    r")",
    re.IGNORECASE,
)
_ARROW = r"\s*\$?\s*(?:\\to|\\rightarrow|->|→|—>|\\longrightarrow)\s*\$?\s*"
#: A Markov chain of three variables, ``X \to Y \to Z`` (groups ``a``, ``b``, ``c``).
_CHAIN = lazy(_NAME.format("a") + _ARROW + _NAME.format("b") + _ARROW + _NAME.format("c") + r"(?!\s*(?:\\to|->|→))")
#: What may stand between a chain and the claim after it: its name as a Markov chain, "then", a comma.
_CHAIN_NAMED = lazy(
    r"[\s,:;$)]*(?:(?:is|forms?|be|form\s+a)\s+(?:a\s+)?Markov\s+chain|(?:è|formano|sia)\s+una\s+catena\s+di\s+Markov|"
    r"(?:est|forme)\s+une\s+cha[iî]ne\s+de\s+Markov|(?:es|forma|sea)\s+una\s+cadena\s+de\s+Markov|"
    r"(?:é|forma)\s+uma\s+cadeia\s+de\s+Markov|(?:eine\s+)?Markow?-?[Kk]ette(?:\s+bilden|\s+ist)?|构成马尔可夫链|"
    r"(?:이|가)?\s*마르코프\s*연쇄(?:이면|를\s*이루면)|が\s*マルコフ連鎖(?:ならば|なら|のとき))?",
    re.IGNORECASE,
)
#: Words before a chain that make it a supposition: "if", "for a Markov chain", "当", or none at a line's start.
_CHAIN_LEAD = lazy(
    r"(?:(?<![^\W\d_])(?:" + _SUPPOSE + r"|for|per|para|pour|f[üu]r)(?:\s+(?:a|the|una|un|une|eine|die))?"
    r"(?:\s+(?:Markov\s+chain|catena\s+di\s+Markov|cadena\s+de\s+Markov|cha[iî]ne\s+de\s+Markov|cadeia\s+de\s+Markov|"
    r"Markow?-?Kette))?|对于马尔可夫链|马尔可夫链|若|如果|当|^)[\s:$(]*\Z",
    re.IGNORECASE,
)
#: Another argument of the function after the first: "a function of X and Z", "di X, Z".
_MORE = lazy(r"\s*\$?\s*(?:,|and|e|et|y|und|&|和|与|과|와)\s*\$?\s*[A-Z](?![A-Za-z(])", re.IGNORECASE)
#: Trial steps of a chain of bits: the probability of a flip, or None for an output that is always 0.
_STEPS = (Fraction(0), Fraction(1, 4), Fraction(1, 2), None)
_TOLERANCE = 1e-9


def structured_before(text: str, item: Found, searches: Searches) -> tuple[str, Verdict, str] | None:
    """The verdict on the claim of ``item`` under what its line (``text``: the document's) supposes just before it, a
    function or a Markov chain (:func:`structured`; ``searches``: the document's), or None."""
    line_start = text.rfind("\n", 0, item.offset) + 1
    start = item.offset - item.statement.offset + min(item.statement.left.start, item.statement.right.start)
    found = structured(text[line_start : max(line_start, start)], item.statement, searches)
    return None if found is not None and found[1] == "false" and not written_together(text, item) else found


def structured(before: str, claim: Statement, searches: Searches | None = None) -> tuple[str, Verdict, str] | None:
    """The kind, verdict and note of ``claim`` judged under what the text right before it (``before``: its line up to
    the claim) supposes of its variables, a function or a Markov chain; None when it supposes neither, or when the
    claim is not judged under it."""
    text = before[-_REACH:]
    function = max(_FUNCTION.finditer(text), key=_start, default=None)
    chain = max(_CHAIN.finditer(text), key=_start, default=None)
    form = equation_form(claim)
    if form is None or claim.relation not in ("=", "~", "<=", ">=", "<", ">"):
        return None
    if function is not None and (chain is None or function.start() > chain.start()):
        if UNSUPPOSED.search(text, function.end()) or _MORE.match(text, function.end()):
            return None  # "if Y is a function of X and Z": not of X alone
        out, of = (name.replace("{", "").replace("}", "") for name in _pair(function))
        return _under_function(form, claim.relation, (out, of), bool(DIRECT.fullmatch(text, function.end())))
    if chain is None or _CHAIN_LEAD.search(text[: chain.start()]) is None:
        return None
    named = _CHAIN_NAMED.match(text, chain.end())
    rest = named.end() if named else chain.end()
    if UNSUPPOSED.search(text, rest):
        return None
    names = tuple(chain[key].replace("{", "").replace("}", "") for key in "abc")
    return _under_chain(form, claim.relation, names, bool(DIRECT.fullmatch(text, rest)), searches or Searches())


def _pair(found: re.Match[str]) -> tuple[str, str]:
    """The function's value and argument, whichever way of writing it was found."""
    groups = found.groupdict()
    return next((groups[out], groups[of]) for out, of in _KEYS if groups[out] is not None and groups[of] is not None)


_KEYS = (("out", "of"), ("out2", "of2"), ("out3", "of3"), ("out4", "of4"), ("out5", "of5"))


def _under_function(form: Form, relation: str, names: tuple[str, str], direct: bool) -> tuple[str, Verdict, str] | None:
    """The verdict on ``form`` (left side minus right) related to 0 by ``relation`` when ``names[0]`` is a function
    of ``names[1]``; false only when ``direct``.

    >>> y, xy = frozenset("Y"), frozenset("XY")
    >>> _under_function({xy: Fraction(1), y: Fraction(-1)}, "=", ("Y", "X"), True)[2][-44:]
    'the left side minus the right is 1.0000 bits'
    """
    out, of = names
    if out == of or not set().union(*form) <= {out, of}:
        return None
    a = form.get(frozenset({of}), Fraction(0)) + form.get(frozenset({out, of}), Fraction(0))
    b = form.get(frozenset({out}), Fraction(0))
    supposed = f"when {out} is a function of {of}, H({of},{out}) = H({of}) and 0 <= H({out}) <= H({of})"
    # the difference is a H(of) + b H(out); at the ends of the range: out constant, (a, 0), and out = of, (a + b)
    ends = ((a, f"{of} a fair bit and {out} constant"), (a + b, f"{of} a fair bit and {out} = {of}"))
    sign = {"=": 0, "~": 0, ">=": 1, ">": 1, "<=": -1, "<": -1}[relation]
    if relation in ("=", "~"):
        wrong = [(gap, where) for gap, where in ends if gap]
        if not wrong:
            return "identity", "holds", f"{supposed}, and the two sides are equal, as the sentence supposes"
    elif relation in (">=", "<="):
        wrong = [(gap, where) for gap, where in ends if sign * gap < 0]
        if not wrong:
            return "bound", "holds", f"{supposed}, and the inequality holds at both ends of that range"
    else:  # a strict inequality fails where X is constant; it is called false only when it never holds
        if any(sign * gap > 0 for gap, _ in ends):
            return None
        wrong = [(gap, where) for gap, where in ends if gap] or [ends[0]]
    if not direct:
        return None
    gap, where = wrong[0]
    kind = "identity" if relation in ("=", "~") else "bound"
    return (
        kind,
        "false",
        f"{supposed}, and it fails: for {where}, "
        + (f"the left side minus the right is {float(gap):.4f} bits" if gap else "the two sides are equal"),
    )


def _under_chain(
    form: Form, relation: str, names: tuple[str, ...], direct: bool, searches: Searches
) -> tuple[str, Verdict, str] | None:
    """The verdict on ``form`` related to 0 by ``relation`` when ``names`` make a Markov chain; false only when
    ``direct`` (``searches``: those the document may still make).

    >>> x, y, xy = frozenset("X"), frozenset("Y"), frozenset("XY")
    >>> _under_chain({x: Fraction(1), y: Fraction(1), xy: Fraction(-1)}, "=", ("X", "Y", "Z"), True, Searches())[1]
    'false'
    """
    first, middle, last = names
    if len(set(names)) != 3 or not set().union(*form) <= set(names):
        return None
    markov = mutual_form(frozenset({first}), frozenset({last}), frozenset({middle}))
    supposed = f"when {first} → {middle} → {last} is a Markov chain, I({first};{last}|{middle}) = 0"
    if relation in ("=", "~") and _multiple(form, markov):
        return "identity", "holds", f"{supposed}, and the two sides differ by a multiple of it"
    if relation in (">=", "<="):
        oriented = form if relation == ">=" else {key: -value for key, value in form.items()}
        for weight in (1, -1):
            shifted = {key: value for key, value in _added(oriented, markov, Fraction(weight)).items() if value}
            terms = searches.elemental_sum(tuple(sorted((tuple(sorted(key)), value) for key, value in shifted.items())))
            if terms is not None:
                shown = " + ".join(terms) if terms else "0"
                sign = "+" if weight < 0 else "-"
                return (
                    "bound",
                    "holds",
                    f"{supposed}, and the difference is {shown} {sign} I({first};{last}|{middle}) >= 0",
                )
    if not direct:
        return None
    for flips in itertools.product(_STEPS, repeat=2):
        gap = _chain_value(form, names, flips)
        if {"=": abs(gap), "~": abs(gap), ">=": -gap, "<=": gap, ">": -gap, "<": gap}[relation] > _TOLERANCE:
            kind = "identity" if relation in ("=", "~") else "bound"
            return (
                kind,
                "false",
                f"{supposed}, and it fails: for {_shown(names, flips)}, the left side minus the right is "
                f"{gap:.4f} bits",
            )
    return None


def _multiple(form: Form, other: Form) -> bool:
    """Whether ``form`` is a multiple of ``other`` (0 too)."""
    if not form:
        return True
    if form.keys() != other.keys():
        return False
    ratio = form[next(iter(form))] / other[next(iter(form))]
    return all(form[key] == ratio * other[key] for key in form)


def _added(form: Form, other: Form, weight: Fraction) -> Form:
    """``form + weight * other``."""
    total = dict(form)
    for key, value in other.items():
        total[key] = total.get(key, Fraction(0)) + weight * value
    return total


def _chain_value(form: Form, names: Sequence[str], flips: tuple[Fraction | None, ...]) -> float:
    """The form in bits on the chain of bits ``names`` whose steps flip with the given probabilities."""
    return math.fsum(
        float(weight) * _chain_entropy(flips, tuple(names.index(n) for n in key)) for key, weight in form.items()
    )


@functools.lru_cache(maxsize=256)
def _chain_entropy(flips: tuple[Fraction | None, ...], positions: tuple[int, ...]) -> float:
    """The joint entropy in bits of the chain's variables at ``positions`` (X a fair bit)."""
    totals: dict[tuple[int, ...], Fraction] = {}
    for bits in itertools.product((0, 1), repeat=3):
        weight = Fraction(1, 2)
        for step, flip in enumerate(flips):
            previous, current = bits[step], bits[step + 1]
            kept = (current == 0) if flip is None else (current == previous)
            weight *= (Fraction(1) if kept else Fraction(0)) if flip is None else ((1 - flip) if kept else flip)
        key = tuple(bits[i] for i in sorted(positions))
        totals[key] = totals.get(key, Fraction(0)) + weight
    return -math.fsum(float(p) * math.log2(p) for p in totals.values() if p)


def _shown(names: Sequence[str], flips: tuple[Fraction | None, ...]) -> str:
    """The trial chain in words."""
    steps = [
        f"{names[i + 1]} = 0 always" if flip is None else f"{names[i + 1]} = {names[i]} flipped with probability {flip}"
        for i, flip in enumerate(flips)
    ]
    return f"{names[0]} a fair bit, {', '.join(steps)}"


def _start(match: re.Match[str]) -> int:
    return match.start()
