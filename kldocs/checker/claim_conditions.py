"""The condition a property sentence is said under: "For two Gaussians with the same variance, KL is symmetric".

A property of a measure said in general is judged by what holds of every pair of distributions. Said under a
condition that picks out some of them ("For two Gaussians with the same variance, ...", "... symmetric when P and Q
are mirror images", "Para distribuciones con el mismo soporte, ..."), it may hold there though it fails in general:
such a sentence is never called false (:func:`~kldocs.checker.properties.judge_property` leaves it unchecked, naming
the condition), while one that holds in general holds under any condition. A condition that takes in every pair
("for any P and Q", "for all distributions", "for discrete distributions") or names the logarithm's base ("with
base-2 logarithms") restricts nothing.

>>> text = "For two Gaussians with the same variance, the KL divergence is symmetric."
>>> leading_condition(text, 0, text.index("KL"))
'for two Gaussians with the same variance'
>>> text = "The KL divergence is symmetric when P and Q are mirror images."
>>> trailing_condition(text, text.index(" when"), len(text))
'when P and Q are mirror images'
>>> text = "For the pair P = (0.1, 0.9), Q = (0.9, 0.1) the KL divergence is symmetric."
>>> leading_condition(text, 0, text.index("KL"))
'for the pair P = (0.1, 0.9), Q = (0.9, 0.1)'
>>> leading_condition("For any P and Q, KL is never negative.", 0, 16)
''
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_rows import BLANK

#: A clause before the claim that restricts it, in the languages read, up to the comma that ends it.
_LEADING = lazy(
    # maybe in a list item, its marker hidden as markup or written: "- When both distributions have full support, ..."
    rf"(?:[\s*_{BLANK}]|[-+•‣]\s|[0-9]{{1,2}}[.)]\s)*"
    r"(?P<condition>(?:for|when|whenever|between|under|in\s+the\s+case\s+of|in\s+the\s+special\s+case\s+of|"
    r"only\s+(?:for|when)|para|cuando|pour|lorsque|quand|f[üu]r|bei|wenn|для|при|quando)(?![^\W\d_])"
    # the words of the condition: a bracketed list, or a comma before the next name given one ("P = ..., Q = ...")
    r"(?:[^,;:.!?\n()]|\([^()\n]{0,40}\)|,(?=\s*[A-Za-z]\s*=)){1,120}?|"
    r"(?:对于|對於|当|當|在)[^，,；。！？\n]{1,60}?|"
    # a clause that states a condition, in Chinese and Korean: "只要 q(x) > 0 对所有 x 成立，", "서포트가 같으면 "
    r"(?P<clause>(?:只要|只有|一旦|如果|假如|若)[^，,；。！？\n]{1,60}?|[^,.;:!?\n]{1,80}?(?:(?<![측표반단전화])면|"
    r"(?:[을일할될]|있을|없을)\s*때(?:에는|에|는)?|경우(?:에는|에)?)))"
    r"(?:\s*[,，、]\s*|(?<=[^\W\d_]|\))\s+(?=(?:the|an?)\s)|(?<=[면때에는우])\s+)"
    r"(?:(?:the|an?|la|le|el|die|der|das|o)\s+|l['’]\s*)?[*_]*$",
    re.IGNORECASE,
)
#: A condition after the claim that picks out special pairs: "... when P and Q are ...", "... for Gaussians with ...".
_TRAILING = lazy(
    r"\s*,?\s*(?P<condition>(?:when|whenever|if|provided|as\s+long\s+as|only|in\s+the\s+(?:special\s+)?case|"
    r"for\s+(?:two\s+|some\s+|certain\s+|particular\s+|special\s+|these\s+|this\s+|such\s+|symmetric\s+|"
    r"(?:gaussians?|normals?|normal\s+distributions?|distributions\s+with|pairs?\s+with|mirror))|"
    r"cuando|si|quand|lorsque|wenn|falls|когда|если)(?![^\W\d_])[^.;!?\n]{0,120})",
    re.IGNORECASE,
)
#: What makes a condition take in every pair, or only name the logarithm's base: it restricts nothing.
_UNIVERSAL = lazy(
    r"(?<![^\W\d_])(?:any|all|every|each(?!\s+other)|arbitrary|general|discrete|logarithms?|log|base|bits?|nats?|cualquier|todas?|"
    r"todos|tout|toutes|tous|quelconques?|alle|beliebige|любых|всех|任意|所有|一切)(?![^\W\d_])",
    re.IGNORECASE,
)
#: Words (folded), one of which opens or follows every condition read here.
ANCHORS = (
    *("for", "when", "between", "under", "in the", "only", "if", "provided", "as long"),
    *("para", "cuando", "pour", "lorsque", "quand", "für", "fur", "bei", "wenn", "falls", "si", "quando"),
    *("для", "при", "когда", "если", "对于", "對於", "当", "當", "在"),
)


def leading_condition(text: str, start: int, subject: int) -> str:
    """The condition that opens the clause ``text[start:subject]`` before a property's subject, or ``""``."""
    match = _LEADING.match(text, start, subject)
    return _said(match)


def _said(match: re.Match[str] | None) -> str:
    """The condition matched, on one line and opening in lower case, or ``""`` when it restricts nothing."""
    # a clause is a statement of its own ("q(x) > 0 对所有 x 成立"): its "all" takes in no pairs
    if match is None or (not match.groupdict().get("clause") and _UNIVERSAL.search(match.group("condition"))):
        return ""
    said = " ".join(match.group("condition").split())
    if match.groupdict().get("clause"):
        return said  # "Q의 서포트가 ...": its first letter may name a distribution
    return said[:1].lower() + said[1:]


def trailing_condition(text: str, end: int, sentence_end: int) -> str:
    """The condition that follows a property at ``end`` in its sentence (which ends at ``sentence_end``), or ``""``."""
    return _said(_TRAILING.match(text, end, sentence_end))
