"""Answers listed apart from the working, by number: a step "(3) 確率 0.25, 0.75 の情報源" gives probabilities and no
value, and an answer list below gives "(3) 0.81125 ビット". The answer is then the entropy of that step's
probabilities.

A step is tied to its answer only when its line starts with the number (``(3)``, ``（3）``, ``3.``, ``3)``), it is
the only step with a list under that number, and the answer's line holds nothing but the same number, a value and a
unit of information (bits or nats, in the languages the checker knows), after a word that opens answers ("Answers",
"解答", "答え", "정답", "答案", "Ответы", "Lösungen", "Réponses", "Respuestas", "Respostas") below the step, and
the step asks for the entropy: it names the entropy, or the lines above the first step do ("次の情報源のエントロピーを
求めよ"), and it names no other quantity (a self-information, a redundancy, an efficiency: "(1) 確率 0.9, 0.1 の情報源の
冗長度を求めよ" ... "(1) 0.531 ビット" is not read).

>>> text = "エントロピー:\\n(1) 確率 1/2, 1/2 の情報源\\n(2) 確率 1/4, 3/4 の情報源\\n\\n"
>>> text += "解答\\n(1) 1 ビット\\n(2) 0.81 ビット\\n"
>>> [(key, text[at:].split()[0], said) for key, at, said in numbered_answers(text, [(12, "a"), (33, "b")])]
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
    r"[ \t]*[.。]?[ \t]*$",
    re.MULTILINE,
)
#: A word that opens the answers.
_ANSWERS = lazy(
    r"(?i:\banswers?\b|\bsolutions?\b|\bLösungen\b|\bAntworten\b|\bréponses\b|\brespuestas\b|\brespostas\b|"
    r"\bответы?\b)|解答|答え|答案|정답|해답"
)
#: How far below a step its answer may stand.
REACH = 5000
#: Where a step's lines end: a blank line or the next step's number.
_STEP_END = lazy(r"\n[ \t]*\n|\n[ \t]*(?:[(（][0-9]{1,2}[)）]|[0-9]{1,2}[.)）](?![0-9]))|$")
#: How far above the first step the words that ask for the entropy may stand.
_ABOVE = 600
#: The entropy named.
_ENTROPY = lazy(r"(?i:entrop|энтропи)|熵|平均信息量|平均情報量|엔트로피|エントロピー")
#: Another quantity a step may ask for, whose answer is then not the entropy.
_OTHER = lazy(
    r"(?i:self-?information|information content|surprisal|redundan|efficien|length|perplexit|mutual|conditional|"
    r"joint|divergence|cross|extension|\bpairs?\b|\bblocks?\b|\brates?\b|per\s+second|Erweiterung|\bPaare?\b|extensi|"
    r"\bpaires?\b|par\s+seconde|"
    r"расширени|пар[аыу]|Informationsgehalt|Eigeninformation|Effizienz|Länge|redondan|efficacit|longueur|"
    r"eficien|longitud|comprimento|избыточн|эффективн|длин|количество информации|собственн)|"
    r"(?<!平均)情報量|(?<!平均)信息量|自信息|冗[長长余]|効率|效率|符号長|码长|碼長|정보량|중복|효율|부호 ?길이|"
    r"次拡大|拡大情報源|扩展|확대|쌍"
)


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
    top = text.rfind("\n", 0, first) + 1
    above = _ENTROPY.search(text, max(0, top - _ABOVE), top) is not None  # "次の情報源のエントロピーを求めよ"
    opening = _ANSWERS.search(text, first, first + REACH)
    if opening is None:
        return
    heading_end = text.find("\n", opening.start())
    if _OTHER.search(text, opening.start(), len(text) if heading_end < 0 else heading_end):
        return  # "Answers (per pair of symbols)": the answers are of another quantity
    for answer in _ANSWER_LINE.finditer(text, opening.end(), min(len(text), first + REACH)):
        listed = steps.get(answer.group("a") or answer.group("b"), [])
        if len(listed) != 1 or listed[0][0] > opening.start() or not _asks_entropy(text, listed[0][0], above):
            continue
        base = unit_word(answer.group("unit"))
        value = answer.group("value").replace(",", ".")
        said = f"{value} {'bits' if base == '2' else 'nats'}" if base in ("2", "e") else value
        yield listed[0][1], answer.start("value"), said


def _asks_entropy(text: str, at: int, above: bool) -> bool:
    """Whether the step whose list is at ``at`` asks for the entropy: its lines (up to a blank line or the next
    step) name it, or ``above`` (the lines above the steps name it), and they name no other quantity.

    >>> text = "(1) 確率 0.9, 0.1 の情報源の冗長度を求めよ。\\n(2) 確率 0.5, 0.5 のエントロピー\\n"
    >>> _asks_entropy(text, 8, True), _asks_entropy(text, 37, False), _asks_entropy("(1) p = 0.5, 0.5", 8, True)
    (False, True, True)
    """
    line = text.rfind("\n", 0, at) + 1
    end = len(text)
    for stop in _STEP_END.finditer(text, at, min(len(text), at + 600)):
        end = stop.start()
        break
    step = text[line:end]
    return (above or _ENTROPY.search(step) is not None) and _OTHER.search(step) is None
