"""A final answer on a line of its own, right after a worked formula: ``≈ 1.485 bits.`` under ``H(Q) = -(...)``.

The answer line holds a number and little else: a relation before it
(``≈ 1.485``), a word that says it is the answer (``Answer: 0.058 bits``,
``答案：``), or a unit glued to it (``1.295bit``). It speaks of the nearest
line above it (blank lines between are allowed, at most
:data:`REACH` rows up) when that line is a formula with no value of its own:
its measure when it starts with one (``H(Q) = ...``), else its last side when
that has logarithms. A formula that already ends in a number is not
continued, and a line that gives anything else is not an answer.

>>> lines = [(0, "H(Q) = -(0.5 log2 0.5 + 0.5 log2 0.5)"), (40, ""), (41, "≈ 1 bit.")]
>>> [(claim.text, claim.offset) for claim in final_answers(lines, lambda offset: offset // 20)]
[('H(Q) ≈ 1 bit', 43)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.latex_numbers import ParseError, parse
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import TooComplexError, tokenize
from kldocs.checker.trees import has_logs

#: Rows an answer may stand below its formula.
REACH = 3
#: Runs of spaces are possessive (no part that follows opens with one): a line of a number between two runs of
#: 3,000 spaces was split between the three places after the number in every way, for minutes.
_RELATION = r"=|≈|≃|≒|~|→|=>|⇒|\\approx"
_ANSWER = lazy(
    r"^\s*+(?:[*_]{0,2}(?P<word>(?:the\s+|final\s+)?(?:answer|result)(?:\s+is)?|so|thus|hence|therefore|"
    r"which\s+(?:gives|is)|we\s+get|giving|respuesta|risposta|r[ée]sultat|ergebnis|答案|结果|結果|답|정답|결과)"
    r"[*_]{0,2}\s*+[:：,]?\s*+)?"
    r"(?P<relations>(?:(?:" + _RELATION + r")\s*+)*)[*_]{0,2}(?P<about>about\s+|approximately\s+|약\s*|约\s*)?"
    r"(?P<number>-?[0-9]+(?:\.[0-9]+)?)(?![0-9.])[*_]{0,2}\s*+(?P<unit>nats?|bits?|비트|나트|比特)?[*_]{0,2}\s*+[.。]?\s*$",
    re.IGNORECASE,
)
_SIDES = lazy(_RELATION.replace("|~", "").replace("|→|=>|⇒", ""))
_STARTS_WITH_RELATION = lazy(r"\s*(?:&\s*)?(?:=|≈|≃|≒|\\approx)")
_UNITS = {"비트": "bits", "나트": "nats", "比特": "bits"}


def final_answers(lines: Iterable[tuple[int, str]], row: Callable[[int], int]) -> Iterator[CommentClaim]:
    """The claims of answer lines; ``lines`` are ``(offset, text)`` in order, ``row`` gives an offset's row."""
    above: list[tuple[int, str]] = []  # the lines of the chain above, nearest last
    for offset, text in lines:
        answer = _ANSWER.match(text)
        if (
            answer is not None
            and (answer.group("word") or answer.group("relations").strip() or _decimal_with_unit(answer))
            and above
            and 0 < row(offset) - row(above[-1][0]) <= REACH
        ):
            claim = _claim(above[0][1], above[-1][1], answer, offset)
            if claim is not None:
                yield claim
        if text.strip():
            continues = above and _STARTS_WITH_RELATION.match(text) and row(offset) - row(above[-1][0]) <= REACH
            if continues:
                above.append((offset, text))  # not copied: a chain of thousands of lines took seconds
            else:
                above = [(offset, text)]


def _decimal_with_unit(answer: re.Match[str]) -> bool:
    return "." in answer.group("number") and bool(answer.group("unit"))


def _claim(first_line: str, last_line: str, answer: re.Match[str], offset: int) -> CommentClaim | None:
    """``answer`` as a claim about the measure of the chain from ``first_line`` to ``last_line`` (or its last
    side); None when it has a value already."""
    sides = [side.strip().rstrip(".,;:") for side in _SIDES.split(last_line.replace("$", " "))]
    if len(sides) < 2 or not sides[-1] or _is_number(sides[-1]):
        return None
    first = _SIDES.split(first_line.replace("$", " "))[0].strip()
    if _single_measure(first):
        subject = first
    elif _has_logs(sides[-1]):
        subject = sides[-1]
    else:
        return None
    written = answer.group("relations")
    relation = "≈" if answer.group("about") or any(mark in written for mark in "≈≃≒~") else "="
    unit = answer.group("unit") or ""
    text = f"{subject} {relation} {answer.group('number')} {_UNITS.get(unit, unit)}".rstrip()
    return CommentClaim(text, offset + answer.start("number"))


def _is_number(text: str) -> bool:
    return re.fullmatch(r"-?[0-9]+(?:\.[0-9]+)?(?:\s*[A-Za-z]+)?", text) is not None


def _single_measure(text: str) -> bool:
    try:
        tokens = tokenize(text)
    except TooComplexError:
        return False
    return len(tokens) == 1 and tokens[0].kind == "measure" and tokens[0].symbol is not None


def _has_logs(text: str) -> bool:
    try:
        return has_logs(parse(tokenize(text)))
    except (ParseError, TooComplexError):
        return False
