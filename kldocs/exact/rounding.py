"""Correctly rounded decimals, proven with interval arithmetic.

An irrational value is enclosed in an arb ball; both ends of the ball are
rounded to the requested number of significant digits, and the precision is
doubled until the two agree, so the digits shown are exactly those of the
true value rounded half-to-even. A rational value is rounded exactly.

>>> round_significant(Fraction(1, 8), 2)
'0.12'
>>> round_significant(Fraction(-2, 3), 3)
'-0.667'
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import flint

#: Positional notation for magnitudes from 1e-6 up to this power of ten.
_POSITIONAL_MAX_EXPONENT = 15
_MAX_PRECISION = 1 << 20


def round_significant(x: Fraction, digits: int) -> str:
    """``x`` rounded half-to-even to ``digits`` significant digits.

    Trailing zeros are kept, so the string shows its own precision
    (``0.0304787540`` has nine significant digits). Very small or large
    magnitudes use an exponent (``1.23e-9``).
    """
    if digits < 1:
        raise ValueError("digits must be at least 1")
    if x == 0:
        return "0" if digits == 1 else "0." + "0" * (digits - 1)
    sign = 1 if x < 0 else 0
    x = abs(x)
    exponent = _floor_log10(x)
    scale = exponent - digits + 1
    mantissa = round(x / Fraction(10) ** scale)
    if mantissa == 10**digits:  # rounding carried into a new digit
        mantissa //= 10
        scale += 1
        exponent += 1
    number = Decimal((sign, tuple(int(d) for d in str(mantissa)), scale))
    if -6 <= exponent <= _POSITIONAL_MAX_EXPONENT:
        return f"{number:f}"
    return f"{number:e}".replace("e+", "e")


def certified_decimal(ball: Callable[[int], flint.arb], digits: int, start_bits: int = 64) -> str:
    """Round the value enclosed by ``ball(bits)`` to ``digits`` significant digits.

    ``ball`` must return a ball containing the value at the given working
    precision, shrinking as the precision grows; the value must not be a
    rational with a tie at the requested digits (callers round rationals
    exactly with :func:`round_significant` instead).
    """
    bits = max(start_bits, int(digits * 3.33) + 32)
    while bits <= _MAX_PRECISION:
        low, high = ball_bounds(ball(bits))
        if (low > 0 or high < 0) and round_significant(low, digits) == round_significant(high, digits):
            return round_significant(low, digits)
        bits *= 2
    raise ArithmeticError("could not certify the rounding")


def certified_float(ball: Callable[[int], flint.arb], start_bits: int = 64) -> float:
    """The double nearest to the value enclosed by ``ball(bits)``.

    The precision doubles until both ends of the ball round to the same
    double, which is then the correctly rounded value.
    """
    bits = start_bits
    while bits <= _MAX_PRECISION:
        low, high = ball_bounds(ball(bits))
        if float(low) == float(high):
            return float(low)
        bits *= 2
    raise ArithmeticError("could not certify the value")


def ball_bounds(ball: flint.arb) -> tuple[Fraction, Fraction]:
    """The exact lower and upper ends of an arb ball as Fractions.

    Built from the exact midpoint and radius, since ``arb.lower()`` rounds
    to the current working precision.
    """
    middle, radius = _exact(ball.mid()), _exact(ball.rad())
    return middle - radius, middle + radius


def _exact(point: flint.arb) -> Fraction:
    mantissa, exponent = (int(v) for v in point.man_exp())
    return Fraction(mantissa * 2**exponent) if exponent >= 0 else Fraction(mantissa, 2**-exponent)


def _floor_log10(x: Fraction) -> int:
    """The largest integer e with 10**e <= x, for x > 0, exactly.

    Estimated from bit lengths (no huge decimal strings), then corrected.
    """
    exponent = math.floor((x.numerator.bit_length() - x.denominator.bit_length()) * math.log10(2))
    while Fraction(10) ** exponent > x:
        exponent -= 1
    while Fraction(10) ** (exponent + 1) <= x:
        exponent += 1
    return exponent
