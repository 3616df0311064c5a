r"""A joint distribution given as a LaTeX table: one random variable's values down, another's across.

A ``tabular`` or ``array`` whose first row names the values of one variable, whose first column names
the values of the other (plain, or each with its variable: ``Y=0``, ``x=1``), and whose other cells are
probabilities that add up to exactly 1, is the joint distribution of the two. Which variable is which the
document says in the table's corner (``X \backslash Y``), in the labels themselves (``Y=0``, ``X=1``; ``x=1``
is ``X``'s) or beside it (``X\in{\cal X}=\{1,2,3\}``): a table whose variables are not named
so gives nothing. From the table, every name the measures of random variables need is bound: the
marginals (``X``), the joint (``X,Y`` and ``Y,X``, its cells one row after another) and each
conditional distribution (``X|Y=a``, also written ``X|a``), so that ``H(X)``, ``H(X,Y)``,
``H(Y|X)``, ``H(X|Y=a)`` and ``I(X;Y)`` have exact values (:mod:`~kldocs.checker.scope`).

>>> from kldocs.checker.reading import parse_text
>>> text = (r"$$\begin{array}{c|cc} X \backslash Y & a & b \\ \hline 0 & 1/4 & 1/4 \\ 1 & 1/2 & 0"
...         r"\end{array}$$" "\n")
>>> bindings = joint_bindings(parse_text(text, "a.md"))
>>> [(binding.name, [str(p) for p in binding.distribution.probabilities]) for _, binding in bindings][:4]
[('X', ['1/2', '1/2']), ('Y', ['3/4', '1/4']), ('X,Y', ['1/4', '1/4', '1/2', '0']), ('Y,X', ['1/4', '1/2', '1/4', '0'])]
>>> sorted(binding.name for _, binding in bindings if "@" not in binding.name)[6:]
['Y', 'Y,X', 'Y|0', 'Y|1', 'Y|X=0', 'Y|X=1']
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction

from kldocs.checker.documents import SourceText
from kldocs.checker.joint_names import joint_name, marginal_name
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding
from kldocs.checker.table_stated import LEAD, stated_variable
from kldocs.errors import InputError
from kldocs.exact.display import rational_text
from kldocs.inputs import Distribution, parse_distribution

#: Tables looked at in one document, characters of one table, and rows or columns of one table.
MAX_TABLES = 50
MAX_TABLE_TEXT = 5000
MAX_SIDE = 20
#: Characters on either side of a table searched for the sets its variables range over.
_NEARBY = 800

#: The start of a table and its column specification: ``\\begin{tabular}{c|ccc}``.
_OPENING = lazy(r"\\begin\{(?P<kind>tabular|array)\}(?:\{(?:[^{}]|\{[^{}]*\}){0,80}\})?")
#: A LaTeX comment sign: a table after it on its line is not read.
_COMMENT = lazy(r"(?<!\\)%")
_ROW_END = lazy(r"\\\\|\\cr(?![A-Za-z])")
_RULE = lazy(r"\\(?:hline|toprule|midrule|bottomrule)(?![A-Za-z])")
_LABEL = lazy(r"[A-Za-z0-9]{1,12}(?:_\{?[A-Za-z0-9]{1,4}\}?)?")
#: A value named by its variable's small letter and an index: ``x_1``, ``y_{2}``, ``x3``.
_LETTERED = lazy(r"(?P<letter>[u-z])_?\{?[0-9]{1,2}\}?")
_CELL = lazy(
    r"(?P<top>[0-9]{1,6})\s*/\s*(?P<bottom>[0-9]{1,6})"
    r"|\\[dt]?frac\s*\{\s*(?P<ftop>[0-9]{1,6})\s*\}\s*\{\s*(?P<fbottom>[0-9]{1,6})\s*\}"
    r"|(?P<decimal>[0-9]{1,6}(?:\.[0-9]{1,12})?|\.[0-9]{1,12})(?P<dots>\.\.\.|…|\\ldots|\\dots)?"
)
#: ``X \backslash Y`` in the corner: rows are X's values, columns Y's.
_CORNER = lazy(r"(?P<rows>[A-Z])\s*(?:\\backslash|\\setminus|\\diagdown|/|\\)\s*(?P<columns>[A-Z])")
#: ``X\in{\cal X}=\{1,2,3\}``, ``Y \in \{a, b, c\}``: a variable and the set of its values.
_RANGE = lazy(
    r"(?<![A-Za-z\\])(?P<variable>[A-Z])\s*\\in\s*(?:\{\s*\\cal\s*[A-Z]\s*\}\s*=\s*|\\mathcal\s*\{\s*[A-Z]\s*\}\s*=\s*)?"
    r"\\\{(?P<values>[^{}\\]{1,120})\\\}"
)


def joint_bindings(document: SourceText) -> list[tuple[int, Binding]]:
    """The names a joint table binds, each with the offset of its table, in document order.

    At most :data:`MAX_TABLES` tables are looked at, each up to :data:`MAX_TABLE_TEXT` characters.
    """
    found: list[tuple[int, Binding]] = []
    tables = 0
    # LaTeX sets tables in text as often as in maths; elsewhere a table of probabilities is a formula.
    regions = [(0, document.text)] if document.format == "latex" else [(r.offset, r.text) for r in document.math]
    for start, text in regions:
        if "\\begin{" not in text:
            continue
        for opening in _OPENING.finditer(text):
            tables += 1
            if tables > MAX_TABLES:
                return found
            line_start = max(text.rfind("\n", max(0, opening.start() - MAX_TABLE_TEXT), opening.start()), 0)
            if _COMMENT.search(text, line_start, opening.start()):
                continue
            end = text.find(f"\\end{{{opening.group('kind')}}}", opening.end(), opening.end() + MAX_TABLE_TEXT)
            table = _table(text[opening.end() : end]) if end >= 0 else None
            if table is None:
                continue
            offset = start + opening.start()
            corner, row_labels, column_labels, cells = table
            names = _variables(document, offset, start + end, corner, row_labels, column_labels)
            if names is not None:
                line = document.line(offset)
                found += [
                    (offset, binding) for binding in table_bindings(names, row_labels, column_labels, cells, line)
                ]
    return sorted(found + list(_pipe_table_bindings(document)), key=lambda entry: entry[0])


def _pipe_table_bindings(document: SourceText) -> Iterator[tuple[int, Binding]]:
    r"""The names a Markdown table binds: its columns headed ``Y = 0``, ``Y = 1``... and its rows ``X = 0``...
    (or plain values under ``X \ Y`` in the corner, or values whose probabilities the text above states, as
    :mod:`~kldocs.checker.table_stated` reads them), probabilities in its cells.

    >>> from kldocs.checker.reading import parse_text
    >>> text = "|  | $V = a$ | $V = b$ |\n|---|---|---|\n| $U = 0$ | 0.1 | 0.2 |\n| $U = 1$ | 0.3 | 0.4 |\n"
    >>> [(binding.name, [str(p) for p in binding.distribution.probabilities])
    ...  for _, binding in _pipe_table_bindings(parse_text(text, "a.md"))][:3]
    [('U', ['3/10', '7/10']), ('V', ['2/5', '3/5']), ('U,V', ['1/10', '1/5', '3/10', '2/5'])]
    """
    for table in document.tables[:MAX_TABLES]:
        header, rows, column, margin_row = _without_margins(list(table.header), [list(row) for _, row in table.rows])
        if not 2 <= len(rows) <= MAX_SIDE or not 3 <= len(header) <= MAX_SIDE + 1:
            continue
        corner = _CORNER.fullmatch(header[0].strip().strip("$").strip())
        across = _named_values(header[1:], corner.group("columns") if corner else None)
        down = _named_values([row[0] for row in rows], corner.group("rows") if corner else None)
        cells = [[_probability_of(cell) for cell in row[1:]] for row in rows]
        counted = _counts([row[1:] for row in rows]) if any(None in row for row in cells) else None
        if counted is not None:  # counts: each cell's share of their total
            cells = [[Fraction(count, counted[1]) for count in row] for row in counted[0]]
            column = _shares(column, counted[1])
            margin_row = _shares(margin_row, counted[1], 1)
        if any(len(row) != len(header) - 1 or None in row for row in cells):
            continue
        values: list[list[Fraction]] = [[value for value in row if value is not None] for row in cells]
        lead = document.text[max(0, table.offset - LEAD) : table.offset]
        if across is not None and down is None:  # rows headed by values the text above gave with their probabilities
            down = _stated_values(lead, [row[0] for row in rows], [sum(row, Fraction(0)) for row in values], across[0])
        elif down is not None and across is None:
            across = _stated_values(lead, header[1:], [sum(c, Fraction(0)) for c in zip(*values, strict=True)], down[0])
        if across is None or down is None or across[0] == down[0]:
            continue
        if adds_up(values) and _margins_agree(column, margin_row, values):
            line = document.line(table.offset)
            text = None
            if counted is not None:
                text = (
                    f"the joint distribution of {down[0]} (rows) and {across[0]} (columns) read from the counts in "
                    f"the table on line {line}, each over their total, {counted[1]}"
                )
            names = (down[0], across[0])
            yield from ((table.offset, b) for b in table_bindings(names, down[1], across[1], values, line, text))


#: Most a count in a table of counts may be.
MAX_COUNT = 10**9


def _counts(rows: Sequence[Sequence[str]]) -> tuple[list[list[int]], int] | None:
    """The cells of a table of counts (whole numbers, some above 1) and their total; else None.

    >>> _counts([["6", "2"], ["2", "10"]]), _counts([["0.5", "2"], ["1", "1"]]), _counts([["1", "0"], ["0", "1"]])
    (([[6, 2], [2, 10]], 20), None, None)
    """
    cells = [[cell.strip().strip("$").strip() for cell in row] for row in rows]
    if not all(cell.isdigit() and len(cell) <= 9 for row in cells for cell in row):
        return None
    counts = [[int(cell) for cell in row] for row in cells]
    total = sum(map(sum, counts))
    return (counts, total) if any(count > 1 for row in counts for count in row) and total <= MAX_COUNT else None


def _shares(margin: list[str] | None, total: int, skip: int = 0) -> list[str] | None:
    """A margin of counts written as the shares of ``total`` its cells are (the first ``skip`` cells as written)."""
    if margin is None:
        return None
    shares = [
        cell
        if index < skip or not cell.strip().strip("$").strip().isdigit()
        else f"{int(cell.strip().strip('$').strip())}/{total}"
        for index, cell in enumerate(margin)
    ]
    return shares


def _stated_values(lead: str, cells: Sequence[str], sums: list[Fraction], other: str) -> tuple[str, list[str]] | None:
    """The variable whose values head the cells, as the lead text states their probabilities (the sums), and the
    values; else None."""
    labels = [cell.strip().strip("$").strip() for cell in cells]
    if not all(_LABEL.fullmatch(label) for label in labels) or len(set(labels)) != len(labels):
        return None
    variable = stated_variable(lead, labels, sums, other)
    return None if variable is None else (variable, labels)


#: A header of a table's margin: ``P(X)``, ``p(y)``, ``P_X``, "total", "sum", ``Σ``, "Marg. X", "marginal of Y" (and
#: "total" in Chinese, Japanese, Korean, Russian and German).
_MARGIN = lazy(
    r"(?i)\$?\s*(?:(?:p|\\Pr)\s*\(\s*[a-z]\s*\)|p_\{?[a-z]\}?|total[e]?|summe|soma|suma|somma|sum|σ|∑|\\sum|合计|总计|合計|합계|итого|всего|gesamt"
    r"|marg(?:inal[e]?|\.)?(?:\s*(?:of\s+|de\s+|di\s+|von\s+)?\$?[a-z]\$?)?)\s*\$?"
)


def _without_margins(
    header: list[str], rows: list[list[str]]
) -> tuple[list[str], list[list[str]], list[str] | None, list[str] | None]:
    """The table without a last column and a last row headed as its margins (``P(X)``, "total"), and those
    margins as written (None where there is none)."""
    column = margin_row = None
    if len(header) > 3 and _MARGIN.fullmatch(header[-1].strip()):
        column = [row[-1] if row else "" for row in rows]
        header, rows = header[:-1], [row[:-1] for row in rows]
    if len(rows) > 2 and rows[-1] and _MARGIN.fullmatch(rows[-1][0].strip()):
        margin_row, rows = rows[-1], rows[:-1]
        column = column[:-1] if column is not None else None
    return header, rows, column, margin_row


def _margins_agree(column: list[str] | None, margin_row: list[str] | None, values: list[list[Fraction]]) -> bool:
    """Whether a table's margins, where it writes them, are the sums of its rows and columns (else it is not read)."""
    if column is not None and [_probability_of(cell) for cell in column] != [sum(row) for row in values]:
        return False
    totals = [sum(cells) for cells in zip(*values, strict=True)]
    return margin_row is None or [_probability_of(cell) for cell in margin_row[1 : 1 + len(totals)]] == totals


def _probability_of(cell: str) -> Fraction | None:
    """A table cell as a probability, its spaces and dollars left out."""
    return probability(cell.strip().strip("$").strip())


#: A value of a named variable heading a row or a column: ``$X = 0$``, ``Y=b``.
NAMED_VALUE = lazy(r"\$?\s*(?P<variable>[A-Z])\s*=\s*(?P<value>[A-Za-z0-9]{1,12})\s*\$?")


def _named_values(cells: Sequence[str], variable: str | None) -> tuple[str, list[str]] | None:
    """The variable that heads cells (``X = 0``, ``X = 1``, all of one variable; or plain values when the corner
    names it) and its values, all different; else None."""
    named = [NAMED_VALUE.fullmatch(cell.strip()) for cell in cells]
    if all(named):
        variables = {match.group("variable") for match in named if match}
        labels = [match.group("value") for match in named if match]
        if len(variables) != 1 or (variable is not None and variables != {variable}):
            return None
        variable = variables.pop()
    else:
        labels = [cell.strip().strip("$").strip() for cell in cells]
        variable = variable or lettered(labels)
        if variable is None or not all(_LABEL.fullmatch(label) for label in labels):
            return None
    return (variable, labels) if len(set(labels)) == len(labels) else None


def _table(body: str) -> tuple[str, list[str], list[str], list[list[Fraction]]] | None:
    """The corner, the row and column labels and the cells of a table of probabilities, or None."""
    rows = [[cell.strip().strip("$").strip() for cell in row.split("&")] for row in _ROW_END.split(_RULE.sub("", body))]
    rows = [row for row in rows if any(row)]
    if not 3 <= len(rows) <= MAX_SIDE + 1:
        return None
    header, lines, column, margin_row = _without_margins(rows[0], rows[1:])  # margins are checked, then left out
    column_labels = header[1:]
    corner = header[0]
    across, down = _headed(column_labels), _headed([line[0] for line in lines])
    if not corner and across is not None and down is not None and across[0] != down[0]:  # ``Y=0``, ``X=1`` heads
        corner, column_labels = f"{down[0]} \\backslash {across[0]}", across[1]
        lines = [[label, *line[1:]] for label, line in zip(down[1], lines, strict=True)]
    if not 2 <= len(column_labels) <= MAX_SIDE or not all(_LABEL.fullmatch(label) for label in column_labels):
        return None
    row_labels = [line[0] for line in lines]
    if not all(_LABEL.fullmatch(label) for label in row_labels):
        return None
    cells: list[list[Fraction]] = []
    for line in lines:
        values = [probability(cell) for cell in line[1:]]
        if len(values) != len(column_labels) or any(value is None for value in values):
            return None
        cells.append([value for value in values if value is not None])
    if (
        not adds_up(cells)
        or not _margins_agree(column, margin_row, cells)
        or len(set(row_labels)) != len(row_labels)
        or len(set(column_labels)) != len(column_labels)
    ):
        return None
    return corner, row_labels, column_labels, cells


#: A value of a named variable heading a row or a column of a LaTeX table: ``Y=0``, ``x=1``.
_HEADED = lazy(r"(?P<variable>[A-Z]|[u-z])\s*=\s*(?P<value>[A-Za-z0-9]{1,12})")


def _headed(cells: Sequence[str]) -> tuple[str, list[str]] | None:
    """The variable (as a capital) that every cell heads with one of its values (``Y=0``, ``Y=1``; ``x=1``,
    ``x=2``), and those values; else None.

    >>> _headed(["Y=0", "Y=1"]), _headed(["x=1", "x=2"]), _headed(["Y=0", "Z=1"]), _headed(["a=1", "a=2"])
    (('Y', ['0', '1']), ('X', ['1', '2']), None, None)
    """
    named = [_HEADED.fullmatch(cell) for cell in cells]
    variables = {match.group("variable").upper() for match in named if match is not None}
    if len(variables) != 1 or not all(named):
        return None
    return variables.pop(), [match.group("value") for match in named if match is not None]


def probability(cell: str) -> Fraction | None:
    """A cell's probability: ``1/4``, ``\\frac{1}{4}``, ``0.25``, a third or sixth with dots (``0.33...``) as its
    digits, which look rounded (:func:`rounded_note`); None for anything else or more than 1.

    >>> probability("3 / 8"), probability("1.5"), probability("0.33..."), probability("0.14...")
    (Fraction(3, 8), None, Fraction(33, 100), None)
    """
    match = _CELL.fullmatch(cell)
    if match is None:
        return None
    if match.group("decimal") is not None:
        value = Fraction(match.group("decimal"))
        if match.group("dots") and _sixth_rounded(value) is None:
            return None  # 0.14... may be 1/7: which, the digits alone do not say
    else:
        top, bottom = match.group("top") or match.group("ftop"), match.group("bottom") or match.group("fbottom")
        if int(bottom) == 0:
            return None
        value = Fraction(int(top), int(bottom))
    return value if value <= 1 else None


def lettered(labels: Sequence[str]) -> str | None:
    """The variable whose values the labels are, when all are its small letter with an index (``x_1``, ``x_2``).

    >>> lettered(["y_1", "y_{2}"]), lettered(["x_1", "y_2"]), lettered(["a_1", "a_2"])
    ('Y', None, None)
    """
    found = {match.group("letter") for match in map(_LETTERED.fullmatch, labels) if match is not None}
    return found.pop().upper() if len(found) == 1 and all(_LETTERED.fullmatch(label) for label in labels) else None


def _variables(
    document: SourceText, start: int, end: int, corner: str, row_labels: Sequence[str], column_labels: Sequence[str]
) -> tuple[str, str] | None:
    """The names of the rows' and the columns' variables: from the corner, else from the sets written nearby."""
    named = _CORNER.fullmatch(corner)
    if named is not None and named.group("rows") != named.group("columns"):
        return named.group("rows"), named.group("columns")
    letters = lettered(row_labels), lettered(column_labels)
    if letters[0] is not None and letters[1] is not None and letters[0] != letters[1]:
        return letters[0], letters[1]
    ranges: dict[str, set[str]] = {}
    for match in _RANGE.finditer(document.text, max(0, start - _NEARBY), min(len(document.text), end + _NEARBY)):
        values = {value.strip().strip("$") for value in match.group("values").split(",")}
        ranges.setdefault(match.group("variable"), values)
    rows = [name for name, values in ranges.items() if values == set(row_labels)]
    columns = [name for name, values in ranges.items() if values == set(column_labels)]
    if len(rows) != 1 or len(columns) != 1 or rows == columns:
        return None
    return rows[0], columns[0]


def table_bindings(
    names: tuple[str, str],
    row_labels: list[str] | None,
    column_labels: list[str] | None,
    cells: list[list[Fraction]],
    line: int,
    text: str | None = None,
    written: Iterable[Fraction] | None = None,
) -> Iterator[Binding]:
    r"""The names a joint table binds: the marginals, the joint both ways round and, when the rows' and the
    columns' values are known, the distribution of each variable given each value of the other. No name has a
    distribution when a cell, or one of the ``written`` values the cells were worked out from, looks rounded
    (:func:`rounded_note`).

    >>> half = Fraction(1, 2)
    >>> [b.name for b in table_bindings(("X", "Y"), None, None, [[half, 0], [0, half]], 3)][:6]
    ['X', 'Y', 'X,Y', 'Y,X', 'X@X,Y', 'Y@X,Y']
    """
    down, across = names  # the variable whose values head the rows, and the one whose values head the columns
    text = text or f"the joint distribution of {down} (rows) and {across} (columns) in the table on line {line}"
    rounded = rounded_note(written if written is not None else (value for row in cells for value in row))
    read = sixths(cells) if rounded and written is None else None  # rounded thirds and sixths, read as such
    for name, distribution in _distributions(_given(names, row_labels, column_labels, read or cells)):
        if rounded:  # judged only through its reading, if it has one (table_scope.read_as_sixths)
            yield Binding(name, None, line, text, rounded, unsure=True, reading=distribution if read else None)
        else:
            yield Binding(name, distribution, line, text)


def _given(
    names: tuple[str, str], row_labels: list[str] | None, column_labels: list[str] | None, cells: list[list[Fraction]]
) -> list[tuple[str, list[Fraction], list[str] | None]]:
    """Each name a joint table binds, with its probabilities and the labels of its values (None where unknown)."""
    down, across = names
    columns = [list(column) for column in zip(*cells, strict=True)]
    marginals = [sum(row, Fraction(0)) for row in cells], [sum(column, Fraction(0)) for column in columns]
    given: list[tuple[str, list[Fraction], list[str] | None]] = [
        (down, marginals[0], row_labels),
        (across, marginals[1], column_labels),
        (joint_name(down, across), [value for row in cells for value in row], None),
        (joint_name(across, down), [value for column in columns for value in column], None),
    ]
    for joint in (joint_name(down, across), joint_name(across, down)):  # this table's own, whatever comes later
        given += [(marginal_name(down, joint), marginals[0], row_labels)]
        given += [(marginal_name(across, joint), marginals[1], column_labels)]
    for variable, other, slices, labels, own in (
        (across, down, cells, row_labels, column_labels),
        (down, across, columns, column_labels, row_labels),
    ):
        for label, values in zip(labels or (), slices, strict=False):
            total = sum(values)
            if total:
                conditional = [value / total for value in values]
                given += [(f"{variable}|{other}={label}", conditional, own), (f"{variable}|{label}", conditional, own)]
    return given


def _distributions(given: list[tuple[str, list[Fraction], list[str] | None]]) -> Iterator[tuple[str, Distribution]]:
    """Each name with its distribution (a name whose values make none is left out)."""
    for name, values, shown in given:
        try:
            yield name, parse_distribution(values, shown, name=name)
        except InputError:
            continue


def adds_up(cells: list[list[Fraction]]) -> bool:
    """Whether a table's cells add up to 1, as written or read as the thirds and sixths they look rounded from."""
    return sum(map(sum, cells)) == 1 or sixths(cells) is not None


def sixths(cells: list[list[Fraction]]) -> list[list[Fraction]] | None:
    """The cells read as thirds and sixths, when each is one (``1/2``, ``0``) or one rounded or cut off to two to four
    decimals (``0.333``, ``0.17``), at least one is rounded, and so read they add up to exactly 1; else None.

    >>> third = Fraction("0.333")
    >>> sixths([[third, third], [Fraction(0), third]])
    [[Fraction(1, 3), Fraction(1, 3)], [Fraction(0, 1), Fraction(1, 3)]]
    >>> sixths([[Fraction("0.33"), Fraction("0.33")], [Fraction("0.04"), Fraction("0.3")]]) is None
    True
    """
    read = [[value if (value * 6).denominator == 1 else _sixth_rounded(value) for value in row] for row in cells]
    if any(None in row for row in read) or read == cells:
        return None
    values = [[value for value in row if value is not None] for row in read]
    return values if sum(map(sum, values)) == 1 else None


def rounded_note(cells: Iterable[Fraction]) -> str | None:
    """Why a table's measures are not judged when a cell is a third or a sixth rounded or cut off to two to four
    decimals (``0.33``, ``0.17``, ``0.667``): the cells may add up to 1 as written while the document computes
    with 1/3 and 1/6, and which it means its values alone can tell. None when no cell is one.

    >>> rounded_note([Fraction("0.33"), Fraction("0.17"), Fraction("0.5")])
    'its 0.33, 0.17 may be 1/3, 1/6 rounded, so its measures depend on which the document computes with'
    >>> rounded_note([Fraction("0.3"), Fraction("0.2"), Fraction("0.5")]) is None
    True
    """
    found = {value: sixth for value in cells if (sixth := _sixth_rounded(value)) is not None}
    if not found:
        return None
    written = ", ".join(rational_text(value) for value in found)
    meant = ", ".join(str(sixth) for sixth in found.values())
    return f"its {written} may be {meant} rounded, so its measures depend on which the document computes with"


def _sixth_rounded(value: Fraction) -> Fraction | None:
    """The third or sixth (1/6, 1/3, 2/3, 5/6) that ``value`` is when rounded or cut off to its 2-4 decimals."""
    for digits in (2, 3, 4):
        scaled = value * 10**digits
        if scaled.denominator == 1:
            for sixth in map(Fraction, ("1/6", "1/3", "2/3", "5/6")):
                if scaled in (round(sixth * 10**digits), math.floor(sixth * 10**digits)):
                    return sixth
            return None
    return None
