"""``D_KL(P||Q) = H(P,Q) - H(P)``: the log of a quotient, split into two named sums.

>>> from kldocs.derivations.verify import verify
>>> verify(derivation()).holds
True
"""

from __future__ import annotations

from sympy import log

from kldocs.derivations.build import algebra, define, over_i, plus
from kldocs.derivations.steps import Derivation
from kldocs.derivations.symbols import H_P, H_PQ, KL_PQ, STANDARD, i, p, q


def derivation() -> Derivation:
    return Derivation(
        "kl_cross_entropy",
        "derivation.kl_cross_entropy.title",
        (
            define(STANDARD[KL_PQ], "step.kl_definition", (KL_PQ, STANDARD[KL_PQ])),
            algebra(over_i(p[i] * plus(log(p[i]), -log(q[i]))), "step.log_of_quotient"),
            algebra(plus(over_i(p[i] * log(p[i])), -over_i(p[i] * log(q[i]))), "step.split_sum"),
            define(plus(H_PQ, -H_P), "step.name_cross_entropy_and_entropy"),
        ),
        lhs=KL_PQ,
    )
