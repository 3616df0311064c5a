"""The float path (NumPy float arrays): differential tests against SciPy and mpmath at 50 digits.

The references take the float64 inputs as exact binary numbers. When P and
Q nearly agree the float path computes sum(p log(p/q) - p + q), which equals
KL for inputs that sum to exactly 1; the inputs here sum to 1 only up to
rounding (about 1e-16), so those cases are compared with that form.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction

import mpmath
import numpy as np
import pytest
import scipy.special
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.spatial.distance import jensenshannon

import kldocs
from kldocs import Quantity, parse_distribution
from kldocs.errors import InputError
from kldocs.inputs import DistributionLike

SEEDS = range(12)


# --- references -----------------------------------------------------------------------------------------


def mp_kl(p: np.ndarray, q: np.ndarray, generalized: bool = False) -> float:
    """sum p ln(p/q) (plus sum(q - p) when generalized) at 50 digits; inf on a support failure."""
    with mpmath.workdps(50):
        total = mpmath.mpf(0)
        for a, b in zip(p.tolist(), q.tolist(), strict=True):
            if a > 0 and b == 0:
                return math.inf
            if a > 0:
                total += mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b))
            if generalized:
                total += mpmath.mpf(b) - mpmath.mpf(a)
        return float(total)


def mp_entropy(p: np.ndarray) -> float:
    with mpmath.workdps(50):
        return float(-sum((mpmath.mpf(a) * mpmath.log(a) for a in p.tolist() if a > 0), mpmath.mpf(0)))


def mp_cross_entropy(p: np.ndarray, q: np.ndarray) -> float:
    with mpmath.workdps(50):
        total = mpmath.mpf(0)
        for a, b in zip(p.tolist(), q.tolist(), strict=True):
            if a > 0:
                if b == 0:
                    return math.inf
                total -= mpmath.mpf(a) * mpmath.log(b)
        return float(total)


def mp_jsd(p: np.ndarray, q: np.ndarray, generalized: bool = False) -> float:
    m = 0.5 * (p + q)  # the mixture as the float path forms it (exact: p + q rounds, halving does not)
    return 0.5 * mp_kl(p, m, generalized) + 0.5 * mp_kl(q, m, generalized)


def close(value: float, reference: float, rel: float = 1e-12, absolute: float = 1e-15) -> bool:
    if math.isinf(reference):
        return value == reference
    return abs(value - reference) <= rel * abs(reference) + absolute


def random_distribution(rng: np.random.Generator, n: int, zeros: float = 0.0) -> np.ndarray:
    p = rng.gamma(0.7, size=n)
    if zeros:
        p[rng.random(n) < zeros] = 0.0
        if not p.any():
            p[0] = 1.0
    return p / p.sum()


def near(rng: np.random.Generator, p: np.ndarray, relative: float = 1e-9) -> np.ndarray:
    q = p * (1 + relative * rng.standard_normal(p.size))
    return q / q.sum()


# --- differential tests ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_kl_matches_scipy_and_mpmath(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for n in (2, 3, 10, 50):
        p, q = random_distribution(rng, n), random_distribution(rng, n)
        value = kldocs.kl(p, q)
        assert value.exact is None
        result = float(value)
        assert result >= 0.0 and not math.isnan(result)
        assert close(result, mp_kl(p, q), rel=1e-12)
        assert close(result, float(scipy.special.rel_entr(p, q).sum()), rel=1e-10)
        assert close(result, float(scipy.stats.entropy(p, q)), rel=1e-10)


@pytest.mark.parametrize("seed", SEEDS)
def test_entropy_cross_entropy_jeffreys_jsd_match(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    for n in (2, 5, 40):
        p, q = random_distribution(rng, n, zeros=0.2), random_distribution(rng, n)
        H = float(kldocs.entropy(p))
        assert close(H, mp_entropy(p))
        assert close(H, float(scipy.stats.entropy(p)), rel=1e-12)
        cross = float(kldocs.cross_entropy(p, q))
        assert close(cross, mp_cross_entropy(p, q))
        assert close(cross, float(scipy.stats.entropy(p) + scipy.stats.entropy(p, q)), rel=1e-10)
        J = float(kldocs.jeffreys(p, q))
        assert close(J, mp_kl(p, q) + mp_kl(q, p), rel=1e-12)  # inf exactly when P has a zero (Q has none)
        assert math.isinf(J) == bool((p == 0).any())
        js = float(kldocs.jsd(p, q))
        assert close(js, mp_jsd(p, q), rel=1e-11)
        assert close(js, float(jensenshannon(p, q)) ** 2, rel=1e-9)
        assert 0.0 <= js <= math.log(2)


@pytest.mark.parametrize("seed", SEEDS)
def test_near_identical_distributions(seed: int) -> None:
    rng = np.random.default_rng(200 + seed)
    for n in (2, 7, 30, 200):
        p = random_distribution(rng, n)
        q = near(rng, p)
        for a, b in ((p, q), (q, p)):
            result = float(kldocs.kl(a, b))
            assert result >= 0.0 and not math.isnan(result)
            reference = mp_kl(a, b, generalized=True)
            assert 0 < reference < 1e-15
            assert close(result, reference, rel=1e-10, absolute=0.0)  # full relative accuracy at ~1e-19
            assert close(result, mp_kl(a, b), rel=0.0, absolute=1e-15)  # and the plain sum, to 1e-15
        js = float(kldocs.jsd(p, q))
        assert js >= 0.0 and not math.isnan(js)
        assert close(js, mp_jsd(p, q, generalized=True), rel=1e-9, absolute=1e-30)
        J = float(kldocs.jeffreys(p, q))
        assert J >= 0.0
        assert close(J, mp_kl(p, q, True) + mp_kl(q, p, True), rel=1e-9, absolute=0.0)


@pytest.mark.parametrize("relative", [1e-3, 1e-6, 1e-12, 1e-15])
def test_closeness_at_other_scales(relative: float) -> None:
    rng = np.random.default_rng(7)
    p = random_distribution(rng, 25)
    q = near(rng, p, relative)
    result = float(kldocs.kl(p, q))
    assert result >= 0.0
    assert close(result, mp_kl(p, q, generalized=True), rel=1e-8, absolute=1e-300)
    assert close(result, mp_kl(p, q), rel=1e-8, absolute=1e-15)


def test_identical_arrays_give_zero() -> None:
    p = random_distribution(np.random.default_rng(3), 20)
    assert float(kldocs.kl(p, p.copy())) == 0.0
    assert float(kldocs.jsd(p, p.copy())) == 0.0
    assert float(kldocs.jeffreys(p, p.copy())) == 0.0


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=12).flatmap(
        lambda n: st.tuples(
            st.lists(st.floats(min_value=0, max_value=1e6, allow_subnormal=True), min_size=n, max_size=n),
            st.lists(st.floats(min_value=1e-300, max_value=1e6), min_size=n, max_size=n),
        )
    )
)
def test_float_results_are_never_negative_or_nan(lists: tuple[list[float], list[float]]) -> None:
    p, q = np.array(lists[0]), np.array(lists[1])
    if p.sum() == 0 or not np.isfinite(p.sum()):
        return
    p, q = p / p.sum(), q / q.sum()
    for value in (kldocs.kl(p, q), kldocs.kl(q, p), kldocs.jeffreys(p, q), kldocs.jsd(p, q), kldocs.entropy(p)):
        result = float(value)
        assert not math.isnan(result)
        assert result >= 0.0
        assert math.copysign(1.0, result) == 1.0  # no -0.0
    assert float(kldocs.jsd(p, q)) <= math.log(2)
    reference = mp_kl(p, q, generalized=True)
    assert close(float(kldocs.kl(p, q)), reference, rel=1e-9, absolute=1e-15)


# --- zeros, support failures, subnormals ----------------------------------------------------------------------


def test_zeros_in_p() -> None:
    p = np.array([0.5, 0.0, 0.25, 0.0, 0.25])
    q = np.array([0.2, 0.2, 0.2, 0.2, 0.2])
    assert close(float(kldocs.kl(p, q)), mp_kl(p, q))
    assert close(float(kldocs.kl(p, q)), float(scipy.stats.entropy(p, q)), rel=1e-12)
    assert float(kldocs.entropy(p)) == pytest.approx(1.5 * math.log(2), rel=1e-15)
    assert math.isinf(float(kldocs.kl(q, p)))
    assert close(float(kldocs.jsd(p, q)), mp_jsd(p, q))
    terms = kldocs.kl(p, q).terms()
    assert [t.status for t in terms] == ["finite", "zero", "finite", "zero", "finite"]


def test_support_failure_gives_inf() -> None:
    p = np.array([0.5, 0.5, 0.0])
    q = np.array([1.0, 0.0, 0.0])
    for value in (kldocs.kl(p, q), kldocs.cross_entropy(p, q), kldocs.jeffreys(p, q), kldocs.jeffreys(q, p)):
        assert float(value) == math.inf
        assert not value.is_finite
        assert value.decimal(5) == "inf"
    assert float(kldocs.kl(q, p)) == pytest.approx(math.log(2), rel=1e-15)
    js = kldocs.jsd(p, q)
    assert js.is_finite
    assert close(float(js), mp_jsd(p, q))
    infinite = [t for t in kldocs.kl(p, q).terms() if t.status == "infinite"]
    assert [t.label for t in infinite] == ["x2"]
    assert "'x2'" in infinite[0].reason()


@pytest.mark.parametrize(
    ("p", "q"),
    [
        ([1e-310, 0.5, 0.5], [0.25, 0.25, 0.5]),
        ([0.25, 0.25, 0.5], [1e-310, 0.5, 0.5]),
        ([1e-310, 0.5, 0.5], [3e-310, 0.5, 0.5]),
        ([5e-324, 0.5, 0.5], [0.5, 5e-324, 0.5]),
        ([0.5, 0.5, 0.0], [1e-310, 1.0, 0.0]),
        ([1e-300, 1e-305, 1.0], [1e-305, 1e-300, 1.0]),
    ],
)
def test_subnormal_probabilities(p: list[float], q: list[float]) -> None:
    a, b = np.array(p), np.array(q)
    for first, second in ((a, b), (b, a)):
        result = float(kldocs.kl(first, second))
        reference = mp_kl(first, second)
        assert math.isfinite(result) and result >= 0.0
        assert close(result, reference, rel=1e-13, absolute=1e-300)
        assert close(float(kldocs.cross_entropy(first, second)), mp_cross_entropy(first, second), rel=1e-13)
    assert close(float(kldocs.entropy(a)), mp_entropy(a), rel=1e-13, absolute=1e-300)
    assert close(float(kldocs.jsd(a, b)), mp_jsd(a, b), rel=1e-12, absolute=1e-300)
    assert math.isfinite(float(kldocs.jeffreys(a, b)))


# --- float path against the exact path -----------------------------------------------------------------------------


EXACT_VS_FLOAT: dict[str, Callable[[DistributionLike, DistributionLike], Quantity]] = {
    "entropy": lambda p, q: kldocs.entropy(p),
    "cross_entropy": kldocs.cross_entropy,
    "kl": kldocs.kl,
    "reverse_kl": lambda p, q: kldocs.kl(q, p),
    "jeffreys": kldocs.jeffreys,
    "jsd": kldocs.jsd,
}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("measure", sorted(EXACT_VS_FLOAT))
def test_float_path_agrees_with_exact_path(seed: int, measure: str) -> None:
    rng = np.random.default_rng(300 + seed)
    n = int(rng.integers(2, 12))
    P = parse_distribution([int(w) for w in rng.integers(0, 20, size=n)] + [1], normalize=True)
    Q = parse_distribution([int(w) for w in rng.integers(0, 20, size=n)] + [1], name="Q", normalize=True)
    exact = EXACT_VS_FLOAT[measure](P, Q)
    approximate = EXACT_VS_FLOAT[measure](P.as_array(), Q.as_array())
    assert exact.exact is not None and approximate.exact is None
    assert exact.is_finite == approximate.is_finite
    assert close(float(approximate), float(exact), rel=1e-12, absolute=1e-15)
    # an exact P with a float Q takes the float path too
    mixed = EXACT_VS_FLOAT[measure](P.as_array() if measure == "entropy" else P, Q.as_array())
    assert mixed.exact is None
    assert close(float(mixed), float(exact), rel=1e-12, absolute=1e-15)


def test_float_quantity_has_no_exact_form() -> None:
    value = kldocs.kl(np.array([0.2, 0.5, 0.3]), np.array([0.3, 0.4, 0.3]))
    assert value.exact is None
    assert value.approximate == float(value)
    assert round(float(value), 10) == 0.030478754
    assert value.decimal(6) == "0.0304788"
    with pytest.raises(ValueError, match="float path"):
        value.text()
    with pytest.raises(ValueError):
        value.latex()
    with pytest.raises(ValueError):
        value.to_sympy()


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_float_terms_add_up(seed: int) -> None:
    rng = np.random.default_rng(seed)
    p, q = random_distribution(rng, 8, zeros=0.3), random_distribution(rng, 8)
    assert (p == 0).any()
    for value in (
        kldocs.kl(p, q),
        kldocs.entropy(p),
        kldocs.cross_entropy(p, q),
        kldocs.jsd(p, q),
        kldocs.jsd(q, p),
        kldocs.jeffreys(p, q),
    ):
        terms = value.terms()
        assert len(terms) == 8
        if value.is_finite:
            assert math.fsum(float(t.value) for t in terms) == pytest.approx(float(value), rel=1e-12, abs=1e-15)
        else:
            assert any(t.status == "infinite" for t in terms)
        for term in terms:
            assert isinstance(term.value, float)
            if term.status == "zero":  # the 0 log 0 convention: p = 0 and the term really adds nothing
                assert term.p == 0 and term.value == 0.0
            elif term.p == 0 and value.measure in ("kl", "entropy", "cross_entropy"):
                pytest.fail(f"{value.measure} term {term.label} with p = 0 is {term.status}")


# --- base change -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("base", "unit"), [("2", "bits"), ("10", "bans"), ("3/2", "base-3/2 units"), ("e", "nats")])
def test_base_change_on_the_float_path(base: str, unit: str) -> None:
    rng = np.random.default_rng(5)
    p, q = random_distribution(rng, 6), random_distribution(rng, 6)
    log_b = 1.0 if base == "e" else math.log(Fraction(base))
    for measure in (kldocs.kl, kldocs.cross_entropy, kldocs.jeffreys, kldocs.jsd):
        nats, other = measure(p, q), measure(p, q, base=base)
        assert other.unit == unit
        assert float(other) == pytest.approx(float(nats) / log_b, rel=1e-15)
    assert float(kldocs.entropy(p, base=base)) == pytest.approx(float(scipy.stats.entropy(p)) / log_b, rel=1e-13)
    if base in ("2", "10"):
        assert float(kldocs.kl(p, q, base=base)) == pytest.approx(
            float(scipy.stats.entropy(p, q, base=float(base))), rel=1e-12
        )
        assert float(kldocs.jsd(p, q, base=base)) == pytest.approx(
            float(jensenshannon(p, q, base=float(base))) ** 2, rel=1e-9
        )
    assert float(kldocs.jsd(np.array([1.0, 0.0]), np.array([0.0, 1.0]), base="2")) == pytest.approx(1.0, rel=1e-15)


@pytest.mark.parametrize("method", ["decimal", "sqrt_decimal", "half_decimal"])
def test_a_float_value_refuses_more_digits_than_a_double_holds(method: str) -> None:
    value = kldocs.jsd(np.array([0.5, 0.5]), np.array([0.25, 0.75]))
    assert len(getattr(value, method)(15).replace("0.", "").lstrip("0")) <= 15
    with pytest.raises(InputError, match=r"^digits: a value computed in floating point holds about 15"):
        getattr(value, method)(16)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=30), min_size=2, max_size=5).filter(lambda w: sum(w) > 0),
    st.integers(min_value=2, max_value=8),
)
def test_half_of_jeffreys_is_the_same_on_both_paths(weights: list[int], digits: int) -> None:
    P = parse_distribution(weights, normalize=True)
    Q = parse_distribution(list(reversed(weights)), name="Q", normalize=True)
    p, q = P.as_array(), Q.as_array()
    half = (scipy.stats.entropy(p, q) + scipy.stats.entropy(q, p)) / 2
    for shown in (kldocs.jeffreys(P, Q).half_decimal(digits), kldocs.jeffreys(p, q).half_decimal(digits)):
        if math.isinf(half):
            assert shown == "inf"
        else:
            assert float(shown) == pytest.approx(half, rel=10.0 ** (1 - digits), abs=1e-12)
            assert len(shown.lstrip("0.").replace(".", "")) == digits or float(shown) == 0
