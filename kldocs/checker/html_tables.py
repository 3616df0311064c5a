"""Tables written in HTML inside Markdown or text: ``<table>``, its ``<tr>`` rows and their ``<th>``/``<td>`` cells.

The first row is the header; each later row is a body row, with the offset of its first cell's text. Tags inside a
cell (``<b>``, ``<sub>``) are dropped and entities such as ``&lt;`` given back. Only tables closed by ``</table>``
are read, each up to :data:`MAX_TABLE` characters (a longer one is not read), and the page is searched with
``str.find``, so that a page of unclosed tags costs one pass.

>>> page = "- Example\\n\\n  <table>\\n  <tr><th>y</th><th>ŷ</th></tr>\\n"
>>> page += "  <tr><td>1</td><td><b>0.9</b></td></tr>\\n  </table>"
>>> [(table.header, [cells for _, cells in table.rows]) for table in html_tables(page)]
[(('y', 'ŷ'), [('1', '0.9')])]
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from kldocs.checker.documents import SourceTable
from kldocs.checker.lazy_patterns import lazy

#: Longest table read, in characters, and most tables read in one page.
MAX_TABLE = 20_000
MAX_TABLES = 200
_ROW = lazy(r"<tr\b[^>]{0,200}>(?P<cells>.*?)(?=</tr\s*>|<tr\b|\Z)", re.IGNORECASE | re.DOTALL)
_CELL = lazy(r"<t[hd]\b[^>]{0,200}>(?P<text>.*?)(?=</t[hd]\s*>|<t[hd]\b|\Z)", re.IGNORECASE | re.DOTALL)
_TAG = lazy(r"<[^<>]{0,200}>")


def html_tables(text: str) -> Iterator[SourceTable]:
    """The HTML tables of ``text`` with a header row and at least one body row, in order."""
    lowered = text.lower() if "<t" in text or "<T" in text else ""
    start, found = lowered.find("<table"), 0
    while start >= 0 and found < MAX_TABLES:
        end = lowered.find("</table", start)
        if end < 0:
            return
        if end - start <= MAX_TABLE:
            table = _table(text, start, end)
            if table is not None:
                found += 1
                yield table
        start = lowered.find("<table", end)


def _table(text: str, start: int, end: int) -> SourceTable | None:
    """The table between ``start`` and ``end``, or None when it has no header and body row."""
    rows: list[tuple[int, tuple[str, ...]]] = []
    for row in _ROW.finditer(text, start, end):
        cells = list(_CELL.finditer(row.group("cells")))
        if cells:
            first = row.start("cells") + cells[0].start("text")
            rows.append((first, tuple(_plain(cell.group("text")) for cell in cells)))
    if len(rows) < 2:
        return None
    return SourceTable(rows[0][1], start, tuple(rows[1:]))


def _plain(cell: str) -> str:
    """A cell's text without its tags, entities given back, its spaces run together."""
    return " ".join(html.unescape(_TAG.sub(" ", cell)).split())
