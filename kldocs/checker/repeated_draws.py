"""How many independent draws a sentence gives an entropy for: "for 3 symbols in a row the entropy is 5.54 bits",
"drawing twice with replacement, the entropy of the pair is 4.64 bits", "zweimal", "deux fois", "두 번", "两次".

The entropy of n independent draws from one distribution is n times its entropy. A count is read only where it is
clear: a number of times ("3 times", "twice", "дважды", "2回"), a number of draws, tosses or rolls ("4 rolls",
"drei Würfe"), a number of symbols or letters said to come in a row ("3 symbols in a row", "подряд"), or a pair
("the pair", "Paar", "paire", "쌍", "ペア"). Each phrase read is blanked out of the text, so that the number in it is
not taken for a value and its words do not make the value another quantity's.

>>> text, counts = repeated_draws("; drawing twice, the entropy of the pair is 4.64 bits")
>>> [(text[start:end] == " " * (end - start), count) for start, end, count in counts]
[(True, 2), (True, 2)]
>>> repeated_draws(" for 3 symbols in a row the entropy is 5.54 bits")[1]
[(5, 23, 3)]
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.worded_groups import NUMBER_WORD_PATTERN, NUMBER_WORDS

#: Numbers words give in Chinese, Japanese and Korean before a counter of times.
_CJK = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "두": 2, "세": 3, "네": 4, "다섯": 5}
_COUNT = rf"(?P<n>[0-9]{{1,2}}|(?<!\w)(?i:{NUMBER_WORD_PATTERN})|两|二|三|四|五|두|세|네|다섯)"
#: After "twice" or "2 times": a comparison, not a count of draws ("twice that of a coin", "2 times 1 bit").
_COMPARED = r"(?!\s(?i:that|those|the|as|of|its|[0-9]|que|so|wie|как|больше)(?!\w))"
#: A count of draws: times, draws, or symbols in a row; or a word that means two or three times.
_DRAWS = lazy(
    _COUNT + r"\s?(?:(?i:times|mal|fois|veces|vezes|раза?)\b" + _COMPARED + r"|번|次|回|"
    r"(?i:draws|tosses|flips|rolls|throws|trials|Würfe|Ziehungen|tirages|lancers|lancements|extracciones|tiradas|"
    r"lanzamientos|lançamentos|sorteios|бросков|броска|извлечения)\b|"
    r"(?i:symbols|letters|characters|Symbole|Zeichen|symboles|lettres|caractères|símbolos|letras|caracteres|"
    r"символ(?:а|ов)|букв\w*)\s(?i:in a row|hintereinander|nacheinander|à la suite|de suite|seguidos|seguidas|"
    r"consecutivos|consecutivas|подряд)\b)"
    r"|(?P<two>(?<!\w)(?i:twice|zweimal|дважды|pairs?|Paare?|paires?|parejas?|пар[аыу]?)(?!\w)"
    + _COMPARED
    + r"|쌍|ペア)"
    r"|(?P<three>(?<!\w)(?i:thrice|dreimal|трижды)(?!\w)" + _COMPARED + r")"
)
#: A word for one draw: with a count of several, it leaves unclear which the value is of.
_ONE = lazy(
    r"(?<!\w)(?i:one|single|each|per|einzeln\w*|pro|une seule|chaque|cada|uno|una|um|uma|каждого|одного|одной)(?!\w)|"
    r"한 번|1회|1回|一次|単一|단일|每"
)

#: A value given per draw right after it: "1.85 bits per symbol", "bits/symbol", "бит на символ".
_ONE_AFTER = lazy(r"[^.;\n]{0,16}?(?:(?<!\w)(?i:per|each|pro|par|por|на|à)(?!\w)|/|每|당)")


def repeated_draws(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The text with each count of draws blanked out, and where each was with its count (none: no count read)."""
    counts = []
    for found in _DRAWS.finditer(text):
        if found.group("n") is not None:
            word = found.group("n")
            count = int(word) if word.isdigit() else NUMBER_WORDS.get(word.casefold(), _CJK.get(word, 0))
        else:
            count = 2 if found.group("two") else 3
        counts.append((found.start(), found.end(), count))
    for start, end, _ in counts:
        text = text[:start] + " " * (end - start) + text[end:]
    return text, counts


def times_before(text: str, counts: list[tuple[int, int, int]], at: int, end: int) -> int | None:
    """How many draws the value from ``at`` to ``end`` is of: 1 when no count stands before it; the count when one
    stands before it and no word for one draw (``per``, ``each``) stands before it or right after (``1.85 bits per
    symbol``); None when two counts or such a word leave it unclear.

    >>> text, counts = repeated_draws("for 3 symbols in a row the entropy is 5.54 bits")
    >>> times_before(text, counts, 38, 42), times_before(text, counts, 2, 3)
    (3, 1)
    >>> text, counts = repeated_draws("for 3 symbols in a row the entropy is 1.85 bits per symbol")
    >>> times_before(text, counts, 38, 42) is None
    True
    """
    before = [count for start, _, count in counts if start < at]
    if not before:
        return 1
    if len(set(before)) > 1 or before[0] < 2 or _ONE.search(text, 0, at) or _ONE_AFTER.match(text, end):
        return None
    return before[0]
