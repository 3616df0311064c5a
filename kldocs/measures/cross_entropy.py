"""Cross-entropy ``H(P, Q) = -sum p log q``; infinite when some p > 0 has q = 0.

>>> from kldocs.inputs import parse_distribution
>>> P = parse_distribution("0.5 0.5")
>>> Q = parse_distribution("0.25 0.75", name="Q")
>>> cross_entropy(P, Q, base=2).text()
'2 - 1/2*log(3)/log(2)'
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from kldocs.exact import LogSum
from kldocs.inputs import Distribution
from kldocs.inputs.distribution import negated
from kldocs.measures.pairs import pair_quantity, pair_terms
from kldocs.measures.quantity import Quantity, Term, float_terms


def cross_entropy(p: Any, q: Any, base: Any = "e") -> Quantity:
    """Cross-entropy of Q relative to P: the average code length under Q.

    Parameters
    ----------
    p, q
        Distributions of the same length (or what ``parse_distribution`` reads).
    base
        Logarithm base; nats by default.

    Notes
    -----
    ``H(P, Q) = -sum_i p_i log q_i``. It is infinite when some category has
    ``p_i > 0`` and ``q_i = 0``, and equals ``H(P) + D_KL(P || Q)``.

    Examples
    --------
    >>> cross_entropy("0.5 0.5", "0.5 0.5").text()
    'log(2)'
    """
    return pair_quantity("cross_entropy", p, q, base, cross_entropy_nats, _exact_terms, _float_terms)


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
        return LogSum.log(reference_total) + LogSum.sum_of_logs(reference, negated(weights), Fraction(1, total))

    return P.remember(("cross_entropy_nats", Q.content_key), compute)


def first_support_failure(P: Distribution, Q: Distribution) -> int | None:
    """The first category with ``p > 0`` and ``q = 0`` (0-based), or None."""
    weights, _ = P.integer_weights
    return next((i for i in Q.zeros if weights[i]), None)


def _exact_terms(quantity: Quantity) -> tuple[Term, ...]:
    return pair_terms(quantity, lambda p, q: bool(p) and not q, lambda p, q: [(-p, q)] if p else [])


def _float_terms(quantity: Quantity) -> tuple[Term, ...]:
    import numpy as np

    assert quantity.q is not None
    p, q = quantity.p.as_array(), quantity.q.as_array()
    with np.errstate(divide="ignore", invalid="ignore"):
        values = -p * np.log(q)
    return float_terms(quantity, values, p, q)
