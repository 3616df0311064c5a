"""The min-entropy, collision, Rényi and Hartley entropies said of a distribution are not its Shannon entropy."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

SHEET = [Fraction(1, 2), Fraction(1, 4), Fraction(1, 8), Fraction(1, 8)]  # Shannon: 1.75 bits


def _bits(value: Fraction) -> mpmath.mpf:
    return mpmath.log(mpmath.mpf(value.numerator) / value.denominator, 2)


MIN_ENTROPY = mpmath.nstr(-_bits(max(SHEET)), 4)  # 1 bit
COLLISION = mpmath.nstr(-_bits(sum((p * p for p in SHEET), Fraction(0))), 4)  # -log2(11/32) = 1.541 bits
HARTLEY = mpmath.nstr(mpmath.log(len(SHEET), 2), 4)  # 2 bits


@pytest.mark.parametrize(
    "sentence",
    [
        "The min-entropy of P is {m} bit, less than its entropy.",
        "The collision entropy of P is about {c} bits.",
        "The Rényi entropy of order 2 of P is {c} bits.",
        "The Hartley entropy of P is {h} bits.",
        "La min-entropía de P vale {m} bit.",
        "Die Kollisionsentropie von P beträgt {c} Bit.",
        "P 的碰撞熵为 {c} 比特。",
        "P의 최소 엔트로피는 {m}비트이다.",
    ],
)
def test_another_familys_entropy_of_the_distribution_is_not_judged_as_its_shannon_entropy(sentence: str) -> None:
    shannon = -mpmath.fsum(mpmath.mpf(p.numerator) / p.denominator * _bits(p) for p in SHEET)
    assert shannon == mpmath.mpf("1.75") and (MIN_ENTROPY, COLLISION, HARTLEY) == ("1.0", "1.541", "2.0")
    text = "Let $P = (1/2, 1/4, 1/8, 1/8)$.\n\n" + sentence.format(m="1", c=COLLISION, h="2") + "\n"
    claims = check_text(text, "sheet.md").claims
    assert not [claim for claim in claims if claim.verdict == "false"], claims


def test_a_shannon_entropy_named_after_another_one_is_still_judged() -> None:
    text = "Let $P = (1/2, 1/4, 1/8, 1/8)$.\n\nThe min-entropy is 1 bit, while the entropy is 1.9 bits.\n"
    verdicts = {claim.text: claim.verdict for claim in check_text(text, "sheet.md").claims if claim.kind == "entropy"}
    assert "false" in verdicts.values() and any(
        "1.9" in text for text, verdict in verdicts.items() if verdict == "false"
    )
