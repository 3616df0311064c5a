"""The JSD of multivariate normals by numerical integration, against independent computations."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from benchmarks.families import scipy_jsd
from kldocs.families.estimated import Estimated
from kldocs.families.multivariate_normal import MultivariateNormal
from kldocs.families.quadrature import mvnormal_jsd


def mvn(text: str, name: str = "P") -> MultivariateNormal:
    made = MultivariateNormal.from_text(text, name)
    assert isinstance(made, MultivariateNormal)
    return made


FULL = [
    ("mean=[0, 0], cov=[[1, 1/2], [1/2, 2]]", "mean=[1, 0], var=[1, 1]"),
    ("mean=[1/3, -2], cov=[[7/5, -3/4], [-3/4, 9/2]]", "mean=[-1/2, -1], cov=[[2, 1/3], [1/3, 5/7]]"),
    ("mean=[0, 0], cov=[[1, 9/10], [9/10, 1]]", "mean=[0, 1], var=[1/4, 1]"),
]


@pytest.mark.parametrize(("p", "q"), FULL)
def test_a_full_covariance_jsd_agrees_with_scipy_adaptive_quadrature_in_the_original_coordinates(
    p: str, q: str
) -> None:
    P, Q = mvn(p), mvn(q, "Q")
    estimate = mvnormal_jsd(P, Q)
    assert estimate.error < 1e-10
    assert estimate.value == pytest.approx(scipy_jsd(P, Q), abs=1e-8)


@pytest.mark.parametrize(
    ("p", "q", "one_p", "one_q"),
    [
        ("mean=[0, 5], var=[1, 3]", "mean=[1, 5], var=[4, 3]", (0, 1), (1, 2)),
        ("mean=[2, 0], var=[1/4, 1]", "mean=[0, 0], var=[1, 1]", (2, "1/2"), (0, 1)),
        ("mean=[0, 0, 1], var=[1, 2, 1]", "mean=[0, 0, -1], var=[1, 2, 1/9]", (1, 1), (-1, "1/3")),
    ],
)
def test_independent_coordinates_that_agree_leave_the_certified_one_dimensional_jsd(
    p: str, q: str, one_p: tuple[object, object], one_q: tuple[object, object]
) -> None:
    estimate = mvnormal_jsd(mvn(p), mvn(q, "Q"))
    certified = kldocs.jsd(kldocs.normal(*one_p), kldocs.normal(*one_q, name="Q"))
    assert abs(estimate.value - float(certified)) <= 10 * estimate.error
    assert estimate.error < 1e-7
    # Only digits the estimate supports are shown, and they are the certified value's.
    digits = estimate.digits
    assert estimate.decimal(40) == estimate.decimal(digits) and digits < 17
    assert estimate.decimal(digits - 1) == certified.decimal(digits - 1)


def test_a_narrow_normal_inside_a_wide_one_is_resolved() -> None:
    estimate = mvnormal_jsd(mvn("mean=[0, 0], var=[1/16, 1]"), mvn("mean=[0, 0], var=[1, 1]", "Q"))
    certified = kldocs.jsd(kldocs.normal(0, "1/4"), kldocs.normal(0, 1, name="Q"))
    assert abs(estimate.value - float(certified)) <= 10 * estimate.error and estimate.error < 1e-6


ENTRY = st.fractions(Fraction(-2), Fraction(2), max_denominator=7)


@settings(max_examples=12, deadline=None)
@given(ENTRY, ENTRY, ENTRY, st.fractions(Fraction(1, 4), Fraction(3), max_denominator=5))
def test_the_jsd_is_symmetric_bounded_and_unchanged_by_a_shear_of_both(
    shear: Fraction, shift: Fraction, mean: Fraction, variance: Fraction
) -> None:
    cov_p = np.array([[Fraction(1), Fraction(1, 3)], [Fraction(1, 3), variance]], dtype=object)
    cov_q = np.array([[Fraction(2), Fraction(0)], [Fraction(0), Fraction(1)]], dtype=object)
    A = np.array([[Fraction(1), shear], [Fraction(0), Fraction(1)]], dtype=object)

    def made(mean_: list[Fraction], cov: np.ndarray, name: str) -> MultivariateNormal:
        return MultivariateNormal(tuple(mean_), tuple(tuple(row) for row in cov), name=name)

    P, Q = made([Fraction(0), Fraction(0)], cov_p, "P"), made([mean, Fraction(1)], cov_q, "Q")
    moved = [A.dot(np.array(d.mean, dtype=object)) + np.array([shift, -shift]) for d in (P, Q)]
    P2, Q2 = (made(list(m), A.dot(c).dot(A.T), n) for m, c, n in zip(moved, (cov_p, cov_q), "PQ", strict=True))
    forward, backward, sheared = mvnormal_jsd(P, Q), mvnormal_jsd(Q, P), mvnormal_jsd(P2, Q2)
    assert 0 < forward.value < math.log(2)
    tolerance = 10 * (forward.error + backward.error + sheared.error)
    assert abs(forward.value - backward.value) <= tolerance
    assert abs(forward.value - sheared.value) <= tolerance


def test_an_estimate_shows_no_digit_its_error_does_not_support() -> None:
    assert Estimated(0.123456, 4e-4).decimal(10) == "0.123"
    assert Estimated(0.5, 0.3).decimal(10) == "0.5"  # at least one digit, with the error said beside it
    assert Estimated(1.25e-7, 1e-13).decimal(3) == "1.25e-7"
