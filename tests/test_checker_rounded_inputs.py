"""``kldocs check`` on claims about a distribution written rounded, so that it does not sum to 1.

The documents are written here: P is exact, Q = (1/6, 1/6, 2/3) is written to three decimals
(0.167, 0.167, 0.667, which sum to 1.001). The true values are computed here with ``math`` from
the numbers the test writes, never taken from kldocs: with Q's simplest fractions, with the
written numbers as code would use them, and for distributions near Q that round to its digits.
"""

from __future__ import annotations

import math

import pytest

from kldocs.checker import check_text
from kldocs.checker.rounded_inputs import simplest_between

P = [0.25, 0.25, 0.5]
Q_TRUE = [1 / 6, 1 / 6, 2 / 3]
Q_WRITTEN = [0.167, 0.167, 0.667]


def kl(p: list[float], q: list[float]) -> float:
    return sum(a * math.log(a / b) for a, b in zip(p, q, strict=True) if a > 0)


def verdict(claim: str) -> tuple[str, str]:
    document = f"Let P = (0.25, 0.25, 0.5) and Q = (0.167, 0.167, 0.667).\n\n{claim}\n"
    report = check_text(document, "rounded.md")
    found = [item for item in report.claims if item.kind == "kl"]
    assert len(found) == 1, report.claims
    return found[0].verdict, found[0].note


def test_the_simplest_fractions_are_read_when_they_sum_to_one() -> None:
    value = kl(P, Q_TRUE)
    assert verdict(f"D_KL(P || Q) = {value:.5f} nats")[0] == "holds"
    assert "1/6" in verdict(f"D_KL(P || Q) = {value:.5f} nats")[1]


def test_the_numbers_as_written_are_read_as_code_computes_them() -> None:
    value = kl(P, Q_WRITTEN)
    assert abs(value - kl(P, Q_TRUE)) > 1e-4  # the two readings differ at the digits claimed
    outcome, note = verdict(f"D_KL(P || Q) = {value:.5f} nats")
    assert outcome == "holds" and "as written" in note
    reverse = kl(Q_WRITTEN, P)
    assert verdict(f"D_KL(Q || P) = {reverse:.5f} nats")[0] == "holds"


def test_a_value_no_distribution_near_q_gives_is_false() -> None:
    outcome, note = verdict("D_KL(P || Q) = 0.3 nats")
    assert outcome == "false" and "for every distribution" in note


def test_a_value_some_distribution_near_q_may_give_is_left_unchecked() -> None:
    between = (kl(P, Q_TRUE) + kl(P, Q_WRITTEN)) / 2 + 0.0003
    assert verdict(f"D_KL(P || Q) = {between:.5f} nats")[0] == "unchecked"


@pytest.mark.parametrize(
    ("first", "second"), [(-1.5, -1.5), (-1.5, 3), (3, -1.5), (0, 0), (1, 0.5), (-1, 2), (-1.6, 3.1)]
)
def test_no_distribution_that_rounds_to_the_written_digits_makes_its_true_value_false(
    first: float, second: float
) -> None:
    """Distributions near Q that round to 0.167, 0.167, 0.667 give values that must never be called false."""
    q = [1 / 6 + first * 1e-4, 1 / 6 + second * 1e-4]
    q.append(1 - sum(q))
    assert [round(value, 3) for value in q] == Q_WRITTEN
    for digits in (3, 4, 6):
        assert verdict(f"D_KL(P || Q) = {kl(P, q):.{digits}f} nats")[0] != "false"


def test_simplest_fractions() -> None:
    from fractions import Fraction

    assert simplest_between(Fraction("0.6665"), Fraction("0.6675")) == Fraction(2, 3)
    assert simplest_between(Fraction("0.1425"), Fraction("0.1435")) == Fraction(1, 7)
    assert simplest_between(Fraction(1, 2), Fraction(1, 2)) == Fraction(1, 2)


def test_a_value_with_no_unit_that_some_base_may_give_is_not_false() -> None:
    """0.0800 is no value in nats for any distribution near Q, but in bits some distributions near Q give it."""
    nats_low = kl(P, [0.168, 0.168, 0.666])  # Q's probabilities one unit off, towards the least divergence
    bits = [kl(P, q) / math.log(2) for q in ([0.166, 0.166, 0.668], [0.168, 0.168, 0.666])]
    assert max(nats_low, kl(P, [0.166, 0.166, 0.668])) < 0.0795 and min(bits) < 0.08 < max(bits)
    assert verdict("D_KL(P || Q) = 0.0800")[0] == "unchecked"


def test_a_value_of_another_definition_of_the_name_is_not_false() -> None:
    exact = [0.5, 0.25, 0.25]
    document = (
        f"Let P = (0.25, 0.25, 0.5) and Q = (0.5, 0.25, 0.25).\n\nLater, Q = (0.167, 0.167, 0.667).\n\n"
        f"D_KL(P || Q) = {kl(P, exact):.4f} nats\n"
    )
    claims = [item for item in check_text(document, "rounded.md").claims if item.kind == "kl"]
    assert [item.verdict for item in claims] == ["unchecked"]
