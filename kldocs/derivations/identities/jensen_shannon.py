"""Jensen-Shannon divergence: ``JSD = H(M) - (H(P) + H(Q))/2`` with ``M = (P + Q)/2``; symmetric, finite.

>>> from kldocs.derivations.verify import verify
>>> verify(derivation()).holds
True
"""

from __future__ import annotations

from sympy import Eq, Rational, log

from kldocs.derivations.build import algebra, define, instance, over_i, plus
from kldocs.derivations.identities.examples import DISJOINT
from kldocs.derivations.steps import Derivation, Numbers
from kldocs.derivations.symbols import H_M, H_P, H_Q, JSD_PQ, JSD_QP, KL_PM, KL_QM, STANDARD, i, m, p, q

HALF = Rational(1, 2)


def derivation() -> Derivation:
    return Derivation(
        "jensen_shannon",
        "derivation.jensen_shannon.title",
        (
            define(
                plus(HALF * KL_PM, HALF * KL_QM),
                "step.jsd_definition",
                (JSD_PQ, STANDARD[JSD_PQ]),
                (m[i], STANDARD[m[i]]),
            ),
            algebra(
                plus(HALF * over_i(p[i] * log(p[i] / m[i])), HALF * over_i(q[i] * log(q[i] / m[i]))),
                "step.expand_definitions",
            ),
            algebra(
                plus(-over_i(m[i] * log(m[i])), HALF * over_i(p[i] * log(p[i])), HALF * over_i(q[i] * log(q[i]))),
                "step.regroup_around_mixture",
            ),
            define(plus(H_M, -HALF * plus(H_P, H_Q)), "step.name_entropies"),
            algebra(Eq(JSD_PQ, JSD_QP, evaluate=False), "step.jsd_symmetric"),
            instance(Eq(JSD_PQ, log(2), evaluate=False), "step.jsd_finite", Numbers(DISJOINT, zero_convention=True)),
        ),
        lhs=JSD_PQ,
    )


def bounds() -> Derivation:
    """``0 <= JSD <= log 2``: the upper bound because ``M >= P/2`` and ``M >= Q/2``."""
    half_kls = plus(HALF * over_i(p[i] * log(p[i] / m[i])), HALF * over_i(q[i] * log(q[i] / m[i])))
    p_log = HALF * over_i(p[i] * log(p[i] / (2 * m[i])))
    q_log = HALF * over_i(q[i] * log(q[i] / (2 * m[i])))
    p_linear = HALF * over_i(p[i] * (p[i] / (2 * m[i]) - 1))
    q_linear = HALF * over_i(q[i] * (q[i] / (2 * m[i]) - 1))
    from sympy import Ge, Le

    from kldocs.derivations.build import apply_lemma, conclude, constraint

    return Derivation(
        "jsd_bounds",
        "derivation.jsd_bounds.title",
        (
            define(half_kls, "step.jsd_definition", (JSD_PQ, STANDARD[JSD_PQ])),
            algebra(
                plus(HALF * log(2) * over_i(p[i]), HALF * log(2) * over_i(q[i]), p_log, q_log), "step.take_out_log_2"
            ),
            constraint(plus(log(2), p_log, q_log), "step.both_sum_to_one", p, q),
            apply_lemma(
                plus(log(2), p_linear, q_log),
                "step.apply_log_inequality",
                "<=",
                "log_le_x_minus_1",
                p[i] / (2 * m[i]),
                p[i] / 2,
            ),
            apply_lemma(
                plus(log(2), p_linear, q_linear),
                "step.apply_log_inequality",
                "<=",
                "log_le_x_minus_1",
                q[i] / (2 * m[i]),
                q[i] / 2,
            ),
            algebra(plus(log(2), -over_i(p[i] * q[i] / (p[i] + q[i]))), "step.mixture_above_halves"),
            apply_lemma(log(2), "step.drop_nonnegative", "<=", "nonnegative", p[i] * q[i] / (p[i] + q[i])),
            conclude(Le(JSD_PQ, log(2), evaluate=False), "step.jsd_at_most_log_2", "chain", 7),
            define(Eq(JSD_PQ, half_kls, evaluate=False), "step.jsd_definition"),
            algebra(
                plus(-HALF * over_i(p[i] * log(m[i] / p[i])), -HALF * over_i(q[i] * log(m[i] / q[i]))),
                "step.flip_quotient",
            ),
            apply_lemma(
                plus(-HALF * over_i(p[i] * (m[i] / p[i] - 1)), -HALF * over_i(q[i] * log(m[i] / q[i]))),
                "step.apply_log_inequality",
                ">=",
                "log_le_x_minus_1",
                m[i] / p[i],
                p[i] / 2,
            ),
            apply_lemma(
                plus(-HALF * over_i(p[i] * (m[i] / p[i] - 1)), -HALF * over_i(q[i] * (m[i] / q[i] - 1))),
                "step.apply_log_inequality",
                ">=",
                "log_le_x_minus_1",
                m[i] / q[i],
                q[i] / 2,
            ),
            algebra(Rational(0), "step.mixture_sums_cancel"),
            conclude(Ge(JSD_PQ, 0, evaluate=False), "step.jsd_nonnegative", "chain", 13),
        ),
        lhs=JSD_PQ,
    )
