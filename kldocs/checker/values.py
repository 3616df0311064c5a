"""Exact numbers for the checker: a rational plus logarithms in several bases, or an infinity.

A document may mix ``\\ln``, ``\\log_2`` and a plain ``\\log`` in one line, so a
value here is ``r + sum_b L_b / ln(b)`` with a rational ``r`` and, per base
``b``, a canonical :class:`~kldocs.exact.LogSum` ``L_b`` (in nats). A part
that is rational after all (``\\log_2 8 = 3``) is moved into ``r``, so
"rational" can be decided exactly. Signs and roundings are certified with
interval arithmetic, the same way as in the exact core.

>>> third = Exact.log(Fraction(2, 3)).scale(Fraction(1, 5)) + Exact.log(Fraction(5, 4)).scale(Fraction(1, 2))
>>> third.decimal(6)
'0.0304788'
>>> Exact.log(8, Fraction(2)).rational_value()
Fraction(3, 1)
>>> third.compare(Fraction(3, 100))
1
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING

from kldocs.exact import Base, ExactValue, LogSum
from kldocs.exact.logsum import working_precision
from kldocs.exact.rounding import certified_decimal, round_significant

if TYPE_CHECKING:
    import flint

#: Largest numerator or denominator whose logarithm is taken (factoring stays instant below it).
MAX_LOG_ARGUMENT = 10**18
#: Largest bit length of any rational in a computation; keeps hostile products small.
MAX_BITS = 4096
#: Highest working precision tried before a sign or a rounding is given up as undecidable.
MAX_PRECISION = 1 << 14

BaseKey = Fraction | None


class EvaluationError(ValueError):
    """A value that cannot be computed exactly (log of a negative, a product of two logs, too large...)."""


class UndecidableError(ArithmeticError):
    """A comparison the interval arithmetic could not settle within :data:`MAX_PRECISION` bits."""


@dataclass(frozen=True)
class Exact:
    """``rational + sum(L / ln(base))``, or +/-infinity when ``infinite`` is 1 or -1.

    Attributes
    ----------
    rational
        The rational part.
    logs
        ``((base, L), ...)``: base None is e; each ``L`` a nonzero LogSum in nats,
        sorted by base, one per base, none a rational multiple of ``ln(base)``.
    infinite
        0 for a finite value, 1 for +infinity, -1 for -infinity.
    """

    rational: Fraction = Fraction(0)
    logs: tuple[tuple[BaseKey, LogSum], ...] = ()
    infinite: int = 0

    # --- construction -------------------------------------------------------------------------------------

    @classmethod
    def number(cls, value: Fraction | int) -> Exact:
        """A rational value."""
        return cls(_bounded(Fraction(value)))

    @classmethod
    def infinity(cls, sign: int = 1) -> Exact:
        """+infinity (or -infinity with ``sign=-1``)."""
        return cls(infinite=1 if sign > 0 else -1)

    @classmethod
    def log(cls, x: Fraction | int, base: BaseKey = None) -> Exact:
        """``log_base(x)`` of a non-negative rational; ``log 0`` is -infinity.

        Raises
        ------
        EvaluationError
            For a negative argument, or one too large to factor quickly.
        """
        x = Fraction(x)
        if x < 0:
            raise EvaluationError(f"the logarithm of a negative number ({x})")
        if x == 0:
            return cls.infinity(-1)
        if max(x.numerator, x.denominator) > MAX_LOG_ARGUMENT:
            raise EvaluationError("a logarithm of a number with more than 18 digits is not taken")
        return cls._normal(Fraction(0), {base: LogSum.log(x)})

    @classmethod
    def from_value(cls, value: ExactValue) -> Exact:
        """The same number as an :class:`~kldocs.exact.ExactValue` of the exact core."""
        if not value.is_finite:
            return cls.infinity(value.infinite)
        return cls._normal(value.rational, {base.value: logs for base, logs in value.parts})

    @classmethod
    def _normal(cls, rational: Fraction, logs: dict[BaseKey, LogSum]) -> Exact:
        kept: list[tuple[BaseKey, LogSum]] = []
        for base in sorted(logs, key=_base_order):
            part = logs[base]
            if part.is_zero():
                continue
            if base is not None:
                ratio = part.ratio(Base(base).log)  # type: ignore[arg-type]
                if ratio is not None:
                    rational += ratio
                    continue
            kept.append((base, part))
        return cls(_bounded(rational), tuple(kept))

    # --- queries ------------------------------------------------------------------------------------------

    @property
    def is_finite(self) -> bool:
        return self.infinite == 0

    def rational_value(self) -> Fraction | None:
        """The value when it is a (finite) rational, else None."""
        return self.rational if self.infinite == 0 and not self.logs else None

    def has_logs(self) -> bool:
        """True when the value has an irrational logarithm part."""
        return bool(self.logs)

    def key(self) -> tuple[object, ...]:
        """A hashable canonical form: equal keys exactly when the values are equal (per base)."""
        if self.infinite:
            return ("inf", self.infinite)
        return (self.rational, self.logs)

    def ball(self, bits: int) -> flint.arb:
        """An arb ball certainly containing the (finite) value."""
        import flint

        if bits > MAX_PRECISION:
            raise UndecidableError("the value could not be pinned down within the precision limit")
        with working_precision(bits):
            total = flint.arb(flint.fmpq(self.rational.numerator, self.rational.denominator))
            for base, part in self.logs:
                term = part.ball(bits)
                if base is not None:
                    term = term / LogSum.log(base).ball(bits)
                total += term
            return total

    def compare(self, other: Fraction | int) -> int:
        """-1, 0 or 1: the sign of ``self - other``, certified.

        Raises
        ------
        UndecidableError
            When the precision limit is reached (only for values that are
            rational in a form this class cannot see, such as mixed bases).
        """
        if self.infinite:
            return self.infinite
        other = Fraction(other)
        if not self.logs:
            return (self.rational > other) - (self.rational < other)
        import flint

        bits = 64
        while True:
            with working_precision(bits):
                difference = self.ball(bits) - flint.arb(flint.fmpq(other.numerator, other.denominator))
            if difference > 0:
                return 1
            if difference < 0:
                return -1
            bits *= 2

    def sign(self) -> int:
        """-1, 0 or 1, certified."""
        return self.compare(0)

    def equals(self, other: Exact) -> bool:
        """Exact equality, decided on the canonical forms (no rounding involved)."""
        if self.infinite or other.infinite:
            return self.infinite == other.infinite
        return (self - other).rational_value() == 0

    def decimal(self, digits: int = 10) -> str:
        """Correctly rounded to ``digits`` significant digits; ``"inf"``/``"-inf"`` when infinite.

        >>> Exact.log(2).decimal(5)
        '0.69315'
        """
        if self.infinite:
            return "inf" if self.infinite > 0 else "-inf"
        if not self.logs:
            return round_significant(self.rational, digits)
        return _certified(self, digits)

    def __float__(self) -> float:
        if self.infinite:
            return float("inf") * self.infinite
        return float(self.decimal(17))

    # --- arithmetic ---------------------------------------------------------------------------------------

    def __add__(self, other: Exact) -> Exact:
        if not isinstance(other, Exact):
            return NotImplemented
        if self.infinite or other.infinite:
            if self.infinite and other.infinite and self.infinite != other.infinite:
                raise EvaluationError("infinity minus infinity has no value")
            return Exact.infinity(self.infinite or other.infinite)
        merged = dict(self.logs)
        for base, part in other.logs:
            merged[base] = merged[base] + part if base in merged else part
        return Exact._normal(self.rational + other.rational, merged)

    def __neg__(self) -> Exact:
        if self.infinite:
            return Exact.infinity(-self.infinite)
        return Exact(-self.rational, tuple((base, -part) for base, part in self.logs))

    def __sub__(self, other: Exact) -> Exact:
        if not isinstance(other, Exact):
            return NotImplemented
        return self + (-other)

    def scale(self, factor: Fraction) -> Exact:
        """``factor * self``; ``0 * infinity`` is 0, the convention behind ``0 log 0 = 0``."""
        if factor == 0:
            return Exact()
        if self.infinite:
            return Exact.infinity(self.infinite * (1 if factor > 0 else -1))
        return Exact(_bounded(self.rational * factor), tuple((base, part * factor) for base, part in self.logs))

    def __mul__(self, other: Exact) -> Exact:
        if not isinstance(other, Exact):
            return NotImplemented
        mine, theirs = self.rational_value(), other.rational_value()
        if mine is not None:
            return other.scale(mine)
        if theirs is not None:
            return self.scale(theirs)
        if self.infinite and other.infinite:
            return Exact.infinity(self.infinite * other.infinite)
        if self.infinite or other.infinite:
            infinite, finite = (self, other) if self.infinite else (other, self)
            return Exact.infinity(infinite.infinite * finite.sign())
        raise EvaluationError("a product of two logarithms is outside what can be checked exactly")

    def __truediv__(self, other: Exact) -> Exact:
        if not isinstance(other, Exact):
            return NotImplemented
        divisor = other.rational_value()
        if other.infinite:
            if self.infinite:
                raise EvaluationError("infinity divided by infinity has no value")
            return Exact()
        if divisor is None:
            raise EvaluationError("division by a logarithm is outside what can be checked exactly")
        if divisor == 0:
            top = self.sign()
            if top == 0:
                raise EvaluationError("0/0 has no value")
            return Exact.infinity(top)
        return self.scale(1 / divisor)

    def power(self, exponent: int) -> Exact:
        """``self ** exponent`` for a rational base and a small integer exponent."""
        value = self.rational_value()
        if value is None:
            raise EvaluationError("a power of a logarithm is outside what can be checked exactly")
        if value == 0 and exponent < 0:
            return Exact.infinity()
        return Exact.number(value**exponent)

    def __iter__(self) -> Iterator[tuple[BaseKey, LogSum]]:
        return iter(self.logs)


@lru_cache(maxsize=4096)
def _certified(value: Exact, digits: int) -> str:
    """Certified rounding, remembered: reports show the same values many times."""
    shown = certified_decimal(value.ball, digits, MAX_PRECISION)
    if shown is None:
        raise UndecidableError("the value could not be rounded within the precision limit")
    return shown


def _base_order(base: BaseKey) -> tuple[int, Fraction]:
    return (0, Fraction(0)) if base is None else (1, base)


def _bounded(value: Fraction) -> Fraction:
    if value.numerator.bit_length() > MAX_BITS or value.denominator.bit_length() > MAX_BITS:
        raise EvaluationError(f"a number with more than {MAX_BITS} bits came up; it is not checked")
    return value


def rounded_at(value: Exact, place: int) -> str:
    """``value`` rounded to a multiple of ``10**place``, as positional text.

    ``place = -4`` rounds to four decimals: ``0.0305``. Used to show the true
    value at the precision of a claim.

    >>> rounded_at(Exact.log(2), -3)
    '0.693'
    >>> rounded_at(Exact.number(Fraction(1, 1000)), -2)
    '0.00'
    """
    from decimal import Decimal

    if value.infinite:
        return "inf" if value.infinite > 0 else "-inf"
    quantum = Decimal(1).scaleb(place)
    sign = value.sign()
    if sign == 0:
        return str(Decimal(0).quantize(quantum)) if place < 0 else "0"
    magnitude = value if sign > 0 else -value
    exponent = _floor_log10(magnitude)
    digits = exponent - place + 1
    if digits >= 1:
        text = magnitude.decimal(digits)
    else:
        half = Fraction(10) ** place / 2
        text = str(Fraction(10) ** place) if magnitude.compare(half) >= 0 else "0"
    result = Decimal(text if "/" not in text else str(Fraction(text)))
    shown = result.quantize(quantum) if place < 0 else result.to_integral_value()
    return f"{'-' if sign < 0 else ''}{shown:f}"


def _floor_log10(value: Exact) -> int:
    """The largest e with 10**e <= value, for a positive finite value."""
    estimate = float(value)
    import math

    exponent = math.floor(math.log10(estimate)) if estimate > 0 else -400
    while value.compare(Fraction(10) ** exponent) < 0:
        exponent -= 1
    while value.compare(Fraction(10) ** (exponent + 1)) >= 0:
        exponent += 1
    return exponent
