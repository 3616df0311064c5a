"""Answers listed apart from the working, by number: a step "(3) 確率 0.25, 0.75 の情報源" gives probabilities and no
value, and an answer list below gives "(3) 0.81125 ビット". The answer is then the entropy of that step's
probabilities.

A step is tied to its answer only when its line starts with the number (``(3)``, ``（3）``, ``3.``, ``3)``), it is
the only step with a list under that number, and the answer's line holds nothing but the same number, a value and a
unit of information (bits or nats, in the languages the checker knows), after a word that opens answers ("Answers",
"解答", "答え", "정답", "答案", "Ответы", "Lösungen", "Réponses", "Respuestas", "Respostas") below the step.

>>> text = "(1) 確率 1/2, 1/2 の情報源\\n(2) 確率 1/4, 3/4 の情報源\\n\\n解答\\n(1) 1 ビット\\n(2) 0.81 ビット\\n"
>>> [(key, text[at:].split()[0], said) for key, at, said in numbered_answers(text, [(4, "a"), (25, "b")])]
[('a', '1', '1 bits'), ('b', '0.81', '0.81 bits')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TypeVar

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.units import unit_word

Key = TypeVar("Key")

#: A step's number at the start of its line.
_MARKER = lazy(r"[ \t]*(?:[(（](?P<a>[0-9]{1,2})[)）]|(?P<b>[0-9]{1,2})[.)）](?![0-9]))")
#: A line that is only an answer: its number, a value and a unit of information.
_ANSWER_LINE = lazy(
    r"^[ \t]*(?:[-*][ \t]+)?(?:[(（](?P<a>[0-9]{1,2})[)）]|(?P<b>[0-9]{1,2})[.)）])[ \t]*(?:H[ \t]?=[ \t]?)?"
    r"(?P<value>[0-9]+(?:[.,][0-9]+)?)[ \t]*"
    r"(?P<unit>bits?|nats?|ビット|ナット|비트|나트|比特|奈特|бит(?:а|ов)?|нат(?:а|ов)?)"
    r"(?:/[^\s]{1,6})?[ \t]*[.。]?[ \t]*$",
    re.MULTILINE,
)
#: A word that opens the answers.
_ANSWERS = lazy(
    r"(?i:\banswers?\b|\bsolutions?\b|\bLösungen\b|\bAntworten\b|\bréponses\b|\brespuestas\b|\brespostas\b|"
    r"\bответы?\b)|解答|答え|答案|정답|해답"
)
#: How far below a step its answer may stand.
REACH = 5000


def numbered_answers(text: str, waiting: Sequence[tuple[int, Key]]) -> Iterator[tuple[Key, int, str]]:
    """For steps given no value (``waiting``: where each list is, and a key for it), each answer given by number
    below: the step's key, where the answer's value is and the value with its unit (``"0.81 bits"``)."""
    steps: dict[str, list[tuple[int, Key]]] = {}
    for at, key in waiting:
        line = text.rfind("\n", 0, at) + 1
        marker = _MARKER.match(text, line)
        if marker is not None:
            steps.setdefault(marker.group("a") or marker.group("b"), []).append((at, key))
    if not steps:
        return
    first = min(at for listed in steps.values() for at, _ in listed)
    opening = _ANSWERS.search(text, first, first + REACH)
    if opening is None:
        return
    for answer in _ANSWER_LINE.finditer(text, opening.end(), min(len(text), first + REACH)):
        listed = steps.get(answer.group("a") or answer.group("b"), [])
        if len(listed) != 1 or listed[0][0] > opening.start():
            continue
        base = unit_word(answer.group("unit"))
        value = answer.group("value").replace(",", ".")
        said = f"{value} {'bits' if base == '2' else 'nats'}" if base in ("2", "e") else value
        yield listed[0][1], answer.start("value"), said
