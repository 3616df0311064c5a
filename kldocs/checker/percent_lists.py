"""Distributions a sentence gives as percentages: "p = 13.3% (white 86.7%)", "rain 60 %, sun 40 %", "70 % heads".

Two or more percentages in one sentence with at most brackets, commas, "and" and a few label words between them
(never a word that sets them against each other: "from 80% to 95%") that add up to exactly 100 % are one
distribution; so is one percentage of a coin's side ("70 % heads", "cara el 70 %", "앞면이 70%", "正面 70%") or a
rate's ("a defect rate of 30%", "불량률이 30%", "不良率为 30%"), the other outcome the rest: such a share is flagged, as
what the sentence names next (the coin, "불량 여부") is its own. Percentages that do not add up to 100 are no
distribution.

>>> raw = "The urn is p = 13.3% (white 86.7%), so"
>>> [(items, raw[start:end]) for start, end, items, _ in percent_lists(raw)]
[(('0.133', '0.867'), '13.3% (white 86.7%')]
>>> [(items, share) for _, _, items, share in percent_lists("A coin lands 70 % heads.")]
[(('0.7', '0.3'), True)]
>>> percent_lists("Accuracy rose from 80% to 20%."), [items for _, _, items, _ in percent_lists("rain 60 %, sun 40 %")]
([], [('0.6', '0.4')])
>>> [items for _, _, items, _ in percent_lists("불량률이 30%인 공정")]
[('0.3', '0.7')]
"""

from __future__ import annotations

import re
from decimal import Decimal

from kldocs.checker.lazy_patterns import lazy

#: A percentage: ``13.3%``, ``70 %``, ``40\%``.
_PERCENT = r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,4})?\s?\\?%"
#: What may stand between two percentages of one distribution: brackets, commas, "and" and a few label words
#: (``black balls (white 86.7%``, ``, sun 40 %``), never a word that sets one against the other ("from 80% to 95%").
_BETWEEN = (
    r"(?:\s?(?:[(（,，、/]|(?:and|y|e|et|und|и|和|与|及|및|と)(?=\s)"
    r"|(?!(?:to|from|vs|versus|than|of|at|by|bis|à|a|até|hasta|до|от|по|到|至|从|から|まで|에서|까지)[\s=:])"
    r"[^\W\d_]{1,12}(?![^\W\d_])[=:：]?)){0,5}\s?"
)
#: Percentages a few words apart, each the share of an outcome.
_RUN = lazy(rf"{_PERCENT}(?:{_BETWEEN}{_PERCENT}){{1,9}}")
#: A rate of one of two outcomes, the other the rest: "defect rate", 불량률, 不良率, "taux d'erreur".
_RATE = (
    r"(?i:(?:defect|error|failure|fault|churn|dropout)\s+rate|Fehler(?:rate|quote)|Ausschuss(?:rate|quote)|"
    r"taux\s+(?:d['’]\s?erreur|de\s+d[ée]fauts?|de\s+panne)|tasa\s+de\s+(?:error|defectos|fallos)|"
    r"taxa\s+de\s+(?:erro|defeitos|falhas)|доля\s+брака)|불량률|오류율|에러율|고장률|不良率|次品率|错误率|误码率|故障率|エラー率"
)
#: Words one of which names a rate (folded).
_RATE_WORDS = (
    " rate",
    "rate",
    "quote",
    "taux",
    "tasa",
    "taxa",
    "брака",
    "률",
    "율",
    "不良率",
    "次品率",
    "错误率",
    "误码率",
    "故障率",
    "エラー率",
)
#: One percentage of a coin's side, before or after the side's name, or a rate's.
_COIN = lazy(
    rf"(?P<after>{_PERCENT})\s?(?:of\s+(?:the\s+)?(?:time\s+|tosses\s+)?)?(?i:heads|tails|Kopf|cara|cruz|pile)\b"
    rf"|(?:(?i:\b(?:heads|tails|cara|cruz|Kopf|pile)\s(?:\w{{1,4}}\s){{0,2}})|(?:앞면|뒷면|正面|反面|表|裏)[이가은는が]?\s?)"
    rf"(?P<before>{_PERCENT})|(?P<rate>{_RATE})[이가은는が]?\s?(?:of\s+|is\s+|(?:为|是|=|:)\s?)?(?P<share>{_PERCENT})"
)
#: Words one of which names a coin (folded): a side's name alone is an ordinary word too ("die Zahl 6", 代表, "pile").
_COIN_WORDS = ("coin", "münze", "pièce", "moneda", "moeda", "monet", "монет", "硬币", "硬幣", "硬貨", "コイン", "동전")
#: More than one toss or coin, whose entropy is not one side's share: "tossed twice", "3 coins", "3 回", "두 번".
_SEVERAL = lazy(
    r"(?<![^\W\d_])(?:twice|thrice|zweimal|dreimal|(?:[2-9]|[1-9][0-9]+|two|three|four|five|ten|deux|trois|dos|tres|"
    r"zwei|drei|duas|três)\s*(?:times|tosses|flips|throws|coins|mal|fois|veces|vezes|lancers|lanzamientos|"
    r"Würfe|Münzen|pièces|monedas|moedas|раза?))(?![^\W\d_])|[2-9二三四五十]\s*(?:回|번|次|枚|個)",
    re.IGNORECASE,
)
_NUMBER = lazy(r"[0-9]+(?:\.[0-9]+)?")
#: Most percentage runs read in one paragraph.
_MOST = 50


def percent_lists(raw: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
    """Where each distribution written as percentages starts and ends in ``raw``, its probabilities as decimals, and
    whether it is one share of two outcomes (a coin's side, a rate)."""
    if "%" not in raw:
        return []
    found = []
    for match in _RUN.finditer(raw):
        numbers = [Decimal(number.group()) for number in _NUMBER.finditer(match.group())]
        if sum(numbers) == 100:
            found.append((match.start(), match.end(), tuple(_probability(number) for number in numbers), False))
        if len(found) >= _MOST:
            break
    folded = raw.lower()
    if not any(word in folded for word in (*_COIN_WORDS, *_RATE_WORDS)) or _SEVERAL.search(raw):
        return found
    taken = [(start, end) for start, end, _, _ in found]
    for match in _COIN.finditer(raw):
        group = next(name for name in ("after", "before", "share") if match.group(name))
        if any(start <= match.start(group) < end for start, end in taken):
            continue
        share = Decimal(_NUMBER.search(match.group(group)).group())  # type: ignore[union-attr]
        if 0 < share < 100:
            items = (_probability(share), _probability(100 - share))
            found.append((match.start(), match.end(), items, True))
    return sorted(found)


def _probability(percent: Decimal) -> str:
    """A percentage as a decimal probability: ``70`` as ``0.7``, ``13.3`` as ``0.133``."""
    return format(percent.scaleb(-2).normalize(), "f")
