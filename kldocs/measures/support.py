"""Where a measure is infinite: the first category with ``p > 0`` where ``q = 0``.

The category is found from the integer weights (or the float array) alone,
with one vectorised pass when they are NumPy arrays, and only its term is
built: a million categories cost no million exact terms.

>>> from kldocs import kl
>>> first_infinite_term(kl("1/2 1/4 1/4", "1/2 1/2 0"))
Term(index=2, label='x3', p=Fraction(1, 4), q=Fraction(0, 1), status='infinite', parts=(), value=ExactValue(oo))
>>> first_infinite_term(kl("1/2 1/2", "1/4 3/4")) is None
True
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kldocs.inputs import Distribution
from kldocs.measures.quantity import Number, Quantity, Term, infinite_term

if TYPE_CHECKING:
    import numpy as np

#: Measures whose term is infinite also where q > 0 meets p = 0 (they add both directions of KL).
_BOTH_WAYS = ("jeffreys",)


def first_support_failure(P: Distribution, Q: Distribution) -> int | None:
    """The first category with ``p > 0`` and ``q = 0`` (0-based), or None.

    >>> from kldocs import parse_distribution
    >>> first_support_failure(parse_distribution("0 1/2 1/2"), parse_distribution("1/2 1/2 0"))
    2
    """
    first, second = _values(P), _values(Q)
    if isinstance(first, (tuple, list)) and isinstance(second, (tuple, list)):
        return next((i for i, (p, q) in enumerate(zip(first, second, strict=True)) if p and not q), None)
    import numpy as np

    found = np.flatnonzero((np.asarray(first) > 0) & (np.asarray(second) == 0))
    return int(found[0]) if found.size else None


def first_infinite_term(quantity: Quantity) -> Term | None:
    """The first infinite term of ``quantity`` (as :meth:`Quantity.terms` gives it), or None when it is finite.

    Only that one term is built, so this costs one pass over the weights.
    """
    if quantity.is_finite or quantity.q is None:
        return None
    P, Q = quantity.p, quantity.q
    found = [first_support_failure(P, Q)]
    if quantity.measure in _BOTH_WAYS:
        found.append(first_support_failure(Q, P))
    index = min(i for i in found if i is not None)
    exact = quantity.exact is not None
    p, q = _probability(P, index, exact), _probability(Q, index, exact)
    term = infinite_term(index, P.label(index), p, q, quantity.base)
    return term if exact else replace(term, value=math.inf)


def _values(distribution: Distribution) -> Any:
    """The integer weights of an exact distribution, or the float array of a float one."""
    return distribution.integer_weights[0] if distribution.is_exact else distribution.as_array()


def _probability(distribution: Distribution, index: int, exact: bool) -> Number:
    """One probability as :meth:`Quantity.terms` writes it: a Fraction, or a float on the float path."""
    if exact:
        return distribution.probability(index)
    array: np.ndarray = distribution.as_array()
    return float(array[index])
