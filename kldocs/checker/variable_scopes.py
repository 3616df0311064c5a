"""Where a document introduces its random variables anew, so that a table given earlier no longer speaks for them.

A joint table binds ``X`` and ``Y`` for the claims below it (see
:mod:`~kldocs.checker.joint_tables`). A later passage may take other variables
under the same letters ("Now take a fair coin X and a second fair coin Y"); its
claims are then about those, and judging them against the table would call
right values false. A sentence that names a variable letter and a kind of random
variable (a coin, a die), opens with a word of supposing ("let", "if", "for") or
calls them new ("instead", "another", "independent", "fair"), and does not point
back at a table, starts a new scope: the claims after it are not judged against
the table.

>>> from kldocs.checker.reading import parse_text
>>> text = "| | Y = 0 |\\n|---|---|\\n| X = 0 | 1 |\\n\\nNow take a fair coin X and a die Y.\\n"
>>> document = parse_text(text, "a.md")
>>> [text[offset:offset + 8] for offset in introductions(document)]
['Now take']
"""

from __future__ import annotations

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

#: A sentence (no full stop, question or exclamation mark inside), up to 300 characters at a time.
_SENTENCE = lazy(r"[^.!?\n]{1,300}")
#: Verbs of supposing that open a sentence: with them, any kind of random variable is taken anew.
_SUPPOSING = lazy(r"(?i)^\W*+(?:now\s+|next\s+|instead\s+)?(?:let|take|consider|suppose|assume)\b")
#: Weaker openings ("if", "for", "flip") and words that make variables new ("instead", "another", "fair"):
#: with them, only a concrete kind (a coin, a die) is taken anew; "if Y is another random variable" in a
#: solution's definitions is not.
_OPENING = lazy(r"(?i)^\W*+(?:now\s+|next\s+)?(?:if|for|flip|toss|roll)\b")
_NEW = lazy(r"(?i)\b(?:instead|new|another|independent(?:ly)?|biased|fair|next)\b")
_VARIABLE = lazy(r"(?<![A-Za-z\\])[UVWXYZ](?![A-Za-z(])")
_CONCRETE = lazy(r"(?i)\b(?:coins?|dice|die|tosses|throws|urns?|bits)\b|\bfair\s+bit\b")
_ABSTRACT = lazy(r"(?i)\b(?:random\s+variables?|binary\s+variables?|sources?|Bernoulli)\b")
_POINTING_BACK = lazy(r"(?i)\b(?:table|above|given|same)\b")
#: A sentence that changes the table's numbers: "Now change the first row to ...", "Replace the table by ...".
_CHANGED = lazy(
    r"(?i)^\W*+(?:now\s+|next\s+|instead\s+)?(?:change|replace|modify|alter|swap)\b[^.!?\n]{0,80}"
    r"\b(?:rows?|columns?|table|entries|cells?|joint\s+distribution)\b"
)


def introductions(document: SourceText, until: int | None = None) -> list[int]:
    """Offsets of the prose sentences that take random variables anew, in document order; with ``until``, only
    in the paragraphs that start before it (where the last claim is: a new scope after it changes nothing)."""
    found: list[int] = []
    for paragraph in document.paragraphs:
        if until is not None and paragraph.offset >= until:
            break
        raw = document.text[paragraph.offset : paragraph.offset + len(paragraph.text)]
        for sentence in _SENTENCE.finditer(raw):
            text = sentence.group()
            if _CHANGED.search(text):  # "Now change the first row to 0.25, 0.25": the table is another one
                found.append(paragraph.offset + sentence.start() + len(text) - len(text.lstrip()))
                continue
            if not _VARIABLE.search(text) or _POINTING_BACK.search(text):
                continue
            supposed = _SUPPOSING.search(text) and (_CONCRETE.search(text) or _ABSTRACT.search(text))
            if supposed or ((_OPENING.search(text) or _NEW.search(text)) and _CONCRETE.search(text)):
                found.append(paragraph.offset + sentence.start() + len(text) - len(text.lstrip()))
    return found


#: Characters after the start of an exercise searched for words that carry an earlier distribution into it.
_CARRY_SPAN = 400
#: "Using the same joint distribution", "our joint distribution", "the distribution from Exercise 2.1", in
#: several languages: the exercise goes on with the variables given before.
_CARRIED = lazy(
    r"(?i)\bsame\s+(?:joint\s+(?:probability\s+)?distribution|(?:joint\s+)?table)\b"
    r"|\b(?:our|previous|above|earlier)\s+(?:joint\s+)?(?:probability\s+)?(?:distribution|table)\b"
    r"|\b(?:distribution|table)\s+(?:from|of|in)\s+(?:exercise|example|problem|part)\b"
    r"|\bmisma\s+distribuci[oó]n\s+conjunta\b|\bm[eê]me\s+(?:loi|distribution)\s+(?:con)?jointe\b"
    r"|\bgleiche[n]?\s+gemeinsame[n]?\s+Verteilung\b"
    r"|同一(?:个)?联合(?:概率)?分布|上(?:面|述)的?(?:联合)?(?:概率)?分布|相同的?联合(?:概率)?分布"
    r"|同じ同時(?:確率)?分布|같은\s*결합\s*(?:확률\s*)?분포|тем\s+же\s+совместным\s+распределением"
)


def new_exercises(document: SourceText) -> list[int]:
    """The starts of the exercises that take their variables anew: all but those that go on with a
    distribution given before ("Using the same joint distribution ...").

    >>> from kldocs.checker.reading import parse_text
    >>> text = "## Exercise 1\\n\\nA table.\\n\\n## Exercise 2\\n\\nUsing the same joint distribution, find H(X).\\n"
    >>> document = parse_text(text, "a.md")
    >>> len(document.exercises), len(new_exercises(document))
    (2, 1)
    """
    starts = document.exercises
    ends = [*starts[1:], len(document.text)][: len(starts)]
    return [
        start
        for start, end in zip(starts, ends, strict=True)
        if not _CARRIED.search(document.text, start, min(end, start + _CARRY_SPAN))
    ]
