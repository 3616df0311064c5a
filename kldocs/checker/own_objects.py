"""The object a sentence gives the entropy of, when the sentence itself describes it: N outcomes alike ("a
52-card deck", "a fair 1,024-sided die", "a lottery among 1,000,000 numbers", "равномерного распределения на 8
исходах"), all the mass on one outcome ("a one-hot target"), an outcome already known ("given that X = 5", "once
the die has landed on 5", "sabendo que saiu 6") or one of k outcomes alike ("told the result is 3 or 5"), or a
source whose distribution no document gives ("English text, per letter").

:func:`own_object` gives the object (its number of outcomes alike: 1 for a known outcome, whose entropy is 0; 0 for
an object the checker cannot value), or None when the sentence describes none or names a distribution in force:
such a sentence is judged against its own object, never against the distribution in force.

>>> own_object("Drawing one card from a 52-card deck, the "), own_object("Once the die has landed on 5, the ")
(OwnObject(outcomes=52, told=False), OwnObject(outcomes=1, told=True))
>>> own_object("Roll a fair die; told the result is 3 or 5, the ").outcomes, own_object("English text has ").outcomes
(2, 0)
>>> own_object("For P, the ") is None, own_object("Unlike a uniform P on 4 outcomes, the ", names=["P"]) is None
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.own_distributions import points_back


@dataclass(frozen=True)
class OwnObject:
    """N ``outcomes`` alike (1: one known; 0: an object not read); ``told`` when the sentence tells what came up
    ("given that X = 5", "told it is 3 or 5"): a value that misses may speak of something else, and is not judged."""

    outcomes: int
    told: bool


#: An outcome told to be one of a few: "the result is 3 or 5", "it was 2, 4 or 6", "é 3 ou 5".
_ONE_OF = lazy(
    r"(?i)\b(?:is|was|é|es|ist|est|это|是|は)\s+(?:either\s+)?(?P<few>[0-9]+(?:\s*,\s*[0-9]+)*)\s+"
    r"(?:or|ou|o|oder|или|或)\s+[0-9]+\b"
)
#: An outcome already known: "given that X = 5", "once the die has landed on 5", "sabendo que saiu 6", "выпало 6".
_KNOWN = lazy(
    r"(?i)\bgiven\s+(?:that\s+)?\$?\s*(?P<given>[XYZUVW])\s*=\s*[0-9]+(?![0-9]|[.,][0-9])|\blanded\s+(?:on\s+)?[0-9a-z]+|"
    r"\b(?:says|said|told|tells\s+\w+|know|knows|learn|learns|see|sees)\s+(?:that\s+)?(?:it|the\s+(?:result|outcome|roll))"
    r"\s+(?:is|was)\s+(?:a\s+)?[0-9]+\b(?!\s*(?:,\s*[0-9]|or\b|bits?\b|nats?\b))|\bcame\s+up\s+[0-9]+|"
    r"\b(?:sabendo|sabiendo)\s+que\s+(?:saiu|sali[óo])\b|\b(?:saiu|sali[óo])\s+(?:o\s+|el\s+|un\s+)?[0-9]+|"
    r"\btomb[ée]\s+sur\s+(?:le\s+)?[0-9]+|\bвыпал[оа]?\s+[0-9]+|[0-9]+\s*(?:が出た|の目が出た|이\s*나왔|가\s*나왔)|"
    r"(?:掷出|掷得|结果是)\s*(?:了\s*)?[0-9]+"
)
#: A distribution all on one outcome, whose outcome the sentence tells: "the one-hot target", "ワンホット".
_ONE_HOT = lazy(r"(?i)\bone[- ]?hot\b|ワンホット|원[- ]?핫|独热|獨熱|\bpoint\s+mass\b|\bDirac\b")
#: Outcomes alike, counted in the sentence: a deck, a lottery, an N-sided die, a uniform distribution.
_ALIKE = lazy(
    r"(?i)\bdecks?\b|\bcards?\b|\blotter(?:y|ies)\b|\blotto\b|[- ](?:sided|faced)\b|"
    r"\buniform(?:ly)?\b|\bequally\s+(?:likely|probable)\b|\bequiprobable\b|\buniformes?\b|Gleichverteilung|"
    r"gleichverteilt|[ée]quiprobables?|равномерн|равновероятн|колод|лотере|baralho|mazzo|baraja|Kartenspiel|"
    r"jeu\s+de\s+[0-9]+\s+cartes|lotería|loteria|lotteria|균등|균일|카드|복권|一様|均匀分布|等概率|トランプ|宝くじ|"
    r"纸牌|扑克|彩票|面体|면체"
)
#: Outcomes given the same share each, in words: "sunny or rainy, each half the time", "four colours, a quarter
#: each", "je zur Hälfte", "chacun la moitié du temps", "各占一半"; the group named gives their number.
_EACH_SHARE = lazy(
    r"(?i)\b(?:(?:each|both)\s+(?P<half>half)\s+(?:of\s+)?the\s+time|(?P<half2>half)\s+(?:of\s+)?the\s+time\s+each"
    r"|(?:a|one)\s+(?:(?P<third>third)|(?P<quarter>quarter)|(?P<fifth>fifth)|(?P<sixth>sixth)|(?P<eighth>eighth))\s+each"
    r"|each\s+(?:a|one)\s+(?:(?P<third2>third)|(?P<quarter2>quarter))"
    r"|(?:je|jeweils)\s+zur\s+(?P<Haelfte>Hälfte)|(?:je|jeweils)\s+(?:ein\s+)?(?:(?P<Drittel>Drittel)|(?P<Viertel>Viertel))"
    r"|chacune?\s+la\s+(?P<moitie>moitié)\s+du\s+temps|(?:un\s+)?(?:(?P<quart>quart)|(?P<tiers>tiers))\s+chacune?"
    r"|cada\s+(?:uno|una|um|uma)\s+(?:la\s+|a\s+)?(?P<mitad>mitad|metade)\s+d(?:el|o)\s+(?:tiempo|tempo))\b"
    r"|各占(?P<一半>一半)|(?P<半々>半々)|각각\s*(?P<절반>절반)|それぞれ(?P<半分>半分)"
)
#: The number of outcomes each share of :data:`_EACH_SHARE` gives.
_SHARES = dict.fromkeys(("half", "half2", "Haelfte", "moitie", "mitad", "一半", "半々", "절반", "半分"), 2) | {
    "third": 3,
    "third2": 3,
    "Drittel": 3,
    "tiers": 3,
    "quarter": 4,
    "quarter2": 4,
    "Viertel": 4,
    "quart": 4,
    "fifth": 5,
    "sixth": 6,
    "eighth": 8,
}
#: Words of a share, any: a sentence with two ("half the time, the other two a quarter each") gives no outcomes alike.
_SHARE_WORD = lazy(
    r"(?i)\b(?:half|third|quarter|fifth|sixth|eighth|Hälfte|Drittel|Viertel|moitié|quart|tiers|mitad|metade)\b|一半|半々|"
    r"절반|半分"
)
#: Words of several draws or objects at once besides :data:`_SEVERAL`'s ("a pair", "together", "in a row"): the share
#: each outcome has is one draw's, which says nothing of them.
_MANY = lazy(
    r"(?i)\b(?:pairs?|twice|together|joint|row|sequences?|strings?|beide|Paar|paire|par|пара|оба)\b|两个|兩個|두\s*개|二つ"
)
#: A digit: a sentence with numbers of its own ("0.3", "3 outcomes") is not read by its share words alone.
_DIGIT = lazy(r"[0-9]")
#: A count: digits, with thousands separated by commas, spaces or dots ("1,000,000", "1 024").
_COUNT = lazy(
    r"(?<![0-9.,/_^A-Za-z])[0-9]{1,3}(?:(?:,|\s|\u202f|\u00a0)[0-9]{3})+(?![0-9]|[.,/][0-9])|(?<![0-9.,/_^A-Za-z])[0-9]+(?![0-9]|[.,/][0-9])"
)
#: Several draws or objects: "two dice", "a pair of coins", "3 rolls", "zwei Würfel": not one draw.
_SEVERAL = lazy(
    r"(?i)\b(?:two|three|four|both|pair\s+of)\s+(?:\w+[- ]sided\s+|fair\s+)?"
    r"(?:dice|rolls|draws|coins|tosses|flips|cards)\b|"
    r"\b[0-9]+\s+(?:\w+[- ]sided\s+|fair\s+)?(?:dice|coins|rolls|draws|tosses|flips|throws)\b|"
    r"\bzwei\s+W[üu]rfel|\bdeux\s+d[ée]s|\bdos\s+dados|\bdois\s+dados|двух\s+кубик|два\s+кубик|"
    r"두\s*개의\s*주사위|两个骰子|2つのサイコロ"
)
#: A source whose distribution no document gives: a language's text, per letter or character.
_UNKNOWN = lazy(
    r"(?i)\b(?:English|German|French|natural[- ]language)\s+(?:text|prose)|\bper\s+(?:letter|character)\b|"
    r"文字あたり|글자당|문자당|每个字母|每个字符|pro\s+Buchstabe|par\s+lettre|por\s+letra|per\s+lettera|на\s+букву|"
    r"英語のテキスト|영어\s*텍스트|英文文本"
)
_SENTENCE_BREAK = lazy(r"[.!?。！？](?:\s|$)|\n[ \t]*\n")


def own_object(before: str, claim: str = "", names: Iterable[str] = ()) -> OwnObject | None:
    """The object the sentence that ``before`` ends (and ``claim`` goes on) describes, None for none or where it
    names one of ``names``, the distributions in force.

    >>> own_object("A fair 1,024-sided die has an ").outcomes, own_object("Равномерное распределение на 8 ").outcomes
    (1024, 8)
    >>> own_object("Given that $X = 5$, the ").outcomes, own_object("A lottery draw of 1 in 1,000,000 has ").outcomes
    (1, 1000000)
    >>> own_object("The entropy of a one-hot target is ").outcomes
    1
    >>> own_object("Roll two 6-sided dice and the ").outcomes, own_object("Given X = 1, the ", "entropy of Y").outcomes
    (0, 0)
    """
    sentences = _SENTENCE_BREAK.split(before[-400:])
    sentence = sentences[-1]
    said = f"{sentence} {claim}"
    known = _KNOWN.search(sentence)
    given = known.group("given") if known is not None else None  # "given that X = 5": X is the one it speaks of
    if any(re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", said) for name in names if name != given):
        return None  # "Unlike the uniform on 4 outcomes, the entropy of P is": the distribution in force
    few = _ONE_OF.search(sentence)
    if few is not None:
        return OwnObject(len(few.group("few").split(",")) + 1, told=True)
    if known is not None:
        letters = set(_LETTER.findall(said)) - {known.group("given"), "A", "I"}
        return OwnObject(0 if letters else 1, told=True)  # "given X = 1, the entropy of Y": not read
    if _ONE_HOT.search(sentence):
        return OwnObject(1, told=True)  # "a one-hot target has entropy 0"; another value may be of another target
    if _UNKNOWN.search(sentence):
        return OwnObject(0, told=False)
    shared = sentence
    if len(sentences) > 1 and points_back(sentence, sentences[-2]):  # "... each half the time. Its entropy is"
        shared = f"{sentences[-2]} {sentence}"
    share = _EACH_SHARE.search(shared)
    if share is None and len(sentences) > 1 and _EACH_SHARE.search(sentences[-2]):
        return OwnObject(0, told=False)  # "맑음과 비가 각각 절반. 엔트로피는 1비트": the shares just given, not read
    if share is not None and (
        _REST.search(shared) or len(_SHARE_WORD.findall(_PARAGRAPH_BREAK.split(before[-400:])[-1])) > 1
    ):
        return OwnObject(0, told=False)  # "sunny half the time. The other two, a quarter each": a distribution not read
    if (
        share is not None
        and len(_SHARE_WORD.findall(shared)) == 1
        and not _DIGIT.search(shared)
        and not _SEVERAL.search(shared)
        and not _MANY.search(shared)
    ):
        return OwnObject(_SHARES[next(name for name, found in share.groupdict().items() if found)], told=False)
    if not _ALIKE.search(sentence):
        return None
    counts = {int(re.sub(r"\D", "", count.group())) for count in _COUNT.finditer(sentence)} - {1}  # "1枚引く"
    if not counts:
        return None  # "P is uniform, so the entropy is": the distribution in force, it may be
    return OwnObject(counts.pop() if len(counts) == 1 and not _SEVERAL.search(sentence) else 0, told=False)


#: Where a paragraph ends.
_PARAGRAPH_BREAK = lazy(r"\n[ \t]*\n")
#: Words that make a share the share of some outcomes only: "the other two", "the rest", "les autres", "나머지".
_REST = lazy(
    r"(?i)\b(?:other|others|remaining|rest|autres|restants?|restantes?|übrigen|anderen|restlichen|demás|otros|otras|"
    r"restantes|outros|outras|altri|altre|остальн\w*|другие)\b|其余|其他|剩下|나머지|다른|残り|他の"
)
#: A variable's letter standing alone: "of Y", "$Y$".
_LETTER = lazy(r"(?<![^\W\d_\\])[A-Z](?![^\W\d_])")
