"""Family derivations and the two calculus steps: a change of variables and an integral worked out by SymPy.

Each wrong step is a real derivation with one step replaced; verification
must fail at that step and name what went wrong. The closed forms that end
the derivations are compared with published formulas and with mpmath
quadrature of the definition at random parameters.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import mpmath
import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy import Eq, Integral, Rational, log, oo, pi

from kldocs.derivations import registry
from kldocs.derivations.build import algebra, substitute, work_out
from kldocs.derivations.calculus import always
from kldocs.derivations.identities import (
    binomial,
    exponential,
    geometric,
    multivariate_normal,
    normal,
    poisson,
    uniform,
)
from kldocs.derivations.steps import Derivation, Step
from kldocs.derivations.verify import verify


def with_step(derivation: Derivation, number: int, step: Step) -> Derivation:
    steps = list(derivation.steps)
    steps[number - 1] = step
    return replace(derivation, name=derivation.name + "_broken", steps=tuple(steps))


def failure(derivation: Derivation) -> tuple[int, str]:
    verification = verify(derivation)
    assert not verification.holds
    first = verification.failures[0]
    return first, verification.checks[first - 1].detail


def substitution_step(derivation: Derivation) -> tuple[int, Step]:
    number, step = next((i, s) for i, s in enumerate(derivation.steps, 1) if s.kind == "substitution")
    return number, step


# --- the substitution step ------------------------------------------------------------------------


def test_a_substitution_with_the_wrong_scale_is_caught() -> None:
    derivation = normal.kl()
    number, step = substitution_step(derivation)
    wrong = substitute(
        step.expression, step.justification, normal.x, normal.mu1 + 2 * normal.sigma1 * normal.u, normal.u
    )
    at, detail = failure(with_step(derivation, number, wrong))
    assert at == number and "left - right" in detail


def test_a_decreasing_substitution_is_refused() -> None:
    derivation = normal.kl()
    number, step = substitution_step(derivation)
    flipped = substitute(step.expression, step.justification, normal.x, normal.mu1 - normal.sigma1 * normal.u, normal.u)
    at, detail = failure(with_step(derivation, number, flipped))
    assert at == number and "not provably positive" in detail


def test_a_substitution_that_is_not_affine_is_refused() -> None:
    derivation = exponential.kl()
    number, step = substitution_step(derivation)
    squared = substitute(step.expression, step.justification, exponential.x, exponential.u**2, exponential.u)
    at, detail = failure(with_step(derivation, number, squared))
    assert at == number and "not affine" in detail


def test_a_substitution_shows_the_change_it_checks() -> None:
    _, step = substitution_step(normal.kl())
    assert dict(step.fields)["change"] == r"x = \mu_{1} + \sigma_{1} u"


# --- the evaluation step --------------------------------------------------------------------------


def test_a_wrong_moment_is_caught_with_sympys_value() -> None:
    derivation = normal.kl()
    number = next(i for i, s in enumerate(derivation.steps, 1) if s.justification == "step.normal_variance")
    moment = derivation.steps[number - 1].lhs
    at, detail = failure(with_step(derivation, number, work_out(Eq(moment, 2, evaluate=False), "step.normal_variance")))
    assert at == number and "left - right = -1" in detail


def test_an_evaluation_needs_an_integral() -> None:
    derivation = normal.kl()
    number = next(i for i, s in enumerate(derivation.steps, 1) if s.kind == "evaluation")
    at, detail = failure(
        with_step(derivation, number, work_out(Eq(normal.sigma1, 1, evaluate=False), "step.normal_mass"))
    )
    assert at == number and "no integral or sum" in detail


def test_a_condition_that_holds_only_on_part_of_the_range_is_not_enough() -> None:
    # Without the domain 0 < p < 1, SymPy sums the geometric series only for p < 2: not for every p > 0.
    derivation = replace(geometric.kl(), name="geometric_without_domain", domain=())
    verification = verify(derivation)
    mass = next(i for i, s in enumerate(derivation.steps, 1) if s.justification == "step.mass_is_one")
    assert not verification.checks[mass - 1].holds
    assert "condition" in verification.checks[mass - 1].detail


def test_conditions_are_decided_over_the_whole_range() -> None:
    t = sympy.Symbol("t", positive=True)
    n = sympy.Symbol("n", integer=True, positive=True)
    assert always(t / (1 + t) < 1) and always(sympy.Or(t <= 1, 1 / t <= 1))
    assert always(((n <= 1) & (t < t + 1)) | ((n > 1) & (t < t + 1)))
    assert not always(t <= 1) and not always(t > 2)


def test_an_integral_shared_by_derivations_is_worked_out_once() -> None:
    from kldocs.derivations.calculus import carried_out

    u = normal.u
    moment = Integral(u**2 * sympy.exp(-(u**2) / 2) / sympy.sqrt(2 * pi), (u, -oo, oo))
    carried_out(moment)
    before = carried_out.cache_info().hits
    carried_out(moment)
    assert carried_out.cache_info().hits == before + 1


def step_number(derivation: Derivation, key: str) -> int:
    return next(i for i, s in enumerate(derivation.steps, 1) if s.justification == key)


def test_a_finite_sum_of_several_terms_is_summed_term_by_term_and_a_wrong_value_refused() -> None:
    derivation = binomial.kl()
    number = step_number(derivation, "step.binomial_mean")
    mean = derivation.steps[number - 1].lhs
    wrong = work_out(Eq(mean, binomial.n * binomial.p2, evaluate=False), "step.binomial_mean")
    at, detail = failure(with_step(derivation, number, wrong))
    assert at == number and "left - right" in detail


# --- named functions kept unopened, and facts read both ways --------------------------------------


def test_a_step_true_whatever_the_densities_are_is_checked_without_opening_them() -> None:
    # "-log f_2 = g" is also read as "log f_2 = -g", so the average of g needs no integral to be checked.
    derivation = multivariate_normal.cross_entropy()
    number = step_number(derivation, "step.put_in_log_density")
    assert verify(derivation).checks[number - 1].detail == "equal, whatever the named functions are"


def test_a_wrong_split_of_an_integral_of_named_densities_is_refused() -> None:
    derivation = normal.kl()
    number = step_number(derivation, "step.linearity")
    step = derivation.steps[number - 1]
    doubled = algebra(
        step.expression.func(*step.expression.args[:-1], 2 * step.expression.args[-1]), step.justification
    )
    at, detail = failure(with_step(derivation, number, doubled))
    assert at == number and "left - right" in detail


@pytest.mark.parametrize("kind", ["function", "symbol"])
def test_a_name_with_assumptions_is_opened_before_anything_is_concluded(kind: str) -> None:
    from kldocs.derivations.build import define

    x = sympy.Symbol("x", positive=True)
    named = sympy.Function("g", positive=True)(x) if kind == "function" else sympy.Symbol("g", positive=True)
    # g := -1 is negative: log(g^2) = 2 log g would hold only for a positive g (0 is not 2 i pi).
    start = log(named**2)
    wrong = Derivation(
        "opaque_with_assumptions",
        "derivation.opaque.title",
        (define(start, "step.define_f", (named, sympy.Integer(-1))), algebra(2 * log(named), "step.log_of_power")),
        lhs=start,
    )
    assert verify(wrong).failures == (2,)


# --- closed forms against published formulas ------------------------------------------------------


def closed_form(name: str) -> Any:
    derivation = registry.get(name)
    assert verify(derivation).holds
    return derivation.steps[-1].expression


def same(a: Any, b: Any) -> bool:
    return sympy.simplify(sympy.expand_log(a - b, force=True)) == 0


def test_published_formulas() -> None:
    m1, m2, s1, s2 = normal.mu1, normal.mu2, normal.sigma1, normal.sigma2
    # Cover and Thomas (2006), table 17.1 and the usual Gaussian KL; Bishop (2006), (1.110).
    assert same(closed_form("gaussian"), log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - Rational(1, 2))
    assert same(closed_form("normal_entropy"), Rational(1, 2) * log(2 * pi * sympy.E * s1**2))
    l1, l2 = exponential.lambda1, exponential.lambda2
    assert same(closed_form("exponential_kl"), log(l1) - log(l2) + l2 / l1 - 1)
    assert same(closed_form("exponential_entropy"), 1 - log(l1))
    r1, r2 = poisson.lambda1, poisson.lambda2
    assert same(closed_form("poisson_kl"), r1 * log(r1 / r2) + r2 - r1)
    p1, p2, n = binomial.p1, binomial.p2, binomial.n
    bernoulli = p1 * log(p1 / p2) + (1 - p1) * log((1 - p1) / (1 - p2))
    assert same(closed_form("binomial_kl"), n * bernoulli)
    g = geometric.p1
    assert same(closed_form("geometric_entropy"), (-(1 - g) * log(1 - g) - g * log(g)) / g)
    assert same(closed_form("uniform_kl"), log(uniform.b2 - uniform.a2) - log(uniform.b1 - uniform.a1))


# --- closed forms against quadrature at random parameters -----------------------------------------

POSITIVE = st.fractions(min_value=Rational(1, 5), max_value=5, max_denominator=20)
REAL = st.fractions(min_value=-3, max_value=3, max_denominator=20)
UNIT = st.fractions(min_value=Rational(1, 20), max_value=Rational(19, 20), max_denominator=40)


def value(name: str, bindings: dict[Any, Any]) -> float:
    return float(closed_form(name).subs({s: sympy.Rational(v) for s, v in bindings.items()}))


def normal_pdf(mean: float, deviation: float) -> Any:
    return lambda x: mpmath.npdf(x, mean, deviation)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(REAL, POSITIVE, REAL, POSITIVE)
def test_normal_closed_forms_match_quadrature(m1: Any, s1: Any, m2: Any, s2: Any) -> None:
    f, g = normal_pdf(float(m1), float(s1)), normal_pdf(float(m2), float(s2))
    kl = mpmath.quad(lambda x: f(x) * (mpmath.log(f(x)) - mpmath.log(g(x))), [-mpmath.inf, float(m1), mpmath.inf])
    ce = mpmath.quad(lambda x: -f(x) * mpmath.log(g(x)), [-mpmath.inf, float(m1), mpmath.inf])
    h = mpmath.quad(lambda x: -f(x) * mpmath.log(f(x)), [-mpmath.inf, float(m1), mpmath.inf])
    bindings = {normal.mu1: m1, normal.sigma1: s1, normal.mu2: m2, normal.sigma2: s2}
    assert value("gaussian", bindings) == pytest.approx(float(kl), rel=1e-8, abs=1e-10)
    assert value("normal_cross_entropy", bindings) == pytest.approx(float(ce), rel=1e-8)
    assert value("normal_entropy", bindings) == pytest.approx(float(h), rel=1e-8, abs=1e-10)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(POSITIVE, POSITIVE)
def test_exponential_closed_forms_match_quadrature(l1: Any, l2: Any) -> None:
    a, b = float(l1), float(l2)
    kl = mpmath.quad(lambda x: a * mpmath.exp(-a * x) * (mpmath.log(a / b) - (a - b) * x), [0, mpmath.inf])
    ce = mpmath.quad(lambda x: -a * mpmath.exp(-a * x) * (mpmath.log(b) - b * x), [0, mpmath.inf])
    bindings = {exponential.lambda1: l1, exponential.lambda2: l2}
    assert value("exponential_kl", bindings) == pytest.approx(float(kl), rel=1e-8, abs=1e-12)
    assert value("exponential_cross_entropy", bindings) == pytest.approx(float(ce), rel=1e-8, abs=1e-12)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(POSITIVE, POSITIVE)
def test_poisson_closed_form_matches_the_series(l1: Any, l2: Any) -> None:
    a, b = float(l1), float(l2)
    kl = mpmath.nsum(
        lambda k: mpmath.exp(k * mpmath.log(a) - a - mpmath.loggamma(k + 1)) * (k * mpmath.log(a / b) + b - a),
        [0, mpmath.inf],
    )
    assert value("poisson_kl", {poisson.lambda1: l1, poisson.lambda2: l2}) == pytest.approx(
        float(kl), rel=1e-8, abs=1e-12
    )


@settings(max_examples=15, deadline=None, derandomize=True)
@given(UNIT, UNIT)
def test_geometric_closed_forms_match_the_series(p1: Any, p2: Any) -> None:
    a, b = float(p1), float(p2)

    def pmf(p: float, k: Any) -> Any:
        return (1 - p) ** (k - 1) * p

    kl = mpmath.nsum(lambda k: pmf(a, k) * mpmath.log(pmf(a, k) / pmf(b, k)), [1, mpmath.inf])
    h = mpmath.nsum(lambda k: -pmf(a, k) * mpmath.log(pmf(a, k)), [1, mpmath.inf])
    bindings = {geometric.p1: p1, geometric.p2: p2}
    assert value("geometric_kl", bindings) == pytest.approx(float(kl), rel=1e-8, abs=1e-12)
    assert value("geometric_entropy", bindings) == pytest.approx(float(h), rel=1e-8)


@settings(max_examples=10, deadline=None, derandomize=True)
@given(st.integers(1, 12), UNIT, UNIT)
def test_binomial_closed_form_matches_the_finite_sum(n: int, p1: Any, p2: Any) -> None:
    a, b = float(p1), float(p2)
    kl = sum(
        mpmath.binomial(n, k) * a**k * (1 - a) ** (n - k) * mpmath.log((a / b) ** k * ((1 - a) / (1 - b)) ** (n - k))
        for k in range(n + 1)
    )
    bindings = {binomial.n: n, binomial.p1: p1, binomial.p2: p2}
    assert value("binomial_kl", bindings) == pytest.approx(float(kl), rel=1e-8, abs=1e-12)


def test_the_numbers_put_in_are_written_as_typed_and_the_formulas_constants_as_fractions() -> None:
    from kldocs.derivations.family_instance import family_instance
    from kldocs.derivations.printing import to_latex
    from kldocs.families import exponential, normal

    def put_in(P: Any, Q: Any) -> str:
        step = family_instance("kl", P, Q).steps[1]
        return to_latex(step.expression, step.style)

    assert put_in(exponential("0.5"), exponential(2, name="Q")) == r"\frac{2}{0.5} + \ln \frac{0.5}{2} - 1"
    assert (
        put_in(exponential("1/2"), exponential(2, name="Q")) == r"\frac{2}{\frac{1}{2}} + \ln \frac{\frac{1}{2}}{2} - 1"
    )
    shown = put_in(normal(0, 1), normal(1, 2, name="Q"))
    assert shown.endswith(r"- \frac{1}{2}") and "0.5" not in shown


MVN_PAIRS = [
    ("mean=[0, 0], cov=[[1, 1/2], [1/2, 2]]", "mean=[1, 0], var=[1, 1]"),
    ("mean=[1/3, -2], cov=[[7/5, -3/4], [-3/4, 9/2]]", "mean=[-5/2, 4], cov=[[2, 1/3], [1/3, 5/7]]"),
    (
        "mean=[0, 1, -1/2], cov=[[2, 1, 0], [1, 2, 1], [0, 1, 2]]",
        "mean=[1, 0, 0], cov=[[1, 0, 1/2], [0, 3, 0], [1/2, 0, 1]]",
    ),
]


@pytest.mark.parametrize(("p", "q"), MVN_PAIRS)
def test_the_two_dimensional_normal_worked_in_matrix_form_verifies_and_ends_at_the_kl(p: str, q: str) -> None:
    from kldocs.derivations.instance import exact_expression
    from kldocs.derivations.mvn_instance import mvn_instance
    from kldocs.derivations.verify import verify
    from kldocs.families.measures import family_measure
    from kldocs.families.multivariate_normal import MultivariateNormal

    P, Q = MultivariateNormal.from_text(p), MultivariateNormal.from_text(q, "Q")
    derivation = mvn_instance(P, Q)
    assert verify(derivation).holds
    keys = [step.justification for step in derivation.steps]
    assert keys.index("step.mvn_trace") < keys.index("step.mvn_quadratic") < keys.index("step.mvn_pieces")
    assert any(r"\begin{pmatrix}" in row.right for row in derivation.rows())  # the matrices are shown
    exact = family_measure("kl", P, Q).exact
    assert exact is not None and derivation.steps[-2].expression == exact_expression(exact)


@pytest.mark.parametrize("measure", ["kl", "cross_entropy", "entropy"])
def test_one_function_writes_the_derivation_in_two_and_three_dimensions(measure: str) -> None:
    """Three substitutions and the ten moments of degree at most 2 in three dimensions, where two dimensions have
    two and six; the three-dimensional closed form ends with named matrix pieces, defined in the covariances'
    entries."""
    from kldocs.derivations.identities.expectations import Quantity

    made = getattr(multivariate_normal, measure)
    for d, moments in ((2, 6), (3, 10)):
        derivation = made(d)
        assert derivation.name == multivariate_normal.name(measure, d) and verify(derivation).holds
        keys = [step.justification for step in derivation.steps]
        assert keys.count("step.standardise") == d
        assert len([step for step in derivation.steps if step.kind == "evaluation"]) == (
            moments if measure != "entropy" else d + 1
        )
    last = made(3).steps[-1]
    named = {item.target for item in last.defines if isinstance(item.target, Quantity)}
    assert named and named == {symbol for symbol in last.expression.free_symbols if isinstance(symbol, Quantity)}


def test_a_wrong_dimension_in_the_three_dimensional_closed_form_is_refused() -> None:
    derivation = multivariate_normal.kl(3)
    last = derivation.steps[-1]
    wrong = replace(last, expression=last.expression.xreplace({sympy.Integer(-3): sympy.Integer(-2)}))
    at, detail = failure(with_step(derivation, len(derivation.steps), wrong))
    assert at == len(derivation.steps) and "left - right" in detail


def test_a_wrong_matrix_product_in_the_matrix_form_fails_its_check() -> None:
    import dataclasses

    from sympy import Trace

    from kldocs.derivations.mvn_instance import mvn_instance
    from kldocs.derivations.steps import Derivation
    from kldocs.derivations.verify import verify
    from kldocs.families.multivariate_normal import MultivariateNormal

    P, Q = (MultivariateNormal.from_text(text, name) for text, name in zip(MVN_PAIRS[1], "PQ", strict=True))
    derivation = mvn_instance(P, Q)
    at = next(k for k, step in enumerate(derivation.steps) if step.justification == "step.mvn_product")
    product = derivation.steps[at].expression.arg
    wrong = dataclasses.replace(
        derivation.steps[at], expression=Trace(product.T + product.applyfunc(lambda x: 0 * x + 1))
    )
    steps = (*derivation.steps[:at], wrong, *derivation.steps[at + 1 :])
    tampered = Derivation(derivation.name, derivation.title, steps, derivation.lhs, derivation.scope)
    checks = verify(tampered).checks
    assert not checks[at].holds and all(check.holds for k, check in enumerate(checks) if k not in (at, at + 1))


def test_each_splitting_and_closing_note_says_what_its_step_does() -> None:
    """Several integrals (or sums) where the note splits one, one where it takes a constant out; the values put
    in are called integrals where the derivation integrates and sums where it sums."""
    from kldocs.derivations.identities.expectations import CLOSED_KEYS, SPLIT_KEYS

    splits = {key: (kind, several) for (kind, several), key in SPLIT_KEYS.items()}
    closings = {key: kind for kind, key in CLOSED_KEYS.items()}
    seen = set()
    for derivation in registry.all_derivations():
        expressions = [step.expression for step in derivation.steps]
        integrates = any(expression.has(Integral) for expression in expressions)
        sums = any(expression.has(sympy.Sum) for expression in expressions)
        for step in derivation.steps:
            if step.justification in splits:
                kind, several = splits[step.justification]
                parts = step.expression.atoms(Integral if kind == "integral" else sympy.Sum)
                assert (len(parts) > 1) == several, (derivation.name, step.justification)
                seen.add(step.justification)
            if step.justification in closings:
                kind = closings[step.justification]
                assert (integrates, sums) == ((True, False) if kind == "integral" else (False, True)), derivation.name
                seen.add(step.justification)
    assert {"step.constant_factor", "step.sum_linearity", "step.substitute_sums"} <= seen
