"""The unit a sentence names before a value in plain text: "In nats, D(R‖S) ≈ 0.1308", "In Nats wäre D ≈ 0,0253".

A sentence that opens with "in nats" (or "en bits", "em nats", "в натах", "以奈特为单位", "ナットでは") gives the
values after it in that unit, whatever the document writes elsewhere; in maths (``In nats, $D \\approx 0.1308$``)
the same words are read as a base statement beside the formula.

>>> text = "D(R‖S) ≈ 0.1887 bits. In nats, D(R‖S) ≈ 0.1308."
>>> unit_before(text, text.index("D(R‖S) ≈ 0.13")), unit_before(text, 0)
('e', None)
"""

from __future__ import annotations

import re

from kldocs.checker.base_statements import base_name
from kldocs.checker.lazy_patterns import lazy

#: How far back a claim's sentence is looked at.
REACH = 120
#: Where a sentence ends: a full stop, question or exclamation mark and a space, or a line break.
_SENTENCE_END = lazy(r"[.!?](?=\s)|[。！？\n]")
#: A unit named by a preposition before it ("in nats", "en bits", "em nats", "в битах", "以比特为单位", "ナットでは",
#: "비트로는"); the last one in the sentence is the one that counts.
_NAMED_UNIT = lazy(
    r"(?<![^\W\d_])(?:in|en|em)\s+(?P<latin>nats?|bits?)(?![^\W\d_])"
    r"|(?<![^\W\d_])в\s+(?P<russian>нат|бит)(?:ах)?(?![^\W\d_])"
    r"|(?:以|用)(?P<chinese>奈特|比特)|(?P<japanese>ナット|ビット)(?:では|で)|(?P<korean>나트|내트|비트)(?:로는|로)"
    r"|^[ \t]*+(?P<label>nats?|bits?)[ \t]*+[:：]",  # a line of output labelled by its unit: "nats: H(P)=0.6931"
    re.IGNORECASE | re.MULTILINE,
)
#: The base of each unit word of Russian, Chinese, Japanese and Korean.
_BASES = dict.fromkeys(("нат", "奈特", "ナット", "나트", "내트"), "e") | dict.fromkeys(
    ("бит", "比特", "ビット", "비트"), "2"
)


def unit_before(text: str, start: int) -> str | None:
    """The base (``"e"``, ``"2"``) of the unit the sentence holding ``start`` names before it, else None."""
    begin = max(0, start - REACH)
    ends = [match.end() for match in _SENTENCE_END.finditer(text, begin, start)]
    begin = ends[-1] if ends else begin
    named = max(_NAMED_UNIT.finditer(text, begin, start), key=lambda match: match.start(), default=None)
    if named is None:
        return None
    word = next(group for group in named.groups() if group)
    return base_name(word.lower()) if named.group("latin") or named.group("label") else _BASES[word.lower()]
