"""Changing the log base: ``D_KL`` in base b is ``D_KL`` in nats divided by ``ln b``.

>>> derivation().verify().holds
True
"""

from __future__ import annotations

from sympy import Eq, Symbol, log

from kldocs.derivations.build import algebra, define, instance, over_i
from kldocs.derivations.identities.examples import REFERENCE, in_base
from kldocs.derivations.steps import Derivation, Numbers
from kldocs.derivations.symbols import KL_PQ, LATEX_NAMES, LogBase, i, p, q
from kldocs.derivations.symbols import in_base as quantity_in_base
from kldocs.exact import Base

b = Symbol("b", positive=True)
KL_PQ_B = Symbol("D_KL(P||Q)_b", real=True)
LATEX_NAMES.setdefault(KL_PQ_B, r"D^{(b)}_{\mathrm{KL}}(P \parallel Q)")


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
                latex=rf"D^{{(2)}}_{{\mathrm{{KL}}}}(P \parallel Q) = \frac{{{LATEX_NAMES[KL_PQ]}}}{{\ln 2}}",
            ),
        ),
        lhs=KL_PQ_B,
    )
