"""Distributions a sentence gives in words, by groups of outcomes of equal probability: "each of the five colours
has the same 20 %", "A and B have 0.2 each, the other eight 0.075 each", "A와 B는 각각 0.2이고, 나머지 여덟 개는
각각 0.075", "half of the 32 letters have probability 1/64, the other half equal probabilities", "yes with probability
0.475".

A sentence is read only when it says the probabilities are shared ("each", "same", "equal", 각각, 各, ずつ, jeweils,
chacun, cada, каждый) and every probability it writes follows a count of outcomes: a number of things ("five
colours", "8개", "五种"), letters joined by "and" or commas ("A and B", "A와 B", "A、B"), or half of a number of things
said before ("half of the 32 letters", "the other half"). Groups must add up to exactly 1; the rest is shared out only
where the sentence says so: a last count with "the other(s)" or "the rest" and "equal" ("the other half equal
probabilities"). A yes/no answer's probability ("yes with probability 0.475") is a two-outcome distribution.

>>> [g for _, _, g in worded_groups("A and B have 0.2 each, the other eight 0.075 each.")]
[((2, '0.2'), (8, '0.075'))]
>>> [g for _, _, g in worded_groups("Half of the 32 letters have probability 1/64, the other half equal ones.")]
[((16, '1/64'), (16, '3/64'))]
>>> [g for _, _, g in worded_groups("다섯 가지 색깔이 모두 같은 확률 20%를 가진다.")]
[((5, '0.20'),)]
>>> worded_groups("Two of the 10 balls are red, each 0.3."), worded_groups("Tres de las 10 bolas, cada una 0.1.")
([], [])
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.screens import ignoring_case, mentions

#: Number words from two to twelve (and a few more) in the languages the checker knows, with their values.
NUMBER_WORDS = {
    **dict.fromkeys(["two", "zwei", "deux", "dos", "dois", "duas", "два", "две", "двух", "두", "둘"], 2),
    **dict.fromkeys(["three", "drei", "trois", "tres", "três", "три", "трёх", "трех", "세", "셋"], 3),
    **dict.fromkeys(["four", "vier", "quatre", "cuatro", "quatro", "четыре", "четырёх", "четырех", "네", "넷"], 4),
    **dict.fromkeys(["five", "fünf", "cinq", "cinco", "пять", "пяти", "다섯"], 5),
    **dict.fromkeys(["six", "sechs", "seis", "шесть", "шести", "여섯"], 6),
    **dict.fromkeys(["seven", "sieben", "sept", "siete", "sete", "семь", "семи", "일곱"], 7),
    **dict.fromkeys(["eight", "acht", "huit", "ocho", "oito", "восемь", "восьми", "여덟"], 8),
    **dict.fromkeys(["nine", "neun", "neuf", "nueve", "nove", "девять", "девяти", "아홉"], 9),
    **dict.fromkeys(["ten", "zehn", "dix", "diez", "dez", "десять", "десяти", "열"], 10),
    **dict.fromkeys(["eleven", "elf", "onze", "once"], 11),
    **dict.fromkeys(["twelve", "zwölf", "douze", "doce", "doze"], 12),
    **dict.fromkeys(["sixteen", "sechzehn", "seize", "dieciséis", "dezesseis"], 16),
    **dict.fromkeys(["twenty", "zwanzig", "vingt", "veinte", "vinte"], 20),
    **dict.fromkeys(["thirty-two", "zweiunddreißig", "trente-deux", "treinta y dos", "trinta e dois"], 32),
}
#: Chinese and Japanese numerals, read only before a counter (``五种``, ``八つ``).
_HAN = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_HAN_COUNTER = r"(?:个|個|种|種|类|類|つ|色|名|人|字|文字|件|通り)"
#: Korean counters after a number (``다섯 가지``, ``8개``).
_KO_COUNTER = r"(?:개|가지|명|글자|문자|색|종류)"
NUMBER_WORD_PATTERN = "|".join(sorted((re.escape(word) for word in NUMBER_WORDS), key=len, reverse=True))
_LETTER = r"(?:\$\s?)?`?[A-Z]`?(?:\s?\$)?"
_JOIN = r"\s?(?:,|、|，|\s(?:and|und|et|y|e|и)\s|와|과|및|和|与|及|と)\s?"
_PROBABILITY = r"(?:0?\.[0-9]+|0,[0-9]+(?![,.][0-9])|1/[0-9]+|[0-9]+/[0-9]+|[0-9]{1,2}(?:\.[0-9]+)?\s?\\?%)"
#: One piece of a sentence: half of a number of things, a count, letters, a probability, a yes/no answer.
_PIECE = lazy(
    rf"(?P<half>(?i:\b(?:half|Hälfte|moitié|mitad|metade|половин\w*)\b|절반|一半|半分)"
    rf"(?:\s?(?:of|de|der|des|of\s+the|de\s+los|de\s+las|dos|das|из)?\s?(?:the\s+|les\s+|die\s+|los\s+|las\s+|os\s+|as\s+)?"
    rf"(?P<total>[0-9]{{1,4}})(?![0-9.,/%]))?)|"
    rf"(?P<letters>(?<![\w$`]){_LETTER}(?:{_JOIN}{_LETTER})+(?![A-Za-z0-9_`]))|"
    rf"(?P<probability>(?<![\w.,/]){_PROBABILITY}(?![0-9/]|\.[0-9]))|"
    rf"(?P<number>(?<![\w.,/-])[0-9]{{1,4}}(?![0-9.,/%])(?:\s?{_KO_COUNTER})?)|"
    rf"(?P<word>(?<!\w)(?i:{NUMBER_WORD_PATTERN})(?!\w)|(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)(?=\s?{_KO_COUNTER}))|"
    rf"(?P<han>[两二三四五六七八九十](?={_HAN_COUNTER}))|"
    rf"(?P<answer>(?i:\b(?:yes|no)\b\s+with\s+probability\s*)(?P<yes>{_PROBABILITY}))"
)
#: Words that say the probabilities are shared by the outcomes of a count.
_SHARED = lazy(
    r"(?i:\beach\b|\bsame\b|\bequal|\bjeweils\b|\bje\b|\bgleich|\bchacun|\bmême|\bégal|\bcada\b|\bmism[ao]s?\b|"
    r"\bigua(?:l|is|les)\b|кажд|одинаков|равн)|각각|모두|같은|동일|균등|各|均|相同|相等|ずつ|それぞれ|同じ|等しい"
)
_SHARED_ANCHORS = (
    *ignoring_case("each", "same", "equal", "jeweils", "je", "gleich", "chacun", "même", "égal", "cada"),
    *ignoring_case("mism", "igua", "кажд", "одинаков", "равн"),
    *("각각", "모두", "같은", "동일", "균등", "各", "均", "相同", "相等", "ずつ", "それぞれ", "同じ", "等しい"),
    *ignoring_case("yes with probability", "no with probability"),
)
#: Words that give the rest to the last count: "the other half", "the remaining", 나머지, 其余, 残り.
_REST = lazy(
    r"(?i:\b(?:other|others|rest|remaining|übrigen|restlichen|anderen|autres|restantes?|demás|otr[oa]s|outr[oa]s|"
    r"demais|остальн\w*|друг\w*)\b)|나머지|其余|其他|剩下|剩余|残り|その他|他の"
)
#: Words that make a count part of the next one: "three of the 10", "tres de las 10", "трое из 10", "10개 중 3개".
_PART_OF = lazy(r"(?i:\b(?:of|de|des|del|das|dos|von|der|из)\b)|중|のうち|の中|中的?|之中")
#: Where a sentence ends: a full stop, a blank line.
SENTENCE_END = lazy(r"[.!?](?=\s|$)|[。！？]|\n\s*\n")
#: Words that set a count against a probability otherwise than as its share ("2 of the 10", "out of 5", "in 3 steps").
_NOT_SHARE = lazy(r"(?i:\bout\s+of\b|\bsteps?\b|\btimes\b|\brounds?\b|\btrials?\b)|중에서|번")


def worded_groups(raw: str) -> list[tuple[int, int, tuple[tuple[int, str], ...]]]:
    """Each sentence of ``raw`` that gives a distribution by groups: where its first count starts, where its last
    probability ends, and its groups ``(count, probability)`` (the probability as a decimal or ``a/b``)."""
    shared = mentions(raw, _SHARED_ANCHORS) and bool(_SHARED.search(raw) or "with probability" in raw.casefold())
    counted = _COUNTED_SCREEN.search(raw) is not None
    if not shared and not counted:
        return []  # no word that shares probabilities out, nor a yes/no answer's probability, nor counts with them
    found = []
    start = 0
    for end in [match.end() for match in SENTENCE_END.finditer(raw)] + [len(raw)]:
        if end > start:
            groups = _groups(raw, start, end) if shared else None
            groups = _counted_groups(raw, start, end) if groups is None and counted else groups
            if groups is not None:
                found.append(groups)
        start = end
    return found


#: A probability right after the words that give it to a count: "with probability 0.1", "of 1/4", "mit 0,2".
_COUNTED_SCREEN = lazy(
    r"(?i:\b(?:with|of|mit|de|avec|con|com|вероятностью|Wahrscheinlichkeit)\s+"
    r"(?:(?:a\s+|une\s+)?probabilit\w*\s+(?:of\s+|de\s+)?)?"
    r"(?:0?[.,][0-9]|[0-9]+\s?/\s?[0-9]))"
)
#: One count and its probability: "five outcomes with probability 0.1", "one with 0.5", "two of 1/8",
#: "fünf Ergebnisse mit Wahrscheinlichkeit 0,1", "trois valeurs de probabilité 1/4", "пять исходов с вероятностью 0,1".
_ONE = r"one|eine?[nrsm]?|une?|un[oa]|uma?|один|одн[аоу]"
_COUNTED = lazy(
    rf"(?i:(?<![\w.,/])(?P<count>{NUMBER_WORD_PATTERN}|{_ONE}|[0-9]{{1,3}})\s+"
    r"(?:[^\W\d_]+\s+){0,2}"  # what is counted: "outcomes", "other colours", "Symbolen"
    r"(?:with\s+(?:a\s+)?probability(?:\s+of)?|of\s+probability|with|of|having\s+probability|"
    r"(?:mit|der|von)\s+(?:der\s+|einer\s+)?Wahrscheinlichkeit(?:\s+von)?|mit\s+je|mit|de\s+probabilit[ée]|"
    r"avec\s+(?:une\s+|la\s+)?probabilit[ée](?:\s+de)?|avec|de|con\s+probabilidad(?:\s+de)?|con|"
    r"com\s+probabilidade(?:\s+de)?|com|с\s+вероятностью|по)\s+)"
    rf"(?P<probability>{_PROBABILITY})(?![0-9/]|[.,][0-9])"
)
_ONE_WORD = lazy(rf"(?i:{_ONE})")
#: Any probability in a sentence, to tell whether the counted groups give all of them.
_ANY_PROBABILITY = lazy(rf"(?<![\w.,/]){_PROBABILITY}(?![0-9/]|[.,][0-9])")


def _counted_groups(raw: str, start: int, end: int) -> tuple[int, int, tuple[tuple[int, str], ...]] | None:
    """The groups of a sentence that gives each count its probability with no word for "each" ("five outcomes with
    probability 0.1 and one with 0.5", "three outcomes of 1/4 and two of 1/8"): read only when these groups are
    two or more, give every probability the sentence writes, and add up to exactly 1.

    >>> _counted_groups("Five outcomes with probability 0.1 and one with 0.5.", 0, 52)
    (0, 51, ((5, '0.1'), (1, '0.5')))
    >>> _counted_groups("Three outcomes of 1/4 and two of 1/8 are left.", 0, 46)
    (0, 36, ((3, '1/4'), (2, '1/8')))
    >>> _counted_groups("Two outcomes of 0.3 and one of 0.3.", 0, 35) is None  # 0.9 in all
    True
    """
    sentence = raw[start:end]
    found = list(_COUNTED.finditer(sentence))
    if len(found) < 2 or _NOT_SHARE.search(sentence):
        return None
    if len(found) != sum(1 for _ in _ANY_PROBABILITY.finditer(sentence)):
        return None  # a probability of no count, or written otherwise
    groups = tuple((_counted(match.group("count")), _decimal(match.group("probability"))) for match in found)
    if sum((count * Fraction(value) for count, value in groups), Fraction(0)) != 1:
        return None
    return start + found[0].start(), start + found[-1].end(), groups


def _counted(word: str) -> int:
    """The number a count in :data:`_COUNTED` stands for."""
    if word.isdigit():
        return int(word)
    return 1 if _ONE_WORD.fullmatch(word) else NUMBER_WORDS[word.casefold()]


def _groups(raw: str, start: int, end: int) -> tuple[int, int, tuple[tuple[int, str], ...]] | None:
    """The groups of the sentence ``raw[start:end]``, when it gives a distribution by them (see the module)."""
    sentence = raw[start:end]
    answer = None
    groups: list[tuple[int, str]] = []
    pending: tuple[int, int, bool] | None = None  # a count not yet given its probability: count, where, "the other"
    total: int | None = None
    first = last = counted = 0  # counted: where the pending count ends
    for piece in _PIECE.finditer(sentence):
        if piece.lastgroup == "answer":
            answer = piece
        elif piece.lastgroup == "probability":
            if pending is None:
                return None  # a probability of no count: not a sentence of groups
            first = pending[1] if not groups else first
            groups.append((pending[0], _decimal(piece.group())))
            pending, last = None, piece.end()
        elif (count := _count(piece, total)) is not None:
            if piece.group("number") and _NOT_SHARE.search(sentence, max(0, piece.start() - 12), piece.end() + 12):
                return None
            if pending is not None and _PART_OF.search(sentence, counted, piece.start()):
                return None  # "three of the 10 balls ... each 0.1": which count shares it is not clear
            total = int(piece.group("total")) if piece.group("total") else count * 2 if piece.group("half") else count
            other = _REST.search(sentence, max(0, piece.start() - 14), piece.end() + 6) is not None
            pending, counted = (count, piece.start(), other), piece.end()
    if answer is not None:
        if groups or pending is not None:
            return None
        yes = _decimal(answer.group("yes"))
        return start + answer.start(), start + answer.end(), ((1, yes), (1, _fraction(1 - Fraction(yes))))
    shared = sum((count * Fraction(value) for count, value in groups), Fraction(0))
    if not groups or not _SHARED.search(sentence):
        return None
    if pending is not None and pending[2] and shared < 1 and _SHARED.search(sentence, last):
        groups.append((pending[0], _fraction((1 - shared) / pending[0])))  # "the other half equal probabilities"
        last, shared = len(sentence.rstrip(" .。\n")), Fraction(1)
    return (start + first, start + last, tuple(groups)) if shared == 1 else None


def _count(piece: re.Match[str], total: int | None) -> int | None:
    """How many outcomes a count piece stands for (None for half of no known number, or an odd one)."""
    if piece.group("letters"):
        return len(re.findall(r"[A-Z]", piece.group("letters")))
    if piece.group("number"):
        value = int(re.match(r"[0-9]+", piece.group("number")).group())  # type: ignore[union-attr]
        return value if value >= 2 else None
    if piece.group("word"):
        return NUMBER_WORDS.get(piece.group("word").casefold(), _KOREAN.get(piece.group("word")))
    if piece.group("han"):
        return _HAN[piece.group("han")]
    whole = int(piece.group("total")) if piece.group("total") else total
    return whole // 2 if whole is not None and whole % 2 == 0 else None


_KOREAN = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}


def _decimal(written: str) -> str:
    """A probability as explicit entropies write it: ``20 %`` as ``0.20``, ``.5`` as ``0.5``, ``1/64`` as is."""
    plain = written.replace(" ", "").replace(",", ".").rstrip("%\\")
    if "%" in written:
        return str(Decimal(plain).scaleb(-2))
    return "0" + plain if plain.startswith(".") else plain


def _fraction(value: Fraction) -> str:
    """A share worked out from the rest, written ``a/b``."""
    return f"{value.numerator}/{value.denominator}"


def group_entropy(groups: tuple[tuple[int, str], ...], value: str, offset: int) -> CommentClaim:
    r"""The claim that ``value`` (as written, maybe with its unit) is the entropy of the groups, as a formula
    kldocs reads, at ``offset``.

    >>> group_entropy(((2, "0.2"), (8, "0.075")), "3.17 bits", 9).text
    '-(2 \\cdot 0.2 \\log(0.2) + 8 \\cdot 0.075 \\log(0.075)) = 3.17 bits'
    """
    terms = " + ".join(f"{count} \\cdot {p} \\log({p})" if count > 1 else f"{p} \\log({p})" for count, p in groups)
    return CommentClaim(f"-({terms}) = {value}", offset)
