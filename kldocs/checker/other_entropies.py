r"""Entropies of other families said of a distribution in force: the min-entropy, the collision, Rényi, Tsallis
or Hartley entropy.

"The min-entropy of P is 1.322 bits" gives a value of P, but not its Shannon entropy: the readers of words see
"entropy of P is" and read ``H(P) = 1.322``. A value found false so is left unchecked, the note naming the other
entropy, when the last entropy the sentence names before the value is such a one (in the languages the checker
reads). A Shannon entropy named after it ("the min-entropy is 1.3 bits and the entropy 1.9 bits") is still judged.

>>> text = "Let P be as above. The collision entropy of P is about 1.737 bits."
>>> other_entropy(text, text.index("1.737"))
'collision entropy'
>>> text = "The min-entropy is 1.322 bits, while the entropy is 1.9 bits."
>>> other_entropy(text, text.index("1.322")), other_entropy(text, text.index("1.9"))
('min-entropy', None)
"""

from __future__ import annotations

import re
from dataclasses import replace

from kldocs.checker.checked import Checked
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

#: The other entropies, by name, in English, Spanish, Portuguese, French, German, Vietnamese, Chinese, Korean and
#: Japanese; each match ends with the word for entropy (or the family's name after it).
_OTHER = lazy(
    r"\b(?:min|max)[-‐ ]?(?:entrop\w*)|\b(?:collision|R[ée]nyi|Tsallis|Hartley|guessing|quadratic|von\s+Neumann)"
    r"[-‐ ](?:entrop\w*)|\bentrop\w*\s+(?:of\s+order\s+[0-9∞]+|de\s+(?:R[ée]nyi|colis[ií][oó]n|colisão|collision|"
    r"Tsallis|Hartley)|m[ií]nima|d['’]ordre\s+[0-9]+)|\bKollisions[-‐]?entropie|"
    r"\bentropy\s+(?:tối\s+thiểu|va\s+chạm|Rényi)|(?:最小|碰撞|Rényi\s*|Tsallis\s*)熵|"
    r"(?:최소|충돌|레니|Rényi)\s*엔트로피|(?:最小|衝突|レニー|Rényi\s*)エントロピー",
    re.IGNORECASE,
)
#: Any word for entropy: the last one before the value is the measure the sentence gives it.
_ENTROPY = lazy(r"entrop|熵|엔트로피|エントロピー", re.IGNORECASE)
#: Where a sentence ends, before a value.
_SENTENCE_END = lazy(r"[.!?。！？]\s|\n\s*\n")


def other_entropy(text: str, offset: int) -> str | None:
    """The name of another family's entropy that the sentence gives the value at ``offset``, or None."""
    head = text[max(0, offset - 200) : offset]
    ends = [match.end() for match in _SENTENCE_END.finditer(head)]
    lead = head[ends[-1] if ends else 0 :]
    named = list(_OTHER.finditer(lead))
    found = named[-1] if named else None
    if found is None or _ENTROPY.search(lead, found.end()) is not None:
        return None
    return found.group()


def unless_other_entropy(document: SourceText, results: list[tuple[int, Checked]]) -> list[tuple[int, Checked]]:
    """``results`` with each false entropy whose sentence names another family's entropy left unchecked."""
    kept = []
    for offset, checked in results:
        named = (
            other_entropy(document.text, offset) if checked.verdict == "false" and checked.kind == "entropy" else None
        )
        if named is not None:
            note = f"the sentence gives the {named}, not the Shannon entropy, which is not checked; {checked.note}"
            checked = replace(checked, verdict="unchecked", value=None, note=note)
        kept.append((offset, checked))
    return kept
