r"""A LaTeX ``tabular`` read as a table: rows split at ``\\``, cells at ``&``, rules and comments dropped.

The first row with a cell is the header, the others the body, each row with the offset of its first
character, as Markdown tables are read (:class:`~kldocs.checker.documents.SourceTable`), so that a
distribution given as a ``tabular`` of probabilities is read as one given as a Markdown table. A cell's
markup is kept except what only lays it out: ``{east}`` (a siunitx column's header), ``\textbf{a}``,
``\multicolumn{2}{c}{a}`` and ``\num{0.25}`` give their text. A table over :data:`MAX_TABLE` characters or
:data:`MAX_ROWS` rows is not read.

>>> text = "\\begin{tabular}{lcc}\\hline\n x & $P(x)$ & $Q(x)$ \\\\ \\hline\n a & 0.5 & \\num{0.25} \\\\\n"
>>> text += " b & 0.5 & 0.75 \\\\ % two outcomes\n\\end{tabular}"
>>> table = tabular_table(text, 0, len(text))
>>> table.header, [cells for _, cells in table.rows]
(('x', '$P(x)$', '$Q(x)$'), [('a', '0.5', '0.25'), ('b', '0.5', '0.75')])
"""

from __future__ import annotations

from kldocs.checker.documents import SourceTable
from kldocs.checker.lazy_patterns import lazy

#: Longest table read, in characters, and most rows.
MAX_TABLE = 20_000
MAX_ROWS = 200

_BEGIN = lazy(r"\\begin\s*\{(?P<name>[A-Za-z]{1,12}\*?)\}\s*(?:\[[^\]]{0,20}\]\s*)?")
#: Environments with a width before the column specification.
_WIDTH_FIRST = frozenset({"tabular*", "tabularx", "tabulary"})
_COMMENT = lazy(r"(?<!\\)%[^\n]*")
_RULES = lazy(
    r"\\(?:hline|toprule|midrule|bottomrule|endhead|endfirsthead|endfoot|endlastfoot)(?![A-Za-z])"
    r"|\\(?:cline|cmidrule)\s*(?:\([^)]{0,10}\))?\s*\{[^{}]{0,20}\}|\\addlinespace(?:\[[^\]]{0,20}\])?"
)
_ROW_END = lazy(r"\\\\(?:\s*\[[^\]]{0,20}\])?|\\tabularnewline(?![A-Za-z])")
_CELL_END = lazy(r"(?<!\\)&")
_LAYOUT = lazy(
    r"^\{(?P<braced>[^{}]*)\}$|^\\(?:textbf|textit|emph|num|text)\s*\{(?P<styled>[^{}]*)\}$"
    r"|^\\multicolumn\s*\{\d{1,2}\}\s*\{[^{}]{0,20}\}\s*\{(?P<spanned>[^{}]*)\}$"
)


def tabular_table(text: str, start: int, end: int) -> SourceTable | None:
    """The ``tabular`` environment written at ``text[start:end]`` as a table; None when it has no row of cells."""
    if end - start > MAX_TABLE:
        return None
    begin = _BEGIN.match(text, start)
    if begin is None:
        return None
    position = begin.end()
    for _ in range(2 if begin["name"] in _WIDTH_FIRST else 1):
        position = _after_group(text, position, end)
    closing = text.rfind("\\end", position, end)
    body = _COMMENT.sub(lambda found: " " * len(found.group()), text[position : closing if closing >= 0 else end])
    body = _RULES.sub(lambda found: " " * len(found.group()), body)
    rows: list[tuple[int, tuple[str, ...]]] = []
    row_start = 0
    for row_end in [*(found.start() for found in _ROW_END.finditer(body)), len(body)]:
        row = body[row_start:row_end]
        cells = tuple(_cell(cell) for cell in _CELL_END.split(row))
        if any(cells):
            rows.append((position + row_start + len(row) - len(row.lstrip()), cells))
        found = _ROW_END.match(body, row_end)
        row_start = found.end() if found else row_end
        if len(rows) > MAX_ROWS:
            return None
    if not rows:
        return None
    (offset, header), *others = rows
    return SourceTable(header, offset, tuple(others))


def _after_group(text: str, position: int, end: int) -> int:
    """Where the brace group at ``position`` (after blanks) closes; ``position`` when none opens there."""
    opening = position
    while opening < end and text[opening].isspace():
        opening += 1
    if opening >= end or text[opening] != "{":
        return position
    depth = 0
    for index in range(opening, min(end, opening + 500)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return index + 1
    return position


def _cell(written: str) -> str:
    """A cell's text without the markup that only lays it out."""
    cell = written.strip()
    found = _LAYOUT.match(cell)
    if found is None:
        return cell
    return next(group for group in found.groups() if group is not None).strip()
