"""A formula stated under a condition: "if $P = Q$, then $D(P \\| Q) = D(Q \\| P)$" claims nothing in general.

A statement about distributions the document never gives is tested as a
universal claim; written after "if", "when", "만약 ... 이면", "如果", "のとき"
or "si" in its own sentence, it is claimed only where the condition holds,
which kldocs does not test, so it is never called false.

>>> condition("If $P = Q$, then ")
'If'
>>> condition("만약 $r=s$ 이면, "), condition("P = Q のとき、"), condition("We see that "), condition("这相当于")
('만약', 'のとき', None, None)
>>> condition("If P = Q we are done. In general, ") is None
True
"""

from __future__ import annotations

import re

#: Words that open a condition, in the languages the checker reads (CJK ones stand without word boundaries).
_MARKERS = re.compile(
    r"\b(?:if|iff|when|whenever|provided|assuming|assume|suppose|supposing|given\s+that|in\s+case"
    r"|si|lorsque|quand|pourvu\s+que|cuando|siempre\s+que|se|quando|caso|wenn|falls|sofern"
    r"|если|когда|при\s+условии)\b"
    r"|만약|이면|라면|경우|일\s*때|할\s*때|如果|若|(?<![相适適应應恰妥])当|假设|假如|ならば|なら|のとき|の時|場合",
    re.IGNORECASE,
)
#: Where a sentence ends: the condition of one sentence does not reach into the next.
_SENTENCE_END = re.compile(r"[.!?。！？]\s|\n[ \t]*\n")


#: A condition that sets two distributions equal (``P = Q``, ``$p=q$``, ``r = s``): a value claimed under it is not
#: about the distributions the document gives, even when their names are the claim's.
_NAMES_EQUAL = re.compile(r"(?<![A-Za-z\\])(?P<first>[A-Za-z])\s*=\s*(?P<second>[A-Za-z])(?![A-Za-z(_])")


def condition(before: str, *, on_names: bool = False) -> str | None:
    """The word that opens a condition in the sentence ``before`` ends (the text right before a formula), if any;
    with ``on_names``, only a condition that sets two names equal.

    >>> condition("If $P = Q$, then ", on_names=True), condition("If $P = (0.5, 0.5)$, then ", on_names=True)
    ('If', None)
    """
    lead = _SENTENCE_END.split(before[-300:])[-1]
    found = _MARKERS.search(lead)
    if found is None:
        return None
    if on_names:
        equal = _NAMES_EQUAL.search(lead, found.end())
        if equal is None or equal.group("first") == equal.group("second"):
            return None
    return found.group()
