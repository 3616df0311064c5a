r"""A comment line that names a measure and gives its value right above the code that computes it.

Notes and blog posts often write the result into the comment that introduces a computation:
``# entropy of p 1.0397207708399179`` (or ``# エントロピーの計算 1.4877...``), then
``ent = -np.sum(p * np.log(p))``. Such a line is read only when its words name exactly one measure (in
the languages below), hold no digit, and the very next line computes that measure: the value is then a
claim about that computation. In Markdown, a comment line of code that lost its fence is a heading, so
the line right above a block of code is looked at too (:func:`heading_above`).

>>> kind, match = label_above(" compute the entropy 1.0397")
>>> kind, match.group("number")
('entropy', '1.0397')
>>> label_above(" 交差エントロピーの計算 1.0896")[0], label_above(" p and q 0.5"), label_above(" KL and entropy 0.5")
('cross_entropy', None, None)
"""

from __future__ import annotations

import re

from kldocs.checker.code_terms import MeasureCall
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy

#: A comment's words, then its value alone at the end (``about`` and ``unit`` as the comment readers name them).
_LABEL_VALUE = lazy(
    r"[ \t]*(?P<label>[^\s\d:=#][^\d\n:=#]{1,39}?)[ \t]+(?P<about>(?:~|≈)[ \t]?)?"
    r"(?P<number>-?[0-9]+\.[0-9]+(?:[eE]-?[0-9]+)?)(?:[ \t]?(?P<unit>nats?|bits?))?[ \t]*"
)
#: Longest comment looked at (a label of a few words and a value).
_MAX_COMMENT = 120
#: The words that name each measure; the cross-entropy's are looked for first, and taken out before the others.
_CROSS = lazy(
    r"cross[ _-]?entropy|交差エントロピー|交叉熵|교차\s?엔트로피|перекр[её]стн\w{0,3}\s энтропи|entropie\scrois",
    re.IGNORECASE,
)
_WORDS = {
    "kl": lazy(r"\bKL|kullback|relative\sentropy|相対エントロピー|相对熵|상대\s?엔트로피", re.IGNORECASE),
    "jsd": lazy(r"\bJSD?\b|jensen", re.IGNORECASE),
    "entropy": lazy(r"entrop|エントロピー|熵|엔트로피|энтропи", re.IGNORECASE),
}
#: The measures of calls a label of each kind speaks of.
_FITS = {"kl": ("kl",), "jsd": ("jsd", "js_distance"), "entropy": ("entropy",), "cross_entropy": ("cross_entropy",)}


def label_above(comment: str) -> tuple[str, re.Match[str]] | None:
    """The measure a comment's words name and its value (groups ``number``, ``unit``, ``about``), if it names one."""
    match = _LABEL_VALUE.fullmatch(comment) if len(comment) <= _MAX_COMMENT else None
    if match is None:
        return None
    label = match.group("label")
    kinds = ["cross_entropy"] if _CROSS.search(label) else []
    rest = _CROSS.sub(" ", label)
    kinds += [kind for kind, words in _WORDS.items() if words.search(rest)]
    return (kinds[0], match) if len(kinds) == 1 else None


def fits(kind: str, call: MeasureCall) -> bool:
    """True when a label of this kind speaks of what the call computes."""
    return call.measure in _FITS[kind]


#: A comment line of code read as a Markdown heading: ``# entropy 1.03`` (one ``#`` and a space).
_HEADING = lazy(r"#[ \t]")


def heading_above(document: SourceText, region: Region) -> str | None:
    """The line right above a block of code when it is a comment naming a measure and its value (in Markdown, a
    heading: the comment line of code that lost its fence), else None."""
    start = document.text.rfind("\n", 0, max(0, region.offset - 1)) + 1
    line = document.text[start : max(start, region.offset - 1)]
    if region.offset == 0 or document.text[region.offset - 1] != "\n" or not _HEADING.match(line):
        return None
    return line if label_above(line[1:]) is not None else None
