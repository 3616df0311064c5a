"""The normal family ``N(mu, sigma^2)``: mean ``mu``, standard deviation ``sigma > 0``.

>>> from fractions import Fraction
>>> Normal(Fraction(1), Fraction(2)).latex()
'\\\\mathcal{N}(1, 2^{2})'
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar

from kldocs.exact.display import power_base
from kldocs.families.family import Family, Range, Support, _latex, arb_of
from kldocs.families.parameters import Affine, Scalar


@dataclass(frozen=True)
class Normal(Family):
    """A normal distribution with mean ``mu`` and standard deviation ``sigma``."""

    mu: Scalar
    sigma: Scalar

    key: ClassVar[str] = "normal"
    title: ClassVar[str] = "normal"
    latex_name: ClassVar[str] = r"\mathcal{N}"
    parameter_names: ClassVar[tuple[str, ...]] = ("mu", "sigma")
    ranges: ClassVar[tuple[Range, ...]] = ("real", "positive")
    aliases: ClassVar[dict[str, str]] = {"mean": "mu", "sd": "sigma", "std": "sigma"}
    derivations: ClassVar[dict[str, str]] = {
        "kl": "gaussian",
        "cross_entropy": "normal_cross_entropy",
        "entropy": "normal_entropy",
    }
    shape: ClassVar[tuple[str, str] | None] = ("kldocs.derivations.identities.normal", "NORMAL")

    def latex(self) -> str:
        sigma = _latex(self.sigma)
        sigma = rf"\left({sigma}\right)" if isinstance(self.sigma, Affine) else power_base(sigma)
        return rf"\mathcal{{N}}({_latex(self.mu)}, {sigma}^{{2}})"

    def support(self) -> Support:
        return Support(None, None)

    def density(self, x: float) -> float:
        mu, sigma = float(self.mu), float(self.sigma)  # type: ignore[arg-type]
        return math.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (math.sqrt(2 * math.pi) * sigma)

    def log_density_ball(self, x: Any) -> Any:
        """``log f(x)`` for an acb ``x``: an entire function (a quadratic)."""
        import flint

        mu, sigma = arb_of(self.mu), arb_of(self.sigma)
        return -((x - mu) ** 2) / (2 * sigma**2) - (2 * flint.arb.pi() * sigma**2).log() / 2

    def plotted_range(self) -> tuple[float, float]:
        """Where a chart of the density shows nearly all of its mass."""
        mu, sigma = float(self.mu), float(self.sigma)  # type: ignore[arg-type]
        return mu - 4 * sigma, mu + 4 * sigma
