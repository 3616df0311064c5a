r"""A measure given the other's name as an alias: "the cross-entropy, also called relative entropy".

The relative entropy is the KL divergence D(P||Q) = H(P,Q) - H(P), not the cross-entropy H(P,Q); an alias that
joins the two names is a mix-up of the measures, whatever formula follows. The KL divergence called relative
entropy, or the cross-entropy called log loss, is no such slip and is not read here; nor is a sentence that says
the alias is a mistake ("sometimes wrongly called").

>>> from kldocs.checker.reading import parse_text
>>> text = "The cross-entropy, also called relative entropy, is H(p,q) = -Σ p log q.\n"
>>> document = parse_text(text, "a.md")
>>> [(found.measure, found.property, found.negated) for found in alias_names(document, document.prose[0])]
[('cross_entropy', 'relative_alias', False)]
>>> document = parse_text("The KL divergence, also called relative entropy, is D(p||q).\n", "a.md")
>>> list(alias_names(document, document.prose[0]))
[]
>>> document = parse_text("Cross-entropy is sometimes wrongly called relative entropy.\n", "a.md")
>>> list(alias_names(document, document.prose[0]))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.negations import denied_at
from kldocs.checker.property_claims import Property, shorten

_CROSS = (
    r"cross[\s-]*entropy|交叉熵|交差エントロピー|クロスエントロピー|교차\s*엔트로피|entropie\s+crois[ée]e|"
    r"entrop[íi]a\s+cruzada|Kreuzentropie|кросс-энтропия|перекр[её]стная\s+энтропия"
)
_RELATIVE = (
    r"relative\s+entropy|相对熵|相對熵|相対エントロピー|상대\s*엔트로피|entropie\s+relative|entrop[íi]a\s+relativa|"
    r"relative\s+Entropie|относительн(?:ая|ой)\s+энтропи(?:я|ей)"
)
#: The words that give a second name: "also called", "also known as", "auch ... genannt", "又称", "とも呼ばれる".
_ALIAS = (
    r"[,(\s]+(?:(?:also|sometimes|often)\s+)?(?:called|known\s+as|named|referred\s+to\s+as)\s+(?:the\s+)?"
    r"|(?:,|\()\s*(?:auch|aussi|también|também|также)\s+(?:als\s+)?(?:appel[ée]e?|llamada|chamada|genannt|называемая)?\s*"
    r"|\s*[,，(（]?\s*(?:又称|也称为|也叫|又叫)\s*"
)
#: The cross-entropy with the relative entropy's name after it, or the relative entropy with the cross-entropy's.
_ALIASED = lazy(
    rf"(?:{_CROSS})(?:{_ALIAS})(?:{_RELATIVE})|(?:{_RELATIVE})(?:{_ALIAS})(?:{_CROSS})"
    rf"|(?:{_CROSS})\s*(?:は|も|[（(])?\s*(?:{_RELATIVE})\s*とも(?:呼ばれる|呼ぶ|いう|言う)"
    rf"|(?:{_CROSS})\s*(?:는|은|[(（])?\s*(?:{_RELATIVE})\s*(?:이)?라고도",
    re.IGNORECASE,
)
#: Words that say the alias is a mistake.
_WRONGLY = lazy(r"wrong|mistaken|incorrect|confus|erron|fälschlich|à tort|误|誤|잘못", re.IGNORECASE)
#: Characters of a paragraph read for an alias.
_MAX_TEXT = 4000
#: What a paragraph with an alias holds, in lower case: cheap tests before the pattern (a measure's name, and the
#: words that give a second name).
_MARKS = ("entrop", "熵", "エントロピー", "엔트로피", "энтроп")
_ALIAS_WORDS = (
    "called",
    "known",
    "named",
    "referred",
    "auch",
    "aussi",
    "también",
    "também",
    "также",
    "称",
    "叫",
    "とも",
    "라고도",
)


def alias_names(document: SourceText, region: Region) -> Iterator[Property]:
    """Each place a paragraph gives the cross-entropy the relative entropy's name, or the other way round."""
    text = region.text
    if len(text) > _MAX_TEXT:
        return
    lower = text.lower()
    if not any(mark in lower for mark in _MARKS) or not any(word in lower for word in _ALIAS_WORDS):
        return
    for found in _ALIASED.finditer(text):
        start, end = region.offset + found.start(), region.offset + found.end()
        if _WRONGLY.search(text) or denied_at(document.text, start, end):
            continue
        yield Property(document.line(start), shorten(found.group()), "cross_entropy", "relative_alias", False, start)
