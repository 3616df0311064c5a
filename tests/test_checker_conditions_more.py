"""Conditions that reach a claim from further away: a sentence leading into a display of several rows, a family of
distributions given in letters, a formula said of particular distributions, and "it" after a divergence kldocs does
not judge."""

from __future__ import annotations

import pytest

from kldocs.checker import check_text

LEAD = "Let $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n\n"
ROWS = (
    "$$\n\\begin{aligned}\n"
    "D_{\\mathrm{KL}}(P \\parallel Q) &= \\left(a - b\\right) \\ln \\frac{a}{b} && (1) \\\\\n"
    "D_{\\mathrm{KL}}(Q \\parallel P) &= \\left(a - b\\right) \\ln \\frac{a}{b} && (2) \\\\\n"
    "D_{\\mathrm{KL}}(P \\parallel Q) &= D_{\\mathrm{KL}}(Q \\parallel P) && (3)\n"
    "\\end{aligned}\n$$\n"
)


def _false(text: str) -> list[str]:
    return [claim.text for claim in check_text(text, "notes.md").claims if claim.verdict == "false"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "A special case, not a general identity: on two categories, with $P = (a, b)$ and $Q = (b, a)$ for "
        "$a, b > 0$ and $a + b = 1$, swapping $P$ and $Q$ only swaps the categories, so the two directions agree:",
        "- Special case: $P = (a, b)$, $Q = (b, a)$ with $a, b > 0$, $a + b = 1$",
        "- 특수한 경우: $a, b > 0$, $a + b = 1$일 때 $P = (a, b)$, $Q = (b, a)$",
    ],
)
def test_a_family_given_in_letters_before_a_display_is_its_condition(lead_in: str) -> None:
    assert _false(LEAD + lead_in + "\n\n" + ROWS) == []


def test_a_display_after_an_unconditional_lead_in_is_still_judged() -> None:
    display = "\n\n$$\nD_{\\mathrm{KL}}(P \\parallel Q) = D_{\\mathrm{KL}}(Q \\parallel P)\n$$\n"
    assert _false(LEAD + "The two directions always agree:" + display) != []
    assert _false(LEAD + "With $P = (a, b)$ and $Q = (b, a)$, the two directions agree:" + display) == []


@pytest.mark.parametrize(
    "note",
    ["Computed exactly from the numbers of $P$ and $Q$.", "The triangle through the midpoint of example 1."],
)
def test_a_general_formula_said_of_particular_distributions_is_not_judged_for_all(note: str) -> None:
    text = f"{note}\n\n$$D_{{KL}}(P \\| M) + D_{{KL}}(M \\| Q) < D_{{KL}}(P \\| Q)$$\n\nHere $M = (P + Q)/2$.\n"
    assert _false(text) == []
    assert _false(text.replace(note, "A fact about any three distributions.")) != []


def test_it_after_a_divergence_kldocs_does_not_judge_stands_for_that_one() -> None:
    jeffreys = (
        "$$J(P, Q) = D(P \\| Q) + D(Q \\| P)$$ The Jeffreys divergence: KL divergence taken both ways. "
        "So the Jeffreys divergence is never negative.\n\nIt is symmetric and never negative.\n"
    )
    assert _false(LEAD + jeffreys) == []
    assert _false(LEAD + "The KL divergence compares $P$ with $Q$.\n\nIt is symmetric.\n") != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Wenn die KL-Divergenz symmetrisch ist, gilt D(P‖Q) = D(Q‖P).",
        "If the KL divergence is symmetric, then D(P‖Q) = D(Q‖P).",
        "Si la divergence KL était symétrique, on aurait D(P‖Q) = D(Q‖P).",
    ],
)
def test_an_equation_under_a_supposed_property_of_the_measure_is_not_judged(sentence: str) -> None:
    lead = "P = (0.7, 0.3), Q = (0.5, 0.5)\n\n"
    assert _false(lead + sentence + "\n") == []
    assert _false(lead + "So D(P‖Q) = D(Q‖P).\n") != []
