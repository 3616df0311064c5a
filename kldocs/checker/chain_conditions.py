r"""Words and connectives that make a formula a condition rather than a claim: "if", "when", "assume", ``\iff``,
``\Rightarrow``; a formula in a question; the operand of an instruction ("divide by ln 2 ≈ 0.69").

:mod:`~kldocs.checker.chains` skips a chain that a condition opens or closes.

>>> condition_before("This holds if "), condition_after(" when p = q"), condition_after(" bits, so")
(True, True, False)
>>> from kldocs.checker.tokens import tokenize
>>> [is_condition_word(token) for token in tokenize(r"a \iff b")]
[False, True, False]
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import Token

#: Words that make the formula next to them a condition rather than a claim.
CONDITION_WORDS = frozenset({"if", "iff", "when", "whenever", "unless", "suppose", "assume", "assuming", "let", "only"})
#: Connectives that make the formulas on either side conditions.
CONDITION_BREAKS = frozenset(
    {
        "iff",
        "implies",
        "impliedby",
        "Rightarrow",
        "Leftarrow",
        "Leftrightarrow",
        "Longrightarrow",
        "Longleftarrow",
        "Longleftrightarrow",
        "⇒",
        "⇔",
        "⟺",
        "⟹",
    }
)


def is_condition_word(token: Token) -> bool:
    if token.kind == "word":
        return token.text.lower() in CONDITION_WORDS
    if token.kind == "text":
        return any(word.lower() in CONDITION_WORDS for word in token.detail.split())
    return token.kind == "break" and token.detail in CONDITION_BREAKS


def condition_before(before: str) -> bool:
    words = re.findall(r"[A-Za-z]+", before)
    return (bool(words) and words[-1].lower() in CONDITION_WORDS) or operand_before(before)


#: An instruction whose operand follows: "divide by ln(2) ≈ 0.53 bits" gives the result of the division, not ln 2.
_OPERAND_LEAD = lazy(r"(?i)\b(?:divid|multipl|scal)[a-z]*\s+(?:(?:it|this|that|them|the\s+\w+)\s+)?by\s*\$?\s*$")


def operand_before(before: str) -> bool:
    """Whether the formula after ``before`` is the operand of an instruction ("divide by", "multiplying it by"), so
    the value after it is the instruction's result.

    >>> operand_before("In bits, divide by "), operand_before("This is given by ")
    (True, False)
    """
    return _OPERAND_LEAD.search(before[-60:]) is not None


def condition_after(after: str) -> bool:
    if re.match(r"[^.!\n]*\?", after):
        return True  # the formula sits in a question
    words = re.findall(r"[A-Za-z]+", after[:20])
    return bool(words) and words[0].lower() in CONDITION_WORDS | {"exactly"}
