"""Worked instances for user P and Q: the reference table, zeros, infinities, bases, long inputs."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import numpy as np
import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs import Distribution, InputError, kl, parse_distribution
from kldocs.derivations import (
    cross_entropy_instance,
    decomposition_instance,
    entropy_instance,
    jsd_instance,
    kl_instance,
)
from kldocs.derivations.steps import Derivation, Numbers, Step
from kldocs.derivations.verify import verify
from kldocs.measures import entropy, jsd

P = parse_distribution("0.2, 0.5, 0.3")
Q1 = parse_distribution("0.3, 0.4, 0.3", name="Q")
Q2 = parse_distribution("0.25, 0.5, 0.25", name="Q")


def keys(derivation: Derivation) -> list[str]:
    return [step.justification for step in derivation.steps]


def assert_holds(derivation: Derivation) -> None:
    verification = verify(derivation)
    assert verification.holds, [(n, c.detail) for n, c in enumerate(verification.checks, 1) if not c.holds]


# --- the reference table of DESIGN.md ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "decimal"),
    [(P, Q1, "0.0304788"), (Q1, P, "0.0323821"), (P, Q2, "0.0100678"), (Q2, P, "0.0102055")],
)
def test_kl_instances_reproduce_the_table(first: Distribution, second: Distribution, decimal: str) -> None:
    derivation = kl_instance(first, second)
    assert_holds(derivation)
    assert keys(derivation) == [
        "step.kl_definition",
        "step.substitute_numbers",
        "step.term_values",
        "step.collect_logs",
        "step.decimal",
    ]
    assert derivation.steps[-1].latex == decimal and derivation.steps[-1].relation == "≈"
    assert derivation.steps[-2].latex == kl(first, second).latex()


def test_the_exact_form_of_the_first_row() -> None:
    derivation = kl_instance(P, Q1)
    assert derivation.steps[3].latex == r"-\frac{4}{5} \ln 2 - \frac{1}{5} \ln 3 + \frac{1}{2} \ln 5"
    assert derivation.steps[1].latex == r"0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4} + 0.3 \ln \frac{0.3}{0.3}"
    assert derivation.steps[2].latex == r"\frac{1}{5} \ln \frac{2}{3} + \frac{1}{2} \ln \frac{5}{4} + 0"
    assert derivation.rows()[0].left == r"D_{\mathrm{KL}}(P \parallel Q)"


@pytest.mark.parametrize(("second", "decimal"), [(Q1, "0.0078174"), (Q2, "0.0025297")])
def test_jsd_instances_reproduce_the_table(second: Distribution, decimal: str) -> None:
    derivation = jsd_instance(P, second, digits=5)
    assert_holds(derivation)
    assert derivation.steps[-1].latex == decimal
    assert derivation.steps[-2].latex == jsd(P, second).latex()
    assert r"\frac{0.2}{0.25}" in derivation.steps[1].latex or r"\frac{0.2}{0.225}" in derivation.steps[1].latex


def test_decomposition_with_numbers() -> None:
    derivation = decomposition_instance(P, Q1)
    assert_holds(derivation)
    assert keys(derivation) == [
        "step.kl_is_cross_entropy_minus_entropy",
        "step.substitute_values",
        "step.collect_logs",
        "step.decimal",
    ]
    assert derivation.steps[0].latex == "H(P, Q) - H(P)"
    assert derivation.steps[1].latex.startswith(r"-\frac{1}{2} \ln 3 + \ln 5 - \left(")
    assert derivation.steps[-1].latex == "0.0304788"


# --- numbers as the user wrote them ----------------------------------------------------------------


def test_fractions_without_a_short_decimal_stay_fractions() -> None:
    thirds = parse_distribution("1/3 1/3 1/3")
    halves = parse_distribution("1/2 1/4 1/4", name="Q")
    derivation = kl_instance(thirds, halves)
    assert_holds(derivation)
    assert derivation.steps[1].latex.startswith(r"\frac{1}{3} \ln \frac{\frac{1}{3}}{0.5}")


# --- zeros and infinities --------------------------------------------------------------------------


def test_a_zero_probability_gets_its_own_step() -> None:
    with_zero = parse_distribution("0.5 0.5 0")
    derivation = kl_instance(with_zero, Q1)
    assert_holds(derivation)
    assert keys(derivation)[2] == "step.zero_convention"
    assert r"0 \ln \frac{0}{0.3}" in derivation.steps[1].latex
    assert derivation.steps[2].latex.endswith("+ 0")


def test_an_infinite_divergence_stops_at_the_category() -> None:
    derivation = kl_instance(P, parse_distribution("1 0 0", name="Q"))
    assert_holds(derivation)
    last = derivation.steps[-1]
    assert last.justification == "step.infinite_term"
    assert last.latex == r"+\infty" and dict(last.fields).items() >= {"k": "2", "p": "0.5"}.items()
    assert "decimal" not in " ".join(keys(derivation))


def test_infinite_cross_entropy_and_decomposition() -> None:
    Q = parse_distribution("0.5 0.5 0", name="Q")
    assert_holds(cross_entropy_instance(P, Q, 2))
    decomposition = decomposition_instance(P, Q)
    assert_holds(decomposition)
    assert keys(decomposition)[-1] == "step.infinite_term" and dict(decomposition.steps[-1].fields)["k"] == "3"


def test_zero_and_infinity_together_in_base_10() -> None:
    derivation = kl_instance(parse_distribution("0.5 0.5 0"), parse_distribution("1 0 0", name="Q"), 10)
    assert_holds(derivation)
    assert keys(derivation)[-2:] == ["step.zero_convention", "step.infinite_term"]
    assert r"\log_{10}" in derivation.steps[1].latex


def test_entropy_in_bits_can_be_exactly_rational() -> None:
    derivation = entropy_instance(parse_distribution("1/2 1/4 1/4"), 2)
    assert_holds(derivation)
    assert derivation.steps[-1].latex == r"\frac{3}{2}"
    assert keys(derivation)[-1] == "step.collect_logs"


# --- wrong instance steps are caught -----------------------------------------------------------------


def swap_step(derivation: Derivation, number: int, step: Step) -> Derivation:
    steps = list(derivation.steps)
    steps[number - 1] = step
    return replace(derivation, steps=tuple(steps))


def test_a_wrong_number_in_the_substitution_is_caught() -> None:
    good = kl_instance(P, Q1)
    other = kl_instance(parse_distribution("0.3 0.4 0.3"), Q1)
    broken = swap_step(good, 2, replace(good.steps[1], expression=other.steps[1].expression))
    assert 2 in verify(broken).failures
    assert "left = -4/5*log(2)" in verify(broken).checks[1].detail


def test_an_instance_chain_keeps_one_set_of_numbers() -> None:
    good = kl_instance(P, Q1)
    other = kl_instance(parse_distribution("0.3 0.4 0.3"), Q1)
    mixed = swap_step(good, 3, other.steps[2])
    assert 3 in verify(mixed).failures
    assert "other numbers" in verify(mixed).checks[2].detail


def test_a_wrong_decimal_is_caught() -> None:
    good = kl_instance(P, Q1)
    numbers = good.steps[-1].numbers
    assert numbers is not None
    shown = sympy.Float("0.0304789", 6)
    wrong = replace(good.steps[-1], expression=shown, numbers=replace(numbers, decimal="0.0304789"))
    assert wrong.latex == "0.0304789"
    broken = swap_step(good, len(good.steps), wrong)
    assert verify(broken).failures == (len(good.steps),)
    assert "0.0304788" in verify(broken).checks[-1].detail


def test_dropping_zero_terms_needs_the_convention() -> None:
    good = kl_instance(parse_distribution("0.5 0.5 0"), Q1)
    zero_step = good.steps[2]
    assert zero_step.numbers is not None
    silent = replace(zero_step, numbers=replace(zero_step.numbers, zero_convention=False))
    broken = swap_step(good, 3, silent)
    assert verify(broken).failures == (3,)
    assert "0 log 0" in verify(broken).checks[2].detail


def test_naming_the_wrong_category_as_infinite_is_caught() -> None:
    good = kl_instance(P, parse_distribution("1 0 0", name="Q"))
    last = good.steps[-1]
    assert last.numbers is not None
    wrong = replace(last, numbers=replace(last.numbers, infinite_at=1))
    assert verify(swap_step(good, len(good.steps), wrong)).failures == (len(good.steps),)


def test_long_inputs_are_shortened_on_the_page_but_checked_in_full() -> None:
    values = [Fraction(1, 20)] * 20
    changed = [Fraction(1, 20)] * 9 + [Fraction(1, 10), Fraction(0)] + [Fraction(1, 20)] * 9
    uniform, bumped = parse_distribution(values), parse_distribution(changed)
    Q = parse_distribution([Fraction(1, 10)] * 5 + [Fraction(1, 30)] * 15, name="Q")
    good, other = kl_instance(uniform, Q), kl_instance(bumped, Q)
    assert_holds(good)
    assert good.steps[1].latex.count(r"\ln") == 4 and r"\cdots" in good.steps[1].latex
    assert good.steps[1].latex == other.steps[1].latex  # the hidden middle terms differ
    hidden = replace(good.steps[1], expression=other.steps[1].expression)
    assert 2 in verify(swap_step(good, 2, hidden)).failures


# --- inputs and bases --------------------------------------------------------------------------------


def test_float_arrays_are_refused() -> None:
    with pytest.raises(InputError, match="exact"):
        kl_instance(np.array([0.2, 0.8]), np.array([0.5, 0.5]))


def test_lengths_must_agree() -> None:
    with pytest.raises(InputError):
        kl_instance("0.5 0.5", "0.2 0.3 0.5")


@pytest.mark.parametrize("base", ["e", "2", "10", "3/2"])
def test_every_measure_in_every_base(base: str) -> None:
    for derivation in (
        kl_instance(P, Q2, base),
        cross_entropy_instance(P, Q2, base),
        entropy_instance(P, base),
        jsd_instance(P, Q2, base),
        decomposition_instance(P, Q2, base),
    ):
        assert_holds(derivation)


def test_instance_steps_carry_their_numbers() -> None:
    derivation = kl_instance(P, Q1)
    for step in derivation.steps[1:]:
        assert step.kind == "instance" and isinstance(step.numbers, Numbers)


probabilities = st.lists(st.integers(min_value=0, max_value=6), min_size=2, max_size=5).filter(lambda w: sum(w) > 0)


@settings(max_examples=15, deadline=None)
@given(probabilities, probabilities)
def test_random_pairs_verify_and_match_the_exact_core(weights_p: list[int], weights_q: list[int]) -> None:
    size = min(len(weights_p), len(weights_q))
    first, second = weights_p[:size], weights_q[:size]
    if not sum(first) or not sum(second):
        return
    Pr = parse_distribution([Fraction(w, sum(first)) for w in first])
    Qr = parse_distribution([Fraction(w, sum(second)) for w in second], name="Q")
    derivation = kl_instance(Pr, Qr)
    assert_holds(derivation)
    value = kl(Pr, Qr)
    if value.is_finite:
        exact_steps = [s for s in derivation.steps if s.justification in ("step.collect_logs", "step.term_values")]
        assert exact_steps[-1].latex == value.latex() or value.latex() == "0"
    else:
        assert derivation.steps[-1].justification == "step.infinite_term"
    assert_holds(entropy_instance(Pr))
    assert float(entropy(Pr)) >= 0
