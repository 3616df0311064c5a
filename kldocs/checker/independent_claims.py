r"""An equation of Shannon's measures followed by the condition that its variables are independent.

"$H(X,Y) = H(X) + H(Y)$ when $X$ and $Y$ are independent": a condition after a formula otherwise stops its
reading (the formula claims nothing in general), but this one kldocs can judge under
(:func:`~kldocs.checker.premises.independent_after`). The formula is read here, inline or typed in a line of
text, when the words right after it are that condition and nothing more.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("$H(X,Y) = H(X) + H(Y)$ when $X$ and $Y$ are independent.\n", "a.md")
>>> [found.statement.text for found in independent_claims(document, document.math[0])]
['H(X,Y) = H(X) + H(Y)']
>>> document = parse_text("H(X|Y) = H(X) if X and Y are independent.\n", "a.md")
>>> [found.statement.text for found in independent_claims(document, document.prose[0])]
['H(X|Y) = H(X)']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.chain_conditions import CONDITION_WORDS
from kldocs.checker.chains import statements
from kldocs.checker.documents import Region, SourceText, text_lines
from kldocs.checker.found import Found
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.premises import independence_after
from kldocs.checker.shannon_measures import equation_form
from kldocs.checker.tokens import TooComplexError, tokenize

#: A word of independence in the languages whose condition words stop a formula's reading; a line needs one.
_SCREEN = lazy(r"independ", re.IGNORECASE)
#: The condition word that opens the words after a formula (only these stop its reading).
_OPENING = lazy(r"[\s,$(]*(?P<word>[A-Za-z]+)")
#: Most characters of a formula read so.
_MAX_FORMULA = 300


def independent_claims(document: SourceText, region: Region) -> Iterator[Found]:
    """The equations of Shannon's measures in an inline formula, or typed in a line of prose, that the words
    after them say hold for independent variables."""
    if region.kind == "inline":
        end = region.offset + len(region.text)
        line_end = document.text.find("\n", end, end + _MAX_FORMULA)
        after = document.text[end : line_end if line_end >= 0 else end + _MAX_FORMULA]
        if _SCREEN.search(after):
            yield from _read(document, region.offset, region.text, after)
    elif region.kind == "prose" and _SCREEN.search(region.text):
        for line_start, line in text_lines(region.text):
            for word in re.finditer(r"(?<![A-Za-z])(?:if|when|whenever)(?![A-Za-z])", line, re.IGNORECASE):
                piece_start = max(0, line.rfind(". ", 0, word.start()) + 1, word.start() - _MAX_FORMULA)
                text = line[piece_start : word.start()]
                yield from _read(document, region.offset + line_start + piece_start, text, line[word.start() - 1 :])


def _read(document: SourceText, offset: int, text: str, after: str) -> Iterator[Found]:
    opening = _OPENING.match(after)
    if opening is None or opening["word"].lower() not in CONDITION_WORDS or independence_after(after) is None:
        return
    if len(text) > _MAX_FORMULA or not ("H" in text or "I" in text):
        return
    try:
        found = statements(tokenize(text), text)
    except TooComplexError:
        return
    ends = max((max(item.left.end, item.right.end) for item in found), default=0)
    for statement in found:
        last = max(statement.left.end, statement.right.end) == ends and not text[ends:].strip(" $,")
        if not statement.fallback and last and equation_form(statement) is not None:
            yield Found(document.line(offset + statement.offset), statement, (), offset + statement.offset)
