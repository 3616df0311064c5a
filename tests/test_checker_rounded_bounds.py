"""A bound written with its rounding (``JSD <= ln 2 ≈ 0.693``) is the bound; and a fraction over a fraction on one
line (``1/2 log(1/2 / 1/4)``, a stacked fraction flattened) is not judged by its left-to-right reading."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _verdicts(text: str) -> list[tuple[str, str]]:
    return [(claim.verdict, claim.text) for claim in check_text(text, "notes.md").claims if claim.kind != "definition"]


LN2 = mpmath.log(2)
BOUNDS = [
    "$\\mathrm{{JSD}} \\le \\ln 2 \\approx {v}$",
    "Es gilt $0 \\le \\mathrm{{JSD}}(P, Q) \\le \\ln 2 \\approx {v}$.",
    "JS 散度有上界：$\\mathrm{{JSD}}(P\\|Q) \\le \\ln 2 \\approx {v}$。",
    "La divergence JS vérifie $\\mathrm{{JS}}(P\\|Q) \\leq \\ln 2 \\approx {v}$ nats.",
]


@pytest.mark.parametrize("bound", BOUNDS)
@pytest.mark.parametrize("digits", [2, 3])
def test_a_rounded_bound_is_not_a_bound_of_its_rounding(bound: str, digits: int) -> None:
    """ln 2 rounded down is below the JSD of disjoint supports: the bound is ln 2, and nothing is false."""
    value = mpmath.nstr(LN2, digits + 1, min_fixed=-10, max_fixed=10)
    assert float(value) < float(LN2)
    verdicts = _verdicts(bound.format(v=value) + "\n")
    assert verdicts and all(verdict == "holds" for verdict, _ in verdicts), verdicts
    assert ("holds", f"\\ln 2 \\approx {value}") in verdicts


def test_a_wrong_rounding_of_a_bound_is_false() -> None:
    """Near miss: the rounding is still checked against the value it rounds."""
    assert ("false", "\\ln 2 \\approx 0.59") in _verdicts("$\\mathrm{JSD} \\le \\ln 2 \\approx 0.59$\n")


def test_a_value_compared_with_a_number_is_still_a_bound() -> None:
    """Near miss: ``D ≈ 0.5108 < 0.6`` compares the value with a number: a bound, judged."""
    text = "Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n$D(P\\|Q) \\approx 0.5108 < 0.4$ nats.\n"
    assert ("false", "D(P\\|Q) < 0.4") in _verdicts(text)


#: D_KL(P||Q) for P = (1/2, 1/2), Q = (1/4, 3/4) in bits, with mpmath.
KL = (mpmath.log(2) + mpmath.log(mpmath.mpf(2) / 3)) / 2 / mpmath.log(2)
FLATTENED = [
    "D(P‖Q) = 1/2 log(1/2 / 1/4) + 1/2 log(1/2 / 3/4) ≈ {v} bits.",
    "KL = 0.5 log2(0.5 / 1/4) + 0.5 log2(0.5 / 3/4) = {v}",
    "D(P||Q) = 1/2 * log2(1/2 / 1/4) + 1/2 * log2(1/2 / 3/4) ≈ {v} Bit.",
]


@pytest.mark.parametrize("line", FLATTENED)
def test_a_flattened_stacked_fraction_is_not_false(line: str) -> None:
    """The stacked reading holds; the left-to-right one (log(1/8)) would not: never false, the value still holds."""
    text = "Let P = (1/2, 1/2) and Q = (1/4, 3/4), in bits.\n\n" + line.format(v=f"{float(KL):.4f}") + "\n"
    verdicts = _verdicts(text)
    assert all(verdict != "false" for verdict, _ in verdicts), verdicts
    assert any(verdict == "unchecked" and "1/4" in said for verdict, said in verdicts), verdicts


def test_a_fraction_written_with_brackets_is_read() -> None:
    """Near miss: ``(1/2)/(1/4)`` says how it is read: the sum is judged (it holds), and a wrong value is false."""
    terms = "1/2 log((1/2)/(1/4)) + 1/2 log((1/2)/(3/4))"
    verdicts = _verdicts(f"Let P = (1/2, 1/2) and Q = (1/4, 3/4), in bits.\n\nD(P‖Q) = {terms} = 0.3\n")
    assert ("holds", f"D(P‖Q) = {terms}") in verdicts
    assert ("false", "D(P‖Q) = 0.3") in verdicts
