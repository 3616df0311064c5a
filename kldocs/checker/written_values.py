"""Values as written with their units after a first one: a series of them, the same value in other units, a value alone.

An entropy given in words (:mod:`~kldocs.checker.listed_entropies`) may be followed by more: the values of a
series ("Their entropies are 1.5 and 1.157 bits"), the same value in other units in the list items below it
(``- H = 1.040 nats``), or, after a share of two outcomes, the rest of its line (``20%일 때는 0.722 nats.``).
Each is read where it stands and as written with its unit (``"1.157 bits"``).

>>> text = "Their entropies are 1.5 and 1.157 bits."
>>> values_after(text, text.index("1.5"))
[(20, '1.5 bits'), (28, '1.157 bits')]
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.units import unit_word

#: A number as a value: not a digit of a word or a label (``log2``, ``s1``, ``exr-entropy-2``) or of ``a.``; its
#: decimal point may be a comma (``1,58 bits``), but a run of numbers joined by commas (``1,2,3``) is none.
NUMBER = lazy(
    r"(?<![A-Za-z0-9_.\\#])(?<![0-9],)(?<![A-Za-z0-9]-)(?<![A-Za-z_]=)-?[0-9]++(?:[.,][0-9]++)?(?![0-9]|[.,][0-9]|\s?/\s?[0-9]|\s?%)"
)

#: A unit right after a value: bits, nats or shannons, in several languages.
UNIT = lazy(
    r"[$*}~\s]{0,4}(?:\\text\{\s?)?(?P<unit>(?i:bits?|nats?|shannons?)|Sh|бит(?:а|ов)?|нат(?:а|ов)?|比特|奈特|비트|나트|ビット|ナット)"
    r"(?![A-Za-z])"
)

#: The rest of a line after a share that gives only a value with its unit: "일 때는 0.722 nats.", ": 0.47 bits".
_SHARE_VALUE = lazy(
    r"[ \t]*(?:일\s*때(?:는|에는)?|인\s*경우(?:에는)?|에서는?|의\s*경우|时|の(?:場合|とき)(?:は)?|では|[:：,，])?[ \t]*"
    r"(?P<number>[0-9]++(?:[.,][0-9]++)?)[ \t]*(?P<unit>(?i:bits?|nats?)|비트|나트|比特|奈特|ビット|ナット)"
    r"[ \t]*[.。]?[ \t]*(?=\n|$)"
)


def share_value(text: str, end: int) -> tuple[int, str, int] | None:
    """The value the rest of a share's line gives with its unit and nothing else (``불량률 20%일 때는 0.722 nats.``),
    read where an earlier share of its paragraph was given its entropy in words: where it stands, as written with
    its unit, one draw.

    >>> text = "불량률 20%일 때는 0.722 nats."
    >>> share_value(text, text.index("%") + 1), share_value("20% of them left, 0.7 bits each.", 3)
    ((12, '0.722 nats', 1), None)
    """
    match = _SHARE_VALUE.match(text, end)
    if match is None:
        return None
    base = unit_base(match.group("unit"))
    number = match.group("number").replace(",", ".")
    return match.start("number"), f"{number} {_UNIT_NAMES[base]}" if base in _UNIT_NAMES else number, 1


#: A list item that gives the entropy just given in another unit: ``- H = 1.040 nats``, ``- 1.386 ナット``.
_CONVERTED = lazy(
    r"\n[ \t]*[-*+•][ \t]+(?:\$?H\s?\$?\s?(?:=|≈|\\approx)\s?\$?\s?)?(?P<number>[0-9]++(?:[.,][0-9]++)?)\$?\s?"
    r"(?P<unit>(?i:bits?|nats?|hartleys?|bans?|dits?)|бит\w*|нат\w*|比特|奈特|비트|나트|ビット|ナット|ハートレー?)"
    r"(?![\w\-])[^\n=]{0,40}(?=\n|$)"
)


def converted_after(text: str, at: int) -> list[tuple[int, str]]:
    """The list items right after the line of the value at ``at`` that give that value again in other units, each a
    unit not given before (``- H = 1 bit`` then ``- H = 0.693 nats``, ``- H = 0.301 hartleys``): where each value
    stands and how it is written with its unit (values in hartleys are stepped over, not read).

    >>> text = "- H = 1.5 bits\\n- H = 1.040 nats\\n- H = 0.4515 hartleys\\n- H = 2 bits\\n"
    >>> converted_after(text, 6)
    [(21, '1.040 nats')]
    """
    number = NUMBER.match(text, at)
    unit = UNIT.match(text, number.end()) if number is not None else None
    seen = {unit_base(unit.group("unit"))} if unit is not None else set()
    found: list[tuple[int, str]] = []
    line_end = text.find("\n", at)
    while line_end >= 0 and len(found) < 4 and (item := _CONVERTED.match(text, line_end)) is not None:
        base = unit_word(item.group("unit")) or "10"  # hartleys, bans, dits
        if base in seen:
            break
        seen.add(base)
        if base in _UNIT_NAMES:  # a value in hartleys is not read: a plain value would be judged in any base
            found.append((item.start("number"), f"{item.group('number').replace(',', '.')} {_UNIT_NAMES[base]}"))
        line_end = item.end()
    return found


_UNIT_NAMES = {"2": "bits", "e": "nats"}


def unit_base(unit: str) -> str | None:
    """The base a unit after a value names: ``Sh`` (shannons) is bits."""
    return "2" if unit == "Sh" else unit_word(unit)


#: A value after another in a series of values: ``, 1.157``, `` and 1.157``, ``、1.157``, `` und 1,157``.
_NEXT_VALUE = lazy(
    r"\s?\$?\s?(?:(?:bits?|nats?|Bits?|бит\w*|比特|비트|ビット)\s?)?(?:,|、|，|;)?\s?(?:(?:and|und|et|y|e|и|и\s+|和|与|及|과|와|및|と)\s?)?"
    r"\$?\s?(?P<number>[0-9]++(?:[.,][0-9]++)?)(?![0-9]|[.,][0-9]|\s?/\s?[0-9]|\s?%)"
)
#: A word that gives several values at once: "respectively", "their entropies", "它们的熵", "각각".
SEVERAL = lazy(
    r"respectiv|jeweils|entropies|entropías|entropias|Entropien|энтропии\s+(?:равны|составляют)|分别|分別|它们的熵|各自|"
    r"それぞれ|각각",
    re.IGNORECASE,
)


def values_after(text: str, at: int) -> list[tuple[int, str]]:
    """The values of a series that starts with the value at ``at`` ("1.5 and 1.157 bits", "1.5, 1.157 und 0.9 Bit"),
    each where it stands and as written with the series' unit; none when the value stands alone.

    >>> text = "Their entropies are 1.5 and 1.157 bits."
    >>> values_after(text, text.index("1.5")), values_after("It is 1.5 bits.", 6)
    ([(20, '1.5 bits'), (28, '1.157 bits')], [])
    """
    first = NUMBER.match(text, at)
    if first is None:
        return []
    found, end = [(at, first.group())], first.end()
    while len(found) < 16 and (following := _NEXT_VALUE.match(text, end)) is not None:
        if not re.search(r"[^\s$]", text[end : following.start("number")]):
            break  # no word, comma or unit between: another number, not a series
        found.append((following.start("number"), following.group("number")))
        end = following.end()
    if len(found) < 2:
        return []
    unit = UNIT.match(text, end)
    base = unit_base(unit.group("unit")) if unit else None
    named = {"2": "bits", "e": "nats"}.get(base or "")
    return [
        (where, f"{number.replace(',', '.')} {named}" if named else number.replace(",", ".")) for where, number in found
    ]
