"""What the finite families share (Bernoulli, categorical, binomial): they are finite distributions.

With numbers for parameters, such a family *is* a finite distribution
over its outcomes, and every measure of it is the finite definition, exact
term by term; the closed forms of the derivations are what is shown for a
parameter, and the tests check that both agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from kldocs.exact import ExactValue
from kldocs.families.discrete import Discrete
from kldocs.inputs import Distribution, parse_distribution


@dataclass(frozen=True)
class Finite(Discrete):
    """A family with finitely many outcomes, labelled by whole numbers."""

    def outcomes(self) -> tuple[int, ...]:
        """The outcomes, in the order the distribution lists them."""
        raise NotImplementedError

    def probability(self, k: int) -> Fraction | None:
        raise NotImplementedError

    def log_probability(self, k: int) -> ExactValue:
        probability = self.probability(k)
        assert probability is not None
        return ExactValue.log(probability)

    def to_distribution(self, outcomes: tuple[int, ...] | None = None) -> Distribution:
        """The family as a finite distribution over ``outcomes`` (default its own), named as it is."""
        shown = outcomes or self.outcomes()
        values = [self.probability(k) or Fraction(0) for k in shown]
        return parse_distribution(values, [str(k) for k in shown], name=self.name)
