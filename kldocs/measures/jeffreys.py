"""Jeffreys divergence ``J(P, Q) = D_KL(P || Q) + D_KL(Q || P)``.

``J = sum (p - q) log(p/q)``. Half of it, ``J/2``, is the "symmetrised KL"
that is sometimes mislabelled as the Jensen-Shannon divergence; unlike the
JSD it is unbounded and infinite whenever the supports differ.

>>> J = jeffreys("0.5 0.5", "0.25 0.75")
>>> J.text()
'1/4*log(3)'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from kldocs.exact import BaseLike, LogSum
from kldocs.families.family import Family
from kldocs.inputs import Distribution, DistributionLike
from kldocs.measures.kullback_leibler import kl_nats
from kldocs.measures.pairs import family_pair, pair_quantity, pair_terms
from kldocs.measures.quantity import Quantity, Term, float_terms

if TYPE_CHECKING:
    import numpy as np

    from kldocs.families.quantity import FamilyQuantity


@overload
def jeffreys(p: Family, q: Family, base: BaseLike = "e", *, axis: None = None) -> FamilyQuantity: ...
@overload
def jeffreys(p: DistributionLike, q: DistributionLike, base: BaseLike = "e", *, axis: None = None) -> Quantity: ...
@overload
def jeffreys(p: DistributionLike, q: DistributionLike, base: BaseLike = "e", *, axis: int) -> np.ndarray: ...
def jeffreys(
    p: DistributionLike | Family, q: DistributionLike | Family, base: BaseLike = "e", *, axis: int | None = None
) -> Quantity | FamilyQuantity | np.ndarray:
    """Jeffreys divergence: the KL divergence taken both ways and added.

    Parameters
    ----------
    p, q : DistributionLike
        Distributions over the same categories: :class:`~kldocs.Distribution`
        objects, or anything :func:`~kldocs.parse_distribution` reads (text such
        as ``"0.2, 0.5, 0.3"``, a sequence of numbers, a NumPy array).
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
        Exact (``.exact``, ``.text()``, ``.latex()``, certified ``.decimal(n)``)
        for exact inputs; a float (``float(r)``, ``.exact`` is None) when either
        input is floats: a list or tuple of floats, or a NumPy float array. It
        is +infinity when either distribution gives 0 where the other does not.

    Notes
    -----
    .. math:: J(P, Q) = D_{KL}(P \\parallel Q) + D_{KL}(Q \\parallel P) = \\sum_i (p_i - q_i) \\log \\frac{p_i}{q_i}

    Symmetric and non-negative, zero exactly when P = Q. Half of it is the
    "symmetrised KL" that is sometimes mislabelled as the Jensen-Shannon
    divergence: unlike :func:`~kldocs.jsd` it is unbounded.

    References
    ----------
    .. [1] H. Jeffreys, "An invariant form for the prior probability in
       estimation problems", Proceedings of the Royal Society A 186, 453-461, 1946.

    Examples
    --------
    >>> from kldocs import jeffreys
    >>> jeffreys("0.2 0.5 0.3", "0.3 0.4 0.3").decimal(6)
    '0.0628609'
    >>> from kldocs import kl
    >>> jeffreys("0.5 0.5", "0.25 0.75").exact == kl("0.5 0.5", "0.25 0.75").exact + kl("0.25 0.75", "0.5 0.5").exact
    True
    """
    if isinstance(p, Family) or isinstance(q, Family):
        return family_pair("jeffreys", p, q, base)
    return pair_quantity("jeffreys", p, q, base, jeffreys_nats, _exact_terms, _float_terms, axis)


def jeffreys_nats(P: Distribution, Q: Distribution) -> LogSum | None:
    """``J(P, Q)`` in nats, or None when infinite."""
    forward, backward = kl_nats(P, Q), kl_nats(Q, P)
    return None if forward is None or backward is None else forward + backward


def _exact_terms(quantity: Quantity) -> tuple[Term, ...]:
    return pair_terms(quantity, lambda p, q: bool(p) != bool(q), lambda p, q: [(p - q, p / q)] if p else [])


def _float_terms(quantity: Quantity) -> tuple[Term, ...]:
    from kldocs.measures import floats

    assert quantity.q is not None
    p, q = quantity.p.as_array(), quantity.q.as_array()
    return float_terms(quantity, floats.kl_terms(p, q) + floats.kl_terms(q, p), p, q)
