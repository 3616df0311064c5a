r"""A joint distribution written as its outcomes, pairs or triples of values, and then their probabilities in order:
"the four outcomes (0,0), (0,1), (1,0), (1,1) have probabilities 0.4, 0.1, 0.1, 0.4".

The outcomes are two to sixteen brackets of two (or three) short values, set apart by commas or "and"; the words
after them (at most :data:`_WORDS` characters) name probabilities ("probabilities", "probabilità", "Wahrscheinlich-
keiten", "概率", "확률", "確率"...), and the numbers that follow, as many as the outcomes, add up to exactly 1. The
variables are the ones a bracket of capitals just before names (``(X,Y)``, ``(X, Y, Z)``), or, for pairs and none
named, X and Y (``p(x,y)``, as textbooks write it). A joint so read binds what a list of events binds
(:func:`~kldocs.checker.event_tables.event_lists`).

>>> from kldocs.checker.reading import parse_text
>>> text = "The outcomes (0,0), (0,1), (1,0), (1,1) have probabilities 0.4, 0.1, 0.1, 0.4.\n"
>>> bound = {b.name: b.distribution for _, b in tuple_joints(parse_text(text, "a.md"))}
>>> [str(p) for p in bound["X,Y"].probabilities], [str(p) for p in bound["Y"].probabilities]
(['2/5', '1/10', '1/10', '2/5'], ['1/2', '1/2'])
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.documents import SourceText
from kldocs.checker.event_tables import MAX_LISTS, product_bindings
from kldocs.checker.joint_tables import probability, table_bindings
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding

#: What sets two outcomes, or two probabilities, apart.
_AND = r"(?:,|;|(?<![^\W\d_])(?:and|et|und|e|y)(?![^\W\d_])|和|、|，)"
#: Characters between the last outcome and its probabilities' first number.
_WORDS = 80
_VALUE = r"[0-9A-Za-z]{1,3}"
#: An outcome: ``(0,1)``, ``(a, b, c)``; a pair of digits read with a decimal comma is ``(0.1)``.
_TUPLE = rf"\(\s*(?:{_VALUE}\s*,\s*{_VALUE}\s*(?:,\s*{_VALUE}\s*)?|[0-9]\.[0-9])\)"
#: Two to sixteen outcomes in a row: ``(0,0), (0,1) and (1,1)``.
_OUTCOMES = lazy(rf"{_TUPLE}(?:\s*{_AND}\s*{_TUPLE}){{1,15}}")
_ONE = lazy(rf"\(\s*(?:({_VALUE})\s*,\s*({_VALUE})\s*(?:,\s*({_VALUE})\s*)?|([0-9])\.([0-9]))\)")
#: The word of probabilities after the outcomes, before their numbers.
_PROBABILITIES = lazy(
    r"(?i:probabilit(?:ies|y|à|é|és|ts)|probabilidad(?:es)?|probabilidades|wahrscheinlichkeit(?:en)?|вероятност[ьяи]"
    r"|概率|機率|확률|確率)"
)
#: A piece of each word of :data:`_PROBABILITIES`, looked for as plain text.
_PIECES = (
    "robabili",
    "ROBABILI",
    "ahrscheinlichkeit",
    "AHRSCHEINLICHKEIT",
    "ероятност",
    "概率",
    "機率",
    "확률",
    "確率",
)
#: The probabilities themselves: numbers set apart by commas (a decimal point only) or "and".
_NUMBER = r"(?:[0-9]{1,6}\s*/\s*[0-9]{1,6}|[0-9]{0,6}\.[0-9]{1,12}|[01](?![0-9.]))"
_NUMBERS = lazy(rf"(?P<numbers>{_NUMBER}(?:\s*{_AND}\s*{_NUMBER}){{1,15}})")
#: Words that say nothing but which probabilities these are, between the word and its numbers.
_BETWEEN = lazy(r"[^.!?。\n0-9]{0,30}")
#: A bracket of capitals naming the variables, just before the outcomes: ``(X,Y)``, ``(X, Y, Z)``.
_NAMES = lazy(r"\(\s*([U-Zu-z])\s*,\s*([U-Zu-z])\s*(?:,\s*([U-Zu-z])\s*)?\)[^()]{0,60}\Z")
#: Words after the numbers, or between the outcomes and their word, that make the order of the values another's
#: ("the first coordinate is Y") or the joint one of several ("in the first experiment; in the second, ..."):
#: the list is then not read.
_ANOTHER = lazy(
    r"(?i:coordinat|component|first|second|erst|zweit|premi|deuxi|primer|segund|prim[oa]\b|second[oa]|первы|втор)"
    r"|第一|第二|첫|두\s*번째|一つ目|二つ目"
)


def tuple_joints(document: SourceText) -> Iterator[tuple[int, Binding]]:
    """The names each joint written as outcomes and their probabilities binds, with the offset of its outcomes (at
    most :data:`~kldocs.checker.event_tables.MAX_LISTS` joints)."""
    text = document.text
    if not any(piece in text for piece in _PIECES):
        return  # no word of probabilities: a long text costs little
    read = 0
    for match in _OUTCOMES.finditer(text):
        word = _PROBABILITIES.search(text, match.end(), match.end() + _WORDS)
        between = _BETWEEN.match(text, word.end()) if word else None
        numbers = _NUMBERS.match(text, between.end()) if between else None
        if word is None or numbers is None or re.search(r"[.!?。]\s", text[match.end() : word.start()]):
            continue
        outcomes = [tuple(value for value in found if value) for found in _ONE.findall(match.group())]
        values = [probability(value.strip()) for value in re.split(rf"\s*{_AND}\s*", numbers[0])]
        sizes = {len(outcome) for outcome in outcomes}
        if len(values) != len(outcomes) or None in values or len(sizes) != 1 or len(set(outcomes)) != len(outcomes):
            continue
        cells = {outcome: value for outcome, value in zip(outcomes, values, strict=True) if value is not None}
        rest = re.split(r"[.!?。]\s", text[numbers.end() : numbers.end() + 200], maxsplit=1)[0]
        if _ANOTHER.search(text[match.end() : word.start()]) or _ANOTHER.search(rest):
            continue
        named = _NAMES.search(text, max(0, match.start() - 100), match.start())
        variables = tuple(name.upper() for name in named.groups() if name) if named else ("X", "Y")
        if sum(cells.values()) != 1 or len(variables) != sizes.pop() or len(set(variables)) != len(variables):
            continue
        read += 1
        if read > MAX_LISTS:
            return
        line = document.line(match.start())
        note = f"the joint distribution of {', '.join(variables)} listed outcome by outcome on line {line}"
        labels = [list(dict.fromkeys(outcome[i] for outcome in outcomes)) for i in range(len(variables))]
        if len(variables) == 2:
            matrix = [[cells.get((row, column), Fraction(0)) for column in labels[1]] for row in labels[0]]
            found = table_bindings((variables[0], variables[1]), labels[0], labels[1], matrix, line, note)
        else:
            found = product_bindings(variables, labels, cells, line, note)
        yield from ((match.start(), binding) for binding in found)
