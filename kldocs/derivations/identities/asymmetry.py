"""``D_KL(P||Q) != D_KL(Q||P)`` in general: an exact counterexample, and a family where they agree.

The family: two categories with P = (a, b) and Q = (b, a); swapping the
roles of P and Q only swaps the categories.

>>> from kldocs.derivations.verify import verify
>>> verify(derivation()).holds
True
"""

from __future__ import annotations

from sympy import Eq, Ne, Symbol, log

from kldocs.derivations.build import algebra, instance
from kldocs.derivations.identities.examples import REFERENCE
from kldocs.derivations.instance import exact_expression
from kldocs.derivations.steps import Derivation, Numbers
from kldocs.derivations.symbols import KL_PQ, KL_QP, n, p, q
from kldocs.exact import ExactValue
from kldocs.measures import Quantity, kl

a = Symbol("a", positive=True)
b = Symbol("b", positive=True)
#: P = (a, b), Q = (b, a).
SWAP = ((n, 2), (p[1], a), (p[2], b), (q[1], b), (q[2], a))


def derivation() -> Derivation:
    P, Q = (values for _, values in REFERENCE.distributions)
    forward = exact_expression(_exact(kl(P, Q)))
    backward = exact_expression(_exact(kl(Q, P)))
    numbers = Numbers(REFERENCE)
    return Derivation(
        "asymmetry",
        "derivation.asymmetry.title",
        (
            instance(Eq(KL_PQ, forward, evaluate=False), "step.counterexample_forward", numbers),
            instance(Eq(KL_QP, backward, evaluate=False), "step.counterexample_backward", numbers),
            instance(Ne(KL_PQ, KL_QP, evaluate=False), "step.directions_differ", numbers),
            algebra(Eq(KL_PQ, (a - b) * log(a / b), evaluate=False), "step.swap_family_forward", specialise=SWAP),
            algebra(Eq(KL_QP, (a - b) * log(a / b), evaluate=False), "step.swap_family_backward", specialise=SWAP),
            algebra(Eq(KL_PQ, KL_QP, evaluate=False), "step.swap_family_agree", specialise=SWAP),
        ),
    )


def _exact(quantity: Quantity) -> ExactValue:
    assert quantity.exact is not None
    return quantity.exact
