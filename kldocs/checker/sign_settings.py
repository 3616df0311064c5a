r"""The setting a sign claim speaks of: a differential entropy, continuous distributions or densities, estimates
from samples, or a condition after it ("for any density bounded by 1"), where a measure may be negative.

>>> continuous("The cross-entropy can be negative for densities.", 0, 32)
True
>>> differential("Entropy is never negative.", 0, 25), conditioned("It is non-negative if Q is normalised.", 18)
(False, True)
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.sentence_bounds import end_of_sentence

#: What makes a sign claim one about densities: "differential" before it, "for continuous X" or "(densities)" after.
_CONTINUOUS_BEFORE = lazy(r"(?i)(?:differential|continuous)\s*$")
_CONTINUOUS_AFTER = lazy(
    r"(?i)[^.;\n]{0,30}?(?:\b(?:for|of|with|in)\s+(?:an?\s+|the\s+)?(?:\$?[A-Za-z]\$?\s+)?continuous|densit"
    r"|differential|\bcontinu|stetig|kontinuierlich|连续|連続|연속)"
)

#: Earlier in the sentence, a setting where a sign may be negative: densities, quantum states, estimates from
#: samples ("For densities, the cross-entropy can be negative", "Finite-sample estimates of the KL can be negative").
_OTHER_SETTING = lazy(
    r"(?i)(?:continuous|densit|differential|gaussian|real-valued|quantum|qubit|von\s+neumann|estimat|sample)"
    r"[^.;!?\n]*$"
)
_DISCRETE_AFTER = lazy(r"(?i)\s*(?:for|of|with|in)\s+(?:an?\s+|the\s+|all\s+|any\s+)?(?:\$?[A-Za-z]\$?\s+)?discrete")


#: Right after a sign claim, what makes it one of densities: "... for continuous X", "... for densities".
_OF_DENSITIES = lazy(
    r"(?i)\s+(?:for|of|with|in)\s+(?:an?\s+|the\s+|all\s+)?(?:\$?[A-Za-z]\$?\s+)?(?:continuous|densit|probability\s+densit)"
)


def differential(text: str, start: int, end: int) -> bool:
    """True when the entropy a sign claim speaks of is a differential entropy: "differential" right before it, or
    "for continuous X" right after.

    >>> differential("The differential entropy can be negative.", 17, 40)
    True
    >>> differential("Entropy is non-negative, unlike the differential entropy.", 0, 23)
    False
    """
    return bool(_CONTINUOUS_BEFORE.search(text, max(0, start - 14), start) or _OF_DENSITIES.match(text, end))


#: A condition after a sign claim, in its sentence: "for any density bounded by 1", "if Q is normalised".
_CONDITION = lazy(
    r"(?<![A-Za-z])(?:for\s+(?:any|every|all|each)|if|when|whenever|provided|as\s+long\s+as|unless)(?![A-Za-z])", re.I
)


def conditioned(text: str, end: int) -> bool:
    """True when a condition follows a sign claim ending at ``end`` in its sentence (past "for densities").

    >>> conditioned("It is non-negative for any density bounded by 1.", 18), conditioned("It is non-negative.", 18)
    (True, False)
    >>> conditioned("It is non-negative for all densities.", 18)
    False
    """
    densities = _OF_DENSITIES.match(text, end)
    return (
        _CONDITION.search(text, end if densities is None else densities.end(), end_of_sentence(text, end)) is not None
    )


def continuous(text: str, start: int, end: int) -> bool:
    """True when a sign claim is about continuous distributions ("entropy can be negative for continuous X").

    >>> text = "entropy can be negative for continuous $X$."
    >>> continuous(text, 0, 23), continuous("entropy can be negative.", 0, 23)
    (True, False)
    >>> continuous("entropy is non-negative for discrete X, but not for continuous X", 0, 23)
    False
    >>> continuous("For densities, the cross-entropy can be negative.", 15, 48)
    True
    """
    if "discrete" in text[start:end].lower() or _DISCRETE_AFTER.match(text, end):
        return False  # "Entropy of a discrete variable can be negative", "... non-negative for discrete X"
    return bool(
        _CONTINUOUS_BEFORE.search(text, max(0, start - 14), start)
        or _CONTINUOUS_AFTER.match(text, end)
        or _OTHER_SETTING.search(text, max(0, start - 120), start)
    )
