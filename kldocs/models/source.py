"""What a page was computed from, kept with it so that a notebook can compute the page again.

A notebook (:mod:`kldocs.render.notebook`) defines these distributions in
its first code cell and recomputes every value of the page from them.

>>> from kldocs.inputs import parse_distribution
>>> source = Source((parse_distribution("1/2 1/2"), parse_distribution("1/4 3/4", name="Q")))
>>> [d.name for d in source.distributions], source.base.unit, source.digits
(['P', 'Q'], 'nats', 3)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kldocs.exact import Base
from kldocs.exercises import Variant
from kldocs.inputs import Distribution


@dataclass(frozen=True)
class Source:
    """The data of a page.

    Attributes
    ----------
    distributions
        The distributions the page names (P, Q and, in the handout, Q2), in that order.
    base
        The logarithm base of the page's values.
    digits
        Significant digits of its rounded values.
    variants
        For an exercise sheet or its answer key: every variant, each with its own distributions.
    """

    distributions: tuple[Distribution, ...] = ()
    base: Base = field(default_factory=Base)
    digits: int = 3
    variants: tuple[Variant, ...] = ()
