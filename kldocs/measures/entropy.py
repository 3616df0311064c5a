"""Shannon entropy ``H(P) = -sum p log p``, with 0 log 0 = 0.

>>> from kldocs.inputs import DistributionLike, parse_distribution
>>> H = entropy(parse_distribution("1/2 1/4 1/4"), base="2")
>>> H.text(), H.unit
('3/2', 'bits')
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, overload

from kldocs.exact import Base, BaseLike, ExactValue, LogSum
from kldocs.families.family import Family
from kldocs.inputs import Distribution, DistributionLike
from kldocs.inputs.distribution import negated
from kldocs.measures.pairs import as_distribution, family_measure
from kldocs.measures.quantity import Quantity, Term, float_terms, log_term

if TYPE_CHECKING:
    import numpy as np

    from kldocs.families.quantity import FamilyQuantity


@overload
def entropy(p: Family, base: BaseLike = "e", *, axis: None = None) -> FamilyQuantity: ...
@overload
def entropy(p: DistributionLike, base: BaseLike = "e", *, axis: None = None) -> Quantity: ...
@overload
def entropy(p: DistributionLike, base: BaseLike = "e", *, axis: int) -> np.ndarray: ...
def entropy(
    p: DistributionLike | Family, base: BaseLike = "e", *, axis: int | None = None
) -> Quantity | FamilyQuantity | np.ndarray:
    """Shannon entropy of P: the average surprise of its outcomes.

    Parameters
    ----------
    p : DistributionLike
        A :class:`~kldocs.Distribution`, or anything
        :func:`~kldocs.parse_distribution` reads.
    base : BaseLike, default "e"
        The logarithm base: ``"e"`` (nats), ``2`` (bits), ``10`` (bans), or any
        rational ``b > 1``.
    axis : int, optional
        Treat the arguments as arrays of distributions laid along this axis, as
        ``scipy.stats.entropy`` does: the result is then a NumPy array of floats,
        one per distribution (see :mod:`kldocs.measures.batch`).

    Returns
    -------
    Quantity
        Exact for an exact P; a float (``float(r)``, ``.exact`` is None) when P
        is floats: a list or tuple of floats, or a NumPy float array.

    Notes
    -----
    .. math:: H(P) = -\\sum_i p_i \\log p_i

    with ``0 log 0 = 0``: categories with ``p_i = 0`` add nothing. It lies
    between 0 (one certain outcome) and ``log n`` (the uniform distribution
    on ``n`` categories).

    References
    ----------
    .. [1] C. E. Shannon, "A mathematical theory of communication", Bell
       System Technical Journal 27, 379-423 and 623-656, 1948.
    .. [2] T. M. Cover and J. A. Thomas, Elements of Information Theory,
       2nd ed., Wiley, 2006, section 2.1.

    Examples
    --------
    >>> from kldocs import entropy
    >>> entropy("0.5 0.5", base=2).text()
    '1'
    >>> entropy("1/2 1/4 1/4", base="bits").decimal(3)
    '1.50'
    >>> float(entropy("1 0"))
    0.0
    >>> entropy([[0.5, 0.25], [0.5, 0.75]], base=2, axis=0).round(4)
    array([1.    , 0.8113])
    """
    if isinstance(p, Family):
        return family_measure("entropy", p, None, base)
    if axis is not None:
        from kldocs.measures.batch import batch_values

        return batch_values("entropy", (p,), base, axis)
    P = as_distribution(p, "P")
    log_base = Base.parse(base)
    if not P.is_exact:
        from kldocs.measures import floats

        value = floats.entropy(P.as_array()) / log_base.nats_per_unit
        return Quantity("entropy", P, None, log_base, None, value, _float_terms)
    return Quantity("entropy", P, None, log_base, ExactValue.from_logs(entropy_nats(P), log_base), None, _exact_terms)


def entropy_nats(P: Distribution) -> LogSum:
    """``H(P)`` in nats as an exact LogSum (P exact), computed once per P."""

    def compute() -> LogSum:
        # -sum (w/T) ln(w/T) = ln T - (1/T) sum w ln w, since the weights w add up to T.
        weights, total = P.integer_weights
        return LogSum.sum_of_logs(weights, negated(weights), Fraction(1, total), plus=LogSum.log(total))

    return P.remember("entropy_nats", compute)


def _exact_terms(quantity: Quantity) -> tuple[Term, ...]:
    P = quantity.p
    assert P.probabilities is not None
    return tuple(
        log_term(i, label, p, None, [(-p, p)] if p else [], quantity.base)
        for i, (label, p) in enumerate(zip(P.labels, P.probabilities, strict=True))
    )


def _float_terms(quantity: Quantity) -> tuple[Term, ...]:
    import numpy as np

    p = quantity.p.as_array()
    with np.errstate(divide="ignore", invalid="ignore"):
        values = -p * np.log(p)
    return float_terms(quantity, values, p, None)
