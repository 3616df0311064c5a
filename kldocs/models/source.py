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
from fractions import Fraction

from kldocs.exact import Base
from kldocs.exercises import Variant
from kldocs.families import Family
from kldocs.inputs import Distribution


@dataclass(frozen=True)
class VariantSource:
    """The data of one exercise variant, without its answers (a students' sheet carries it too).

    Attributes
    ----------
    id
        The variant's id (``"42-007"``).
    labels
        The category labels.
    p, q, q2
        The probabilities of P, Q and Q2 (None when the variant has no Q2).
    kinds
        The kind of each question, in sheet order.
    """

    id: str
    labels: tuple[str, ...]
    p: tuple[Fraction, ...]
    q: tuple[Fraction, ...]
    q2: tuple[Fraction, ...] | None
    kinds: tuple[str, ...]

    @classmethod
    def of(cls, variant: Variant) -> VariantSource:
        """The data of ``variant``, its answers left behind."""
        kinds = tuple(question.kind for question in variant.questions)
        return cls(variant.id, variant.labels, variant.p, variant.q, variant.q2, kinds)


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
        For an exercise sheet or its answer key: every variant's distributions and question kinds.
    families
        For a page about parametric families: P and Q, in place of ``distributions``.
    """

    distributions: tuple[Distribution, ...] = ()
    base: Base = field(default_factory=Base)
    digits: int = 3
    variants: tuple[VariantSource, ...] = ()
    families: tuple[Family, ...] = ()
