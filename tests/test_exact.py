"""The exact core: canonical LogSums, ExactValue printing and certified rounding, prime grouping.

References are independent of kldocs: mpmath at high precision, SymPy's
factorint and Python's decimal module.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from fractions import Fraction
from typing import Any

import mpmath
import numpy as np
import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs import Base, ExactValue, LogSum, entropy, parse_distribution
from kldocs.errors import EvaluationError
from kldocs.exact import factor, round_significant

F = Fraction
SMALL_PRIMES = [2, 3, 5, 7, 11, 13, 97]

# --- helpers --------------------------------------------------------------------------------------


def mp_value(logs: LogSum, base: Fraction | None = None, dps: int = 130) -> mpmath.mpf:
    """The value of ``logs / ln(base)`` from mpmath, independently of flint."""
    with mpmath.workdps(dps):
        total = mpmath.mpf(0)
        for prime, c in logs.coefficients.items():
            total += mpmath.mpf(c.numerator) / c.denominator * mpmath.log(prime)
        if base is not None:
            total /= mpmath.log(mpmath.mpf(base.numerator) / base.denominator)
        return +total


def reference_rounding(x: mpmath.mpf, digits: int) -> Decimal:
    """``x`` rounded half-to-even to ``digits`` significant digits, from a 120-digit expansion."""
    exact = Decimal(mpmath.nstr(x, 120, min_fixed=1, max_fixed=0))
    exponent = exact.copy_abs().adjusted()
    with localcontext() as context:
        context.prec = 200
        return exact.quantize(Decimal(1).scaleb(exponent - digits + 1), rounding=ROUND_HALF_EVEN)


def significant_digits(text: str) -> int:
    """How many significant digits a kldocs decimal string shows.

    An integer without a point ("10", "123000") is ambiguous about its
    trailing zeros; they are not counted.
    """
    mantissa = text.lstrip("-").split("e")[0]
    if "." not in mantissa and "e" not in text:
        mantissa = mantissa.rstrip("0") or "0"
    digits = mantissa.replace(".", "")
    return len(digits.lstrip("0")) or len(digits)


def assert_shows_digits(text: str, digits: int) -> None:
    """The string shows exactly ``digits`` significant digits (at most, for a bare integer)."""
    if "." in text or "e" in text:
        assert significant_digits(text) == digits, text
    else:
        assert significant_digits(text) <= digits, text


def mp_exact(value: ExactValue, dps: int = 130) -> mpmath.mpf:
    """Any finite ExactValue evaluated by mpmath from its parts, independently of flint."""
    with mpmath.workdps(dps):
        total = mpmath.mpf(value.rational.numerator) / value.rational.denominator
        for base, logs in value.parts:
            total += mp_value(logs, base.value, dps)
        return +total


def assert_correctly_rounded(value: ExactValue, digits: int) -> None:
    assert value.is_finite
    shown = value.decimal(digits)
    reference = reference_rounding(mp_exact(value), digits)
    assert Decimal(shown) == reference, (shown, reference, digits)
    assert_shows_digits(shown, digits)


coefficients = st.dictionaries(
    st.sampled_from(SMALL_PRIMES),
    st.fractions(min_value=-20, max_value=20, max_denominator=12),
    min_size=1,
    max_size=5,
)
logsums = coefficients.map(LogSum)
nonzero_logsums = logsums.filter(lambda x: not x.is_zero())
bases = st.sampled_from([None, F(2), F(10), F(3, 2), F(4), F(6), F(8), F(7, 3)])


# --- LogSum: canonical form --------------------------------------------------------------------------


def test_log_is_canonical() -> None:
    assert LogSum.log(6) == LogSum.log(2) + LogSum.log(3)
    assert hash(LogSum.log(6)) == hash(LogSum.log(2) + LogSum.log(3))
    assert LogSum.log(F(5, 4)).coefficients == {2: F(-2), 5: F(1)}
    assert LogSum.log(F(5, 4)) == LogSum.log(5) - LogSum.log(4)
    assert LogSum.log(360) == LogSum({2: 3, 3: 2, 5: 1})
    assert LogSum.log(1).is_zero()
    assert LogSum.log(F(7, 7)) == LogSum()
    assert LogSum.log(6) != LogSum.log(2)
    assert LogSum.log(2) != LogSum.log(2) * F(1, 2)


def test_constructor_normalises() -> None:
    assert LogSum({2: 0, 3: 0}) == LogSum()
    assert LogSum({2: 0, 3: 0}).is_zero()
    assert LogSum({3: 1, 2: F(1, 2)}) == LogSum({2: F(2, 4), 3: F(3, 3)})
    assert list(LogSum({5: 1, 2: 1, 3: 1})) == [(2, F(1)), (3, F(1)), (5, F(1))]
    assert LogSum({2: F(1, 2)}).coefficients == {2: F(1, 2)}
    assert all(type(c) is Fraction for c in LogSum({2: 3}).coefficients.values())


def test_coefficients_is_a_copy() -> None:
    x = LogSum.log(12)
    copy = x.coefficients
    copy[2] = F(99)
    assert x.coefficients == {2: F(2), 3: F(1)}


def test_equal_values_hash_equal() -> None:
    values = {LogSum.log(6), LogSum.log(2) + LogSum.log(3), LogSum.log(12) - LogSum.log(2), LogSum.log(36) / 2}
    assert len(values) == 1
    table = {LogSum.log(F(1, 8)): "minus three ln 2"}
    assert table[LogSum.log(2) * -3] == "minus three ln 2"


@pytest.mark.parametrize("k", [1, 2, 10, 64, 1000])
def test_log_of_a_power(k: int) -> None:
    assert LogSum.log(2**k) == LogSum.log(2) * k
    difference = LogSum.log(2**k) - k * LogSum.log(2)
    assert difference.is_zero()
    assert difference.sign() == 0
    assert float(difference) == 0.0
    assert LogSum.log(F(1, 3**k)) == -k * LogSum.log(3)


def test_arithmetic() -> None:
    a, b = LogSum.log(F(2, 3)), LogSum.log(F(5, 4))
    kl = a / 5 + b / 2
    assert kl == LogSum({2: F(-4, 5), 3: F(-1, 5), 5: F(1, 2)})
    assert kl * 10 == LogSum({2: -8, 3: -2, 5: 5})
    assert 10 * kl == kl * 10
    assert kl * F(1, 2) == kl / 2
    assert -kl == LogSum({2: F(4, 5), 3: F(1, 5), 5: F(-1, 2)})
    assert kl - kl == LogSum()
    assert kl * 0 == LogSum()
    assert round(float(kl), 10) == 0.030478754


def test_arithmetic_stays_exact() -> None:
    x = LogSum.log(2)
    with pytest.raises(TypeError):
        x * 0.5  # type: ignore[operator]
    with pytest.raises(TypeError):
        x / 2.0  # type: ignore[operator]
    with pytest.raises(TypeError):
        x + 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        x - Fraction(1)  # type: ignore[operator]
    assert (x == 0.6931471805599453) is False


@pytest.mark.parametrize("x", [0, -1, F(-1, 2)])
def test_log_of_non_positive(x: int | Fraction) -> None:
    with pytest.raises(ValueError):
        LogSum.log(x)


def test_ratio() -> None:
    assert LogSum.log(8).ratio(LogSum.log(2)) == 3
    assert LogSum.log(F(1, 4)).ratio(LogSum.log(2)) == -2
    assert LogSum.log(F(9, 4)).ratio(LogSum.log(F(3, 2))) == 2
    assert LogSum.log(F(3, 2)).ratio(LogSum.log(F(9, 4))) == F(1, 2)
    assert LogSum.log(6).ratio(LogSum.log(2)) is None
    assert LogSum({2: 1, 3: 1}).ratio(LogSum({2: 1, 3: 2})) is None
    assert LogSum().ratio(LogSum.log(5)) == 0
    with pytest.raises(ZeroDivisionError):
        LogSum.log(5).ratio(LogSum())


@settings(max_examples=60, deadline=None)
@given(nonzero_logsums, logsums, st.fractions(min_value=-50, max_value=50, max_denominator=50).filter(bool))
def test_logsum_algebra(a: LogSum, b: LogSum, r: Fraction) -> None:
    assert a + b == b + a
    assert (a + b) - b == a
    assert hash((a + b) - b) == hash(a)
    assert a - a == LogSum()
    assert a + (-a) == LogSum()
    assert (a * r) / r == a
    assert a * 2 == a + a
    assert (a * r).ratio(a) == r
    assert (a * r).sign() == a.sign() * (1 if r > 0 else -1)
    expected = mp_value(a) + mp_value(b)
    assert math.isclose(float(a + b), float(expected), rel_tol=1e-15, abs_tol=1e-300)


@settings(max_examples=60, deadline=None)
@given(logsums)
def test_sign_and_float_agree_with_mpmath(x: LogSum) -> None:
    reference = mp_value(x)
    expected_sign = 0 if x.is_zero() else (1 if reference > 0 else -1)
    assert x.sign() == expected_sign
    # float() is the correctly rounded double: the nearest one to the 130-digit reference.
    assert float(x) == float(reference)


# --- LogSum: certified signs of tiny values --------------------------------------------------------------


@pytest.mark.parametrize("k", [20, 30, 50])
def test_sign_of_log_just_above_and_below_one(k: int) -> None:
    above = LogSum.log(F(10**k + 1, 10**k))
    below = LogSum.log(F(10**k - 1, 10**k))
    assert above.sign() == 1
    assert below.sign() == -1
    assert (above + below).sign() == -1  # ln(1 - 10**(-2k)) < 0
    with mpmath.workdps(3 * k + 30):
        assert float(above) == float(mpmath.log1p(mpmath.mpf(10) ** -k))
        assert float(below) == float(mpmath.log1p(-(mpmath.mpf(10) ** -k)))


def test_sign_of_a_tiny_difference_built_from_logs() -> None:
    """3 ln 2 - ln 8 cancels exactly; what is left is ln(1 + 10**-30), positive."""
    tiny = LogSum.log(F(10**30 + 1, 10**30))
    value = LogSum.log(2) * 3 - LogSum.log(8) + tiny
    assert value == tiny
    assert value.sign() == 1
    assert (LogSum.log(8) - LogSum.log(2) * 3 - tiny).sign() == -1
    # k ln 2 against ln(2**k + 1): differ by ln(1 + 2**-k), about 1e-30 for k = 100.
    close = LogSum.log(2**100 + 1) - LogSum.log(2) * 100
    assert close.sign() == 1
    assert 0 < float(close) < 1e-29


def log2_3_convergents(count: int) -> list[tuple[int, int]]:
    """Convergents p/q of log2(3): p ln 2 - q ln 3 is tiny and alternates in sign."""
    with mpmath.workdps(400):
        x = mpmath.log(3) / mpmath.log(2)
        terms = []
        for _ in range(count):
            a = int(mpmath.floor(x))
            terms.append(a)
            x = 1 / (x - a)
    convergents = []
    p0, q0, p1, q1 = 1, 0, terms[0], 1
    convergents.append((p1, q1))
    for a in terms[1:]:
        p0, q0, p1, q1 = p1, q1, a * p1 + p0, a * q1 + q0
        convergents.append((p1, q1))
    return convergents


def test_signs_of_near_cancellations_agree_with_mpmath() -> None:
    signs = []
    for p, q in log2_3_convergents(40)[3:]:
        value = LogSum({2: p, 3: -q})
        with mpmath.workdps(400):
            reference = p * mpmath.log(2) - q * mpmath.log(3)
            assert abs(reference) < 1 / q  # a good approximation: |p - q log2 3| < 1/q
            assert value.sign() == (1 if reference > 0 else -1)
            assert float(value) == float(reference)
        signs.append(value.sign())
    assert set(signs) == {-1, 1}  # convergents approach from both sides


# --- ExactValue ---------------------------------------------------------------------------------------------


REFERENCE_KL = LogSum.log(F(2, 3)) / 5 + LogSum.log(F(5, 4)) / 2


def test_reference_value_prints() -> None:
    value = ExactValue.from_logs(REFERENCE_KL)
    assert value.text() == "-4/5*log(2) - 1/5*log(3) + 1/2*log(5)"
    assert value.latex() == r"-\frac{4}{5} \ln 2 - \frac{1}{5} \ln 3 + \frac{1}{2} \ln 5"
    assert value.decimal(9) == "0.0304787540"
    assert value.decimal(6) == "0.0304788"
    assert value.decimal(1) == "0.03"
    assert value.to_sympy() == -sympy.Rational(4, 5) * sympy.log(2) - sympy.log(3) / 5 + sympy.log(5) / 2
    assert value.is_finite and not value.is_zero()
    assert value.sign() == 1


@settings(max_examples=50, deadline=None)
@given(logsums, bases)
def test_text_is_sympy_parsable_and_equals_to_sympy(logs: LogSum, base: Fraction | None) -> None:
    value = ExactValue.from_logs(logs, Base(base))
    parsed = sympy.sympify(value.text())
    exact = value.to_sympy()
    assert parsed == exact or sympy.simplify(parsed - exact) == 0
    if logs.is_zero():
        assert exact == 0
        return
    assert sympy.N(exact, 40) == pytest.approx(float(mp_value(logs, base)), rel=1e-14)
    assert abs(sympy.N(exact, 50) - sympy.Float(mpmath.nstr(mp_value(logs, base), 60), 60)) < sympy.Float(10) ** -45 * (
        1 + abs(sympy.N(exact, 20))
    )


@settings(max_examples=40, deadline=None)
@given(logsums, bases)
def test_latex_is_well_formed(logs: LogSum, base: Fraction | None) -> None:
    value = ExactValue.from_logs(logs, Base(base))
    latex = value.latex()
    assert latex.count("{") == latex.count("}")
    assert "log(" not in latex and "*" not in latex
    if logs.is_zero():
        assert latex == "0"
    for prime in logs.coefficients:
        if base is None:
            assert rf"\ln {prime}" in latex
    assert not latex.startswith("+") and "+ -" not in latex and "- -" not in latex


@pytest.mark.parametrize(
    ("logs", "base", "text", "latex"),
    [
        (LogSum.log(2), "2", "1", "1"),
        (LogSum.log(2), "4", "1/2", r"\frac{1}{2}"),
        (LogSum.log(3), "2", "log(3)/log(2)", r"\log_{2} 3"),
        (LogSum.log(6), "2", "1 + log(3)/log(2)", r"1 + \log_{2} 3"),
        (LogSum.log(6), "4", "1/2 + log(3)/log(4)", r"\frac{1}{2} + \log_{4} 3"),
        (LogSum.log(5) * -1, "3/2", "-log(5)/log(3/2)", r"-\log_{3/2} 5"),
        (LogSum.log(F(9, 4)), "3/2", "2", "2"),
        (LogSum.log(5), "e", "log(5)", r"\ln 5"),
        (LogSum(), "2", "0", "0"),
        (LogSum.log(10), "10", "1", "1"),
    ],
)
def test_printing_in_bases(logs: LogSum, base: str, text: str, latex: str) -> None:
    value = ExactValue.from_logs(logs, Base.parse(base))
    assert value.text() == text
    assert value.latex() == latex
    assert (
        sympy.sympify(value.text()) == value.to_sympy()
        or sympy.simplify(sympy.sympify(value.text()) - value.to_sympy()) == 0
    )


@settings(max_examples=80, deadline=None)
@given(nonzero_logsums, bases, st.integers(min_value=1, max_value=45))
def test_decimal_is_correctly_rounded(logs: LogSum, base: Fraction | None, digits: int) -> None:
    assert_correctly_rounded(ExactValue.from_logs(logs, Base(base)), digits)


@pytest.mark.parametrize("k", [10, 20, 30])
def test_decimal_near_a_rounding_boundary(k: int) -> None:
    """ln(1 + 10**-k) = 9.99...9 5000...0333...e-(k+1): a tie at k digits, missed by 1e-(2k)."""
    above = ExactValue.from_logs(LogSum.log(F(10**k + 1, 10**k)))
    below = ExactValue.from_logs(LogSum.log(F(10**k - 1, 10**k)))
    with mpmath.workdps(4 * k + 40):
        digits_above = mpmath.nstr(mpmath.log1p(mpmath.mpf(10) ** -k), 3 * k, min_fixed=1, max_fixed=0)
    assert re.search(rf"9{{{k - 1}}}50{{{k - 2}}}", digits_above.replace(".", ""))  # the case is what it claims
    assert above.decimal(k) == f"1.{'0' * (k - 1)}e-{k}"  # just above the tie: rounds up
    assert_correctly_rounded(above, k)
    assert_correctly_rounded(above, k + 1)
    assert_correctly_rounded(below, k + 1)
    assert_correctly_rounded(below, k)
    assert_correctly_rounded(above.in_units(Base.parse("2")), k)


def test_decimal_near_boundaries_found_by_search() -> None:
    """Small log combinations whose 8-digit rounding is within 1e-4 of a tie (found with floats)."""
    rng = np.random.default_rng(20240601)
    primes = np.array([2, 3, 5, 7, 11])
    coefficient_rows = rng.integers(-40, 41, size=(200_000, primes.size))
    values = coefficient_rows @ np.log(primes.astype(np.float64)) / 7
    magnitude = np.floor(np.log10(np.abs(values) + 1e-300))
    scaled = np.abs(values) / 10.0 ** (magnitude - 7)
    near = np.flatnonzero((np.abs(scaled - np.floor(scaled) - 0.5) < 1e-4) & (np.abs(values) > 1e-3))
    assert near.size >= 5
    for row in near[:25]:
        logs = LogSum({int(p): F(int(c), 7) for p, c in zip(primes, coefficient_rows[row], strict=True)})
        assert_correctly_rounded(ExactValue.from_logs(logs), 8)
        assert_correctly_rounded(ExactValue.from_logs(logs, Base.parse("10")), 8)


def test_negative_decimals() -> None:
    assert ExactValue.from_logs(-LogSum.log(2)).decimal(5) == "-0.69315"
    assert ExactValue.from_logs(LogSum.log(F(1, 10**9))).decimal(3) == "-20.7"
    assert_correctly_rounded(ExactValue.from_logs(-REFERENCE_KL), 30)


def test_small_and_large_magnitudes_use_an_exponent() -> None:
    tiny = ExactValue.from_logs(LogSum.log(F(10**12 + 1, 10**12)))
    assert tiny.decimal(3) == "1.00e-12"
    huge = ExactValue.from_logs(LogSum.log(2) * 10**20)
    assert huge.decimal(4) == "6.931e19"
    assert_correctly_rounded(huge, 25)


@pytest.mark.parametrize(
    ("text", "base", "digits", "expected"),
    [
        ("1/2 1/2", "2", 5, "1.0000"),
        ("1/2 1/2", "2", 1, "1"),
        ("1/8 1/8 1/8 1/8 1/8 1/8 1/8 1/8", "2", 3, "3.00"),
        ("1/2 1/4 1/4", "2", 2, "1.5"),
        ("1/2 1/4 1/4", "2", 1, "2"),  # 3/2: a tie, to even
        ("1/4 1/4 1/8 1/8 1/8 1/8", "2", 1, "2"),  # 5/2: a tie, to even
        ("1/4 1/4 1/8 1/8 1/8 1/8", "2", 2, "2.5"),
        ("1/2 1/2", "4", 3, "0.500"),
        ("0.1 " * 10, "10", 4, "1.000"),
        ("1", "2", 3, "0"),  # exactly zero: no digits to round
        ("1", "e", 1, "0"),
    ],
)
def test_rational_values_are_rounded_exactly(text: str, base: str, digits: int, expected: str) -> None:
    value = entropy(parse_distribution(text), base=base)
    assert value.exact is not None
    assert value.exact.rational_value() is not None
    assert value.decimal(digits) == expected
    assert float(value) == float(value.exact.rational_value())  # type: ignore[arg-type]


def test_one_bit() -> None:
    H = entropy(parse_distribution("1/2 1/2"), base=2)
    assert H.exact is not None
    assert H.exact.rational_value() == 1
    assert H.text() == "1"
    assert H.latex() == "1"
    assert H.to_sympy() == 1
    assert float(H) == 1.0
    assert H.unit == "bits"


def test_infinity() -> None:
    inf = ExactValue.infinity()
    finite = ExactValue.from_logs(LogSum.log(2))
    assert not inf.is_finite
    assert inf.decimal(5) == "inf"
    assert inf.text() == "oo"
    assert inf.latex() == r"\infty"
    assert inf.to_sympy() == sympy.oo
    assert sympy.sympify(inf.text()) == sympy.oo
    assert float(inf) == math.inf
    assert inf.sign() == 1
    assert inf.rational_value() is None
    assert not inf.is_zero()
    assert inf + finite == inf
    assert finite + inf == inf
    assert inf - finite == inf
    assert inf * 3 == inf
    assert inf.in_units(Base.parse("2")) == ExactValue.infinity()
    assert finite - inf == -inf == ExactValue.infinity(-1)
    assert (-inf).text() == "-oo" and (-inf).decimal(3) == "-inf" and (-inf).sign() == -1
    assert inf * -1 == -inf
    assert inf.scale(0) == 0  # the 0 log 0 convention, asked for by name
    with pytest.raises(EvaluationError):
        inf - inf
    with pytest.raises(EvaluationError):
        inf * 0


def test_exact_value_arithmetic_and_bases() -> None:
    nats = ExactValue.from_logs(LogSum.log(6))
    bits = nats.in_units(Base.parse("2"))
    assert bits.logs_in(Base.parse("2")) == nats.logs_in(Base())
    assert bits != nats
    assert nats + nats == ExactValue.from_logs(LogSum.log(36))
    assert nats - nats == ExactValue.from_logs(LogSum())
    assert (nats - nats).is_zero()
    assert nats * F(1, 2) == ExactValue.from_logs(LogSum.log(6) / 2)
    assert 2 * nats == nats + nats
    mixed = nats + bits  # ln 6 + log2 6: two bases in one value
    assert math.isclose(float(mixed), math.log(6) + math.log2(6), rel_tol=1e-15)
    assert mixed - bits == nats
    with pytest.raises(EvaluationError):
        bits.in_units(Base.parse("10"))
    with pytest.raises(TypeError):
        nats * 0.5  # type: ignore[operator]
    assert math.isclose(float(bits), math.log2(6), rel_tol=1e-15)
    assert bits.rational_value() is None
    assert ExactValue.from_logs(LogSum.log(8), Base.parse("2")).rational_value() == 3
    assert ExactValue.from_logs(LogSum.log(8), Base.parse("4")).rational_value() == F(3, 2)


def test_bases() -> None:
    assert Base.parse("e") == Base() == Base.parse(None) == Base.parse("nats")
    assert Base.parse("2") == Base.parse("bits") == Base.parse(2)
    assert Base.parse("10") == Base.parse("bans") == Base.parse("hartleys")
    assert (Base.parse("e").unit, Base.parse("2").unit, Base.parse("10").unit) == ("nats", "bits", "bans")
    assert Base.parse("3/2").name == "3/2"
    assert "3/2" in Base.parse("1.5").unit
    assert Base.parse("2").log == LogSum.log(2)
    assert Base.parse("e").log is None


@pytest.mark.parametrize("text", ["1", "0.5", "-2", "0", "abc", "nan", "inf", "1e999999999"])
def test_bad_bases(text: str) -> None:
    from kldocs import InputError

    with pytest.raises(InputError) as info:
        Base.parse(text, "--base")
    assert info.value.field == "--base"


# --- round_significant ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "digits", "expected"),
    [
        (F(1, 8), 2, "0.12"),
        (F(3, 8), 2, "0.38"),
        (F(-2, 3), 3, "-0.667"),
        (F(0), 1, "0"),
        (F(0), 3, "0.00"),
        (F(1, 10**7), 3, "1.00e-7"),
        (F(1, 10**6), 3, "0.00000100"),
        (F(10**16), 3, "1.00e16"),
        (F(10**15), 3, "1000000000000000"),
        (F(999, 1000), 2, "1.0"),
        (F(9995, 10**7), 3, "0.00100"),
        (F(5, 2), 1, "2"),
        (F(7, 2), 1, "4"),
        (F(-5, 2), 1, "-2"),
        (F(123456), 3, "123000"),
        (F(999995, 10), 5, "100000"),
        (F(304787540, 10**10), 9, "0.0304787540"),
        (F(1, 3), 40, "0." + "3" * 40),
    ],
)
def test_round_significant(x: Fraction, digits: int, expected: str) -> None:
    assert round_significant(x, digits) == expected


def test_round_significant_needs_a_digit() -> None:
    with pytest.raises(ValueError):
        round_significant(F(1, 3), 0)


@settings(max_examples=150, deadline=None)
@given(
    st.fractions(max_denominator=10**12).filter(bool) | st.integers(-(10**30), 10**30).filter(bool).map(Fraction),
    st.integers(min_value=1, max_value=30),
)
def test_round_significant_matches_decimal_division(x: Fraction, digits: int) -> None:
    with localcontext() as context:
        context.prec = digits
        context.rounding = ROUND_HALF_EVEN
        expected = Decimal(x.numerator) / Decimal(x.denominator)  # correctly rounded by the decimal module
    shown = round_significant(x, digits)
    assert Decimal(shown) == expected
    assert_shows_digits(shown, digits)


# --- factor.group_weights -----------------------------------------------------------------------------------------


def reference_grouping(integers: list[int], weights: list[int]) -> dict[int, int]:
    """The same grouping with SymPy: integers up to the sieve limit in primes (factorint), larger ones whole."""
    total: dict[int, int] = {}
    for integer, weight in zip(integers, weights, strict=True):
        parts = sympy.factorint(integer) if integer <= factor.SIEVE_LIMIT else {integer: 1}
        for atom, exponent in parts.items():
            total[int(atom)] = total.get(int(atom), 0) + weight * exponent
    return {p: c for p, c in sorted(total.items()) if c}


def reference_prime_logs(integers: list[int], weights: list[int]) -> dict[int, int]:
    """sum w ln(a) over primes, every integer factored by SymPy."""
    total: dict[int, int] = {}
    for integer, weight in zip(integers, weights, strict=True):
        for prime, exponent in sympy.factorint(integer).items():
            total[int(prime)] = total.get(int(prime), 0) + weight * exponent
    return {p: c for p, c in sorted(total.items()) if c}


def python_path(integers: list[int], weights: list[int]) -> dict[int, int]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(factor, "NUMPY_THRESHOLD", 10**12)
        return factor.group_weights(integers, weights).weights


def numpy_path(integers: list[int], weights: list[int]) -> tuple[dict[int, int], bool]:
    """group_weights with the NumPy route forced; also whether that route gave the answer."""
    calls: list[bool] = []
    original: Callable[..., Any] = factor._group_numpy

    def spy(*args: Any) -> Any:
        result = original(*args)
        calls.append(result is not None)
        return result

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(factor, "NUMPY_THRESHOLD", 4)
        patch.setattr(factor, "_group_numpy", spy)
        result = factor.group_weights(integers, weights)
    assert len(calls) == 1
    assert result.whole == {k for k in result.weights if k > factor.SIEVE_LIMIT}
    return result.weights, calls[0]


def random_terms(seed: int, n: int, largest: int) -> tuple[list[int], list[int]]:
    rng = random.Random(seed)
    integers = [rng.randint(1, largest) for _ in range(n)]
    weights = [rng.choice([0, rng.randint(-1000, 1000)]) for _ in range(n)]
    return integers, weights


@pytest.mark.parametrize(
    ("seed", "n", "largest", "numpy_used"),
    [
        (1, 300, 1000, True),
        (2, 500, 10**6, True),
        (3, 200, factor.SIEVE_LIMIT, True),
        (4, 200, 4 * factor.SIEVE_LIMIT, True),  # some integers above the sieve
        (5, 100, 10**15, True),  # most above the sieve, still int64
        (6, 50, 2**70, False),  # too big for int64: the Python route
    ],
)
def test_grouping_paths_agree(seed: int, n: int, largest: int, numpy_used: bool) -> None:
    integers, weights = random_terms(seed, n, largest)
    if largest > factor.SIEVE_LIMIT:
        integers[0] = factor.SIEVE_LIMIT + 1  # 2**23 + 1 = 3 * 2796203
        integers[1] = 2 * 3 * 5 * 7 * 11 * 13 * 17 * 19 * 23 * 29 * 31 * 37  # > 2**23, many small primes
        weights[0] = weights[1] = 7
    expected = reference_grouping(integers, weights)
    by_numpy, used = numpy_path(integers, weights)
    assert used is numpy_used
    assert by_numpy == expected
    assert python_path(integers, weights) == expected
    assert all(type(p) is int and type(c) is int and c for p, c in by_numpy.items())
    # Built into a LogSum, every integer below 2**64 ends up in primes.
    if largest < 2**64:
        assert LogSum.sum_of_logs(integers, weights).coefficients == {
            p: F(c) for p, c in reference_prime_logs(integers, weights).items()
        }


def test_grouping_with_heavy_weights() -> None:
    integers, weights = random_terms(7, 100, 10**5)
    weights = [w * 2**50 for w in weights]  # too heavy for int64 sums: added as Python integers
    expected = reference_grouping(integers, weights)
    by_numpy, used = numpy_path(integers, weights)
    assert used
    assert by_numpy == expected
    weights = [w * 2**100 for w in weights]  # beyond int64 altogether
    assert numpy_path(integers, weights)[0] == reference_grouping(integers, weights)
    weights = [w // 2**50 * 2**30 for w in weights]  # heavy, but safe for int64 sums
    expected = reference_grouping(integers, weights)
    by_numpy, used = numpy_path(integers, weights)
    assert used
    assert by_numpy == expected
    # Integers beyond the sieve with weights near the int64 limit: distinct ones pass through,
    # a repeated one is summed without overflow.
    big = [factor.SIEVE_LIMIT + 3, 2**61 - 1, 2**61 - 1, 10**15 + 37, 10**15 + 37, 10**15 + 37]
    heavy = [2**62, 2**62, 2**62 - 1, -(2**62), -(2**62), 2**62]
    by_numpy, used = numpy_path(big, heavy)
    assert used
    expected = {**reference_grouping(big[:1], heavy[:1]), 2**61 - 1: 2**63 - 1, 10**15 + 37: -(2**62)}
    assert by_numpy == reference_grouping(big, heavy) == expected


def test_grouping_cancellation() -> None:
    integers = [6, 2, 4, 2, 9, 3, 5, 5] * 10
    weights = [1, -1, -1, 1, -1, 1, 3, -3] * 10  # ln 3 - ln 2 - ln 3 + 0 per block
    by_numpy, used = numpy_path(integers, weights)
    assert used
    assert by_numpy == python_path(integers, weights) == {2: -10}
    assert numpy_path([7] * 10, [5, -5] * 5)[0] == {}
    assert numpy_path([1] * 10, [5] * 10)[0] == {}
    assert numpy_path([0, 0, 3, 3], [0, 0, 1, 1])[0] == {3: 2}  # weight 0: its integer is never read


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 3 * factor.SIEVE_LIMIT), st.integers(-50, 50)), min_size=1, max_size=30))
def test_grouping_paths_agree_on_generated_terms(terms: list[tuple[int, int]]) -> None:
    integers, weights = (list(column) for column in zip(*terms, strict=True))
    expected = reference_grouping(integers, weights)
    assert python_path(integers, weights) == expected
    if len(terms) >= 4:
        assert numpy_path(integers, weights)[0] == expected


def test_grouping_at_the_real_threshold() -> None:
    integers, weights = random_terms(8, factor.NUMPY_THRESHOLD, 10**7)
    by_default = factor.group_weights(integers, weights).weights
    assert by_default == python_path(integers, weights)
    as_logsum = LogSum.sum_of_logs(integers, weights, F(1, 3))
    assert as_logsum == LogSum(by_default) / 3


def test_split() -> None:
    assert factor.split(360).factors == ((2, 3), (3, 2), (5, 1))
    assert factor.split(1).factors == ()
    assert factor.split(2**61 - 1).factors == ((2**61 - 1, 1),)
    assert factor.split(10**20 + 1).factors == ((73, 1), (137, 1), (1676321, 1), (5964848081, 1))
    with pytest.raises(ValueError):
        factor.split(0)


def test_a_rational_square_root_on_a_rounding_tie_is_rounded_exactly() -> None:
    # JSD of disjoint supports in base 2**16 is 1/16; its square root 1/4 = 0.25 is a tie at one digit.
    value = ExactValue.from_logs(LogSum.log(2), Base.parse("65536"))
    assert value.rational_value() == Fraction(1, 16)
    assert value.sqrt_decimal(1) == "0.2"  # half to even
    assert value.sqrt_decimal(3) == "0.250"
    assert round_significant(Fraction(1, 10**5000), 2) == "1.0e-5000"


# --- inputs chosen to be hard: near-identical pairs, integers no cheap search factors -------------------------------


def mp_measures(p: list[Fraction], q: list[Fraction], dps: int = 200) -> dict[str, mpmath.mpf]:
    """Every measure of a pair, and the JS distance, from mpmath at high precision (independent of kldocs)."""
    with mpmath.workdps(dps):
        P = [mpmath.mpf(x.numerator) / x.denominator for x in p]
        Q = [mpmath.mpf(x.numerator) / x.denominator for x in q]
        M = [(a + b) / 2 for a, b in zip(P, Q, strict=True)]

        def kl_of(a: list[mpmath.mpf], b: list[mpmath.mpf]) -> mpmath.mpf:
            return mpmath.fsum(x * mpmath.log(x / y) for x, y in zip(a, b, strict=True) if x)

        values = {
            "entropy_p": -mpmath.fsum(x * mpmath.log(x) for x in P if x),
            "entropy_q": -mpmath.fsum(x * mpmath.log(x) for x in Q if x),
            "cross_entropy_pq": -mpmath.fsum(x * mpmath.log(y) for x, y in zip(P, Q, strict=True) if x),
            "cross_entropy_qp": -mpmath.fsum(y * mpmath.log(x) for x, y in zip(P, Q, strict=True) if y),
            "kl_pq": kl_of(P, Q),
            "kl_qp": kl_of(Q, P),
            "jsd": (kl_of(P, M) + kl_of(Q, M)) / 2,
        }
        values["jeffreys"] = values["kl_pq"] + values["kl_qp"]
        values["js_distance"] = mpmath.sqrt(values["jsd"])
        return values


def assert_pair_certified(p: list[Fraction], q: list[Fraction], digits: int = 12) -> None:
    from kldocs.measures.summary import all_measures

    P, Q = parse_distribution(p), parse_distribution(q, name="Q")
    measures = all_measures(P, Q)
    reference = mp_measures(p, q)
    shown = {key: quantity.decimal(digits) for key, quantity in measures.items()}
    shown["js_distance"] = measures["jsd"].sqrt_decimal(digits)
    for key, text in shown.items():
        assert Decimal(text) == reference_rounding(reference[key], digits), (key, text)


@pytest.mark.parametrize("k", [9, 15, 30, 60])
def test_near_identical_pairs_give_certified_decimals(k: int) -> None:
    """P = (1/2, 1/2) against Q = (1/2 + 10**-k, 1/2 - 10**-k): the JSD is about 10**-2k, its root 10**-k."""
    eps = F(1, 10**k)
    assert_pair_certified([F(1, 2), F(1, 2)], [F(1, 2) + eps, F(1, 2) - eps])


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    st.lists(st.integers(1, 10**6), min_size=2, max_size=5),
    st.integers(9, 60),
    st.integers(1, 10**6),
)
def test_near_identical_random_pairs_give_certified_decimals(weights: list[int], k: int, nudge: int) -> None:
    total = sum(weights)
    p = [F(w, total) for w in weights]
    shift = F(nudge, 10**k * 10**6)
    q = [p[0] + shift, p[1] - shift, *p[2:]] if p[1] > shift else p
    assert_pair_certified(p, q)


def semiprime(digits: int, seed: int) -> int:
    """A product of two primes of about ``digits / 2`` digits each: nothing cheap factors it."""
    rng = random.Random(seed)
    half = digits // 2
    return int(sympy.nextprime(rng.randrange(10 ** (half - 1), 10**half))) * int(
        sympy.nextprime(rng.randrange(10 ** (half - 1), 10**half))
    )


@pytest.mark.parametrize("digits", [34, 38])
def test_denominators_that_resist_factoring_give_exact_certified_values(digits: int) -> None:
    """Two fractions whose mixture has a product of two such denominators: logs of composites, not primes."""
    a, b = semiprime(digits, 1), semiprime(digits, 2)
    p, q = [F(1, a), F(a - 1, a)], [F(3, b), F(b - 3, b)]
    assert_pair_certified(p, q)
    jsd_logs = kldocs_jsd(p, q).logs_in(Base())
    assert jsd_logs.open_atoms & {a, b}  # kept whole, shown as the log of a composite: no factoring was attempted
    value = kldocs_jsd(p, q)
    assert sympy.N(sympy.sympify(value.text()) - value.to_sympy(), 30) == 0  # the text names those composites


def kldocs_jsd(p: list[Fraction], q: list[Fraction]) -> ExactValue:
    from kldocs import jsd

    result = jsd(parse_distribution(p), parse_distribution(q, name="Q")).exact
    assert result is not None
    return result


def test_long_tokens_with_normalize_stay_exact() -> None:
    """Three fractions of about 43 characters rescaled: an 80-digit total, and every value certified."""
    tokens = [f"{10 + k}/{semiprime(40, k)}" for k in (1, 2, 3)]
    assert all(len(token) >= 42 for token in tokens)
    P = parse_distribution(" ".join(tokens), normalize=True)
    assert P.probabilities is not None
    assert len(str(P.integer_weights[1])) >= 79  # a product of two 40-digit semiprimes, and more
    p = list(P.probabilities)
    assert_pair_certified(p, [F(1, 3)] * 3)


def test_a_total_near_the_size_limit_stays_exact_with_large_open_atoms() -> None:
    """Fourteen 40-digit semiprime denominators: a total of about 560 digits, kept whole, every value certified."""
    tokens = [f"{10 + k}/{semiprime(40, k)}" for k in range(14)]
    P = parse_distribution(" ".join(tokens), normalize=True)
    assert P.probabilities is not None
    assert P.integer_weights[1].bit_length() > factor.PRIME_TEST_SIZE  # too large for a primality test
    assert factor.split(P.integer_weights[1]).open  # so it stays an open atom
    assert_pair_certified(list(P.probabilities), [F(1, 14)] * 14)


def test_coprime_refinement_finds_shared_factors_of_open_atoms() -> None:
    """ln(ab) - ln(ac) = ln(b/c) with a, b, c primes too large to find: seen exactly through gcds."""
    a, b, c = 2**89 - 1, 2**107 - 1, 2**127 - 1
    difference = LogSum.log(a * b) - LogSum.log(a * c)
    assert difference == LogSum.log(F(b, c))
    assert difference.coefficients == {b: 1, c: -1}
    assert (LogSum.log(a * b) - LogSum.log(a) - LogSum.log(b)).is_zero()
    assert hash(LogSum.log(a * b)) == hash(LogSum.log(a) + LogSum.log(b))


def test_ln_pi_is_an_atom_independent_of_every_integer() -> None:
    """The differential entropy of a normal distribution, 1/2 ln(2 pi e), exactly."""
    half_log_2_pi_e = ExactValue.from_logs(LogSum.log_pi() / 2 + LogSum.log(2) / 2) + F(1, 2)
    assert half_log_2_pi_e.text() == "1/2 + 1/2*log(2) + 1/2*log(pi)"
    assert half_log_2_pi_e.latex() == r"\frac{1}{2} + \frac{1}{2} \ln 2 + \frac{1}{2} \ln \pi"
    with mpmath.workdps(60):
        assert half_log_2_pi_e.decimal(40) == mpmath.nstr(mpmath.log(2 * mpmath.pi * mpmath.e) / 2, 40)
    assert sympy.sympify(half_log_2_pi_e.text()) == half_log_2_pi_e.to_sympy()
    assert (LogSum.log_pi() - LogSum.log_pi()).is_zero()
    assert LogSum.log_pi() != LogSum.log(3) and (LogSum.log_pi() - LogSum.log(3)).sign() == 1
    a = 2**89 - 1  # an open atom meets pi: still coprime
    assert (LogSum.log(a * (2**107 - 1)) + LogSum.log_pi() - LogSum.log(a)).coefficients == {2**107 - 1: 1, 0: 1}


@given(st.integers(-(10**4), 10**4), st.integers(1, 1000), st.integers(-6, 3))
def test_rounded_at_is_the_rational_rounded_half_to_even_at_the_place(
    numerator: int, denominator: int, place: int
) -> None:
    """Values are drawn near the place (0.06 to one decimal is 0.1, 0.04 is 0.0, 0.05 is 0.0)."""
    unit = Fraction(10) ** place
    exact = Fraction(numerator, denominator) * unit
    assert Fraction(ExactValue.number(exact).rounded_at(place)) == round(exact / unit) * unit


LARGE_PRIMES = [2**61 - 1, 2**89 - 1, 2**107 - 1, 2**127 - 1, 10**18 + 9, 10**30 + 57]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(SMALL_PRIMES + LARGE_PRIMES), min_size=1, max_size=4), max_size=12))
def test_a_coprime_base_is_pairwise_coprime_and_generates_every_input(products: list[list[int]]) -> None:
    """Numbers that share no factor with the rest go in whole; the others are refined by gcds."""
    from kldocs.exact.coprime import coprime_base, express

    numbers = [math.prod(factors) for factors in products]
    base = coprime_base(numbers)
    assert all(math.gcd(a, b) == 1 for i, a in enumerate(base) for b in base[i + 1 :])
    for n, factors in zip(numbers, products, strict=True):
        assert math.prod(a**k for a, k in express(n, base).items()) == n
        assert len(express(n, base)) <= len(set(factors))
    lonely = [n for n in numbers if n > 1 and all(math.gcd(n, m) == 1 for m in numbers if m != n)]
    assert set(lonely) <= set(base)


@given(st.lists(st.sampled_from([2, 3, 5, 7, 1021, 1031, 2**61 - 1, 2**89 - 1]), max_size=8))
def test_stripping_small_primes_takes_out_exactly_the_primes_below_the_limit(factors: list[int]) -> None:
    n = math.prod(factors)
    parts = factor.strip_small_primes(n)
    assert math.prod(a**k for a, k in parts.factors) == n
    small = sorted(p for p in set(factors) if p < factor.SMALL_PRIME_LIMIT)
    assert [a for a, _ in parts.factors if a < factor.SMALL_PRIME_LIMIT] == small
    rest = math.prod(p for p in factors if p >= factor.SMALL_PRIME_LIMIT)
    assert parts.open == ((rest,) if rest > 1 else ())


def test_thousands_of_large_shared_atoms_are_not_each_searched_for_primes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A mixture of two distributions over semiprime denominators: 2,000 numerators of about 70 digits.

    Searching each for prime factors costs milliseconds (half a minute in all), so only a bounded
    number of bits of them is searched; the JSD is still exact and certified.
    """
    from kldocs.exact import atoms, logsum

    searched: list[int] = []
    real_split = logsum.split

    def counting_split(n: int) -> factor.Split:
        if n >= factor.WORD_LIMIT:
            searched.append(n)
        return real_split(n)

    monkeypatch.setattr(logsum, "split", counting_split)
    monkeypatch.setattr(atoms, "split", counting_split)
    rng = random.Random(3)
    pair = []
    for total in (semiprime(32, 11), semiprime(36, 12)):
        weights = [rng.randrange(1, 10**9) for _ in range(1999)]
        pair.append([F(w, total) for w in [*weights, total - sum(weights)]])
    value = kldocs_jsd(pair[0], pair[1])
    assert searched and sum(n.bit_length() for n in searched) <= logsum.SPLIT_BITS
    with mpmath.workdps(40):
        reference = mpmath.fsum(
            m * mpmath.log(2 * m / (m + n)) / 2 + n * mpmath.log(2 * n / (m + n)) / 2
            for m, n in (
                (mpmath.mpf(a.numerator) / a.denominator, mpmath.mpf(b.numerator) / b.denominator)
                for a, b in zip(*pair, strict=True)
            )
        )
    assert value.decimal(15) == mpmath.nstr(reference, 15, strip_zeros=False)


def test_the_float_and_the_sign_of_a_value_are_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over a million atoms each costs a pass over them all (a ball of their logarithms): asking twice must not pay
    twice."""
    calls: list[int] = []
    ball = LogSum.ball

    def counted(self: LogSum, precision: int) -> Any:
        calls.append(precision)
        return ball(self, precision)

    monkeypatch.setattr(LogSum, "ball", counted)
    kl = ExactValue.from_logs(LogSum.log(F(2, 3)) / 5 + LogSum.log(F(5, 4)) / 2)
    first = (float(kl), kl.sign())
    made = len(calls)
    with mpmath.workdps(40):
        reference = float(mpmath.log(mpmath.mpf(2) / 3) / 5 + mpmath.log(mpmath.mpf(5) / 4) / 2)
    assert made >= 1 and (float(kl), kl.sign()) == first == (reference, 1)
    assert len(calls) == made
