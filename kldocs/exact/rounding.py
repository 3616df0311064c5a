"""Correctly rounded decimals, proven with interval arithmetic.

An irrational value is enclosed in an arb ball; both ends of the ball are
rounded to the requested number of significant digits, and the precision is
doubled until the two agree, so the digits shown are exactly those of the
true value rounded half-to-even. A rational value is rounded exactly. A
ball that still contains 0, or that is not finite (a square root or a
quotient taken of a ball around 0), only means "not precise enough yet".

>>> round_significant(Fraction(1, 8), 2)
'0.12'
>>> round_significant(Fraction(-2, 3), 3)
'-0.667'
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import flint

#: Positional notation for magnitudes from 1e-6 up to this power of ten.
_POSITIONAL_MAX_EXPONENT = 15
#: Highest working precision (bits) tried before a value is declared undecidable.
MAX_PRECISION = 1 << 20
#: The working precision (bits) a double is first looked for at: a ball this narrow pins most values to one double.
FLOAT_BITS = 64

Ball = Callable[[int], "flint.arb"]


class UndecidableError(ArithmeticError):
    """Interval arithmetic could not settle a sign or a rounding within the precision limit."""


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
    exponent = floor_log10(x)
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


def certified_decimal(ball: Ball, digits: int, max_bits: int = MAX_PRECISION) -> str | None:
    """Round the value enclosed by ``ball(bits)`` to ``digits`` significant digits.

    ``ball`` must return a ball containing the value at the given working
    precision, shrinking as the precision grows. Returns None when the
    rounding is not settled by ``max_bits``: the value may be 0 or a
    rational on a rounding tie, which callers decide exactly.
    """
    bits = max(64, int(digits * 3.33) + 32)
    while bits <= max_bits:
        bounds = ball_bounds(ball(bits))
        if bounds is not None:
            low, high = bounds
            if (low > 0 or high < 0) and round_significant(low, digits) == round_significant(high, digits):
                return round_significant(low, digits)
        bits *= 2
    return None


def certified_float(ball: Ball) -> float:
    """The double nearest to the (nonzero) value enclosed by ``ball(bits)``.

    The precision doubles until both ends of the ball round to the same
    double, which is then the correctly rounded value.
    """
    bits = FLOAT_BITS
    while bits <= MAX_PRECISION:
        bounds = ball_bounds(ball(bits))
        if bounds is not None and float(bounds[0]) == float(bounds[1]):
            return float(bounds[0])
        bits *= 2
    raise UndecidableError("the value could not be pinned down within the precision limit")


def settled_sign(ball: Ball, max_bits: int | None = None) -> int:
    """-1 or 1, the sign of the value enclosed by ``ball(bits)``, certified.

    With ``max_bits``, 0 means "not settled by then" (the value may be 0).
    Without it the value must be nonzero; :class:`UndecidableError` is
    raised if the precision limit is reached.
    """
    bits = 64
    while bits <= (max_bits or MAX_PRECISION):
        bounds = ball_bounds(ball(bits))
        if bounds is not None:
            if bounds[0] > 0:
                return 1
            if bounds[1] < 0:
                return -1
        bits *= 2
    if max_bits is not None:
        return 0
    raise UndecidableError("the sign could not be certified within the precision limit")


def ball_bounds(ball: flint.arb) -> tuple[Fraction, Fraction] | None:
    """The exact lower and upper ends of a finite arb ball as Fractions, or None.

    Built from the exact midpoint and radius, since ``arb.lower()`` rounds
    to the current working precision.
    """
    if not ball.is_finite():
        return None
    middle, radius = _exact(ball.mid()), _exact(ball.rad())
    return middle - radius, middle + radius


def _exact(point: flint.arb) -> Fraction:
    mantissa, exponent = (int(v) for v in point.man_exp())
    return Fraction(mantissa * 2**exponent) if exponent >= 0 else Fraction(mantissa, 2**-exponent)


def floor_log10(x: Fraction) -> int:
    """The largest integer e with 10**e <= x, for x > 0, exactly.

    Estimated from bit lengths (no huge decimal strings), then corrected.

    >>> floor_log10(Fraction(999, 1000)), floor_log10(Fraction(1000))
    (-1, 3)
    """
    exponent = math.floor((x.numerator.bit_length() - x.denominator.bit_length()) * math.log10(2))
    while Fraction(10) ** exponent > x:
        exponent -= 1
    while Fraction(10) ** (exponent + 1) <= x:
        exponent += 1
    return exponent


@contextmanager
def working_precision(bits: int) -> Iterator[None]:
    """Set flint's arb precision for a block and restore it afterwards."""
    import flint

    saved = flint.ctx.prec
    flint.ctx.prec = bits
    try:
        yield
    finally:
        flint.ctx.prec = saved
