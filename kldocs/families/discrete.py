"""What the discrete families share: probabilities of whole numbers, exactly and as floats.

A discrete family gives ``log P(k)`` exactly for every whole number ``k``
(minus infinity outside its support), which is all a finite sum needs when
P is finite: ``D_KL(Bin(5, 1/2) || Poisson(2))`` is a sum of six exact terms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import ClassVar

from kldocs.exact import ExactValue, LogSum
from kldocs.families.family import Family


@dataclass(frozen=True)
class Discrete(Family):
    """A family on whole numbers."""

    discrete: ClassVar[bool] = True

    def log_probability(self, k: int) -> ExactValue:
        """``ln P(k)`` exactly (minus infinity where ``P(k) = 0``)."""
        raise NotImplementedError

    def probability(self, k: int) -> Fraction | None:
        """``P(k)`` when it is rational, else None (a Poisson probability has a factor ``e^-lambda``)."""
        return None

    def density(self, x: float) -> float:
        k = round(x)
        if k != x or not self.support().contains(k):
            return 0.0
        return math.exp(float(self.log_probability(k)))


def log_factorial(k: int) -> LogSum:
    """``ln k!`` as a sum of logarithms of ``2, ..., k`` (no huge integer is formed).

    >>> log_factorial(4) == LogSum.log(24)
    True
    """
    if k < 2:
        return LogSum()
    return LogSum.sum_of_logs(range(2, k + 1), [1] * (k - 1))
