""" "The entropy of the source is about 0.34 bits", under the probabilities of the source's symbols listed above it,
is a value of the distribution in force; the entropy of a message of several symbols is not."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

SHARES = [Fraction(1, 16), Fraction(15, 16)]
#: H(1/16, 15/16) in bits, worked out here with mpmath.
ENTROPY = -mpmath.fsum(
    mpmath.mpf(s.numerator) / s.denominator * mpmath.log(mpmath.mpf(s.numerator) / s.denominator, 2) for s in SHARES
)
LISTED = "A source sends two symbols:\n\n  • P(u) = 1/16\n  • P(v) = 15/16\n\nFinal answer\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The entropy of the source is approximately {v} bits.",
        "The entropy of this binary source alphabet is {v} bits.",
        "The entropy of the random variable is about {v} bits.",
    ],
)
@pytest.mark.parametrize("off", [0.0, 0.05])
def test_the_entropy_of_the_source_is_judged(sentence: str, off: float) -> None:
    text = LISTED + sentence.format(v=f"{float(ENTROPY) + off:.4f}") + "\n"
    verdicts = [claim.verdict for claim in check_text(text, "answer.txt").claims if claim.kind != "definition"]
    assert verdicts == ["false" if off else "holds"]


def test_the_entropy_of_a_message_is_not_the_sources() -> None:
    text = LISTED + f"The entropy of the message of ten symbols is {float(10 * ENTROPY):.3f} bits.\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "answer.txt").claims)
