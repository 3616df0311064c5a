"""The exponential family: rate ``lambda > 0``, density ``lambda e^(-lambda x)`` on ``x >= 0``.

>>> from fractions import Fraction
>>> Exponential(Fraction(2)).support().text()
'[0, inf)'
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, ClassVar

from kldocs.families.family import Family, Range, Support, arb_of
from kldocs.families.parameters import Scalar


@dataclass(frozen=True)
class Exponential(Family):
    """An exponential distribution with rate ``rate`` (mean ``1/rate``)."""

    rate: Scalar

    key: ClassVar[str] = "exponential"
    title: ClassVar[str] = "exponential"
    latex_name: ClassVar[str] = r"\mathrm{Exp}"
    parameter_names: ClassVar[tuple[str, ...]] = ("rate",)
    ranges: ClassVar[tuple[Range, ...]] = ("positive",)
    aliases: ClassVar[dict[str, str]] = {"lambda": "rate", "lam": "rate"}
    derivations: ClassVar[dict[str, str]] = {
        "kl": "exponential_kl",
        "cross_entropy": "exponential_cross_entropy",
        "entropy": "exponential_entropy",
    }
    shape: ClassVar[tuple[str, str] | None] = ("kldocs.derivations.identities.exponential", "EXPONENTIAL")

    def support(self) -> Support:
        return Support(Fraction(0), None)

    def density(self, x: float) -> float:
        rate = float(self.rate)  # type: ignore[arg-type]
        return rate * math.exp(-rate * x) if x >= 0 else 0.0

    def log_density_ball(self, x: Any) -> Any:
        """``log f(x)`` for an acb ``x`` in the support: linear in ``x``."""
        rate = arb_of(self.rate)
        return rate.log() - rate * x

    def plotted_range(self) -> tuple[float, float]:
        return 0.0, 5 / float(self.rate)  # type: ignore[arg-type]
