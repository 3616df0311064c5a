"""The geometric family: trials up to and including the first success, ``P(k) = (1 - p)^(k - 1) p``, ``k >= 1``.

>>> from fractions import Fraction
>>> Geometric(Fraction(1, 2)).probability(3)
Fraction(1, 8)
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any, ClassVar

from kldocs.exact import ExactValue
from kldocs.families.discrete import Discrete
from kldocs.families.family import Range, Support, arb_of
from kldocs.families.parameters import Scalar


@dataclass(frozen=True)
class Geometric(Discrete):
    """A geometric distribution with success probability ``p`` on ``k = 1, 2, ...``."""

    p: Scalar

    key: ClassVar[str] = "geometric"
    title: ClassVar[str] = "geometric"
    latex_name: ClassVar[str] = r"\mathrm{Geom}"
    parameter_names: ClassVar[tuple[str, ...]] = ("p",)
    ranges: ClassVar[tuple[Range, ...]] = ("open_probability",)
    derivations: ClassVar[dict[str, str]] = {
        "kl": "geometric_kl",
        "cross_entropy": "geometric_cross_entropy",
        "entropy": "geometric_entropy",
    }
    shape: ClassVar[tuple[str, str] | None] = ("kldocs.derivations.identities.geometric", "GEOMETRIC")

    def support(self) -> Support:
        return Support(Fraction(1), None, discrete=True)

    def probability(self, k: int) -> Fraction | None:
        p = self.p
        assert isinstance(p, Fraction)
        return (1 - p) ** (k - 1) * p if k >= 1 else Fraction(0)

    def log_probability(self, k: int) -> ExactValue:
        probability = self.probability(k)
        assert probability is not None
        return ExactValue.log(probability)

    def log_probability_ball(self, k: int) -> Any:
        p = arb_of(self.p)
        return (k - 1) * (1 - p).log() + p.log()

    def tail_ball(self, k: int) -> Any:
        """``P(X > k) = (1 - p)^k`` exactly, as a ball."""
        return (1 - arb_of(self.p)) ** k

    def plotted_range(self) -> tuple[float, float]:
        return 1.0, float(min(60, int(4 / float(self.p)) + 2))  # type: ignore[arg-type]
