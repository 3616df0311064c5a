r"""Entropy written as probabilities times code lengths: "the entropy is 0.5×1 + 0.25×2 + 0.25×2 = 1.5 bits".

For a distribution whose probabilities are powers of 1/2, ``-log2 p`` is a
whole number of bits, and entropy is often written as the average length of
that code. A sentence that names the entropy (in words or as a bare ``H``)
and gives such a sum is a claim about the entropy of the distribution in
force whose probabilities are the first factors, in order: it becomes
``H(P) = 0.5×1 + ... = 1.5 bits``, judged as any formula is (the sum must be
the entropy, and so must the value). A third factor says how many outcomes
share the term (``1/8×3×2``: two outcomes of 1/8, each 3 bits). A sum whose
probabilities are those of no distribution in force is not read.

A sum that names no measure (``1.75=1/2×1+1/4×2+1/8×3×2``, the value on
either side) is the average length of some code, which is the entropy only
when every length is ``-log2 p``: only then is it read, as the entropy in bits.

>>> from fractions import Fraction
>>> sentence = "The entropy is 0.5×1 + 0.25×2 + 0.25×2 = 1.5 bits."
>>> dyadic = {"P": (Fraction(1, 2), Fraction(1, 4), Fraction(1, 4))}
>>> [claim.text for claim in length_claims(sentence, 0, dyadic)]
['H(P) = 0.5×1 + 0.25×2 + 0.25×2 = 1.5 bits']
>>> [claim.text for claim in length_claims("1.5=1/2×1+1/4×2×2", 0, dyadic)]
['H(P) = 1/2×1+1/4×2×2 = 1.5 bits']
>>> list(length_claims("2 = 1/2×2 + 1/4×2×2", 0, dyadic))  # a code of 2 bits each: its average length, not H
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.lazy_patterns import lazy

_NUMBER = r"[0-9]+(?:\.[0-9]+)?(?:/[0-9]+)?"
#: One term: a probability times a code length, and how many outcomes share them (``1/8×3×2``), if more than one.
_TERM = rf"{_NUMBER}\s*[×·*]\s*[0-9]+(?:\s*[×·*]\s*[0-9])?"
_TERMS = rf"{_TERM}(?:\s*\+\s*{_TERM})+"
_CLAIM = lazy(
    r"(?:(?<![A-Za-z])H(?:\s*\(\s*(?P<name>[A-Za-z])\s*\))?\s*=|(?<![A-Za-z-])(?:Shannon\s+)?entropy\s*(?:is|=|:)|엔트로피\s*(?:는|은|=|:))"
    rf"\s*(?P<sum>{_TERMS})\s*=\s*(?P<value>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>bits?|비트)?",
    re.IGNORECASE,
)
_PROBABILITY = lazy(rf"(?P<p>{_NUMBER})\s*[×·*]\s*(?P<length>[0-9]+)(?:\s*[×·*]\s*(?P<times>[0-9]))?")
_VALUE = r"(?P<value>[0-9]+(?:\.[0-9]+)?)"
_UNIT = r"\s*(?P<unit>bits?|비트)?(?![0-9.×·*+=/])"
#: A sum with its value on either side and no measure named: ``1.75=1/2×1+1/4×2+1/8×3×2``.
_UNNAMED = (
    lazy(rf"(?<![0-9.×·*+=/]){_VALUE}\s*=\s*(?P<sum>{_TERMS}){_UNIT}"),
    lazy(rf"(?<![0-9.×·*+=/])(?P<sum>{_TERMS})\s*=\s*{_VALUE}{_UNIT}"),
)


def length_claims(text: str, offset: int, in_force: Mapping[str, tuple[Fraction, ...]]) -> Iterator[CommentClaim]:
    """The entropy claims a line makes with code lengths, about the distributions ``in_force`` (latest last)."""
    named = list(_CLAIM.finditer(text))
    for match in named:
        claim = _claim(match, in_force, offset)
        if claim is not None:
            yield claim
    starts = {match.start("sum") for match in named}
    for match in (match for pattern in _UNNAMED for match in pattern.finditer(text)):
        if match.start("sum") in starts:
            continue
        terms = [(Fraction(term.group("p")), int(term.group("length"))) for term in _PROBABILITY.finditer(match["sum"])]
        if all(p == Fraction(1, 2**length) for p, length in terms):  # lengths of no other code: -log2 p
            claim = _claim(match, in_force, offset, bits=True)
            if claim is not None:
                yield claim


def _claim(
    match: re.Match[str], in_force: Mapping[str, tuple[Fraction, ...]], offset: int, *, bits: bool = False
) -> CommentClaim | None:
    """The claim of one sum, about the distribution in force with its probabilities (or the one it names);
    ``bits``: its lengths are ``-log2 p``, so it is in bits whether or not the unit is written."""
    probabilities = tuple(
        Fraction(term.group("p"))
        for term in _PROBABILITY.finditer(match.group("sum"))
        for _ in range(int(term.group("times") or 1))
    )
    names = [name for name, values in in_force.items() if values == probabilities]
    name = match.groupdict().get("name") or (names[-1] if names else None)
    if name is None or name not in names:
        return None
    unit = " bits" if match.group("unit") or bits else ""
    claim = f"H({name}) = {' '.join(match.group('sum').split())} = {match.group('value')}{unit}"
    return CommentClaim(claim, offset + match.start("value"))
