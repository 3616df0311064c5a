"""An exact value in a chosen logarithm base, possibly +infinity.

:class:`ExactValue` is ``L / ln(b)`` for a canonical :class:`LogSum` ``L``
and a :class:`Base` ``b``, or +infinity. It adds, scales, compares and
prints itself (plain text that SymPy can parse, LaTeX, certified decimals)
without importing SymPy; :meth:`ExactValue.to_sympy` imports it on demand.

>>> from fractions import Fraction
>>> kl = ExactValue(LogSum.log(Fraction(2, 3)) / 5 + LogSum.log(Fraction(5, 4)) / 2)
>>> kl.text()
'-4/5*log(2) - 1/5*log(3) + 1/2*log(5)'
>>> kl.decimal(9)
'0.0304787540'
>>> kl.in_base(Base.parse("2")).text()
'-4/5 - 1/5*log(3)/log(2) + 1/2*log(5)/log(2)'
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from kldocs.exact.base import Base
from kldocs.exact.logsum import LogSum, working_precision
from kldocs.exact.rounding import certified_decimal, certified_float, round_significant

if TYPE_CHECKING:
    import flint

Rational = int | Fraction


@dataclass(frozen=True)
class ExactValue:
    """``logs / ln(base)``, or +infinity when ``logs`` is None.

    Attributes
    ----------
    logs
        The value in nats as a canonical LogSum; None means +infinity.
    base
        The base the value is expressed in (default e).
    """

    logs: LogSum | None
    base: Base = field(default_factory=Base)

    @classmethod
    def infinity(cls, base: Base | None = None) -> ExactValue:
        """+infinity in the given base."""
        return cls(None, base or Base())

    @property
    def is_finite(self) -> bool:
        return self.logs is not None

    def in_base(self, base: Base) -> ExactValue:
        """The same quantity measured in another base (the nats part is unchanged)."""
        return ExactValue(self.logs, base)

    def rational(self) -> Fraction | None:
        """The value as a rational number when it is one (e.g. 1 bit), else None."""
        if self.logs is None:
            return None
        if self.logs.is_zero():
            return Fraction(0)
        return None if self.base.log is None else self.logs.ratio(self.base.log)

    def is_zero(self) -> bool:
        return self.logs is not None and self.logs.is_zero()

    def sign(self) -> int:
        """-1, 0 or 1, certified."""
        return 1 if self.logs is None else self.logs.sign()

    def ball(self, precision: int) -> flint.arb:
        """An arb ball containing the (finite) value."""
        assert self.logs is not None
        value = self.logs.ball(precision)
        if self.base.log is not None:
            with working_precision(precision):
                value = value / self.base.log.ball(precision)
        return value

    def __float__(self) -> float:
        if self.logs is None:
            return float("inf")
        exact = self.rational()
        if exact is not None:
            return float(exact)
        return certified_float(self.ball)

    def decimal(self, digits: int = 10) -> str:
        """The value correctly rounded to ``digits`` significant digits, or ``"inf"``.

        >>> ExactValue(LogSum.log(2)).decimal(5)
        '0.69315'
        """
        if self.logs is None:
            return "inf"
        exact = self.rational()
        if exact == 0:
            return "0"  # exactly zero: no digits to round
        if exact is not None:
            return round_significant(exact, digits)
        return certified_decimal(self.ball, digits)

    def sqrt_decimal(self, digits: int = 10) -> str:
        """The square root of the (non-negative) value, correctly rounded.

        Used for the Jensen-Shannon distance, the square root of the JSD.

        >>> ExactValue(LogSum.log(2), Base.parse("2")).sqrt_decimal(3)
        '1.00'
        """
        if self.logs is None:
            return "inf"
        if self.sign() < 0:
            raise ValueError("square root of a negative value")
        exact = self.rational()
        if exact == 0:
            return "0"
        if exact is not None:
            root = _rational_sqrt(exact)
            if root is not None:  # a rational root may sit exactly on a rounding tie: round it exactly
                return round_significant(root, digits)

        def ball(bits: int) -> flint.arb:
            with working_precision(bits):
                return self.ball(bits).sqrt()

        return certified_decimal(ball, digits)

    def _terms(self) -> list[tuple[Fraction, int | None]]:
        """Display terms ``(coefficient, prime)``; prime None is a rational part.

        In a prime-power base ``p**k`` the ``ln p`` term becomes the rational
        ``c/k``, so 1 bit shows as 1 and not as ``log(2)/log(2)``.
        """
        assert self.logs is not None
        exact = self.rational()
        if exact is not None:
            return [(exact, None)] if exact else []
        base_primes = self.base.log.coefficients if self.base.log is not None else {}
        terms: list[tuple[Fraction, int | None]] = []
        for prime, c in self.logs:
            if len(base_primes) == 1 and prime in base_primes:
                terms.insert(0, (c / base_primes[prime], None))
            else:
                terms.append((c, prime))
        return terms

    def text(self) -> str:
        """Plain exact text that ``sympy.sympify`` reads back: ``1/2*log(5)``, ``oo``."""
        if self.logs is None:
            return "oo"
        return self._written(str, self.base.text_log, "*")

    def latex(self) -> str:
        r"""Exact LaTeX: ``-\frac{4}{5} \ln 2 - \frac{1}{5} \ln 3 + \frac{1}{2} \ln 5``."""
        if self.logs is None:
            return r"\infty"
        return self._written(latex_rational, self.base.latex_log, " ")

    def _written(self, number: Callable[[Fraction], str], log: Callable[[str], str], times: str) -> str:
        """The finite value written out term by term with the given number and log notations."""
        pieces = []
        for c, prime in self._terms():
            magnitude = abs(c)
            if prime is None:
                body = number(magnitude)
            else:
                body = log(str(prime)) if magnitude == 1 else f"{number(magnitude)}{times}{log(str(prime))}"
            pieces.append((c < 0, body))
        return _join(pieces) or "0"

    def to_sympy(self) -> Any:
        """The exact value as a SymPy expression (``sympy.oo`` when infinite)."""
        import sympy

        if self.logs is None:
            return sympy.oo
        total = sympy.Integer(0)
        for c, prime in self._terms():
            term = sympy.Rational(c.numerator, c.denominator)
            if prime is not None:
                term *= sympy.log(prime)
                if self.base.value is not None:
                    term /= sympy.log(sympy.Rational(self.base.value.numerator, self.base.value.denominator))
            total += term
        return total

    def _same_base(self, other: ExactValue) -> None:
        if self.base != other.base:
            raise ValueError(f"cannot combine values in base {self.base.name} and {other.base.name}")

    def __add__(self, other: ExactValue) -> ExactValue:
        if not isinstance(other, ExactValue):
            return NotImplemented
        self._same_base(other)
        if self.logs is None or other.logs is None:
            return ExactValue.infinity(self.base)
        return ExactValue(self.logs + other.logs, self.base)

    def __sub__(self, other: ExactValue) -> ExactValue:
        if not isinstance(other, ExactValue):
            return NotImplemented
        self._same_base(other)
        if other.logs is None:
            raise ArithmeticError("cannot subtract infinity")
        if self.logs is None:
            return self
        return ExactValue(self.logs - other.logs, self.base)

    def __mul__(self, factor: Rational) -> ExactValue:
        if not isinstance(factor, (int, Fraction)):
            return NotImplemented
        if self.logs is None:
            if factor <= 0:
                raise ArithmeticError("infinity times a non-positive number")
            return self
        return ExactValue(self.logs * factor, self.base)

    __rmul__ = __mul__


def _rational_sqrt(x: Fraction) -> Fraction | None:
    """The exact square root of a non-negative rational, or None when it is irrational."""
    top, bottom = math.isqrt(x.numerator), math.isqrt(x.denominator)
    return Fraction(top, bottom) if top * top == x.numerator and bottom * bottom == x.denominator else None


def latex_rational(x: Fraction) -> str:
    r"""A non-negative rational in LaTeX: ``3``, ``\frac{1}{5}``."""
    return str(x.numerator) if x.denominator == 1 else rf"\frac{{{x.numerator}}}{{{x.denominator}}}"


def _join(pieces: list[tuple[bool, str]]) -> str:
    """Join signed terms: ``a - b + c`` with a leading minus where needed."""
    text = ""
    for i, (negative, body) in enumerate(pieces):
        if i == 0:
            text = f"-{body}" if negative else body
        else:
            text += f" - {body}" if negative else f" + {body}"
    return text
