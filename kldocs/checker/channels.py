r"""The distribution of a channel's input, and a channel written as a Markdown table after it.

An input is written ``P(X) = (1/2, 1/4, 1/4)`` (or ``p(x) = [0.5, 0.5]``): probabilities that add up
to exactly 1 in one pair of brackets. It binds ``X`` from there on, and a channel ``P(Y|X)`` after it, one row for
each value of ``X`` and each row adding up to 1, gives the joint ``p(x, y) = p(x) p(y|x)`` (bound as any joint
table is: :func:`~kldocs.checker.joint_tables.table_bindings`). The channel is a LaTeX matrix
(:mod:`~kldocs.checker.latex_matrices`, which takes the inputs found here) or a Markdown table whose corner or
the words just above name it (``P(Y|X)``, ``p(y \mid x)``).

>>> from kldocs.checker.reading import parse_text
>>> text = "$P(X) = (1/2, 1/2)$, $P(Y|X)$:\n\n|  | Y=0 | Y=1 |\n|---|---|---|\n| X=0 | 1 | 0 |\n| X=1 | 1/2 | 1/2 |\n"
>>> document = parse_text(text, "a.md")
>>> inputs = input_distributions(document)
>>> bindings = dict((b.name, b.distribution) for _, b in channel_table_bindings(document, inputs))
>>> [str(p) for p in bindings["Y"].probabilities]
['3/4', '1/4']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

from kldocs.checker.documents import SourceTable, SourceText
from kldocs.checker.event_tables import probability_of
from kldocs.checker.joint_tables import MAX_SIDE, MAX_TABLES, NAMED_VALUE, probability, table_bindings
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding
from kldocs.errors import InputError
from kldocs.inputs import parse_distribution

#: ``P(X) = (1/2, 1/4, 1/4)``, ``p(x)=[0.5, 0.5]``, ``P(X) = \left(\frac{1}{2}, \frac{1}{2}\right)``: an input.
_INPUT = lazy(  # after a probability's P (event_tables.probability_of): found fast from the bracket
    r"\(\s*(?P<variable>[U-Zu-z])\s*\)\s*=\s*"
    r"(?:\\left\s*)?(?:\(|\[|\\\{)(?P<values>(?:[^()\[\]{}\n]|\{[0-9 ]{1,6}\}){1,300})"
    r"(?:\\right\s*)?(?:\)|\]|\\\})"
)
_FRACTION = lazy(r"\\[dt]?frac\s*\{\s*([0-9]{1,6})\s*\}\s*\{\s*([0-9]{1,6})\s*\}")
_SIZING = lazy(r"\\(?:right|left)(?![A-Za-z])|\^\{?T\}?|\\top(?![A-Za-z])")
#: ``P(Y|X)``, ``p(y \mid x)``: what names a channel, as the table's corner or in the words above it.
_CHANNEL = lazy(
    r"(?<![A-Za-z])(?:\\Pr|Pr|P|p)\s*\(\s*(?P<output>[U-Zu-z])\s*(?:\||\\mid|\\vert|∣)\s*(?P<input>[U-Zu-z])\s*\)"
)
#: Characters above a table searched for the name of its channel.
_LEAD = 200


def input_distributions(document: SourceText) -> list[tuple[int, Binding]]:
    """The inputs the document writes, each with its offset, in document order (at most ``MAX_TABLES``)."""
    found: list[tuple[int, Binding]] = []
    for match in _INPUT.finditer(document.text):
        if not probability_of(document.text, match.start()):
            continue
        written = _FRACTION.sub(r"\1/\2", _SIZING.sub("", match["values"]))
        values = [probability(value.strip().strip("$")) for value in written.split(",")]
        if not 2 <= len(values) <= MAX_SIDE or None in values or sum(v for v in values if v is not None) != 1:
            continue
        variable = match["variable"].upper()
        try:
            distribution = parse_distribution([value for value in values if value is not None], name=variable)
        except InputError:
            continue
        line = document.line(match.start())
        found.append(
            (match.start(), Binding(variable, distribution, line, f"the distribution of {variable} on line {line}"))
        )
        if len(found) >= MAX_TABLES:
            break
    return found


def channel_table_bindings(
    document: SourceText, inputs: Sequence[tuple[int, Binding]]
) -> Iterator[tuple[int, Binding]]:
    """The joints that channels written as Markdown tables give with the inputs before them."""
    for table in [*document.tables[:MAX_TABLES], *barred_tables(document.text)]:
        lead = document.text[max(0, table.offset - _LEAD) : table.offset]
        named = _CHANNEL.search(table.header[0]) or _last_channel(lead)
        if named is None:
            continue
        down, across = named["input"].upper(), named["output"].upper()
        earlier = [binding for offset, binding in inputs if offset < table.offset and binding.name == down]
        rows = [row for _, row in table.rows]
        columns = _labels(table.header[1:], across)
        labels = _labels([row[0] for row in rows], down)
        if not earlier or columns is None or labels is None or down == across:
            continue
        line = document.line(table.offset)
        found = _joint((down, across), earlier[-1], labels, columns, rows, line)
        yield from ((table.offset, binding) for binding in found)


#: A channel named in a table's corner with a bar that Markdown takes for a cell's end, ``| P(Y|X) | Y = 0 |``: the
#: bracket, found fast; the line's start before it is :data:`_BARRED_START`.
_BARRED = lazy(r"\([ \t]*[U-Za-z][ \t]*\|[ \t]*[U-Za-z][ \t]*\)[ \t]*\$?[ \t]*\|")
_PREFIX = 40  # characters of a table line before its corner's bracket, at most
_BARRED_START = lazy(r"[ \t]{0,3}\|[ \t]*\$?[ \t]*(?:\\Pr|Pr|P|p)[ \t]*")


def barred_tables(text: str) -> list[SourceTable]:
    r"""The tables whose corner names their channel with an unescaped bar, which Markdown reads as no table (the
    header has a cell more than the rows): the corner whole, then the cells as written.

    >>> [table.header for table in barred_tables("| P(Y|X) | 0 | 1 |\n|---|---|---|\n| 0 | 1 | 0 |\n| 1 | 0 | 1 |\n")]
    [('P(Y|X)', '0', '1')]
    """
    found: list[SourceTable] = []
    for match in _BARRED.finditer(text):
        start = text.rfind("\n", max(0, match.start() - _PREFIX), match.start()) + 1
        if (start == 0 and match.start() > _PREFIX) or not _BARRED_START.fullmatch(text, start, match.start()):
            continue  # the bracket does not follow a table line's opening bar and P
        lines: list[tuple[int, str]] = []
        position = start
        while position < len(text) and len(lines) < MAX_SIDE + 2:
            end = len(text) if (end := text.find("\n", position)) < 0 else end
            if not text[position:end].strip().startswith("|"):
                break
            lines.append((position, text[position:end].strip()))
            position = end + 1
        if len(lines) < 4 or not set(lines[1][1]) <= set("|-: \t") or "-" not in lines[1][1]:
            continue
        corner = text[start : match.end() - 1].strip().strip("|").strip()
        header = (corner, *_cells(text[match.end() : start + len(text[start:position].split("\n", 1)[0])]))
        found.append(SourceTable(header, start, tuple((offset, _cells(line)) for offset, line in lines[2:])))
        if len(found) >= MAX_TABLES:
            break
    return found


def _cells(line: str) -> tuple[str, ...]:
    """A table line's cells: ``| a | b |`` as ``("a", "b")``."""
    return tuple(cell.strip() for cell in line.strip().strip("|").split("|"))


def _joint(
    names: tuple[str, str],
    given: Binding,
    labels: list[str],
    columns: list[str],
    rows: list[tuple[str, ...]],
    line: int,
) -> Iterator[Binding]:
    """``p(x, y) = p(x) p(y|x)``, when there is one row for each of the input's values, each adding up to 1."""
    cells = [[probability(cell.strip().strip("$").strip()) for cell in row[1:]] for row in rows]
    if any(len(row) != len(columns) or None in row for row in cells):
        return
    values = [[value for value in row if value is not None] for row in cells]
    yield from channel_joint(names, given, (labels, columns), values, (line, f"in the table on line {line}"))


def channel_joint(
    names: tuple[str, str],
    given: Binding,
    labels: tuple[list[str], list[str]],
    cells: list[list[Fraction]],
    where: tuple[int, str],
) -> Iterator[Binding]:
    """The names the joint ``p(x, y) = p(x) p(y|x)`` binds, when the channel's rows (``cells``, one for each of the
    input's values, in its order) each add up to 1; ``where``: the channel's line and where it is, in words."""
    marginal = given.distribution.probabilities if given.distribution is not None else None
    if marginal is None or len(cells) != len(marginal) or any(sum(row) != 1 for row in cells):
        return
    joint = [[p * value for value in row] for p, row in zip(marginal, cells, strict=True)]
    down, across = names
    text = (
        f"the joint distribution of {down} and {across} from {given.text} and the channel P({across}|{down}) "
        f"{where[1]}, one row for each value of {down}"
    )
    written = [*marginal, *(value for row in cells for value in row)]
    yield from table_bindings(names, labels[0], labels[1], joint, where[0], text, written)


def channel_event_bindings(
    document: SourceText, inputs: Sequence[tuple[int, Binding]]
) -> Iterator[tuple[int, Binding]]:
    """The joints that channels written as conditional events (``P(Y=0|X=1) = 0.1``, one after another) give
    with the inputs before them, whose values they name (``P(X=0) = 0.7, P(X=1) = 0.3``). Only the first list of
    two variables is read: a later one works out the other way round (``P(X=0|Y=0)``), its values perhaps rounded."""
    pairs: set[frozenset[str]] = set()
    for offset, output, input_, events in _conditional_runs(document.text):
        if frozenset((output, input_)) in pairs:
            continue  # a later list of the same two variables works out posteriors, perhaps rounded: not read
        pairs.add(frozenset((output, input_)))
        earlier = [binding for at, binding in inputs if at < offset and binding.name == input_]
        given = earlier[-1].distribution if earlier else None
        labels = list(given.given_labels or ()) if given is not None else []
        columns = list(dict.fromkeys(event[1] for event in events))
        if not labels or {event[0] for event in events} != set(labels) or len(columns) > MAX_SIDE:
            continue
        cells = [[events.get((label, column), Fraction(0)) for column in columns] for label in labels]
        line = document.line(offset)
        where = (line, f"listed event by event on line {line}")
        yield from (
            (offset, binding)
            for binding in channel_joint((input_, output), earlier[-1], (labels, columns), cells, where)
        )


#: ``P(Y=0|X=1) = 0.1``, ``p(y=1 \mid x=0) = 1/4``: one probability of a channel (after its ``P``, looked for apart).
_CONDITIONAL = lazy(
    r"\(\s*(?P<output>[U-Zu-z])\s*=\s*(?P<value>[A-Za-z0-9]{1,6})\s*(?:\||\\mid|\\vert|∣)\s*"
    r"(?P<input>[U-Zu-z])\s*=\s*(?P<given>[A-Za-z0-9]{1,6})\s*\)\s*=\s*\$?\s*"
    r"(?P<probability>[0-9]{1,6}\s*/\s*[0-9]{1,6}|[0-9]{1,6}(?:\.[0-9]{1,12})?|\.[0-9]{1,12})(?![0-9/]|\.[0-9])"
)
#: Characters between one conditional event and the next of the same channel, and events of one channel.
_GAP = 200
_MAX_EVENTS = MAX_SIDE * MAX_SIDE


def _conditional_runs(text: str) -> Iterator[tuple[int, str, str, dict[tuple[str, str], Fraction]]]:
    """Runs of conditional events of the same two variables, each close to the one before and none repeated: the
    offset of the first, the output's and the input's names and each event's probability (at most ``MAX_TABLES``)."""
    run: dict[tuple[str, str], Fraction] = {}
    start, end, names, runs = 0, -_GAP - 1, ("", ""), 0
    for match in _CONDITIONAL.finditer(text):
        value = probability(re.sub(r"\s", "", match["probability"]))
        pair = (match["output"].upper(), match["input"].upper())
        if value is None or not probability_of(text, match.start()) or pair[0] == pair[1]:
            continue
        key = (match["given"], match["value"])
        if run and (match.start() - end > _GAP or pair != names or key in run or len(run) >= _MAX_EVENTS):
            yield start, *names, run
            runs += 1
            run = {}
        if runs >= MAX_TABLES:
            return
        if not run:
            start, names = match.start(), pair
        run[key] = value
        end = match.end()
    if run:
        yield start, *names, run


#: A value headed by its variable's small letter, as a table of ``P(y|x)`` writes it: ``x=0``, ``y = 1``.
_SMALL_VALUE = lazy(r"(?P<variable>[u-z])\s*=\s*(?P<value>[A-Za-z0-9]{1,12})")


def _labels(cells: Sequence[str], variable: str) -> list[str] | None:
    """The values of ``variable`` that head the cells (``Y=0``, ``y=0`` or plain ``0``), all different; else None.

    >>> _labels(["x=0", "x=1"], "X"), _labels(["y=0", "y=1"], "X")
    (['0', '1'], None)
    """
    labels = []
    for cell in cells:
        text = cell.strip().strip("$").strip()
        named = NAMED_VALUE.fullmatch(text) or _SMALL_VALUE.fullmatch(text)
        if named is not None and named["variable"].upper() != variable:
            return None
        labels.append(named["value"] if named is not None else text)
    if not all(re.fullmatch(r"[A-Za-z0-9_]{1,12}", label) for label in labels) or len(set(labels)) != len(labels):
        return None
    return labels


def _last_channel(text: str) -> re.Match[str] | None:
    """The last channel the text names."""
    found = None
    for found in _CHANNEL.finditer(text):  # noqa: B007
        pass
    return found
