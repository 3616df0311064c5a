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
from typing import TYPE_CHECKING, Any, overload

from kldocs.exact import BaseLike
from kldocs.families.family import Family
from kldocs.inputs import Distribution
from kldocs.measures.cross_entropy import cross_entropy
from kldocs.measures.entropy import entropy
from kldocs.measures.jeffreys import jeffreys
from kldocs.measures.jensen_shannon import jsd
from kldocs.measures.kullback_leibler import kl
from kldocs.measures.quantity import Quantity
from kldocs.measures.registry import SUMMARY

if TYPE_CHECKING:
    from kldocs.families.quantity import FamilyQuantity

#: The function that computes each measure of two distributions.
PAIR_FUNCTIONS: dict[str, Callable[..., Quantity]] = {
    "cross_entropy": cross_entropy,
    "kl": kl,
    "jeffreys": jeffreys,
    "jsd": jsd,
}


@overload
def all_measures(P: Family, Q: Family, base: BaseLike = "e") -> dict[str, FamilyQuantity]: ...


@overload
def all_measures(P: Distribution, Q: Distribution, base: BaseLike = "e") -> dict[str, Quantity]: ...


def all_measures(P: Any, Q: Any, base: BaseLike = "e") -> dict[str, Any]:
    """Entropies, cross-entropies and KL both ways, Jeffreys and JSD (of distributions or of families).

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
