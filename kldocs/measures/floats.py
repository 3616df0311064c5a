"""The float path: the measures on NumPy float64 arrays, fast and careful.

Each function first runs the plain vectorised formula. Only when its result
cannot be trusted (a NaN from a 0 * log 0 term, an overflow from a tiny
reference probability, or heavy cancellation when P and Q nearly agree) does
it take a slower route that handles those cases term by term, so the common
case costs about as much as a bare ``np.sum(p * np.log(p / q))``.

For near-identical P and Q each term of ``p log(p/q) - p + q`` is
non-negative and is computed without cancellation (a series for the close
terms), so the result is never negative and never NaN.

With ``axis=None`` (the default) the arrays are one distribution each and
the result is a float. With an ``axis``, as in ``scipy.stats.entropy``, the
arrays are batches of distributions laid along that axis, and the result is
an array with one value per distribution; only the distributions whose fast
result cannot be trusted take the careful route.

>>> import numpy as np
>>> round(kl(np.array([0.2, 0.5, 0.3]), np.array([0.3, 0.4, 0.3])), 10)
0.030478754
>>> kl(np.array([[0.2, 0.5, 0.3], [0.5, 0.5, 0.0]]), np.array([[0.3, 0.4, 0.3], [0.5, 0.5, 0.0]]), axis=1).round(6)
array([0.030479, 0.      ])
"""

from __future__ import annotations

import math
from typing import Any, overload

import numpy as np

#: Below this value the fast KL sum may have lost digits to cancellation.
_CANCELLATION_GUARD = 1e-3
#: Terms with |p/q - 1| under this use the series for (1+x)log(1+x) - x.
_SERIES_LIMIT = 1e-2


@overload
def entropy(p: np.ndarray, axis: None = None) -> float: ...
@overload
def entropy(p: np.ndarray, axis: int) -> np.ndarray: ...
def entropy(p: np.ndarray, axis: int | None = None) -> float | np.ndarray:
    """``-sum p log p`` in nats, with 0 log 0 = 0."""
    return cross_entropy(p, p, axis)


@overload
def cross_entropy(p: np.ndarray, q: np.ndarray, axis: None = None) -> float: ...
@overload
def cross_entropy(p: np.ndarray, q: np.ndarray, axis: int) -> np.ndarray: ...
def cross_entropy(p: np.ndarray, q: np.ndarray, axis: int | None = None) -> float | np.ndarray:
    """``-sum p log q`` in nats; infinite when some p > 0 has q = 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.log(q)
        np.multiply(terms, p, out=terms)
    total = terms.sum(axis=axis)
    undefined = np.isnan(total)
    if undefined.any():  # only 0 * log(0) terms are NaN, and they count as 0
        total = np.where(undefined, np.nansum(terms, axis=axis), total)
    return _result(-total, axis)


@overload
def kl(p: np.ndarray, q: np.ndarray, axis: None = None) -> float: ...
@overload
def kl(p: np.ndarray, q: np.ndarray, axis: int) -> np.ndarray: ...
def kl(p: np.ndarray, q: np.ndarray, axis: int | None = None) -> float | np.ndarray:
    """``sum p log(p/q)`` in nats; infinite when some p > 0 has q = 0."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        terms = np.divide(p, q)
        np.log(terms, out=terms)
        np.multiply(terms, p, out=terms)
    if axis is None:
        value = float(terms.sum())
        return value if math.isfinite(value) and value >= _CANCELLATION_GUARD else _kl_careful(p, q)
    total = np.asarray(terms.sum(axis=axis))
    untrusted = np.flatnonzero(~(np.isfinite(total) & (total >= _CANCELLATION_GUARD)))
    if untrusted.size:
        p_rows, q_rows = (np.moveaxis(rows, axis, -1) for rows in np.broadcast_arrays(p, q))
        for flat in untrusted:
            index = np.unravel_index(flat, total.shape)
            total[index] = _kl_careful(p_rows[index], q_rows[index])
    return _result(total, axis)


@overload
def jeffreys(p: np.ndarray, q: np.ndarray, axis: None = None) -> float: ...
@overload
def jeffreys(p: np.ndarray, q: np.ndarray, axis: int) -> np.ndarray: ...
def jeffreys(p: np.ndarray, q: np.ndarray, axis: int | None = None) -> float | np.ndarray:
    """Jeffreys divergence ``D_KL(P||Q) + D_KL(Q||P)`` in nats."""
    return kl(p, q, axis) + kl(q, p, axis)


@overload
def jsd(p: np.ndarray, q: np.ndarray, axis: None = None) -> float: ...
@overload
def jsd(p: np.ndarray, q: np.ndarray, axis: int) -> np.ndarray: ...
def jsd(p: np.ndarray, q: np.ndarray, axis: int | None = None) -> float | np.ndarray:
    """Jensen-Shannon divergence in nats through the mixture M = (P + Q)/2."""
    m = 0.5 * (p + q)
    value = 0.5 * kl(p, m, axis) + 0.5 * kl(q, m, axis)
    return min(value, math.log(2)) if axis is None else np.minimum(value, math.log(2))


def kl_terms(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """The per-category terms ``p log(p/q)`` (0 where p = 0, inf where q = 0 < p)."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        terms = p * (np.log(p) - np.log(q))
    terms[p == 0] = 0.0
    return terms


def _result(total: Any, axis: int | None) -> Any:
    """A float without ``axis``; with it, an array of values (a NumPy scalar for one distribution).

    ``-0.0`` becomes ``0.0``.
    """
    if axis is None:
        return float(total) + 0.0
    values = np.asarray(total) + 0.0
    return values if values.ndim else values[()]


def _kl_careful(p: np.ndarray, q: np.ndarray) -> float:
    """KL term by term as ``q * phi(p/q - 1)`` with ``phi(x) = (1+x)log(1+x) - x``.

    The identity ``sum p log(p/q) = sum q phi(p/q - 1) + sum (p - q)``
    holds term by term; for distributions the last sum is 0, except for the
    mass of Q where P is 0, which is added back exactly.
    """
    support = p > 0
    if bool((q[support] == 0).any()):
        return math.inf
    outside = float(q[~support].sum())
    p, q = p[support], q[support]
    difference = p - q
    close = np.abs(difference) <= 0.5 * q
    terms = np.empty_like(p)
    x = difference[close] / q[close]
    terms[close] = q[close] * _phi(x)
    far = ~close
    terms[far] = p[far] * (np.log(p[far]) - np.log(q[far])) - difference[far]
    return float(np.maximum(terms, 0.0).sum()) + outside


def _phi(x: np.ndarray) -> np.ndarray:
    """``(1+x)log1p(x) - x`` for |x| <= 1/2, accurate to a few ulps near 0."""
    with np.errstate(invalid="ignore"):
        direct = (1 + x) * np.log1p(x) - x
    small = np.abs(x) < _SERIES_LIMIT
    if small.any():
        s = x[small]
        # sum_{k>=2} (-1)^k x^k / (k (k-1)), eight terms: error below x^10/90.
        series = np.zeros_like(s)
        for k in range(9, 1, -1):
            series = (series + (-1) ** k / (k * (k - 1))) * s
        direct[small] = series * s
    return direct
