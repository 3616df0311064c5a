"""Bernoulli closed form ``p log(p/q) + (1-p) log((1-p)/(1-q))`` and ``≈ (p-q)^2 / (2 q (1-q))`` near ``p = q``.

>>> from kldocs.derivations.verify import verify
>>> verify(derivation()).holds
True
"""

from __future__ import annotations

from sympy import Symbol, log

from kldocs.derivations.build import algebra, define, plus, series
from kldocs.derivations.steps import Derivation, Scope
from kldocs.derivations.symbols import KL_PQ, STANDARD, n
from kldocs.derivations.symbols import p as p_i
from kldocs.derivations.symbols import q as q_i

#: The success probabilities of the two Bernoulli distributions.
theta = Symbol("p", positive=True)
eta = Symbol("q", positive=True)
BERNOULLI = ((n, 2), (p_i[1], theta), (p_i[2], 1 - theta), (q_i[1], eta), (q_i[2], 1 - eta))


def derivation() -> Derivation:
    closed = plus(theta * log(theta / eta), (1 - theta) * log((1 - theta) / (1 - eta)))
    return Derivation(
        "bernoulli",
        "derivation.bernoulli.title",
        (
            define(STANDARD[KL_PQ], "step.kl_definition", (KL_PQ, STANDARD[KL_PQ])),
            algebra(closed, "step.bernoulli_two_categories", specialise=BERNOULLI),
            series((theta - eta) ** 2 / (2 * eta * (1 - eta)), "step.second_order", theta, eta, 3),
        ),
        lhs=KL_PQ,
        scope=Scope(BERNOULLI),
    )
