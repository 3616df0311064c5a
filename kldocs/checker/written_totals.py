"""A measure set to a sum of plain decimals and then to its total: ``H = 0.531 + 0.5 + 0.375 + 0.5 = 1.906``.

Where the terms' values were worked out above in a form that is not read
(a copy of a web page's maths, words), the line that adds them up is still
arithmetic that can be judged exactly: the sum as written against the total
as written, rounded to the total's digits like any value. Only a measure's
symbol (``H``, ``H(X)``, ``I(X;Y)``, ``MI``, ``KL``, ``JS``, ``JSD``, ``CE``,
``D``) may stand before the sum, every term must be a plain number (two to
forty of them, joined by ``+`` or ``-``), and the total must end where it
stands (``1.906H`` is a copy's glyphs run into the next symbol, not read).

>>> [found.statement.text for found in written_totals([(0, "Sum: H = 0.531 + 0.5 + 0.375 + 0.5 = 1.906 bits")])]
['0.531 + 0.5 + 0.375 + 0.5 = 1.906']
>>> list(written_totals([(0, "p = 0.2 + 0.3 = 0.5"), (20, "H = 0.5 × 2 = 1")]))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kldocs.checker.chains import Statement
from kldocs.checker.found import Found
from kldocs.checker.latex_numbers import ParseError, parse
from kldocs.checker.tokens import TooComplexError, tokenize

_TOTAL = re.compile(
    r"(?<![A-Za-z_\\])(?:H|I|MI|KL|JSD?|CE|D)(?:\([^()=\n]{1,30}\))?[ \t]*+=[ \t]*+"
    r"(?P<sum>[0-9]++(?:\.[0-9]++)?+(?:[ \t]*+[-+][ \t]*+[0-9]++(?:\.[0-9]++)?+){1,39}+)"
    r"[ \t]*+(?P<relation>=|≈|\\approx)[ \t]*+(?P<total>[0-9]++(?:\.[0-9]++)?+)(?![0-9A-Za-z]|\.[0-9])"
)


def written_totals(lines: Iterable[tuple[int, str]]) -> Iterator[Found]:
    """The sums with their totals on ``lines`` (``(offset, text)``, each line's first character's offset), as
    statements ``sum = total`` (``Found.line`` is 0: the caller places them)."""
    for offset, text in lines:
        if "=" not in text or ("+" not in text and "-" not in text):
            continue
        for match in _TOTAL.finditer(text):
            found = _statement(match.group("sum"), match.group("relation"), match.group("total"))
            if found is not None:
                yield Found(0, found, (), offset + match.start("total"))


def _statement(summed: str, relation: str, total: str) -> Statement | None:
    """``summed relation total`` as a statement whose source is that text (None when it does not parse)."""
    written = "≈" if relation != "=" else "="
    source = f"{summed} {written} {total}"
    try:
        tokens = tokenize(source)
        split = max(index for index, token in enumerate(tokens) if token.kind == "relation")
        left, right = parse(tokens[:split]), parse(tokens[split + 1 :])
    except (ParseError, TooComplexError, ValueError):
        return None
    return Statement(left, "=" if written == "=" else "~", right, summed, total, written, right.start, source=source)
