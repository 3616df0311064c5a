"""Entropies in bits stated in words: a die's roll ("a six sided dice generates 2.585 bits of entropy"), and a
number of bits with its formula after "i.e." ("160.26768 bits of entropy, ie 62 × log2(6)").

A sentence that speaks of one die with N sides (in digits or words: "an
eight-sided die", "a 20-sided dice") and of entropy or information gives the
entropy of one roll of a fair die, log2 N bits: its one number of bits is that
claim. So does a sentence that says "die" or "dice" in a paragraph about dice
with N sides only ("the entropy of a fair dice roll is around 2.585 bits"),
and one that goes on about "the entropy" right after the sentence that named
the die ("The calculated entropy value should be around 2.585 bits."). A
sentence about several dice or rolls, a sum, a loaded die, or under a
condition ("if") is not read, nor a bound ("more than 2 bits", "2 bits at
most"), nor one with more than one number of bits or
with its formula written out (that formula is read instead). A number of
bits followed by "i.e." (or "ie", "that is") and arithmetic with a logarithm
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
from kldocs.checker.screens import mentions
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
    r"(?<![0-9])(?P<number>[0-9]+(?:\.[0-9]+)?)\s*bits?\s+(?:of\s+(?:entropy|information)\s*)?,?\s*"
    r"(?:i\.?\s?e\.?|that\s+is)\s*,?\s+(?P<formula>[0-9][0-9.\s×*·/()+-]*log[^,;:\n]{1,60}?)\s*(?:[.;,]\s|[.;,]?$)",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"(?<![A-Za-z])(?:loaded|biased|unfair|weighted|if|unless|suppose|dice\s+are|pair\s+of|twice|(?<![0-9])[0-9]+\s+times|rolls|"
    r"throws|sum|total|at\s+(?:most|least)|(?:more|less|fewer|greater)\s+than|up\s+to|or\s+(?:more|less)|maximum|"
    r"minimum|bound|(?:two|three|four|five|(?<![0-9])[0-9]+|several|many|multiple|both)\s+(?:fair\s+)?"
    r"(?:[0-9a-z]+[- ]sided\s+)?dice)(?![A-Za-z])",
    re.IGNORECASE,
)
_ENTROPY = re.compile("entrop|informat", re.IGNORECASE)
_LOADED = re.compile(r"(?<![A-Za-z])(?:loaded|biased|unfair|weighted)(?![A-Za-z])", re.IGNORECASE)
_DIE_WORD = re.compile(r"(?<![A-Za-z])(?:dice|die)(?![A-Za-z])", re.IGNORECASE)
#: A sentence that goes on about the entropy just computed: "The calculated entropy value should be around 2.585 bits."
_THE_ENTROPY = re.compile(
    r"\s*(?:the|this|its)\s+(?:calculated\s+|computed\s+|resulting\s+)?entropy(?:\s+value)?\s+"
    r"(?:is|was|should\s+be|will\s+be|comes\s+to)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?!\s))++[.!?]*+")


def bits_in_words(text: str, offset: int) -> Iterator[CommentClaim]:
    """The claims of a line of prose (``offset``: where it starts)."""
    if not mentions(text, ("bit",)) or not mentions(text, ("sided", "log")):
        return
    explained = []  # where the numbers of bits with their formula stand
    for meaning in _MEANING.finditer(text) if mentions(text, ("log",)) else ():
        if _formula(meaning.group("formula")):
            formula = " ".join(meaning.group("formula").split())
            yield CommentClaim(f"{formula} = {meaning.group('number')} bits", offset + meaning.start("number"))
            explained.append(meaning.start())
    sides = {_sides(die) for die in _DIE.finditer(text)}  # the dice the paragraph speaks of
    one = next(iter(sides)) if len(sides) == 1 and not _LOADED.search(text) else None
    after_die = False  # whether the sentence before named a die and gave no number of bits
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        die = _DIE.search(words)
        bits = list(_BITS.finditer(words))
        if any(sentence.start() <= start < sentence.end() for start in explained):
            continue
        if die is not None:
            found = _sides(die)
        elif _DIE_WORD.search(words) or (after_die and _THE_ENTROPY.match(words)):
            found = one  # "the entropy of a fair dice roll", "The calculated entropy value" after the die
        else:
            found = None
        after_die = die is not None and not bits
        if found is None or len(bits) != 1 or "log" in words or _OTHER.search(words) or not _ENTROPY.search(words):
            continue
        start = offset + sentence.start() + bits[0].start("number")
        yield CommentClaim(f"log2({found}) = {bits[0].group('number')} bits", start)


def _sides(die: re.Match[str]) -> int | None:
    """The number of sides of a die as written, if at least 2."""
    written = die.group("sides").lower()
    sides = int(written) if written.isdigit() else _SIDES[written]
    return sides if sides >= 2 else None


def _formula(text: str) -> bool:
    """True when ``text`` is arithmetic on numbers with a logarithm."""
    try:
        node = parse(tokenize(text))
    except (ParseError, TooComplexError):
        return False
    return has_logs(node) and not measures_in(node)
