r"""Numbers next to entropy or KL words that no claim was read from: silence made visible.

A line that names a measure (KL, divergence, entropy, ``H(``, ``D_``, 엔트로피,
발산...) and holds a decimal number, but gave no claim, is listed, so that
"0 claims" on a homework is not read as "no mistakes". Printed output
counts; code and comments do not.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The KL divergence came out near 0.44 after we ran it.\n", "a.md")
>>> [(entry.line, entry.text) for entry in unread_lines(document, set())]
[(1, 'The KL divergence came out near 0.44 after we ran it.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kldocs.checker.documents import BLANK, SourceText

#: Searched in lower case text (a pattern that ignores case runs several times slower over 10 MB).
_MEASURE_WORD = re.compile(
    r"kl|kullback|divergen|entrop|jsd|jensen|d_|h\s*\(|\bh\s*=|h_|엔트로피|발산|熵|散度|энтроп|дивергенц"
)
_DECIMAL = re.compile(
    r"(?<![\w.])(?<!Exercise )(?<!Section )(?<!Chapter )(?<!Problem )(?<!Question )(?<!Example )(?<!Figure )"
    r"(?<!SourceTable )(?<!Step )(?<!Part )-?[0-9]*\.[0-9]+(?!\w|\.[0-9])"
)
#: Longest text shown for one unread line.
SHOWN = 100


@dataclass(frozen=True)
class Unread:
    """A line with a number near a measure word from which no claim was read."""

    line: int
    text: str
    offset: int
    cell: int | None = None


def unread_lines(document: SourceText, claimed_rows: set[int]) -> list[Unread]:
    """Lines of prose, output or formulas that name a measure and hold a decimal, but no claim."""
    found: dict[int, Unread] = {}
    for region in (*document.prose, *document.math):
        text = region.text.replace(BLANK, " ")
        if not _MEASURE_WORD.search(text.lower()) or not _DECIMAL.search(text):
            continue
        offset = region.offset
        for line in text.split("\n"):
            row = document.row(offset)
            if row not in claimed_rows and row not in found and _DECIMAL.search(line):
                shown = " ".join(line.split())
                shown = shown if len(shown) <= SHOWN else shown[: SHOWN - 1] + "…"
                found[row] = Unread(document.line(offset), shown, offset, document.cell(offset))
            offset += len(line) + 1
    return [found[row] for row in sorted(found)]
