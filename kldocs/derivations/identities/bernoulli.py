"""Bernoulli closed forms: ``p log(p/q) + (1-p) log((1-p)/(1-q))`` (``≈ (p-q)^2 / (2 q (1-q))`` near ``p = q``),
cross-entropy and entropy.

>>> from kldocs.derivations.verify import verify
>>> verify(derivation()).holds
True
"""

from __future__ import annotations

from sympy import Symbol, log

from kldocs.derivations.build import algebra, define, plus, series
from kldocs.derivations.identities.categorical import specialised
from kldocs.derivations.steps import Derivation, Scope
from kldocs.derivations.symbols import KL_PQ, STANDARD, n
from kldocs.derivations.symbols import p as p_i
from kldocs.derivations.symbols import q as q_i

#: The success probabilities of the two Bernoulli distributions.
theta = Symbol("p", positive=True)
eta = Symbol("q", positive=True)
#: The parameters of P and of Q.
PARAMETERS = ((theta,), (eta,))
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


def cross_entropy() -> Derivation:
    """``H(Bern(p), Bern(q)) = -p log q - (1 - p) log(1 - q)``."""
    return specialised(
        "cross_entropy", (theta, 1 - theta), (eta, 1 - eta), "bernoulli_cross_entropy", "step.bernoulli_cross_entropy"
    )


def entropy() -> Derivation:
    """``H(Bern(p)) = -p log p - (1 - p) log(1 - p)``."""
    return specialised("entropy", (theta, 1 - theta), (eta, 1 - eta), "bernoulli_entropy", "step.bernoulli_entropy")
