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

import math
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

    Stored as integer numerators over one common denominator, reduced, so
    that sums of many terms add integers rather than fractions.

    Parameters
    ----------
    coefficients
        ``{prime: rational coefficient}``. Keys must be primes; zero
        coefficients are dropped. Use :meth:`log` or :meth:`weighted` to
        build one from arbitrary rationals.
    """

    __slots__ = ("_denominator", "_numerators")

    def __init__(self, coefficients: Mapping[int, Rational] | None = None) -> None:
        items = {p: Fraction(c) for p, c in (coefficients or {}).items() if c}
        denominator = math.lcm(*(c.denominator for c in items.values())) if items else 1
        self._set({p: c.numerator * (denominator // c.denominator) for p, c in items.items()}, denominator)

    @classmethod
    def _from_integers(cls, numerators: dict[int, int], denominator: int) -> LogSum:
        """``sum_p (n_p / d) ln(p)`` from integer numerators; reduces the form."""
        value = cls.__new__(cls)
        value._set(numerators, denominator)
        return value

    def _set(self, numerators: dict[int, int], denominator: int) -> None:
        kept = {p: n for p, n in numerators.items() if n}
        if denominator < 0:
            kept, denominator = {p: -n for p, n in kept.items()}, -denominator
        common = math.gcd(denominator, *kept.values())
        self._numerators: dict[int, int] = {p: kept[p] // common for p in sorted(kept)}
        self._denominator: int = denominator // common if kept else 1

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
        return cls._from_integers(coefficients, 1)

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
        return cls._from_integers({p: c * scale.numerator for p, c in grouped.items()}, scale.denominator)

    @property
    def coefficients(self) -> dict[int, Fraction]:
        """``{prime: coefficient}`` as Fractions, sorted by prime."""
        return {p: Fraction(n, self._denominator) for p, n in self._numerators.items()}

    def is_zero(self) -> bool:
        """True when the value is exactly 0."""
        return not self._numerators

    def ratio(self, other: LogSum) -> Fraction | None:
        """The rational ``r`` with ``self == r * other``, or None if there is none.

        >>> LogSum.log(8).ratio(LogSum.log(2))
        Fraction(3, 1)
        """
        if other.is_zero():
            raise ZeroDivisionError("ratio to zero")
        if self.is_zero():
            return Fraction(0)
        if self._numerators.keys() != other._numerators.keys():
            return None
        mine, theirs = self.coefficients, other.coefficients
        ratios = {mine[p] / theirs[p] for p in mine}
        return ratios.pop() if len(ratios) == 1 else None

    def __add__(self, other: LogSum) -> LogSum:
        if not isinstance(other, LogSum):
            return NotImplemented
        denominator = math.lcm(self._denominator, other._denominator)
        mine, theirs = denominator // self._denominator, denominator // other._denominator
        merged = {p: n * mine for p, n in self._numerators.items()}
        for p, n in other._numerators.items():
            merged[p] = merged.get(p, 0) + n * theirs
        return LogSum._from_integers(merged, denominator)

    def __neg__(self) -> LogSum:
        return LogSum._from_integers({p: -n for p, n in self._numerators.items()}, self._denominator)

    def __sub__(self, other: LogSum) -> LogSum:
        if not isinstance(other, LogSum):
            return NotImplemented
        return self + (-other)

    def __mul__(self, factor: Rational) -> LogSum:
        if not isinstance(factor, (int, Fraction)):
            return NotImplemented
        factor = Fraction(factor)
        scaled = {p: n * factor.numerator for p, n in self._numerators.items()}
        return LogSum._from_integers(scaled, self._denominator * factor.denominator)

    __rmul__ = __mul__

    def __truediv__(self, divisor: Rational) -> LogSum:
        if not isinstance(divisor, (int, Fraction)):
            return NotImplemented
        return self * (1 / Fraction(divisor))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LogSum):
            return NotImplemented
        return self._denominator == other._denominator and self._numerators == other._numerators

    def __hash__(self) -> int:
        return hash((self._denominator, tuple(self._numerators.items())))

    def __repr__(self) -> str:
        return f"LogSum({self.coefficients!r})"

    def __iter__(self) -> Iterator[tuple[int, Fraction]]:
        """``(prime, coefficient)`` pairs in increasing order of prime."""
        return iter(self.coefficients.items())

    def ball(self, precision: int) -> flint.arb:
        """An arb ball certainly containing the value, at ``precision`` bits."""
        import flint

        with working_precision(precision):
            total = flint.arb(0)
            for prime, n in self._numerators.items():
                total += n * flint.arb(prime).log()
            return total / self._denominator

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
