"""The bulk enclosure of ``sum n ln(a)`` over many large atoms: always contains the value, and is tight.

The reference is mpmath at 60 digits, independent of flint and of the split
``a = t 2^s + d`` the bulk code uses.
"""

from __future__ import annotations

import random
from fractions import Fraction

import mpmath
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs.exact.bulk import BULK_MIN, bulk_log_ball
from kldocs.exact.logsum import BULK_BITS, LogSum, working_precision
from kldocs.exact.rounding import certified_decimal


def mp_sum(numerators: dict[int, int], atoms: set[int] | None = None) -> mpmath.mpf:
    """``sum n ln(a)`` over ``atoms`` (all when None), from mpmath."""
    with mpmath.workdps(60):
        return mpmath.fsum(mpmath.mpf(n) * mpmath.log(a) for a, n in numerators.items() if atoms is None or a in atoms)


def contains(ball: object, value: mpmath.mpf) -> bool:
    with mpmath.workdps(60):
        middle = mpmath.mpf(ball.mid().str(40, radius=False))  # type: ignore[attr-defined]
        radius = mpmath.mpf(ball.rad().str(10, radius=False)) * (1 + mpmath.mpf(10) ** -8)  # type: ignore[attr-defined]
        return abs(value - middle) <= radius + abs(middle) * mpmath.mpf(10) ** -38


@st.composite
def many_atoms(draw: st.DrawFn) -> dict[int, int]:
    """Over BULK_MIN atoms: mostly large (up to int64), some small or beyond int64, numerators of any size."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    size_bits = draw(st.sampled_from([21, 33, 48, 60, 63]))
    big_numerators = draw(st.booleans())
    numerators: dict[int, int] = {}
    while len(numerators) < BULK_MIN + 1000:
        kind = rng.random()
        if kind < 0.03:
            atom = rng.randrange(2, 2**20)  # left to the arb loop
        elif kind < 0.05:
            atom = rng.randrange(2**63, 2**90)  # beyond int64: left out too
        elif kind < 0.08:
            atom = rng.randrange(2**12, 2**13) << rng.randrange(8, 50)  # exactly t 2^s: x = 0
        else:
            atom = rng.randrange(2**20, 2**size_bits)
        limit = 2**70 if big_numerators and rng.random() < 0.1 else 2**62
        numerators[atom] = rng.choice([-1, 1]) * rng.randrange(1, limit)
    return numerators


@settings(max_examples=25, deadline=None)
@given(many_atoms())
def test_the_bulk_ball_contains_the_sum_and_is_about_as_tight_as_64_bits(numerators: dict[int, int]) -> None:
    with working_precision(BULK_BITS):
        result = bulk_log_ball(numerators)
    assert result is not None
    ball, left = result
    assert left == {a for a, n in numerators.items() if a < 2**20 or a >= 2**63 or abs(n) >= 2**63}
    assert contains(ball, mp_sum(numerators, set(numerators) - left))
    scale = sum(abs(n) for a, n in numerators.items() if a not in left)
    assert float(ball.rad()) <= scale * 2.0**-55


def test_few_atoms_are_left_to_the_arb_loop() -> None:
    assert bulk_log_ball({2**40 + k: 1 for k in range(BULK_MIN - 1)}) is None
    assert bulk_log_ball({k: 1 for k in range(2, BULK_MIN + 100)}) is None  # all below 2^20


@pytest.mark.parametrize("digits", [15, 17, 30])
def test_a_sum_of_many_large_logs_rounds_as_mpmath_does(digits: int) -> None:
    # A mixture-like entropy: 5000 distinct 50-60 bit integers, then compared digit for digit.
    rng = random.Random(digits)
    weights = [rng.randrange(2**50, 2**60) for _ in range(5000)]
    total = sum(weights)
    logs = LogSum.sum_of_logs(weights, [-w for w in weights], Fraction(1, total), plus=LogSum.log(total))
    with mpmath.workdps(80):
        reference = mpmath.log(total) - mpmath.fsum(w * mpmath.log(w) for w in weights) / total
        expected = mpmath.nstr(reference, digits, strip_zeros=False)
    assert bulk_log_ball(logs._numerators) is not None  # the first, low-precision try goes through the bulk
    shown = certified_decimal(logs.ball, digits)
    assert shown is not None
    assert Fraction(shown) == Fraction(expected)
