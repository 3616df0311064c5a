"""``kldocs check`` on the Jensen-Shannon distance written as a square root: its definition under a name of the
document's own (``JS(P,Q) = \\sqrt{JSD(P\\|Q)}``) never stops the check, a whole-number value (0 for the same
distribution twice, 1 bit for disjoint ones) is compared exactly, a value with no unit is tried in the usual bases,
and a bound on both sides of a measure is judged on the measure, not as a bound between its two numbers.

The documents are written here; the true values are worked out with mpmath in each test.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _jsd(first: list[mpmath.mpf], second: list[mpmath.mpf], base: int) -> mpmath.mpf:
    mixture = [(p + q) / 2 for p, q in zip(first, second, strict=True)]

    def kl(one: list[mpmath.mpf]) -> mpmath.mpf:
        return mpmath.fsum(p * mpmath.log(p / m, base) for p, m in zip(one, mixture, strict=True) if p)

    return (kl(first) + kl(second)) / 2


def _claims(text: str) -> list[Checked]:
    return [claim for claim in check_text(text, "a.md").claims if claim.kind != "definition"]


_HALF = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 2]
_ONE, _OTHER = [mpmath.mpf(1), mpmath.mpf(0)], [mpmath.mpf(0), mpmath.mpf(1)]


@pytest.mark.parametrize(
    "text",
    [
        "$$JS(P,Q) = \\sqrt{JSD(P\\|Q)}$$\n",
        "$$\\mathrm{JS}(P,Q) = \\sqrt{\\mathrm{JSD}(P\\|Q)}$$\n",
        "Sei $P = (0.5, 0.5)$ und $Q = (0.9, 0.1)$.\n\n$$\\mathrm{JS}(P,Q) = \\sqrt{\\mathrm{JSD}(P\\|Q)}$$\n",
        "$P = (0.5, 0.5)$, $Q = (0.9, 0.1)$.\n\n$$JS(P,Q) = \\sqrt{JSD(P\\|Q)} \\approx 0.3831$$ bits\n",
    ],
)
def test_a_name_defined_as_the_square_root_of_the_jsd_is_a_definition(text: str) -> None:
    report = check_text(text, "a.md")
    (defined,) = [claim for claim in report.claims if "Jensen-Shannon distance" in claim.note]
    assert defined.verdict == "holds" and defined.text.endswith("(P\\|Q)}")
    assert not any(claim.verdict == "false" for claim in report.claims)


def test_the_value_after_the_definition_is_judged_as_a_distance() -> None:
    text = "$P = (0.5, 0.5)$, $Q = (0.9, 0.1)$.\n\n$$JS(P,Q) = \\sqrt{JSD(P\\|Q)} \\approx 0.3831$$ bits\n"
    truth = mpmath.sqrt(_jsd(_HALF, [mpmath.mpf(9) / 10, mpmath.mpf(1) / 10], 2))
    (value,) = [claim for claim in _claims(text) if "0.3831" in claim.text]
    assert value.verdict == "holds"
    assert value.value == mpmath.nstr(truth, 10)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("$P = (1/2, 1/2)$ and $Q = (1/2, 1/2)$. The JS distance is $\\sqrt{\\mathrm{JSD}} = 0$.\n", "holds"),
        ("$P = (1, 0)$ and $Q = (0, 1)$ in bits: $\\sqrt{\\mathrm{JSD}(P\\|Q)} = 1$.\n", "holds"),
        ("Soient $P = (1, 0)$ et $Q = (0, 1)$ ; en bits, $\\sqrt{\\mathrm{JSD}(P\\|Q)} = 1$.\n", "holds"),
        ("$P = (1/2, 1/2)$ and $Q = (1/2, 1/2)$. The JS distance is $\\sqrt{\\mathrm{JSD}} = 1$.\n", "false"),
        ("$P = (1, 0)$ and $Q = (0, 1)$ in bits: $\\sqrt{\\mathrm{JSD}(P\\|Q)} = 2$.\n", "false"),
    ],
)
def test_a_whole_number_js_distance_is_compared_exactly(text: str, verdict: str) -> None:
    assert _jsd(_HALF, _HALF, 2) == 0 and mpmath.almosteq(_jsd(_ONE, _OTHER, 2), 1, 1e-30)
    (claim,) = _claims(text)
    assert claim.verdict == verdict
    assert claim.value in ("0", "1", "1.000000000")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("P = (1, 0) and Q = (0, 1).\n\nThe JS distance between P and Q is 1.\n", "holds"),
        ("P = (1, 0), Q = (0, 1).\n\n$\\sqrt{\\mathrm{JSD}(P\\|Q)} = 1$\n", "holds"),
        ("P = (1, 0) and Q = (0, 1).\n\nThe JS distance between P and Q is 0.8326.\n", "holds"),
        ("P = (1, 0) and Q = (0, 1).\n\nThe JS distance between P and Q is 0.5.\n", "false"),
    ],
)
def test_a_js_distance_with_no_unit_is_tried_in_the_usual_bases(text: str, verdict: str) -> None:
    assert mpmath.almosteq(mpmath.sqrt(_jsd(_ONE, _OTHER, 2)), 1, 1e-30)
    assert mpmath.nstr(mpmath.sqrt(_jsd(_ONE, _OTHER, mpmath.e)), 4) == "0.8326"
    (claim,) = _claims(text)
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        (
            "- $0 \\le \\mathrm{JSD}(P\\|Q) \\le 1$ bit.\n",
            {"0 \\le \\mathrm{JSD}(P\\|Q)": "holds", "\\mathrm{JSD}(P\\|Q) \\le 1": "holds"},
        ),
        ("- $0 \\le D(P\\|Q) \\le 1$.\n", {"0 \\le D(P\\|Q)": "holds", "D(P\\|Q) \\le 1": "false"}),
        ("- Es gilt $0 \\le H(P) \\le \\log_2 3$.\n", {"0 \\le H(P)": "holds", "H(P) \\le \\log_2 3": "unchecked"}),
    ],
)
def test_a_bound_on_both_sides_of_a_measure_is_no_bound_between_its_numbers(text: str, judged: dict[str, str]) -> None:
    # Our own truth: the JSD of disjoint supports is 1 bit, its largest; a KL divergence has no upper bound.
    assert mpmath.almosteq(_jsd(_ONE, _OTHER, 2), 1, 1e-30)
    assert {claim.text: claim.verdict for claim in _claims(text)} == judged


def test_a_bound_between_numbers_with_no_measure_between_is_still_read() -> None:
    (claim,) = _claims("- $H(X) = -0.8 \\log_2 0.8 - 0.2 \\log_2 0.2 \\approx 0.7219$.\n")
    truth = -(mpmath.mpf(8) / 10 * mpmath.log(0.8, 2) + mpmath.mpf(2) / 10 * mpmath.log(0.2, 2))
    assert claim.verdict == "holds" and mpmath.nstr(truth, 4) == "0.7219"
