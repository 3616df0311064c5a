"""The binomial family: ``n`` trials with success probability ``p``, ``P(k) = C(n, k) p^k (1 - p)^(n - k)``.

>>> from fractions import Fraction
>>> Binomial(Fraction(2), Fraction(1, 2)).to_distribution().probabilities
(Fraction(1, 4), Fraction(1, 2), Fraction(1, 4))
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import ClassVar

from kldocs.families.family import Range, Support
from kldocs.families.finite import Finite
from kldocs.families.parameters import Scalar


@dataclass(frozen=True)
class Binomial(Finite):
    """A binomial distribution: the number of successes in ``n`` trials."""

    n: Scalar
    p: Scalar

    key: ClassVar[str] = "binomial"
    title: ClassVar[str] = "binomial"
    latex_name: ClassVar[str] = r"\mathrm{Bin}"
    parameter_names: ClassVar[tuple[str, ...]] = ("n", "p")
    ranges: ClassVar[tuple[Range, ...]] = ("count", "probability")
    aliases: ClassVar[dict[str, str]] = {"trials": "n"}
    derivations: ClassVar[dict[str, str]] = {"kl": "binomial_kl"}
    shape: ClassVar[tuple[str, str] | None] = ("kldocs.derivations.identities.binomial", "BINOMIAL")

    @property
    def trials(self) -> int:
        assert isinstance(self.n, Fraction)
        return int(self.n)

    def outcomes(self) -> tuple[int, ...]:
        return tuple(range(self.trials + 1))

    def support(self) -> Support:
        return Support(Fraction(0), Fraction(self.trials), discrete=True)

    def probability(self, k: int) -> Fraction | None:
        p, n = self.p, self.trials
        assert isinstance(p, Fraction)
        if not 0 <= k <= n:
            return Fraction(0)
        return math.comb(n, k) * p**k * (1 - p) ** (n - k)

    def plotted_range(self) -> tuple[float, float]:
        return 0.0, float(self.trials)
