"""The Bernoulli family: one trial, success (1) with probability ``p``, failure (0) with ``1 - p``.

>>> from fractions import Fraction
>>> Bernoulli(Fraction(1, 5)).to_distribution().labels
('1', '0')
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import ClassVar

from kldocs.families.family import Range, Support
from kldocs.families.finite import Finite
from kldocs.families.parameters import Scalar


@dataclass(frozen=True)
class Bernoulli(Finite):
    """A Bernoulli distribution with success probability ``p``."""

    p: Scalar

    key: ClassVar[str] = "bernoulli"
    title: ClassVar[str] = "Bernoulli"
    latex_name: ClassVar[str] = r"\mathrm{Bern}"
    parameter_names: ClassVar[tuple[str, ...]] = ("p",)
    ranges: ClassVar[tuple[Range, ...]] = ("probability",)
    derivations: ClassVar[dict[str, str]] = {
        "kl": "bernoulli",
        "cross_entropy": "bernoulli_cross_entropy",
        "entropy": "bernoulli_entropy",
    }
    shape: ClassVar[tuple[str, str] | None] = ("kldocs.derivations.identities.bernoulli", "PARAMETERS")

    def outcomes(self) -> tuple[int, ...]:
        return (1, 0)  # success first, as the derivations write p_1 = p

    def support(self) -> Support:
        return Support(Fraction(0), Fraction(1), discrete=True)

    def probability(self, k: int) -> Fraction | None:
        p = self.p
        assert isinstance(p, Fraction)
        return {1: p, 0: 1 - p}.get(k, Fraction(0))

    def plotted_range(self) -> tuple[float, float]:
        return 0.0, 1.0
