"""The Poisson family: rate ``lambda > 0``, ``P(k) = lambda^k e^(-lambda) / k!`` for ``k = 0, 1, ...``.

>>> from fractions import Fraction
>>> Poisson(Fraction(2)).log_probability(1).text()
'-2 + log(2)'
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any, ClassVar

from kldocs.exact import ExactValue
from kldocs.families.discrete import Discrete, log_factorial
from kldocs.families.family import Range, Support, arb_of
from kldocs.families.parameters import Scalar


@dataclass(frozen=True)
class Poisson(Discrete):
    """A Poisson distribution with rate (mean) ``rate``."""

    rate: Scalar

    key: ClassVar[str] = "poisson"
    title: ClassVar[str] = "Poisson"
    latex_name: ClassVar[str] = r"\mathrm{Poisson}"
    parameter_names: ClassVar[tuple[str, ...]] = ("rate",)
    ranges: ClassVar[tuple[Range, ...]] = ("positive",)
    aliases: ClassVar[dict[str, str]] = {"lambda": "rate", "lam": "rate", "mean": "rate"}
    derivations: ClassVar[dict[str, str]] = {"kl": "poisson_kl"}
    shape: ClassVar[tuple[str, str] | None] = ("kldocs.derivations.identities.poisson", "POISSON")

    def support(self) -> Support:
        return Support(Fraction(0), None, discrete=True)

    def log_probability(self, k: int) -> ExactValue:
        if k < 0:
            return ExactValue.infinity(-1)
        rate = self.rate
        assert isinstance(rate, Fraction)
        return ExactValue.log(rate).scale(k) - rate - ExactValue.from_logs(log_factorial(k))

    def log_probability_ball(self, k: int) -> Any:
        """``ln P(k)`` as an arb ball."""
        import flint

        rate = arb_of(self.rate)
        return k * rate.log() - rate - flint.arb(k + 1).lgamma()

    def tail_ball(self, k: int) -> Any:
        """An upper bound on ``P(X > k)``: the next term over ``1 - rate/(k + 2)`` once ``k + 2 > rate``, else 1.

        >>> float(Poisson(Fraction(70)).tail_ball(64).upper())  # before the mode the ratio bound does not hold
        1.0
        """
        import flint

        rate = arb_of(self.rate)
        if not rate < k + 2:
            return flint.arb(1)
        return self.log_probability_ball(k + 1).exp() / (1 - rate / (k + 2))

    def plotted_range(self) -> tuple[float, float]:
        rate = float(self.rate)  # type: ignore[arg-type]
        return 0.0, float(int(rate + 4 * rate**0.5 + 4))
