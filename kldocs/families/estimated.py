"""Values known only through numerical integration with an error estimate: not certified, and marked so.

Where kldocs can neither write a value exactly nor enclose it with interval
arithmetic in reasonable time (the JSD of two normal distributions in two
or three dimensions), it integrates in floating point and estimates the
error from two rules of different order. An estimate is not a bound: it is
shown as one ("estimated error"), and a value never shows more significant
digits than its error estimate supports, however many are asked for.

>>> e = Estimated(0.123456789012, 3e-10)
>>> e.decimal(12), e.decimal(4), e.digits
('0.123456789', '0.1235', 9)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from kldocs.exact.rounding import floor_log10, round_significant

#: How each way of estimating a value is described, for pages and JSON.
METHODS = {"estimate": "numerical integration (trapezoidal rule), not certified"}
#: The smallest error an estimate claims: the rounding of double-precision sums of millions of terms.
ERROR_FLOOR = 1e-13


@dataclass(frozen=True, eq=False)
class Estimated:
    """A real number known as ``value`` within an estimated (not proven) absolute ``error``.

    Attributes
    ----------
    value
        The estimate.
    error
        Its estimated absolute error (never below :data:`ERROR_FLOOR`).
    method
        ``"estimate"`` (see :data:`METHODS`).
    """

    value: float
    error: float
    method: str = "estimate"

    def __post_init__(self) -> None:
        object.__setattr__(self, "error", max(abs(self.error), ERROR_FLOOR))

    @property
    def is_finite(self) -> bool:
        return True

    @property
    def digits(self) -> int:
        """The significant digits the error estimate supports: the error is below half a unit of the last one.

        >>> Estimated(0.5, 0.01).digits, Estimated(0.5, 0.2).digits
        (1, 0)
        """
        if self.value == 0:
            return 0
        first = floor_log10(Fraction(abs(self.value)))  # the place of the first significant digit
        last = math.ceil(math.log10(2 * self.error))  # the finest place the error leaves settled
        return max(0, first - last + 1)

    def decimal(self, digits: int = 10) -> str:
        """Rounded to ``digits`` significant digits, or fewer when the error estimate supports fewer (at least 1)."""
        return round_significant(Fraction(self.value), max(1, min(digits, self.digits)))

    def sqrt_decimal(self, digits: int = 10) -> str:
        """The square root (for the JS distance), with the error carried to it.

        >>> Estimated(0.25, 1e-9).sqrt_decimal(4)
        '0.5000'
        """
        root = math.sqrt(max(self.value, 0.0))
        error = self.error / (2 * root) if root > 0 else math.sqrt(self.error)
        return Estimated(root, error).decimal(digits)

    def __float__(self) -> float:
        return self.value

    def divided(self, divisor: int) -> Estimated:
        """This value divided by a whole number, its error too."""
        return Estimated(self.value / divisor, self.error / divisor, self.method)

    def scaled(self, factor: float) -> Estimated:
        """This value times ``factor`` (a change of logarithm base), its error too."""
        return Estimated(self.value * factor, self.error * abs(factor), self.method)

    def text(self) -> str:
        """An estimate has no exact form: always empty."""
        return ""

    def latex(self) -> str:
        return ""
