r"""The joint distribution of random variables built in prose, and the names it binds.

The pieces (:mod:`~kldocs.checker.constructions`) are taken in document order: each letter's own distribution (a
fair bit, a die, uniform on a set, listed value by value), which letters are independent, and which are functions
of others. After each piece, the variables that can be put together exactly are: letters with a distribution of
their own (more than one only when they were said to be independent), and functions of them that are worked out
exactly at every value (:mod:`~kldocs.checker.variable_functions`). Their joint binds what a joint table of
several variables binds (:func:`~kldocs.checker.event_tables.product_bindings`: marginals, joints in every order)
and each variable's distribution given each value of another (``X|Z=0``), so that ``H(X|Z=1)``, ``H(X|Y)`` and
``I(X;Y|Z)`` have exact values.

What is not certain binds nothing, and undoes what was bound: a letter given a value that is not read (``Y = 2^X``
with ``X`` on multiples of π, ``Y = g(X)``), a function whose values a list of the document contradicts, variables
whose independence is not said, a coin said to be biased. Where an exercise starts or a sentence takes variables
anew, the pieces before are forgotten.

>>> from kldocs.checker.reading import parse_text
>>> text = "Let $X$ and $Y$ be independent fair bits and $Z = X + Y$.\n\nThen $H(X|Z=1) = 1$.\n"
>>> bound = {binding.name: binding.distribution for _, binding in constructed_bindings(parse_text(text, "a.md"))}
>>> [str(p) for p in bound["Z"].probabilities], [str(p) for p in bound["X|Z=1"].probabilities]
(['1/4', '1/2', '1/4'], ['1/2', '1/2'])
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator
from fractions import Fraction

from kldocs.checker.construction_sentences import MAX_TEXT
from kldocs.checker.constructions import Piece, pieces
from kldocs.checker.dice_variables import DESCRIBED_HINT, DICE
from kldocs.checker.documents import SourceText
from kldocs.checker.event_tables import product_bindings
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding
from kldocs.checker.variable_functions import Function, Node, Value, evaluate, value_text
from kldocs.checker.variable_scopes import introductions, new_exercises
from kldocs.errors import InputError
from kldocs.inputs import Distribution, parse_distribution

#: Variables put together in one joint, and the cells worked out for it.
MAX_VARIABLES = 4
MAX_CELLS = 4096
#: Pieces read in one document.
MAX_PIECES = 200
#: Characters before a letter's new distribution within which what is said of it goes with the new one: "Let
#: Z = X + Y, where X and Y are independent fair bits".
_NEARBY = 300
#: What a function of coins whose sides are not numbered may do: the same for any numbering of the two sides.
_SIDES_ALIKE = frozenset({"var", "add", "sub", "max", "min", "abs", "compare=", "compare≠"})


class _State:
    """The pieces in force: each letter's own distribution, the sets said independent, the functions."""

    def __init__(self) -> None:
        self.own: dict[str, Piece] = {}
        self.listed: dict[str, Piece] = {}  # a function's values as the document lists them, to compare
        self.independent: list[frozenset[str]] = []
        self.functions: dict[str, Function | None] = {}
        self.texts: dict[str, str] = {}
        self.said: dict[object, int] = {}  # where each function and each independent set was read

    def take(self, piece: Piece) -> None:
        if piece.kind == "base" and piece.letters == DICE and all(letter in self.own for letter in DICE):
            users = [name for name, function in self.functions.items() if function and DICE[0] in function.variables]
            if len(users) + len(DICE) < MAX_VARIABLES:
                return  # variables of two dice described again: of the same dice, while they fit in one joint
            self.functions.update(dict.fromkeys(users))  # else of other dice: those before are no longer read
        if piece.kind == "base":
            for letter in piece.letters:
                own = Piece("base", piece.offset, (letter,), piece.values, piece.probabilities, piece.coded)
                if self.functions.get(letter) is not None and piece.text.endswith(" listed"):
                    self.listed[letter] = own  # the values of a function, listed: a check on it
                    continue
                if letter in self.own:
                    self._forget(letter, piece.offset - _NEARBY)
                self.functions.pop(letter, None)
                self.own[letter], self.texts[letter] = own, piece.text
        elif piece.kind == "independent":
            self.independent.append(frozenset(piece.letters))
            self.said[self.independent[-1]] = piece.offset
        elif piece.kind == "function":
            self.said[piece.letters[0]] = piece.offset
            letter = piece.letters[0]
            # a letter with a distribution of its own given a value: the document speaks of other variables
            function = None if letter in self.own else piece.function
            self.own.pop(letter, None)
            self.listed.pop(letter, None)
            self.functions[letter], self.texts[letter] = function, piece.text

    def _forget(self, letter: str, before: int) -> None:
        """A letter given another distribution of its own: what was said of it before ``before`` (functions of it,
        its independence) spoke of the other variable."""
        self.independent = [group for group in self.independent if letter not in group or self.said[group] >= before]
        for name, function in list(self.functions.items()):
            if function is not None and letter in function.variables and self.said.get(name, before) < before:
                self.functions[name] = None

    def joints(self) -> list[tuple[list[str], dict[tuple[Value, ...], Fraction]]]:
        """Each set of variables put together: its letters and the probability of each of their values."""
        usable = {letter: self.roots(letter) for letter in [*self.own, *self.functions]}
        groups: list[set[str]] = []  # letters with their own distributions that go together
        for roots in [roots for roots in usable.values() if roots] + [set(group) for group in self.independent]:
            roots = {root for root in roots if root in self.own}
            if len(roots) > 1 and not any(roots <= group for group in self.independent):
                continue
            joined = [group for group in groups if group & roots]
            groups = [group for group in groups if not group & roots] + [set().union(roots, *joined)]
        found = []
        for group in groups:
            if len(group) > 1 and not any(group <= independent for independent in self.independent):
                continue
            members = sorted(group, key=lambda letter: (self.own[letter].offset, letter))
            members += [letter for letter, roots in usable.items() if roots and roots <= group and letter not in group]
            cells = self._cells(members, members[: len(group)]) if len(members) <= MAX_VARIABLES else None
            contradicted = self._contradicted(members, cells or {})
            if contradicted:  # the functions the document's own lists contradict are left out
                members = [m for m in members if m not in contradicted and not self.roots(m) & contradicted]
                cells = self._cells(members, members[: len(group)])
            alone = len(members) == 1 and self.texts.get(members[0], "").startswith("P(")  # event_tables reads it
            if cells is not None and not alone and not self._contradicted(members, cells):
                found.append((members, cells))
        return found

    def roots(self, letter: str, visiting: frozenset[str] = frozenset()) -> set[str]:
        """The letters with their own distributions that ``letter`` is worked out from; empty when it is not."""
        if letter in self.own:
            return {letter}
        function = self.functions.get(letter)
        if function is None or letter in visiting:
            return set()
        roots = [self.roots(name, visiting | {letter}) for name in function.variables]
        if not all(roots):
            return set()
        found = set().union(*roots)
        if not all(self.own[root].coded for root in found) and not _alike(function.tree):
            return set()  # "Z = XY" of two coins: it depends on how their sides are numbered
        return found

    def _cells(self, members: list[str], roots: list[str]) -> dict[tuple[Value, ...], Fraction] | None:
        sizes = [len(self.own[root].values) for root in roots]
        if not sizes or math.prod(sizes) > MAX_CELLS:
            return None
        cells: dict[tuple[Value, ...], Fraction] = {}
        for choice in itertools.product(*(range(size) for size in sizes)):
            values = {root: self.own[root].values[index] for root, index in zip(roots, choice, strict=True)}
            chance = Fraction(1)
            for root, index in zip(roots, choice, strict=True):
                chance *= self.own[root].probabilities[index]
            for letter in members[len(roots) :]:
                value = _worked_out(letter, self.functions, values)
                if value is None:
                    return None
                values[letter] = value
            key = tuple(values[letter] for letter in members)
            cells[key] = cells.get(key, Fraction(0)) + chance
        return cells

    def _contradicted(self, members: list[str], cells: dict[tuple[Value, ...], Fraction]) -> set[str]:
        """The functions whose distribution is not the one the document lists for them."""
        found = set()
        for index, letter in enumerate(members):
            listed = self.listed.get(letter)
            if listed is not None:
                totals: dict[Value, Fraction] = {}
                for key, chance in cells.items():
                    totals[key[index]] = totals.get(key[index], Fraction(0)) + chance
                if totals != dict(zip(listed.values, listed.probabilities, strict=True)):
                    found.add(letter)
        return found


def _worked_out(letter: str, functions: dict[str, Function | None], values: dict[str, Value]) -> Value | None:
    if letter in values:
        return values[letter]
    function = functions.get(letter)
    if function is None:
        return None
    arguments = {}
    for name in function.variables:
        value = _worked_out(name, functions, values)
        if value is None:
            return None
        arguments[name] = value
    return evaluate(function, arguments)


def _alike(tree: Node) -> bool:
    return str(tree[0]) in _SIDES_ALIKE and all(_alike(part) for part in tree[1:] if isinstance(part, tuple))


#: A measure of a random variable that a construction may give: ``H(Z``, ``I(X_1;``, ``H (S |``.
_OF_VARIABLE = lazy(r"[HI]\s*\(\s*[S-Z]")
#: A measure of any capital letter, which one described in words may be: ``H(M)`` of "the maximum M of two dice".
_OF_LETTER = lazy(r"[HI]\s*\(\s*[A-Z]")


def names_variables(texts: Iterable[str], text: str = "") -> bool:
    """Whether any of the claims' texts takes a measure of a random variable (``S`` to ``Z``, or any capital letter
    where the document's ``text`` may describe one in words: see :mod:`.dice_variables`): else nothing the prose
    builds is looked for.

    >>> names_variables(["H(P) = 1", "H(Z|X=1) = 1"]), names_variables(["D(P||Q) = 0.2"])
    (True, False)
    >>> names_variables(["H(M) = 2.32"]), names_variables(["H(M) = 2.32"], "M is the maximum of two dice")
    (False, True)
    """
    claimed = list(texts)
    if any(_OF_VARIABLE.search(claim) for claim in claimed):
        return True
    lettered = any(_OF_LETTER.search(claim) for claim in claimed)
    return lettered and DESCRIBED_HINT.search(text, 0, MAX_TEXT) is not None


def constructed_bindings(document: SourceText) -> list[tuple[int, Binding]]:
    """The names the variables built in the document's prose bind, each with the offset from which it is in force;
    a name bound before and no longer certain is bound to nothing (its claims are then left unchecked)."""
    found: list[tuple[int, Binding]] = []
    read = pieces(document)[:MAX_PIECES]
    if not any(piece.kind == "base" for piece in read):
        return found
    starts = sorted({*new_exercises(document), *introductions(document)})
    bound: dict[str, Distribution | None] = {}
    state, position = _State(), 0
    for index, piece in enumerate(read):
        while position < len(starts) and starts[position] <= piece.offset:
            state, bound, position = _State(), {}, position + 1
        if piece.kind == "changed":
            state = _State()
        else:
            state.take(piece)
        if index + 1 < len(read) and read[index + 1].offset == piece.offset:
            continue  # the pieces of one place (two dice, and a variable of them) bind once, together
        line = document.line(piece.offset)
        now = {binding.name: binding for joint in state.joints() for binding in _bindings(joint, state, line)}
        for name, binding in now.items():
            if bound.get(name) != binding.distribution:
                found.append((piece.offset, binding))
        for name in bound.keys() - now.keys():
            why = f"the variables it was built from are given other values on line {line}, which are not read"
            found.append((piece.offset, Binding(name, None, line, f"{name} as built before", why, unsure=True)))
        bound = {name: binding.distribution for name, binding in now.items()}
    return found


def _without_dice(
    members: list[str], cells: dict[tuple[Value, ...], Fraction]
) -> tuple[list[str], dict[tuple[Value, ...], Fraction]]:
    """The joint of the document's own variables: the two dice that variables described in words are functions of
    (:data:`~.dice_variables.DICE`) summed out."""
    kept = [index for index, member in enumerate(members) if member not in DICE]
    if len(kept) == len(members):
        return members, cells
    summed: dict[tuple[Value, ...], Fraction] = {}
    for key, chance in cells.items():
        short = tuple(key[index] for index in kept)
        summed[short] = summed.get(short, Fraction(0)) + chance
    return [members[index] for index in kept], summed


def _bindings(
    joint: tuple[list[str], dict[tuple[Value, ...], Fraction]], state: _State, line: int
) -> Iterator[Binding]:
    members, cells = _without_dice(*joint)
    text = "; ".join(dict.fromkeys(state.texts.get(letter, letter).strip() for letter in members))
    text = f"the distribution of {', '.join(members)} built on line {line} ({text})"
    labels = [list(dict.fromkeys(value_text(key[index]) for key in cells)) for index in range(len(members))]
    written = {tuple(value_text(value) for value in key): chance for key, chance in cells.items()}
    yield from product_bindings(members, labels, written, line, text)
    coded = {letter for letter in members if all(state.own[root].coded for root in state.roots(letter))}
    for (first, one), (second, other) in itertools.permutations(enumerate(members), 2):
        if other not in coded:
            continue  # "X|Z=1" of coins whose sides are not numbered: which event that is, the numbering says
        for label in labels[first]:
            total = sum((chance for key, chance in written.items() if key[first] == label), Fraction(0))
            if not total:
                continue  # a value of probability 0 ("Bernoulli(0)"): nothing is given it
            shares: dict[str, Fraction] = {}
            for key, chance in written.items():
                if key[first] == label:
                    shares[key[second]] = shares.get(key[second], Fraction(0)) + chance / total
            name = f"{other}|{one}={label}"
            try:
                distribution = parse_distribution(
                    [shares.get(value, Fraction(0)) for value in labels[second]], labels[second], name=name
                )
            except InputError:
                continue
            yield Binding(name, distribution, line, text)
