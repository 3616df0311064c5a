r"""A chain written one step a line, each line starting again with its left side.

Answer sheets exported from equation editors write a worked entropy as
lines that each restate ``H =``, a blank line between::

    H = \frac{1}{2}{\log _2}2 + \frac{1}{{4}}{\log _2}4 + \frac{1}{{4}}{\log _2}4

    H = \frac{1}{2} + \frac{2}{{4}} + \frac{2}{{4}}

    H = 6/4 = 1 ½  bits/symbol

The lines are one chain: the first line's right side (a sum with
logarithms, of numbers only) equals every later side. A line that gives no
value (a sum still to work out) goes on to the next; the line that ends in
a value ends the chain, and a line with logarithms starts another. Only a
bare ``H`` is read (a letter with arguments is a measure the formula
readers check), and only sides of numbers, so nothing but the arithmetic
is judged.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("H = \\(\\log_2 2 + \\log_2 4\\)\n\nH = 1 + 2\n\nH = 3 bits/symbol\n", "a.txt")
>>> [(document.line(claim.offset), claim.text) for claim in restated_chains(document, len(document.text))]
[(1, '\\log_2 2 + \\log_2 4 = 1 + 2'), (3, '\\log_2 2 + \\log_2 4 = 1 + 2'), (5, '\\log_2 2 + \\log_2 4 = 3 bits')]
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceText

#: A line ``H = ...``, its ``H`` in or out of maths delimiters (each run of spaces read once: a line of 4,000
#: spaces and a list marker was tried at each split of its spaces between the two runs around a delimiter).
_LINE = re.compile(
    r"^[ \t]*+(?:(?:\\\(|\\\[|\$\$?)[ \t]*+)?H[ \t]*+(?:(?:\\\)|\\\]|\$\$?)[ \t]*+)?=(?P<rest>[^\n]+)$", re.MULTILINE
)
_DELIMITERS = re.compile(r"\\\(|\\\)|\\\[|\\\]|\$")
_UNIT = re.compile(r"(?:\s|\\[,;: ])*(?P<unit>bits?|nats?)(?:\s*/\s*symbol)?\s*\.?\s*$", re.IGNORECASE)
_RELATION = re.compile(r"=|≈|\\approx")
#: A side that goes on to the next line: a sum or product still to work out, with no value after it.
_GOES_ON = re.compile(r"^[^=≈]*(?:[+×·*]|\\times|\\cdot)[^=≈]*$")
#: What a side of numbers may hold once its commands are dropped: no letter but those of a logarithm.
_WORDS = re.compile(r"\\[A-Za-z]+|(?<![A-Za-z])(?:log|ln)(?:2|10|₂|₁₀)?(?![A-Za-z])")
#: A digit, or a vulgar fraction (``½``, ``⅜``).
_DIGIT = re.compile(r"[0-9\u00bc-\u00be\u2150-\u215e]")
_LOGARITHM = re.compile(r"\\log|\\ln|(?<![A-Za-z])(?:log|ln)(?![A-Za-z])")
#: Most lines ``H = ...`` read in one document (past these, no chain is read: a document has a handful).
MAX_LINES = 5000
#: Rows a step may stand below the one above it (blank rows between).
REACH = 3


def restated_chains(document: SourceText, stop_at: int) -> Iterator[CommentClaim]:
    """The claims of the chains written a step a line, outside code, before ``stop_at``."""
    text = document.text
    if "H" not in text:
        return
    code_starts = [region.offset for region in document.code]
    chain: list[tuple[int, str]] = []  # the sides so far, with where each starts
    end = -1  # where the last line of the chain ends
    for match in itertools.islice(_LINE.finditer(text, 0, stop_at), MAX_LINES):
        side = _side(match.group("rest"))
        near = chain and not text[end : match.start()].strip() and text.count("\n", end, match.start()) <= REACH
        if side is None or _in_code(document, code_starts, match.start()):
            chain = []
        elif _opens(side):
            chain = [(match.start("rest"), side)]  # logarithms start a chain (or another one)
        elif near:
            first = chain[0][1]
            if len(chain) == 1:
                yield CommentClaim(f"{first} = {side}", chain[0][0])
            yield CommentClaim(f"{first} = {side}", match.start("rest"))
            chain = [*chain, (match.start("rest"), side)] if _GOES_ON.search(side) else []
        else:
            chain = []
        end = match.end()


def _in_code(document: SourceText, starts: list[int], offset: int) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < starts[index] + len(document.code[index].text)


def _side(rest: str) -> str | None:
    """The right side of a line without delimiters and with its unit as a word (``bits``), if it holds only numbers."""
    rest = _DELIMITERS.sub(" ", rest).strip()
    unit = _UNIT.search(rest)
    numbers = rest[: unit.start()].rstrip() if unit is not None else rest
    bare = _WORDS.sub(" ", numbers)
    if re.search(r"[A-Za-z]", bare) or not _DIGIT.search(bare):
        return None
    return numbers + " " + unit.group("unit").lower() if unit is not None else numbers


def _opens(side: str) -> bool:
    """True for a side that starts a chain: logarithms, and no value of its own (what they are is judged later)."""
    return _LOGARITHM.search(side) is not None and _RELATION.search(side) is None
