"""``kldocs check`` on a measure written as weights times values rounded earlier: ``JSD = ½·0.030 + ½·0.031``.

Worked solutions round each KL divergence, then combine the rounded values. Such a step holds when the
true value lies within what the rounded numbers allow; a term far from its rounding is still false.
The true values are computed here with ``math`` from the distributions the test writes.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs.checker import check_text


def kl_bits(p: list[float], q: list[float]) -> float:
    return sum(a * math.log2(a / b) for a, b in zip(p, q, strict=True) if a > 0)


def jsd_parts(a: float, b: float) -> tuple[float, float, float]:
    p, q = [a, 1 - a], [b, 1 - b]
    m = [(x + y) / 2 for x, y in zip(p, q, strict=True)]
    first, second = kl_bits(p, m), kl_bits(q, m)
    return first, second, (first + second) / 2


def verdict_of(document: str) -> tuple[str, str]:
    report = check_text(document, "terms.md")
    found = [item for item in report.claims if item.kind == "expression"]
    assert len(found) == 1, report.claims
    return found[0].verdict, found[0].note


def document(a: float, b: float, weight: str, terms: tuple[str, str]) -> str:
    return (
        f"Let $P = ({a}, {1 - a:g})$ and $Q = ({b}, {1 - b:g})$, in bits.\n\n"
        f"$$JSD(P, Q) = {weight} \\cdot {terms[0]} + {weight} \\cdot {terms[1]}$$\n"
    )


@pytest.mark.parametrize("weight", [r"\frac{1}{2}", "½", "0.5"])
def test_a_jsd_combined_from_rounded_divergences_holds(weight: str) -> None:
    first, second, jsd = jsd_parts(0.5, 0.7)
    terms = (f"{first:.3f}", f"{second:.3f}")
    assert abs((float(terms[0]) + float(terms[1])) / 2 - jsd) > 1e-4  # the written terms' exact sum is off
    outcome, note = verdict_of(document(0.5, 0.7, weight, terms))
    assert outcome == "holds" and "rounded numbers" in note


def test_a_term_outside_its_rounding_is_false() -> None:
    first, second, jsd = jsd_parts(0.5, 0.7)
    outcome, note = verdict_of(document(0.5, 0.7, r"\frac{1}{2}", (f"{first:.3f}", f"{second + 0.01:.3f}")))
    assert outcome == "false" and f"{jsd:.6f}"[:7] in note


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9), st.integers(3, 4))
def test_rounded_divergences_hold_and_a_shifted_one_does_not(a: int, b: int, places: int) -> None:
    first, second, jsd = jsd_parts(a / 10, b / 10)
    weight = r"\frac{1}{2}"
    rounded = (f"{first:.{places}f}", f"{second:.{places}f}")
    assert verdict_of(document(a / 10, b / 10, weight, rounded))[0] == "holds"
    shifted = (rounded[0], f"{second + 4 * 10**-places:.{places}f}")
    low = (float(rounded[0]) + float(shifted[1]) - 10**-places) / 2
    if low > jsd + 1e-12:  # beyond what the rounding allows
        assert verdict_of(document(a / 10, b / 10, weight, shifted))[0] == "false"


_UNIFORM4 = "Let $P = (0.4, 0.3, 0.2, 0.1)$ and $Q = (0.25, 0.25, 0.25, 0.25)$.\n\n"


def _kl_of_uniform4() -> float:
    return kl_bits([0.4, 0.3, 0.2, 0.1], [0.25] * 4)


@pytest.mark.parametrize(
    "step",
    [
        "$D_{KL}(P\\|Q) \\approx 0.154$ bits, so in nats it is $0.154 \\times \\ln 2 \\approx 0.1064$ nats.",
        "$D_{KL}(P\\|Q) \\approx 0.154$ bits; in nats, $0.154 \\cdot \\ln(2) = 0.1064$.",
        "$D_{KL}(P\\|Q) \\approx 0.1536$ bits, es decir $0.1536 \\times \\ln 2 \\approx 0.10644$ nats.",
    ],
)
def test_a_rounded_value_converted_by_a_logarithm_of_a_whole_number_carries_its_rounding(step: str) -> None:
    bits = _kl_of_uniform4()
    assert f"{bits:.4f}" == "0.1536" and f"{bits * math.log(2):.4f}" == "0.1064"
    # taken as exact, 0.154 ln 2 = 0.10674 and 0.1536 ln 2 = 0.106467: neither is the value written
    assert f"{0.154 * math.log(2):.4f}" == "0.1067" and f"{0.1536 * math.log(2):.5f}" == "0.10647"
    report = check_text(_UNIFORM4 + step + "\n", "units.md")
    assert not [item for item in report.claims if item.verdict == "false"], report.claims
    (step_claim,) = [item for item in report.claims if item.kind == "expression"]
    assert step_claim.verdict == "holds" and "the values they stand for allow" in step_claim.note


@pytest.mark.parametrize("step", ["$0.154 \\times \\ln 2 \\approx 0.120$", "$0.154 \\times \\ln 2.5 \\approx 0.1064$"])
def test_a_conversion_its_rounding_does_not_allow_is_still_false(step: str) -> None:
    report = check_text(_UNIFORM4 + "$D_{KL}(P\\|Q) \\approx 0.154$ bits, and " + step + ".\n", "units.md")
    assert [item.verdict for item in report.claims if item.kind == "expression"] == ["false"]
