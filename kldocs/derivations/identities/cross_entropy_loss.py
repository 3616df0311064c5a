"""Why cross-entropy is the training loss: ``H(P,Q) = D_KL(P||Q) + H(P)`` and ``H(P)`` is free of Q.

Minimising ``H(P, Q)`` over the model Q therefore minimises ``D_KL(P||Q)``.

>>> from kldocs.derivations.verify import verify
>>> verify(derivation()).holds
True
"""

from __future__ import annotations

from sympy import Derivative, Eq, log

from kldocs.derivations.build import algebra, conclude, define, over_i, plus
from kldocs.derivations.steps import Derivation
from kldocs.derivations.symbols import H_P, H_PQ, KL_PQ, STANDARD, argmin_q, i, j, p, q


def derivation() -> Derivation:
    return Derivation(
        "cross_entropy_loss",
        "derivation.cross_entropy_loss.title",
        (
            define(STANDARD[H_PQ], "step.cross_entropy_definition", (H_PQ, STANDARD[H_PQ])),
            algebra(plus(over_i(p[i] * log(p[i] / q[i])), -over_i(p[i] * log(p[i]))), "step.add_subtract_entropy"),
            define(plus(KL_PQ, H_P), "step.name_kl_and_entropy"),
            algebra(Eq(Derivative(H_P, q[j]), 0, evaluate=False), "step.entropy_free_of_q"),
            conclude(
                Eq(argmin_q(H_PQ), argmin_q(KL_PQ), evaluate=False),
                "step.same_minimiser",
                "argmin_shift",
                3,
                4,
                variable=q,
            ),
        ),
        lhs=H_PQ,
    )
