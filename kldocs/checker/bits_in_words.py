"""Entropies in bits stated in words: a die's roll ("a six sided dice generates 2.585 bits of entropy"), and a
number of bits with its formula after "i.e." ("160.26768 bits of entropy, ie 62 × log2(6)").

A sentence that speaks of one die with N sides (in digits or words: "an
eight-sided die", "a 20-sided dice") and of entropy or information gives the
entropy of one roll of a fair die, log2 N bits: its one number of bits is that
claim. A sentence about several dice or rolls, a sum, a loaded die, or under a
condition ("if") is not read, nor one with more than one number of bits or with its formula
written out (that formula is read instead). A number of bits
followed by "i.e." (or "ie", "that is") and arithmetic with a logarithm
claims that the arithmetic gives it.

>>> [claim.text for claim in bits_in_words("A six sided dice generates 2.585 bits of entropy for each roll.", 0)]
['log2(6) = 2.585 bits']
>>> [claim.text for claim in bits_in_words("It holds 160.26768 bits of entropy, ie 62 × log2(6).", 0)]
['62 × log2(6) = 160.26768 bits']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.latex_numbers import ParseError, parse
from kldocs.checker.tokens import TooComplexError, tokenize
from kldocs.checker.trees import has_logs, measures_in

_SIDES = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "sixteen": 16,
    "twenty": 20,
    "hundred": 100,
}
_DIE = re.compile(
    r"(?<![A-Za-z0-9])(?P<article>an?|one|each|every|the|per|single)\s+(?:fair\s+)?"
    r"(?P<sides>[0-9]{1,3}|" + "|".join(_SIDES) + r")[- ]?sided\s+(?:fair\s+)?(?:dice|die)(?![A-Za-z])",
    re.IGNORECASE,
)
_BITS = re.compile(r"(?<![0-9.,])(?P<number>[0-9]+(?:\.[0-9]+)?)\s*bits?(?![A-Za-z])", re.IGNORECASE)
_MEANING = re.compile(
    r"(?P<number>[0-9]+(?:\.[0-9]+)?)\s*bits?\s+(?:of\s+(?:entropy|information)\s*)?,?\s*"
    r"(?:i\.?\s?e\.?|that\s+is)\s*,?\s+(?P<formula>[0-9][0-9.\s×*·/()+-]*log[^,;:\n]{1,60}?)\s*(?:[.;,]\s|[.;,]?$)",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"(?<![A-Za-z])(?:loaded|biased|unfair|weighted|if|unless|suppose|dice\s+are|pair\s+of|twice|times|rolls|"
    r"throws|sum|total|(?:two|three|four|five|[0-9]+|several|many|multiple|both)\s+(?:fair\s+)?"
    r"(?:[0-9a-z]+[- ]sided\s+)?dice)(?![A-Za-z])",
    re.IGNORECASE,
)
_ENTROPY = re.compile("entrop|informat", re.IGNORECASE)
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?!\s))++[.!?]*+")


def bits_in_words(text: str, offset: int) -> Iterator[CommentClaim]:
    """The claims of a line of prose (``offset``: where it starts)."""
    lowered = text.lower()
    if "bit" not in lowered or ("sided" not in lowered and "log" not in lowered):
        return
    explained = []  # where the numbers of bits with their formula stand
    for meaning in _MEANING.finditer(text) if "log" in lowered else ():
        if _formula(meaning.group("formula")):
            formula = " ".join(meaning.group("formula").split())
            yield CommentClaim(f"{formula} = {meaning.group('number')} bits", offset + meaning.start("number"))
            explained.append(meaning.start())
    for sentence in _SENTENCE.finditer(text):
        if any(sentence.start() <= start < sentence.end() for start in explained):
            continue
        words = sentence.group()
        start = offset + sentence.start()
        die = _DIE.search(words)
        bits = list(_BITS.finditer(words))
        if die is None or len(bits) != 1 or "log" in words or _OTHER.search(words) or not _ENTROPY.search(words):
            continue
        written = die.group("sides").lower()
        sides = int(written) if written.isdigit() else _SIDES[written]
        if sides >= 2:
            yield CommentClaim(f"log2({sides}) = {bits[0].group('number')} bits", start + bits[0].start("number"))


def _formula(text: str) -> bool:
    """True when ``text`` is arithmetic on numbers with a logarithm."""
    try:
        node = parse(tokenize(text))
    except (ParseError, TooComplexError):
        return False
    return has_logs(node) and not measures_in(node)
