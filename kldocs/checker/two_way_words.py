r"""The KL divergence taken both ways and named in words: the Jeffreys divergence, the symmetrised KL, the average
of the two KL divergences.

"The Jeffreys divergence is about 0.0629 nats" gives D_KL(P||Q) + D_KL(Q||P), and "the average of the two KL
divergences" half of it, but a reader of words sees "divergence ... is" or "KL divergence is" and reads a
one-way KL. A KL value whose sentence names such a measure last before it (in the languages the checker reads)
is not judged as one-way, whether it seems to hold or not: it is left unchecked and the note says why. A
formula (``J(P,Q) \approx 0.0629``) is judged as the Jeffreys divergence elsewhere.

>>> text = "Here the Jeffreys divergence is about 0.0629 nats."
>>> two_way(text, text.index("0.0629"))
'Jeffreys divergence'
>>> text = "The KL divergence is 0.0305 nats, and the symmetrised KL is 0.0629 nats."
>>> two_way(text, text.index("0.0305")), two_way(text, text.index("0.0629"))
(None, 'symmetrised KL')
"""

from __future__ import annotations

import re

from kldocs.checker.checked import Checked, left_unchecked
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.quoted_mistakes import sentence_lead

#: A measure of the two directions together, in English, Spanish, Portuguese, French, German, Italian, Russian,
#: Chinese, Japanese and Korean.
_TWO_WAY = lazy(
    r"\bJeffreys['’]?(?:[-‐ ](?:divergen\w*|Divergenz|distance))?|(?:divergen\w*|distance)\s+(?:de\s+|di\s+)?Jeffreys|"
    r"Джеффри\w*|杰弗里斯|제프리스|ジェフリーズ|"
    r"\bsym(?:m)?etri(?:[sz]ed|c|cal|sierte[nr]?|sche[nr]?)\s+(?:version\s+of\s+(?:the\s+)?)?(?:KL|Kullback)[\w-]*"
    r"(?:\s+divergence)?|\b(?:KL|Kullback[-‐ ]Leibler)(?:[-‐ ]?diverg\w*)?\s+(?:sym[ée]tris[ée]e|sym[ée]trique|"
    r"simetrizada|sim[ée]trica|simmetrizzata|simmetrica)|симметризованн\w*\s+(?:KL|КЛ|дивергенци\w*)|"
    r"\b(?:average|mean|arithmetic\s+mean|promedio|media|m[ée]dia|moyenne|Mittel(?:wert)?)\s+"
    r"(?:of|de|des|der|di|dei|delle|das|dos)\s+(?:the\s+|las\s+|los\s+|les\s+|le\s+|as\s+|os\s+)?"
    r"(?:two|both|dos|deux|beiden|due|duas|ambas)\s+(?:KL|Kullback|relative\s+entrop|divergen|directions|sens)\w*"
    r"(?:[-‐ ]diverg\w*)?|"
    r"\b(?:KL|Kullback[-‐ ]Leibler)[\w -]{0,20}?\s+in\s+both\s+directions|"
    r"对称(?:化)?\s*(?:的\s*)?KL|對稱(?:化)?\s*KL|対称(?:化)?\s*(?:された\s*)?KL|대칭(?:화된|화|적)?\s*KL|"
    r"(?:两个|兩個|두)\s*(?:方向的\s*)?KL\s*(?:散度|발산)?\s*(?:的)?\s*(?:平均|의\s*평균)",
    re.IGNORECASE,
)
#: Words one of which every match holds (looked for before the pattern).
_ANCHORS = (
    "jeffreys",
    "джеффри",
    "杰弗里斯",
    "제프리스",
    "ジェフリーズ",
    "metri",
    "симметр",
    "both",
    "two",
    "kl",
    "двух",
)
#: A measure named again after the two-way one: the value is then that one's.
_ONE_WAY = lazy(r"\b(?:KL|Kullback|relative\s+entropy|cross[-‐ ]?entropy|JSD|Jensen|entropy)\b", re.IGNORECASE)
#: A formula in the text, whose symbols (``D_{KL}(P\|Q) + D_{KL}(Q\|P)``) name no other measure.
_MATH = lazy(r"\$[^$]*\$|\\\(.*?\\\)")


def two_way(text: str, offset: int) -> str | None:
    """The words for a two-way measure that the sentence gives the value at ``offset``, or None."""
    lead = sentence_lead(text, offset)
    folded = lead.casefold()
    if not any(anchor in folded for anchor in _ANCHORS):
        return None
    named = list(_TWO_WAY.finditer(lead))
    if not named or _ONE_WAY.search(_MATH.sub(" ", lead[named[-1].end() :])) is not None:
        return None
    return " ".join(named[-1].group().split())


def unless_two_way(document: SourceText, results: list[tuple[int, Checked]]) -> list[tuple[int, Checked]]:
    """``results`` with each KL value whose sentence gives it to a two-way measure left unchecked."""

    def why(offset: int, checked: Checked) -> str | None:
        named = two_way(document.text, offset) if checked.kind == "kl" and checked.verdict != "unchecked" else None
        if named is None:
            return None
        return (
            f"the sentence gives the value to the {named}, the KL divergence taken both ways (their sum, or "
            "their average), not to D_KL one way, and it is not judged as one way"
        )

    return left_unchecked(results, why)
