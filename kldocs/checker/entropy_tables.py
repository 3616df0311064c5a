r"""A table of binary entropies: a column ``p`` and a column ``H(p)``, each row a claim ``H(p, 1-p) = value``.

The header names the parameter (``p``, ``q``, ``θ``) and, in another column,
the entropy of it: ``H(p)``, ``H_b(p)``, ``H_2(p)``, ``h(p)``, maybe with its
unit (``H(p) (bits)``). Each row with a probability in ``[0, 1]`` and a
decimal is read as the entropy of ``(p, 1 - p)`` written out (see
:mod:`~kldocs.checker.explicit_entropy`), in the header's unit or else the
document's base (a unit said in the two lines above the table counts as
the header's).

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("| p | H(p) in bits |\n|---|---|\n| 0.1 | 0.469 |\n| 0.5 | 1.000 |\n", "a.md")
>>> [claim.text for claim in entropy_table_claims(document)]
['-(0.1 \\log(0.1) + 9/10 \\log(9/10)) = 0.469 bits', '-(0.5 \\log(0.5) + 1/2 \\log(1/2)) = 1.000 bits']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceTable, SourceText
from kldocs.checker.explicit_entropy import explicit_entropies

_PARAMETER = re.compile(r"^\s*\$?\s*(?P<name>[A-Za-z]|\\theta|θ|\\pi|π)\s*\$?\s*$")
_UNIT = re.compile(r"(?<![A-Za-z])(?P<unit>bits?|nats?)(?![A-Za-z])", re.IGNORECASE)
_PROBABILITY = re.compile(r"^\s*\$?\s*(?P<value>[01](?:\.[0-9]+)?|\.[0-9]+|[0-9]+/[0-9]+)\s*\$?\s*$")
_VALUE = re.compile(r"^\s*[*_$]{0,2}\s*(?P<value>[0-9]+\.[0-9]+|[01])\s*[*_$]{0,2}\s*(?:bits?|nats?)?\s*$")


def entropy_table_claims(document: SourceText, lines: Sequence[tuple[int, str]] = ()) -> Iterator[CommentClaim]:
    """The claims of every table of binary entropies in the document.

    ``lines``: lines of prose and printed output with their offsets, where a table may be written as text
    (``p  H(p)`` over rows of numbers, or pipes with no ``|---|`` row).
    """
    for table in (*document.tables, *_text_tables(lines)):
        columns = _columns(table)
        if columns is not None:
            parameter, entropy, unit = columns
            yield from _rows(document, table, parameter, entropy, unit or _unit_above(document, table.offset))


def _text_tables(lines: Sequence[tuple[int, str]]) -> Iterator[SourceTable]:
    """Tables written as text whose header names a parameter and its entropy: ``p  H(p)``, then rows of cells."""
    for index, (offset, header) in enumerate(lines):
        if "(" not in header or not re.search(r"[Hh]", header):
            continue
        cells = _cells(header)
        if cells is None or not 2 <= len(cells) <= 6:
            continue
        rows = []
        for row_offset, line in lines[index + 1 : index + 200]:
            row = _cells(line)
            if row is None or len(row) != len(cells) or not any(_VALUE.match(cell) for cell in row):
                break
            rows.append((row_offset, tuple(row)))
        if rows:
            yield SourceTable(tuple(cells), offset, tuple(rows))


def _cells(line: str) -> list[str] | None:
    """The cells of a line: between pipes, or else separated by runs of spaces (``H(p) in bits`` stays one)."""
    stripped = line.strip()
    if len(stripped) >= 3 and stripped[0] == "|" and stripped[-1] == "|":
        return [cell.strip() for cell in stripped[1:-1].split("|")]
    if not stripped:
        return None
    cells = re.split(r"\s{2,}|\t", stripped)
    return cells if len(cells) > 1 else stripped.split()


def _columns(table: SourceTable) -> tuple[int, int, str | None] | None:
    """The parameter's column, the entropy's column and its unit, when the header has both."""
    for index, cell in enumerate(table.header):
        name = _PARAMETER.match(cell)
        if name is None:
            continue
        written = re.escape(name.group("name"))
        entropy = re.compile(rf"(?<![A-Za-z])(?:H|h)(?:_\{{?(?:b|2|B)\}}?)?\s*\\?\(\s*\$?{written}\$?\s*\\?\)")
        for other, heading in enumerate(table.header):
            if other != index and entropy.search(heading):
                unit = _UNIT.search(heading)
                return index, other, unit.group("unit") if unit else None
    return None


def _rows(
    document: SourceText, table: SourceTable, parameter: int, entropy: int, unit: str | None
) -> Iterator[CommentClaim]:
    for offset, cells in table.rows:
        if len(cells) <= max(parameter, entropy):
            continue
        probability, value = _PROBABILITY.match(cells[parameter]), _VALUE.match(cells[entropy])
        if probability is None or value is None:
            continue
        p = Fraction(probability.group("value"))
        if not 0 <= p <= 1:
            continue
        where = _cell_offset(document, offset, cells, entropy) + value.start("value")
        text = f"H({probability.group('value')}, {1 - p}) = {value.group('value')} {unit or ''}".rstrip()
        shift = text.index("= ") + 2
        yield from explicit_entropies(text, where - shift)


def _unit_above(document: SourceText, offset: int) -> str | None:
    """A unit said in the two lines above a table ("In nats:", "(values in bits)"), if one is."""
    start = document.text.rfind("\n", 0, max(0, document.text.rfind("\n", 0, offset)))
    start = document.text.rfind("\n", 0, max(0, start)) + 1
    units = {match.group("unit").lower().rstrip("s") for match in _UNIT.finditer(document.text[start:offset])}
    return units.pop() if len(units) == 1 else None


def _cell_offset(document: SourceText, offset: int, cells: tuple[str, ...], index: int) -> int:
    """Where cell ``index`` of a row starts in the document (the row starts at ``offset``)."""
    position = offset
    for cell in cells[:index]:
        found = document.text.find(cell, position)
        position = found + len(cell) if found >= 0 else position
    found = document.text.find(cells[index], position)
    return found if found >= 0 else offset
