"""Table columns named by a letter and a few words in brackets: ``P (doc A)``, ``q [model]``."""

from __future__ import annotations

from fractions import Fraction

import mpmath

from kldocs.checker import check_text


def _jsd_bits(p: list[Fraction], q: list[Fraction]) -> mpmath.mpf:
    def kl(a: list[Fraction], b: list[Fraction]) -> mpmath.mpf:
        return mpmath.fsum(
            mpmath.mpf(x.numerator) / x.denominator * mpmath.log(mpmath.mpf((x / y).numerator) / (x / y).denominator, 2)
            for x, y in zip(a, b, strict=True)
            if x
        )

    m = [(x + y) / 2 for x, y in zip(p, q, strict=True)]
    return (kl(p, m) + kl(q, m)) / 2


def test_columns_named_with_a_description_in_brackets_are_the_distributions() -> None:
    p = [Fraction(1, 2), Fraction(1, 2), Fraction(0)]
    q = [Fraction(1, 4), Fraction(1, 4), Fraction(1, 2)]
    value = mpmath.nstr(_jsd_bits(p, q), 4)  # 0.3113 bits
    text = (
        "| word | P (first text) | $Q$ [second text] |\n|---|---|---|\n"
        "| red | 1/2 | 1/4 |\n| blue | 1/2 | 1/4 |\n| green | 0 | 1/2 |\n\n"
        f"The Jensen-Shannon divergence is $\\mathrm{{JSD}}(P\\|Q) \\approx {value}$ bits.\n"
    )
    claims = check_text(text, "words.md").claims
    assert [(claim.kind, claim.verdict) for claim in claims] == [
        ("definition", "holds"),
        ("definition", "holds"),
        ("jsd", "holds"),
    ]


def test_a_column_of_outcomes_or_counts_with_a_description_is_no_distribution() -> None:
    text = "| x (outcome) | n (count) |\n|---|---|\n| 1 | 3 |\n| 2 | 5 |\n\nThe entropy is 0.95 bits.\n"
    assert not [claim for claim in check_text(text, "counts.md").claims if claim.verdict == "false"]
