r"""A value given in words to a measure written as a symbol: "The entropy H(S) is approximately 0.9940 bits."

The symbol names the distributions, so the sentence is the claim ``H(S) ≈
0.9940 bits``, judged as a formula is; so does "the entropy of S is ...", and
"... is less than 1" is ``H(S) < 1``; the value may be a fraction ("the
entropy of X is 7/4 bits"), read only when it is not "about" one. The symbol
and the value may stand in inline maths, with the value boxed and the delimiters escaped as some
exports write them (``The entropy \( H(S) \) is approximately
\\(\boxed{0.9940}\\).``). The words must name the measure the symbol is
(entropy and ``H(S)``; KL divergence and ``D_{KL}(P \| Q)``), and the symbol
must be one measure and nothing else; a sentence with a condition ("if", "when",
"for a fair coin") is not a claim about the distribution in force.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The entropy $H(S)$ is approximately $\\boxed{0.994}$ bits.\n", "a.md")
>>> [claim for region in document.prose for _, claim in symbol_values(document, region)]
['H(S) ≈ 0.994 bits']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.chain_conditions import CONDITION_WORDS
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import (
    COMPARED_ABROAD,
    LABEL_ANCHORS,
    LABEL_WORDS,
    MEASURE_ANCHORS,
    MEASURE_WORDS,
    NOT_THE_VALUE,
    combined_before,
    scaled_before,
)
from kldocs.checker.prose_claims import measure_named
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.screens import mentions
from kldocs.checker.tokens import TooComplexError, tokenize, unboxed

_SENTENCE = lazy(
    r"(?<![A-Za-z])" + MEASURE_WORDS + r"\s+(?:(?P<symbol>[A-Za-z][A-Za-z_{}\\]{0,12}\s?\([^()\n]{1,30}\))|"
    r"of\s+(?P<name>[A-Za-z])(?![\w(]))\s+"
    r"(?:is|was|equals|comes\s+to)\s+(?:(?P<about>(?:about|approximately|approx\.|roughly|around|nearly)\s+)|"
    r"(?P<compared>(?:less|smaller|lower|greater|more|larger|higher)\s+than|at\s+(?:most|least))\s+)?[*_]{0,2}"
    r"(?P<number>-?[0-9]+(?:\.[0-9]+|/[1-9][0-9]*)?)[*_]{0,2}(?![0-9]|[.,/][0-9]|\s*(?:%|percent|times|×))"
    r"(?:\s*(?P<unit>nats?|bits?|bans?)\b)?" + NOT_THE_VALUE,
    re.IGNORECASE,
)
#: What every sentence read has, found without ignoring case (cheaper): ``) is``, maths then ``is``, ``of S is``.
_SHAPE = lazy(rf"[){BLANK}]\s+(?:is|was|equals|comes)\s|\bof\s+[A-Za-z]\s+(?:is|was|equals|comes)\s")
#: The relation a comparison in words makes, by its first and last words: "less than" is ``<``, "at most" ``≤``.
_COMPARED = {
    **dict.fromkeys(("lessthan", "smallerthan", "lowerthan"), "<"),
    **dict.fromkeys(("greaterthan", "morethan", "largerthan", "higherthan"), ">"),
    "atmost": "≤",
    "atleast": "≥",
}
#: Delimiters of inline maths as written, escaped or not: spaces, so offsets stay.
_DELIMITERS = lazy(r"\\{1,2}[()\[\]]|\$+")


#: The same in French, Spanish, Portuguese, Italian, German and Russian: a measure's words (or a bare "divergence")
#: and its symbol, a verb and a number, maybe with a decimal comma: "La divergence $D(A \| B)$ vaut 0,531 bit", "la
#: entropía $H(P)$ es 0,47".
_SYMBOL_VALUE_ABROAD = (
    r"(?P<symbol>[A-Za-z][A-Za-z_{}\\]{0,12}\s?\([^()\n]{1,40}\))\s+"
    r"(?:vaut|est(?:\s+égale?\s+à)?|es|ist|beträgt|è|é|vale|равн[аоы]|составляет)\s+"
    r"(?:(?P<about>environ|d['’]environ|approximativement|aproximadamente|cerca\s+de|etwa|ungefähr|circa|около|"
    r"примерно)\s*)?[*_]{0,2}"
    r"(?P<number>-?[0-9]+(?:[.,][0-9]+)?)[*_]{0,2}(?![0-9]|[.,/][0-9]|\s*(?:%|fois|veces|mal|раз))"
    r"(?!\s*(?:(?:nats?|bits?|бит\w*|нат\w*)\s*)?" + COMPARED_ABROAD + r")"
    r"(?:\s*(?P<unit>nats?|bits?|бит|нат)(?![^\W\d_]))?"
)
_ABROAD = lazy(
    r"(?<![^\W\d_])(?P<measure>"
    + "|".join(words for _, words in LABEL_WORDS)
    + r"|diverg[eê]n\w*|Divergenz|дивергенци\w*)\s+"
    + _SYMBOL_VALUE_ABROAD,
    re.IGNORECASE,
)
#: A later symbol of the same line given a value with no measure words before it, after a comma or full stop:
#: "..., et $D(B \| A)$ vaut 0,737 bit", "Dans l'autre sens, $D(B \| A)$ vaut 0,531 bit aussi".
_ABROAD_AGAIN = lazy(r"[,.;:]\s+(?:[^\W\d_]+(?:['’][^\W\d_]+)?\s+){0,5}" + _SYMBOL_VALUE_ABROAD, re.IGNORECASE)
#: Words that make what follows a supposition: "si", "se", "wenn", "если", "cuando".
_SUPPOSED_ABROAD = lazy(
    r"(?<![^\W\d_])(?:si|se|wenn|falls|если|cuando|quando|supposons|imaginons|suponha|supongamos|angenommen)(?![^\W\d_])",
    re.IGNORECASE,
)
#: The verbs one of which a line read by :data:`_ABROAD` holds (a cheap test before the pattern).
_ABROAD_VERBS = lazy(r" (?:vaut|est|es|ist|beträgt|è|é|vale|равн[аоы]?|составляет) ")


def symbol_values(document: SourceText, region: Region) -> Iterator[tuple[int, str]]:
    """The claims of one line of prose, each with its number's offset."""
    english = mentions(region.text, MEASURE_ANCHORS)
    if not english and not mentions(region.text, LABEL_ANCHORS):
        return
    text = with_maths(document, region) if BLANK in region.text else region.text
    if _ABROAD_VERBS.search(text) is not None:
        yield from _abroad(text, region.offset)
    if not english or _SHAPE.search(region.text) is None:
        return
    for match in _SENTENCE.finditer(text):
        measure = _of_two(text, match.start(), measure_named(match.group("measure")))
        if match.group("name") and measure != "entropy":
            continue  # "the KL divergence of P" says nothing of the other distribution
        symbol = f"H({match.group('name')})" if match.group("name") else " ".join(match.group("symbol").split())
        if not _is_measure(symbol, measure) or _conditional(text, match) or scaled_before(text, match.start()):
            continue  # "half the cross-entropy H(P,Q) is about 0.868": not its value
        if combined_before(text, _sentence_start(text, match.start()), match.start("number")):
            continue  # "the KL divergence D(P||Q) plus the entropy H(P) is 1.529 bits": a sum of measures
        if match.group("about") and "/" in match.group("number"):
            continue  # "about 4/5 bits": how near a fraction is meant to be is not said
        compared = (match.group("compared") or "").lower()
        relation = _COMPARED.get(compared.split()[0] + compared.split()[-1] if compared else "", "=")
        relation = "≈" if match.group("about") else relation
        claim = f"{symbol} {relation} {match.group('number')} {match.group('unit') or ''}".rstrip()
        yield region.offset + match.start("number"), claim


def _abroad(text: str, offset: int) -> Iterator[tuple[int, str]]:
    """The claims :data:`_ABROAD` reads on a line (at ``offset``): the symbol's measure must be the one the words name
    (a bare "divergence", a divergence's), and no word before it may make the value a multiple or a share.

    >>> [claim for _, claim in _abroad("La divergence D(A || B) vaut environ 0.531 bit.", 0)]
    ['D(A || B) ≈ 0.531 bit']
    >>> list(_abroad("La moitié de l'entropie H(A) vaut 0.2 bit.", 0)), list(_abroad("L'entropie D(A||B) vaut 1", 0))
    ([], [])

    A later symbol of the same measure on the line is read too, the words that named the first naming it:

    >>> line = "La divergence D(A || B) vaut 0,531 bit. Dans l'autre sens, D(B || A) vaut 0,737 bit."
    >>> [claim for _, claim in _abroad(line, 0)]
    ['D(A || B) = 0.531 bit', 'D(B || A) = 0.737 bit']
    """
    for match in _ABROAD.finditer(text):
        named = _named_abroad(match.group("measure"))
        if scaled_before(text, match.start()) or not _abroad_measure(match, named):
            continue
        yield _abroad_claim(match, offset)
        for again in _ABROAD_AGAIN.finditer(text, match.end()):
            if _ABROAD.search(text, match.end(), again.start("symbol")) or not _abroad_measure(again, named):
                break  # another measure's words, or another measure's symbol: its own claim or none
            if _SUPPOSED_ABROAD.search(text, match.end(), again.start("symbol")):
                break  # "si Q change, D(A || Q) vaut ...": a value under a supposition
            yield _abroad_claim(again, offset)
            match = again


def _abroad_measure(match: re.Match[str], named: str) -> bool:
    """Whether the symbol :data:`_ABROAD` found is one of the measure its words name (a bare "divergence": a KL)."""
    symbol = " ".join(match.group("symbol").split())
    return _is_measure(symbol, named) or (named == "divergence" and _is_measure(symbol, "kl"))


def _abroad_claim(match: re.Match[str], offset: int) -> tuple[int, str]:
    """The claim a match of :data:`_SYMBOL_VALUE_ABROAD` makes, at its number's offset (``offset`` the line's)."""
    symbol = " ".join(match.group("symbol").split())
    relation = "≈" if match.group("about") else "="
    number = match.group("number").replace(",", ".")  # a decimal comma, as these languages write it
    return offset + match.start("number"), f"{symbol} {relation} {number} {match.group('unit') or ''}".rstrip()


def _named_abroad(words: str) -> str:
    """The measure words in another language name; ``"divergence"`` for a bare one.

    >>> _named_abroad("entropie croisée"), _named_abroad("divergencia"), _named_abroad("Entropie")
    ('cross_entropy', 'divergence', 'entropy')
    """
    for measure, pattern in LABEL_WORDS:
        if re.fullmatch(pattern, words, re.IGNORECASE):
            return measure
    return "divergence"


#: The word before "entropy" that makes it one of two variables: "the conditional entropy H(Y|X) is 0.5 bits".
_OF_TWO = lazy(r"(?i:\b(?P<kind>conditional|joint)\s+)$")


def _of_two(text: str, start: int, measure: str) -> str:
    """The measure the words at ``start`` name: a conditional or joint entropy when the word before says so.

    >>> _of_two("The conditional entropy H(Y|X)", 16, "entropy"), _of_two("The entropy H(X)", 4, "entropy")
    ('conditional_entropy', 'entropy')
    """
    if measure != "entropy":
        return measure
    before = _OF_TWO.search(text, max(0, start - 16), start)
    return measure if before is None else f"{before['kind'].lower()}_entropy"


def _conditional(text: str, match: re.Match[str]) -> bool:
    """True when the sentence around the match sets a condition ("if", "when", "for a fair coin")."""
    start = _sentence_start(text, match.start())
    ends = [found for found in (text.find(mark, match.end()) for mark in (". ", "! ", "? ", "; ")) if found >= 0]
    sentence = text[start : min(ends, default=len(text))]
    return not CONDITION_WORDS.union({"for"}).isdisjoint(re.findall(r"[a-z]+", sentence.lower()))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence that holds ``text[at]`` starts."""
    return max(text.rfind(mark, 0, at) for mark in (". ", "! ", "? ", "; ")) + 1


def with_maths(document: SourceText, region: Region) -> str:
    """The line with its inline maths put back in place, delimiters and boxes left out (as spaces)."""
    written = document.text[region.offset : region.offset + len(region.text)]
    if len(written) != len(region.text):
        return region.text.replace(BLANK, " ")
    pieces, start = [], 0
    for index, part in enumerate(re.split(f"({BLANK}+)", region.text)):
        maths = written[start : start + len(part)]
        if index % 2:  # maths; a backslash left before it is the first of an escaped delimiter (\\( read as \ \()
            pieces.append(unboxed(_DELIMITERS.sub(lambda m: " " * len(m.group()), maths)))
        else:
            pieces.append(part[:-1] + " " if part.endswith("\\") else part)
        start += len(part)
    return "".join(pieces)


def _is_measure(symbol: str, measure: str) -> bool:
    """True when ``symbol`` is one measure symbol with its distributions, the measure the words name."""
    try:
        tokens = tokenize(symbol)
    except TooComplexError:
        return False
    if len(tokens) != 1 or tokens[0].symbol is None or tokens[0].symbol.args is None:
        return False
    return tokens[0].symbol.measure == measure
