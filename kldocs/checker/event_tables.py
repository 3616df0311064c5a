r"""A joint distribution written as a list of events: ``P(X=0, Y=0, Z=0) = 1/8``, one line or item each.

A joint of two variables may be written with its values only, ``p(0,1) = 1/4`` (``p(x,y)``: the first is X's
value, the second Y's), and equal cells as one chain, ``p(0,0) = p(0,1) = p(1,0) = 1/3``.

Consecutive statements of the probability of a joint event of the same random variables (two or three of
them, ``X=0, Y=1`` or ``x=0, y=1``) make a table when no event comes twice and their probabilities add up to
exactly 1; an event the list leaves out then has probability 0. Two variables bind what a joint table binds
(:func:`~kldocs.checker.joint_tables.table_bindings`); three bind, besides each variable's marginal, the joint
of every set of them (``X,Y,Z``, ``Y,Z``...), so that ``H(X|Y,Z)`` and ``I(X;Y|Z)`` have exact values
(:mod:`~kldocs.checker.scope`).

>>> from kldocs.checker.reading import parse_text
>>> text = "".join(f"- P(X={x}, Y={y}, Z={x ^ y}) = 1/4\n" for x in (0, 1) for y in (0, 1))
>>> bindings = dict((b.name, b.distribution) for _, b in event_lists(parse_text(text, "a.md"))[1])
>>> [str(p) for p in bindings["X,Z"].probabilities], [str(p) for p in bindings["Z"].probabilities]
(['1/4', '1/4', '1/4', '1/4'], ['1/2', '1/2'])
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from fractions import Fraction

from kldocs.checker.documents import SourceText
from kldocs.checker.joint_names import joint_name, marginal_name
from kldocs.checker.joint_tables import MAX_SIDE, probability, rounded_note, table_bindings
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding
from kldocs.errors import InputError
from kldocs.inputs import parse_distribution

#: Characters between one event's probability and the next event of the same list.
_GAP = 200
#: Events of one list, and lists read in one document.
_MAX_EVENTS = 64
MAX_LISTS = 20

_VARIABLE = r"[U-Zu-z](?:_\{?[0-9]{1,2}\}?)?"
_ASSIGNED = rf"({_VARIABLE})\s*=\s*([A-Za-z0-9]{{1,6}})"
_SEPARATOR = r"\s*(?:,|;|\\[,;])\s*"
#: ``P(X=0, Y=1) = 1/4``, ``p(x=0,y=1,z=0)=0.125``, ``\Pr(X=1, Y=0) = \frac{1}{8}``: an event's probability.
#: (the ``P`` before the bracket is looked for apart, :func:`probability_of`: a pattern that starts with the bracket
#: is found fast in a long text)
_EVENT = lazy(
    rf"\(\s*(?:(?P<events>{_ASSIGNED}(?:{_SEPARATOR}{_ASSIGNED}){{0,2}})|(?P<bare>[0-9]{{1,2}}{_SEPARATOR}[0-9]{{1,2}}))\s*\)"
    r"\s*=\s*\$?\s*(?:(?P<value>\\[dt]?frac\s*\{\s*[0-9]{1,6}\s*\}\s*\{\s*[0-9]{1,6}\s*\}"
    r"|[0-9]{1,6}\s*/\s*[0-9]{1,6}|[0-9]{1,6}(?:\.[0-9]{1,12})?|\.[0-9]{1,12})(?![0-9/]|\.[0-9])"
    r"|(?=(?:\\Pr|Pr|P|p)\s{0,3}\())"  # or equal to the next event's probability: P(X=0, Y=0) = P(X=1, Y=1) = 1/8
)
#: What lies between one event of a chain of equal probabilities and the next: ``P(X=0, Y=0) = P(X=0, Y=1)``.
_CHAINED = lazy(r"(?:\\Pr|Pr|P|p)\s{0,3}")
_ONE = lazy(_ASSIGNED)
#: The variables of a joint written with its values only, ``p(0,1) = 1/4``.
_UNNAMED = ("X", "Y")
#: A joint written in another order than p(x,y) just before such values: ``p(y, x)``.
_OTHER_ORDER = lazy(r"\b[pP]\s*\(\s*[yY]\s*,\s*[xX]\s*\)")
#: ``P``, ``p``, ``Pr`` or ``\Pr`` right before a bracket, after no other letter.
_PROBABILITY = lazy(r"(?<![A-Za-z])(?:\\Pr|Pr|P|p)\s{0,3}\Z")


def probability_of(text: str, start: int) -> bool:
    r"""Whether the bracket at ``start`` follows a probability's ``P`` (``P(``, ``\Pr (``), not a word's letter.

    >>> probability_of("so P(X=0)", 4), probability_of(r"\Pr (X=0)", 4), probability_of("step(X=0)", 4)
    (True, True, False)
    """
    return _PROBABILITY.search(text[max(0, start - 8) : start]) is not None


_Event = tuple[tuple[str, ...], tuple[str, ...], Fraction, int]


def event_lists(document: SourceText) -> tuple[list[tuple[int, Binding]], list[tuple[int, Binding]]]:
    """What the lists of events of a document bind, each with the offset of the list's first event: the
    distributions of one variable (``P(X=0) = 1/2, P(X=1) = 1/2``), and the names the joints bind."""
    alone: list[tuple[int, Binding]] = []
    joints: list[tuple[int, Binding]] = []
    lists = 0
    for events in _lists(document.text):
        if sum(event[2] for event in events) != 1:
            continue
        lists += 1
        if lists > MAX_LISTS:
            break
        variables = events[0][0]
        labels = [list(dict.fromkeys(event[1][i] for event in events)) for i in range(len(variables))]
        if any(len(values) > MAX_SIDE for values in labels):
            continue
        cells = {event[1]: event[2] for event in events}
        offset, line = events[0][3], document.line(events[0][3])
        if len(variables) == 1:
            text = f"the distribution of {variables[0]} listed value by value on line {line}"
            values = [cells[(label,)] for label in labels[0]]
            alone += [(offset, binding) for binding in _bound(variables[0], values, labels[0], line, (text, None))]
            continue
        text = f"the joint distribution of {', '.join(variables)} listed event by event on line {line}"
        if len(variables) == 2:
            matrix = [[cells.get((row, column), Fraction(0)) for column in labels[1]] for row in labels[0]]
            found = table_bindings((variables[0], variables[1]), labels[0], labels[1], matrix, line, text)
        else:
            found = product_bindings(variables, labels, cells, line, text)
        joints += [(offset, binding) for binding in found]
    return alone, joints


def _events(text: str) -> Iterator[tuple[_Event, int]]:
    """Each event's probability (those of a chain ``P(A) = P(B) = 1/8`` each given the chain's value), with the
    end of its statement."""
    chain: list[tuple[tuple[str, ...], tuple[str, ...], int]] = []  # events equal to the next one's probability
    end = 0
    for match in _EVENT.finditer(text):
        if not probability_of(text, match.start()):
            continue
        if chain and not _CHAINED.fullmatch(text, end, match.start()):
            chain = []
        bare = match.group("bare")  # p(0,1): the first value is X's, the second Y's, as textbooks write p(x,y)
        if bare and _OTHER_ORDER.search(text, max(0, match.start() - _GAP * 2), match.start()):
            chain = []
            continue  # "p(y, x) is written with y first": the order is not p(x,y)
        pairs = (
            list(zip(_UNNAMED, re.split(_SEPARATOR, bare), strict=True))
            if bare
            else _ONE.findall(match.group("events"))
        )
        variables = tuple(re.sub(r"[{}]", "", name) for name, _ in pairs)
        end = match.end()
        if len({name.isupper() for name in variables}) != 1 or len(set(variables)) != len(variables):
            chain = []
            continue
        event = (tuple(name.upper() for name in variables), tuple(label for _, label in pairs), match.start())
        if match.group("value") is None:
            chain = [*chain, event][-_MAX_EVENTS:]
            continue
        value = probability(re.sub(r"\s", "", match.group("value")))
        if value is not None:
            yield from (((names, labels, value, start), end) for names, labels, start in [*chain, event])
        chain = []


def _lists(text: str) -> Iterator[list[_Event]]:
    """Runs of events of the same variables, each close to the one before and none repeated."""
    run: list[_Event] = []
    end = -_GAP - 1
    for event, stop in _events(text):
        variables = event[0]
        if run and (
            event[3] - end > _GAP
            or variables != run[0][0]
            or any(other[1] == event[1] for other in run)
            or len(run) >= _MAX_EVENTS
        ):
            yield run
            run = []
        run.append(event)
        end = stop
    if run:
        yield run


def product_bindings(
    variables: Sequence[str],
    labels: Sequence[Sequence[str]],
    cells: dict[tuple[str, ...], Fraction],
    line: int,
    text: str,
) -> Iterator[Binding]:
    """The names a joint table of several variables binds: each variable's marginal, the joint of every set of two
    or more of them in every order (``Y,X,Z``), and, under the name of the whole table (``X,Y@X,Y,Z``: see
    :func:`~kldocs.checker.joint_names.marginal_name`), each set's own marginal, which a later table cannot replace.

    >>> cells = {("0", "0", "0"): Fraction(1, 2), ("1", "1", "0"): Fraction(1, 2)}
    >>> names = [b.name for b in product_bindings("XYZ", [["0", "1"]] * 3, cells, 1, "t")]
    >>> len(names), names[:4], names[-1]
    (21, ['X', 'Y', 'Z', 'X,Y'], 'Y,Z@X,Y,Z')
    >>> bound = {b.name: b.distribution for b in product_bindings("XYZ", [["0", "1"]] * 3, cells, 1, "t")}
    >>> [str(p) for p in bound["Z,X"].probabilities], bound["X@X,Y,Z"] is bound["X"]
    (['1/2', '1/2', '0', '0'], True)
    """
    whole = joint_name(*sorted(variables))
    rounded = rounded_note(cells.values())
    own: dict[frozenset[int], Binding] = {}  # each set's marginal, for the names under the whole table's
    for size in range(1, len(variables) + 1):
        for chosen in itertools.combinations(range(len(variables)), size):
            totals = _totals(chosen, cells)
            for order in itertools.permutations(chosen) if size > 1 else (chosen,):
                places = [chosen.index(i) for i in order]
                values = [
                    totals.get(tuple(key[places.index(k)] for k in range(size)), Fraction(0))
                    for key in itertools.product(*(labels[i] for i in order))
                ]
                shown = list(labels[order[0]]) if size == 1 else None
                for binding in _bound(joint_name(*(variables[i] for i in order)), values, shown, line, (text, rounded)):
                    own.setdefault(frozenset(chosen), binding)
                    yield binding
    for members, binding in own.items():
        if len(members) < len(variables):
            yield replace(binding, name=marginal_name(joint_name(*sorted(variables[i] for i in members)), whole))


def _totals(chosen: Sequence[int], cells: dict[tuple[str, ...], Fraction]) -> dict[tuple[str, ...], Fraction]:
    """The probability of each value of the chosen variables (keys in their order)."""
    totals: dict[tuple[str, ...], Fraction] = {}
    for event, value in cells.items():
        key = tuple(event[i] for i in chosen)
        totals[key] = totals.get(key, Fraction(0)) + value
    return totals


def _bound(
    name: str, values: list[Fraction], shown: list[str] | None, line: int, source: tuple[str, str | None]
) -> Iterator[Binding]:
    """The binding of one name, with no distribution when the table's cells look rounded (``source[1]``)."""
    try:
        distribution = parse_distribution(values, shown, name=name)
    except InputError:
        return
    yield Binding(name, None if source[1] else distribution, line, *source, unsure=bool(source[1]))
