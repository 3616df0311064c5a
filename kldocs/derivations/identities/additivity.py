"""Additivity for independent pairs: ``D(P1 x P2 || Q1 x Q2) = D(P1||Q1) + D(P2||Q2)``.

P1, Q1 live on ``i = 1..n`` (``p``, ``q``) and P2, Q2 on ``j = 1..k`` (``r``, ``s``).

>>> from kldocs.derivations.verify import verify
>>> verify(derivation()).holds
True
"""

from __future__ import annotations

from sympy import Sum, log

from kldocs.derivations.build import algebra, constraint, define, plus
from kldocs.derivations.steps import Derivation
from kldocs.derivations.symbols import KL_P1Q1, KL_P2Q2, KL_PRODUCT, STANDARD, i, j, k, n, p, q, r, s


def derivation() -> Derivation:
    def both(body: object) -> Sum:
        return Sum(Sum(body, (j, 1, k)), (i, 1, n))

    first = Sum(p[i] * log(p[i] / q[i]), (i, 1, n))
    second = Sum(r[j] * log(r[j] / s[j]), (j, 1, k))
    return Derivation(
        "additivity",
        "derivation.additivity.title",
        (
            define(STANDARD[KL_PRODUCT], "step.product_definition", (KL_PRODUCT, STANDARD[KL_PRODUCT])),
            algebra(both(p[i] * r[j] * plus(log(p[i] / q[i]), log(r[j] / s[j]))), "step.log_of_product"),
            algebra(
                plus(first * Sum(r[j], (j, 1, k)), second * Sum(p[i], (i, 1, n))),
                "step.separate_sums",
            ),
            constraint(plus(first, second), "step.marginals_sum_to_one", p, r),
            define(plus(KL_P1Q1, KL_P2Q2), "step.name_parts"),
        ),
        lhs=KL_PRODUCT,
    )
