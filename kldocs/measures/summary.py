"""All eight measures of a pair at once, in the order every output uses.

>>> from kldocs.inputs import parse_distribution
>>> values = all_measures(parse_distribution("0.2 0.5 0.3"), parse_distribution("0.3 0.4 0.3", name="Q"))
>>> list(values)
['entropy_p', 'entropy_q', 'cross_entropy_pq', 'cross_entropy_qp', 'kl_pq', 'kl_qp', 'jeffreys', 'jsd']
>>> values["kl_qp"].decimal(6)
'0.0323821'
"""

from __future__ import annotations

from collections.abc import Callable

from kldocs.exact import BaseLike
from kldocs.inputs import Distribution
from kldocs.measures.cross_entropy import cross_entropy
from kldocs.measures.entropy import entropy
from kldocs.measures.jeffreys import jeffreys
from kldocs.measures.jensen_shannon import jsd
from kldocs.measures.kullback_leibler import kl
from kldocs.measures.quantity import Quantity
from kldocs.measures.registry import SUMMARY

#: The function that computes each measure of two distributions.
PAIR_FUNCTIONS: dict[str, Callable[..., Quantity]] = {
    "cross_entropy": cross_entropy,
    "kl": kl,
    "jeffreys": jeffreys,
    "jsd": jsd,
}


def all_measures(P: Distribution, Q: Distribution, base: BaseLike = "e") -> dict[str, Quantity]:
    """Entropies, cross-entropies and KL both ways, Jeffreys and JSD.

    The keys are those of ``kldocs compute --json`` (:data:`~kldocs.measures.registry.SUMMARY`).
    """
    values = {}
    for entry in SUMMARY:
        first, second = (Q, P) if entry.reverse else (P, Q)
        if entry.measure == "entropy":
            values[entry.key] = entropy(first, base)
        else:
            values[entry.key] = PAIR_FUNCTIONS[entry.measure](first, second, base)
    return values
