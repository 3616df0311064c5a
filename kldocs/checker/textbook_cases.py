r"""Textbook distributions named in words, in several languages: a fair coin, a biased coin with its probability,
a certain event, a fair die (of N sides), N outcomes alike, a loaded die given by its faces, the sum or the maximum
of two fair dice.

:func:`textbook_case` reads one short text (a table's cell, a list item's words before its value) that names one
such case and gives the probabilities it stands for, as written fractions or decimals; a text that names none, or
more than one, or several draws ("two flips of a fair coin"), gives None.

>>> textbook_case("Fair coin").outcomes, textbook_case("Biased coin (0.9/0.1)").probabilities
(2, ('0.9', '0.1'))
>>> textbook_case("공정한 주사위").name, textbook_case("Uniform over 256 outcomes").outcomes
('fair die', 256)
>>> textbook_case("Augensumme zweier Würfel").name, textbook_case("two flips of a fair coin") is None
('sum of two dice', True)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.screens import mentions

_FAIR = (
    r"(?:fair|unbiased|honest|ideal|공정한|공평한|균일한|均匀的?|公平的?|公正的?|无偏的?|公平な|歪みのない|"
    r"faire[nrsm]?|ehrliche[nrsm]?|[ée]quilibr[ée]e?s?|non\s+truqu[ée]e?s?|honn[êe]tes?|just[oa]s?|equilibrad[oa]s?|"
    r"honest[oa]s?|n[ãa]o\s+viciad[oa]s?|no\s+trucad[oa]s?|честн\w*|симметричн\w*|правильн\w*)"
)
_BIASED = (
    r"(?:biased|unfair|loaded|weighted|crooked|편향된|불공정한|치우친|조작된|有偏的?|不公平的?|不均匀的?|偏的|"
    r"歪んだ|偏った|いびつな|gezinkte?[nrsm]?|unfaire?[nrsm]?|gef[äa]lschte?[nrsm]?|biais[ée]e?s?|truqu[ée]e?s?|"
    r"pip[ée]e?s?|sesgad[oa]s?|cargad[oa]s?|trucad[oa]s?|viciad[oa]s?|nechestn\w*|нечестн\w*|несимметричн\w*|"
    r"смещ[её]нн\w*|фальшив\w*|утяжел[её]нн\w*)"
)
_COIN = r"(?:coins?|동전|硬币|硬幣|コイン|M[üu]nzen?|pi[èe]ces?|monedas?|moedas?|монет\w*)"
_DIE = (
    r"(?:dice|die(?-i:(?!\s+[A-ZÄÖÜ][a-zäöüß]))|주사위|骰子|サイコロ|W[üu]rfels?|dés?|dados?|кубик\w*|"
    r"игральн\w+\s+кост\w*|кост\w*)"
)
#: Nouns their adjective may follow: "dé équilibré", "moneda justa", "кубик честный".
_DIE_AFTER = r"(?:dés?|dados?|кубик\w*|кост\w*)"
_COIN_AFTER = r"(?:pi[èe]ces?|monedas?|moedas?|монет\w*)"
_SIDES_WORDS = {"four": 4, "six": 6, "eight": 8, "ten": 10, "twelve": 12, "twenty": 20}
#: A die's sides: "six-sided", "8-sided", "d20", "8면", "六面", "20面".
_SIDES = lazy(
    r"(?i)(?<![A-Za-z0-9])(?:(?P<digits>[0-9]{1,2})|(?P<word>four|six|eight|ten|twelve|twenty))[- ]?(?:sided|faced)|"
    r"(?<![A-Za-z0-9])d(?P<d>4|6|8|10|12|20)(?![0-9A-Za-z])|(?P<cjk>[0-9]{1,2})\s*(?:면|面)"
)
_FAIR_COIN = lazy(rf"(?i)(?<![^\W\d_]){_FAIR}\s*{_COIN}(?![A-Za-z])|(?<![^\W\d_]){_COIN_AFTER}\s+{_FAIR}(?![A-Za-z])")
_FAIR_DIE = lazy(
    rf"(?i)(?<![^\W\d_]){_FAIR}\s*(?:[0-9a-z]+[- ]?(?:sided|faced)\s+|[0-9]+\s*(?:면|面)\s*)?{_DIE}(?![A-Za-z])|"
    rf"(?<![^\W\d_]){_DIE_AFTER}\s+{_FAIR}(?![A-Za-z])|(?<!\w){_FAIR}\s+d(?:4|6|8|10|12|20)(?!\w)|"
    rf"(?<![A-Za-z0-9])(?:[0-9]{{1,2}}|four|six|eight|ten|twelve|twenty)[- ]sided\s+{_DIE}(?!\w)"
)
_BIASED_COIN = lazy(
    rf"(?i)(?<![^\W\d_]){_BIASED}\s*{_COIN}(?![A-Za-z])|(?<![^\W\d_]){_COIN_AFTER}\s+{_BIASED}(?![A-Za-z])"
)
_BIASED_DIE = lazy(
    rf"(?i)(?<![^\W\d_]){_BIASED}\s*(?:[0-9a-z]+[- ]?(?:sided|faced)\s+)?{_DIE}(?![A-Za-z])|"
    rf"(?<![^\W\d_]){_DIE_AFTER}\s+{_BIASED}(?![A-Za-z])"
)
_ANY_COIN = lazy(rf"(?i)(?<![A-Za-z]){_COIN}(?![A-Za-z])")
_ANY_DIE = lazy(rf"(?i)(?<![A-Za-z]){_DIE}(?![A-Za-z])")
_CERTAIN = lazy(
    r"(?i)\b(?:certain|sure)\s+(?:event|outcome)|\bdeterministic\b|\bone\s+outcome\s+with\s+probability\s+1\b|"
    r"확실한\s*사건|필연\s*사건|必然事件|确定(?:性)?事件|確実な事象|必然事象|\bsicheres?\s+Ereignis|"
    r"\bdeterministisch\w*|[ée]v[ée]nement\s+certain|\bd[ée]terministe\b|\bsuceso\s+seguro|\bevento\s+(?:seguro|certo)|"
    r"\bdetermin[ií]st(?:ic)?[oa]\b|достоверн\w+\s+событи\w*|детерминированн\w*"
)
_UNIFORM = lazy(
    r"(?i)\buniform(?:ly)?\b|\bequally\s+(?:likely|probable)\b|\bequiprobable\b|균등|균일|一様|均匀分布|等概率|"
    r"等可能|等確率|同様に確からしい|Gleichverteilung|gleichverteilt\w*|gleichwahrscheinlich\w*|\buniformes?\b|"
    r"[ée]quiprobables?|equiprobables?|равномерн\w*|равновероятн\w*|đồng\s+(?:xác\s+suất|khả\s+năng)|phân\s+phối\s+đều"
)
_TWO = r"(?:two|2|zwei(?:er)?|deux|dos|dois|двух|два|두\s*개의|두|两个|两|兩個|兩|二つの|2つの|2個の)"
_SUM = lazy(
    rf"(?i)(?:\bsum|\btotal|Summe|Augensumme|\bsomme|\bsuma|\bsoma|сумм\w*|합|和|点数和|合計|目の和)\b.{{0,40}}?{_TWO}\s*"
    rf"(?:fair\s+|faire[nr]?\s+|공정한\s*|公平的?|公平な)?(?:six-sided\s+)?{_DIE}|"
    rf"{_TWO}\s*(?:fair\s+)?{_DIE}\s*(?:의|的|の)?\s*(?:합|和|点数和|目の和|合計|Augensumme)"
)
_MAX = lazy(
    rf"(?i)(?:\bmax(?:imum)?|Maximum|\bmáximo|\bmaximum|максимум\w*|최댓값|最大值)\b.{{0,40}}?{_TWO}\s*"
    rf"(?:fair\s+|faire[nr]?\s+)?{_DIE}|{_TWO}\s*(?:fair\s+)?{_DIE}\s*(?:의|的|の)?\s*(?:최댓값|最大值|最大値)"
)
#: Several draws or things, which no one of the cases is: "two flips of a fair coin", "three fair dice", "joint".
_SEVERAL = lazy(
    rf"(?i)(?<![A-Za-z0-9.,])(?:two|three|four|five|ten|[2-9]|[1-9][0-9]+|zwei|drei|deux|trois|dos|tres|dois|três|два|двух|"
    rf"три|трёх|두|세|两|兩|三)\s*(?:fair\s+|independent\s+|[0-9a-z]+[- ]?sided\s+)?(?:{_COIN[3:-1]}|{_DIE[3:-1]}|"
    r"flips?|tosses|rolls|throws|times|번|回|次|枚|個|Würfe|lancers|lanzamientos|бросков|броска|fois|mal|veces|vezes|"
    r"раза?)(?![A-Za-z])|"
    r"\b(?:twice|pair|joint|sequence|sequences|independent|product|conditional|bound|zweimal|deux\s+fois|dos\s+veces|"
    r"duas\s+vezes|дважды|adding|added|add\s+up|"
    r"at\s+most|at\s+least|less\s+than|more\s+than|up\s+to|maximal|minimal|maximum\s+entropy|paar|paire|par)\b"
)
#: Several of them with a word between ("zwei faire Münzen", "deux dés équilibrés"), or counted after them
#: ("공정한 주사위 두 개"): not one of the cases (the sum and the maximum of two dice are read before).
_MANY = lazy(
    rf"(?i)(?<![A-Za-z0-9.,])(?:two|three|zwei|drei|deux|trois|dos|tres|dois|três|два|двух|три)\s+[^\W\d_]+\s+"
    rf"(?:{_COIN[3:-1]}|{_DIE[3:-1]}|dés|dados)"
    rf"|(?:{_COIN[3:-1]}|{_DIE[3:-1]})\s*(?:두|세|네|다섯)\s*개"
)
#: Words that make the value one of a function of the case or of it under a condition ("given that the roll is
#: even", "parity", "whether it shows a six", "rolled until", "modulo 3"): not the case's own entropy.
_NOT_THE_CASE = lazy(
    r"(?i)(?<![^\W\d_])(?:given|conditioned|conditional|parity|even|odd|whether|until|modulo|mod|sachant|gegeben|"
    r"gerade|ungerade|Parität|dado\s+que|sabiendo|par(?:idad|ité)|impair)(?![^\W\d_])|条件|주어진|짝수|홀수|奇偶|偶数|奇数|まで"
)
#: A die's sides named in a way :data:`_SIDES` does not read ("à 4 faces", "mit 8 Seiten", "de 8 caras").
_OTHER_SIDES = lazy(
    r"(?i)(?<![^\W\d_])(?:faces|Seiten|caras|lados|граней|гранями|sided|seitig\w*)(?![^\W\d_])|[0-9]+\s*[면面]"
)
#: Any word for a coin or die not being fair: a text with one names no fair coin or die.
_ANY_BIASED = lazy(rf"(?i)(?<![^\W\d_]){_BIASED}(?![A-Za-z])")
#: A probability as written: a decimal in [0, 1] (with a point or a comma), a fraction, or a percentage.
_PROBABILITY = lazy(r"(?<![0-9.,])(?:[0-9]+\s*/\s*[1-9][0-9]*(?![0-9]|[.,][0-9])|[01](?:[.,][0-9]+)?(?![0-9]))")
_COUNT = lazy(r"(?<![0-9.,/\[(])(?P<count>[1-9][0-9]{0,3})(?![0-9.,/\])])")


#: Words (folded), one of which is in every text a case is read from (see :mod:`~kldocs.checker.screens`).
_ANCHORS = (
    *("coin", "dice", "die", "dé", "dado", "würfel", "wurfel", "münze", "munze", "pièce", "piece", "moneda", "moeda"),
    *("монет", "кубик", "кост", "동전", "주사위", "硬币", "硬幣", "骰子", "コイン", "サイコロ", "uniform", "equally"),
    *(
        "equiprob",
        "đồng xác",
        "đồng khả",
        "phối đều",
        "équiprob",
        "gleich",
        "certain",
        "sure",
        "determin",
        "détermin",
        "확실",
        "필연",
        "균등",
        "균일",
        "一様",
    ),
    *("均匀", "等概率", "等可能", "等確率", "同様", "必然", "确定", "確実", "sicher", "seguro", "certo", "достоверн"),
    *("детерминир", "равномерн", "равновероятн", "fair"),
)


@dataclass(frozen=True)
class Case:
    """A textbook distribution: its name and the probabilities of its outcomes as written, or the number of its
    ``outcomes``, all alike (a fair coin or die, a uniform distribution), with no probabilities listed.

    >>> Case("uniform", (), 256).outcomes
    256
    """

    name: str
    probabilities: tuple[str, ...]
    outcomes: int = 0


def textbook_case(text: str, faces: Callable[[], tuple[str, ...]] = tuple) -> Case | None:
    """The one textbook distribution ``text`` names, or None (see the module's docstring).

    ``faces``: finds the probabilities of a loaded die given elsewhere in the document, for a text that names a
    loaded die without them (called only then).

    >>> textbook_case("Loaded die", lambda: ("1/2", "1/4", "1/8", "1/8")).probabilities
    ('1/2', '1/4', '1/8', '1/8')
    >>> textbook_case("fair coin vs. fair die") is None, textbook_case("Max of two dice").name
    (True, 'max of two dice')
    """
    if not mentions(text, _ANCHORS):
        return None  # no word for a coin, a die, outcomes alike or a certain event
    if _NOT_THE_CASE.search(text) or (_OTHER_SIDES.search(text) and not _SIDES.search(text)):
        return None
    if _SUM.search(text):
        return _dice("sum of two dice", lambda first, second: first + second)
    if _MAX.search(text):
        return _dice("max of two dice", max)
    if _SEVERAL.search(text) or _MANY.search(text):
        return None
    found = [
        name
        for name, pattern in (
            ("certain", _CERTAIN),
            ("uniform", _UNIFORM),
            ("biased coin", _BIASED_COIN),
            ("loaded die", _BIASED_DIE),
            ("fair coin", _FAIR_COIN),
            ("fair die", _FAIR_DIE),
        )
        if pattern.search(text)
    ]
    if len(found) != 1:
        return _unnamed(text) if not found else None
    name = found[0]
    if name == "certain":
        return None if _PROBABILITY.search(text) and "1" not in text else Case("certain event", ("1",))
    if name == "uniform":
        counts = {int(match.group("count")) for match in _COUNT.finditer(text)}
        if len(counts) != 1 or _ANY_COIN.search(text) or "[" in text or min(counts) < 2:
            return None
        return Case("uniform", (), counts.pop())
    if name in ("fair coin", "fair die"):
        if _ANY_BIASED.search(text):
            return None  # "a loaded six-sided die": not a fair one
        sides = 2 if name == "fair coin" else _sides(text)
        if sides is None or any(Fraction(_plain(p)) != Fraction(1, sides) for p in _probabilities(text)):
            return None  # "a fair coin with p = 0.9": not what it says
        return Case(name, (), sides)
    given = _probabilities(text) or (faces() if name == "loaded die" else ())
    if name == "biased coin" and len(given) == 1:
        given = (given[0], _complement(given[0]))
    wanted = 2 if name == "biased coin" else len(given)
    if len(given) != wanted or not 2 <= wanted <= 12 or sum(Fraction(_plain(p)) for p in given) != 1:
        return None
    return Case(name, given)


def loaded_faces(text: str) -> tuple[str, ...]:
    """The probabilities of the faces of a loaded die that the last line of ``text`` naming one gives, if they sum to
    1 ("A loaded die has faces with probabilities 1/2, 1/4, 1/8, 1/8."), else none.

    >>> loaded_faces("A loaded die has faces with probabilities 1/2, 1/4, 1/8, 1/8.\\n\\nMore text.\\n")
    ('1/2', '1/4', '1/8', '1/8')
    """
    if not _ANY_DIE.search(text):
        return ()
    for line in reversed(text.split("\n")):
        if _BIASED_DIE.search(line):
            given = _probabilities(line)
            if 2 <= len(given) <= 12 and sum(Fraction(_plain(p)) for p in given) == 1:
                return given
    return ()


def _unnamed(text: str) -> Case | None:
    """A coin given by its probability with no word for fair or biased ("Coin with p = 0.9"), else None."""
    if _ANY_COIN.search(text) is None or _ANY_DIE.search(text) is not None:
        return None
    given = _probabilities(text)
    if len(given) == 1:
        given = (given[0], _complement(given[0]))
    if len(given) != 2 or sum(Fraction(_plain(p)) for p in given) != 1:
        return None
    return Case("biased coin", given)


def _dice(name: str, combine: object) -> Case:
    """The distribution of ``combine`` of two fair six-sided dice, as fractions of 36."""
    counts: dict[int, int] = {}
    for first in range(1, 7):
        for second in range(1, 7):
            value = combine(first, second)  # type: ignore[operator]
            counts[value] = counts.get(value, 0) + 1
    return Case(name, tuple(f"{counts[value]}/36" for value in sorted(counts)))


def _sides(text: str) -> int | None:
    """The sides of the die ``text`` names, 6 when it names none; None for fewer than 2.

    >>> _sides("fair die"), _sides("a fair 8-sided die"), _sides("fair d20"), _sides("공정한 12면 주사위")
    (6, 8, 20, 12)
    """
    found = _SIDES.search(text)
    if found is None:
        return 6
    written = found.group("digits") or found.group("d") or found.group("cjk")
    sides = int(written) if written else _SIDES_WORDS[found.group("word").lower()]
    return sides if sides >= 2 else None


def _probabilities(text: str) -> tuple[str, ...]:
    """The probabilities ``text`` writes, as written (a comma for a point read as one).

    >>> _probabilities("Biased coin (p = 0,9)"), _probabilities("loaded die: 1/2, 1/4, 1/8, 1/8")
    (('0,9',), ('1/2', '1/4', '1/8', '1/8'))
    """
    found = tuple(re.sub(r"\s+", "", match.group()) for match in _PROBABILITY.finditer(text))
    return found if all(0 <= Fraction(_plain(p)) <= 1 for p in found) else ()


def _plain(probability: str) -> str:
    """A probability as Python's Fraction reads it: a decimal comma made a point."""
    return probability.replace(",", ".")


def _complement(probability: str) -> str:
    """One minus a probability, written as a fraction.

    >>> _complement("0,9"), _complement("1/4")
    ('1/10', '3/4')
    """
    return str(1 - Fraction(_plain(probability)))
