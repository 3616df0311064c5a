r"""Properties said of "it": "It is not symmetric in P and Q", as a bullet under a paragraph about KL divergence.

A sentence that opens with "It is" or "This is" (also "It can", "It
remains") says something of the measure the text just spoke of: the nearest
sentence before it (in its paragraph, or in the few lines above, across a
heading that names no measure) that names a measure. When that sentence names
exactly one, the KL divergence or the JS divergence, the pronoun stands for
it and the sentence is read as :mod:`~kldocs.checker.property_claims` reads
"KL divergence is not symmetric"; when it names none or several, the
sentence is left alone.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The KL divergence compares P with Q.\n\n- It is not symmetric.\n", "a.md")
>>> [(item.text, item.measure, item.negated) for item in pronoun_properties(document, document.paragraphs[1])]
[('It is not symmetric', 'kl', True)]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from kldocs.checker.documents import BLANK, Region, SourceText
from kldocs.checker.measure_words import LABEL_ANCHORS
from kldocs.checker.named_measures import measures_in
from kldocs.checker.property_claims import HINT, ZERO_ANCHORS, Property, properties
from kldocs.checker.screens import mentions

#: "It" or "This" opening a sentence (or a bullet), before a verb the property sentences use.
_PRONOUN = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=" + BLANK + r")|(?<=\n))[ \t]*+(?P<pronoun>It|This)(?=\s+(?:is|remains|can)\s)"
)
#: The measure's short name put in the pronoun's place, padded to its length (offsets stay).
_NAMES = {"kl": "KL", "jsd": "JS"}
#: Where a sentence ends, for finding the nearest one before that names a measure.
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)|\n")
#: Sentences read back, the nearest first, for the one that names the measure "it" stands for.
_SENTENCES = 6
#: Most "It is" sentences read in a paragraph.
MOST_PRONOUNS = 20
#: Most characters of a heading read for the measure it names.
_HEADING = 200
#: Words (folded), one of which is in any text that names a measure (see :mod:`~kldocs.checker.screens`).
_ANCHORS = (*LABEL_ANCHORS, "kl", "js", "h(", "h (", "divergen")
#: Lines read above a paragraph for the measure its "it" stands for.
LINES_ABOVE = 6
#: Most characters read before a pronoun for the measure it stands for, and after it for its sentence.
_REACH = 600


def pronoun_properties(document: SourceText, paragraph: Region, stated: Sequence[Property] = ()) -> list[Property]:
    """The properties a paragraph says of "it" where the text just before names one divergence, but for those
    already ``stated`` on the same line ("It is a metric" under a title that names the measure)."""
    rows = {(document.row(item.offset), item.property) for item in stated}
    return [
        item
        for item in _pronoun_properties(document, paragraph)
        if (document.row(item.offset), item.property) not in rows
    ]


def _pronoun_properties(document: SourceText, paragraph: Region) -> Iterator[Property]:
    text = paragraph.text
    if ("It " not in text and "This " not in text) or not mentions(text, (*HINT, *ZERO_ANCHORS)):
        return
    for match in itertools.islice(_PRONOUN.finditer(text), MOST_PRONOUNS):
        start = match.start("pronoun")
        measure = _antecedent(document, paragraph.offset + start)
        if measure not in _NAMES:
            continue
        pronoun = match.group("pronoun")
        end = _SENTENCE_END.search(text, start, start + _REACH)
        sentence = _NAMES[measure].ljust(len(pronoun)) + text[start + len(pronoun) : end.end() if end else None]
        for item in properties(document, replace(paragraph, text=sentence, offset=paragraph.offset + start)):
            if item.offset == paragraph.offset + start:
                yield replace(item, text=pronoun + item.text[2:])  # "KL is not symmetric" as written: "It is ..."


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
            if line.lstrip().startswith("#") and measures_in(line[:_HEADING]):
                break  # a heading that names a measure: the subject of what follows
    before = text[max(0, start, reach) : offset]
    if not mentions(before, _ANCHORS):
        return None
    ends = [0, *(found.end() for found in _SENTENCE_END.finditer(before)), len(before)]
    pieces = (before[begin:end] for begin, end in zip(reversed(ends[:-1]), reversed(ends[1:]), strict=True))
    for sentence in itertools.islice((piece for piece in pieces if piece.strip(" \n-*§")), _SENTENCES):
        named = measures_in(sentence)  # the nearest sentence first
        if named:
            return next(iter(named)) if len(named) == 1 else None
    return None
