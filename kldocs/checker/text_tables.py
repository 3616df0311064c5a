r"""A joint distribution written as a plain-text table: in a code block, a text file or a comment.

A line of values of one variable (``Y=0   Y=1``) heads the columns; each line under it starts with a
value of another variable (``X=0   0.2   0.3``) and gives one probability for each column. A corner that
names both variables (``X\Y   0   1``) lets the values stand alone; so do values written as their variable's
letter with an index (``y1   y2`` over rows ``x1   1/8   1/4``), the variables then being the letters in capitals. A
last cell that is the sum of the row's others is the row's sum, not a column. The table is read only when every row has
a probability for each column and they add up to exactly 1; it then binds what a joint table binds (see
:func:`~kldocs.checker.joint_tables.table_bindings`).

>>> from kldocs.checker.reading import parse_text
>>> text = "```\n      Y=u   Y=v\nX=0   0.1   0.4\nX=1   0.3   0.2\n```\n"
>>> bindings = dict((b.name, b.distribution) for _, b in text_table_bindings(parse_text(text, "a.md")))
>>> [str(p) for p in bindings["X"].probabilities], [str(p) for p in bindings["Y"].probabilities]
(['1/2', '1/2'], ['2/5', '3/5'])
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.documents import SourceText
from kldocs.checker.joint_tables import MAX_SIDE, MAX_TABLES, adds_up, probability, table_bindings
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding

#: The start of a line that may head a table: two values of a variable, a corner naming two variables, or two
#: indexed values (``y1   y2``).
_SEED = lazy(
    r"^[ \t]{0,40}(?:[U-Z][ \t]{0,3}=[ \t]{0,3}[A-Za-z0-9]{1,6}[ \t]{1,40}[U-Z][ \t]{0,3}="
    r"|[U-Z][ \t]{0,3}[\\/][ \t]{0,3}[U-Z][ \t]{1,40}[A-Za-z0-9]"
    r"|([u-z])_?[0-9]{1,2}[ \t]{1,40}\1_?[0-9]{1,2}(?:[ \t]|$))",
    re.MULTILINE,
)
#: A value of a variable written as its lower-case letter with an index: ``x1``, ``y_2``.
_INDEXED = lazy(r"([u-z])_?[0-9]{1,2}")
#: A value of a named variable: ``X=0``, ``Y = b``.
_VALUE = lazy(r"([U-Z])[ \t]*=[ \t]*([A-Za-z0-9]{1,6})")
#: The corner: ``X\Y``, ``X/Y``.
_CORNER = lazy(r"[ \t]*([U-Z])[ \t]*[\\/][ \t]*([U-Z])[ \t]+(.*)")
_LABEL = lazy(r"[A-Za-z0-9]{1,6}")
#: A rule under the header: ``-----``, ``===``, ``--+--``.
_RULE = lazy(r"[-=+| \t]*")
#: Characters of one line of a table.
_MAX_LINE = 300


def text_table_bindings(document: SourceText) -> Iterator[tuple[int, Binding]]:
    """The names the plain-text joint tables of a document bind, each with the offset of its table."""
    text = document.text
    tables = 0
    for seed in _SEED.finditer(text):
        tables += 1
        if tables > MAX_TABLES:
            return
        lines = _lines_from(text, seed.start())
        header = _header(lines[0]) if lines else None
        if header is None:
            continue
        down, across, labels = header
        rows = _rows(lines[1:], down, len(labels))
        if rows is None:
            continue
        variable, row_labels, cells = rows
        if variable == across or len(set(row_labels)) != len(row_labels):
            continue
        line = document.line(seed.start())
        yield from ((seed.start(), b) for b in table_bindings((variable, across), row_labels, labels, cells, line))


def _lines_from(text: str, start: int) -> list[str]:
    """The header line and the lines under it, up to the most rows a table has; none when too long."""
    lines: list[str] = []
    position = start
    while len(lines) < MAX_SIDE + 3 and position < len(text):
        end = text.find("\n", position, position + _MAX_LINE + 1)
        if end < 0:
            end = min(len(text), position + _MAX_LINE + 1)
        line = text[position:end]
        if len(line) > _MAX_LINE:
            break
        lines.append(line)
        position = end + 1
    return lines


def _header(line: str) -> tuple[str | None, str, list[str]] | None:
    """The rows' variable (when a corner names it), the columns' variable and its values."""
    corner = _CORNER.fullmatch(line.rstrip())
    if corner is not None:
        labels = corner.group(3).split()
        if not all(_LABEL.fullmatch(label) for label in labels):
            return None
        down, across = corner.group(1), corner.group(2)
    elif all(_INDEXED.fullmatch(label) for label in _without_margin(line.split())):
        labels = [label.replace("_", "") for label in _without_margin(line.split())]
        if len({label[0] for label in labels}) != 1:
            return None
        down, across = None, labels[0][0].upper()
    else:
        values = _VALUE.findall(line)
        if _VALUE.sub("", line).strip() or len({name for name, _ in values}) != 1:
            return None
        down, across, labels = None, values[0][0], [value for _, value in values]
    if not 2 <= len(labels) <= MAX_SIDE or len(set(labels)) != len(labels) or down == across:
        return None
    return down, across, labels


#: A last column's heading that names the rows' sums: ``p(x)``, ``Σ``, "total".
_MARGIN = lazy(r"[pP]\([xX]\)|[Σ∑]|(?i:total|sum|somme|suma|summe|合计|합계|計)")


def _without_margin(labels: list[str]) -> list[str]:
    """A header's labels without a last one that heads the rows' sums."""
    return labels[:-1] if labels and _MARGIN.fullmatch(labels[-1]) else labels


def _rows(lines: list[str], down: str | None, width: int) -> tuple[str, list[str], list[list[Fraction]]] | None:
    """The rows' variable, its values and the probabilities of the rows under a header; None unless they are
    at least two rows of ``width`` probabilities each, adding up to 1."""
    variable, labels, cells = down, [], []
    for index, line in enumerate(lines):
        if not line.strip() or (index == 0 and _RULE.fullmatch(line)):
            if index == 0:
                continue
            break
        named = _VALUE.match(line.strip())
        indexed = _INDEXED.match(line.strip()) if named is None else None
        if named is not None and variable in (None, named.group(1)):
            variable, label, rest = named.group(1), named.group(2), line.strip()[named.end() :]
        elif (
            indexed is not None
            and variable in (None, indexed.group(1).upper())
            and line.strip()[indexed.end() :][:1].isspace()
        ):
            variable, label, rest = (
                indexed.group(1).upper(),
                indexed.group().replace("_", ""),
                line.strip()[indexed.end() :],
            )
        elif down is not None:
            label, _, rest = line.strip().replace("\t", " ").partition(" ")
        else:
            break
        values = [probability(cell) for cell in rest.split()]
        known = [value for value in values if value is not None]
        if len(known) == len(values) == width + 1 and known[-1] == sum(known[:-1]):
            values = values[:-1]  # the row's sum, given after its cells
        if len(values) != width or None in values or not _LABEL.fullmatch(label):
            break
        labels.append(label)
        cells.append([value for value in values if value is not None])
    if variable is None or len(cells) < 2 or not adds_up(cells):
        return None
    return variable, labels, cells
