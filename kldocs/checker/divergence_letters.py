r"""A KL divergence named by a letter of the document's own: ``K(P||Q)``, in a text that says it is the KL divergence.

Most documents write the divergence ``D(P||Q)``, ``KL(P||Q)`` or ``D_{KL}(P\|Q)``; some, and translations of them,
write ``K(P||Q)``. Where the document names the Kullback-Leibler divergence (or the relative entropy) in words, a
``K`` followed by two distributions with a double bar between them is that divergence, and is read as ``D`` (one
letter for one, so every offset still points into the file). A document that never names the divergence is left as
it is: its ``K(P||Q)`` may be anything.

>>> from kldocs.checker.reading import parse_text
>>> parse_text("The KL divergence is K(P||Q)=∑ipilog2(pi/qi).\n", "a.md").prose[0].text
'The KL divergence is D(P||Q)=∑ipilog2(pi/qi).'
>>> parse_text("A kernel K(P||Q) of our own.\n", "a.md").prose[0].text
'A kernel K(P||Q) of our own.'
"""

from __future__ import annotations

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_symbols import DOUBLE_BAR

#: The letter ``K`` before two distributions with a double bar between them: ``K(P||Q)``, ``K(p \| q)``.
_LETTER = lazy(
    rf"(?<![A-Za-z\\_^{{])K(?=\s*\(\s*[A-Za-z](?:_\{{?\w{{1,3}}\}}?)?\s*(?:{DOUBLE_BAR})\s*[A-Za-z](?:_\{{?\w{{1,3}}\}}?)?\s*\))"
)
#: Words that name the KL divergence or the relative entropy, in the languages the checker reads.
_NAMED = lazy(
    r"(?i:kullback|\bKL[\s-]*(?:divergen|diverxen|divergên|dywergen|расхожд|дивергенц)|diverg\w{0,6}\s+KL\b"
    r"|relative[ns]?\s+entrop"
    r"|entrop(?:ie|ía|ia)\s+relativ|относительн\w*\s+энтропи|расстояни\w*\s+кульбака)"
    r"|KL\s*散度|KL\s*ダイバージェンス|KL\s*발산|相对熵|相對熵|相対エントロピー|상대\s*엔트로피|KL-Divergenz"
)


def with_divergence_letters(document: SourceText) -> SourceText:
    """The document with each ``K(P||Q)`` read as ``D(P||Q)`` when its words name the KL divergence."""
    text = document.text
    if "K" not in text or _LETTER.search(text) is None or _NAMED.search(text) is None:
        return document  # the usual case, found by a substring test first

    def renamed(piece: str) -> str:
        return _LETTER.sub("D", piece) if "K" in piece else piece

    return document.rewritten(renamed)
