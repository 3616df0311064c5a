"""Kullback-Leibler divergence ``D_KL(P || Q) = H(P, Q) - H(P)``.

The exact value is computed as the identity says: cross-entropy minus
entropy, subtracted as canonical forms.

>>> from kldocs.inputs import DistributionLike, parse_distribution
>>> P = parse_distribution("0.2 0.5 0.3")
>>> Q = parse_distribution("0.3 0.4 0.3", name="Q")
>>> kl(P, Q).text()
'-4/5*log(2) - 1/5*log(3) + 1/2*log(5)'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from kldocs.exact import BaseLike, LogSum
from kldocs.families.family import Family
from kldocs.inputs import Distribution, DistributionLike
from kldocs.measures.cross_entropy import cross_entropy_nats
from kldocs.measures.entropy import entropy_nats
from kldocs.measures.pairs import family_pair, pair_quantity, pair_terms
from kldocs.measures.quantity import Quantity, Term, float_terms

if TYPE_CHECKING:
    import numpy as np

    from kldocs.families.quantity import FamilyQuantity


@overload
def kl(p: Family, q: Family, base: BaseLike = "e", *, axis: None = None) -> FamilyQuantity: ...
@overload
def kl(p: DistributionLike, q: DistributionLike, base: BaseLike = "e", *, axis: None = None) -> Quantity: ...
@overload
def kl(p: DistributionLike, q: DistributionLike, base: BaseLike = "e", *, axis: int) -> np.ndarray: ...
def kl(
    p: DistributionLike | Family, q: DistributionLike | Family, base: BaseLike = "e", *, axis: int | None = None
) -> Quantity | FamilyQuantity | np.ndarray:
    """Kullback-Leibler divergence of Q from P: how much P is misdescribed by Q.

    Parameters
    ----------
    p, q : DistributionLike or Family
        Distributions over the same categories: :class:`~kldocs.Distribution`
        objects, or anything :func:`~kldocs.parse_distribution` reads (text such
        as ``"0.2, 0.5, 0.3"``, a sequence of numbers, a NumPy array). Or
        parametric families (``kldocs.normal(0, 1)``, ``kldocs.poisson(2)``,
        ``kldocs.uniform(0, 1)``, ...; a name such as ``"theta"`` as a
        parameter makes the value a function of it).
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
        is +infinity when some category has ``p > 0`` and ``q = 0``;
        :meth:`Quantity.terms` says which.
    FamilyQuantity
        For families: the same answers (``float(r)``, ``.decimal(n)``,
        ``.text()``, ``.latex()``, ``.is_finite``) and how the value was found
        (``.method``: a derived closed form, a finite sum, a certified integral
        or series), why it is infinite (``.reason``: the supports), or, for a
        named parameter, the function of it (``.curve``).

    Notes
    -----
    .. math:: D_{KL}(P \\parallel Q) = \\sum_i p_i \\log \\frac{p_i}{q_i} = H(P, Q) - H(P)

    computed exactly as the identity says (cross-entropy minus entropy, as
    canonical forms), with ``0 log(0/q) = 0``. It is at least 0, with
    equality exactly when P = Q (Gibbs' inequality), and it is not
    symmetric in P and Q.

    References
    ----------
    .. [1] S. Kullback and R. A. Leibler, "On information and sufficiency",
       Annals of Mathematical Statistics 22(1), 79-86, 1951.
    .. [2] T. M. Cover and J. A. Thomas, Elements of Information Theory,
       2nd ed., Wiley, 2006, sections 2.3 and 2.6.

    Examples
    --------
    >>> from kldocs import cross_entropy, entropy, kl, parse_distribution
    >>> P, Q = parse_distribution("0.2 0.5 0.3"), parse_distribution("0.3 0.4 0.3", name="Q")
    >>> kl(P, Q).decimal(9)
    '0.0304787540'
    >>> kl(P, Q).text()
    '-4/5*log(2) - 1/5*log(3) + 1/2*log(5)'
    >>> kl(P, Q).exact == cross_entropy(P, Q).exact - entropy(P).exact
    True
    >>> kl("0.5 0.5", "1 0").is_finite
    False
    >>> kl([[0.2, 0.5], [0.5, 0.5], [0.3, 0.0]], [[0.3, 0.5], [0.4, 0.5], [0.3, 0.0]], axis=0).round(7)
    array([0.0304788, 0.       ])
    >>> from kldocs import normal, uniform
    >>> r = kl(normal(0, 1), normal(1, 2, name="Q"))
    >>> r.text(), r.method
    ('-1/4 + log(2)', 'closed form')
    >>> kl(uniform(0, 2), uniform(0, 1, name="Q")).reason.split(":")[0]
    'P = uniform(a=0, b=2) has density on [0, 2], but Q = uniform(a=0, b=1) has none outside [0, 1]'
    """
    if isinstance(p, Family) or isinstance(q, Family):
        return family_pair("kl", p, q, base)
    return pair_quantity("kl", p, q, base, kl_nats, _exact_terms, _float_terms, axis)


def kl_nats(P: Distribution, Q: Distribution) -> LogSum | None:
    """``D_KL(P || Q)`` in nats as an exact LogSum, or None when infinite."""
    cross = cross_entropy_nats(P, Q)
    return None if cross is None else cross - entropy_nats(P)


def _exact_terms(quantity: Quantity) -> tuple[Term, ...]:
    return pair_terms(quantity, lambda p, q: bool(p) and not q, lambda p, q: [(p, p / q)] if p else [])


def _float_terms(quantity: Quantity) -> tuple[Term, ...]:
    from kldocs.measures import floats

    assert quantity.q is not None
    p, q = quantity.p.as_array(), quantity.q.as_array()
    return float_terms(quantity, floats.kl_terms(p, q), p, q)
