r"""Properties listed as bullets under a bullet that names the measure, the subject left out: "- Not symmetric".

Notes list a measure's properties as sub-items of a bullet that names it::

    - KL divergence
        - always non-negative
        - 0 when P and Q are the same
        - Not symmetric -> ...

A bullet that opens with what is said, and no subject, says it of the one measure the nearest enclosing
bullet that names any names: zero when the two distributions are the same, not symmetric, not a metric
(or not a true distance), non-negative, unbounded. A denial states itself ("Not symmetric"); nothing
positive but "non-negative" is read; a bullet whose property is followed by a colon (a label for what
follows) is not read; an enclosing bullet that names two measures ("KL vs JS", "KL and cross-entropy"),
or a heading or prose reached first, gives none (a flat list under a heading or a sentence is
:mod:`~kldocs.checker.pronoun_properties`' to read).

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("- KL divergence\n    - Not symmetric\n    - 0 when P and Q are the same\n", "a.md")
>>> [(item.measure, item.property, item.negated) for item in listed_properties(document, document.paragraphs[0])]
[('kl', 'symmetric', True), ('kl', 'zero_iff_equal', False)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.named_measures import measures_in
from kldocs.checker.property_claims import Property
from kldocs.checker.screens import mentions

#: A bullet line: its indentation and what it says.
_BULLET = lazy(r"^(?P<indent>[ \t]*)[-*+•][ \t]+(?P<said>[^\n]*)", re.MULTILINE)
#: What a bullet with no subject may say: ``(property, negated, pattern)``, each matched at the bullet's start.
_SAID: tuple[tuple[str, bool, re.Pattern[str]], ...] = tuple(
    (kind, negated, lazy(pattern, re.IGNORECASE))
    for kind, negated, pattern in (
        (
            "zero_iff_equal",
            False,
            r"(?:is\s+|equals\s+|becomes\s+)?(?:0|zero)\s+(?:only\s+)?(?:when|if|iff|if\s+and\s+only\s+if|exactly\s+when)\s+"
            r"(?:(?:P\s+and\s+Q|p\s+and\s+q|the\s+(?:two\s+)?distributions|both\s+distributions)\s+are\s+"
            r"(?:the\s+same|equal|identical)|\$?\s*[Pp]\s*=\s*[Qq]\s*\$?)(?![A-Za-z(])",
        ),
        ("symmetric", True, r"(?:is\s+)?(?:not\s+symmetric|non[-\s]?symmetric|asymmetric)(?![A-Za-z])"),
        (
            "metric",
            True,
            r"(?:is\s+)?not\s+an?\s+(?:true\s+|proper\s+|real\s+|valid\s+)?(?:metric|distance(?:\s+metric)?|"
            r"measure\s+of\s+[\"“]?distance[\"”]?)(?![A-Za-z])",
        ),
        ("negative", True, r"(?:is\s+)?(?:always\s+)?(?:non[-\s]?negative|never\s+negative)(?![A-Za-z])"),
        ("bounded", True, r"(?:is\s+)?(?:unbounded|not\s+bounded)(?![A-Za-z])"),
    )
)
_ANCHORS = (
    *("0 when", "0 if", "0 iff", "0 only", "0 exactly", "zero"),
    *("symmetric", "metric", "distance", "negative", "bounded"),
)
#: A bullet that names measures side by side: no one measure is its subject.
_SEVERAL = lazy(r"\b(?:vs\.?|versus|and|or|compar\w*|JS|JSD)\b|[,/&]", re.IGNORECASE)
#: Measures the properties are read of (the entropy's listed properties are another matter).
_MEASURES = frozenset({"kl", "jsd", "cross_entropy"})
#: How many lines above a bullet its enclosing bullet or heading is looked for.
_REACH = 40


def listed_properties(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The properties the bullets of a paragraph list with no subject, of the measure that encloses them."""
    if not mentions(paragraph.text, _ANCHORS):
        return
    written = document.text[paragraph.offset : paragraph.offset + len(paragraph.text)]  # its lines as written
    for bullet in _BULLET.finditer(written):
        said = bullet.group("said").replace("**", "").lstrip("*_ ")
        matches = ((kind, negated, pattern.match(said)) for kind, negated, pattern in _SAID)
        found = next(((kind, negated, match) for kind, negated, match in matches if match is not None), None)
        if found is None or "?" in said or said[found[2].end() :].lstrip(" *_").startswith(":"):
            continue
        start = paragraph.offset + bullet.start("said")
        measure = _enclosing_measure(document, start, len(bullet.group("indent").expandtabs(4)))
        if measure is None or (measure == "cross_entropy" and found[0] != "negative"):
            continue
        shown = " ".join(bullet.group("said").split())
        yield Property(document.line(start), shown, measure, found[0], found[1], start)


def _enclosing_measure(document: SourceText, offset: int, indent: int) -> str | None:
    """The one measure the nearest enclosing bullet above ``offset`` that names one names."""
    text = document.text
    end = text.rfind("\n", 0, offset)
    for _ in range(_REACH):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        stripped = line.lstrip()
        depth = len(line[: len(line) - len(stripped)].expandtabs(4))
        if stripped.startswith("#") or (stripped and stripped[0] not in "-*+•" and depth < indent):
            return None  # a heading, or a paragraph of prose above the list
        if not stripped or stripped[0] not in "-*+•" or depth >= indent:
            continue
        title = stripped.lstrip("-*+• \t")
        named = measures_in(title)
        if named:
            several = len(named) > 1 or _SEVERAL.search(title) is not None or len(title) > 80
            return None if several or not named <= _MEASURES else next(iter(named))
        if depth == 0:
            return None
        indent = depth
    return None
