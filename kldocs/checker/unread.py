r"""Numbers next to entropy or KL words that no claim was read from: silence made visible.

A line that names a measure or its unit (KL, divergence, entropy, ``H(``,
``D_``, bits, nats, 엔트로피, エントロピー, 熵...) and holds a number (a
decimal, a decimal comma, a fraction), but gave no claim, is listed, so that
"0 claims" on a homework is not read as "no mistakes". Prose, formulas,
table rows and printed output count (output when the code that printed it
names a measure); code and comments do not.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The KL divergence came out near 0.44 after we ran it.\n", "a.md")
>>> [(entry.line, entry.text) for entry in unread_lines(document, set())]
[(1, 'The KL divergence came out near 0.44 after we ran it.')]
>>> [entry.line for entry in unread_lines(parse_text("| symbol | entropy |\n| - | - |\n| a | 7/4 |\n", "a.md"), set())]
[3]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kldocs.checker.documents import BLANK, SourceText
from kldocs.checker.screens import mentions

#: Searched in lower case text (a pattern that ignores case runs several times slower over 10 MB).
_MEASURE_WORD = re.compile(
    r"(?=[kdejhbn엔발비エ情ビ熵散比信эдб])"  # a first letter, tested before the alternatives (ten times faster)
    r"(?:kl|kullback|divergen|entrop|jsd|jensen|d_|h\s*\(|\bh\s*=|h_|\bbits?\b|\bnats?\b|엔트로피|발산|비트"
    r"|エントロピー|情報量|ビット|熵|散度|比特|信息量|энтроп|дивергенц|бит)"
)
#: Words, one of which is in every match of :data:`_MEASURE_WORD` (see :mod:`~kldocs.checker.screens`).
_ANCHORS = (
    "kl",
    "kullback",
    "divergen",
    "entrop",
    "jsd",
    "jensen",
    "d_",
    "h",
    "bit",
    "nat",
    "엔트로피",
    "발산",
    "비트",
    "エントロピー",
    "情報量",
    "ビット",
    "熵",
    "散度",
    "比特",
    "信息量",
    "энтроп",
    "дивергенц",
    "бит",
)
_DECIMAL = re.compile(
    r"(?=[-0-9.\\½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒])"  # a first character, tested before the lookbehinds (ten times faster)
    r"(?:(?<![\w.,/])(?<!Exercise )(?<!Section )(?<!Chapter )(?<!Problem )(?<!Question )(?<!Example )(?<!Figure )"
    r"(?<!SourceTable )(?<!Step )(?<!Part )-?(?:[0-9]*\.[0-9]+(?!\w|\.[0-9])|[0-9]+,[0-9]+(?![\w,])"
    r"|[0-9]{1,4}/[0-9]{1,4}(?![\w/.]))"
    r"|\\[dt]?frac\s*\{?\s*[0-9]|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒])"
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


def unread_lines(document: SourceText, claimed_rows: set[int], until: int | None = None) -> list[Unread]:
    """Lines of prose, output, formulas or tables (before offset ``until``, where reading stopped) that
    name a measure and hold a number, but no claim."""
    end = len(document.text) if until is None else until
    found: dict[int, Unread] = {}

    def note(line: str, offset: int) -> None:
        row = document.row(offset)
        if row not in claimed_rows and row not in found and _DECIMAL.search(line):
            shown = " ".join(line.split())
            shown = shown if len(shown) <= SHOWN else shown[: SHOWN - 1] + "…"
            found[row] = Unread(document.line(offset), shown, offset, document.cell(offset))

    printing = _printing_code(document, end)
    for region in (*document.prose, *document.math):
        if region.offset >= end:
            continue
        text = region.text.replace(BLANK, " ")
        named = _names_measure(text) or document.row(region.offset) in printing
        if not named or not _DECIMAL.search(text):
            continue
        offset = region.offset
        for line in text.split("\n"):
            note(line, offset)
            offset += len(line) + 1
    for table in document.tables:
        if table.offset < end and _names_measure(" ".join(table.header)):
            for offset, cells in table.rows:
                note(" | ".join(cells), offset)
    return [found[row] for row in sorted(found)]


def _names_measure(text: str) -> bool:
    return mentions(text, _ANCHORS) and _MEASURE_WORD.search(text.lower()) is not None


def _printing_code(document: SourceText, end: int) -> set[int]:
    """The rows of printed output (before ``end``) whose code just above names a measure (``print(kl(p, q))``)."""
    rows: set[int] = set()
    code = sorted(document.code, key=lambda region: region.offset)
    index = 0
    for output in document.outputs:
        if output.offset >= end:
            break
        while index < len(code) and code[index].offset < output.offset:
            index += 1
        if index and _MEASURE_WORD.search(code[index - 1].text.lower()):
            rows.update(range(document.row(output.offset), document.row(output.offset + len(output.text)) + 1))
    return rows
