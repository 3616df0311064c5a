r"""The entropy of a random variable whose distribution the lines just above give under its name:
``$P_X(x) = \{0.04, 0.96\}$`` then ``$H(x) = 0.247$ bit``; "$X$ = weather: $P(S) = 0.7$, $P(R) = 0.3$" then
``$H(X) = 0.611$ nats``.

Pages often write a variable's distribution with the variable in its name (``P_X``, ``p_X``, ``P_{X}``) or on a line
that opens by naming the variable (``$X$ = weather (sunny/rainy): ...``), and then give ``H(X)`` (or ``H(x)``) a
value. The two are tied only when the value comes at most :data:`REACH` lines below, with no heading and no other
definition of that name between them; the value is then claimed to be the entropy of those probabilities,
``H(0.04, 0.96)``, as :mod:`~kldocs.checker.listed_entropies` claims it for a list: the distribution is that claim's
own, not one in force for claims further down (where ``H(X)`` may be an entropy rate or another source's).

>>> from kldocs.checker.reading import parse_text
>>> from kldocs.checker.claims import find_claims
>>> document = parse_text("- source: $P_X(x) = \\{0.1, 0.9\\}$\n- entropy: $H(x) = 0.469$ bit\n", "a.md")
>>> [item.statement.left_text for item in find_claims(document) if hasattr(item, "statement")]
['-(0.1 \\log(0.1) + 0.9 \\log(0.9))']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.documents import SourceText
from kldocs.checker.explicit_entropy import explicit_entropies
from kldocs.checker.found import Found
from kldocs.checker.latex_numbers import MeasureNode
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.trees import is_number_only

#: How many lines below the distribution its variable's entropy may be given.
REACH = 10
#: A distribution's name that holds its variable: ``P_X``, ``p_{X}``.
_SUBSCRIPT = lazy(r"[Pp]_\{?(?P<variable>[A-Z])\}?")
#: A line that opens by naming the variable its probabilities are of: ``$X$ = weather (sunny/rainy): ...``.
_OPENING = lazy(r"\s{0,8}(?:[-*+]\s{1,4})?\$?(?P<variable>[A-Z])\$?\s?(?:=|:)\s?(?![0-9$\\(\[{])")
_HEADING = lazy(r"^\s{0,3}#|\\(?:sub)*section\b", re.MULTILINE)


def variable_entropies(document: SourceText, items: Iterable[object]) -> list[tuple[Found, CommentClaim]]:
    """The claims ``H(X) = value`` that the lines above give a distribution for under X's name, each with the claim
    that value is the entropy of the probabilities given (see the module's docstring)."""
    given: list[tuple[int, str, DistributionDefinition]] = []  # (offset, variable, definition)
    first: dict[str, int] = {}  # where each name is first defined
    claims: list[Found] = []
    for item in items:
        if isinstance(item, DistributionDefinition):
            given.append((item.offset, _variable(document, item) or "", item))
            first[item.name] = min(first.get(item.name, item.offset), item.offset)
        elif isinstance(item, Found) and _entropy_of_one(item) is not None:
            claims.append(item)
    if not given or not claims:
        return []
    given.sort(key=lambda entry: entry[0])
    offsets = [offset for offset, _, _ in given]
    made = []
    for claim in claims:
        index = bisect.bisect_left(offsets, claim.offset) - 1  # the last definition above: another one unties them
        variable = _entropy_of_one(claim)
        if (
            index < 0
            or variable is None
            or given[index][1] != variable
            or first.get(variable, claim.offset) < claim.offset
        ):
            continue  # not the variable's; or its own name is defined, and in force as any other definition
        tied = _tied(document, claim, given[index][2])
        if tied is not None:
            made.append((claim, tied))
    return made


def _variable(document: SourceText, definition: DistributionDefinition) -> str | None:
    """The random variable a definition names: ``P_X`` is X's; so is one on a line opening ``$X$ = weather: ``."""
    named = _SUBSCRIPT.fullmatch(definition.name)
    if named is not None:
        return named["variable"]
    start = document.text.rfind("\n", 0, definition.offset) + 1
    opening = _OPENING.match(document.text, start, definition.offset)
    return opening["variable"] if opening is not None else None


def _entropy_of_one(item: Found) -> str | None:
    """The variable of a claim ``H(X) = 0.247`` (or ``H(x)``), its right side a number; else None."""
    statement = item.statement
    left = statement.left
    if not isinstance(left, MeasureNode) or statement.fallback or statement.written_backwards:
        return None
    symbol = left.symbol
    if symbol.measure != "entropy" or symbol.args is None or len(symbol.args) != 1 or len(symbol.args[0]) != 1:
        return None
    return symbol.args[0].upper() if is_number_only(statement.right) else None


def _tied(document: SourceText, claim: Found, definition: DistributionDefinition) -> CommentClaim | None:
    """The claim as the entropy of the distribution given just above it, when nothing parts them."""
    if document.row(claim.offset) - document.row(definition.offset) > REACH:
        return None
    if _HEADING.search(document.text, definition.offset, claim.offset):
        return None
    value = claim.statement.right_text.strip()
    unit = {"2": " bits", "e": " nats"}.get(claim.statement.unit or "", "")
    text = f"H({', '.join(definition.written)}) = "
    return next(explicit_entropies(text + value + unit, claim.offset - len(text)), None)
