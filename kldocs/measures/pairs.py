"""Coerce measure arguments to distributions and check that they pair up.

>>> P, Q = distribution_pair("0.2 0.8", "0.5 0.5")
>>> Q.name, len(Q)
('Q', 2)
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from kldocs.errors import InputError
from kldocs.exact import Base, BaseLike, ExactValue, LogSum
from kldocs.families.family import Family
from kldocs.inputs import Distribution, DistributionLike, parse_distribution
from kldocs.measures.quantity import Quantity, Term, infinite_term, log_term
from kldocs.measures.registry import MeasureKey

if TYPE_CHECKING:
    import numpy as np

TermsOf = Callable[[Quantity], tuple[Term, ...]]
Parts = list[tuple[Fraction, Fraction]]


def as_distribution(value: DistributionLike, name: str) -> Distribution:
    """A Distribution as given, or parsed from text, a sequence or an array."""
    if isinstance(value, Distribution):
        return value
    return parse_distribution(value, name=name)


def distribution_pair(p: DistributionLike, q: DistributionLike) -> tuple[Distribution, Distribution]:
    """Both arguments as distributions over the same categories, in the first one's order.

    Categories are matched by label when both sides have labels (the keys
    of two dicts, the indexes of two pandas Series), else by position. Two
    different distributions under one name are told apart: the second is
    shown as Q (or P).

    Raises
    ------
    InputError
        When the lengths differ, or the labels name different categories.

    Examples
    --------
    >>> P, Q = distribution_pair({"a": "1/2", "b": "1/2"}, {"b": "3/4", "a": "1/4"})
    >>> Q
    Distribution(Q: a=1/4, b=3/4)
    """
    first, second = as_distribution(p, "P"), as_distribution(q, "Q")
    if second.name == first.name and second is not first:
        second = second.renamed("Q" if first.name != "Q" else "P")
    return first, second.aligned_to(first)


#: What computes a measure of parametric families. The families package registers it: it needs the
#: derivations layer (closed forms come from verified derivations), which sits above this one.
_FAMILY_MEASURES: list[Callable[..., Any]] = []


def register_family_measure(function: Callable[..., Any]) -> None:
    """Make ``function(measure, P, Q, base)`` the one that measures parametric families."""
    _FAMILY_MEASURES[:] = [function]


def family_measure(measure: str, P: Family, Q: Family | None, base: BaseLike) -> Any:
    """``measure`` of parametric families, by the registered function (see :mod:`kldocs.families.measures`)."""
    if not _FAMILY_MEASURES:
        raise RuntimeError("no function measures parametric families: import kldocs.families")
    return _FAMILY_MEASURES[0](measure, P, Q, base)


def family_pair(measure: str, p: DistributionLike | Family, q: DistributionLike | Family, base: BaseLike) -> Any:
    """A measure of two distributions of which at least one is a parametric family.

    The other may be a finite list of probabilities: it is then a categorical distribution.
    """
    from kldocs.families.categorical import Categorical

    def as_family(value: DistributionLike | Family, name: str) -> Family:
        if isinstance(value, Family):
            return value
        distribution = as_distribution(value, name)
        if distribution.probabilities is None:
            raise InputError(name, "a float array cannot be compared with a parametric family; give exact numbers")
        return Categorical(distribution.probabilities, name=distribution.name)

    first, second = as_family(p, "P"), as_family(q, "Q")
    if second.name == first.name:  # two families made without names: the second is Q
        second = second.renamed("Q" if first.name != "Q" else "P")
    return family_measure(measure, first, second, base)


def both_exact(first: Distribution, second: Distribution) -> bool:
    """True when the exact path applies (neither side is a float array)."""
    return first.is_exact and second.is_exact


def pair_quantity(
    measure: MeasureKey,
    p: DistributionLike,
    q: DistributionLike,
    base: BaseLike,
    exact: Callable[[Distribution, Distribution], LogSum | None],
    exact_terms: TermsOf,
    float_terms: TermsOf,
    axis: int | None = None,
) -> Quantity | np.ndarray:
    """A measure of a pair: exact (``exact`` gives nats, None for infinity) or on the float path.

    On the float path the value comes from the function of the same name as
    ``measure`` in :mod:`kldocs.measures.floats`. With ``axis``, ``p`` and
    ``q`` are batches of distributions and the result is an array of values
    (:mod:`kldocs.measures.batch`).
    """
    if axis is not None:
        from kldocs.measures.batch import batch_values

        return batch_values(measure, (p, q), base, axis)
    P, Q = distribution_pair(p, q)
    log_base = Base.parse(base)
    if both_exact(P, Q):
        return Quantity(measure, P, Q, log_base, ExactValue.from_logs(exact(P, Q), log_base), None, exact_terms)
    from kldocs.measures import floats

    value = getattr(floats, measure)(P.as_array(), Q.as_array()) / log_base.nats_per_unit
    return Quantity(measure, P, Q, log_base, None, value, float_terms)


def pair_terms(
    quantity: Quantity,
    infinite: Callable[[Fraction, Fraction], bool],
    parts: Callable[[Fraction, Fraction], Parts],
) -> tuple[Term, ...]:
    """The exact per-category terms of a pair measure.

    ``infinite(p, q)`` says when a category's term is infinite; otherwise
    the term is ``sum(c * ln(x) for c, x in parts(p, q))``.
    """
    P, Q = quantity.p, quantity.q
    assert P.probabilities is not None and Q is not None and Q.probabilities is not None
    return tuple(
        infinite_term(i, label, p, q, quantity.base)
        if infinite(p, q)
        else log_term(i, label, p, q, parts(p, q), quantity.base)
        for i, (label, p, q) in enumerate(zip(P.labels, P.probabilities, Q.probabilities, strict=True))
    )
