r"""How numbers are written: decimal commas ("H = 1,571 bits", "0,5 × log2(0,5)") and ``0. 25``.

Portuguese, French and Spanish write ``0,5`` for one half. A document is read
with decimal commas when its prose and formulas hold at least two numbers
written ``0,dd`` and no number written with a decimal point: then each
``a,b`` (digits, a comma, digits, with no further comma or digit) is read as
``a.b``. Lists keep their separators (``(0,5; 0,5)``, ``0,5, 0,5``). Code is
left as it is, and so is the comma between the two whole-number parameters of a
normal, uniform or binomial distribution (``N(0,1)``, ``U(0,2)``): a
separator, not a decimal comma. A zero, a point and a space before digits (``0. 25``, a
space typed or left by a line break) is read as ``0.25``. Every character
stays in its place, so every offset still points into the file.

>>> from kldocs.checker.reading import parse_text
>>> document = with_decimal_points(parse_text("P = (0,5; 0,5) e H = 0,75 bits.\n", "a.md"))
>>> document.prose[0].text
'P = (0.5; 0.5) e H = 0.75 bits.'
"""

from __future__ import annotations

import re
from dataclasses import replace

from kldocs.checker.documents import Region, SourceText

_COMMA_DECIMAL = re.compile(r"(?<![\d,.])(\d{1,6}),(\d{1,12})(?![\d,]|\.\d)")
_LEADING_ZERO = re.compile(r"(?<![\d,.])0,\d+(?![\d,])")
_SPACED_POINT = re.compile(r"(?<![\d.,])0\. ([0-9]{1,6})(?![\d.,])")
_POINT_DECIMAL = re.compile(r"(?<![\d,.])\d+\.\d+(?![\d.,])")
_PARAMETERS = re.compile(
    r"(?:\\mathcal\s*\{?\s*[NU]\s*\}?|\b(?:Normal|Gaussian|N|Uniform|U|Binomial|Bin))\s*\(\s*-?\d+\s*,\s*-?\d+\s*\)"
)
#: What stands in for a separating comma while decimal commas are read (same length: offsets stay).
_KEPT = "\0"


def _separators_kept(text: str) -> str:
    """``text`` with the commas between a family's two whole-number parameters as :data:`_KEPT`.

    >>> _separators_kept("N(0,1) and 0,5") == "N(0" + _KEPT + "1) and 0,5"
    True
    """
    return _PARAMETERS.sub(lambda match: match.group(0).replace(",", _KEPT), text)


def with_decimal_points(document: SourceText) -> SourceText:
    """The document with ``0. 25`` as ``0.25``, and its decimal commas as points when it writes every decimal so."""
    joined = "\n".join(region.text for region in (*document.prose, *document.math))
    if "0," not in joined and "0. " not in joined:  # the usual case, found without a pattern
        return document
    written = _separators_kept(joined)
    commas = len(_LEADING_ZERO.findall(written)) >= 2 and not _POINT_DECIMAL.search(written)
    if not commas and not _SPACED_POINT.search(written):
        return document

    def points(text: str) -> str:
        text = _SPACED_POINT.sub(r"0.\1 ", text)
        return _COMMA_DECIMAL.sub(r"\1.\2", _separators_kept(text)).replace(_KEPT, ",") if commas else text

    def regions(found: tuple[Region, ...]) -> tuple[Region, ...]:
        return tuple(
            replace(region, text=points(region.text), before=points(region.before), after=points(region.after))
            for region in found
        )

    text, position = [], 0
    for code in sorted(document.code, key=lambda region: region.offset):
        text.append(points(document.text[position : code.offset]))
        text.append(document.text[code.offset : code.offset + len(code.text)])
        position = code.offset + len(code.text)
    text.append(points(document.text[position:]))
    tables = tuple(
        replace(
            table,
            header=tuple(points(cell) for cell in table.header),
            rows=tuple((offset, tuple(points(cell) for cell in cells)) for offset, cells in table.rows),
        )
        for table in document.tables
    )
    return replace(
        document,
        text="".join(text),
        math=regions(document.math),
        prose=regions(document.prose),
        paragraphs=regions(document.paragraphs),
        outputs=regions(document.outputs),
        tables=tables,
    )
