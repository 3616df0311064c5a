r"""A measure of random variables bounded by the smaller of two others: ``I(X;Y) \le \min\{H(X), H(Y)\}``.

The bound is the pair of inequalities ``I(X;Y) \le H(X)`` and ``I(X;Y) \le H(Y)``; it holds when each is one of
Shannon's (:func:`~kldocs.checker.shannon_measures.judge_shannon`), and is not read otherwise (it may hold for the
document's own variables). ``\ge \max`` is the same bound from below.

>>> from kldocs.checker.shannon_measures import Searches
>>> minimum_bound(r"I(X;Y) \le \min\{H(X), H(Y)\}", Searches())
True
>>> minimum_bound(r"I(X;Y) \le \min\{H(X|Y), H(Y)\}", Searches())
False
"""

from __future__ import annotations

from collections.abc import Iterator

from kldocs.checker.chains import statements
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.property_claims import Property
from kldocs.checker.shannon_measures import Searches, judge_shannon, lines_of
from kldocs.checker.statement_reading import MIN_TOKENS, Budget
from kldocs.checker.tokens import TooComplexError, tokenize

#: Most characters of a line read for such a bound.
_MAX_LINE = 300
#: A measure, ``\le \min`` or ``\ge \max``, and the two measures in braces or brackets.
_MEASURE = r"[HI]\s*\([^(){}]{1,40}\)"
_BOUND = lazy(
    rf"(?P<left>{_MEASURE})\s*(?P<relation>\\leq?(?![A-Za-z])|≤|<=|\\geq?(?![A-Za-z])|≥|>=)\s*"
    r"(?P<name>\\min|\\max|min|max)\s*(?:\\left\s*)?(?:\\\{|\{|\()\s*"
    rf"(?P<first>{_MEASURE})\s*,\s*(?P<second>{_MEASURE})\s*(?:\\right\s*)?(?:\\\}}|\}}|\))"
)
#: The relation each name goes with, written as the tokenizer reads it.
_RELATIONS = {"min": "\\le", "max": "\\ge"}


def minimum_bounds(document: SourceText, region: Region, searches: Searches, budget: Budget) -> Iterator[Property]:
    """The bounds by a minimum (or a maximum) of a formula's lines that hold, as properties; each line read costs
    the budget of the document's maths what a short formula costs."""
    for start, line in lines_of(region):
        if budget.stopped is None and len(line) <= _MAX_LINE and ("min" in line or "max" in line):
            match = _BOUND.search(line)
            if match is None:
                continue
            budget.spend(document, region.offset + start, MIN_TOKENS)
            if minimum_bound(match.group(), searches):
                offset = region.offset + start + match.start()
                yield Property(document.line(offset), match.group(), "variables", "minimum_bound", False, offset)


def minimum_bound(text: str, searches: Searches) -> bool:
    """Whether ``text``, a measure bounded by the smaller (or larger) of two, holds for every joint distribution."""
    match = _BOUND.fullmatch(text)
    if match is None:
        return False
    relation = match.group("relation")
    below = relation.startswith(("\\le", "≤", "<"))
    if below != match.group("name").endswith("min"):
        return False  # I(X;Y) \le \max{...}: a weaker bound, or \ge \min: not this one
    written = _RELATIONS["min" if below else "max"]
    return all(_holds(f"{match.group('left')} {written} {match.group(side)}", searches) for side in ("first", "second"))


def _holds(text: str, searches: Searches) -> bool:
    """Whether one inequality between measures is one of Shannon's."""
    try:
        found = [statement for statement in statements(tokenize(text), text) if not statement.fallback]
    except TooComplexError:
        return False
    if len(found) != 1:
        return False
    judged = judge_shannon(found[0], searches)
    return judged is not None and judged[:2] == ("bound", "holds")
