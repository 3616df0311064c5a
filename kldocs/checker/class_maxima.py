r"""The largest entropy of K classes written as a formula in a note's bullet: ``K classes: max H = log₂(K)``.

Decision-tree notes list the entropy's range by the number of classes: ``K classes: max H = log₂(K)``,
``max H = log K for K classes``, ``With n outcomes, maximum entropy = log2(n)``. The largest entropy of K outcomes is
log K (the uniform distribution's), in any base: that holds. Written as the count itself (``max H = K``) it is
false (log K is less than K for every K). Any other right side (``1``, ``K/2``, a value) is not read here.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("- K classes: max H = log₂(K)\n- K classes: max H = K\n- 2 classes: max H = 1\n", "a.md")
>>> [(item.property, item.negated) for item in class_maxima(document, document.paragraphs[0])]
[('max_log_n', False), ('max_log_n', True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.property_claims import Property

#: What is counted: classes, outcomes...
_COUNTED = r"(?:classes|outcomes|symbols|values|categories|labels|states|events)"
#: The largest entropy: ``max H``, ``H_max``, ``maximum entropy``.
_MAXIMUM = r"(?:max(?:imum)?\s*(?:\(\s*H\s*\)|H|entropy)|H_\{?max\}?|H_max|max(?:imum)?\s*\(\s*H\s*\))"
#: Its value: a log of the count (group ``log``) or the count alone.
_LOG = r"(?P<log>log(?:_?2|₂|_\{2\}|_e)?|ln|lg)"
#: What may not follow it: more of a formula (``K - 1``, ``log₂(K)/K``).
_ENDED = r"(?![\w(]|\s*[-+−/*^×·]|\.\d)"
_VALUE = r"(?:" + _LOG + r"\s*\(?\s*(?P=count)(?:\s*\))?+|(?P=count))" + _ENDED
_COUNT = r"(?<![\w\\])(?P<count>[KkNnCcMm])"
#: ``K classes: max H = log₂(K)``, ``For n outcomes, the maximum entropy is log n``.
_BEFORE = lazy(
    r"(?:for|with)?\s*"
    + _COUNT
    + r"\s+"
    + _COUNTED
    + r"\s*[:,→-]?\s*(?:the\s+)?"
    + _MAXIMUM
    + r"\s*(?:=|is)\s*"
    + _VALUE,
    re.IGNORECASE,
)
#: ``max H = log₂(K) for K classes``: the count written after.
_AFTER = lazy(
    _MAXIMUM
    + r"\s*(?:=|is)\s*(?:"
    + _LOG
    + r"\s*\(?\s*(?P<first>[KkNnCcMm])(?:\s*\))?+|(?P<bare>[KkNnCcMm]))"
    + _ENDED
    + r"\s+(?:for|with)\s+"
    + _COUNT
    + r"\s+"
    + _COUNTED,
    re.IGNORECASE,
)


def class_maxima(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The largest entropies of K classes a paragraph writes (see the module)."""
    text = paragraph.text
    if "max" not in text.casefold():
        return
    for pattern in (_BEFORE, _AFTER):
        for match in pattern.finditer(text):
            if pattern is _AFTER and (match["first"] or match["bare"]) != match["count"]:
                continue  # max H = log(K) for N classes: two letters
            offset = paragraph.offset + match.start()
            said = match[0].strip()
            yield Property(document.line(offset), said, "entropy", "max_log_n", match["log"] is None, offset)
