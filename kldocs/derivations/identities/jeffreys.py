"""Jeffreys divergence ``J = D_KL(P||Q) + D_KL(Q||P) = sum (p - q) log(p/q) >= 0``, and why J/2 is not the JSD.

>>> from kldocs.derivations.verify import verify
>>> verify(derivation()).holds
True
"""

from __future__ import annotations

from sympy import Eq, Ge, Integer, Ne, log, oo

from kldocs.derivations.build import algebra, apply_lemma, conclude, define, instance, over_i, plus
from kldocs.derivations.identities.examples import DISJOINT, REFERENCE
from kldocs.derivations.steps import Derivation, Numbers
from kldocs.derivations.symbols import J_PQ, JSD_PQ, KL_PQ, KL_QP, STANDARD, i, p, q


def derivation() -> Derivation:
    return Derivation(
        "jeffreys",
        "derivation.jeffreys.title",
        (
            define(plus(KL_PQ, KL_QP), "step.jeffreys_definition", (J_PQ, STANDARD[J_PQ])),
            algebra(plus(over_i(p[i] * log(p[i] / q[i])), over_i(q[i] * log(q[i] / p[i]))), "step.expand_definitions"),
            algebra(over_i((p[i] - q[i]) * log(p[i] / q[i])), "step.combine_sums"),
            algebra(over_i(q[i] * (p[i] / q[i] - 1) * log(p[i] / q[i])), "step.factor_out_q"),
            apply_lemma(Integer(0), "step.apply_x_minus_1_log_x", ">=", "x_minus_1_log_x", p[i] / q[i], q[i]),
            conclude(Ge(J_PQ, 0, evaluate=False), "step.jeffreys_nonnegative", "chain", 5),
            instance(Ne(J_PQ / 2, JSD_PQ, evaluate=False), "step.half_jeffreys_is_not_jsd", Numbers(REFERENCE)),
            instance(Eq(J_PQ, oo, evaluate=False), "step.jeffreys_infinite", Numbers(DISJOINT, zero_convention=True)),
            instance(Eq(JSD_PQ, log(2), evaluate=False), "step.jsd_finite", Numbers(DISJOINT, zero_convention=True)),
        ),
        lhs=J_PQ,
    )
