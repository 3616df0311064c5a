"""The numbers of an exact value: certified arb balls, the nearest double and correctly rounded decimals.

:class:`CertifiedDecimals` gives :class:`~kldocs.exact.ExactValue` these
methods; every digit shown is certified by interval arithmetic, the
precision rising until the rounding is settled.

>>> from kldocs.exact import ExactValue
>>> ExactValue.log(2).decimal(3), float(ExactValue.log(1))
('0.693', 0.0)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING

from kldocs.exact.base import Base
from kldocs.exact.logsum import QUICK_BITS, LogSum, working_precision
from kldocs.exact.rounding import (
    FLOAT_BITS,
    MAX_PRECISION,
    UndecidableError,
    ball_bounds,
    certified_decimal,
    certified_float,
    floor_log10,
    round_significant,
)
from kldocs.inputs.digits import check_digits

if TYPE_CHECKING:
    import flint


class CertifiedDecimals:
    """The numeric side of :class:`~kldocs.exact.ExactValue`: balls, floats and decimals of its value."""

    rational: Fraction
    parts: tuple[tuple[Base, LogSum], ...]
    infinite: int

    if TYPE_CHECKING:

        def sign(self) -> int: ...

        def compare(self, other: Fraction) -> int: ...

        def rational_value(self) -> Fraction | None: ...

        def __neg__(self) -> CertifiedDecimals: ...

    def ball(self, bits: int) -> flint.arb:
        """An arb ball certainly containing the (finite) value."""
        import flint

        if self.infinite:
            raise ValueError("an infinite value has no ball")
        with working_precision(bits):
            total = flint.arb(flint.fmpq(self.rational.numerator, self.rational.denominator))
            for base, logs in self.parts:
                term = logs.ball(bits)
                if base.log is not None:
                    term = term / base.log.ball(bits)
                total += term
            return total

    def __float__(self) -> float:
        return self._float

    @cached_property
    def _float(self) -> float:
        """The nearest double, certified (computed once: over a million atoms it takes a while)."""
        if self.infinite:
            return math.inf * self.infinite
        exact = self._quick_rational()
        if exact is not None:
            return float(exact)
        bounds = ball_bounds(self.ball(FLOAT_BITS))  # most values: one ball, away from 0, whose ends round alike
        if bounds is not None and (bounds[0] > 0 or bounds[1] < 0) and float(bounds[0]) == float(bounds[1]):
            return float(bounds[0])
        if self.sign() == 0:
            return 0.0
        return certified_float(self.ball)

    def decimal(self, digits: int = 10) -> str:
        """The value correctly rounded to ``digits`` significant digits; ``"inf"``/``"-inf"`` when infinite.

        An exact zero prints as ``"0"``.

        >>> from kldocs.exact import ExactValue
        >>> ExactValue.log(2).decimal(5)
        '0.69315'
        """
        digits = check_digits(digits)
        if self.infinite:
            return "inf" if self.infinite > 0 else "-inf"
        return self._rounded(digits, self.ball)

    def sqrt_decimal(self, digits: int = 10) -> str:
        """The square root of the (non-negative) value, correctly rounded.

        Used for the Jensen-Shannon distance, the square root of the JSD.

        >>> from kldocs.exact import ExactValue
        >>> ExactValue.log(2).in_units(Base.parse("2")).sqrt_decimal(3)
        '1.00'
        """
        digits = check_digits(digits)
        if self.infinite:
            return "inf"
        if self.sign() < 0:
            raise ValueError("square root of a negative value")

        def ball(bits: int) -> flint.arb:
            with working_precision(bits):
                return self.ball(bits).sqrt()

        return self._rounded(digits, ball, root=True)

    def _rounded(self, digits: int, ball: Callable[[int], flint.arb], *, root: bool = False) -> str:
        exact = self._quick_rational()
        if exact is None:
            quick_bits = max(QUICK_BITS, 4 * (int(digits * 3.33) + 32))
            shown = certified_decimal(ball, digits, quick_bits)
            if shown is not None:
                return shown
            exact = self.rational_value()  # unsettled so far: maybe 0, maybe a rational on a rounding tie
        if exact is not None:
            if root:
                exact = rational_sqrt(exact) if exact else exact
            if exact == 0:
                return "0"
            if exact is not None:
                return round_significant(exact, digits)
        shown = certified_decimal(ball, digits, MAX_PRECISION)
        if shown is None:
            raise UndecidableError("the rounding could not be certified within the precision limit")
        return shown

    def _quick_rational(self) -> Fraction | None:
        """The value when it is rational without any work (no logarithm parts), else None."""
        return self.rational if not self.parts and not self.infinite else None

    def rounded_at(self, place: int) -> str:
        """The value rounded (half to even) to a multiple of ``10**place``, as positional text.

        ``place = -4`` rounds to four decimals: ``0.0305``. Used to show the
        true value at the precision of a claim.

        >>> from kldocs.exact import ExactValue
        >>> ExactValue.log(2).rounded_at(-3)
        '0.693'
        >>> ExactValue.number(Fraction(1, 1000)).rounded_at(-2)
        '0.00'
        >>> ExactValue.number(Fraction(6, 100)).rounded_at(-1), ExactValue.number(Fraction(6)).rounded_at(1)
        ('0.1', '10')
        """
        if self.infinite:
            return "inf" if self.infinite > 0 else "-inf"
        quantum = Decimal(1).scaleb(place)
        sign = self.sign()
        if sign == 0:
            return str(Decimal(0).quantize(quantum)) if place < 0 else "0"
        magnitude = self if sign > 0 else -self
        digits = magnitude._floor_log10() - place + 1
        if digits >= 1:
            result = Decimal(magnitude.decimal(digits))
        else:  # below the place: it rounds to one unit of the place or to 0
            result = quantum if magnitude.compare(Fraction(10) ** place / 2) > 0 else Decimal(0)
        shown = result.quantize(quantum) if place < 0 else result.to_integral_value()
        return f"{'-' if sign < 0 else ''}{shown:f}"

    def _floor_log10(self) -> int:
        """The largest e with ``10**e <= self``, for a positive finite value."""
        exact = self._quick_rational()
        if exact is not None:
            return floor_log10(exact)
        estimate = float(self)
        exponent = math.floor(math.log10(estimate)) if estimate > 0 else -400
        while self.compare(Fraction(10) ** exponent) < 0:
            exponent -= 1
        while self.compare(Fraction(10) ** (exponent + 1)) >= 0:
            exponent += 1
        return exponent


def rational_sqrt(x: Fraction) -> Fraction | None:
    """The exact square root of a non-negative rational, or None when it is irrational.

    >>> rational_sqrt(Fraction(9, 4)), rational_sqrt(Fraction(2))
    (Fraction(3, 2), None)
    """
    top, bottom = math.isqrt(x.numerator), math.isqrt(x.denominator)
    return Fraction(top, bottom) if top * top == x.numerator and bottom * bottom == x.denominator else None
