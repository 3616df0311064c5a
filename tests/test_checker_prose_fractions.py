"""A value written as a fraction in prose ("the entropy of X is 7/4 bits") is the fraction, never its numerator; it
is judged when the sentence names what it is the value of, and left alone when it is only "about" a fraction."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

SHARES = [Fraction(1, 2), Fraction(1, 4), Fraction(1, 8), Fraction(1, 8)]
#: H(1/2, 1/4, 1/8, 1/8) in bits, worked out here: exactly 7/4.
ENTROPY = -mpmath.fsum(
    mpmath.mpf(s.numerator) / s.denominator * mpmath.log(mpmath.mpf(s.numerator) / s.denominator, 2) for s in SHARES
)
DEFINED = "Let $X = (1/2, 1/4, 1/8, 1/8)$.\n\n"


def test_the_worked_entropy_is_seven_quarters() -> None:
    assert mpmath.almosteq(ENTROPY, mpmath.mpf(7) / 4)


@pytest.mark.parametrize("sentence", ["The entropy of X is {v} bits.", "The entropy H(X) is {v} bits."])
@pytest.mark.parametrize(("value", "verdict"), [("7/4", "holds"), ("9/4", "false")])
def test_a_fraction_named_in_words_is_judged_whole(sentence: str, value: str, verdict: str) -> None:
    claims = [
        c for c in check_text(DEFINED + sentence.format(v=value) + "\n", "notes.md").claims if c.kind != "definition"
    ]
    assert [(claim.verdict, claim.text.split()[-1]) for claim in claims] == [(verdict, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The entropy is 7/4 bits.",  # no name: a fraction is not read as a value in words
        "The entropy of X is about 9/5 bits.",  # how near "about 9/5" is meant to be is not said
        "So we get an entropy of 7/4 bits.",
        "Энтропия X равна 7/4 бита.",
    ],
)
def test_a_fractions_numerator_is_never_the_value(sentence: str) -> None:
    claims = check_text(DEFINED + sentence + "\n", "notes.md").claims
    assert all(claim.verdict != "false" for claim in claims)
