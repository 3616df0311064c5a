r"""A joint distribution written as a Markdown table of events, one a row: a column for each variable's value and a
last column of probabilities.

| x | y | z | p |
|---|---|---|---|
| 0 | 0 | 0 | 1/4 |

The header names two or three random variables, one letter each from U to Z (``x``, ``$Y$``), and then the
probability (``p``, ``P``, ``Pr``, ``p(x,y)``, ``P(X,Y,Z)``, "prob", "probability", "Wahrscheinlichkeit", "概率"...);
the values are short labels, no event comes twice and the probabilities add up to exactly 1 (an event left out has
probability 0). Such a table binds what a list of events binds (:func:`~kldocs.checker.event_tables.event_lists`).

>>> from kldocs.checker.reading import parse_text
>>> text = "| x | y | p |\n|---|---|---|\n| 0 | 0 | 1/2 |\n| 1 | 1 | 1/2 |\n"
>>> bound = {b.name: b.distribution for _, b in event_rows(parse_text(text, "a.md"))}
>>> [str(p) for p in bound["X,Y"].probabilities]
['1/2', '0', '0', '1/2']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.documents import SourceText
from kldocs.checker.event_tables import MAX_LISTS, product_bindings
from kldocs.checker.joint_tables import MAX_SIDE, MAX_TABLES, probability, table_bindings
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding

#: A variable's column: its letter, maybe in dollars or bold.
_VARIABLE = lazy(r"[\s$*`]*(?P<name>[U-Zu-z])[\s$*`]*")
#: The probabilities' column.
_PROBABILITY = lazy(
    r"[\s$*`]*(?:(?:\\Pr|Pr|P|p)\s*(?:\([^()]{0,30}\))?|prob\.?|probability|probabilit[àé]|probabilidad|"
    r"probabilidade|Wahrscheinlichkeit|вероятность|概率|確率|확률)[\s$*`]*",
    re.IGNORECASE,
)
_LABEL = lazy(r"[\s$`]*[A-Za-z0-9+-]{1,6}[\s$`]*")


def event_rows(document: SourceText) -> Iterator[tuple[int, Binding]]:
    """The names each table of events binds, with the table's offset."""
    read = 0
    for table in document.tables[:MAX_TABLES]:
        header = table.header
        if not 3 <= len(header) <= 4 or not _PROBABILITY.fullmatch(header[-1]):
            continue
        found = [_VARIABLE.fullmatch(cell) for cell in header[:-1]]
        names = tuple(match["name"].upper() for match in found if match is not None)
        if len(names) != len(header) - 1 or len(set(names)) != len(names) or len(table.rows) > MAX_SIDE * MAX_SIDE:
            continue
        cells = _cells(table.rows, len(header))
        if cells is None or sum(cells.values()) != 1:
            continue
        read += 1
        if read > MAX_LISTS:
            return
        line = document.line(table.offset)
        note = f"the joint distribution of {', '.join(names)} in the table of events on line {line}"
        labels = [list(dict.fromkeys(event[i] for event in cells)) for i in range(len(names))]
        if any(len(values) > MAX_SIDE for values in labels):
            continue
        if len(names) == 2:
            matrix = [[cells.get((row, column), Fraction(0)) for column in labels[1]] for row in labels[0]]
            bound = table_bindings((names[0], names[1]), labels[0], labels[1], matrix, line, note)
        else:
            bound = product_bindings(names, labels, cells, line, note)
        yield from ((table.offset, binding) for binding in bound)


def _cells(rows: tuple[tuple[int, tuple[str, ...]], ...], width: int) -> dict[tuple[str, ...], Fraction] | None:
    """Each row's event and probability; None when a row is not one, or an event comes twice."""
    cells: dict[tuple[str, ...], Fraction] = {}
    for _, row in rows:
        if len(row) != width or not all(_LABEL.fullmatch(cell) for cell in row[:-1]):
            return None
        event = tuple(cell.strip(" $`") for cell in row[:-1])
        value = probability(row[-1].strip(" $"))
        if value is None or event in cells:
            return None
        cells[event] = value
    return cells
