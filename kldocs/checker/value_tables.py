r"""Values in a table: a cell names a measure of its arguments, and a cell beside it holds the measure's value.

``| $D(P\|Q)$ | 0.4000 |`` under ``| quantity | value (bits) |`` claims ``D(P||Q) = 0.4000 bits``. A table the
other way round, whose header names the measures and whose one row holds their values (``| H(P) | KL(P, Q) |`` over
``| 1.2955 | 0.4 |``), claims each column's value. The unit is the value cell's own (``0.4 bits``) or its column
header's (bits, nats, bans, 비트, ビット, 比特, бит...). A cell is a measure's symbol only when it is nothing else
(``$H(P)$``, ``**D_KL(P‖Q)**``; not "H(P) in bits", not a formula); a row with two values that no unit tells
apart, or none, is left alone, and so is a table of values over a column of probabilities (``| p | H(p) |``:
:mod:`~kldocs.checker.entropy_tables` reads those).

>>> from kldocs.checker.reading import parse_text
>>> table = "| quantity | value (bits) |\n|---|---|\n| $H(P)$ | 1.2955 |\n| $D(P\\|Q)$ | 0,4 |\n| H(P) in bits | 1 |\n"
>>> [text for _, text in value_table_claims(parse_text(table, "a.md"))]
['H(P) = 1.2955 bits', 'D(P\\|Q) = 0.4 bits']
>>> [text for _, text in value_table_claims(parse_text("| H(P) | KL(P, Q) |\n|--|--|\n| 1.5 | 0.25 nats |\n", "a.md"))]
['H(P) = 1.5', 'KL(P, Q) = 0.25 nats']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kldocs.checker.chains import statements
from kldocs.checker.documents import SourceTable, SourceText
from kldocs.checker.latex_numbers import MeasureNode
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import tokenize
from kldocs.exact.base import UNIT_NAMES, UNIT_WORDS

#: A value cell: a number (a decimal comma too), maybe a unit word after it.
_VALUE = lazy(r"(?P<number>[-−]?[0-9]+(?:[.,][0-9]+)?)[ \t]*+(?P<unit>[^\W\d_]+)?")
#: Markup around a cell's text: maths dollars, code ticks, bold and italics.
_MARKUP = lazy(r"^[\s$`*_]+|[\s$`*_]+$")
#: A column header that says its cells are the measure's values: a word for "value" or "result", maybe a unit.
_VALUE_WORD = lazy(
    r"values?|results?|값|결괏값|결과|値|数值|數值|数値|结果|結果|取值|Wert|Werte|Ergebnis|valeurs?|r[ée]sultat|"
    r"valor(?:es)?|valore|resultado|risultato|значение|результат",
    re.IGNORECASE,
)
#: What is left of a header when its value word and unit are taken out: brackets, commas, "in".
_FILLER = lazy(r"[\s()（）\[\]{}:,;/.\-–—]+|\bin\b|\bem\b|\ben\b|\bв\b")
#: Most characters of a cell read as a measure's symbol.
_LONGEST = 60
#: A unit word in a header: a Latin one as a whole word, the others anywhere (``값(비트)``).
_UNIT_IN_HEADER = lazy(
    "|".join(
        rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])" if word.isascii() else re.escape(word)
        for word in sorted(UNIT_WORDS, key=len, reverse=True)
    ),
    re.IGNORECASE,
)


def value_table_claims(document: SourceText) -> Iterator[tuple[int, str]]:
    """Each value the document's tables give a measure, as the offset of its row and the claim's text."""
    for table in document.tables:
        header = [_symbol(cell) for cell in table.header]
        if any(header) and len(table.rows) == 1:
            yield from _header_values(table, header)
            continue
        units = [_unit_in(cell) for cell in table.header]
        valued = [_says_value(cell) for cell in table.header]
        for offset, cells in table.rows:
            yield from _row_values(offset, cells, units, valued)


def _row_values(
    offset: int, cells: Sequence[str], units: Sequence[str | None], valued: Sequence[bool]
) -> Iterator[tuple[int, str]]:
    """The value of a row's one measure: one value cell, or several told apart by their columns' units. Each value
    stands in a column whose header says it holds values (:func:`_says_value`), and the row holds nothing else but
    empty cells (a remark such as "plug-in estimate" may say the value is not the measure's)."""
    symbols = [(index, symbol) for index, symbol in enumerate(map(_symbol, cells)) if symbol is not None]
    if len(symbols) != 1:
        return
    values = [(index, value) for index, value in enumerate(map(_value, cells)) if value is not None]
    if not all(index < len(valued) and valued[index] for index, _ in values):
        return
    if len(symbols) + len(values) != sum(1 for cell in cells if _MARKUP.sub("", cell)):
        return
    if len(values) > 1:  # "| H(P) | 1.2955 | 0.898 |" under "| | bits | nats |": each in its column's unit
        values = [(index, (number, unit or _at(units, index))) for index, (number, unit) in values]
        if len({unit for _, (_, unit) in values}) != len(values) or any(unit is None for _, (_, unit) in values):
            return
    for index, (number, unit) in values:
        yield offset, _claim(symbols[0][1], number, unit or _at(units, index))


def _header_values(table: SourceTable, header: Sequence[str | None]) -> Iterator[tuple[int, str]]:
    """The values a table's one row gives the measures its header names."""
    offset, cells = table.rows[0]
    if not all(_says_value(cell) for symbol, cell in zip(header, cells, strict=False) if symbol is None):
        return  # "| | H(P) |" over "| error | 0.01 |": a row of something else than the measures' values
    labels = {_unit_in(cell) for symbol, cell in zip(header, cells, strict=False) if symbol is None} - {None}
    label = labels.pop() if len(labels) == 1 else None  # "| | H(P) | H(Q) |" over "| bits | 1.5 | 1.57 |"
    for symbol, cell in zip(header, cells, strict=False):
        value = _value(cell)
        if symbol is not None and value is not None:
            yield offset, _claim(symbol, value[0], value[1] or label)


def _claim(symbol: str, number: str, unit: str | None) -> str:
    return f"{symbol} = {number}" + (f" {unit}" if unit else "")


def _at(units: Sequence[str | None], index: int) -> str | None:
    return units[index] if index < len(units) else None


def _symbol(cell: str) -> str | None:
    """The cell's text when it is one measure of its arguments and nothing else (``H(P)``, ``D_{KL}(P\\|Q)``)."""
    text = _MARKUP.sub("", cell)
    if not text or len(text) > _LONGEST or "(" not in text or "=" in text:
        return None
    if _is_symbol(text):
        return text
    # A Markdown table's cell loses the backslash of ``D(P\|Q)``: a lone bar between two arguments is the KL's.
    barred = text.replace("|", "\\|") if text.count("|") == 1 else None
    return barred if barred is not None and _is_symbol(barred) else None


def _is_symbol(text: str) -> bool:
    found = list(statements(tokenize(f"{text} = 0"), f"{text} = 0", prose=True))
    return len(found) == 1 and isinstance(found[0].left, MeasureNode) and found[0].text == f"{text} = 0"


def _value(cell: str) -> tuple[str, str | None] | None:
    """The number a cell holds, with a point for a decimal comma, and its unit word in English, if any."""
    match = _VALUE.fullmatch(_MARKUP.sub("", cell))
    if match is None:
        return None
    unit = match.group("unit")
    if unit is not None and unit.lower() not in UNIT_WORDS:
        return None
    number = match.group("number").replace(",", ".").replace("−", "-")
    return number, None if unit is None else UNIT_NAMES[UNIT_WORDS[unit.lower()]]


def _says_value(header: str) -> bool:
    """Whether a column's header says it holds values: empty, a unit, a word for "value" or both (``값 (비트)``,
    ``Value (nats)``, ``bits``); not a bound, an error, a share, a rank, a time or a probability.

    >>> [_says_value(text) for text in ("value (bits)", "값 (비트)", "", "lower bound (bits)", "relative error (%)")]
    [True, True, True, False, False]
    """
    rest = _UNIT_IN_HEADER.sub(" ", _MARKUP.sub("", header))
    rest = _FILLER.sub(" ", _VALUE_WORD.sub(" ", rest, count=1))
    return not rest.strip()


def _unit_in(header: str) -> str | None:
    """The unit a column's header names, in English (``값 (비트)`` gives bits), or None."""
    units = {UNIT_NAMES[UNIT_WORDS[match.group().lower()]] for match in _UNIT_IN_HEADER.finditer(header)}
    return units.pop() if len(units) == 1 else None
