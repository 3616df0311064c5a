"""The one exact value: a rational plus logarithms in any bases, or a signed infinity.

:class:`ExactValue` is ``r + sum_b L_b / ln(b)`` with a rational ``r`` and,
per logarithm base ``b``, an exact :class:`~kldocs.exact.LogSum` ``L_b`` in
nats (base e has ``ln(e) = 1``); or +infinity or -infinity. Every measure,
every step of a derivation and every claim the checker reads is such a
value. It adds, scales, compares, rounds and prints itself (plain text that
SymPy can parse, LaTeX, certified decimals) without importing SymPy.

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

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING, Any

from kldocs.errors import EvaluationError
from kldocs.exact.base import Base
from kldocs.exact.display import rational_latex
from kldocs.exact.logsum import BULK_BITS, PI, QUICK_BITS, LogSum, common_atoms, working_precision
from kldocs.exact.rounding import (
    FLOAT_BITS,
    MAX_PRECISION,
    UndecidableError,
    ball_bounds,
    certified_decimal,
    certified_float,
    floor_log10,
    round_significant,
    settled_sign,
)
from kldocs.inputs.digits import check_digits

if TYPE_CHECKING:
    import flint

Rational = int | Fraction
#: A term as printed: (coefficient, atom or None for a rational, base of the logarithm).
DisplayTerm = tuple[Fraction, int | None, Base]


@dataclass(frozen=True, eq=False)
class ExactValue:
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
            multiple, remainder = _split_off_base(logs, base.log)
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

    # --- numbers --------------------------------------------------------------------------------------

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
                exact = _rational_sqrt(exact) if exact else exact
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

    # --- printing -------------------------------------------------------------------------------------

    def display_terms(self) -> list[DisplayTerm]:
        """The terms as printed: the rational part first, then each base's logarithms by atom.

        A part that is a rational multiple of ``ln(b)`` is that rational (1 bit
        shows as 1, ``log_10 10`` as 1). In a base that is a power of one
        prime (2, 4, 8...) the multiple of ``ln(b)`` hidden in a part is shown
        as a rational too (``log_2 12 = 2 + log_2 3``); in other bases each
        logarithm is shown as it is (``log(2)/log(10)``, not ``1 - log(5)/log(10)``).
        A very large sum whose integers were never factored is written over
        those integers as they are (still exact).
        """
        rational = self.rational
        logs: list[DisplayTerm] = []
        for base, part in self.parts:
            if base.log is not None and part.is_refined_cheaply():
                whole = part.ratio(base.log)
                if whole is not None:
                    rational += whole
                    continue
                if len(base.log.coefficients) == 1:
                    multiple, part = _split_off_base(part, base.log)
                    rational += multiple
            logs.extend((c, atom, base) for atom, c in part.terms())
        return ([(rational, None, Base())] if rational else []) + logs

    def text(self) -> str:
        """Plain exact text that ``sympy.sympify`` reads back: ``1/2*log(5)``, ``oo``."""
        if self.infinite:
            return "oo" if self.infinite > 0 else "-oo"
        return self._written(str, lambda base, atom: base.text_log("pi" if atom == PI else str(atom)), "*")

    def readable(self, most: int | None = None) -> str:
        """Exact text for a person: ``−4/5 ln 2 − 1/5 ln 3 + 1/2 ln 5``, ``∞`` (what ``str()`` gives).

        With ``most``, a value of more terms shows its first ``most`` and how many are left out.

        >>> ExactValue.log(12, Base.parse("2")).readable()
        '2 + log₂ 3'
        >>> ExactValue.log(2 * 3 * 5 * 7).readable(most=2)
        'ln 2 + ln 3 + … (2 more terms)'
        """
        if self.infinite:
            return "∞" if self.infinite > 0 else "−∞"
        written = self._written(
            str, lambda base, atom: base.readable_log("π" if atom == PI else str(atom)), " ", most, "+ … ({})"
        )
        return written.replace("-", "−")

    __str__ = readable

    def latex(self, most: int | None = None) -> str:
        r"""Exact LaTeX: ``-\frac{4}{5} \ln 2 - \frac{1}{5} \ln 3 + \frac{1}{2} \ln 5``.

        With ``most``, a value of more terms shows its first ``most`` and how many are left out.

        >>> ExactValue.log(2 * 3 * 5 * 7).latex(most=3)
        '\\ln 2 + \\ln 3 + \\ln 5 + \\dots\\ (\\text{1 more term})'
        """
        if self.infinite:
            return r"\infty" if self.infinite > 0 else r"-\infty"
        return self._written(
            lambda x: rational_latex(x, decimals=False),
            lambda base, atom: base.latex_log(r"\pi" if atom == PI else str(atom)),
            " ",
            most,
            r"+ \dots\ (\text{{{}}})",
        )

    def _written(
        self,
        number: Callable[[Fraction], str],
        log: Callable[[Base, int], str],
        times: str,
        most: int | None = None,
        more: str = "",
    ) -> str:
        """The display terms joined with signs; beyond ``most`` terms, ``more`` with ``"N more terms"`` in it."""
        terms = self.display_terms()
        left_out = len(terms) - most if most is not None and len(terms) > most else 0
        pieces = []
        for c, atom, base in terms[: len(terms) - left_out]:
            magnitude = abs(c)
            if atom is None:
                body = number(magnitude)
            else:
                logarithm = log(base, atom)
                body = logarithm if magnitude == 1 else f"{number(magnitude)}{times}{logarithm}"
            pieces.append((c < 0, body))
        written = signed_join(pieces) or "0"
        if left_out:
            written += " " + more.format(f"{left_out:,} more term" + ("" if left_out == 1 else "s"))
        return written

    def to_sympy(self) -> Any:
        """The exact value as a SymPy expression (``sympy.oo`` when infinite)."""
        import sympy

        if self.infinite:
            return sympy.oo * self.infinite
        total = sympy.Integer(0)
        for c, atom, base in self.display_terms():
            term = sympy.Rational(c.numerator, c.denominator)
            if atom is not None:
                term *= sympy.log(sympy.pi if atom == PI else atom)
                if base.value is not None:
                    term /= sympy.log(sympy.Rational(base.value.numerator, base.value.denominator))
            total += term
        return total

    def __repr__(self) -> str:
        return f"ExactValue({self.text()})"

    def __iter__(self) -> Iterator[tuple[Base, LogSum]]:
        return iter(self.parts)


def _split_off_base(logs: LogSum, base_log: LogSum) -> tuple[Fraction, LogSum]:
    """``(r, L - r ln b)`` with ``r`` chosen so that the first atom of ``ln b`` leaves ``L``."""
    mine, theirs = common_atoms(logs, base_log)
    first = min(theirs)
    multiple = mine.get(first, Fraction(0)) / theirs[first]
    if not multiple:
        return Fraction(0), logs
    return multiple, logs - base_log * multiple


def _base_order(base: Base) -> tuple[int, Fraction]:
    return (0, Fraction(0)) if base.value is None else (1, base.value)


def _rational_sqrt(x: Fraction) -> Fraction | None:
    """The exact square root of a non-negative rational, or None when it is irrational."""
    top, bottom = math.isqrt(x.numerator), math.isqrt(x.denominator)
    return Fraction(top, bottom) if top * top == x.numerator and bottom * bottom == x.denominator else None


def signed_join(pieces: list[tuple[bool, str]]) -> str:
    """Join signed terms: ``a - b + c`` with a leading minus where needed.

    >>> signed_join([(False, "a"), (True, "b"), (False, "c")])
    'a - b + c'
    """
    if not pieces:
        return ""
    (first_negative, first), *rest = pieces
    joined = (f" - {body}" if negative else f" + {body}" for negative, body in rest)
    return "".join([f"-{first}" if first_negative else first, *joined])
