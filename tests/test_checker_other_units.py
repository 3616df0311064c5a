"""A value given again in another unit right after a claim ("0.37 nats, or 0.53 bits") is a claim of its own."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

#: D_KL(P||Q) for P = (0.7, 0.3), Q = (0.4, 0.6), worked out here with mpmath, in nats and in bits.
NATS = 0.7 * mpmath.log(mpmath.mpf(7) / 4) + 0.3 * mpmath.log(mpmath.mpf(3) / 6)
BITS = NATS / mpmath.log(2)
GIVEN = "Let $P = (0.7, 0.3)$ and $Q = (0.4, 0.6)$.\n\n"


def _four(value: mpmath.mpf, off: float = 0.0) -> str:
    return f"{float(value) + off:.4f}"


SENTENCES = [
    "The KL divergence is {n} nats, or {b} bits.",
    "So $D(P\\|Q) \\approx {n}$ nats, i.e. ${b}$ bits.",
    "We get $D(P\\|Q) \\approx {n}$ nats (≈ {b} bits).",
    "The relative entropy comes out at about {n} nats (that is, {b} bits).",
    "La divergencia KL es {n} nats, o {b} bits.",
    "KL散度约为 {n} nats，即 {b} bits。",
    "$D(P\\|Q) = {n}\\,\\text{{nats}}$, or ${b}\\,\\text{{bits}}$.",
    "- $D_{{KL}}(P\\|Q) \\approx {n}$ nats $\\approx {b}$ bits.",
    "$D_{{KL}}(P\\|Q) \\approx {n} \\text{{ nats}} \\approx {b} \\text{{ bits}}$",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("off", [0.0, 0.01])
def test_the_second_value_is_judged_in_its_own_unit(sentence: str, off: float) -> None:
    """Both values are claims: the first in nats, the second in bits; a wrong second value is false."""
    written = _four(BITS, off)
    text = GIVEN + sentence.format(n=_four(NATS), b=written) + "\n"
    claims = [claim for claim in check_text(text, "notes.md").claims if claim.kind == "kl"]
    first = [claim for claim in claims if claim.unit == "nats"]
    second = [claim for claim in claims if written in claim.text]
    assert [claim.verdict for claim in first] == ["holds"]
    assert [(claim.verdict, claim.unit) for claim in second] == [("false" if off else "holds", "bits")]


def test_a_wrong_first_value_and_a_right_second_are_judged_each_on_its_own() -> None:
    """Bits first, then nats in brackets: each value against the measure in its own unit."""
    text = GIVEN + f"The KL divergence is {_four(BITS, 0.02)} bits ({_four(NATS)} nats).\n"
    verdicts = {claim.unit: claim.verdict for claim in check_text(text, "notes.md").claims if claim.kind == "kl"}
    assert verdicts == {"bits": "false", "nats": "holds"}


@pytest.mark.parametrize("off", [0.0, 0.01])
def test_a_third_value_in_a_third_unit_is_judged_too(off: float) -> None:
    """0.0475 nats ≈ 0.0685 bits ≈ 0.0206 hartleys: every member in its own unit."""
    bans = f"{float(NATS / mpmath.log(10)) + off:.4f}"
    text = (
        GIVEN
        + f"- $D_{{KL}}(P\\|Q) \\approx {_four(NATS)}$ nats $\\approx {_four(BITS)}$ bits $\\approx {bans}$ hartleys.\n"
    )
    verdicts = {claim.unit: claim.verdict for claim in check_text(text, "notes.md").claims if claim.kind == "kl"}
    assert verdicts == {"nats": "holds", "bits": "holds", "bans": "false" if off else "holds"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The KL divergence is {n} nats, or {b} bits for the reverse direction.",  # another measure's value
        "The KL divergence is {n} nats (about {b} bits of it come from the first outcome).",  # more than a value
        "The KL divergence is {n} nats, or {n} nats per symbol.",  # the same unit: nothing new
    ],
)
def test_a_second_number_that_may_be_something_else_is_not_judged(sentence: str) -> None:
    text = GIVEN + sentence.format(n=_four(NATS), b=_four(BITS, 0.05)) + "\n"
    claims = [claim for claim in check_text(text, "notes.md").claims if claim.kind == "kl"]
    assert [(claim.verdict, claim.unit) for claim in claims] == [("holds", "nats")]


def test_arithmetic_is_given_no_second_value() -> None:
    """Only a measure's value is converted: a sum of terms set to nats and bits is arithmetic with no unit to change."""
    text = GIVEN + "The terms add up: $0.3 + 0.1 = 0.4$ nats, or $0.9$ bits.\n"
    assert all("0.9" not in claim.text for claim in check_text(text, "notes.md").claims)
