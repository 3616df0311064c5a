r"""Decimal commas: "H = 1,571 bits", "0,5 × log2(0,5)" in a document that writes every decimal so.

Portuguese, French and Spanish write ``0,5`` for one half. A document is read
with decimal commas when its prose and formulas hold at least two numbers
written ``0,dd`` and no number written with a decimal point: then each
``a,b`` (digits, a comma, digits, with no further comma or digit) is read as
``a.b``. Lists keep their separators (``(0,5; 0,5)``, ``0,5, 0,5``). Code is
left as it is. Every character stays in its place, so every offset still
points into the file.

>>> from kldocs.checker.reading import parse_text
>>> document = with_decimal_points(parse_text("P = (0,5; 0,5) e H = 0,75 bits.\n", "a.md"))
>>> document.prose[0].text
'P = (0.5; 0.5) e H = 0.75 bits.'
"""

from __future__ import annotations

import re
from dataclasses import replace

from kldocs.checker.documents import Region, SourceTable, SourceText

_COMMA_DECIMAL = re.compile(r"(?<![\d,.])(\d{1,6}),(\d{1,12})(?![\d,]|\.\d)")
_LEADING_ZERO = re.compile(r"(?<![\d,.])0,\d+(?![\d,])")
_POINT_DECIMAL = re.compile(r"(?<![\d,.])\d+\.\d+(?![\d.,])")


def with_decimal_points(document: SourceText) -> SourceText:
    """The document with its decimal commas read as points, when it writes every decimal with a comma."""
    written = "\n".join(region.text for region in (*document.prose, *document.math))
    if len(_LEADING_ZERO.findall(written)) < 2 or _POINT_DECIMAL.search(written):
        return document
    text, position = [], 0
    for code in sorted(document.code, key=lambda region: region.offset):
        text.append(_points(document.text[position : code.offset]))
        text.append(document.text[code.offset : code.offset + len(code.text)])
        position = code.offset + len(code.text)
    text.append(_points(document.text[position:]))
    return replace(
        document,
        text="".join(text),
        math=_regions(document.math),
        prose=_regions(document.prose),
        paragraphs=_regions(document.paragraphs),
        outputs=_regions(document.outputs),
        tables=tuple(_table(table) for table in document.tables),
    )


def _points(text: str) -> str:
    return _COMMA_DECIMAL.sub(r"\1.\2", text)


def _regions(regions: tuple[Region, ...]) -> tuple[Region, ...]:
    return tuple(
        replace(region, text=_points(region.text), before=_points(region.before), after=_points(region.after))
        for region in regions
    )


def _table(table: SourceTable) -> SourceTable:
    rows = tuple((offset, tuple(_points(cell) for cell in cells)) for offset, cells in table.rows)
    return replace(table, header=tuple(_points(cell) for cell in table.header), rows=rows)
