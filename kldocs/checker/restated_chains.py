r"""A chain written one step a line, each line starting again with its left side.

Answer sheets exported from equation editors write a worked entropy as
lines that each restate ``H =``, a blank line between::

    H = \frac{1}{2}{\log _2}2 + \frac{1}{{4}}{\log _2}4 + \frac{1}{{4}}{\log _2}4

    H = \frac{1}{2} + \frac{2}{{4}} + \frac{2}{{4}}

    H = 6/4 = 1 ½  bits/symbol

The lines are one chain: the first line's right side (a sum with
logarithms, of numbers only) equals every later side. A line that gives no
value (a sum still to work out) goes on to the next; the line that ends in
a value ends the chain, and a line with logarithms starts another. A step
may also follow ``≈``, come second on a line (``H ≈ -(-0.5 - 0.5) H ≈ 1 bit``)
and stand below lines of words or of working (``log_2 0.7 ≈ -0.514``) when it
has the first side's value: a bare value after such lines may be another
source's. Only a
bare ``H``, or ``H(X)`` of one capital letter, the same on every line of the
chain, is read (the formula readers check what the measure is; these lines
say only that its sides are equal), and only sides of numbers, so nothing but
the arithmetic is judged. A value may end in its unit and "(approximately)",
and have a decimal comma (``H = 2,585``); a comment after a step (``# six
equal terms``, ``! rounded``) is left out. A line with logarithms right below a
step goes on with the chain when it writes again one of its numbers (``H =
- log2(1/6)`` below ``H = - 6 * (1/6) * log2(1/6)``), so a log rule misused on
the way is judged, step by step; a line of another sum, which shares none, starts
another chain.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("H = \\(\\log_2 2 + \\log_2 4\\)\n\nH = 1 + 2\n\nH = 3 bits/symbol\n", "a.txt")
>>> [(document.line(claim.offset), claim.text) for claim in restated_chains(document, len(document.text))]
[(1, '\\log_2 2 + \\log_2 4 = 1 + 2'), (3, '\\log_2 2 + \\log_2 4 = 1 + 2'), (5, '\\log_2 2 + \\log_2 4 = 3 bits')]
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterator

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.term_sums import values_in_bases

#: A line ``H = ...``, its ``H`` in or out of maths delimiters (each run of spaces read once: a line of 4,000
#: spaces and a list marker was tried at each split of its spaces between the two runs around a delimiter).
_LINE = lazy(
    r"^[ \t]*+(?:(?:\\\(|\\\[|\$\$?)[ \t]*+)?(?P<subject>H(?:\([A-Z]\))?)[ \t]*+(?:(?:\\\)|\\\]|\$\$?)[ \t]*+)?"
    r"(?:=|≈|\\approx)(?P<rest>[^\n]+)$",
    re.MULTILINE,
)
#: A second step on the same line: ``H ≈ -(-0.5 - 0.5) H ≈ 1 bit``.
_AGAIN = lazy(r"(?<=\S)[ \t]+H(?:\([A-Z]\))?[ \t]*(?:=|≈|\\approx)")
_DELIMITERS = lazy(r"\\\(|\\\)|\\\[|\\\]|\$")
_UNIT = lazy(
    r"(?<!\s)(?:\s|\\[,;: ])*+(?P<unit>bits?|nats?|бит(?:а|ов)?|нат(?:а|ов)?|比特|ビット|비트)(?:\s*+/\s*+symbol)?"
    r"(?:\s*+\((?:approximately|approx\.?)\))?\s*+\.?\s*+$",
    re.IGNORECASE,
)
#: Units in other languages, as the words kldocs reads.
_UNITS = {"比特": "bits", "ビット": "bits", "비트": "bits"}
_RELATION = lazy(r"=|≈|\\approx")
#: A side that ends the chain: a value and its unit, or a side that ends in a relation to one.
_VALUE = lazy(
    r"[-−]?[ \t]*+[0-9]*+(?:\.[0-9]+)?(?:[ \t]*+/[ \t]*+[0-9]+)?[ \t]*+[\u00bc-\u00be\u2150-\u215e]?"
    r"(?: bits| nats)?$|.*[=≈]"
)
#: A line of working between two steps: numbers and logarithms only (``log_2 0.7 ≈ -0.514``).
_WORKING = lazy(r"[-−0-9.,\s_+*/×·()\[\]{}=≈^$]*")
#: What a side of numbers may hold once its commands are dropped: no letter but those of a logarithm.
_WORDS = lazy(r"\\[A-Za-z]+|(?<![A-Za-z])(?:log|ln)(?:2|10|₂|₁₀)?(?![A-Za-z])")
#: A digit, or a vulgar fraction (``½``, ``⅜``).
_DIGIT = lazy(r"[0-9\u00bc-\u00be\u2150-\u215e]")
_LOGARITHM = lazy(r"\\log|\\ln|(?<![A-Za-z])(?:log|ln)(?![A-Za-z])")
#: A comment after a step (``H = 2.6  # bits``, ``! rounded``), and a value written with a decimal comma (``2,585``).
_COMMENT = lazy(r"(?<=[ \t])(?:#|![ \t])[^\n]*$")
_DECIMAL_COMMA = lazy(r"[-−]?[ \t]*[0-9]+,[0-9]+")
#: A number, and the base in a logarithm's name (``log2``, ``log_2``, ``log₂``, ``\log_{10}``).
_NUMBER = lazy(r"[0-9]+(?:\.[0-9]+)?(?:[ \t]*/[ \t]*[0-9]+(?:\.[0-9]+)?)?")
_BASE = lazy(r"(?<![A-Za-z])log[ \t}]*+_?[ \t]*+(?:\{[ \t]*+[0-9]+[ \t]*+\}|[0-9]+|[₂₁₀]+)")
_FRACTION = lazy(r"\\[dt]?frac[ \t]*+\{[ \t]*+(?P<a>[0-9.]+)[ \t]*+\}[ \t]*+\{[ \t]*+(?P<b>[0-9.]+)[ \t]*+\}")
#: A logarithm with a weight before it (``1/2 log2 2``, ``0.5 * log2(0.5)``, ``\frac{1}{2} {\log _2}2``).
_WEIGHTED_LOG = lazy(r"[0-9)}][ \t]*+(?:[*·×][ \t]*+)?(?:\{[ \t]*+)?\\?(?:log|ln)(?![A-Za-z])")
#: Most lines ``H = ...`` read in one document (past these, no chain is read: a document has a handful).
MAX_LINES = 5000
#: Rows a step may stand below the one above it (blank rows between).
REACH = 3
#: Rows a step may stand below the one above it with lines of words or working between.
BRIDGE = 10
#: How near a step's value is to the sum's for it to resume that sum across lines of words.
RESUMED = 0.005


def restated_chains(document: SourceText, stop_at: int) -> Iterator[CommentClaim]:
    """The claims of the chains written a step a line, outside code, before ``stop_at``."""
    text = document.text
    if "H" not in text:
        return
    code_starts = [region.offset for region in document.code]
    chain: list[tuple[int, str]] = []  # the sides so far, with where each starts
    end = -1  # where the last line of the chain ends
    subject = "H"  # what every line of the chain restates: H, or H(X) of one letter
    for match in itertools.islice(_LINE.finditer(text, 0, stop_at), MAX_LINES):
        in_code = _in_code(document, code_starts, match.start())
        if in_code or match.group("subject") != subject:
            chain, subject = [], match.group("subject")  # another left side starts another chain
        if in_code:
            continue
        gap = text[end : match.start()]
        for offset, rest in _steps(match):
            side = _side(rest)
            if side is None:
                chain = []
            elif _opens(side) and not (chain and _near(gap) and _carried([each for _, each in chain], side)):
                chain = [(offset, side)]  # logarithms start a chain (or another one)
            elif chain and (_near(gap) or _bridged(gap, chain[0][1], side)):
                first = chain[0][1]
                if len(chain) == 1:
                    yield CommentClaim(f"{first} = {side}", chain[0][0])
                yield CommentClaim(f"{first} = {side}", offset)
                chain = [*chain, (offset, side)] if not _VALUE.match(side) else []
            else:
                chain = []
            gap = ""
        end = match.end()


def _in_code(document: SourceText, starts: list[int], offset: int) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < starts[index] + len(document.code[index].text)


def _side(rest: str) -> str | None:
    """The right side of a line without delimiters and with its unit as a word (``bits``), if it holds only numbers."""
    rest = _COMMENT.sub("", _DELIMITERS.sub(" ", rest)).strip()
    unit = _UNIT.search(rest)
    numbers = rest[: unit.start()].rstrip() if unit is not None else rest
    numbers = numbers.replace(",", ".") if _DECIMAL_COMMA.fullmatch(numbers) else numbers
    bare = _WORDS.sub(" ", numbers)
    if re.search(r"[A-Za-z]", bare) or not _DIGIT.search(bare):
        return None
    if unit is None:
        return numbers
    word = unit.group("unit").lower()
    return numbers + " " + _UNITS.get(word, "nats" if word.startswith("н") else "bits" if word[0] in "bб" else word)


def _carried(above: list[str], side: str) -> bool:
    """True for a side with logarithms that goes on from the steps above it: it writes again one of their numbers
    other than 0 and 1, a fraction as one number and the bases of logarithms left out (``log2(6)`` below
    ``- 6 * (1/6) * log2(1/6)``), so a log rule misused on the way is judged; another sum's lines share none
    (``-log2(1/8)`` below ``-log2(1/6)``), and a sum of weighted logarithms is a source of its own.

    >>> _carried(["- 6 * (1/6) * log2(1/6)", "- log2(1/6)"], "log2(6)"), _carried(["-log2(1/6)"], "-log2(1/8)")
    (True, False)
    >>> _carried(["0.5 log2 2 + 0.25 log2 4 + 0.25 log2 4"], "0.5 log2 2 + 0.5 log2 2")
    False
    """
    if len(_WEIGHTED_LOG.findall(side)) >= 2:  # a sum of weighted logarithms: a source of its own
        return False
    written = {number for each in above for number in _numbers(each)}
    return not written.isdisjoint(_numbers(side))


def _numbers(side: str) -> set[str]:
    """The numbers a side writes other than 0 and 1, outside the names of logarithms (``log2``, ``\\log_{10}``)."""
    fractions = _FRACTION.sub(r"\g<a>/\g<b>", _BASE.sub(" ", side))
    return {re.sub(r"\s", "", number) for number in _NUMBER.findall(fractions)} - {"0", "1"}


def _opens(side: str) -> bool:
    """True for a side that starts a chain: logarithms, and no value of its own (what they are is judged later)."""
    return _LOGARITHM.search(side) is not None and _RELATION.search(side) is None


def _steps(match: re.Match[str]) -> Iterator[tuple[int, str]]:
    """The steps a line ``H = ...`` writes, with where each starts: one, or more when it restates ``H`` again."""
    start = match.start("rest")
    for again in _AGAIN.finditer(match.group("rest")):
        yield start, match.string[start : match.start("rest") + again.start()]
        start = match.start("rest") + again.end()
    yield start, match.string[start : match.end("rest")]


def _near(gap: str) -> bool:
    """True when only blank rows, at most :data:`REACH` of them, stand between two steps."""
    return not gap.strip() and gap.count("\n") <= REACH


def _bridged(gap: str, first: str, side: str) -> bool:
    """True for a step that goes on from ``first`` across a few lines of words (no number) or of working.

    Only a step still to work out (not a bare value) that has the value of ``first`` (to its rounded logarithms)
    is the same sum resumed: another source's sum may share a probability with it, and a value alone after a line
    of words may belong to something else.

    >>> _bridged("\\nThe logs:\\nlog_2 0.5 = -1\\n", "-[0.5 log_2 0.5 + 0.5 log_2 0.5]", "-[0.5 · (-1) + 0.5 · (-1)]")
    True
    >>> _bridged("\\nFor a fair coin:\\n", "-[0.9 log_2 0.9 + 0.1 log_2 0.1]", "1 bits")
    False
    """
    if gap.count("\n") > BRIDGE or _VALUE.match(side):
        return False
    lines = gap.split("\n")
    if not all(not _DIGIT.search(line) or _WORKING.fullmatch(_WORDS.sub(" ", line)) for line in lines):
        return False
    value = set(values_in_bases(side))  # a sum of numbers only: one value, whatever the base
    return len(value) == 1 and any(math.isclose(min(value), v, rel_tol=RESUMED) for v in values_in_bases(first))
