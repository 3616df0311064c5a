r"""Find the distributions a document's tables define: columns or rows headed by a distribution's name.

- a Markdown table with a column headed ``P`` (``| x | P | Q |``), or rows headed ``P`` and ``Q`` under a header
  row of outcomes, or a row whose one cell is the list (``| q | (0.4, 0.3, 0.2, 0.1) |``);
- a LaTeX ``array``, ``tabular`` or matrix inside a formula with such columns;
- printed output (a data frame) or a pipe table with no ``|---|`` row.

A column of parameters tabulated against a function of them (``p | H(p)``) defines nothing, nor does a joint
table (see :mod:`~kldocs.checker.joint_tables`). The definitions in formulas, prose and labelled lists are
found by :mod:`~kldocs.checker.distributions`.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("| x | P | Q |\n|---|---|---|\n| a | 0.5 | 0.2 |\n| b | 0.5 | 0.8 |\n", "a.md")
>>> [(d.name, d.values) for d in table_definitions(document)]
[('P', (Fraction(1, 2), Fraction(1, 2))), ('Q', (Fraction(1, 5), Fraction(4, 5)))]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

from kldocs.checker.distributions import NAME_PATTERN, NOT_NAMES, DistributionDefinition, rationals, split_items
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.joint_tables import NAMED_VALUE
from kldocs.checker.lazy_patterns import lazy

#: No column header that names a distribution is longer than this (``\mathbf{P_{...}}`` included).
_LONGEST_HEADER = 40


def table_definitions(document: SourceText) -> Iterator[DistributionDefinition]:
    for table in document.tables:
        if sum(bool(NAMED_VALUE.fullmatch(cell.strip())) for cell in table.header) >= 2:
            continue  # a joint table (columns Y = 0, Y = 1, and its margin P(X)): see joint_tables
        if table.header and _CROSSED.fullmatch(table.header[0].strip()):
            continue  # a joint table headed Y/X (or X\Y), its margins p(x) and p(y): see joint_tables
        line = document.line(table.offset)
        names = [_table_name(cell) for cell in table.header]
        if not any(names):
            yield from _row_definitions(document, table.header, table.rows)
            continue
        if not table.rows:
            continue
        label_column = 0 if names[0] is None else None
        for name, written, values in _named_columns(table.header, [cells for _, cells in table.rows]):
            kept = len(values) - _total_row(values)  # a margin's column ends with its total, 1
            written, values = written[:kept], values[:kept]
            labels = None
            if label_column is not None:
                candidate = tuple(cells[0].strip("$* ") for _, cells in table.rows[:kept])
                labels = candidate if all(candidate) and len(set(candidate)) == len(candidate) else None
            shown = f"{name} = ({', '.join(written)})"
            yield DistributionDefinition(line, shown, name, values, written, labels, table.offset)


def _total_row(values: tuple[Fraction, ...]) -> int:
    """1 when the last value is a total, 1, of the others (which come to 1 within rounding), else 0.

    >>> _total_row((Fraction(1, 2), Fraction(1, 2), Fraction(1))), _total_row((Fraction(0), Fraction(1)))
    (1, 0)
    """
    return int(len(values) > 2 and values[-1] == 1 and abs(sum(values[:-1], Fraction(0)) - 1) <= _TOTAL_SLACK)


#: The corner of a table crossing two variables: ``Y/X``, ``$X \backslash Y$``, ``x\y``.
_CROSSED = lazy(r"\$?\s*[A-Za-z]\s*(?:/|\\|\\backslash|\\setminus|＼)\s*[A-Za-z]\s*\$?")
#: How far from 1 the values above a total of 1 may come, rounded as tables print them.
_TOTAL_SLACK = Fraction(1, 100)


def _table_name(cell: str) -> str | None:
    """The distribution a column header names: ``P``, ``$q$``, ``\\mathbf{P}``, ``P(x)``, ``P (doc A)``.

    >>> _table_name("P (doc A)"), _table_name("$q$ [model]"), _table_name("P(x)"), _table_name("H (bits)")
    ('P', 'q', 'P', None)
    >>> _table_name("$P_X(x)$"), _table_name("Q_{X}(x)"), _table_name("$H_b(p)$")
    ('P_X', 'Q_X', None)
    """
    inner = _DESCRIBED.sub("", cell.strip()).strip("$").strip()
    if len(inner) > _LONGEST_HEADER or not inner or not (inner[0] == "\\" or "A" <= inner[0].upper() <= "Z"):
        return None  # a name, or a font around one, starts with a letter or a backslash
    inner = _FONT.sub(r"\1\2", inner)
    inner = _OF_VARIABLE.sub(r"\1", inner)  # P(x): the column of P
    if NAME_PATTERN.fullmatch(inner) and inner not in NOT_NAMES:
        return inner.replace("{", "").replace("}", "")
    return None


_FONT = lazy(r"^\\mathbf\{(.*)\}$|^\\mathit\{(.*)\}$")
#: Words in brackets after a column's name, a space apart (``P (doc A)``, ``q [model]``), unlike ``P(x)``.
_DESCRIBED = lazy(r"(?<=\S)[ \t]+[(\[][^()\[\]$\\]{1,30}[)\]]$")
#: ``P(x)``, ``P_X(x)``: the column of ``P``, ``P_X`` (not of a measure's ``H_b(p)``).
_OF_VARIABLE = lazy(
    r"^([A-Za-z]|(?![HhDdIiJj])[A-Za-z]_\{?[A-Za-z0-9]\}?)\s*\(\s*[A-Za-z](?:_\{?[A-Za-z0-9]\}?)?\s*\)$"
)


def _argument_column(header: Sequence[str], column: int, name: str) -> bool:
    """True for a first column of parameter values tabulated against a function of them (``p | H(p)``), or
    against an entropy headed by its symbol and unit (``p | H(bits)``).

    >>> _argument_column(["p", "H(p) in bits"], 0, "p"), _argument_column(["x", "P", "Q"], 1, "P")
    (True, False)
    >>> _argument_column(["p", "H(bits)", "meaning"], 0, "p"), _argument_column(["P", "H(bits)"], 0, "P")
    (True, False)

    or against a formula written in it: ``p | Entropy = −p log₂p − (1−p)log₂(1−p)``, ``p | $-p \\ln p$``.

    >>> _argument_column(["p", "Entropy = −p log₂p − (1−p)log₂(1−p)"], 0, "p"), _argument_column(["P", "Q"], 0, "P")
    (True, False)

    A column whose letter another header takes from 1 (``(1−q)``) holds a parameter, wherever it stands:

    >>> _argument_column(["p", "q", "−p log q − (1−p) log(1−q)"], 1, "q")
    True
    """
    written = re.escape(name)
    others = [cell for index, cell in enumerate(header) if index != column]
    complement = re.compile(rf"\(\s*1\s*[-−]\s*{written}\s*\)")
    if any(complement.search(cell) for cell in others):
        return True
    if column != 0:
        return False
    argument = re.compile(rf"[A-Za-z_\\]+\s*\(\s*{written}\s*\)")
    logged = re.compile(rf"(?:log|ln)\S*?\s*\(?\s*{written}(?:_\{{?[a-z0-9]\}}?)?(?![A-Za-z0-9_])")
    entropy = name.islower() and any(_ENTROPY_HEADER.match(cell) for cell in others)
    names = {other for other in map(_table_name, others) if other is not None}
    return entropy or any(argument.search(cell) or _alone_in(logged, cell, names) for cell in others)


def _alone_in(formula: re.Pattern[str], cell: str, names: set[str]) -> bool:
    """True when a header cell holds the formula of one column's letter, and names no other column of the table
    (``p log(p/q)`` over ``p`` and ``q`` is a term of two distributions, not a function of a parameter).

    >>> _alone_in(re.compile("log p"), "-p log p", {"q"}), _alone_in(re.compile("log p"), "p log p/q", {"q"})
    (True, False)
    """
    return formula.search(cell) is not None and not any(
        re.search(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])", cell) for name in names
    )


#: A column headed by the entropy's symbol alone or with a unit: ``H``, ``$H$``, ``H(bits)``, ``H [nats]``.
_ENTROPY_HEADER = lazy(r"^\s*+\$?\s*H\s*\$?\s*(?:[(\[]\s*(?:bits?|nats?|shannons?)\s*[)\]])?\s*$", re.IGNORECASE)


_ROW_BREAK = lazy(r"\\\\")


def array_definitions(document: SourceText, region: Region) -> Iterator[DistributionDefinition]:
    """Columns headed ``P`` and ``Q`` in a LaTeX ``array``, ``tabular`` or matrix inside a formula."""
    if "&" not in region.text or "\\begin" not in region.text:
        return
    body = re.sub(r"\\(?:begin|end)\{[a-z*]+\}(?:\{[^{}]*\})?|\\hline", " ", region.text)
    rows = [[cell.strip() for cell in row.split("&")] for row in _ROW_BREAK.split(body) if row.strip()]
    yield from _columns(document, region.offset, rows)


#: A number in a row: ``12``, ``1.5``, ``.5``; possessive and with one way to match, so that a long run of digits
#: costs one pass (``[0-9]*\.?[0-9]+`` splits a run of n digits n ways and took minutes on runs of 2,000).
_ROW_NUMBER = r"-?(?:[0-9]++(?:\.[0-9]++)?|\.[0-9]++)"
_NUMBER_ROW = lazy(rf"^\s*+(?:\S+\s+)?(?:{_ROW_NUMBER}\s+)*{_ROW_NUMBER}\s*$")


def text_table_definitions(document: SourceText, lines: list[tuple[int, str]]) -> Iterator[DistributionDefinition]:
    """Columns headed ``P`` and ``Q`` in printed output (a data frame) or in a pipe table with no ``|---|`` row.

    A header of names, then rows of numbers (a row may start with its label);
    ``lines`` are the printed lines with their offsets, in order.
    """
    index = 0
    while index < len(lines):
        offset, header = lines[index]
        header_cells = _pipe_cells(header)
        names = header_cells or header.split()
        piped = []
        if header_cells:
            following_lines = (lines[row][1] for row in range(index + 1, min(len(lines), index + 40)))
            piped = list(itertools.takewhile(_pipe_cells, following_lines))
        if header_cells and piped and not any(_table_name(name) for name in names):
            body = [(lines[index + 1 + row][0], _pipe_cells(line) or []) for row, line in enumerate(piped)]
            yield from _row_definitions(document, tuple(names), tuple((o, tuple(c)) for o, c in body))
            index += 1 + len(piped)
            continue
        below = lines[index + 1][1] if index + 1 < len(lines) else ""
        if (
            1 <= len(names) <= 8
            and _number_row(below, piped=header_cells is not None) is not None  # a header has numbers below it
            and any(_table_name(name) for name in names)
            and all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,11}", name) or _table_name(name) for name in names)
        ):
            rows: list[list[str]] = [names]
            following = index + 1
            while following < len(lines):
                cells = _number_row(lines[following][1], piped=header_cells is not None)
                if cells is None:
                    break
                rows.append(cells[-len(names) :])
                following += 1
            if len(rows) > 2:
                yield from _columns(document, offset, rows)
                index = following
                continue
        index += 1


#: A cell that is a whole list of probabilities: ``(1/4, 1/4, 1/4, 1/4)``, ``$[0.4, 0.6]$``.
_ROW_LIST = lazy(r"\s*\$?\s*[(\[]\s*(?P<items>[^()\[\]]{3,400}?)\s*[)\]]\s*\$?\s*")


def _row_definitions(
    document: SourceText, header: tuple[str, ...], rows: tuple[tuple[int, tuple[str, ...]], ...]
) -> Iterator[DistributionDefinition]:
    """Rows headed ``P`` and ``Q`` (a table whose header row gives the outcomes): each row that sums to 1; or, in a
    table of two columns, each row whose one cell is the distribution's list (``| q | (0.4, 0.3, 0.2, 0.1) |``)."""
    labels = tuple(cell.strip("$* ") for cell in header[1:])
    for offset, cells in rows:
        name = _table_name(cells[0]) if cells else None
        if name is None or len(cells) != len(header):
            continue
        listed = _ROW_LIST.fullmatch(cells[1]) if len(cells) == 2 else None
        written = tuple(split_items(listed["items"]) if listed else (cell.strip("$ ") for cell in cells[1:]))
        values = rationals(list(written))
        if values is None or len(values) < 2 or sum(values) != 1:
            continue  # a row of counts or parameters is no distribution
        known = labels if not listed and all(labels) and len(set(labels)) == len(labels) else None
        shown = f"{name} = ({', '.join(written)})"
        yield DistributionDefinition(document.line(offset), shown, name, values, written, known, offset)


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a line written ``| a | b | c |``, else None."""
    stripped = line.strip()
    if len(stripped) < 3 or stripped[0] != "|" or stripped[-1] != "|":
        return None
    return [cell.strip() for cell in stripped[1:-1].split("|")]


def _number_row(line: str, *, piped: bool) -> list[str] | None:
    """A row of a text table: numbers, maybe after a label; the cells, else None."""
    if not piped:
        return line.split() if _NUMBER_ROW.match(line) else None
    cells = _pipe_cells(line)
    if cells is None or not all(_NUMBER_ROW.match(cell) and " " not in cell for cell in cells[1:]):
        return None
    return cells


def _columns(document: SourceText, offset: int, rows: list[list[str]]) -> Iterator[DistributionDefinition]:
    header, *body = rows
    for name, written, values in _named_columns(header, body):
        shown = f"{name} = ({', '.join(written)})"
        yield DistributionDefinition(document.line(offset), shown, name, values, written, None, offset)


def _named_columns(
    header: Sequence[str], rows: Sequence[Sequence[str]]
) -> list[tuple[str, tuple[str, ...], tuple[Fraction, ...]]]:
    """The columns headed by a distribution's name, as (name, cells as written, values); none when a named column
    holds a number above 1 (a code word, a length, a count): the table lists other things than probabilities.

    >>> [name for name, _, _ in _named_columns(["", "P", "Q"], [["a", "0.5", "0.2"], ["b", "0.5", "0.8"]])]
    ['P', 'Q']
    >>> _named_columns(["", "A", "T"], [["code", "10", "0"], ["p", "0.5", "0.5"]])
    []
    """
    found = []
    for column, cell in enumerate(header):
        name = _table_name(cell) if cell else None
        if name is None or any(len(row) <= column for row in rows) or _argument_column(header, column, name):
            continue
        written = tuple(row[column].strip("$*_ ") for row in rows)
        values = rationals(list(written))
        if values is None or len(values) < 2:
            continue
        if not all(0 <= value <= 1 for value in values):
            return []
        found.append((name, written, values))
    return found
