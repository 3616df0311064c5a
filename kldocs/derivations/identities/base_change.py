"""Changing the log base: ``D_KL`` in base b is ``D_KL`` in nats divided by ``ln b``.

>>> from kldocs.derivations.verify import verify
>>> verify(derivation()).holds
True
"""

from __future__ import annotations

from sympy import Eq, Symbol, log

from kldocs.derivations.build import algebra, define, instance, over_i
from kldocs.derivations.identities.examples import REFERENCE, in_base
from kldocs.derivations.log_base import LogBase
from kldocs.derivations.steps import Derivation, Numbers
from kldocs.derivations.symbols import KL_PQ, KL_PQ_B, i, p, q
from kldocs.derivations.symbols import in_base as quantity_in_base
from kldocs.exact import Base

b = Symbol("b", positive=True)


def derivation() -> Derivation:
    body = over_i(p[i] * LogBase(p[i] / q[i], b))
    bits = quantity_in_base(KL_PQ, Base.parse("2"))
    return Derivation(
        "base_change",
        "derivation.base_change.title",
        (
            define(body, "step.base_b_definition", (KL_PQ_B, body)),
            algebra(over_i(p[i] * log(p[i] / q[i]) / log(b)), "step.change_of_base"),
            algebra(over_i(p[i] * log(p[i] / q[i])) / log(b), "step.constant_out_of_sum"),
            define(KL_PQ / log(b), "step.name_kl"),
            instance(
                Eq(bits, KL_PQ / log(2), evaluate=False),
                "step.bits_example",
                Numbers(in_base(REFERENCE, "2")),
            ),
        ),
        lhs=KL_PQ_B,
    )
