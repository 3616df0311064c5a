r"""Distributions written as LaTeX matrices: a joint distribution named by its probability, and a source
written as its symbols over their probabilities.

``P(X,Y) = \left[\begin{array}{cc} 1/8 & 3/8 \\ 1/4 & 1/4 \end{array}\right]`` is the joint distribution of
``X`` and ``Y``, ``X``'s values down and ``Y``'s across: the cell of row ``i`` and column ``j`` is
``P(x_i, y_j)``, the first variable named indexing the rows. It is read only when its cells are all
probabilities that add up to exactly 1, and binds the marginals and the joint (not the distributions given one
value, whose values the matrix does not name; see :func:`~kldocs.checker.joint_tables.table_bindings`).
``X = \begin{bmatrix} a & b \\ 1/4 & 3/4 \end{bmatrix}`` and ``\begin{bmatrix} X \\ P \end{bmatrix} = ...``
(the textbook's "source space") give ``X``'s distribution: a row of different symbols over a row of
probabilities that add up to 1.

>>> from kldocs.checker.reading import parse_text
>>> text = r"$$P(X, Y) = \begin{pmatrix} 1/8 & 3/8 \\ 1/4 & 1/4 \end{pmatrix}$$" "\n"
>>> bindings = dict((b.name, b.distribution) for _, b in matrix_bindings(parse_text(text, "a.md")))
>>> [str(p) for p in bindings["Y"].probabilities], [str(p) for p in bindings["X,Y"].probabilities]
(['3/8', '5/8'], ['1/8', '3/8', '1/4', '1/4'])
"""

from __future__ import annotations

import collections
from collections.abc import Iterator, Sequence
from fractions import Fraction

from kldocs.checker.documents import SourceText
from kldocs.checker.joint_tables import MAX_SIDE, MAX_TABLE_TEXT, MAX_TABLES, adds_up, probability, table_bindings
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding
from kldocs.errors import InputError
from kldocs.inputs import parse_distribution

#: The start of a matrix: ``\begin{array}{cc}``, ``\begin{pmatrix}``.
_OPENING = lazy(r"\\begin\{(?P<kind>array|[pbBvV]?matrix)\}(?:\{[^{}]{0,40}\})?")
#: Characters before a matrix searched for what names it.
_LEAD = 200
#: A random variable: ``X``, ``X_1``, ``X_{1}`` (from ``U`` to ``Z``, as measure_symbols reads them).
_VARIABLE = r"[U-Z](?:_\{?[A-Za-z0-9]{1,3}\}?)?"
#: An equals sign and the opening bracket of the matrix, at the end of what comes before it.
_EQUALS = r"\s*=\s*(?:\\left\s*)?[\[(]?\s*\Z"
_OPEN_CLOSE = r"(?:\\left\s*)?[\[(]?\s*\\begin\{(?:array|[pbBvV]?matrix)\}(?:\{[^{}]{0,10}\})?\s*"
#: What names a joint: ``P(X_1, Y) =``, ``p(X,Y)=``, ``\Pr(X, Y) =``.
_JOINT = lazy(
    rf"(?<![A-Za-z])(?:\\Pr|Pr|P|p)\s*(?:\\left\s*)?\(\s*(?P<rows>{_VARIABLE})\s*,\s*(?P<columns>{_VARIABLE})\s*"
    rf"(?:\\right\s*)?\){_EQUALS}"
)
#: What names a channel, one row for each value of the variable given: ``P(Y|X) =``, ``p(Y \mid X_2) =``.
_CHANNEL = lazy(
    rf"(?<![A-Za-z])(?:\\Pr|Pr|P|p)\s*(?:\\left\s*)?\(\s*(?P<columns>{_VARIABLE})\s*(?:\||\\mid|\\vert)\s*"
    rf"(?P<rows>{_VARIABLE})\s*(?:\\right\s*)?\){_EQUALS}"
)
#: What names a source: ``X =`` or the variable over ``P`` in a matrix of its own.
_SOURCE = lazy(
    rf"(?:(?<![A-Za-z0-9_\\{{(,|;])(?P<variable>{_VARIABLE})"
    rf"|{_OPEN_CLOSE}(?P<stacked>{_VARIABLE})\s*\\\\\s*(?:\\Pr|Pr|P|p)(?:\s*\(\s*(?P=stacked)\s*\))?\s*"
    rf"\\end\{{(?:array|[pbBvV]?matrix)\}}(?:\s*(?:\\right\s*)?[\])])?)"
    rf"{_EQUALS}"
)
_ROW_END = lazy(r"\\\\|\\cr(?![A-Za-z])")
#: Styling around a cell: ``\text { 好 }``, ``\mathrm{a}``.
_STYLE = lazy(r"\\(?:text|mathrm|textrm|mbox|mathit)\s*\{([^{}]{0,40})\}|\\hline|\\[,;:! ]")
_LABEL = lazy(r"[^\s&\\{}$]{1,24}")


def matrix_bindings(document: SourceText, inputs: Sequence[tuple[int, Binding]] = ()) -> Iterator[tuple[int, Binding]]:
    r"""The names the matrices of a document bind, each with the offset of its matrix, in document order.

    >>> from kldocs.checker.reading import parse_text
    >>> text = r"Let $X = \left[\begin{array}{cc} a & b \\ 1/4 & 3/4 \end{array}\right]$." "\n"
    >>> [(b.name, b.distribution.labels) for _, b in matrix_bindings(parse_text(text, "a.md"))]
    [('X', ('a', 'b'))]
    """
    regions = [(0, document.text)] if document.format == "latex" else [(r.offset, r.text) for r in document.math]
    seen = 0
    sources: dict[str, Binding] = {}  # the last source of each variable, for the channels after it
    waiting = collections.deque(sorted(inputs, key=lambda entry: entry[0]))  # sources written otherwise (channels)
    for start, text in regions:
        if "\\begin{" not in text:
            continue
        for opening in _OPENING.finditer(text):
            lead = text[max(0, opening.start() - _LEAD) : opening.start()]
            joint, source, channel = _JOINT.search(lead), _SOURCE.search(lead), _CHANNEL.search(lead)
            if joint is None and source is None and channel is None:
                continue
            seen += 1
            if seen > MAX_TABLES:
                return
            while waiting and waiting[0][0] < start + opening.start():
                written = waiting.popleft()[1]
                sources[written.name] = written
            end = text.find(f"\\end{{{opening.group('kind')}}}", opening.end(), opening.end() + MAX_TABLE_TEXT)
            if end < 0:
                continue
            rows = _rows(text[opening.end() : end])
            offset = start + opening.start()
            line = document.line(offset)
            if joint is not None:
                names = (_name(joint.group("rows")), _name(joint.group("columns")))
                yield from ((offset, binding) for binding in _joint(names, rows, line))
            elif channel is not None:
                names = (_name(channel.group("rows")), _name(channel.group("columns")))
                given = sources.get(names[0])
                if given is not None:
                    yield from ((offset, binding) for binding in _through_channel(names, given, rows, line))
            elif source is not None:
                variable = _name(source.group("variable") or source.group("stacked"))
                binding = _source(variable, rows, line)
                if binding is not None:
                    sources[variable] = binding
                    yield offset, binding


def _name(variable: str) -> str:
    """``X_{1}`` as the checker names it: ``X_1``."""
    return variable.replace("{", "").replace("}", "")


def _rows(body: str) -> list[list[str]]:
    """The cells of a matrix, row by row, without styling; empty rows dropped."""
    rows = [[_STYLE.sub(r"\1", cell).strip() for cell in row.split("&")] for row in _ROW_END.split(body)]
    return [row for row in rows if any(row)]


def _joint(names: tuple[str, str], rows: list[list[str]], line: int) -> Iterator[Binding]:
    """The bindings of a joint matrix whose cells are all probabilities adding up to 1; none otherwise."""
    if names[0] == names[1] or not 2 <= len(rows) <= MAX_SIDE or not 2 <= len(rows[0]) <= MAX_SIDE:
        return
    cells = [[probability(cell) for cell in row] for row in rows]
    if any(len(row) != len(rows[0]) or None in row for row in cells):
        return
    values: list[list[Fraction]] = [[value for value in row if value is not None] for row in cells]
    if not adds_up(values):
        return
    down, across = names
    text = (
        f"the joint distribution P({down},{across}) in the matrix on line {line}, {down}'s values down its rows "
        f"and {across}'s across its columns, as the first variable named comes first"
    )
    yield from table_bindings(names, None, None, values, line, text)


def _through_channel(names: tuple[str, str], given: Binding, rows: list[list[str]], line: int) -> Iterator[Binding]:
    """The joint distribution of a source and a channel from it, ``p(x, y) = p(x) p(y|x)``: one row of the
    channel for each of the source's values, each row a distribution (adding up to 1)."""
    source = given.distribution
    marginal = source.probabilities if source is not None else None
    cells = [[probability(cell) for cell in row] for row in rows]
    if source is None or marginal is None or len(cells) != len(marginal) or not 2 <= len(rows[0]) <= MAX_SIDE:
        return
    if any(len(row) != len(rows[0]) or None in row or sum(v for v in row if v is not None) != 1 for row in cells):
        return
    joint = [
        [Fraction(p) * value for value in row if value is not None] for p, row in zip(marginal, cells, strict=True)
    ]
    down, across = names
    text = (
        f"the joint distribution of {down} and {across} from {down}'s distribution on line {given.line} and "
        f"P({across}|{down}) in the matrix on line {line}, one row for each value of {down}"
    )
    written = [*marginal, *(value for row in cells for value in row if value is not None)]
    yield from table_bindings(names, list(source.labels), None, joint, line, text, written)


def _source(variable: str, rows: list[list[str]], line: int) -> Binding | None:
    """The distribution of a source written as a row of different symbols over a row of probabilities."""
    if len(rows) != 2 or not 2 <= len(rows[0]) <= MAX_SIDE or len(rows[1]) != len(rows[0]):
        return None
    labels, cells = rows[0], [probability(cell) for cell in rows[1]]
    if not all(_LABEL.fullmatch(label) for label in labels) or len(set(labels)) != len(labels) or None in cells:
        return None
    if any(probability(label) is not None for label in labels):
        return None  # two rows of numbers: not symbols over their probabilities
    try:
        distribution = parse_distribution([cell for cell in cells if cell is not None], labels, name=variable)
    except InputError:
        return None
    text = f"the distribution of {variable} in the matrix on line {line} (its symbols over their probabilities)"
    return Binding(variable, distribution, line, text)
