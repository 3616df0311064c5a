"""Values known through certified enclosures: numerical integration, series with bounded tails, other bases.

Where no closed form exists (the JSD of two normal distributions, the
entropy of a Poisson distribution) a value is an arb ball that certainly
contains it, shrinking as the working precision grows: its decimals are
correctly rounded, as an exact value's are, but it has no exact form and
says how it was found (:attr:`Certified.method`). A value in nats with a
rational part (``1/2 nat``) has no exact form in bits in the exact core
(``1/(2 ln 2)`` is not a rational plus logarithms), so it too is certified
here, with its exact form written as a quotient.

>>> import flint
>>> third = Certified(lambda bits: flint.arb(1) / 3, "series")
>>> third.decimal(5), float(third)
('0.33333', 0.3333333333333333)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kldocs.exact import Base, ExactValue, UndecidableError
from kldocs.exact.logsum import working_precision
from kldocs.exact.rounding import MAX_PRECISION, certified_decimal, certified_float

if TYPE_CHECKING:
    import flint

#: How a certified value was found, in words for pages and JSON.
METHODS = {
    "integral": "certified numerical integration",
    "series": "certified series with a bounded tail",
    "base": "exact in nats, certified in this base",
}
#: Most bits a certified value is refined to before the rounding is declared undecidable.
MAX_BITS = 4096


@dataclass(frozen=True, eq=False)
class Certified:
    """A real number given by ``ball(bits)``, an arb ball containing it at that working precision.

    Attributes
    ----------
    ball
        The enclosure at a given precision (it must shrink as the precision grows).
    method
        ``"integral"``, ``"series"`` or ``"base"`` (see :data:`METHODS`).
    exact_text, exact_latex
        An exact form when there is one (a value in nats divided by ``ln b``), else empty.
    """

    ball: Callable[[int], flint.arb]
    method: str
    exact_text: str = ""
    exact_latex: str = ""

    @property
    def is_finite(self) -> bool:
        return True

    def decimal(self, digits: int = 10) -> str:
        """Correctly rounded to ``digits`` significant digits (the enclosure decides every digit)."""
        shown = certified_decimal(self._guarded, digits, min(MAX_PRECISION, MAX_BITS))
        if shown is None:
            raise UndecidableError(f"the {METHODS[self.method]} could not settle {digits} digits")
        return shown

    def sqrt_decimal(self, digits: int = 10) -> str:
        """The square root, correctly rounded (for the JS distance)."""

        def root(bits: int) -> flint.arb:
            with working_precision(bits):
                return self._guarded(bits).sqrt()

        shown = certified_decimal(root, digits, min(MAX_PRECISION, MAX_BITS))
        if shown is None:
            raise UndecidableError(f"the {METHODS[self.method]} could not settle {digits} digits")
        return shown

    def __float__(self) -> float:
        return certified_float(self._guarded)

    def _guarded(self, bits: int) -> flint.arb:
        with working_precision(bits):
            return self.ball(bits)

    def divided(self, divisor: int) -> Certified:
        """This value divided by a whole number, as an enclosure (half the Jeffreys divergence).

        >>> import flint
        >>> Certified(lambda bits: flint.arb(1) / 3, "series").divided(2).decimal(4)
        '0.1667'
        """
        if divisor == 1:
            return self
        ball = self.ball
        return Certified(lambda bits: ball(bits) / divisor, self.method)

    def text(self) -> str:
        """The exact form, or an empty string when there is none."""
        return self.exact_text

    def latex(self) -> str:
        return self.exact_latex


def in_base(nats: ExactValue, base: Base) -> ExactValue | Certified:
    """A value in nats expressed in ``base``: exact when the exact core can write it, else certified.

    >>> in_base(ExactValue.log(8), Base.parse("2")).text()
    '3'
    >>> in_base(ExactValue.number(1) / 2, Base.parse("2")).decimal(6)
    '0.721348'
    """
    if base.value is None or not nats.is_finite:
        return nats
    if not nats.rational:
        return nats.in_units(base)

    log_base = ExactValue.log(base.value)

    def ball(bits: int) -> flint.arb:
        return nats.ball(bits) / log_base.ball(bits)

    shown = base.name if base.value.denominator == 1 else f"({base.name})"
    return Certified(
        ball,
        "base",
        f"({nats.text()})/log({shown})",
        rf"\frac{{{nats.latex()}}}{{\ln {base.name}}}",
    )
