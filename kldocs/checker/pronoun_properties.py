r"""Properties said of "it": "It is not symmetric in P and Q", as a bullet under a paragraph about KL divergence.

A sentence that opens with "It is" or "This is" (also "It can", "It
remains", "However, it is") says something of the measure the text just spoke of: the nearest
sentence before it (in its paragraph, or in the few lines above, across a
heading that names no measure) that names a measure. When that sentence names
exactly one, the KL divergence or the JS divergence, the pronoun stands for
it and the sentence is read as :mod:`~kldocs.checker.property_claims` reads
"KL divergence is not symmetric"; when it names none or several, the
sentence is left alone. A paragraph that opens "It's a metric ..." right under a title that is one measure's
name speaks of that measure (:func:`titled_properties`).

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The KL divergence compares P with Q.\n\n- It is not symmetric.\n", "a.md")
>>> [(item.text, item.measure, item.negated) for item in pronoun_properties(document, document.paragraphs[1])]
[('It is not symmetric', 'kl', True)]
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.information_words import information_words
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_subjects import SUBJECT, subject_measure
from kldocs.checker.measure_words import LABEL_ANCHORS
from kldocs.checker.named_measures import measures_in
from kldocs.checker.property_claims import HINT, ZERO_ANCHORS, Property, properties, shorten
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.screens import mentions

#: "It" or "This" opening a sentence (or a bullet), before a verb the property sentences use.
_PRONOUN = lazy(
    r"(?:^|(?<=[.!?]\s)|(?<="
    + BLANK
    + r")|(?<=\n))[ \t]*+(?:(?:(?:However|But|Also|Moreover|Furthermore|Unfortunately|"
    r"Importantly|Note\s+that),?\s+(?P<lower>it|this)|(?P<pronoun>It|This))(?=\s+(?:is|remains|can|satisfies|obeys|violates|breaks|fails|does)\s)|"
    r"(?P<both>Both)(?=\s+(?:are|remain|can)\s))"
)
#: A connective before "it" (the first screen of :data:`_PRONOUN` for a paragraph with no "It" or "This").
_CONNECTIVE = lazy(r"(?:However|But|Also|Moreover|Furthermore|Unfortunately|Importantly|Note\s+that),?\s+(?:it|this)\s")
#: The measure's name put in the pronoun's place, or before a list item with no subject.
_NAMES = {
    "kl": "KL divergence",
    "jsd": "JS divergence",
    "entropy": "Entropy",
    "cross_entropy": "Cross-entropy",
    "mutual_information": "Mutual information",
}
#: The mutual information named in words (which :func:`~kldocs.checker.named_measures.measures_in` does not read).
_MUTUAL = lazy(r"(?<![A-Za-z])(?<!pointwise\s)(?:mutual\s+information|(?-i:MI))(?![A-Za-z])", re.IGNORECASE)
#: A divergence or distance kldocs does not judge a property of: "it" after its name stands for it.
_OTHER_MEASURE = lazy(
    r"(?i)\b(?:Jeffreys|Hellinger|total\s+variation|R[ée]nyi|Bhattacharyya|chi[- ]?squared?|Wasserstein|Tsallis|"
    r"Mahalanobis|Euclidean|f-divergence)\b"
)
#: A title that is the entropy's or the mutual information's name (the divergences' are :data:`_TITLE_SUBJECT`'s).
_TITLE_MEASURES = (
    ("entropy", lazy(r"^\s*+[#*_]*\s*(?:the\s+)?(?:Shannon\s+)?entropy(?:\s+H\s*\(\s*X\s*\))?\s*[#*_]*\s*$", re.I)),
    ("mutual_information", lazy(r"^\s*+[#*_]*\s*(?:the\s+)?mutual\s+information(?:\s+\(MI\))?\s*[#*_]*\s*$", re.I)),
)
#: A list item that opens with a property and no subject: "* **Always ≥ 0**", "- Zero if and only if P = Q".
_BULLET = lazy(
    r"^[ \t]*+(?:[-*+•]|[0-9]+[.)])[ \t]++(?:\*\*|__)?(?P<content>(?:always|never|non-?negative|"
    r"zero (?:if|iff|when|only|exactly|for)|equal to zero (?:if|iff|when|only|exactly)|not symmetric|asymmetric|"
    r"(?:maxim(?:um|al|i[sz]ed)|highest|largest) (?:for|when|at|if)|at (?:most|least)|(?:in)?finite|"
    r"not an? (?:true |proper |real |valid )?(?:metric|distance)|"
    r"(?P<titled>symmetric|bounded|unbounded|not bounded|(?P<verb>satisfies|obeys|violates|breaks|fails to satisfy|"
    r"does not satisfy)|an? (?:true |proper |real |valid )?(?:metric|distance)(?=[ \t]*(?:[.;,(]|$))))"
    r"(?![A-Za-z])[^\n:]*+)$",
    re.IGNORECASE | re.MULTILINE,
)
#: A heading that is a measure's name, maybe as the title of its properties: "## Properties of KL divergence".
_PROPERTIES_OF = lazy(
    r"^[#\s*_]*(?:(?:the\s+)?(?:main\s+|key\s+|basic\s+|some\s+)?properties\s+of\s+(?:the\s+)?)?"
    r"(?P<name>[^#*_:]+?)(?:\s+properties)?[\s*_:]*$",
    re.IGNORECASE,
)
#: A line that is an item of a list.
_ITEM = lazy(r"(?:[-*+•]|[0-9]+[.)])\s")
#: A heading or line above a list that speaks of more than one thing ("KL vs JS", "KL and JS compared").
_SEVERAL = lazy(r"(?<![A-Za-z])(?:and|vs|versus|compared|unlike|both)(?![A-Za-z])|[&/]", re.IGNORECASE)
#: Most lines read above a list item for the line that leads the list.
_LIST_ITEMS = 30
#: Where a sentence ends, for finding the nearest one before that names a measure.
_SENTENCE_END = lazy(r"[.!?。！？](?=\s|$)|\n")
#: Sentences read back, the nearest first, for the one that names the measure "it" stands for.
_SENTENCES = 6
#: Most "It is" sentences read in a paragraph.
MOST_PRONOUNS = 20
#: Most characters of a heading read for the measure it names.
_HEADING = 200
#: Words (folded), one of which is in any text that names a measure (see :mod:`~kldocs.checker.screens`).
_ANCHORS = (*LABEL_ANCHORS, "kl", "js", "h(", "h (", "divergen", "mutual")
#: Lines read above a paragraph for the measure its "it" stands for.
LINES_ABOVE = 6
#: Most characters read before a pronoun for the measure it stands for, and after it for its sentence.
_REACH = 600


def pronoun_properties(document: SourceText, paragraph: Region, stated: Sequence[Property] = ()) -> list[Property]:
    """The properties a paragraph says of "it", or in list items with no subject ("- Always ≥ 0"), where the text
    just before names one divergence, but for those already ``stated`` on the same line ("It is a metric" under a
    title that names the measure)."""
    rows = {(document.row(item.offset), item.property) for item in stated}
    return [
        item
        for item in itertools.chain(_pronoun_properties(document, paragraph), _bullet_properties(document, paragraph))
        if (document.row(item.offset), item.property) not in rows
    ]


def _bullet_properties(document: SourceText, paragraph: Region) -> Iterator[Property]:
    r"""List items that state a property with no subject ("* **Always ≥ 0**", "- Zero if and only if P = Q"),
    read as said of the one divergence the list's heading, or the text above it, names.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("## The KL divergence\n\n- Always ≥ 0.\n- Zero only when P = Q.\n", "a.md")
    >>> [(item.text, item.property) for item in _bullet_properties(document, document.paragraphs[1])]
    [('Always ≥ 0.', 'negative'), ('Zero only when P = Q.', 'zero_iff_equal')]
    """
    text, end = document.text, paragraph.offset + len(paragraph.text)  # the list markers as written
    for match in itertools.islice(_BULLET.finditer(text, paragraph.offset, end), MOST_PRONOUNS):
        start = match.start("content")
        lead = lead_line(document, match.start())
        if lead is None or (_SEVERAL.search(lead) or not (lead.startswith("#") or len(_named(lead)) == 1)):
            continue
        measure = _antecedent(document, start) if not match.group("titled") else _heading_measure(lead)
        if measure not in _NAMES:
            continue
        subject = f"{_NAMES[measure]} " + ("" if match.group("verb") else "is ")
        content = match.group("content").replace("**", "  ").replace("__", "  ")
        region = replace(paragraph, text=subject + content[0].lower() + content[1:], offset=start - len(subject))
        said = properties(document, region)
        if measure == "mutual_information":  # "- Zero iff X and Y are independent" under "Mutual information:"
            said = itertools.chain(said, information_words(document, region))
        for item in said:
            if item.offset == region.offset:
                shown = " ".join(match.group("content").replace("**", "").replace("__", "").split())
                yield replace(item, line=document.line(start), text=shorten(shown), offset=start)


def _heading_measure(line: str) -> str | None:
    """The measure a heading, or a line that ends in a colon, names when it is that measure's name (maybe
    "Properties of ..."), or None.

    >>> _heading_measure("## Properties of KL divergence"), _heading_measure("## Why KL divergence is useful")
    ('kl', None)
    >>> _heading_measure("Properties of mutual information:"), _heading_measure("Properties of KL divergence")
    ('mutual_information', None)
    """
    heading = _PROPERTIES_OF.match(line) if line.startswith("#") or line.rstrip("*_ ").endswith(":") else None
    if heading is None:
        return None
    name = heading.group("name")
    return title_measure(name) or next((measure for measure, title in _TITLE_MEASURES if title.match(name)), None)


def lead_line(document: SourceText, offset: int) -> str | None:
    """The nearest line above the list ``offset`` is in that is not one of its items (cut to its first
    characters), or None."""
    text = document.text
    end, reach = offset, max(0, offset - _REACH * _LIST_ITEMS)  # a long line above is not read back to its start
    for _ in range(_LIST_ITEMS):
        above = text.rfind("\n", reach, max(reach, end - 1))
        if above < 0 and reach > 0:
            return None
        start = above + 1
        line = text[start : max(start, end - 1)][:_HEADING].strip()
        if not line or _ITEM.match(line):
            if start == 0:
                return None
            end = start
            continue
        return line
    return None


def _pronoun_properties(document: SourceText, paragraph: Region) -> Iterator[Property]:
    text = paragraph.text
    if (
        "It " not in text and "This " not in text and "Both " not in text and not _CONNECTIVE.search(text)
    ) or not mentions(text, (*HINT, *ZERO_ANCHORS)):
        return
    for match in itertools.islice(_PRONOUN.finditer(text), MOST_PRONOUNS):
        name = "both" if match.group("both") else "lower" if match.group("lower") else "pronoun"
        start = match.start(name)
        measure = _antecedent(document, paragraph.offset + start)
        if measure not in _NAMES or (name == "both" and not _two_named(document, paragraph.offset + start)):
            continue
        pronoun, named = match.group(name), _NAMES[measure]
        end = _SENTENCE_END.search(text, start, start + _REACH)
        sentence = named + text[start + len(pronoun) : end.end() if end else None]
        place = paragraph.offset + start
        region = replace(paragraph, text=sentence, offset=max(0, place - len(named) + len(pronoun)))
        for item in properties(document, region):
            if item.offset == region.offset:  # "KL divergence is not symmetric" as written: "It is ..."
                yield replace(item, line=document.line(place), text=pronoun + item.text[len(named) :], offset=place)
            elif item.text.startswith(named + " ...") and item.measure == measure:  # "It is symmetric and finite"
                yield replace(item, text=pronoun + item.text[len(named) :])


#: Two divergences of one kind named: "the two KL divergences", or their symbols.
_TWO = lazy(
    r"(?<![A-Za-z])(?:two|both)\s+(?:KL\s+|JS\s+)?divergences|(?:D_\{?\\?(?:text|mathrm)?\{?)?(?:KL|JS)\}?\}?\s*\("
)


def _two_named(document: SourceText, offset: int) -> bool:
    """Whether the text just before ``offset`` names two divergences, as "Both are ..." after them needs.

    >>> from kldocs.checker.reading import parse_text
    >>> _two_named(parse_text("We compare $KL(P||Q)$ with $KL(Q||P)$. Both ...", "a.md"), 40)
    True
    """
    found = _TWO.findall(document.text, max(0, offset - _REACH), offset)
    return any(not part.endswith("(") for part in found) or len(found) >= 2


def _antecedent(document: SourceText, offset: int) -> str | None:
    """The one measure the nearest sentence before ``offset`` that names any names, or None."""
    text = document.text
    reach = max(0, offset - _REACH)
    start, lines = text.rfind("\n", reach, offset), 0  # each line cut at reach: not the text before it each time
    while start > reach and lines < LINES_ABOVE:
        above = text.rfind("\n", reach, start)
        line = text[max(above + 1, reach) : start]
        start = above
        if line.strip():
            lines += 1
            if line.lstrip().startswith("#") and _named(line[:_HEADING]):
                break  # a heading that names a measure: the subject of what follows
    before = text[max(0, start, reach) : offset]
    if not mentions(before, _ANCHORS):
        return None
    ends = [0, *(found.end() for found in _SENTENCE_END.finditer(before)), len(before)]
    pieces = (before[begin:end] for begin, end in zip(reversed(ends[:-1]), reversed(ends[1:]), strict=True))
    for sentence in itertools.islice((piece for piece in pieces if piece.strip(" \n-*§")), _SENTENCES):
        named = _named(sentence)  # the nearest sentence first
        if named == {"jsd"} and _ROOT.search(sentence):
            return None  # "The JS distance is the square root of the JSD. It ...": the JSD, or its root?
        if named:
            return next(iter(named)) if len(named) == 1 else None  # "The KL divergence underlies the JSD. It ..."
    return None


#: The JS distance, or a square root, named beside the JSD: "it" may be either.
_ROOT = lazy(r"(?:Jensen[-–\s]Shannon|JS)\s+distance|square\s+root|sqrt|√", re.IGNORECASE)


def _named(text: str) -> set[str]:
    """The measures ``text`` names, the mutual information among them, and ``other`` for a divergence the checker
    does not judge ("So the Jeffreys divergence is never negative. It is symmetric": said of that one).

    >>> sorted(_named("the Jeffreys divergence, KL divergence taken both ways")), _named("Hellinger distance")
    (['kl', 'other'], {'other'})
    """
    named = measures_in(text)
    if ("MI" in text or "utual" in text) and _MUTUAL.search(text):
        named |= {"mutual_information"}
    return named | {"other"} if _OTHER_MEASURE.search(text) else named


#: "It's a metric..." opening a paragraph: what "it" is, the title just above says.
_METRIC_UNDER_TITLE = lazy(
    r"^\s*(?:It|This)(?:['’]?s|\s+is)(?P<negation>\s+not|n['’]t)?\s+(?:a|an)\s+(?:true\s+|proper\s+|real\s+)?"
    r"(?:distance\s+)?(?:metric|distance)(?![A-Za-z])",
    re.IGNORECASE,
)
_TITLE_SUBJECT = lazy(r"^\s*+[#*_]*\s*" + SUBJECT + r"\s*[#*_]*\s*$", re.IGNORECASE)


def titled_properties(document: SourceText, paragraph: Region) -> Iterator[Property]:
    r"""A paragraph that opens "It's a metric..." right below a title that is the name of one measure.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("KL Divergence\n\nIts a metric for how two distributions differ.\n", "a.txt")
    >>> [(item.measure, item.property, item.negated) for item in titled_properties(document, document.paragraphs[1])]
    [('kl', 'metric', False)]
    """
    match = _METRIC_UNDER_TITLE.match(paragraph.text)
    index = bisect.bisect_left(document.paragraphs, paragraph.offset, key=_start) if match is not None else 0
    if match is None or index == 0:
        return
    above = document.paragraphs[index - 1]
    title = _TITLE_SUBJECT.match(above.text.replace(BLANK, " "))
    if title is None or document.row(paragraph.offset) - document.row(above.offset) > 3:
        return
    offset = paragraph.offset + match.start()
    shown = " ".join(match.group().split())
    yield Property(
        document.line(offset),
        shown,
        subject_measure(title.group("subject")),
        "metric",
        bool(match.group("negation")),
        offset,
    )


def title_measure(line: str) -> str | None:
    """The measure a title names and nothing else (``"Kullback-Leibler Divergence"`` is ``kl``), or None.

    >>> title_measure("Jensen-Shannon Divergence"), title_measure("A note on KL divergence")
    ('jsd', None)
    """
    title = _TITLE_SUBJECT.match(line)
    return subject_measure(title.group("subject")) if title is not None else None


def _start(region: Region) -> int:
    return region.offset
