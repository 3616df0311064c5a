"""A family's density as a textbook writes it: the same function as the derivations' density, in the book's form."""

from __future__ import annotations

import importlib
from fractions import Fraction
from typing import Any

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs import Family, bernoulli, binomial, categorical, exponential, geometric, normal, poisson, uniform
from kldocs.derivations.density_forms import outcome_probabilities, written_density
from kldocs.derivations.printing import to_latex
from kldocs.families.closed_forms import bindings
from tests.family_parameters import POSITIVE, REAL, UNIT

#: Parameters typed as fractions or as decimals, as a user would.
TYPED = st.sampled_from(["{}/{}", "{:.2f}"])


def typed(value: Fraction, style: str) -> str:
    """``value`` as a user types it: a fraction, or a two-place decimal (of the value rounded to two places)."""
    return style.format(value.numerator, value.denominator) if "/" in style else style.format(float(value))


def derivations_density(family: Family) -> Any:
    """The density the derivations use, with the family's numbers put in (evaluated by SymPy)."""
    assert family.shape is not None
    module, attribute = family.shape
    shape = getattr(importlib.import_module(module), attribute)
    return shape.density.xreplace(bindings("entropy", family, None)), shape.variable


def assert_same_function(family: Family) -> None:
    found = written_density(family)
    assert found is not None
    written, variable = found
    expected, their_variable = derivations_density(family)
    assert sympy.simplify(written.doit().xreplace({variable: their_variable}) - expected) == 0


FAMILIES = st.one_of(
    st.builds(lambda n, p, s: binomial(n, typed(p, s)), st.integers(1, 12), UNIT, TYPED),
    st.builds(lambda p, s: geometric(typed(p, s)), UNIT, TYPED),
    st.builds(lambda rate, s: poisson(typed(rate, s)), POSITIVE, TYPED),
    st.builds(lambda rate, s: exponential(typed(rate, s)), POSITIVE, TYPED),
    st.builds(lambda a, w: uniform(a, a + w), REAL, POSITIVE),
    st.builds(lambda mu, sigma, s: normal(typed(mu, s), typed(sigma, s)), REAL, POSITIVE, TYPED),
)


@settings(max_examples=40, deadline=None)
@given(FAMILIES)
def test_the_written_density_is_the_derivations_density(family: Family) -> None:
    assert_same_function(family)


@pytest.mark.parametrize(
    "family",
    [geometric("theta"), poisson("theta"), exponential("theta"), normal("theta", 1), normal(0, "theta")],
    ids=str,
)
def test_a_variable_stays_in_the_written_density(family: Family) -> None:
    assert_same_function(family)
    found = written_density(family)
    assert found is not None and r"\theta" in to_latex(found[0])


@given(UNIT, TYPED)
def test_a_bernoulli_gives_p_to_a_success_and_one_minus_p_to_a_failure(p: Fraction, style: str) -> None:
    family = bernoulli(typed(p, style))
    found = written_density(family)
    assert found is not None
    written, k = found
    outcomes = dict(outcome_probabilities(family))
    assert set(outcomes) == {0, 1}
    for outcome in (0, 1):
        exact = family.probability(outcome)
        assert written.doit().subs(k, outcome) == sympy.Rational(exact.numerator, exact.denominator)  # type: ignore[union-attr]
        assert sympy.sympify(outcomes[outcome]).doit() == written.doit().subs(k, outcome)


def test_a_categorical_lists_its_probabilities_in_order() -> None:
    family = categorical(["1/2", "1/3", "1/6"])
    listed = outcome_probabilities(family)
    assert [k for k, _ in listed] == [1, 2, 3]
    assert [to_latex(value) for _, value in listed] == [r"\frac{1}{2}", r"\frac{1}{3}", r"\frac{1}{6}"]


@pytest.mark.parametrize(
    ("family", "latex"),
    [
        # the family's own form with the numbers put in, not SymPy's 4^{-k} (3/4)^{6-k} binom(6, k)
        (binomial(6, "1/4"), r"{\binom{6}{k}} \left(\frac{1}{4}\right)^{k} \left(\frac{3}{4}\right)^{6 - k}"),
        (binomial(6, "0.25"), r"{\binom{6}{k}} \left(0.25\right)^{k} \left(0.75\right)^{6 - k}"),
        (geometric("1/2"), r"\frac{1}{2} \left(\frac{1}{2}\right)^{k - 1}"),  # not 1/2^k
        (bernoulli("1/3"), r"\left(\frac{1}{3}\right)^{k} \left(\frac{2}{3}\right)^{1 - k}"),
        (bernoulli("theta"), r"\theta^{k} \left(1 - \theta\right)^{1 - k}"),
        (poisson(2), r"\frac{2^{k} e^{-2}}{k!}"),
        (exponential(2), r"2 e^{-2 x}"),
        (uniform(0, 2), r"\frac{1}{2}"),
        # 1/(sigma sqrt(2 pi)), not sqrt(2)/(2 sqrt(pi)); (x + 1)^2, not (1 + x)^2
        (normal(0, 1), r"\frac{1}{\sqrt{2 \pi}} e^{-\frac{x^{2}}{2}}"),
        (normal(-1, 2), r"\frac{1}{2 \sqrt{2 \pi}} e^{-\frac{\left(x + 1\right)^{2}}{8}}"),
        (normal("1/2", "3/2"), r"\frac{2}{3 \sqrt{2 \pi}} e^{-\frac{2 \left(x - \frac{1}{2}\right)^{2}}{9}}"),
        (normal("theta", 1), r"\frac{1}{\sqrt{2 \pi}} e^{-\frac{\left(x - \theta\right)^{2}}{2}}"),
    ],
    ids=str,
)
def test_the_density_reads_as_a_textbook_writes_it(family: Family, latex: str) -> None:
    found = written_density(family)
    assert found is not None and to_latex(found[0]) == latex
