"""The one exact value: a rational plus logarithms in any bases, or a signed infinity.

:class:`ExactValue` is ``r + sum_b L_b / ln(b)`` with a rational ``r`` and,
per logarithm base ``b``, an exact :class:`~kldocs.exact.LogSum` ``L_b`` in
nats (base e has ``ln(e) = 1``); or +infinity or -infinity. Every measure,
every step of a derivation and every claim the checker reads is such a
value. It adds, scales, compares, rounds and prints itself (plain text that
SymPy can parse, LaTeX, certified decimals) without importing SymPy: the
printing comes from :mod:`kldocs.exact.value_printing`, the decimals from
:mod:`kldocs.exact.value_decimals`.

Equality is exact. In one base it is decided on canonical forms: the
multiple of ``ln(b)`` hidden in ``L_b`` moves into ``r`` (``log_2 12 = 2 +
log_2 3``), and what is left is zero only when it has no terms. Values in
several unrelated bases are compared by certified interval arithmetic.

>>> from fractions import Fraction
>>> kl = ExactValue.from_logs(LogSum.log(Fraction(2, 3)) / 5 + LogSum.log(Fraction(5, 4)) / 2)
>>> kl.text()
'-4/5*log(2) - 1/5*log(3) + 1/2*log(5)'
>>> kl.decimal(9)
'0.0304787540'
>>> ExactValue.from_logs(kl.logs_in(Base()), Base.parse("2")).text()
'-4/5 - 1/5*log(3)/log(2) + 1/2*log(5)/log(2)'
>>> ExactValue.log(8, Base.parse("2")) == 3
True
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property

from kldocs.errors import EvaluationError
from kldocs.exact.base import Base, split_off_base
from kldocs.exact.logsum import BULK_BITS, LogSum
from kldocs.exact.rounding import UndecidableError, settled_sign
from kldocs.exact.value_decimals import CertifiedDecimals
from kldocs.exact.value_printing import DisplayTerm, WrittenForms, signed_join

__all__ = ["DisplayTerm", "ExactValue", "Rational", "signed_join"]

Rational = int | Fraction


@dataclass(frozen=True, eq=False)
class ExactValue(WrittenForms, CertifiedDecimals):
    """``rational + sum(L / ln(base) for base, L in parts)``, or ``infinite`` (+1 or -1) times infinity.

    Build values with :meth:`number`, :meth:`log`, :meth:`from_logs` and
    :meth:`infinity`, and combine them with ``+ - * /``.

    Attributes
    ----------
    rational
        The rational part.
    parts
        ``((base, L), ...)``, one per base as given (base e first, then by
        base), each ``L`` a LogSum in nats with at least one term.
    infinite
        0 for a finite value, 1 for +infinity, -1 for -infinity.
    """

    rational: Fraction = Fraction(0)
    parts: tuple[tuple[Base, LogSum], ...] = ()
    infinite: int = 0

    # --- construction -------------------------------------------------------------------------------

    @classmethod
    def number(cls, value: Rational) -> ExactValue:
        """A rational value.

        >>> ExactValue.number(Fraction(1, 3)).text()
        '1/3'
        """
        return cls(Fraction(value))

    @classmethod
    def infinity(cls, sign: int = 1) -> ExactValue:
        """+infinity (or -infinity with ``sign=-1``)."""
        return cls(infinite=1 if sign > 0 else -1)

    @classmethod
    def from_logs(cls, logs: LogSum | None, base: Base | None = None) -> ExactValue:
        """``logs / ln(base)`` (``logs`` in nats), or +infinity when ``logs`` is None.

        This is how a measure in some base is made from its value in nats.
        """
        if logs is None:
            return cls.infinity()
        return cls._make(Fraction(0), {base or Base(): logs})

    @classmethod
    def log(cls, x: Rational, base: Base | None = None) -> ExactValue:
        """``log_base(x)`` of a non-negative rational; ``log 0`` is -infinity.

        >>> ExactValue.log(Fraction(1, 4), Base.parse("2")).text()
        '-2'

        Raises
        ------
        EvaluationError
            For a negative argument.
        """
        x = Fraction(x)
        if x < 0:
            raise EvaluationError(f"the logarithm of a negative number ({x})")
        if x == 0:
            return cls.infinity(-1)
        return cls._make(Fraction(0), {base or Base(): LogSum.log(x)})

    @classmethod
    def _make(cls, rational: Fraction, parts: dict[Base, LogSum]) -> ExactValue:
        kept = tuple((base, parts[base]) for base in sorted(parts, key=_base_order) if len(parts[base]))
        return cls(rational, kept)

    # --- queries ------------------------------------------------------------------------------------

    @property
    def is_finite(self) -> bool:
        return self.infinite == 0

    @property
    def size(self) -> int:
        """How many terms the value has as stored (its rational part counts as one).

        >>> ExactValue.log(30).size
        3
        """
        return (1 if self.rational else 0) + sum(len(logs) for _, logs in self.parts)

    def logs_in(self, base: Base) -> LogSum:
        """The LogSum ``L`` of the part in ``base`` (empty when there is none)."""
        return dict(self.parts).get(base, LogSum())

    def rational_value(self) -> Fraction | None:
        """The value when it is a (finite) rational, else None.

        >>> ExactValue.log(Fraction(9, 4), Base.parse("3/2")).rational_value()
        Fraction(2, 1)
        """
        if self.infinite:
            return None
        rational, remainders = self._canonical
        return rational if not remainders else None

    def is_zero(self) -> bool:
        """True when the value is exactly 0."""
        return self.rational_value() == 0

    def sign(self) -> int:
        """-1, 0 or 1, certified.

        Raises
        ------
        UndecidableError
            Only for a sum over several unrelated bases that cancels so
            closely that the precision limit is reached.
        """
        return self._sign

    @cached_property
    def _sign(self) -> int:
        """The sign, worked out once (a pass over every atom)."""
        if self.infinite:
            return self.infinite
        if self.parts:  # a ball away from 0 settles it; the canonical form makes every atom coprime (slow at scale)
            enclosed = self.ball(BULK_BITS)
            if enclosed > 0 or enclosed < 0:
                return 1 if enclosed > 0 else -1
        rational, remainders = self._canonical
        if not remainders:
            return (rational > 0) - (rational < 0)
        if len(remainders) == 1 and not rational:
            ((_, logs),) = remainders.items()
            return logs.sign()  # ln(b) > 0 for every base b > 1
        return settled_sign(self.ball)

    def compare(self, other: ExactValue | Rational) -> int:
        """-1, 0 or 1: the sign of ``self - other``, certified.

        >>> ExactValue.log(2).compare(Fraction(69, 100))
        1
        """
        other = other if isinstance(other, ExactValue) else ExactValue.number(other)
        if self.infinite or other.infinite:
            if self.infinite == other.infinite:
                return 0
            return 1 if self.infinite > other.infinite else -1
        return (self - other).sign()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (int, Fraction)):
            other = ExactValue.number(other)
        if not isinstance(other, ExactValue):
            return NotImplemented
        if self.infinite or other.infinite:
            return self.infinite == other.infinite
        rational, remainders = (self - other)._canonical
        if not remainders:
            return rational == 0
        if len(remainders) == 1 and not rational:
            return False
        try:
            return settled_sign((self - other).ball) == 0
        except UndecidableError:
            return False

    def __hash__(self) -> int:
        if self.infinite:
            return hash(("infinity", self.infinite))
        return self._hash

    @cached_property
    def _hash(self) -> int:
        # Equal values may be written differently (ln 6 in base e, or in base 4 against base 2),
        # so the hash comes from the number itself: its correctly rounded double.
        exact = self.rational_value()
        return hash(exact) if exact is not None else hash(float(self))

    @cached_property
    def _canonical(self) -> tuple[Fraction, dict[Base, LogSum]]:
        """The rational part with every base's hidden multiple of ``ln(b)`` moved into it.

        Bases that are powers of one another are merged first (``log_8 x =
        log_2 x / 3``). Per base, the multiple of ``ln(b)`` that cancels the
        coefficient of the first atom of ``ln(b)`` is taken out; what is
        left (the remainder) is zero only if it has no terms.
        """
        merged: dict[Base, LogSum] = {}
        for base, logs in self.parts:
            root, power = base.primitive
            merged[root] = merged.get(root, LogSum()) + logs / power
        rational = self.rational
        remainders: dict[Base, LogSum] = {}
        for base, logs in merged.items():
            if logs.is_zero():
                continue
            if base.log is None:
                remainders[base] = logs
                continue
            multiple, remainder = split_off_base(logs, base.log)
            rational += multiple
            if not remainder.is_zero():
                remainders[base] = remainder
        return rational, remainders

    # --- arithmetic ---------------------------------------------------------------------------------

    def __add__(self, other: ExactValue | Rational) -> ExactValue:
        if isinstance(other, (int, Fraction)):
            other = ExactValue.number(other)
        if not isinstance(other, ExactValue):
            return NotImplemented
        if self.infinite or other.infinite:
            if self.infinite and other.infinite and self.infinite != other.infinite:
                raise EvaluationError("infinity minus infinity has no value")
            return ExactValue.infinity(self.infinite or other.infinite)
        merged = dict(self.parts)
        for base, logs in other.parts:
            merged[base] = merged[base] + logs if base in merged else logs
        return ExactValue._make(self.rational + other.rational, merged)

    __radd__ = __add__

    def __neg__(self) -> ExactValue:
        if self.infinite:
            return ExactValue.infinity(-self.infinite)
        return ExactValue(-self.rational, tuple((base, -logs) for base, logs in self.parts))

    def __sub__(self, other: ExactValue | Rational) -> ExactValue:
        if isinstance(other, (int, Fraction)):
            other = ExactValue.number(other)
        if not isinstance(other, ExactValue):
            return NotImplemented
        return self + (-other)

    def scale(self, factor: Rational) -> ExactValue:
        """``factor * self``; ``0 * infinity`` is 0, the convention behind ``0 log 0 = 0``.

        >>> ExactValue.infinity().scale(0).text()
        '0'
        """
        factor = Fraction(factor)
        if factor == 0:
            return ExactValue()
        if self.infinite:
            return ExactValue.infinity(self.infinite * (1 if factor > 0 else -1))
        return ExactValue(self.rational * factor, tuple((base, logs * factor) for base, logs in self.parts))

    def __mul__(self, other: ExactValue | Rational) -> ExactValue:
        """A product where one side is rational (a product of two logarithms has no exact form here)."""
        if isinstance(other, (int, Fraction)):
            if self.infinite and other == 0:
                raise EvaluationError("0 times infinity has no value (use scale() for the 0 log 0 convention)")
            return self.scale(other)
        if not isinstance(other, ExactValue):
            return NotImplemented
        if self.infinite and other.infinite:
            return ExactValue.infinity(self.infinite * other.infinite)
        if self.infinite or other.infinite:
            infinite, finite = (self, other) if self.infinite else (other, self)
            sign = finite.sign()
            if sign == 0:
                raise EvaluationError("0 times infinity has no value")
            return ExactValue.infinity(infinite.infinite * sign)
        mine, theirs = self.rational_value(), other.rational_value()
        if mine is not None:
            return other.scale(mine)
        if theirs is not None:
            return self.scale(theirs)
        raise EvaluationError("a product of two logarithms is outside what can be computed exactly")

    __rmul__ = __mul__

    def __truediv__(self, other: ExactValue | Rational) -> ExactValue:
        other = other if isinstance(other, ExactValue) else ExactValue.number(other)
        if other.infinite:
            if self.infinite:
                raise EvaluationError("infinity divided by infinity has no value")
            return ExactValue()
        divisor = other.rational_value()
        if divisor is None:
            raise EvaluationError("division by a logarithm is outside what can be computed exactly")
        if divisor == 0:
            top = self.sign()
            if top == 0:
                raise EvaluationError("0/0 has no value")
            return ExactValue.infinity(top)
        return self.scale(1 / divisor)

    def power(self, exponent: int) -> ExactValue:
        """``self ** exponent`` for a rational value and an integer exponent (``0**-1`` is +infinity)."""
        value = self.rational_value()
        if value is None:
            raise EvaluationError("a power of a logarithm is outside what can be computed exactly")
        if value == 0 and exponent < 0:
            return ExactValue.infinity()
        return ExactValue.number(value**exponent)

    def in_units(self, base: Base) -> ExactValue:
        """A value in nats (logarithms in base e only) expressed in units of ``base``: divided by ``ln(b)``.

        >>> ExactValue.log(8).in_units(Base.parse("2")).text()
        '3'
        """
        if base.value is None:
            return self
        if self.infinite:
            return self
        if self.rational or any(part.value is not None for part, _ in self.parts):
            raise EvaluationError("only a value in nats (a sum of natural logarithms) changes its unit")
        return ExactValue.from_logs(self.logs_in(Base()), base)

    def __repr__(self) -> str:
        return f"ExactValue({self.text()})"

    def __iter__(self) -> Iterator[tuple[Base, LogSum]]:
        return iter(self.parts)


def _base_order(base: Base) -> tuple[int, Fraction]:
    return (0, Fraction(0)) if base.value is None else (1, base.value)
