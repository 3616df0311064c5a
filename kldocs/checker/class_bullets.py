"""A model's class probabilities given one per bullet, the true class named after them, and the cross-entropy stated:

    - Probability of class A: 0.7
    - Class B: 0.2
    - Class C: 0.1

    The true class is A, so the cross-entropy is 0.357.

The bullets are a distribution when each names a class ("class A", "클래스 A", "类别 A", "クラス A", "Klasse A") or
the probability of one ("probability of cat", "A의 확률", "A 的概率", "A の確率") and gives it one probability, two or
more bullets in a row adding up to exactly 1. The true class is named after them ("the true class is A", "label: A",
"정답은 A", "真实类别是 A", "正解は A", "die wahre Klasse ist A") or given as a one-hot vector as long as the list
(``[1, 0, 0]``); a cross-entropy (or log loss) value stated after it, with nothing else between, is then the claim
``-log q(true class) = value``, in the unit written with it (else the document's base).

>>> from kldocs.checker.reading import parse_text
>>> page = "- Class A: 0.7\\n- Class B: 0.2\\n- Class C: 0.1\\n\\nThe true class is A. Cross-entropy: 0.357\\n"
>>> [claim.text for claim in class_bullets(parse_text(page, "a.md"), set())]
['-\\\\log(0.7) = 0.357']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.screens import ignoring_case, mentions
from kldocs.checker.units import unit_word

#: How far after the bullets the true class and the value are looked for.
REACH = 400
#: Where the words after the bullets end: a heading, code, another list.
_STOPS = ("\n#", "```", "\n- ", "\n* ")
#: Lists of bullets read in one document at most.
MAX_LISTS = 500

_CLASS = r"(?:[Cc]lass|[Kk]lasse|[Cc]lasse|[Cc]lase|[Кк]ласс|[Cc]ategor(?:y|ía|ie)|클래스|类别|類別|类|クラス|カテゴリ)"
_NAME = r"[A-Za-z0-9가-힣぀-ヿ一-鿿]{1,12}"
_PROBABILITY_WORD = (
    r"(?:[Pp]robabilit(?:y|é|à|ät)|[Pp]robabilidad|[Pp]robabilidade|[Ww]ahrscheinlichkeit|[Вв]ероятность)"
)
#: "Its probability" after a class's name: ``A의 확률``, ``A 的概率``, ``A の確率``.
_OWN = r"[ \t]?(?:의[ \t]?확률|的?概率|の確率)"
#: One bullet: a class (or the probability of one) and its probability.
_BULLET = lazy(
    r"^[ \t]*[-*+•][ \t]+(?:\*\*)?(?:"
    rf"(?:{_PROBABILITY_WORD}[ \t]+(?:of|de|du|der|di|da|del|für)[ \t]+(?:(?:the[ \t]+)?{_CLASS}[ \t]*)?"
    rf"|{_CLASS}[ \t]*)(?P<name>{_NAME})(?:{_OWN})?"
    rf"|(?P<before>{_NAME}){_OWN}"
    r")(?:\*\*)?[ \t]*[:：=][ \t]*(?:\*\*)?[ \t]*\$?(?P<p>0?\.[0-9]+|1/[0-9]+|[0-9]+/[0-9]+|[01])\$?(?:\*\*)?[ \t]*$",
    re.MULTILINE,
)
_ANCHORS = (
    *ignoring_case("class", "klasse", "clase", "класс", "categor", "probabil", "wahrscheinlich", "вероятн"),
    *("클래스", "类", "類", "クラス", "カテゴリ", "확률", "概率", "確率"),
)
#: The true class named in words, or the label.
_TRUE = lazy(
    r"(?i:\b(?:true|correct|actual|real|target)\s+(?:class|label|category)(?:\s+is|\s*[:=])|\blabel\s*(?:is|[:=])|"
    r"\bwahre\s+Klasse\s+ist|\bvraie\s+classe\s+est|\bclase\s+(?:real|verdadera|correcta)\s+es|"
    r"\bclasse\s+(?:real|verdadeira|correta)\s+é|истинный\s+класс\s*(?:[—:-]|это)?)\s*"
    r"|(?:정답|실제\s?클래스|정답\s?클래스|진짜\s?클래스)\s?(?:은|는|:)?\s?(?:클래스\s?)?"
    r"|(?:真实|正确|实际)的?(?:类别|标签|类)\s?(?:是|为|為|：|:)\s?(?:类别?\s?)?"
    r"|(?:正解|真のクラス|正解クラス|実際のクラス)\s?(?:は|:|：)\s?(?:クラス\s?)?"
)
#: A one-hot label: ``[1, 0, 0]``, ``(0, 1, 0)``.
_ONE_HOT = lazy(
    r"(?i:one[-\s]hot|원[-\s]?핫|独热|ワンホット)[^\n\[(]{0,30}[\[(]\s*(?P<vector>[01](?:\s*,\s*[01])+)\s*[\])]"
)
#: A cross-entropy named, and what gives it its value.
_CROSS = lazy(
    r"(?i:cross[-\s]?entropy(?:\s+loss)?|log[-\s]loss|kreuzentropie|entropie\s+crois[ée]e|entrop[íi]a\s+cruzada|"
    r"кросс[-\s]?энтропи\w*|перекр[её]стн\w+\s+энтропи\w*)|교차\s?엔트로피(?:\s?손실)?|交叉熵(?:损失)?|"
    r"クロスエントロピー(?:損失)?|交差エントロピー"
)
_VALUE = lazy(
    r"\s*(?:\((?:loss|L)\)\s*)?(?:(?i:is|of|equals|=|≈|:|：|ist|est|es|é|равна|равно|为|為|是|约|約|은|는|이|は)\s*){1,3}"
    r"(?:(?i:about|approximately|around|roughly|약|大约|約|およそ|etwa|environ|aproximadamente|cerca\s+de|около)\s*)?"
    r"\$?\s*(?P<value>[0-9]+(?:[.,][0-9]+)?)(?![0-9/%])(?:\s*\$)?"
    r"[ \t]*(?P<unit>bits?|nats?|비트|나트|比特|奈特|ビット|ナット|бит\w*|нат\w*)?"
)
#: Words between the true class and the value that may make it another's: another model, sample, step or class.
_ANOTHER = lazy(
    r"(?i:\bother\b|another|second|instead|\bif\b|suppose|\bbut\b|batch|average|mean|smooth|temperature|focal|"
    r"weight|margin|regulari|penalt|clip)|다른|另一|別の|平滑|スムージング|스무딩"
)


def class_bullets(document: SourceText, read: set[int]) -> Iterator[CommentClaim]:
    """The cross-entropy claims of the class bullets a document gives (see the module); ``read``: where values that
    formulas give are, which are not read again."""
    text = document.text
    if not mentions(text[:200_000], _ANCHORS) and not mentions(text, _ANCHORS):
        return
    lists = 0
    run: list[re.Match[str]] = []
    for bullet in _BULLET.finditer(text):
        if run and text.count("\n", run[-1].end(), bullet.start()) > 1:
            yield from _claims(document, run, read)
            run = []
            lists += 1
            if lists > MAX_LISTS:
                return
        run.append(bullet)
    if run:
        yield from _claims(document, run, read)


def _claims(document: SourceText, run: list[re.Match[str]], read: set[int]) -> Iterator[CommentClaim]:
    """The claim of one run of bullets, when they are a distribution and a true class and a value follow."""
    names = [bullet.group("name") or bullet.group("before") for bullet in run]
    written = [bullet.group("p") for bullet in run]
    if len(run) < 2 or len(set(names)) < len(names) or sum(Fraction(p) for p in written) != 1:
        return
    text = document.text
    window = text[run[-1].end() : run[-1].end() + REACH]
    stop = min(
        (at for at in (window.find("\n#"), window.find("```"), window.find("\n- "), window.find("\n* ")) if at >= 0),
        default=len(window),
    )
    window = window[:stop]
    cross = _CROSS.search(window)
    if cross is None:
        return
    true = _true_class(window[: cross.start()], names)
    value = _VALUE.match(window, cross.end())
    if true is None or value is None or _ANOTHER.search(window, true[1], cross.start()):
        return
    offset = run[-1].end() + value.start("value")
    if offset in read:
        return
    unit = unit_word(value.group("unit")) if value.group("unit") else None
    said = value.group("value").replace(",", ".")
    said += " bits" if unit == "2" else " nats" if unit == "e" else ""
    yield CommentClaim(f"-\\log({written[true[0]]}) = {said}", offset)


def _true_class(before: str, names: list[str]) -> tuple[int, int] | None:
    """Which bullet is the true class, as the words before the value name it (by name or one-hot), and where the
    naming ends; None when they name none of the bullets' classes, or more than one."""
    found = None
    for said in _TRUE.finditer(before):
        rest = before[said.end() :]
        skipped = len(rest) - len(rest.lstrip("*`$ "))
        named = [name for name in names if re.match(re.escape(name) + r"(?![A-Za-z0-9])", rest[skipped:])]
        if len(named) != 1 or (found is not None and found[0] != names.index(named[0])):
            return None
        found = (names.index(named[0]), said.end() + skipped + len(named[0]))
    hot = _ONE_HOT.search(before)
    if hot is not None:
        vector = re.split(r"\s*,\s*", hot.group("vector"))
        if len(vector) != len(names) or vector.count("1") != 1 or (found and found[0] != vector.index("1")):
            return None
        found = (vector.index("1"), hot.end())
    return found
