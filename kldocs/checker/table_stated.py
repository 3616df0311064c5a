r"""The variable whose values head a joint table's rows (or columns) when the table names only its values.

A table headed ``Y = 1``, ``Y = 0`` across may head its rows with plain values (``S``, ``R``) that the text just
above gave as the values of another variable, with their probabilities: "X = weather: P(S) = 0.7, P(R) = 0.3". The
rows are then that variable's values when the line that states every one of their probabilities names exactly one
random variable besides the table's other one, and the probabilities it states are the rows' sums (so the table
agrees with the text); otherwise the table is not read.

>>> from fractions import Fraction
>>> lead = "$X$ = weather (sunny/rainy): $P(S) = 0.7$, $P(R) = 0.3$.\n$Y$ = umbrella.\n\n"
>>> stated_variable(lead, ["S", "R"], [Fraction(7, 10), Fraction(3, 10)], "Y")
'X'
>>> stated_variable(lead, ["S", "R"], [Fraction(1, 2), Fraction(1, 2)], "Y") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from kldocs.checker.lazy_patterns import lazy

#: Characters above a table searched for the probabilities of its values.
LEAD = 600
#: A random variable's letter standing alone: ``X``, ``$Y$`` (not a word's letter, a call or a probability's ``P``).
_VARIABLE = lazy(r"(?<![A-Za-z\\])[A-Z](?![A-Za-z(])")
_NUMBER = r"(?P<value>[0-9]{1,6}\s*/\s*[0-9]{1,6}|[0-9]{0,6}\.[0-9]{1,12}|[01])(?![0-9./])"


def stated_variable(lead: str, labels: Sequence[str], sums: Sequence[Fraction], other: str) -> str | None:
    """The variable the lead text gives the labels' probabilities for, when they are ``sums``; else None."""
    starts: set[int] = set()  # where the line stating each label's probability starts
    for label, total in zip(labels, sums, strict=True):
        found = _stated(lead, label)
        if found is None or found[1] != total:
            return None
        starts.add(lead.rfind("\n", 0, found[0]) + 1)
    if len(starts) != 1:
        return None
    start = starts.pop()
    first = min(_first_statement(lead, label, start) for label in labels)
    named = {match.group() for match in _VARIABLE.finditer(lead, start, first)} - {other}
    return named.pop() if len(named) == 1 else None


def _stated(lead: str, label: str) -> tuple[int, Fraction] | None:
    """Where the last ``P(label) = value`` of the lead text is, and its value."""
    found = None
    for found in _statement(label).finditer(lead):  # noqa: B007
        pass
    if found is None:
        return None
    value = re.sub(r"\s", "", found.group("value"))
    top, _, bottom = value.partition("/")
    return found.start(), Fraction(int(top), int(bottom)) if bottom else Fraction(value)


def _first_statement(lead: str, label: str, start: int) -> int:
    """Where the line's first statement of the label's probability starts."""
    found = _statement(label).search(lead, start)
    return found.start() if found is not None else len(lead)


def _statement(label: str) -> re.Pattern[str]:
    """``P(S) = 0.7``, ``p(S)=1/2``, ``\\Pr(S) = .25`` for a label."""
    return re.compile(rf"(?<![A-Za-z])(?:\\Pr|Pr|P|p)\s*\(\s*{re.escape(label)}\s*\)\s*=\s*\$?\s*{_NUMBER}")
