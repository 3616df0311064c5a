"""Kullback-Leibler divergence ``D_KL(P || Q) = H(P, Q) - H(P)``.

The exact value is computed as the identity says: cross-entropy minus
entropy, subtracted as canonical forms.

>>> from kldocs.inputs import parse_distribution
>>> P = parse_distribution("0.2 0.5 0.3")
>>> Q = parse_distribution("0.3 0.4 0.3", name="Q")
>>> kl(P, Q).text()
'-4/5*log(2) - 1/5*log(3) + 1/2*log(5)'
"""

from __future__ import annotations

from typing import Any

from kldocs.exact import LogSum
from kldocs.inputs import Distribution
from kldocs.measures.cross_entropy import cross_entropy_nats
from kldocs.measures.entropy import entropy_nats
from kldocs.measures.pairs import pair_quantity, pair_terms
from kldocs.measures.quantity import Quantity, Term, float_terms


def kl(p: Any, q: Any, base: Any = "e") -> Quantity:
    """Kullback-Leibler divergence of Q from P (P is the reference, "truth").

    Parameters
    ----------
    p, q
        Distributions of the same length (or what ``parse_distribution`` reads).
    base
        Logarithm base; nats by default.

    Returns
    -------
    Quantity
        Exact unless either side is a float array; +infinity when some
        category has ``p > 0`` and ``q = 0`` (see ``terms()`` for which).

    Notes
    -----
    ``D_KL(P || Q) = sum_i p_i log(p_i / q_i) = H(P, Q) - H(P) >= 0``, with
    equality exactly when P = Q. It is not symmetric in P and Q.

    Examples
    --------
    >>> kl("0.2 0.5 0.3", "0.3 0.4 0.3").decimal(9)
    '0.0304787540'
    >>> kl("0.5 0.5", "1 0").is_finite
    False
    """
    return pair_quantity("kl", p, q, base, kl_nats, _exact_terms, _float_terms)


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
