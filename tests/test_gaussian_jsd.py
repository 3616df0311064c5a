"""The certified JSD of multivariate normals, against independent computations and its own properties."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import flint
import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from benchmarks.families import scipy_jsd
from kldocs.exact.rounding import ball_bounds, round_significant
from kldocs.families.gaussian_jsd import mvnormal_jsd
from kldocs.families.multivariate_normal import MultivariateNormal


def mvn(text: str, name: str = "P") -> MultivariateNormal:
    made = MultivariateNormal.from_text(text, name)
    assert isinstance(made, MultivariateNormal)
    return made


def _made(mean: Any, cov: Any, name: str) -> MultivariateNormal:
    return MultivariateNormal(tuple(mean), tuple(tuple(row) for row in cov), name=name)


def _mapped(d: MultivariateNormal, A: np.ndarray) -> MultivariateNormal:
    """The distribution of ``A x`` for ``x ~ d``."""
    cov = np.array(d.cov, dtype=object)
    return _made(A.dot(np.array(d.mean, dtype=object)), A.dot(cov).dot(A.T), d.name)


def _mpf(value: Any) -> mpmath.mpf:
    number = Fraction(value)
    return mpmath.mpf(number.numerator) / number.denominator


def mpmath_jsd_1d(P: MultivariateNormal, Q: MultivariateNormal) -> mpmath.mpf:
    """The definition integrated by mpmath (tanh-sinh, 40 digits) for one-dimensional normals."""
    with mpmath.workdps(40):
        (mp, vp), (mq, vq) = ((_mpf(d.mean[0]), _mpf(d.cov[0][0])) for d in (P, Q))
        p = lambda x: mpmath.npdf(x, mp, mpmath.sqrt(vp))  # noqa: E731
        q = lambda x: mpmath.npdf(x, mq, mpmath.sqrt(vq))  # noqa: E731

        def term(x: mpmath.mpf) -> mpmath.mpf:
            a, b = p(x), q(x)
            return (a * mpmath.log(2 * a / (a + b)) + b * mpmath.log(2 * b / (a + b))) / 2

        spread = 12 * mpmath.sqrt(max(vp, vq))
        return mpmath.quad(term, mpmath.linspace(min(mp, mq) - spread, max(mp, mq) + spread, 41))


@pytest.mark.parametrize(
    ("p", "q"),
    [
        ("mean=[0], var=[1]", "mean=[1], var=[1]"),
        ("mean=[1/3], var=[2/7]", "mean=[-2], var=[5]"),
        ("mean=[0], var=[1/100]", "mean=[0], var=[1]"),
    ],
)
def test_one_dimension_agrees_with_mpmath_quadrature_of_the_definition_to_30_digits(p: str, q: str) -> None:
    P, Q = mvn(p), mvn(q, "Q")
    expected = mpmath.nstr(mpmath_jsd_1d(P, Q), 30, strip_zeros=False)
    assert mvnormal_jsd(P, Q).decimal(30) == expected


@pytest.mark.parametrize(
    ("p", "q", "one_p", "one_q"),
    [
        ("mean=[0, 5], var=[1, 3]", "mean=[1, 5], var=[4, 3]", (0, 1), (1, 2)),
        ("mean=[2, 0], var=[1/4, 1]", "mean=[0, 0], var=[1, 1]", (2, "1/2"), (0, 1)),
        ("mean=[0, 0, 1], var=[1, 2, 1]", "mean=[0, 0, -1], var=[1, 2, 1/9]", (1, 1), (-1, "1/3")),
        ("mean=[0, 0, 0, 0, 0], var=[1, 2, 3, 4, 25]", "mean=[0, 0, 0, 0, 3], var=[1, 2, 3, 4, 1]", (0, 5), (3, 1)),
    ],
)
def test_coordinates_that_agree_leave_the_one_dimensional_jsd_certified_another_way_to_25_digits(
    p: str, q: str, one_p: tuple[object, object], one_q: tuple[object, object]
) -> None:
    # The one-dimensional JSD is integrated over the line by a separate certified method (numerical.py);
    # a shared shear gives both distributions a full covariance and leaves the JSD unchanged.
    P, Q = mvn(p), mvn(q, "Q")
    other = kldocs.jsd(kldocs.normal(*one_p), kldocs.normal(*one_q, name="Q"))
    assert other.method == "integral"
    assert mvnormal_jsd(P, Q).decimal(25) == other.decimal(25)
    if P.dimension <= 3:  # a full covariance is taken in up to three dimensions
        shear = np.array([[Fraction(int(i == j) + (i < j) * Fraction(1, 3)) for j in range(P.dimension)]
                          for i in range(P.dimension)], dtype=object)  # fmt: skip
        sheared = [_mapped(d, shear) for d in (P, Q)]
        assert not sheared[0].diagonal and not sheared[1].diagonal
        assert mvnormal_jsd(*sheared).decimal(25) == other.decimal(25)


FULL = [
    ("mean=[0, 0], cov=[[1, 1/2], [1/2, 2]]", "mean=[1, -1], cov=[[3, 1], [1, 1]]"),
    ("mean=[1/3, -2], cov=[[7/5, -3/4], [-3/4, 9/2]]", "mean=[-1/2, -1], cov=[[2, 1/3], [1/3, 5/7]]"),
    ("mean=[0, 0], cov=[[1, 9/10], [9/10, 1]]", "mean=[0, 1], var=[1/4, 1]"),
]


@pytest.mark.parametrize(("p", "q"), FULL)
def test_a_full_covariance_agrees_with_scipy_adaptive_quadrature_in_the_original_coordinates(p: str, q: str) -> None:
    P, Q = mvn(p), mvn(q, "Q")
    assert float(mvnormal_jsd(P, Q)) == pytest.approx(scipy_jsd(P, Q), abs=1e-9)


@pytest.mark.parametrize(("p", "q"), FULL)
def test_every_digit_shown_lies_inside_the_enclosure(p: str, q: str) -> None:
    value = mvnormal_jsd(mvn(p), mvn(q, "Q"))
    shown = Fraction(value.decimal(12))
    bounds = ball_bounds(value._guarded(72))
    assert bounds is not None
    low, high = bounds
    assert high - low < Fraction(1, 10**14)  # 72 bits settle 14 digits and more
    assert round_significant(low, 12) == round_significant(high, 12) == value.decimal(12)
    assert abs(shown - low) <= Fraction(1, 2 * 10**12)


ENTRY = st.fractions(Fraction(-2), Fraction(2), max_denominator=7)
VARIANCE = st.fractions(Fraction(1, 8), Fraction(4), max_denominator=8)


@settings(max_examples=12, deadline=None)
@given(ENTRY, ENTRY, ENTRY, ENTRY, VARIANCE, VARIANCE, st.integers(2, 3))
def test_the_jsd_is_bounded_symmetric_and_unchanged_by_an_affine_map_of_both(
    shear: Fraction, shift: Fraction, mean: Fraction, correlation: Fraction, first: Fraction, second: Fraction, d: int
) -> None:
    identity = np.array([[Fraction(int(i == j)) for j in range(d)] for i in range(d)], dtype=object)
    cov_p = identity.copy()
    cov_p[0, 0], cov_p[d - 1, d - 1] = first + Fraction(1, 4), first + 1
    cov_p[0, 1] = cov_p[1, 0] = correlation / 4
    cov_q = identity.copy()
    cov_q[d - 1, d - 1] = second
    A = identity.copy()
    A[0, d - 1], A[d - 1, 0] = shear, Fraction(1, 2)  # invertible: determinant 1 - shear/2 != 0 unless shear = 2
    if shear == 2:
        A[0, 0] = Fraction(3)
    mean_p, mean_q = np.array([Fraction(0)] * d, dtype=object), np.array([mean] + [Fraction(1)] * (d - 1), dtype=object)
    P, Q = _made(mean_p, cov_p, "P"), _made(mean_q, cov_q, "Q")
    moved = [A.dot(m) + shift for m in (mean_p, mean_q)]
    P2, Q2 = (_made(m, A.dot(c).dot(A.T), n) for m, c, n in zip(moved, (cov_p, cov_q), "PQ", strict=True))
    forward, backward, mapped = (mvnormal_jsd(*pair)._guarded(80) for pair in ((P, Q), (Q, P), (P2, Q2)))
    assert forward > 0 and forward < flint.arb(2).log()
    assert forward.overlaps(backward) and forward.overlaps(mapped)
    assert forward.rad() < 2.0**-60


@settings(max_examples=10, deadline=None)
@given(ENTRY, VARIANCE, ENTRY)
def test_the_jsd_of_a_distribution_with_itself_is_zero(
    mean: Fraction, variance: Fraction, correlation: Fraction
) -> None:
    spread = variance + Fraction(1, 4)  # above (correlation / 4)^2: positive definite
    P = mvn(f"mean=[{mean}, 1], cov=[[{spread}, {correlation / 4}], [{correlation / 4}, 1]]")
    Q = P.renamed("Q")
    assert isinstance(Q, MultivariateNormal)
    enclosure = mvnormal_jsd(P, Q)._guarded(96)
    assert enclosure.contains(0) and enclosure.rad() < 2.0**-80


def test_far_apart_the_jsd_is_log_2_and_a_tiny_shift_gives_a_tiny_jsd_to_full_relative_precision() -> None:
    far = mvnormal_jsd(mvn("mean=[0, 0, 0], var=[1, 1, 1]"), mvn("mean=[1000, 0, 0], var=[1, 1, 1]", "Q"))
    with mpmath.workdps(30):
        assert far.decimal(20) == mpmath.nstr(mpmath.log(2), 20)
    # A shift of 10^-6 in one coordinate of two unit normals: JSD = shift^2 / 8 - O(shift^4).
    tiny = mvnormal_jsd(mvn("mean=[0, 0], var=[1, 1]"), mvn("mean=[1/1000000, 0], var=[1, 1]", "Q"))
    assert tiny.decimal(6) == "1.25000e-13"
