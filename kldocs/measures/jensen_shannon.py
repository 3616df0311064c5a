"""Jensen-Shannon divergence through the mixture ``M = (P + Q) / 2``.

``JSD(P, Q) = 1/2 D_KL(P || M) + 1/2 D_KL(Q || M) = H(M) - (H(P) + H(Q)) / 2``.
It is symmetric, always finite and at most ``log 2``. Its square root is
the Jensen-Shannon distance (a metric), which is what
``scipy.spatial.distance.jensenshannon`` returns.

>>> jsd("1 0", "0 1", base=2).text()
'1'
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING, overload

from kldocs.exact import BaseLike, LogSum, limbs
from kldocs.exact.bulk import Bulk
from kldocs.exact.factor import ARRAY_SIEVE_LIMIT, NUMPY_THRESHOLD
from kldocs.families.family import Family
from kldocs.inputs import Distribution, DistributionLike
from kldocs.inputs.distribution import Weights
from kldocs.measures.entropy import entropy_nats
from kldocs.measures.pairs import Parts, family_pair, pair_quantity, pair_terms
from kldocs.measures.quantity import Quantity, Term, float_terms

if TYPE_CHECKING:
    import numpy as np

    from kldocs.families.quantity import FamilyQuantity


@overload
def jsd(p: Family, q: Family, base: BaseLike = "e", *, axis: None = None) -> FamilyQuantity: ...
@overload
def jsd(p: DistributionLike, q: DistributionLike, base: BaseLike = "e", *, axis: None = None) -> Quantity: ...
@overload
def jsd(p: DistributionLike, q: DistributionLike, base: BaseLike = "e", *, axis: int) -> np.ndarray: ...
def jsd(
    p: DistributionLike | Family, q: DistributionLike | Family, base: BaseLike = "e", *, axis: int | None = None
) -> Quantity | FamilyQuantity | np.ndarray:
    """Jensen-Shannon divergence, through the mixture M = (P + Q)/2 (not its square root, the JS distance).

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
        input is floats: a list or tuple of floats, or a NumPy float array. Always finite.

    Notes
    -----
    .. math::

        \\mathrm{JSD}(P, Q) = \\tfrac12 D_{KL}(P \\parallel M) + \\tfrac12 D_{KL}(Q \\parallel M)
        = H(M) - \\tfrac12 (H(P) + H(Q))

    Symmetric, with ``0 <= JSD <= log 2`` (1 bit): 0 exactly when P = Q and
    ``log 2`` exactly when the supports are disjoint. Its square root is a
    metric, the Jensen-Shannon distance, which is what
    ``scipy.spatial.distance.jensenshannon`` returns
    (:meth:`Quantity.sqrt_decimal` gives it).

    References
    ----------
    .. [1] J. Lin, "Divergence measures based on the Shannon entropy", IEEE
       Transactions on Information Theory 37(1), 145-151, 1991.

    Examples
    --------
    >>> from kldocs import jsd
    >>> jsd("0.2 0.5 0.3", "0.3 0.4 0.3").decimal(5)
    '0.0078174'
    >>> jsd("1 0", "0 1", base=2).text()
    '1'
    >>> from kldocs import entropy
    >>> P, Q = "1/2 1/2", "1/4 3/4"
    >>> jsd(P, Q).exact == entropy("3/8 5/8").exact - (entropy(P).exact + entropy(Q).exact) / 2
    True
    """
    if isinstance(p, Family) or isinstance(q, Family):
        return family_pair("jsd", p, q, base)
    return pair_quantity("jsd", p, q, base, jsd_nats, _exact_terms, _float_terms, axis)


def mixture(P: Distribution, Q: Distribution) -> Distribution:
    """The mixture ``M = (P + Q) / 2``, named ``M``, with P's labels (Q paired with P by label).

    With ``p = w/T`` and ``q = v/U`` over ``L = lcm(T, U)``, ``m = (w L/T + v L/U) / (2L)``:
    integers again, so the exact core never adds fractions.

    >>> from kldocs.inputs import parse_distribution
    >>> from kldocs.measures.jensen_shannon import mixture
    >>> mixture(parse_distribution("1 0"), parse_distribution("1/4 3/4")).probabilities
    (Fraction(5, 8), Fraction(3, 8))

    When either is a float distribution, so is the mixture:

    >>> mixture(parse_distribution([1.0, 0.0]), parse_distribution("1/4 3/4")).as_array().tolist()
    [0.625, 0.375]
    """
    Q = Q.aligned_to(P)
    if not (P.is_exact and Q.is_exact):
        floats = (P.as_array() + Q.as_array()) / 2
        floats.setflags(write=False)
        return Distribution(None, P.given_labels, "M", floats=floats)
    w, T = P.integer_weights
    v, U = Q.integer_weights
    common = math.lcm(T, U)
    return Distribution.from_weights(_combine(w, common // T, v, common // U), 2 * common, P.given_labels, "M")


def _combine(first: Weights, a: int, second: Weights, b: int) -> Weights:
    """``first * a + second * b`` element by element: in int64 when it cannot overflow, else as Python
    integers (an object array, whose arithmetic runs in C loops)."""
    import numpy as np

    if not isinstance(first, (tuple, list)) and not isinstance(second, (tuple, list)):
        largest = int(np.max(first)) * a + int(np.max(second)) * b
        if largest < 2**62:
            combined = np.asarray(first, dtype=np.int64) * a + np.asarray(second, dtype=np.int64) * b
            combined.setflags(write=False)
            return combined
    combined = np.asarray(first, dtype=object) * a + np.asarray(second, dtype=object) * b
    combined.setflags(write=False)
    return combined


def jsd_nats(P: Distribution, Q: Distribution) -> LogSum:
    """``JSD(P, Q)`` in nats: ``H(M) - (H(P) + H(Q)) / 2``; exactly 0 at once for the same weights (proving
    that a difference of two sums of a million logarithms is 0 would take a minute).
    """
    if _same_weights(P, Q):
        return LogSum()
    return _mixture_entropy(P, Q) - (entropy_nats(P) + entropy_nats(Q)) / 2


def _same_weights(P: Distribution, Q: Distribution) -> bool:
    """True when P and Q have the same integer weights over the same total (so the same probabilities)."""
    import numpy as np

    (w, T), (v, U) = P.integer_weights, Q.integer_weights
    return T == U and len(w) == len(v) and bool(np.array_equal(np.asarray(w), np.asarray(v)))


def _mixture_entropy(P: Distribution, Q: Distribution) -> LogSum:
    """``H(M)`` for ``M = (P + Q) / 2``: ``ln(2L) - (1/2L) sum m ln m`` over the mixture's weights ``m``.

    Thousands of weights beyond int64 (the totals of P and Q are large)
    stay two int64 limbs each (:mod:`kldocs.exact.limbs`) instead of
    becoming Python integers, which would cost more than their logarithms.
    """
    wide = _wide_mixture(P, Q)
    if wide is None:
        return entropy_nats(mixture(P, Q))
    weights, total = wide
    small = limbs.below(weights, ARRAY_SIEVE_LIMIT + 1)  # zeros, and integers for the prime sieve
    few = weights[small, 1]
    entropy = LogSum.sum_of_logs(few, -few, Fraction(1, total), plus=LogSum.log(total))
    large = weights[~small]
    return entropy + LogSum.of_bulk(Bulk(large, large), Fraction(-1, total))


def _wide_mixture(P: Distribution, Q: Distribution) -> tuple[np.ndarray, int] | None:
    """The mixture's weights as limbs and their total ``2L``, when P's and Q's weights are long int64 arrays
    and some of the mixture's pass int64; None otherwise."""
    import numpy as np

    (w, T), (v, U) = P.integer_weights, Q.integer_weights
    if not (isinstance(w, np.ndarray) and isinstance(v, np.ndarray)) or len(w) < NUMPY_THRESHOLD:
        return None
    common = math.lcm(T, U)
    weights = limbs.combined(w, common // T, v, common // U)
    if weights is None or not weights[:, 0].any():  # all within int64: as quick the usual way
        return None
    return weights, 2 * common


def _exact_terms(quantity: Quantity) -> tuple[Term, ...]:
    return pair_terms(quantity, lambda p, q: False, _mixture_parts)


def _mixture_parts(p: Fraction, q: Fraction) -> Parts:
    """``p/2 ln(p/m) + q/2 ln(q/m)`` with ``m = (p + q)/2``, zero parts left out."""
    m = (p + q) / 2
    return ([(p / 2, p / m)] if p else []) + ([(q / 2, q / m)] if q else [])


def _float_terms(quantity: Quantity) -> tuple[Term, ...]:
    from kldocs.measures import floats

    assert quantity.q is not None
    p, q = quantity.p.as_array(), quantity.q.as_array()
    m = 0.5 * (p + q)
    return float_terms(quantity, 0.5 * floats.kl_terms(p, m) + 0.5 * floats.kl_terms(q, m), p, q)
