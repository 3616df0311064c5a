r"""The answer a quiz gives under its question: "What is I(X;Y) in bits?", choices, then ``Correct Answer: 0``.

A multiple-choice page states its answer on a line of its own (``Correct Answer: 0``, ``Answer: (b) 0.5 bits``,
``정답: 1``, ``正确答案：0.5``, ``Respuesta correcta: 1``), a few rows under the question. The answer is a claim about
the one quantity the question asks for: the nearest line above, at most :data:`REACH` rows up, that asks (it holds
a ``?``) and names exactly one measure by its symbol (``I(X;Y)``, ``H(X|Y)``, ``H(X)``, ``D(P||Q)``, ``KL(P||Q)``). An
answer given as a letter is the value of that choice (``B. 0.5`` under the question). The unit is the answer's, or
the one the question asks in ("in bits"). A question naming two measures, or none, leaves the answer alone, and so do
choices numbered ``1.``, ``2)``: "Correct Answer: 2" may be the second.

Only a plain question asks for the measure's value: "What is [the mutual information] I(X;Y) [of X and Y] [in
bits]?". One that asks for something else about it ("What is the largest possible I(X;Y)?", "How many outcomes have
probability above I(X;Y)?", "the perplexity 2^H(X)", a percentage, "Is I(X;Y) zero? Answer 1 for yes") leaves the
answer alone.

>>> lines = [(0, "What is I(X;Y) in bits?"), (50, "A. 0"), (60, "B. 1"), (70, "Correct Answer: 0")]
>>> text = "".join(line.ljust(10) for _, line in lines)
>>> [(claim.text, claim.offset) for claim in quiz_answers(lines, lambda offset: offset // 10, text)]
[('I(X;Y) = 0 bits', 86)]
>>> lines[-1] = (70, "Correct Answer: B")
>>> [(claim.text, claim.offset) for claim in quiz_answers(lines, lambda offset: offset // 10, text)]
[('I(X;Y) = 1 bits', 63)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.lazy_patterns import lazy

#: Most characters of a line read as written, its inline maths not blanked.
MOST_WRITTEN = 400
#: Rows an answer may stand below its question (the choices are between).
REACH = 10
#: A value, maybe in dollar maths (``$0.511$ nats``), and its unit.
_VALUE = r"\$?(?P<number>-?[0-9]+(?:\.[0-9]+)?)(?![0-9.])\$?[ \t]*(?P<unit>bits?|nats?)?"
#: An answer line: the words for "correct answer", then a value, or a choice's letter (maybe with its value).
_ANSWER = lazy(
    r"^[ \t]*[*_]{0,2}(?:correct[ \t]+answer|right[ \t]+answer|answer|respuesta[ \t]+correcta|r[ée]ponse[ \t]+correcte|"
    r"richtige[ \t]+antwort|resposta[ \t]+correta|правильный[ \t]+ответ|정답|正确答案|正解)[*_]{0,2}[ \t]*[:：][ \t]*"
    r"(?:\(?(?P<letter>[A-Ea-e])\)?(?:[.)][ \t]*|[ \t]+|$))?(?:" + _VALUE + r")?[ \t]*\.?[ \t]*$",
    re.IGNORECASE,
)
#: A choice: its letter and its value, alone on its line.
_CHOICE = lazy(r"^[ \t]*\(?(?P<letter>[A-Ea-e])[.):][ \t]*" + _VALUE + r"[ \t]*$", re.IGNORECASE)
#: A measure named by its symbol.
_SYMBOL_PATTERN = r"(?<![A-Za-z_\\])(?:I|H|D(?:_\{?KL\}?)?|KL)\((?P<arguments>[A-Za-z0-9 ,;:|‖_{}\\]{1,20})\)"
_SYMBOL = lazy(_SYMBOL_PATTERN)
#: A choice numbered rather than lettered.
_NUMBERED = lazy(r"[ \t]*\(?[1-9][.)][ \t]")
#: A distribution the question gives (``$P=(0.5,0.5)$``): the claim's own, defined on the question's line.
_GIVEN = r"\$?[A-Za-z](?:_\{?[0-9a-z]\}?)?[ \t]*=[ \t]*[(\[][0-9., /]{1,80}[)\]]\$?"
#: A plain question: "What is", a few words naming the measure, its symbol, maybe "of X" or "between X and Y", maybe
#: the unit, and the question mark.
_PLAIN = lazy(
    r"(?:^|[.:,][*_]{0,2}[ \t]+)[*_]{0,2}what[ \t]+is[ \t]+(?:the[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,4}"
    + r"\$?"
    + _SYMBOL_PATTERN
    + r"\$?(?:[ \t]+(?:of|between)[ \t]+[A-Za-z](?:[ \t]*(?:,|and)[ \t]*[A-Za-z])?)?"
    + r"(?:[ \t]+(?:for|with)[ \t]+"
    + _GIVEN
    + r"(?:[ \t]*(?:,|and)[ \t]*"
    + _GIVEN
    + r")*)?"
    r"(?:[ \t]+\(?in[ \t]+(?:bits|nats)\)?)?[ \t]*\?",
    re.IGNORECASE,
)
#: Questions that ask for something else than the measure's value: a bound, a count, a power, a share, yes or no.
_OTHER_ASK = lazy(
    r"\b(?:larg|max|min|small|great|least|most|how[ \t]+many|perplexit|percent|yes\b|no\b|true\b|false\b)|\^|%",
    re.IGNORECASE,
)
_ASKED_UNIT = lazy(r"\bin[ \t]+(?P<unit>bits|nats)\b", re.IGNORECASE)


def quiz_answers(lines: Iterable[tuple[int, str]], row: Callable[[int], int], text: str) -> Iterator[CommentClaim]:
    """The claims of answer lines; ``lines`` are ``(offset, text)`` in order, ``row`` gives an offset's row, and
    ``text`` is the document's (where a list's numbers, which prose blanks, are read)."""
    above: list[tuple[int, str]] = []  # the lines since the last question, the question first
    for offset, shown in lines:
        end = text.find("\n", offset, offset + MOST_WRITTEN)
        written = text[offset : end if end >= 0 else offset + len(shown)]
        line = written if "$" in written else shown  # its inline maths as written, not blanked: $H(X)$
        if "?" in line and _SYMBOL.search(line) is not None:
            above = [(offset, line)]
            continue
        answer = _ANSWER.match(line) if ":" in line or "：" in line else None
        if answer is not None and above and row(offset) - row(above[0][0]) <= REACH:
            numbered = any(_NUMBERED.match(text, text.rfind("\n", 0, start) + 1) for start, _ in above[1:])
            claim = None if numbered else _claim(above, answer, offset)  # "Correct Answer: 2" may be the second
            if claim is not None:
                yield claim
            above = []
        elif above:
            above.append((offset, line))


def _claim(above: list[tuple[int, str]], answer: re.Match[str], offset: int) -> CommentClaim | None:
    """The answer as a claim about the one measure the question (``above[0]``) names, or None."""
    question = above[0][1]
    symbols = {" ".join(found.group().split()) for found in _SYMBOL.finditer(question)}
    said = [question, *(line for _, line in above[1:] if _CHOICE.match(line) is None)]
    if len(symbols) != 1 or not _PLAIN.search(question) or any(_OTHER_ASK.search(line) for line in said):
        return None  # "What is the largest possible I(X;Y)?", "How many outcomes ...": not the measure's value
    number, unit, where = answer.group("number"), answer.group("unit"), offset + answer.start("number")
    if number is None and answer.group("letter"):
        choices = [(line_offset, _CHOICE.match(line)) for line_offset, line in above[1:]]
        picked = [
            (line_offset, choice)
            for line_offset, choice in choices
            if choice is not None and choice.group("letter").lower() == answer.group("letter").lower()
        ]
        if len(picked) != 1:
            return None
        line_offset, choice = picked[0]
        number, unit, where = choice.group("number"), choice.group("unit"), line_offset + choice.start("number")
    if number is None:
        return None
    asked = _ASKED_UNIT.search(question)
    unit = unit or (asked.group("unit") if asked is not None else None)
    return CommentClaim(f"{symbols.pop()} = {number}" + (f" {unit}" if unit else ""), where)
