"""Measures of exact distributions estimated in doubles (NumPy's float path), a cheap look before the exact value.

A value that is only compared with others (a wrong entropy, with the entropy of every distribution in force) is
first estimated: :func:`estimated_again` gives the float path's value within :data:`SLACK` of the exact one, or None
when the doubles may be far from it; :func:`far_apart` says when an estimate certainly stands for another value.

>>> from fractions import Fraction
>>> halves = ((Fraction(1, 2), Fraction(1, 2)),)
>>> estimated_again("entropy", halves, Fraction(2)), far_apart(1.0, 1.5), far_apart(1.0, 1.0 + 1e-12)
(1.0, True, False)
>>> estimated_terms("entropy", halves, Fraction(2))
(0.5, 0.5)
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache
from typing import Any

from kldocs.checker.latex_numbers import BaseKey
from kldocs.exact import Base

#: How far an estimate may be from the exact value, relative to 1 + its size: far more than the float path's rounding
#: (a few units in the last place of each term), far less than any written precision.
SLACK = 1e-8
#: The measures estimated, each with the number of distributions it takes.
ESTIMATED = {"entropy": 1, "cross_entropy": 2, "kl": 2, "jsd": 2, "jeffreys": 2}


def far_apart(estimate: float | None, value: float) -> bool:
    """True when an estimate (see :meth:`~kldocs.checker.scope.KnownDistributions.estimate`) certainly stands for
    another value than ``value`` (a double).

    >>> far_apart(0.5, 0.5000001), far_apart(0.5, 0.50000000001), far_apart(None, 3.0)
    (True, False, False)
    """
    if estimate is None or not math.isfinite(value):
        return False
    return abs(estimate - value) > SLACK * (1 + abs(estimate))


#: Estimates made, by measure, the identities of the probabilities' tuples and the base (see :func:`estimated_again`).
_ESTIMATES: dict[tuple[object, ...], tuple[tuple[tuple[Fraction, ...], ...], float | None]] = {}
#: Most estimates kept there.
_MOST_ESTIMATES = 4096


def estimated_again(measure: str, pair: tuple[tuple[Fraction, ...], ...], base: BaseKey) -> float | None:
    """:func:`_estimated`, found again by the identity of the probabilities: the distributions in force are the same
    objects from one claim to the next, and hashing every fraction of them for :func:`_estimated`'s cache took longer
    than the look-up saved (a wrong entropy is compared with the entropy of every distribution in force).

    >>> pair = ((Fraction(1, 2), Fraction(1, 2)),)
    >>> estimated_again("entropy", pair, Fraction(2)) == estimated_again("entropy", pair, Fraction(2)) == 1.0
    True
    """
    key = (measure, *map(id, pair), None if base is None else (base.numerator, base.denominator))
    kept = _ESTIMATES.get(key)
    if kept is not None and all(one is other for one, other in zip(kept[0], pair, strict=True)):
        return kept[1]
    value = _estimated(measure, pair, base)
    if len(_ESTIMATES) < _MOST_ESTIMATES:
        _ESTIMATES[key] = (pair, value)  # the tuples are kept, so their identities stay theirs
    return value


@lru_cache(maxsize=4096)
def _estimated(measure: str, pair: tuple[tuple[Fraction, ...], ...], base: BaseKey) -> float | None:
    """The float path's value of a measure of exact probabilities, in ``base``; None when it may be far off."""
    from kldocs.measures import floats

    arrays = _doubles(pair)
    if arrays is None:
        return None
    nats = float(getattr(floats, measure)(*arrays))
    return nats / _nats_per_unit(base) if math.isfinite(nats) else None


@lru_cache(maxsize=4096)
def estimated_terms(measure: str, pair: tuple[tuple[Fraction, ...], ...], base: BaseKey) -> tuple[float, ...] | None:
    """The terms ``p log(p/q)`` (KL) or ``-p log q`` (q = p for the entropy) in doubles, in ``base``."""
    import numpy as np

    from kldocs.measures.floats import kl_terms

    arrays = _doubles(pair)
    if arrays is None:
        return None
    p, q = arrays[0], arrays[-1]
    if measure == "kl":
        terms = kl_terms(p, q)
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            terms = -p * np.log(q)
        terms[p == 0] = 0.0
    unit = _nats_per_unit(base)
    return tuple(float(term) / unit for term in terms)


def _doubles(pair: tuple[tuple[Fraction, ...], ...]) -> list[Any] | None:
    """The probabilities as float64 arrays; None when one is too small for a double to hold."""
    import numpy as np

    arrays = []
    for values in pair:
        doubles = [float(value) for value in values]
        if any(value and abs(double) < _TINY for value, double in zip(values, doubles, strict=True)):
            return None  # a probability a double cannot hold: its term may be lost, or infinite
        arrays.append(np.array(doubles, dtype=np.float64))
    return arrays


def _nats_per_unit(base: BaseKey) -> float:
    return Base(base).nats_per_unit if base is not None else 1.0


_TINY = 1e-300
