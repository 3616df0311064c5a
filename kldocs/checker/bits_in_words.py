"""Entropies in bits stated in words: a die's roll ("a six sided dice generates 2.585 bits of entropy"), N outcomes
alike ("26 equally likely letters hold 4.7 bits of entropy", "알파벳 26자를 동일 비율로 ... 4.7Bit"), and a number of
bits with its formula after "i.e." ("160.26768 bits of entropy, ie 62 × log2(6)").

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
claims that the arithmetic gives it. A sentence that says N outcomes (letters,
symbols, values) are equally likely, in English, Korean, Chinese or Japanese,
and gives one number of bits of entropy, with no other number and no bound or
formula, claims log2 N bits.

>>> [claim.text for claim in bits_in_words("With 8 equally likely symbols the entropy is 3 bits.", 0)]
['log2(8) = 3 bits']
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
from kldocs.checker.lazy_patterns import lazy
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
_DIE = lazy(
    r"(?<![A-Za-z0-9])(?P<article>an?|one|each|every|the|per|single)\s+(?:fair\s+)?"
    r"(?P<sides>[0-9]{1,3}|" + "|".join(_SIDES) + r")[- ]?sided\s+(?:fair\s+)?(?:dice|die)(?![A-Za-z])",
    re.IGNORECASE,
)
_BITS = lazy(r"(?<![0-9.,])(?P<number>[0-9]+(?:\.[0-9]+)?)\s*(?:bits?(?![A-Za-z])|比特|ビット|비트)", re.IGNORECASE)
#: N outcomes all equally likely, in the languages read: "26 equally likely letters", "26자를 동일 비율로",
#: "8个等概率的符号", "8通りが等確率".
_UNIFORM = lazy(
    r"(?<![0-9.,])(?P<count>[0-9]{1,4})\s*(?:(?:equally\s+(?:likely|probable)|equiprobable)\s+(?:outcomes|symbols|"
    r"letters|characters|values|messages|events|states|options|possibilities)|"
    r"(?:자|개|가지)(?:를|을|의|가|이)?\s?(?:동일(?:한)?|같은|균등(?:한)?)\s?(?:비율|확률)|"
    r"(?:个|種類|通り|個)(?:的)?(?:等可能|等概率|等確率|同様に確からしい))",
    re.IGNORECASE,
)
#: Words that make a number of bits a bound, or the sentence about more than one draw.
_NOT_ONE = lazy(
    r"(?<![A-Za-z])(?:at\s+(?:most|least)|(?:more|less|fewer|greater)\s+than|up\s+to|or\s+(?:more|less)|bound|"
    r"sum|total|each\s+of|words?|strings?)(?![A-Za-z])|最多|至少|超过|以上|以下|이상|이하|최대|최소|未満|合計|总",
    re.IGNORECASE,
)
_ANY_NUMBER = lazy(r"[0-9]+(?:[.,][0-9]+)?")
_MEANING = lazy(
    r"(?<![0-9])(?P<number>[0-9]+(?:\.[0-9]+)?)\s*bits?\s+(?:of\s+(?:entropy|information)\s*)?,?\s*"
    r"(?:i\.?\s?e\.?|that\s+is)\s*,?\s+(?P<formula>[0-9][0-9.\s×*·/()+-]*log[^,;:\n]{1,60}?)\s*(?:[.;,]\s|[.;,]?$)",
    re.IGNORECASE,
)
_OTHER = lazy(
    r"(?<![A-Za-z])(?:loaded|biased|unfair|weighted|if|unless|suppose|dice\s+are|pair\s+of|twice|(?<![0-9])[0-9]+\s+times|rolls|"
    r"throws|sum|total|at\s+(?:most|least)|(?:more|less|fewer|greater)\s+than|up\s+to|or\s+(?:more|less)|maximum|"
    r"minimum|bound|(?:two|three|four|five|(?<![0-9])[0-9]+|several|many|multiple|both)\s+(?:fair\s+)?"
    r"(?:[0-9a-z]+[- ]sided\s+)?dice)(?![A-Za-z])",
    re.IGNORECASE,
)
_ENTROPY = lazy("entrop|informat|熵|エントロピー|엔트로피|情報量|정보량|信息量", re.IGNORECASE)
_LOADED = lazy(r"(?<![A-Za-z])(?:loaded|biased|unfair|weighted)(?![A-Za-z])", re.IGNORECASE)
_DIE_WORD = lazy(r"(?<![A-Za-z])(?:dice|die)(?![A-Za-z])", re.IGNORECASE)
#: A sentence that goes on about the entropy just computed: "The calculated entropy value should be around 2.585 bits."
_THE_ENTROPY = lazy(
    r"\s*(?:the|this|its)\s+(?:calculated\s+|computed\s+|resulting\s+)?entropy(?:\s+value)?\s+"
    r"(?:is|was|should\s+be|will\s+be|comes\s+to)\b",
    re.IGNORECASE,
)
#: A sentence: a question goes on into the answer after it on its line ("...8-sided die have? **3 bits**"); a list
#: item (its marker blanked out) ends one.
_SENTENCE = lazy(r"(?:[^.!?\n]|[.!?](?!\s)|\?[ \t]|\n(?!§))++[.!?]*+")


#: Words one of which every claim read has (a die, a formula, outcomes alike), besides a word for bits.
_ALIKE = ("equally", "equiprobable", "동일", "같은", "균등", "等可能", "等概率", "等確率", "同様")
_ANCHORS = ("sided", "log", *_ALIKE)


def bits_in_words(text: str, offset: int) -> Iterator[CommentClaim]:
    """The claims of a line of prose (``offset``: where it starts)."""
    if not (mentions(text, ("bit",)) or "比特" in text or "ビット" in text or "비트" in text):
        return
    if not mentions(text, _ANCHORS):
        return
    explained = []  # where the numbers of bits with their formula stand
    for meaning in _MEANING.finditer(text) if mentions(text, ("log",)) else ():
        if _formula(meaning.group("formula")):
            formula = " ".join(meaning.group("formula").split())
            yield CommentClaim(f"{formula} = {meaning.group('number')} bits", offset + meaning.start("number"))
            explained.append(meaning.start())
    alike: bool | None = None  # whether it may say that outcomes are equally likely (looked at once, if ever)
    sides = {_sides(die) for die in _DIE.finditer(text)}  # the dice the paragraph speaks of
    one = next(iter(sides)) if len(sides) == 1 and not _LOADED.search(text) else None
    after_die = False  # whether the sentence before named a die and gave no number of bits
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        die = _DIE.search(words)
        bits = list(_BITS.finditer(words))
        if any(sentence.start() <= start < sentence.end() for start in explained):
            continue
        if die is None and bits and alike is None:
            alike = mentions(text, _ALIKE)
        uniform = _UNIFORM.search(words) if die is None and bits and alike else None
        if uniform is not None:
            if _one_uniform_value(words, uniform, bits):
                start = offset + sentence.start() + bits[0].start("number")
                yield CommentClaim(f"log2({uniform.group('count')}) = {bits[0].group('number')} bits", start)
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


def _one_uniform_value(words: str, uniform: re.Match[str], bits: list[re.Match[str]]) -> bool:
    """True when a sentence about N outcomes alike gives the entropy of one of them in bits: one value (perhaps
    said twice), no other number, no bound, no formula."""
    values = {found.group("number") for found in bits}
    others = [number.group() for number in _ANY_NUMBER.finditer(words) if number.start() != uniform.start("count")]
    return (
        len(values) == 1
        and int(uniform.group("count")) >= 2
        and all(number in values for number in others)
        and "log" not in words.lower()
        and _NOT_ONE.search(words) is None
        and _ENTROPY.search(words) is not None
    )


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
