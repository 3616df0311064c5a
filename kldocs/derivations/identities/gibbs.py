"""Gibbs' inequality: ``D_KL(P||Q) >= 0``, with equality exactly when ``P = Q``.

Apply ``log x <= x - 1`` to ``x = q_i / p_i`` in every term, then use that
both distributions sum to 1.

>>> from kldocs.derivations.verify import verify
>>> verify(derivation()).holds
True
"""

from __future__ import annotations

from sympy import Eq, Equivalent, Ge, Integer, log

from kldocs.derivations.build import algebra, apply_lemma, conclude, constraint, define, over_i, plus
from kldocs.derivations.steps import Derivation
from kldocs.derivations.symbols import KL_PQ, STANDARD, ForAll, i, p, q


def derivation() -> Derivation:
    return Derivation(
        "gibbs",
        "derivation.gibbs.title",
        (
            define(STANDARD[KL_PQ], "step.kl_definition", (KL_PQ, STANDARD[KL_PQ])),
            algebra(-over_i(p[i] * log(q[i] / p[i])), "step.flip_quotient"),
            apply_lemma(
                -over_i(p[i] * (q[i] / p[i] - 1)),
                "step.apply_log_inequality",
                ">=",
                "log_le_x_minus_1",
                q[i] / p[i],
                p[i],
            ),
            algebra(-over_i(q[i] - p[i]), "step.cancel_p"),
            algebra(plus(over_i(p[i]), -over_i(q[i])), "step.split_sum"),
            constraint(plus(Integer(1), Integer(-1)), "step.both_sum_to_one", p, q),
            algebra(Integer(0), "step.arithmetic"),
            conclude(Ge(KL_PQ, 0, evaluate=False), "step.gibbs_conclusion", "chain", 7),
            conclude(
                Equivalent(Eq(KL_PQ, 0, evaluate=False), ForAll(Eq(p[i], q[i], evaluate=False), i)),
                "step.gibbs_equality",
                "equality_condition",
                7,
            ),
        ),
        lhs=KL_PQ,
    )
