r"""Closed forms in a table: a row names a family, a column headed by a measure holds the family's form.

``| Exp(λ) | $1 - \log_2 \lambda$ |`` under ``| distribution | differential entropy (bits) |`` says that the
differential entropy of an exponential distribution is ``1 - log₂ λ``. Each such cell is read as the formula
``h(Exp(λ)) = 1 - \log_2 \lambda`` (``KL(...)`` under a KL column) and judged by
:mod:`~kldocs.checker.family_forms`, with the table's header and the text above the table as the text the
family may be named in. Only the first cell of a row names its distribution; a cell holding a number, or
no symbol of a family, is left to the readers of values.

>>> from kldocs.checker.reading import parse_text
>>> page = "| law | entropy (nats) |\n|---|---|\n| Exp(λ) | $1 - \\ln \\lambda$ |\n"
>>> [(formula, written) for _, formula, _, written in table_forms(parse_text(page, "a.md"), None)]
[('h(Exp(λ)) = 1 - \\ln \\lambda', 'Exp(λ) | entropy (nats): 1 - \\ln \\lambda')]
"""

from __future__ import annotations

from collections.abc import Iterator

from kldocs.checker.documents import SourceText
from kldocs.checker.family_forms import ABOVE, PARAMETERS
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.named_measures import measures_in

#: Most characters of a cell read as a formula.
MAX_CELL = 300
#: The left side a column's measure gives its cells' formulas, with the row's distribution as the argument.
_LEFT = {"entropy": "h({})", "kl": "KL({})"}
#: Markup around a cell's formula: dollars, backticks, emphasis.
_MARKUP = lazy(r"[$`*]")


def table_forms(document: SourceText, until: int | None) -> Iterator[tuple[int, str, str, str]]:
    """Closed forms written in tables' cells (before ``until``): where each cell starts, the formula with its
    left side, the text above it (the text before the table, then the header), and the row, header and cell."""
    for table in document.tables:
        if until is not None and table.offset >= until:
            return
        columns = {index: _measure(cell) for index, cell in enumerate(table.header) if index > 0}
        if not any(columns.values()):
            continue
        above = document.text[max(0, table.offset - ABOVE) : table.offset] + " " + " | ".join(table.header)
        for offset, cells in table.rows:
            if not cells or "=" in cells[0]:
                continue
            for index, measure in columns.items():
                if measure is None or index >= len(cells):
                    continue
                cell = cells[index]
                formula = _MARKUP.sub("", cell).strip()
                if not formula or len(formula) > MAX_CELL or "=" in formula or not PARAMETERS.search(formula):
                    continue
                row = _MARKUP.sub("", cells[0]).strip()
                shown = f"{row} | {_MARKUP.sub('', table.header[index]).strip()}: {formula}"
                yield offset + index, f"{_LEFT[measure].format(row)} = {formula}", above, shown


def _measure(header: str) -> str | None:
    """The one measure a column's header names, when its closed forms are read here (an entropy or a KL)."""
    named = measures_in(_MARKUP.sub("", header))
    return next(iter(named)) if len(named) == 1 and next(iter(named)) in _LEFT else None
