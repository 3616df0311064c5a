"""Arithmetic on rounded amounts of information written in prose: "the uncertainty left is 3.17-0.93=2.24 bits",
"0.81 bit * 4 = 3.24 bit", "0.5×0.97 + 0.5×0.72 = 0.845", "20% × 2.32 + 50% × 1 + 30% × 1.74 = 1.486 [bit]" (a
percentage is a weight: 20% is 0.2).

A sentence that speaks of information (entropy, uncertainty, information, bits, 엔트로피, 불확실성, 熵, 情報量,
Entropie, неопределённость...) and writes numbers joined by ``+``, ``-`` and ``×`` (or ``*``, ``·``) equal to a
number is a claim that the arithmetic comes to that number. Its inputs are mostly values rounded before, so the claim
is judged with a tolerance fit for them: each decimal stands for any number that rounds to it (a whole number, a
count such as the 4 symbols of a message, is exact). The arithmetic on the numbers as written that rounds to the
value holds; one that no numbers the inputs may stand for bring to the value is false; one in between (``3.17 - 0.93
= 2.25``: 3.1749 - 0.9251 = 2.2498) is not read. Arithmetic in a formula (``$...$``) or in code is read elsewhere.

>>> [(claim.text, verdict) for claim, verdict in arithmetic_claims("So 3.17-0.93=2.24 bits are left of the entropy.")]
[('3.17 - 0.93 = 2.24 bits', 'holds')]
>>> [verdict for _, verdict in arithmetic_claims("엔트로피: 3.17-0.93=2.34, 3.17-0.93=2.25, 0.81 bit * 4 = 3.24 bit")]
['false', 'holds']
>>> [(claim.text[:3], verdict) for claim, verdict in arithmetic_claims("H = 20% × 2.32 + 80% × 1 = 1.264 bits")]
[('20%', 'holds')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.chains import statements
from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceText
from kldocs.checker.found import Found
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.screens import ignoring_case, mentions
from kldocs.checker.tokens import tokenize

#: Arithmetic claims read in one document at most (each is tokenized and parsed as a formula).
MAX_CLAIMS = 1000
_NUMBER = r"[0-9]{1,6}(?:\.[0-9]{1,12})?"
_UNIT = r"(?:\s?(?:bits?|nats?|비트|나트|ビット|比特|бит[а]?))?"
#: A factor: a number, maybe a percentage (``20% × 2.32``: a weight).
_FACTOR = rf"{_NUMBER}%?{_UNIT}"
_TERM = rf"{_FACTOR}(?:\s?[*×·]\s?{_FACTOR}){{0,2}}"
#: Numbers joined by operators, equal to a number: not part of a longer formula, a date, a version or a range.
_ARITHMETIC = lazy(
    rf"(?<![\w.,=+\-−*×·/^$\\(|])(?<![0-9] )(?<![0-9]\u00a0)(?<![0-9]\u202f)"  # nor after "10 " of "10 000"
    rf"(?P<left>{_TERM}(?:\s?[-+−]\s?{_TERM}){{0,5}})\s?=\s?(?P<value>{_NUMBER})"
    rf"(?P<unit>{_UNIT})(?![\w.%]|\s?[-+−*×·/=^(%])"
)
_OPERATOR = lazy(r"[-+−*×·]")
_TOKEN = lazy(rf"(?P<number>{_NUMBER}%?){_UNIT}|(?P<operator>[-+−*×·])")
#: Words that say a sentence speaks of amounts of information.
_INFORMATION = lazy(
    r"(?i:entrop|informa|uncertain|\bbits?\b|\bnats?\b|incertitud|incertidumbre|incerteza|энтропи|информац|"
    r"неопредел|бит)|엔트로피|정보|불확실|비트|熵|信息|不确定|比特|情報|エントロピー|不確|ビット"
)
_ANCHORS = (
    *ignoring_case("entrop", "informa", "uncertain", "bit", "nat", "incertitud", "incertidumbre", "incerteza"),
    *ignoring_case("энтропи", "информац", "неопредел", "бит"),
    *("엔트로피", "정보", "불확실", "비트", "熵", "信息", "不确定", "比特", "情報", "エントロピー", "不確", "ビット"),
)
#: What stands before arithmetic that names no measure for it to be read as a claim of its own.
_WORKED = "the result is "
#: Where a sentence starts: after a full stop or a line break.
_SENTENCE = lazy(r"[.!?。！？](?=\s)|\n")


def arithmetic_claims(text: str, offset: int = 0) -> Iterator[tuple[CommentClaim, str]]:
    """The arithmetic claims of a paragraph's ``text`` (starting at ``offset``), each with the verdict the numbers as
    written give it (``"holds"`` or ``"false"``); arithmetic that rounded inputs may bring to its value is left out."""
    if "=" not in text or not mentions(text, _ANCHORS):
        return
    for match in _ARITHMETIC.finditer(text):
        if not _OPERATOR.search(match.group("left")):
            continue
        starts = [end.end() for end in _SENTENCE.finditer(text, 0, match.start())]
        sentence = text[starts[-1] if starts else 0 : match.end() + 40]
        if not _INFORMATION.search(sentence):
            continue
        verdict = _verdict(match.group("left"), match.group("value"))
        if verdict is None:
            continue
        left = " ".join(_written(token) for token in _TOKEN.finditer(match.group("left")))
        unit = match.group("unit").strip()
        said = (
            f"{match.group('value')} {'nats' if unit.startswith('nat') or unit == '나트' else 'bits'}" if unit else ""
        )
        yield CommentClaim(f"{left} = {said or match.group('value')}", offset + match.start("value")), verdict


def prose_arithmetic(document: SourceText, read: set[int]) -> Iterator[Found]:
    """The arithmetic claims of the document's prose (see the module), at most :data:`MAX_CLAIMS`; ``read``: values
    other claims give."""
    count = 0
    for paragraph in document.paragraphs:
        if count >= MAX_CLAIMS:
            return
        if document.printed(paragraph.offset):
            continue
        raw = document.text[paragraph.offset : paragraph.offset + len(paragraph.text)]
        for claim, _ in arithmetic_claims(raw, paragraph.offset):
            if claim.offset in read:
                continue
            # worked arithmetic that names no measure is read as a claim where a result is said to follow
            for statement in statements(tokenize(claim.text), claim.text, before=_WORKED, prose=True):
                count += 1
                yield Found(document.line(claim.offset), statement, (), claim.offset)


def _written(token: re.Match[str]) -> str:
    """A number or an operator as kldocs reads it (``×`` as ``\\times``, a unit dropped)."""
    if token.group("number"):
        return token.group("number")
    return {"*": "\\times", "×": "\\times", "·": "\\times", "−": "-"}.get(token.group("operator"), token.group())


def _verdict(left: str, value: str) -> str | None:
    """``"holds"`` when the numbers as written come to ``value`` (rounded to its places), ``"false"`` when no numbers
    that round to them do, None in between."""
    exact, low, high = _interval(left)
    written = Fraction(value)
    half = _half_unit(value) or Fraction(1, 2)  # a whole number given for the arithmetic: rounded to units
    if exact == written or (written - half <= exact < written + half and "." in value):
        return "holds"
    return "false" if high < written - half or low >= written + half else None


def _interval(left: str) -> tuple[Fraction, Fraction, Fraction]:
    """The value of the arithmetic as written, and the least and the greatest value of numbers that round to its
    inputs (each term a product of non-negative numbers)."""
    exact = low = high = Fraction(0)
    for sign, term in re.findall(r"(^|[-+−])\s?([^-+−]+)", left.strip()):
        value, least, most = Fraction(1), Fraction(1), Fraction(1)
        for number, percent in re.findall(rf"({_NUMBER})(%?)", term):
            scale = Fraction(1, 100) if percent else Fraction(1)  # 20% × 2.32: a weight of 0.2
            half = _half_unit(number)
            value, least, most = (
                value * Fraction(number) * scale,
                least * max(Fraction(number) - half, Fraction(0)) * scale,
                most * (Fraction(number) + half) * scale,
            )
        if sign in ("-", "−"):
            exact, low, high = exact - value, low - most, high - least
        else:
            exact, low, high = exact + value, low + least, high + most
    return exact, low, high


def _half_unit(number: str) -> Fraction:
    """Half a unit of a number's last written place; 0 for a whole number (a count, exact)."""
    places = len(number.partition(".")[2])
    return Fraction(1, 2 * 10**places) if places else Fraction(0)
