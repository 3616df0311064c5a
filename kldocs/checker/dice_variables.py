r"""Variables described in words as two dice's pair of scores, sum, maximum or minimum, or as an integer drawn
uniformly from a range: "X is the score of two dice", "Y is the sum of two dice", "la suma de dos dados",
"Y 为两个骰子的点数之和", "X is chosen uniformly at random from the integers 0 to 32 inclusive".

:func:`described` finds them in a sentence (one whose formulas' marks are taken out). The dice are fair six-sided
dice unless the sentence says otherwise (then it is not read); :mod:`~kldocs.checker.constructions` makes each
variable a function of two dice of its own making (:data:`DICE`), so that the pair, the sum and the maximum of the
same two dice go together (``I(X; Y)`` of the pair and the sum is the sum's entropy). A range is of whole numbers,
both ends in ("inclusive", "from 1 to 6", "0 through 32"); "between 0 and 32" is read only with "inclusive".

>>> [(d.letter, d.kind) for d in described("Let X be the score of two dice and Y the sum of two dice.")]
[('X', 'pair'), ('Y', 'sum')]
>>> [(d.letter, d.kind, d.values) for d in described("X is chosen uniformly from the integers 0 to 32 inclusive")]
[('X', 'range', (0, 32))]
>>> described("X is a number between 0 and 32"), described("Let X be the sum of two loaded dice")
([], [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kldocs.checker.lazy_patterns import lazy

#: The two dice a variable described in words is a function of: letters a document does not write.
DICE = ("Z_98", "Z_99")
#: Each kind of variable of two dice, as a function of :data:`DICE` (the pair as one number per pair of faces).
FUNCTIONS = {
    "pair": f"6 * {DICE[0]} + {DICE[1]}",
    "sum": f"{DICE[0]} + {DICE[1]}",
    "max": f"max({DICE[0]}, {DICE[1]})",
    "min": f"min({DICE[0]}, {DICE[1]})",
}
#: Most whole numbers in a range read.
MAX_RANGE = 1024

_LETTER = r"(?<![A-Za-z\\_{(|\[,=^])(?P<letter>[A-Z](?:_\{?[0-9]{1,2}\}?)?)(?![A-Za-z(])"
_KINDS = {
    "pair": r"pair(?:\s+of\s+scores)?|scores?|outcomes?|results?|resultados?|r[ée]sultats?|couple|Ergebnis(?:se)?|par",
    "sum": r"sum|total|somme|suma|soma|Augensumme|Summe|和|总和|總和|合計|합",
    "max": r"max(?:imum)?|larger|largest|greater|higher|highest|m[áa]ximo|最大值|最大|최댓값|최대값",
    "min": r"min(?:imum)?|smaller|smallest|lower|lowest|m[íi]nimo|最小值|最小|최솟값|최소값",
}
_WHAT = "|".join(f"(?P<{kind}>{words})" for kind, words in _KINDS.items())
_ADJECTIVES = (
    r"(?:(?:fair|six-sided|6-sided|ordinary|standard|regular|independent|justos|[ée]quilibr[ée]s|faire[nr]?)\s+)"
)
#: "X is the sum of (the scores of) (rolling) two (fair) dice", in English, Spanish, French, Portuguese and German.
_WESTERN = lazy(
    rf"(?i){_LETTER}\s*(?:(?:is|be|denotes?|represents?|=|:|es|sea|denota|est|soit|d[ée]signe|[ée]|seja|ist|sei"
    rf"|bezeichnet|bezeichne)\s+)?(?:the\s+|la\s+|el\s+|le\s+|o\s+|a\s+|die\s+|das\s+|der\s+)?(?:{_WHAT})\s+"
    r"(?:(?:of|on|from|de|des|do|dos|von|der|beim)\s+)?(?:the\s+|los\s+|les\s+|os\s+)?"
    r"(?:(?:scores?|values?|numbers?|faces?|points?|puntos|Augen(?:zahlen)?)\s+(?:of|on|shown\s+by|de|des|dos|der|von)\s+)?"
    r"(?:(?:rolling|throwing|tossing|lanzar|lancer|lan[çc]ar|Wurf\s+von|Werfen\s+von)\s+)?(?:the\s+)?"
    rf"(?:two|2|a\s+pair\s+of|dos|deux|dois|zwei|zweier)\s+{_ADJECTIVES}{{0,3}}(?:dice|dados|d[ée]s|Würfel[ns]?)"
)
#: "Y 为两个骰子的点数之和", "Y を 2 つのサイコロの目の和", "Y는 두 주사위 눈의 합".
_EASTERN = lazy(
    rf"{_LETTER}\s*(?:为|為|是|表示|を|は|는|은|를|을)\s*(?:两|兩|二|2|두)\s*(?:个|個|枚|颗|顆|つ|つの|개의?)?\s*"
    rf"(?:骰子|サイコロ|주사위)\s*(?:的|の)?\s*(?:点数|點數|目の|눈의)?\s*(?:之)?\s*(?:{_WHAT})"
)
#: The same without the dice, where the sentences before have rolled two: "Let X denote the pair of scores".
_BARE = lazy(
    rf"(?i){_LETTER}\s*(?:(?:is|be|denotes?|represents?|=|:)\s+)?(?:the\s+)?(?:{_WHAT})"
    r"(?:\s+of\s+(?:the\s+)?(?:two\s+)?(?:scores|rolls|throws|dice))?(?=\s*(?:[,.;:]|and\s|$))"
)
#: Two dice rolled in the sentences before: "Two fair dice are rolled", "We roll a pair of dice".
_ROLLED = lazy(rf"(?i)(?:two|2|a\s+pair\s+of)\s+{_ADJECTIVES}{{0,3}}dice")
_BIASED = lazy(r"(?i)biased|unfair|loaded|weighted|sesgad|cargad|truqu|gezinkt|偏|歪|편향|불공정|not\s+fair")
#: Words that make the variable another one than the plain function of two fair dice or the plain uniform draw:
#: "modulo 6", "given that both show even numbers", "excluding multiples of 2", "plus a third die".
_CHANGED = lazy(
    r"(?i)(?<![^\W\d_])(?:modulo|mod|given|if|when|unless|except\w*|exclud\w*|without|but|plus|minus|times|third|three|"
    r"more|other|another|even|odd|multiples?|divisible|conditional\w*|only|not|ne|pas|sauf|hors|excepto|salvo|exceto|"
    r"sin|sem|außer|ohne|nicht|keine?|gerade|ungerade|impairs?|impares|dritte[nrs]?|troisi[eè]me|tercer[oa]?|"
    r"terceiro)(?![^\W\d_])|除|以外|模|余|偶|奇|第三|条件|제외|나머지|짝수|홀수|조건|세\s*개|三つ|ただし"
)
_UNIFORM = r"(?:uniformly|at\s+random|uniformément|au\s+hasard|uniformemente|al\s+azar|gleichverteilt|zufällig)"
#: "X is chosen uniformly at random from the integers 0 to 32 inclusive".
_RANGE = lazy(
    rf"(?i){_LETTER}\s*(?:is|be|est|es|ist|:)?\s*(?:an?\s+(?:random\s+)?(?:integer|number)\s+)?"
    rf"(?:chosen|drawn|picked|selected|sampled|choisi|tir[ée]|elegido|escolhido|gezogen|gewählt)?\s*"
    rf"(?:{_UNIFORM}\s+){{1,2}}(?:from|among|in|on|over|parmi|dans|de|entre|aus|unter)\s+(?:the\s+|les\s+|los\s+|den\s+)?"
    r"(?:integers|whole\s+numbers|numbers|entiers|enteros|inteiros|ganzen\s+Zahlen|Zahlen)\s+"
    r"(?:(?P<from>from|de|von)\s+)?(?P<a>\d{1,4})\s+(?P<to>to|through|thru|à|a|até|bis|and|et|y|e|und|-|–)\s+"
    r"(?P<b>\d{1,4})(?P<inclusive>\s*\(?\s*(?:inclusive|inclus|inclusive?s|einschließlich)\b)?"
)
#: Words of a sentence that may describe such a variable.
DESCRIBED_HINT = lazy(
    r"(?i)dice|scores|dados|d[ée]s\b|Würfel|骰子|サイコロ|주사위|integers|entiers|enteros|inteiros|Zahlen"
)


@dataclass(frozen=True)
class Described:
    """A variable described in words: its letter, its kind (``pair``, ``sum``, ``max``, ``min`` of two dice, or
    ``range``), the range's ends, and where in the sentence it starts."""

    letter: str
    kind: str
    start: int
    values: tuple[int, int] = (0, 0)


def described(sentence: str, before: str = "") -> list[Described]:
    """The variables a sentence describes in words (see the module); ``before``, the text of its paragraph before it,
    may have rolled the dice ("Two dice are rolled. Let X be the pair of scores").

    >>> [(d.letter, d.kind) for d in described("Let X be the pair of scores.", "Two fair dice are rolled. ")]
    [('X', 'pair')]
    """
    rolled = bool(before) and _ROLLED.search(before) is not None and _BIASED.search(before) is None
    if DESCRIBED_HINT.search(sentence) is None and not rolled:
        return []
    if _CHANGED.search(sentence) or _BIASED.search(before):
        return []  # another variable than the plain one the patterns below name, or dice loaded just before
    found: list[Described] = []
    if _BIASED.search(sentence) is None:
        for pattern in (_WESTERN, _EASTERN, *((_BARE,) if rolled else ())):
            for match in pattern.finditer(sentence):
                kind = next(kind for kind in _KINDS if match.group(kind))
                item = Described(_plain(match.group("letter")), kind, match.start())
                if all(other.start != item.start for other in found):
                    found.append(item)
    for match in _RANGE.finditer(sentence):
        low, high = int(match.group("a")), int(match.group("b"))
        between = match.group("from") is None and match.group("to").lower() in ("and", "et", "y", "e", "und")
        if 0 < high - low < MAX_RANGE and not (between and match.group("inclusive") is None):
            found.append(Described(_plain(match.group("letter")), "range", match.start(), (low, high)))
    return sorted(found, key=lambda item: item.start)


def _plain(letter: str) -> str:
    return re.sub(r"[{}]", "", letter)
