r"""Numbers next to entropy or KL words that no claim was read from: silence made visible.

A line that names a measure, its unit or a logarithm (KL, divergence,
entropy, ``H(``, ``D_``, bits, nats, log, 엔트로피, エントロピー, 熵...) and
holds a number (a decimal, a decimal comma, a fraction, 八分の一, a whole
number with its unit: 3ビット), but gave no claim, is listed, so that "0
claims" on a homework is not read as "no mistakes". Prose, formulas, table
rows (of a table whose header names a measure, also one typed as text) and
printed output count (output when the code that printed it names a measure,
also a value on a line of its own under ``print(kl)`` on a page copied from a
notebook); code and comments do not.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The KL divergence came out near 0.44 after we ran it.\n", "a.md")
>>> [(entry.line, entry.text) for entry in unread_lines(document, set())]
[(1, 'The KL divergence came out near 0.44 after we ran it.')]
>>> [entry.line for entry in unread_lines(parse_text("| symbol | entropy |\n| - | - |\n| a | 7/4 |\n", "a.md"), set())]
[3]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kldocs.checker.documents import SourceText
from kldocs.checker.found import Found
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.screens import mentions

#: Searched in lower case text (a pattern that ignores case runs several times slower over 10 MB).
_MEASURE_WORD = lazy(
    r"(?=[kdejhbnl엔발비エ情ビ熵散比信эдб])"  # a first letter, tested before the alternatives (ten times faster)
    r"(?:kl|kullback|divergen|entrop|jsd|jensen|d_|h\s*\(|\bh\s*=|h_|\bbits?\b|\bnats?\b|엔트로피|발산|비트"
    r"|エントロピー|情報量|ビット|熵|散度|比特|信息量|энтроп|дивергенц|бит|(?<![a-z])log(?![a-z]))"  # log: 损失 −log(p)
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
    "log",
)
_DECIMAL = lazy(
    r"(?=-?[0-9.]|[\\½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒一二三四五六七八九十百千万])"  # the first characters, tested first
    r"(?:(?<![\w.,/])(?<!Exercise )(?<!Section )(?<!Chapter )(?<!Problem )(?<!Question )(?<!Example )(?<!Figure )"
    r"(?<!SourceTable )(?<!Step )(?<!Part )-?(?:[0-9]*\.[0-9]+(?!\w|\.[0-9])|[0-9]+,[0-9]+(?![\w,])"
    r"|[0-9]{1,4}/[0-9]{1,4}(?![\w/.]))"
    r"|\\[dt]?frac\s*\{?\s*[0-9]|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]"
    r"|(?<![\w.,])[0-9]+\s?(?:bits?|nats?|ビット|比特|비트|나트)(?![A-Za-z])"  # a whole number with its unit
    r"|[一二三四五六七八九十百千万]+分[の之][一二三四五六七八九十])"  # 八分の一, 八分之一
)
#: A line that is a printed value and nothing else: ``0.0204``, ``tensor(0.0204, dtype=torch.float64)``.
_PRINTED_VALUE = lazy(
    r"\s*(?:[a-z][\w.]{0,20}\(\s*)?-?[0-9]*\.[0-9]+(?:e-?[0-9]+)?(?:,\s*(?:dtype|device|grad_fn)=[\w.<>]{1,40})*\)?\s*$"
)
#: Rows above a printed value where the ``print(...)`` of a measure may stand.
PRINT_REACH = 5
#: Longest text shown for one unread line.
SHOWN = 100


@dataclass(frozen=True)
class Unread:
    """A line with a number near a measure word from which no claim was read; or (``link``) a link of a chain that
    no claim covers, its two members and their relation."""

    line: int
    text: str
    offset: int
    cell: int | None = None
    link: bool = False


def claimed_rows(document: SourceText, offsets: Sequence[int], items: Sequence[object]) -> set[int]:
    """The rows claims were read on: those of the claims judged (``offsets``), and every row a formula read as a
    claim spans, from its first side to its end."""
    rows = {document.row(offset) for offset in offsets}
    for item in items:
        if isinstance(item, Found):
            start = item.offset - item.statement.offset
            first = start + min(item.statement.left.start, item.statement.right.start)
            rows.update(range(document.row(first), document.row(item.offset) + 1))
    return rows


def not_read(
    document: SourceText, claimed_rows: set[int], comments: Sequence[Unread], until: int | None = None
) -> tuple[Unread, ...]:
    """What a report lists as not read, in the document's order: :func:`unread_lines`, and the ``comments`` with
    numbers found while reading that are on no claim's row; each row once."""
    listed = unread_lines(document, claimed_rows, until)
    taken = claimed_rows | {document.row(entry.offset) for entry in listed}
    kept = [item for item in comments if document.row(item.offset) not in taken]
    return tuple(sorted([*listed, *kept], key=lambda entry: entry.offset))


def unread_lines(document: SourceText, claimed_rows: set[int], until: int | None = None) -> list[Unread]:
    """Lines of prose, output, formulas or tables (before offset ``until``, where reading stopped) that
    name a measure and hold a number, but no claim."""
    end = len(document.text) if until is None else until
    found: dict[int, Unread] = {}

    def note(line: str, offset: int, row: int, number: bool | None = None) -> None:
        """List the line unless its row was claimed or listed; ``number``: whether it holds one, if known."""
        if row in claimed_rows or row in found:
            return
        if number if number is not None else _DECIMAL.search(line):
            shown = " ".join(line.split())
            shown = shown if len(shown) <= SHOWN else shown[: SHOWN - 1] + "…"
            found[row] = Unread(document.row_line(row), shown, offset, document.row_cell(row))  # one look-up a line

    printing = _printing_code(document, end)
    typed = (-2, False)  # the last row of a table typed as text, and whether its header names a measure
    for region in (*document.prose, *document.math):
        if region.offset >= end:
            continue
        text = region.text.replace(BLANK, " ")
        row = document.row(region.offset)  # of its first line; of each line after it, looked up in turn
        named = row in printing or _names_measure(text) or _printed_value(document, region.offset, text)
        number = named and _DECIMAL.search(text) is not None
        if "|" not in text and not number:  # a table's header row holds no number
            continue
        one_line = number if named and "\n" not in text else None  # a line alone, searched: it is known
        offset = region.offset
        for line in text.split("\n"):
            row = row if offset == region.offset else document.row(offset)
            if line.lstrip().startswith("|"):  # its header (the first row) says what the table holds
                typed = (row, typed[1] if typed[0] == row - 1 else _names_measure(line))
            if named or (line.lstrip().startswith("|") and typed[1]):
                note(line, offset, row, one_line)
            offset += len(line) + 1
    for table in document.tables:
        if table.offset < end and _names_measure(" ".join(table.header)):
            for offset, cells in table.rows:
                note(" | ".join(cells), offset, document.row(offset))
    return [found[row] for row in sorted(found)]


def _names_measure(text: str) -> bool:
    return mentions(text, _ANCHORS) and _MEASURE_WORD.search(text.lower()) is not None


def _printed_value(document: SourceText, offset: int, text: str) -> bool:
    """True when ``text`` is a value printed by a ``print(...)`` of a measure a few rows above (a copied notebook)."""
    if len(text) > 80 or "\n" in text or not _PRINTED_VALUE.match(text):
        return False
    above = document.text[max(0, offset - 2000) : offset].split("\n")[-PRINT_REACH - 1 :]
    return any("print(" in line and _names_measure(line) for line in above)


def _printing_code(document: SourceText, end: int) -> set[int]:
    """The rows of printed output (before ``end``) whose code just above names a measure (``print(kl(p, q))``)."""
    rows: set[int] = set()
    code = sorted(document.code, key=lambda region: region.offset)
    index = 0
    names: dict[int, bool] = {}  # whether each block names a measure, looked at once for all the outputs below it
    for output in document.outputs:
        if output.offset >= end:
            break
        while index < len(code) and code[index].offset < output.offset:
            index += 1
        if index and index not in names:
            names[index] = _MEASURE_WORD.search(code[index - 1].text.lower()) is not None
        if index and names[index]:
            rows.update(range(document.row(output.offset), document.row(output.offset + len(output.text)) + 1))
    return rows
