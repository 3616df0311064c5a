"""All eight measures of a pair at once, in the order every output uses.

>>> from kldocs.inputs import parse_distribution
>>> values = all_measures(parse_distribution("0.2 0.5 0.3"), parse_distribution("0.3 0.4 0.3", name="Q"))
>>> list(values)
['entropy_p', 'entropy_q', 'cross_entropy_pq', 'cross_entropy_qp', 'kl_pq', 'kl_qp', 'jeffreys', 'jsd']
>>> values["kl_qp"].decimal(6)
'0.0323821'
"""

from __future__ import annotations

from typing import Any

from kldocs.inputs import Distribution
from kldocs.measures.cross_entropy import cross_entropy
from kldocs.measures.entropy import entropy
from kldocs.measures.jeffreys import jeffreys
from kldocs.measures.jensen_shannon import jsd
from kldocs.measures.kullback_leibler import kl
from kldocs.measures.quantity import Quantity


def all_measures(P: Distribution, Q: Distribution, base: Any = "e") -> dict[str, Quantity]:
    """Entropies, cross-entropies and KL both ways, Jeffreys and JSD.

    The keys are those of ``kldocs compute --json``.
    """
    return {
        "entropy_p": entropy(P, base),
        "entropy_q": entropy(Q, base),
        "cross_entropy_pq": cross_entropy(P, Q, base),
        "cross_entropy_qp": cross_entropy(Q, P, base),
        "kl_pq": kl(P, Q, base),
        "kl_qp": kl(Q, P, base),
        "jeffreys": jeffreys(P, Q, base),
        "jsd": jsd(P, Q, base),
    }
