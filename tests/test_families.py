"""Parametric families: parameters checked up front, exact values from verified closed forms, certified numerics.

Closed forms are compared with the definition computed another way: the
finite sum for the finite families (exactly), mpmath quadrature or series
at random parameters (to 1e-9), and the identity KL = CE - H exactly.
Certified values are compared with mpmath at high precision.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

import mpmath
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from kldocs import InputError
from kldocs.cli import main
from kldocs.exact import ExactValue
from kldocs.families import (
    bernoulli,
    binomial,
    categorical,
    exponential,
    geometric,
    normal,
    parse_family,
    poisson,
    uniform,
)
from kldocs.families.closed_forms import closed_form_value
from kldocs.families.measures import family_measure
from tests.family_parameters import POSITIVE, REAL, UNIT


@pytest.fixture(autouse=True, scope="module")
def _precision() -> Iterator[None]:
    """30 digits for this module's mpmath references, restored afterwards (other modules set their own)."""
    with mpmath.workdps(30):
        yield


# --- bad input: one error naming the parameter ------------------------------------------------------


@pytest.mark.parametrize(
    ("family", "text", "message"),
    [
        ("normal", "mu=0, sigma=-1", "P.sigma: must be positive, got -1"),
        ("normal", "mu=0, sigma=0", "P.sigma: must be positive, got 0"),
        ("normal", "mu=0", "P.sigma: is missing"),
        ("normal", "mu=0, sigma=1, nu=2", "P.nu: is not a parameter; expected mu, sigma (or mean, sd, std)"),
        ("normal", "mu=0, mu=1", "P.mu: is given twice"),
        ("normal", "mu=0, sigma=abc def", "P.sigma: cannot read"),
        ("bernoulli", "p=3/2", "P.p: must be between 0 and 1, got 3/2"),
        ("geometric", "p=1", "P.p: must be strictly between 0 and 1, got 1"),
        ("binomial", "n=5/2, p=1/2", "P.n: must be a whole number of at least 1, got 5/2"),
        ("binomial", "n=10000000, p=1/2", "P.n: must be a whole number of at least 1 up to 100,000"),
        ("poisson", "lambda=0", "P.rate: must be positive, got 0"),
        ("exponential", "rate=-2", "P.rate: must be positive, got -2"),
        ("uniform", "a=1, b=1", "P.b: must be greater than a = 1, got 1"),
        ("uniform", "0, w", "P.b: a uniform distribution's ends must be numbers"),
        ("uniform", "w, 1", "P.a: a uniform distribution's ends must be numbers"),
        ("categorical", "1/2, 1/3", "P.p: the probabilities add up to 5/6, not 1"),
        ("categorical", "1/2, 3/2, -1", "P.p: must be between 0 and 1, got 3/2"),
        ("normal", "mu=pi, sigma=1", "P.mu: 'pi' is a constant"),
        ("normal", "mu=theta + phi, sigma=1", "P.mu: uses both 'theta' and 'phi'"),
    ],
)
def test_bad_parameters_are_one_error_naming_the_parameter(family: str, text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_family(family, text)
    assert str(caught.value).startswith(message)


def test_an_unknown_family_lists_the_known_ones() -> None:
    with pytest.raises(InputError, match="'gamma' is not one of bernoulli, categorical"):
        parse_family("gamma", "1")


def test_a_discrete_and_a_continuous_distribution_are_not_compared() -> None:
    with pytest.raises(InputError, match="Q: P is discrete and Q is continuous"):
        kldocs.kl(poisson(2), normal(0, 1, name="Q"))


@pytest.mark.parametrize(
    "args",
    [
        ["--family", "normal", "--p", "mu=0, sigma=-1", "--q", "mu=0, sigma=1"],
        ["--family", "normal", "--p", "mu=0, sigma=1"],
        ["--family", "normal", "--p", "0, 1", "--q", "0, 1", "--normalize"],
        ["--family", "poisson", "--p", "2", "--q-family", "normal", "--q", "0, 1"],
        ["--q-family", "normal", "--p", "0.5 0.5", "--q", "0.5 0.5"],
    ],
)
def test_bad_family_options_are_one_line_and_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from kldocs.cli import main

    assert main(["compute", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("kldocs: error: ") and captured.err.count("\n") == 1


# --- exact values ---------------------------------------------------------------------------------


def test_the_textbook_values_are_exact() -> None:
    assert kldocs.kl(normal(0, 1), normal(1, 1)).exact == Fraction(1, 2)
    half = ExactValue.number(Fraction(1, 2))
    log_two_pi = ExactValue.log(2).scale(Fraction(1, 2)) + ExactValue.from_logs(kldocs.LogSum.log_pi()).scale(
        Fraction(1, 2)
    )
    assert kldocs.entropy(normal(3, 1)).exact == half + log_two_pi
    assert kldocs.entropy(exponential(1)).exact == 1
    assert kldocs.kl(uniform(0, 1), uniform(-1, 1)).exact == ExactValue.log(2)
    assert kldocs.kl(poisson(2), poisson(2)).exact == 0


def test_a_differential_entropy_can_be_negative() -> None:
    assert kldocs.entropy(normal(0, "1/10")).exact.sign() < 0  # type: ignore[union-attr]
    assert kldocs.entropy(uniform(0, "1/2")).exact == -ExactValue.log(2)


def test_the_closed_form_comes_from_the_named_derivation() -> None:
    r = kldocs.kl(exponential(1), exponential(2))
    assert (r.method, r.derivation) == ("closed form", "exponential_kl")
    assert r.text() == "1 - log(2)"


@settings(max_examples=25, deadline=None, derandomize=True)
@given(REAL, POSITIVE, REAL, POSITIVE)
def test_kl_is_cross_entropy_minus_entropy_exactly_for_normals(m1: Any, s1: Any, m2: Any, s2: Any) -> None:
    P, Q = normal(m1, s1), normal(m2, s2, name="Q")
    assert kldocs.kl(P, Q).exact == kldocs.cross_entropy(P, Q).exact - kldocs.entropy(P).exact  # type: ignore[operator]


@settings(max_examples=20, deadline=None, derandomize=True)
@given(UNIT, UNIT)
def test_kl_is_cross_entropy_minus_entropy_exactly_for_geometric(p1: Any, p2: Any) -> None:
    P, Q = geometric(p1), geometric(p2, name="Q")
    assert kldocs.kl(P, Q).exact == kldocs.cross_entropy(P, Q).exact - kldocs.entropy(P).exact  # type: ignore[operator]


@settings(max_examples=20, deadline=None, derandomize=True)
@given(UNIT, UNIT)
def test_bernoulli_closed_forms_equal_the_finite_definition(p1: Any, p2: Any) -> None:
    P, Q = bernoulli(p1), bernoulli(p2, name="Q")
    for measure in ("kl", "cross_entropy"):
        assert closed_form_value(measure, P, Q) == family_measure(measure, P, Q).exact
    assert closed_form_value("entropy", P) == kldocs.entropy(P).exact


@settings(max_examples=10, deadline=None, derandomize=True)
@given(st.integers(1, 30), UNIT, UNIT)
def test_binomial_closed_form_equals_the_finite_sum(n: int, p1: Any, p2: Any) -> None:
    P, Q = binomial(n, p1), binomial(n, p2, name="Q")
    closed = kldocs.kl(P, Q)
    assert closed.method == "closed form"
    finite = kldocs.kl(P.to_distribution(), Q.to_distribution())
    assert closed.exact == finite.exact


@settings(max_examples=15, deadline=None, derandomize=True)
@given(POSITIVE, POSITIVE)
def test_exponential_values_match_quadrature(l1: Any, l2: Any) -> None:
    a, b = mpmath.mpf(l1.numerator) / l1.denominator, mpmath.mpf(l2.numerator) / l2.denominator
    kl = mpmath.quad(lambda x: a * mpmath.exp(-a * x) * (mpmath.log(a / b) - (a - b) * x), [0, mpmath.inf])
    assert float(kldocs.kl(exponential(l1), exponential(l2))) == pytest.approx(float(kl), rel=1e-12, abs=1e-15)


# --- support -------------------------------------------------------------------------------------


def test_support_mismatch_is_infinite_and_says_where() -> None:
    r = kldocs.kl(uniform(0, 2), uniform(0, 1, name="Q"))
    assert not r.is_finite and r.method == "support"
    assert "has none outside [0, 1]" in r.reason
    assert kldocs.kl(uniform(0, 1), uniform(0, 2, name="Q")).exact == ExactValue.log(2)
    s = kldocs.kl(poisson(2), binomial(5, "1/2", name="Q"))
    assert not s.is_finite and "k = 6" in s.reason
    back = kldocs.kl(binomial(5, "1/2"), poisson(2, name="Q"))
    assert back.is_finite and back.method == "finite sum"


def test_jeffreys_says_which_direction_is_infinite() -> None:
    r = kldocs.jeffreys(uniform(0, 1), uniform(0, 2, name="Q"))
    assert not r.is_finite and r.reason.startswith("D_KL(Q||P) is infinite")


def test_a_zero_in_a_finite_family_is_explained_like_a_zero_in_q() -> None:
    r = kldocs.kl(bernoulli("1/2"), bernoulli(0, name="Q"))
    assert not r.is_finite and "but 0 in Q" in r.reason


# --- certified numerics ----------------------------------------------------------------------------


def jsd_quad_term(p: Any, q: Any) -> Any:
    """The JSD's integrand (or summand) at densities ``p`` and ``q``."""
    m = (p + q) / 2
    return (p * mpmath.log(p / m) if p else 0) / 2 + (q * mpmath.log(q / m) if q else 0) / 2


def jsd_quad(f: Any, g: Any, points: list[Any]) -> Any:
    return mpmath.quad(lambda x: jsd_quad_term(f(x), g(x)), points)


def test_normal_jsd_is_certified_and_matches_quadrature() -> None:
    r = kldocs.jsd(normal(0, 1), normal(1, 2, name="Q"))
    assert r.method == "integral" and r.exact is None and r.text() == ""
    truth = jsd_quad(lambda x: mpmath.npdf(x, 0, 1), lambda x: mpmath.npdf(x, 1, 2), [-mpmath.inf, 0, 1, mpmath.inf])
    assert r.decimal(15) == mpmath.nstr(truth, 15, min_fixed=-8, max_fixed=8, strip_zeros=False)


@pytest.mark.parametrize("rate", [70, 1000])
def test_a_poisson_jsd_sums_past_a_mode_beyond_the_first_terms(rate: int) -> None:
    """Poisson(rate) against Poisson(1) barely overlap, so the JSD is ln 2 to ten digits; the tail bound of
    the first 64 terms once held before the mode and gave half of it (or no digits at all)."""
    with mpmath.workdps(30):
        mass = lambda k, mean: mpmath.exp(k * mpmath.log(mean) - mean - mpmath.loggamma(k + 1))  # noqa: E731
        truth = mpmath.fsum(jsd_quad_term(mass(k, rate), mass(k, 1)) for k in range(rate * 3 + 60))
        assert kldocs.jsd(poisson(rate), poisson(1, name="Q")).decimal(10) == mpmath.nstr(truth, 10)


def test_a_poisson_rate_past_the_series_bound_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A rate of 10^60 would take 4 * 10^60 terms of the cross-entropy: refused in one line, not summed."""
    from kldocs.cli import main

    assert main(["compute", "--family", "poisson", "--p", "lambda=1e60", "--q", "lambda=1"]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("kldocs: error: value: ") and captured.err.count("\n") == 1


def test_a_narrow_normal_against_a_wide_one_is_integrated_piece_by_piece() -> None:
    """Sigma 1/10 against 1: one window would be bisected for minutes before it found the narrow peak."""
    r = kldocs.jsd(normal("1/10", "1/10"), normal(1, 1, name="Q"))
    with mpmath.workdps(30):
        f = lambda x: mpmath.npdf(x, mpmath.mpf(1) / 10, mpmath.mpf(1) / 10)  # noqa: E731
        truth = jsd_quad(f, lambda x: mpmath.npdf(x, 1, 1), [-mpmath.inf, -0.3, 0, 0.1, 0.2, 0.5, 1, mpmath.inf])
        assert r.decimal(8) == mpmath.nstr(truth, 8, strip_zeros=False)


@pytest.mark.parametrize(("narrow", "wide"), [(("0", "1/1000"), ("0", "1")), (("5", "1/7"), ("-3", "9/2"))])
def test_a_very_narrow_normal_inside_a_wide_one_is_certified_to_25_digits(
    narrow: tuple[str, str], wide: tuple[str, str]
) -> None:
    """Where the wide density dominates, log(p + q) is written around q: the branch cut stays away from the line."""
    r = kldocs.jsd(normal(*narrow), normal(*wide, name="Q"))
    with mpmath.workdps(40):
        (a, b), (c, d) = (
            (mpmath.mpf(Fraction(x).numerator) / Fraction(x).denominator for x in pair) for pair in (narrow, wide)
        )
        points = sorted(
            {*(a + k * b for k in range(-12, 13)), *(c + k * d for k in range(-12, 13)), -mpmath.inf, mpmath.inf}
        )
        truth = jsd_quad(lambda x: mpmath.npdf(x, a, b), lambda x: mpmath.npdf(x, c, d), points)
        assert r.decimal(25) == mpmath.nstr(truth, 25, strip_zeros=False)


@pytest.mark.parametrize(
    ("first", "second", "overlap"),
    [
        (normal("1e40", "1e-40"), normal(0, 1, name="Q"), mpmath.mpf(0)),  # minutes of bisection before
        (normal(50, 1), normal(0, 2, name="Q"), mpmath.sqrt(mpmath.mpf(4) / 5) * mpmath.exp(-mpmath.mpf(2500) / 20)),
        (exponential(1), exponential("1e40", name="Q"), 2 * mpmath.mpf(10) ** 20 / (1 + mpmath.mpf(10) ** 40)),
    ],
)
def test_densities_that_barely_overlap_have_a_jsd_within_their_bhattacharyya_coefficient_of_log_2(
    first: Any, second: Any, overlap: Any
) -> None:
    """log 2 - JSD lies between 0 and int sqrt(p q); where that is below the working precision, no integral."""
    r = kldocs.jsd(first, second)
    for digits in (6, 25):
        shown = mpmath.mpf(r.decimal(digits))
        with mpmath.workdps(40):
            slack = mpmath.mpf(10) ** (1 - digits)
            assert math.log(2) - float(overlap) - float(slack) <= shown <= mpmath.log(2) + slack


def test_the_jsd_of_two_normals_is_between_log_2_minus_their_overlap_and_log_2() -> None:
    pairs: list[tuple[tuple[int, str], tuple[int, str]]] = [
        ((0, "1"), (3, "1")),
        ((0, "1/3"), (1, "2")),
        ((-2, "5"), (4, "1/2")),
    ]
    for (a, b), (c, d) in pairs:
        r = kldocs.jsd(normal(a, b), normal(c, d, name="Q"))
        s, t = (mpmath.mpf(Fraction(x).numerator) / Fraction(x).denominator for x in (b, d))
        overlap = mpmath.sqrt(2 * s * t / (s**2 + t**2)) * mpmath.exp(-((a - c) ** 2) / (4 * (s**2 + t**2)))
        assert mpmath.log(2) - overlap < mpmath.mpf(r.decimal(15)) < mpmath.log(2)


def test_a_stop_inside_the_certified_integral_is_passed_on_as_itself() -> None:
    """python-flint turns an exception raised in the integrand into a chain of SystemErrors."""
    import flint

    from kldocs.families.numerical import integral

    class Stop(BaseException):
        pass

    calls = []

    def stopped(x: Any, analytic: bool) -> Any:
        calls.append(x)
        if len(calls) == 3:
            raise Stop
        return x.exp()

    with pytest.raises(Stop):
        integral(stopped, flint.arb(0), flint.arb(1))
    with pytest.raises(ZeroDivisionError):
        integral(lambda x, analytic: 1 / 0, flint.arb(0), flint.arb(1))


def test_exponential_jsd_matches_quadrature() -> None:
    r = kldocs.jsd(exponential(1), exponential(3, name="Q"))
    truth = jsd_quad(lambda x: mpmath.exp(-x), lambda x: 3 * mpmath.exp(-3 * x), [0, 1, mpmath.inf])
    assert r.decimal(12) == mpmath.nstr(truth, 12, strip_zeros=False)


def test_poisson_entropy_series_matches_mpmath() -> None:
    r = kldocs.entropy(poisson("7/2"))
    lam = mpmath.mpf(7) / 2

    def term(k: Any) -> Any:
        log_p = k * mpmath.log(lam) - lam - mpmath.loggamma(k + 1)
        return -mpmath.exp(log_p) * log_p

    truth = mpmath.nsum(term, [0, mpmath.inf])
    assert r.method == "series" and r.decimal(15) == mpmath.nstr(truth, 15, strip_zeros=False)


def test_poisson_jsd_and_geometric_jsd_are_certified_series() -> None:
    r = kldocs.jsd(geometric("1/2"), geometric("1/3", name="Q"))

    def pmf(p: Any, k: Any) -> Any:
        return (1 - p) ** (k - 1) * p

    def term(k: Any) -> Any:
        a, b = pmf(mpmath.mpf(1) / 2, k), pmf(mpmath.mpf(1) / 3, k)
        m = (a + b) / 2
        return a * mpmath.log(a / m) / 2 + b * mpmath.log(b / m) / 2

    assert r.decimal(12) == mpmath.nstr(mpmath.nsum(term, [1, mpmath.inf]), 12, strip_zeros=False)


def test_uniform_jsd_is_exact_through_the_cells() -> None:
    r = kldocs.jsd(uniform(0, 1), uniform(0, 2, name="Q"))
    assert r.method == "cells"
    truth = jsd_quad(lambda x: 1 if x <= 1 else 0, lambda x: mpmath.mpf(1) / 2, [0, 1, 2])
    assert r.decimal(20) == mpmath.nstr(truth, 20, strip_zeros=False)


def test_identical_distributions_have_zero_jsd() -> None:
    assert kldocs.jsd(normal(0, 1), normal(0, 1, name="Q")).exact == 0


def test_bits_of_a_value_with_a_rational_part_are_certified_with_an_exact_quotient() -> None:
    r = kldocs.kl(normal(0, 1), normal(1, 1), base=2)
    assert r.exact is None and r.text() == "(1/2)/log(2)"
    assert r.decimal(10) == mpmath.nstr(mpmath.mpf(1) / 2 / mpmath.log(2), 10)


# --- functions of a parameter ---------------------------------------------------------------------


def test_bernoulli_kl_as_a_function_has_its_minimum_where_p_equals_q() -> None:
    r = kldocs.kl(bernoulli("theta"), bernoulli("1/3", name="Q"))
    assert r.curve is not None and r.curve.domain == (0, 1)
    point, value = r.curve.minimum  # type: ignore[misc]
    assert point == Fraction(1, 3) and value == 0


def test_normal_kl_in_the_mean_is_a_parabola_with_its_minimum_at_the_other_mean() -> None:
    import sympy

    r = kldocs.kl(normal("theta", 1), normal(2, 3, name="Q"))
    assert r.curve is not None
    theta = r.curve.symbol
    assert sympy.simplify(r.curve.derivative - (theta - 2) / 9) == 0
    point, value = r.curve.minimum  # type: ignore[misc]
    assert point == 2 and sympy.simplify(value - (sympy.log(3) + sympy.Rational(1, 18) - sympy.Rational(1, 2))) == 0


def test_the_variable_ranges_where_every_parameter_is_in_range() -> None:
    r = kldocs.kl(normal(0, "theta - 1"), normal(0, 1, name="Q"))
    assert r.curve is not None and r.curve.domain == (1, None)
    c = kldocs.kl(categorical("theta, 1/4, 3/4 - theta"), categorical("1/4, 1/4, 1/2", name="Q"))
    assert c.curve is not None and c.curve.domain == (0, Fraction(3, 4))
    assert c.curve.minimum[0] == Fraction(1, 4)  # type: ignore[index]


def test_a_jsd_of_a_variable_is_not_computed_and_says_why() -> None:
    r = kldocs.jsd(normal("theta", 1), normal(0, 1, name="Q"))
    assert not r.available and r.reason.startswith("the Jensen-Shannon divergence of normal distributions has no")
    entropy = kldocs.cross_entropy(binomial(5, "theta"), binomial(5, "1/2", name="Q"))
    assert entropy.reason.startswith("the cross-entropy of binomial distributions has no closed form")


def test_compute_json_keeps_its_shape_for_families(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from kldocs.cli import main

    assert main(["compute", "--family", "normal", "--p", "mu=0, sigma=1", "--q", "mu=1, sigma=1", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert set(found) == {
        "base",
        "family",
        "p",
        "q",
        "labels",
        "normalized",
        "measures",
        "unit",
        "digits",
        "js_distance",
    }
    assert found["p"] == {"mu": "0", "sigma": "1"} and found["labels"] == []
    kl = found["measures"]["kl_pq"]
    assert kl["value"] == "0.5000000000" and kl["exact"] == "1/2" and kl["finite"] is True
    assert found["measures"]["jsd"]["exact"] is None and found["measures"]["jsd"]["method"] == "integral"
    assert found["measures"]["kl_pq"]["method"] == "closed form" and found["measures"]["jsd"]["how"].startswith(
        "certified"
    )


@pytest.mark.parametrize(
    "family",
    [
        ["--family", "poisson", "--p", "2", "--q", "3"],
        ["--family", "uniform", "--p", "0, 2", "--q", "0, 1"],
        ["--family", "poisson", "--p", "2", "--q-family", "binomial", "--q", "n=6, p=1/2"],
        ["--family", "normal", "--p", "theta, 1", "--q", "0, 1"],
    ],
)
def test_family_json_has_every_key_of_finite_json_with_its_meaning(
    capsys: pytest.CaptureFixture[str], family: list[str]
) -> None:
    import json

    from kldocs.cli import main

    assert main(["compute", "--p", "0.2 0.8", "--q", "0.5 0.5", "--json", "--base", "2", "--digits", "6"]) == 0
    finite = json.loads(capsys.readouterr().out)
    assert main(["compute", *family, "--json", "--base", "2", "--digits", "6"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert set(finite) <= set(found)
    assert (found["unit"], found["digits"]) == ("bits", 6)
    for key, measure in found["measures"].items():
        assert set(finite["measures"][key]) <= set(measure), key
        assert measure["unit"] == "bits"
        assert (measure["infinite"] is None) == measure["finite"], key
        if not measure["finite"]:
            assert measure["value"] == "inf" and measure["infinite"]["reason"] == measure["note"]
    jsd = found["measures"]["jsd"]["value"]
    if jsd is None:
        assert found["js_distance"] is None
    else:
        assert math.isclose(float(found["js_distance"]) ** 2, float(jsd), rel_tol=1e-4)


# --- multivariate normal --------------------------------------------------------------------------


def mvn_kl(m1: Any, s1: Any, m2: Any, s2: Any) -> float:
    """The textbook formula (Rasmussen and Williams 2006, A.23), in floating point."""
    import numpy as np

    a, b = np.array(s1, dtype=float), np.array(s2, dtype=float)
    d = np.array(m2, dtype=float) - np.array(m1, dtype=float)
    inverse = np.linalg.inv(b)
    return float((np.trace(inverse @ a) + d @ inverse @ d - len(d) + np.log(np.linalg.det(b) / np.linalg.det(a))) / 2)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(REAL, REAL, POSITIVE, st.fractions(-1, 1, max_denominator=4), POSITIVE, REAL, POSITIVE, POSITIVE)
def test_the_two_dimensional_closed_form_matches_the_matrix_formula(
    a: Any, b: Any, s11: Any, rho: Any, s22: Any, c: Any, t11: Any, t22: Any
) -> None:
    from hypothesis import assume

    s12 = rho * min(s11, s22) * Fraction(9, 10)
    assume(s11 * s22 - s12**2 > 0)
    P = kldocs.families.mvnormal([a, b], [[s11, s12], [s12, s22]])
    Q = kldocs.families.mvnormal([c, 0], [[t11, 0], [0, t22]], name="Q")
    expected = mvn_kl((a, b), [[s11, s12], [s12, s22]], (c, 0), [[t11, 0], [0, t22]])
    assert float(kldocs.kl(P, Q)) == pytest.approx(expected, rel=1e-9, abs=1e-12)
    assert kldocs.kl(P, Q).exact == kldocs.cross_entropy(P, Q).exact - kldocs.entropy(P).exact  # type: ignore[operator]


def mvn_cross_entropy(m1: Any, s1: Any, m2: Any, s2: Any) -> float:
    """``H(N_1, N_2) = (d log(2 pi) + log det S2 + tr(S2^-1 S1) + d^T S2^-1 d) / 2``, in floating point."""
    import numpy as np

    a, b = np.array(s1, dtype=float), np.array(s2, dtype=float)
    d = np.array(m2, dtype=float) - np.array(m1, dtype=float)
    inverse = np.linalg.inv(b)
    return float((len(d) * np.log(2 * np.pi) + np.log(np.linalg.det(b)) + np.trace(inverse @ a) + d @ inverse @ d) / 2)


def mvn_entropy(s: Any) -> float:
    """``h(N) = (d log(2 pi e) + log det S) / 2``, in floating point."""
    import numpy as np

    matrix = np.array(s, dtype=float)
    return float((len(matrix) * np.log(2 * np.pi * np.e) + np.log(np.linalg.det(matrix))) / 2)


#: A covariance in three dimensions as ``L L^T``: positive definite whatever the entries of ``L`` (diagonal > 0).
FACTORS = st.tuples(POSITIVE, REAL, POSITIVE, REAL, REAL, POSITIVE)


def _covariance(factor: tuple[Fraction, ...]) -> list[list[Fraction]]:
    l11, l21, l22, l31, l32, l33 = factor
    zero = Fraction(0)
    rows = [[l11, zero, zero], [l21, l22, zero], [l31, l32, l33]]
    return [[sum((rows[i][k] * rows[j][k] for k in range(3)), Fraction(0)) for j in range(3)] for i in range(3)]


@settings(max_examples=15, deadline=None, derandomize=True)
@given(st.tuples(REAL, REAL, REAL), FACTORS, st.tuples(REAL, REAL, REAL), FACTORS)
def test_the_three_dimensional_closed_forms_match_the_textbook_formulas(
    m1: tuple[Fraction, ...], f1: tuple[Fraction, ...], m2: tuple[Fraction, ...], f2: tuple[Fraction, ...]
) -> None:
    s1, s2 = _covariance(f1), _covariance(f2)
    P, Q = kldocs.families.mvnormal(list(m1), s1), kldocs.families.mvnormal(list(m2), s2, name="Q")
    assert float(kldocs.kl(P, Q)) == pytest.approx(mvn_kl(m1, s1, m2, s2), rel=1e-9, abs=1e-12)
    assert float(kldocs.cross_entropy(P, Q)) == pytest.approx(mvn_cross_entropy(m1, s1, m2, s2), rel=1e-9)
    assert float(kldocs.entropy(P)) == pytest.approx(mvn_entropy(s1), rel=1e-9, abs=1e-12)
    assert kldocs.kl(P, Q).exact == kldocs.cross_entropy(P, Q).exact - kldocs.entropy(P).exact  # type: ignore[operator]


def test_a_full_covariance_in_three_dimensions_comes_from_its_own_derivation() -> None:
    P = kldocs.families.mvnormal([0, 0, 0], [[2, 1, 0], [1, 2, 1], [0, 1, 2]])
    Q = kldocs.families.mvnormal([1, 0, 0], var=[1, 1, 1], name="Q")
    found = family_measure("kl", P, Q)
    assert found.derivation == "multivariate_normal_3d_kl" and found.exact is not None
    assert found.exact.text() == "2 - log(2)"  # (tr = 6, quadratic form 1, det 4 against 1): (6 + 1 - 3 - log 4)/2
    assert family_measure("kl", Q, Q).derivation == "gaussian, additivity"  # two diagonal ones add up coordinates


def test_a_diagonal_covariance_in_three_dimensions_adds_up_the_coordinates() -> None:
    P = kldocs.families.mvnormal([0, 0, 0], var=[1, 2, 3])
    Q = kldocs.families.mvnormal([1, 0, 0], var=[1, 1, 1], name="Q")
    expected = mvn_kl((0, 0, 0), [[1, 0, 0], [0, 2, 0], [0, 0, 3]], (1, 0, 0), [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
    r = kldocs.kl(P, Q)
    assert r.text() == "2 - 1/2*log(2) - 1/2*log(3)" and float(r) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("mean=[0, 0], cov=[[1, 2], [2, 1]]", "P.cov: is not positive definite"),
        ("mean=[0, 0], cov=[[1, 0], [1, 1]]", "P.cov: is not symmetric: entry (2, 1) is 1 but (1, 2) is 0"),
        ("mean=[0, 0, 0], cov=[[1, 0], [0, 1]]", "P.cov: must be 3 x 3, as the mean has 3 entries"),
        (
            "mean=[0, 0, 0, 0], cov=[[2, 1, 0, 0], [1, 2, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]",
            "P.cov: a full covariance is derived in two and three dimensions; in 4 give a diagonal one (var=[...])",
        ),
        ("mean=[0, 0], var=[1, -1]", "P.cov: is not positive definite: the determinant of its first 2 rows"),
    ],
)
def test_bad_covariances_are_named(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_family("mvnormal", text)
    assert str(caught.value).startswith(message)


def test_mismatched_dimensions_are_refused() -> None:
    with pytest.raises(InputError, match="Q: has dimension 3 but P has dimension 2"):
        kldocs.kl(kldocs.families.mvnormal([0, 0], var=[1, 1]), kldocs.families.mvnormal([0, 0, 0], var=[1, 1, 1]))


def test_categorical_distributions_over_different_numbers_of_categories_are_refused() -> None:
    with pytest.raises(InputError, match="Q: has 3 categories but P has 2"):
        kldocs.kl(kldocs.families.categorical("1/2, 1/2"), kldocs.families.categorical("1/3, 1/3, 1/3", name="Q"))


def test_a_family_value_prints_like_a_finite_one_with_how_it_was_found() -> None:
    exact = kldocs.kl(kldocs.normal(0, 1), kldocs.normal(1, 2))
    assert str(exact) == "D_KL(P‖Q) = −1/4 + ln 2 ≈ 0.443147 nats (closed form, derived and checked)"
    certified = kldocs.jsd(kldocs.normal(0, 1), kldocs.normal(1, 2))
    assert str(certified) == f"JSD(P,Q) ≈ {certified.decimal(6)} nats (certified numerical integration)"
    infinite = kldocs.kl(kldocs.uniform(0, 2), kldocs.uniform(0, 1))
    assert str(infinite) == f"D_KL(P‖Q) = ∞: {infinite.reason}" and "[0, 1]" in infinite.reason


def test_the_multivariate_normal_is_made_from_the_package_like_the_other_families() -> None:
    P = kldocs.mvnormal([0, 0], [["1", "1/2"], ["1/2", 2]])
    r = kldocs.kl(P, kldocs.mvnormal([0, 0], var=[1, 1], name="Q"))
    assert r.text() == kldocs.kl(P, kldocs.families.mvnormal([0, 0], var=[1, 1], name="Q")).text()
    assert float(r) == pytest.approx(0.5 - 0.5 * mpmath.log(mpmath.mpf(7) / 4), rel=1e-12)


def test_a_float_array_against_a_family_is_one_error_naming_it() -> None:
    import numpy as np

    with pytest.raises(InputError, match=r"^P: a float array cannot be compared with a parametric family"):
        kldocs.kl(np.array([0.5, 0.5]), kldocs.bernoulli("1/3"))  # type: ignore[call-overload]  # a list beside a family: not in the overloads


def test_the_reverse_direction_names_the_log_of_its_own_model() -> None:
    P, Q = uniform(0, 1), uniform(0, 2, name="Q")
    back = kldocs.kl(Q, P)
    assert "there log p(x) is minus infinity" in back.reason and "log q" not in back.reason
    gap = kldocs.kl(poisson(2, name="Q"), binomial(5, "1/2", name="P"))
    assert "log p(6) is minus infinity" in gap.reason


def test_the_jsd_of_multivariate_normals_is_certified_in_any_dimension(capsys: pytest.CaptureFixture[str]) -> None:
    P, Q = kldocs.mvnormal([0, 0], var=[1, 1]), kldocs.mvnormal([1, 0], var=[2, 1], name="Q")
    divergence = kldocs.jsd(P, Q)
    assert divergence.method == "integral" and divergence.certified is not None
    assert divergence.description == "certified numerical integration"
    with pytest.raises(ValueError, match="no exact form"):
        divergence.to_sympy()
    args = ["compute", "--family", "mvnormal", "--p", "mean=[0, 0], var=[1, 1]", "--q", "mean=[1, 0], var=[2, 1]"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "values marked (certified numerical integration) have no exact form; their digits are certified" in out
    assert main([*args, "--json", "--digits", "30"]) == 0
    shown = json.loads(capsys.readouterr().out)["measures"]["jsd"]
    assert shown["method"] == "integral" and shown["exact"] is None and "error" not in shown
    assert shown["value"] == divergence.decimal(30) and len(shown["value"].replace("0.", "", 1).lstrip("0")) == 30
    eight = kldocs.mvnormal([0] * 8, var=[1] * 8), kldocs.mvnormal([1] + [0] * 7, var=[2] + [1] * 7, name="Q")
    assert kldocs.jsd(*eight).decimal(20) == divergence.decimal(20)  # coordinates that agree add nothing


def test_a_density_s_entropy_is_h_and_an_unbounded_support_is_open_at_infinity(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kldocs.cli import main

    uniform_entropy, poisson_entropy = kldocs.entropy(uniform(0, 2)), kldocs.entropy(poisson(2))
    assert str(uniform_entropy).startswith("h(P) = ") and "h(P)" in uniform_entropy._repr_latex_()
    assert str(poisson_entropy).startswith("H(P) ")
    assert exponential(1).support().latex() == r"[0, \infty)" and exponential(1).support().text() == "[0, inf)"
    assert main(["compute", "--family", "exponential", "--p", "1", "--q", "2"]) == 0
    out = capsys.readouterr().out
    assert "h(P) and h(Q) are differential entropies" in out
    assert main(["compute", "--family", "exponential", "--p", "1", "--q-family", "uniform", "--q", "0, 1"]) == 0
    out = capsys.readouterr().out
    assert "has density on [0, inf)" in out and "h(P) and h(Q) are differential entropies" in out
