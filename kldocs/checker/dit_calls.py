"""The measures of the ``dit`` library, of distributions a block of code makes with it, as the lists they take.

``d = dit.Distribution(['HH', 'TT'], [1/2, 1/2])`` is a joint distribution whose outcomes are strings, each
character the value of one variable (``dit.ScalarDistribution(['red', 'blue'], [1/2, 1/2])``: outcomes of one
variable, whatever their length; a dict of outcomes and probabilities is read too). dit works in bits and pairs
two distributions' outcomes by name. Each call is read as a :class:`~.code_terms.MeasureCall` on lists of numbers
(see :data:`~.code_literals.LITERAL`), worked out exactly here:

- ``dit.shannon.entropy(d)`` (or ``dit.multivariate.entropy``, and ``entropy(d, [0])`` of some variables): the
  entropy of the outcomes, or of those variables' margin;
- ``conditional_entropy(d, [0], [1])``: ``H(joint) - H(margin of [1])``;
- ``mutual_information(d, [0], [1])``: ``H(margin of [0]) + H(margin of [1]) - H(joint)``;
- ``kullback_leibler_divergence(p, q)``, ``cross_entropy(p, q)`` and ``jensen_shannon_divergence([p, q])``: on the
  outcomes of both, in the order first seen (a probability 0 where one lacks an outcome).

Only a name assigned once in the block, by such a constructor, and never changed (no method called on it, no item
set) is read; variables given by name (``['X']``), weights, ``rv_mode`` and other functions are not.

>>> code = "d = dit.Distribution(['HH', 'TT'], [1/2, 1/2])\\nx = dit.shannon.mutual_information(d, [0], [1])"
>>> tree = ast.parse(code)
>>> call = dit_call(tree.body[1].value, "dit.shannon.mutual_information", dit_distributions(tree), 2)
>>> call.text(), call.base
('H(=1/2, 1/2) + H(=1/2, 1/2) - H(=1/2, 1/2)', '2')
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.code_calls import unwrapped
from kldocs.checker.code_literals import LITERAL, dict_values, literal_numbers
from kldocs.checker.code_numbers import changed_name, stored_names
from kldocs.checker.code_terms import MeasureCall, dotted
from kldocs.checker.documents import Region
from kldocs.checker.lazy_patterns import lazy

#: The constructors, by the name they end in, and whether their outcomes are of one variable.
_CONSTRUCTORS = {"Distribution": False, "ScalarDistribution": True}
#: dit's functions, by their name, and the measure each computes.
DIT_FUNCTIONS = {
    "entropy": "entropy",
    "conditional_entropy": "conditional_entropy",
    "mutual_information": "mutual_information",
    "kullback_leibler_divergence": "kl",
    "relative_entropy": "kl",
    "cross_entropy": "cross_entropy",
    "jensen_shannon_divergence": "jsd",
}
#: Most outcomes of a distribution read, and most variables of a joint one (its margins are all worked out).
MAX_OUTCOMES = 256
MAX_VARIABLES = 12


@dataclass(frozen=True)
class DitDistribution:
    """A distribution made with dit: its outcomes (strings) and their probabilities; ``scalar``: of one variable."""

    outcomes: tuple[str, ...]
    probabilities: tuple[Fraction, ...]
    scalar: bool

    def margin(self, variables: Sequence[int]) -> tuple[Fraction, ...]:
        """The probabilities of the values the variables at these places take, in the order first seen.

        >>> DitDistribution(("00", "01", "11"), (Fraction(1, 2), Fraction(1, 4), Fraction(1, 4)), False).margin([0])
        (Fraction(3, 4), Fraction(1, 4))
        """
        found: dict[str, Fraction] = {}
        for outcome, probability in zip(self.outcomes, self.probabilities, strict=True):
            key = "".join(outcome[index] for index in variables)
            found[key] = found.get(key, Fraction(0)) + probability
        return tuple(found.values())


def dit_distributions(tree: ast.Module) -> dict[str, list[tuple[int, DitDistribution | None]]]:
    """The names a block's top-level statements give dit distributions: each name's assignments in order, with
    their lines (None for one that is no dit distribution), when the block assigns them nowhere else and changes
    them nowhere (no item set, no method called on them)."""
    found: dict[str, list[tuple[int, DitDistribution | None]]] = {}
    for statement in tree.body:
        target = statement.targets[0] if isinstance(statement, ast.Assign) and len(statement.targets) == 1 else None
        if isinstance(statement, ast.Assign) and isinstance(target, ast.Name):
            found.setdefault(target.id, []).append((statement.lineno, _made(statement.value)))
    if not any(made is not None for given in found.values() for _, made in given):
        return {}
    others: set[str] = set()
    for node in ast.walk(tree):
        changed = changed_name(node)
        method = node.func if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) else None
        if changed is not None:
            others.add(changed)
        elif method is not None and isinstance(method.value, ast.Name):
            others.add(method.value.id)  # d.set_rv_names(...), d.set_base(...): not followed
    stored = stored_names(tree)
    return {name: given for name, given in found.items() if name not in others and stored.get(name) == len(given)}


def document_dits(
    blocks: Iterable[Region], parse: Callable[[str], ast.Module | None]
) -> dict[str, tuple[int, DitDistribution]]:
    """The names blocks of code give a dit distribution, each in one block once and never again in the document,
    with that block's offset: what the blocks below it take the name to be (a notebook's cells). ``parse``: how a
    block is parsed (:func:`.code_names.parsed`, which keeps the trees).

    >>> blocks = [Region("code", "d = dit.Distribution(['0', '1'], [0.5, 0.5])", 0), Region("code", "e = 1", 50)]
    >>> {name: made.probabilities for name, (_, made) in document_dits(blocks, ast.parse).items()}
    {'d': (Fraction(1, 2), Fraction(1, 2))}
    """
    relevant = [block for block in blocks if "Distribution(" in block.text]
    if not relevant:
        return {}
    names = {match["name"] for block in relevant for match in _MADE.finditer(block.text)}
    mentions = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b") if names else None
    found: dict[str, tuple[int, DitDistribution]] = {}
    stored: dict[str, int] = {}
    for block in blocks:
        if mentions is None or not mentions.search(block.text):
            continue
        tree = parse(block.text)
        if tree is None:
            return {}  # a block that is not Python may give any of them anything
        for name, given in dit_distributions(tree).items():
            if len(given) == 1 and given[0][1] is not None and name not in found:
                found[name] = (block.offset, given[0][1])
        for name, count in stored_names(tree).items():
            stored[name] = stored.get(name, 0) + count
    return {name: given for name, given in found.items() if stored.get(name) == 1}


#: A line that gives a name something a dit constructor makes.
_MADE = lazy(r"^[ \t]*(?P<name>[A-Za-z_]\w*)[ \t]*=[ \t]*(?:dit\.)?(?:Scalar)?Distribution\(", re.MULTILINE)


def _made(node: ast.expr) -> DitDistribution | None:
    """The distribution a dit constructor makes, or None: ``dit.Distribution(outcomes, probabilities)`` or of a
    dict, its outcomes distinct strings (of one length for a joint distribution), its probabilities summing to 1."""
    if not isinstance(node, ast.Call) or node.keywords:
        return None
    name = dotted(node.func)
    kind = name.rpartition(".")[2]
    if kind not in _CONSTRUCTORS or name not in (kind, f"dit.{kind}"):
        return None
    if len(node.args) == 2 and isinstance(node.args[0], ast.List | ast.Tuple):
        keys, values = list(node.args[0].elts), node.args[1]
    elif len(node.args) == 1 and isinstance(node.args[0], ast.Dict) and dict_values(node.args[0]) is not None:
        keys, values = [key for key in node.args[0].keys if key is not None], ast.List(node.args[0].values)
    else:
        return None
    outcomes = tuple(key.value for key in keys if isinstance(key, ast.Constant) and isinstance(key.value, str))
    written = literal_numbers(values, unsummed=True) if len(outcomes) <= MAX_OUTCOMES else None
    if (
        written is None
        or len(outcomes) != len(keys)
        or len(written) != len(outcomes)
        or len(set(outcomes)) != len(keys)
    ):
        return None
    probabilities = tuple(Fraction(each) for each in written)
    scalar = _CONSTRUCTORS[kind]
    lengths = {len(outcome) for outcome in outcomes}
    if any(p < 0 for p in probabilities) or sum(probabilities) != 1 or (not scalar and len(lengths) != 1):
        return None
    if not scalar and not 0 < lengths.pop() <= MAX_VARIABLES:
        return None
    return DitDistribution(outcomes, probabilities, scalar)


def dit_name(node: ast.expr | None, imported: Mapping[str, str]) -> str | None:
    """The full name of the function of dit's an expression calls, seen through ``print`` and ``round``
    (``imported``: the names imports give dit's functions, see :func:`.code_functions.dit_imports`), else None: a
    cheap test before :func:`dit_call`."""
    node = unwrapped(node)
    name = dotted(node.func) if isinstance(node, ast.Call) else ""
    name = imported.get(name, name)
    return name if name.startswith("dit.") else None


def dit_call(
    node: ast.expr | None,
    name: str,
    distributions: Mapping[str, list[tuple[int, DitDistribution | None]]],
    line: int,
) -> MeasureCall | None:
    """The measure the call of dit's function ``name`` computes on ``line``, on the lists of numbers it takes; None
    for anything else (``distributions``: what :func:`dit_distributions` found)."""
    node = unwrapped(node)
    if not isinstance(node, ast.Call) or not distributions:
        return None
    module, _, function = name.rpartition(".")
    if function not in DIT_FUNCTIONS or not (module == "dit" or module.startswith("dit.")) or node.keywords:
        return None

    def given(argument: ast.expr) -> DitDistribution | None:
        held = distributions.get(argument.id, []) if isinstance(argument, ast.Name) else []
        before = [made for at, made in held if at < line]
        return before[-1] if before else None

    measure = DIT_FUNCTIONS[function]
    if measure == "jsd":
        listed = node.args[0] if len(node.args) == 1 and isinstance(node.args[0], ast.List | ast.Tuple) else None
        pair = [given(each) for each in listed.elts] if listed is not None else []
        return _on_both("jsd", pair) if len(pair) == 2 else None
    if measure in ("kl", "cross_entropy"):
        return _on_both(measure, [given(each) for each in node.args]) if len(node.args) == 2 else None
    first = given(node.args[0]) if node.args else None
    groups = [_variables(argument, first) for argument in node.args[1:]]
    if first is None or any(group is None for group in groups):
        return None
    variables = [group for group in groups if group is not None]
    return _of_margins(measure, first, variables)


def _variables(node: ast.expr, distribution: DitDistribution | None) -> tuple[int, ...] | None:
    """The places of the variables a list names (``[0]``, ``[0, 1]``), each a place of the outcomes' characters."""
    if distribution is None or distribution.scalar or not isinstance(node, ast.List | ast.Tuple):
        return None
    places = [each.value for each in node.elts if isinstance(each, ast.Constant) and type(each.value) is int]
    width = len(distribution.outcomes[0])
    if len(places) != len(node.elts) or len(set(places)) != len(places) or not all(0 <= p < width for p in places):
        return None
    return tuple(places)


def _of_margins(measure: str, distribution: DitDistribution, variables: list[tuple[int, ...]]) -> MeasureCall | None:
    """A measure of one distribution's margins: its entropy (of some variables), a conditional entropy, a mutual
    information."""
    every = tuple(range(1 if distribution.scalar else len(distribution.outcomes[0])))
    margin = distribution.probabilities if distribution.scalar else None
    if measure == "entropy" and len(variables) <= 1:
        chosen = variables[0] if variables else every
        return _call("entropy", [margin or distribution.margin(chosen)])
    if measure in ("conditional_entropy", "mutual_information") and len(variables) == 2:
        first, second = variables
        joint = distribution.margin(sorted({*first, *second}))
        if measure == "conditional_entropy":
            return _call(measure, [joint, distribution.margin(second)]) if second else _call("entropy", [joint])
        return _call(measure, [distribution.margin(first), distribution.margin(second), joint])
    return None


def _on_both(measure: str, pair: list[DitDistribution | None]) -> MeasureCall | None:
    """A measure of two distributions of the same kind, on the outcomes of both (0 where one lacks an outcome)."""
    first, second = pair
    if first is None or second is None or first.scalar != second.scalar:
        return None
    outcomes = list(dict.fromkeys(itertools.chain(first.outcomes, second.outcomes)))
    if not first.scalar and len({len(outcome) for outcome in outcomes}) != 1:
        return None
    lists = [
        tuple(
            dict(zip(each.outcomes, each.probabilities, strict=True)).get(outcome, Fraction(0)) for outcome in outcomes
        )
        for each in (first, second)
    ]
    return _call(measure, lists)


def _call(measure: str, lists: Sequence[Sequence[Fraction]]) -> MeasureCall:
    """The measure, in bits, of these lists written as the lists a call takes."""
    names = tuple(LITERAL + ", ".join(str(value) for value in listed) for listed in lists)
    return MeasureCall(measure, names, "2", "dit")
