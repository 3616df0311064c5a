"""Cross-entropy ``H(P, Q) = -sum p log q``; infinite when some p > 0 has q = 0.

>>> from kldocs.inputs import DistributionLike, parse_distribution
>>> P = parse_distribution("0.5 0.5")
>>> Q = parse_distribution("0.25 0.75", name="Q")
>>> cross_entropy(P, Q, base=2).text()
'2 - 1/2*log(3)/log(2)'
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, overload

from kldocs.exact import BaseLike, LogSum
from kldocs.families.family import Family
from kldocs.inputs import Distribution, DistributionLike
from kldocs.inputs.distribution import negated
from kldocs.measures.pairs import family_pair, pair_quantity, pair_terms
from kldocs.measures.quantity import Quantity, Term, float_terms
from kldocs.measures.support import first_support_failure

if TYPE_CHECKING:
    import numpy as np

    from kldocs.families.quantity import FamilyQuantity


@overload
def cross_entropy(p: Family, q: Family, base: BaseLike = "e", *, axis: None = None) -> FamilyQuantity: ...
@overload
def cross_entropy(p: DistributionLike, q: DistributionLike, base: BaseLike = "e", *, axis: None = None) -> Quantity: ...
@overload
def cross_entropy(p: DistributionLike, q: DistributionLike, base: BaseLike = "e", *, axis: int) -> np.ndarray: ...
def cross_entropy(
    p: DistributionLike | Family, q: DistributionLike | Family, base: BaseLike = "e", *, axis: int | None = None
) -> Quantity | FamilyQuantity | np.ndarray:
    """Cross-entropy of Q relative to P: the average code length when P's outcomes are coded for Q.

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
        is +infinity when some category has ``p > 0`` and ``q = 0``.

    Notes
    -----
    .. math:: H(P, Q) = -\\sum_i p_i \\log q_i = H(P) + D_{KL}(P \\parallel Q)

    so minimising it over a model Q minimises the KL divergence, which is
    why it serves as a training loss.

    References
    ----------
    .. [1] T. M. Cover and J. A. Thomas, Elements of Information Theory,
       2nd ed., Wiley, 2006, section 5.4.

    Examples
    --------
    >>> from kldocs import cross_entropy
    >>> cross_entropy("0.5 0.5", "0.25 0.75", base=2).text()
    '2 - 1/2*log(3)/log(2)'
    >>> from kldocs import entropy, kl
    >>> P, Q = "0.2 0.5 0.3", "0.3 0.4 0.3"
    >>> cross_entropy(P, Q).exact == entropy(P).exact + kl(P, Q).exact
    True
    """
    if isinstance(p, Family) or isinstance(q, Family):
        return family_pair("cross_entropy", p, q, base)
    return pair_quantity("cross_entropy", p, q, base, cross_entropy_nats, _exact_terms, _float_terms, axis)


def cross_entropy_nats(P: Distribution, Q: Distribution) -> LogSum | None:
    """``H(P, Q)`` in nats as an exact LogSum, or None when it is infinite.

    Computed once per pair: the result is kept with P, under Q's numbers.
    """

    def compute() -> LogSum | None:
        if first_support_failure(P, Q) is not None:
            return None
        # -sum (w/T) ln(v/U) = ln U - (1/T) sum w ln v, since P's weights w add up to T.
        weights, total = P.integer_weights
        reference, reference_total = Q.integer_weights
        return LogSum.sum_of_logs(reference, negated(weights), Fraction(1, total), plus=LogSum.log(reference_total))

    return P.remember(("cross_entropy_nats", Q.content_key), compute)


def _exact_terms(quantity: Quantity) -> tuple[Term, ...]:
    return pair_terms(quantity, lambda p, q: bool(p) and not q, lambda p, q: [(-p, q)] if p else [])


def _float_terms(quantity: Quantity) -> tuple[Term, ...]:
    import numpy as np

    assert quantity.q is not None
    p, q = quantity.p.as_array(), quantity.q.as_array()
    with np.errstate(divide="ignore", invalid="ignore"):
        values = -p * np.log(q)
    return float_terms(quantity, values, p, q)
