"""The bulk enclosure of ``sum n ln(a)`` over many large atoms: always contains the value, and is tight.

The reference is mpmath at 60 digits, independent of flint and of the split
``a = t 2^s + d`` the bulk code uses.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from fractions import Fraction

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from kldocs import parse_distribution
from kldocs.exact import limbs
from kldocs.exact.bulk import BULK_MIN, Bulk, bulk_log_ball
from kldocs.exact.logsum import BULK_BITS, LogSum, working_precision
from kldocs.exact.rounding import certified_decimal
from kldocs.measures.entropy import entropy_nats
from kldocs.measures.jensen_shannon import _mixture_entropy, mixture


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
            atom = rng.randrange(2, 2**13)  # left to the arb loop
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
    assert left == {a for a in numerators if a < 2**13 or a >= 2**63}  # numerators of any size are summed
    assert contains(ball, mp_sum(numerators, set(numerators) - left))
    scale = sum(abs(n) for a, n in numerators.items() if a not in left)
    assert float(ball.rad()) <= scale * 2.0**-55


def test_few_atoms_are_left_to_the_arb_loop() -> None:
    assert bulk_log_ball({2**40 + k: 1 for k in range(BULK_MIN - 1)}) is None
    assert bulk_log_ball({k: 1 for k in range(2, 2**13)}) is None  # all below 2^13


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


# --- sums that hold their many large atoms as arrays (Bulk) ---------------------------------------------------------


def as_dict(pairs: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Per-atom totals of ``(atom, numerator)`` pairs, zeros dropped: the plain-Python reference."""
    totals: dict[int, int] = {}
    for atom, n in pairs:
        totals[atom] = totals.get(atom, 0) + n
    return {a: n for a, n in totals.items() if n}


@st.composite
def bulks(draw: st.DrawFn) -> Bulk:
    atoms = draw(st.lists(st.integers(2**20, 2**63 - 1), min_size=1, max_size=40, unique=True))
    size = draw(st.sampled_from([2**20, 2**61]))  # room to add, or close to the int64 limit
    numerators = draw(st.lists(st.integers(-size, size).filter(bool), min_size=len(atoms), max_size=len(atoms)))
    multiplier = draw(st.one_of(st.integers(-12, 12), st.integers(-(10**30), 10**30)).filter(bool))
    order = np.argsort(atoms)
    return Bulk(np.array(atoms)[order], np.array(numerators)[order], multiplier)


@settings(max_examples=200, deadline=None)
@given(bulks(), bulks(), st.integers(-(2**70), 2**70).filter(bool), st.booleans())
def test_bulk_sums_and_scalings_agree_with_plain_python(first: Bulk, other: Bulk, factor: int, same: bool) -> None:
    scaled = first.scaled(factor)
    assert as_dict(scaled.items()) == {a: n * factor for a, n in as_dict(first.items()).items()}
    # Over the same atoms the numerators are added; over others the bulks stay apart.
    numerators = np.resize(other.numerators, len(first))
    second = Bulk(first.atoms, numerators, other.multiplier) if same else other
    total = first.plus(second)
    if not np.array_equal(first.atoms, second.atoms):
        assert total is None
        return
    common = math.gcd(first.multiplier, second.multiplier)
    needed = sum(int(abs(b.numerators).max()) * abs(b.multiplier // common) for b in (first, second))
    assert (total is None) == (needed >= 2**62)  # refused only when int64 numerators might not hold the sum
    if total is not None:
        assert as_dict(total.items()) == as_dict([*first.items(), *second.items()])
        assert (total.numerators != 0).all()


def many_large_logs(seed: int, count: int = 30_000) -> tuple[np.ndarray, np.ndarray]:
    """A NumPy input long enough for the array route: ``count`` terms over about a third as many large integers."""
    rng = np.random.default_rng(seed)
    distinct = rng.integers(2**24, 2**50, count // 3)
    return rng.choice(distinct, count), rng.integers(-(10**6), 10**6, count)


def test_a_sum_built_from_many_large_integers_holds_them_in_bulk_and_keeps_its_value() -> None:
    integers, weights = many_large_logs(1)
    logs = LogSum.sum_of_logs(integers, weights, Fraction(3, 7))
    assert logs._bulk and not logs._numerators  # every integer is above the sieve
    reference = as_dict(zip(integers.tolist(), weights.tolist(), strict=True))
    assert len(logs) == len(reference)
    with mpmath.workdps(60):
        expected = mp_sum(reference) * 3 / 7
        for digits in (15, 40):  # through the bulk enclosure, then arb logarithms one by one
            shown = certified_decimal(logs.ball, digits)
            assert shown is not None
            assert abs(mpmath.mpf(shown) - expected) <= abs(expected) * mpmath.mpf(10) ** (1 - digits)


def test_arithmetic_on_bulk_sums_is_exact() -> None:
    integers, weights = many_large_logs(2)
    first = LogSum.sum_of_logs(integers, weights)
    other_integers, other_weights = many_large_logs(3)
    second = LogSum.sum_of_logs(
        np.concatenate((integers[:50], other_integers)), np.concatenate((weights[:50], other_weights))
    )
    assert (first - first).is_zero()
    assert (first * 3 / 3) == first
    assert (first + second - second) == first
    assert (first + second) == (second + first)
    shared = LogSum.log(int(integers[0])) * 5  # an atom of the bulk, also in the dictionary
    assert (first + shared - first) == shared
    assert not (first + shared).is_zero()
    assert (first * Fraction(1, 2)).sign() == first.sign()
    assert not (first * 0)._bulk and (first * 0).is_zero()


def test_bulk_numerators_too_large_for_int64_are_kept_as_parts_of_their_own() -> None:
    integers, weights = many_large_logs(4)
    first = LogSum.sum_of_logs(integers, weights * (2**30))
    second = LogSum.sum_of_logs(integers[::-1], weights * (2**30)) * Fraction(2**40 + 1, 7)
    total = first + second
    assert len(total._bulk) == 2  # one array could not hold both
    assert (total - second) == first


def test_integers_beyond_int64_are_held_in_object_arrays_and_enclosed() -> None:
    rng = random.Random(5)
    integers = tuple(rng.randrange(2**64, 2**100) for _ in range(25_000))
    weights = tuple(-a for a in integers)  # as in an entropy: sum a ln a
    logs = LogSum.sum_of_logs(integers, weights, Fraction(1, 3))
    (part,) = logs._bulk
    assert part.atoms.dtype == object and len(part) == len(integers)
    expected = mp_sum(as_dict(zip(integers, weights, strict=True))) / 3
    for digits in (15, 40):
        shown = certified_decimal(logs.ball, digits)
        assert shown is not None
        assert abs(mpmath.mpf(shown) - expected) <= abs(expected) * mpmath.mpf(10) ** (1 - digits)
    assert (logs - logs).is_zero()  # only the exact terms can say so: the balls never shrink to 0


def test_the_jsd_of_distributions_with_large_weights_agrees_with_mpmath() -> None:
    # Weights up to 10^12: the mixture's numerators pass 64 bits and are held as limbs.
    rng = np.random.default_rng(6)
    P, Q = (parse_distribution(rng.integers(1, 10**12, 30_000), normalize=True) for _ in range(2))
    assert _mixture_entropy(P, Q)._bulk[0].atoms.shape == (30_000, 2)
    with mpmath.workdps(40):
        p = [mpmath.mpf(int(w)) / int(P.integer_weights[1]) for w in P.integer_weights[0]]
        q = [mpmath.mpf(int(v)) / int(Q.integer_weights[1]) for v in Q.integer_weights[0]]
        terms = (a * mpmath.log(2 * a / (a + b)) + b * mpmath.log(2 * b / (a + b)) for a, b in zip(p, q, strict=True))
        expected = mpmath.fsum(terms) / 2
        assert kldocs.jsd(P, Q).decimal(20) == mpmath.nstr(expected, 20, strip_zeros=False)


def as_limbs(integers: Iterable[int]) -> np.ndarray:
    rows = [[n >> limbs.LOW_BITS, n & (2**limbs.LOW_BITS - 1)] for n in integers]
    return np.array(rows, dtype=np.int64).reshape(-1, 2)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 2**62 - 1), st.integers(0, 2**62 - 1)), min_size=1, max_size=30),
    st.integers(0, 2**62 - 1),
    st.integers(0, 2**62 - 1),
    st.integers(0, 62),
)
def test_limbs_hold_weighted_sums_exactly(pairs: list[tuple[int, int]], a: int, b: int, shrink: int) -> None:
    first = np.array([w >> shrink for w, _ in pairs], dtype=np.int64)
    second = np.array([v >> shrink for _, v in pairs], dtype=np.int64)
    expected = [int(w) * a + int(v) * b for w, v in zip(first.tolist(), second.tolist(), strict=True)]
    mixed = limbs.combined(first, a, second, b)
    if int(first.max()) * a + int(second.max()) * b >= limbs.LIMIT:
        assert mixed is None
        return
    assert mixed is not None and limbs.as_ints(mixed) == expected
    assert (mixed[:, 1] >= 0).all() and (mixed[:, 1] < 2**limbs.LOW_BITS).all()
    assert sum(h.astype(object) * 2**s for h, s in limbs.halves(mixed)).tolist() == expected
    assert all(abs(int(h)) < 2**31 for piece, _ in limbs.halves(mixed) for h in piece)
    positive = [n for n in expected if n > 0]
    top, dropped = limbs.leading_bits(as_limbs(positive))
    for n, t, d in zip(positive, top.tolist(), dropped.tolist(), strict=True):
        assert t << d <= n < (t + 1) << d and t < 2**62 and (d == 0 or t >= 2**60)


@st.composite
def limb_numerators(draw: st.DrawFn) -> dict[int, int]:
    """Atoms up to 2^123 (some just below a power of two, some exactly t 2^s), numerators of either sign."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    bits = draw(st.sampled_from([40, 70, 100, 123]))
    numerators: dict[int, int] = {}
    while len(numerators) < 3000:
        kind = rng.random()
        if kind < 0.05:
            atom = 2 ** rng.randrange(21, bits + 1) - 1
        elif kind < 0.1:
            atom = rng.randrange(2**12, 2**13) << rng.randrange(8, bits - 13)
        else:
            atom = rng.randrange(2**20, 2**bits)
        numerators[atom] = rng.choice([-1, 1]) * rng.randrange(1, 2 ** rng.choice([10, 62, 100, 122]))
    return numerators


@settings(max_examples=25, deadline=None)
@given(limb_numerators())
def test_a_limbs_bulk_encloses_its_sum_about_as_tightly_as_64_bits(numerators: dict[int, int]) -> None:
    part = Bulk(as_limbs(numerators), as_limbs(numerators.values()), 3)
    assert dict(part.items()) == {a: 3 * n for a, n in numerators.items()}
    assert part.plus(part) is None  # limbs are never merged
    with working_precision(BULK_BITS):
        ball = part.ball()
    assert ball is not None
    assert contains(ball, mp_sum({a: 3 * n for a, n in numerators.items()}))
    assert float(ball.rad()) <= 3 * sum(abs(n) for n in numerators.values()) * 2.0**-55


def test_the_mixture_entropy_in_limbs_is_the_same_exact_value() -> None:
    rng = np.random.default_rng(8)
    weights = [rng.integers(1, 10**12, 25_000), rng.integers(0, 3, 25_000) * rng.integers(1, 10**12, 25_000)]
    P, Q = (parse_distribution(w, normalize=True) for w in weights)
    check_mixture_entropy(P, Q)
    # P's total 3 and Q's near 2^62: the mixture's weights 3v where P is 0, some small, and 2U + 3v beyond int64.
    w = np.zeros(25_000, dtype=np.int64)
    w[:2] = 2, 1
    v = np.where(np.arange(25_000) < 100, rng.integers(1, 1000, 25_000), rng.integers(17 * 10**13, 18 * 10**13, 25_000))
    v[-1] += int(v.sum()) % 3 == 0
    P, Q = parse_distribution(w, normalize=True), parse_distribution(v, normalize=True)
    check_mixture_entropy(P, Q)


def check_mixture_entropy(P: kldocs.Distribution, Q: kldocs.Distribution) -> None:
    in_limbs, as_python_integers = _mixture_entropy(P, Q), entropy_nats(mixture(P, Q))
    assert in_limbs._bulk[0].atoms.ndim == 2
    assert in_limbs == as_python_integers
    assert in_limbs != as_python_integers + LogSum.log(Fraction(2**70 + 1, 2**70))
    assert in_limbs.ball(BULK_BITS).overlaps(as_python_integers.ball(BULK_BITS))


def test_the_jsd_of_a_distribution_with_itself_is_exactly_0_and_one_changed_weight_is_not() -> None:
    weights = np.random.default_rng(9).integers(1, 10**14, 30_000)
    P = parse_distribution(weights, normalize=True)
    same = kldocs.jsd(P, parse_distribution(weights.copy(), name="Q", normalize=True))
    assert same.exact is not None and same.exact.is_zero() and same.decimal(15) == "0"
    changed = weights.copy()
    changed[7] += 1
    other = kldocs.jsd(P, parse_distribution(changed, name="Q", normalize=True))
    assert other.exact is not None and not other.exact.is_zero() and float(other) > 0


def test_the_js_distance_in_bits_of_thousands_of_categories_is_the_root_of_the_jsd() -> None:
    """The sign of a value in bits is settled by its ball: its exact sign (atoms made coprime) took a minute."""
    rng = np.random.default_rng(0)
    P, Q = (parse_distribution(rng.integers(1, 10**14, 2000), name=name, normalize=True) for name in "PQ")
    with mpmath.workdps(40):
        nats = mpmath.mpf(kldocs.jsd(P, Q).decimal(35))
        expected = mpmath.nstr(mpmath.sqrt(nats / mpmath.log(2)), 15, strip_zeros=False)
    assert kldocs.jsd(P, Q, base=2).sqrt_decimal(15) == expected
    exact = kldocs.jsd(P, Q, base=2).exact
    assert exact is not None
    with pytest.raises(ValueError, match="negative"):
        (-exact).sqrt_decimal(5)
