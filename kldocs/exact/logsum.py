"""Canonical exact sums of rational multiples of logarithms of primes.

A :class:`LogSum` is ``sum_p c_p * ln(p)`` over distinct primes ``p`` with
nonzero rational ``c_p``. Logarithms of distinct primes are linearly
independent over the rationals, so this form is unique: two values are
equal exactly when their coefficient dictionaries are equal, and a nonzero
LogSum is never zero (its sign can always be certified).

>>> kl = LogSum.log(Fraction(2, 3)) / 5 + LogSum.log(Fraction(5, 4)) / 2
>>> kl
LogSum({2: Fraction(-4, 5), 3: Fraction(-1, 5), 5: Fraction(1, 2)})
>>> kl.sign()
1
>>> round(float(kl), 10)
0.030478754
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from fractions import Fraction
from typing import TYPE_CHECKING

from kldocs.exact.factor import factorize, prime_weights
from kldocs.exact.rounding import certified_float

if TYPE_CHECKING:
    import flint

Rational = int | Fraction

#: Working precision (bits) of the first attempt at a certified sign or float.
_START_PRECISION = 64
#: Give up doubling after this many bits; only reachable for absurd inputs.
_MAX_PRECISION = 1 << 20


class LogSum:
    """An exact real number ``sum_p c_p ln(p)`` in canonical form.

    Parameters
    ----------
    coefficients
        ``{prime: rational coefficient}``. Keys must be primes; zero
        coefficients are dropped. Use :meth:`log` or :meth:`weighted` to
        build one from arbitrary rationals.
    """

    __slots__ = ("_coefficients",)

    def __init__(self, coefficients: Mapping[int, Rational] | None = None) -> None:
        items = (coefficients or {}).items()
        self._coefficients: dict[int, Fraction] = {p: Fraction(c) for p, c in sorted(items) if c}

    @classmethod
    def log(cls, x: Rational) -> LogSum:
        """``ln(x)`` for a positive rational ``x``.

        >>> LogSum.log(Fraction(5, 4))
        LogSum({2: Fraction(-2, 1), 5: Fraction(1, 1)})
        """
        x = Fraction(x)
        if x <= 0:
            raise ValueError(f"log of a non-positive number {x}")
        coefficients: dict[int, int] = {}
        for sign, integer in ((1, x.numerator), (-1, x.denominator)):
            if integer != 1:
                for prime, exponent in factorize(integer):
                    coefficients[prime] = coefficients.get(prime, 0) + sign * exponent
        return cls(coefficients)

    @classmethod
    def weighted(
        cls,
        numerators: Sequence[int],
        denominators: Sequence[int],
        weights: Sequence[int],
        scale: Rational = 1,
    ) -> LogSum:
        """``scale * sum_i w_i ln(num_i / den_i)``, grouped before factoring.

        This is the fast constructor behind every measure: integer weights are
        summed per distinct integer, then each integer is factored once.

        >>> LogSum.weighted([1, 1], [2, 4], [1, 1], Fraction(1, 2))  # (ln 1/2 + ln 1/4)/2
        LogSum({2: Fraction(-3, 2)})
        """
        scale = Fraction(scale)
        grouped = prime_weights(numerators, denominators, weights)
        return cls({p: c * scale for p, c in grouped.items()})

    @property
    def coefficients(self) -> dict[int, Fraction]:
        """A copy of ``{prime: coefficient}``, sorted by prime."""
        return dict(self._coefficients)

    def is_zero(self) -> bool:
        """True when the value is exactly 0."""
        return not self._coefficients

    def ratio(self, other: LogSum) -> Fraction | None:
        """The rational ``r`` with ``self == r * other``, or None if there is none.

        >>> LogSum.log(8).ratio(LogSum.log(2))
        Fraction(3, 1)
        """
        if other.is_zero():
            raise ZeroDivisionError("ratio to zero")
        if self.is_zero():
            return Fraction(0)
        if self._coefficients.keys() != other._coefficients.keys():
            return None
        ratios = {c / other._coefficients[p] for p, c in self._coefficients.items()}
        return ratios.pop() if len(ratios) == 1 else None

    def __add__(self, other: LogSum) -> LogSum:
        if not isinstance(other, LogSum):
            return NotImplemented
        merged = dict(self._coefficients)
        for p, c in other._coefficients.items():
            merged[p] = merged.get(p, Fraction(0)) + c
        return LogSum(merged)

    def __neg__(self) -> LogSum:
        return LogSum({p: -c for p, c in self._coefficients.items()})

    def __sub__(self, other: LogSum) -> LogSum:
        if not isinstance(other, LogSum):
            return NotImplemented
        return self + (-other)

    def __mul__(self, factor: Rational) -> LogSum:
        if not isinstance(factor, (int, Fraction)):
            return NotImplemented
        return LogSum({p: c * factor for p, c in self._coefficients.items()})

    __rmul__ = __mul__

    def __truediv__(self, divisor: Rational) -> LogSum:
        if not isinstance(divisor, (int, Fraction)):
            return NotImplemented
        return self * (1 / Fraction(divisor))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LogSum):
            return NotImplemented
        return self._coefficients == other._coefficients

    def __hash__(self) -> int:
        return hash(tuple(self._coefficients.items()))

    def __repr__(self) -> str:
        return f"LogSum({self._coefficients!r})"

    def __iter__(self) -> Iterator[tuple[int, Fraction]]:
        """``(prime, coefficient)`` pairs in increasing order of prime."""
        return iter(self._coefficients.items())

    def ball(self, precision: int) -> flint.arb:
        """An arb ball certainly containing the value, at ``precision`` bits."""
        import flint

        with working_precision(precision):
            total = flint.arb(0)
            for prime, c in self._coefficients.items():
                total += flint.arb(c.numerator) * flint.arb(prime).log() / c.denominator
            return total

    def sign(self) -> int:
        """-1, 0 or 1, certified: the precision rises until the ball excludes 0.

        >>> (LogSum.log(2) * 3 - LogSum.log(7)).sign()  # ln 8 - ln 7
        1
        """
        if self.is_zero():
            return 0
        precision = _START_PRECISION
        while precision <= _MAX_PRECISION:
            ball = self.ball(precision)
            if ball > 0:
                return 1
            if ball < 0:
                return -1
            precision *= 2
        raise ArithmeticError("sign could not be certified")

    def __float__(self) -> float:
        """The nearest double, certified."""
        return 0.0 if self.is_zero() else certified_float(self.ball)


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
