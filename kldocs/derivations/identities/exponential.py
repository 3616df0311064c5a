"""Exponential distributions (rate ``lambda``, density ``lambda e^(-lambda x)`` on ``x >= 0``).

The substitution ``x = u/lambda_1`` leaves the standard exponential density
``e^(-u)``, whose mass and mean are 1.

>>> from kldocs.derivations.verify import verify
>>> verify(kl()).holds
True
"""

from __future__ import annotations

from sympy import Symbol, exp, log, oo

from kldocs.derivations.identities.expectations import Family, Standardised, derive, quantity
from kldocs.derivations.steps import Derivation

x = Symbol("x", nonnegative=True)
u = Symbol("u", nonnegative=True)
lambda1, lambda2 = Symbol("lambda_1", positive=True), Symbol("lambda_2", positive=True)

KL_EXPONENTIAL = quantity(
    "D_KL(Exp1||Exp2)", r"D_{\mathrm{KL}}\left(\mathrm{Exp}(\lambda_1) \parallel \mathrm{Exp}(\lambda_2)\right)"
)
CE_EXPONENTIAL = quantity("H(Exp1,Exp2)", r"H\left(\mathrm{Exp}(\lambda_1), \mathrm{Exp}(\lambda_2)\right)")
H_EXPONENTIAL = quantity("h(Exp1)", r"h\left(\mathrm{Exp}(\lambda_1)\right)")

#: The exponential family: ``x = u/lambda_1`` leads to the standard exponential density ``e^(-u)``.
EXPONENTIAL = Family(
    x,
    0,
    oo,
    lambda1 * exp(-lambda1 * x),
    ((lambda1,), (lambda2,)),
    "step.exponential_log_density",
    Standardised(
        new=u,
        mapping=u / lambda1,
        density=exp(-u),
        body=None,
        lower=0,
        upper=oo,
        moments=((0, 1), (1, 1)),
        moment_keys=((0, "step.exponential_mass"), (1, "step.exponential_mean")),
    ),
)


def kl() -> Derivation:
    """``D_KL(Exp(lambda_1) || Exp(lambda_2)) = log(lambda_1/lambda_2) + lambda_2/lambda_1 - 1``."""
    written = log(lambda1 / lambda2) - (lambda1 - lambda2) * x
    closed = log(lambda1 / lambda2) + lambda2 / lambda1 - 1
    return derive(EXPONENTIAL, "exponential_kl", "kl", KL_EXPONENTIAL, written, closed)


def cross_entropy() -> Derivation:
    """``H(Exp(lambda_1), Exp(lambda_2)) = lambda_2/lambda_1 - log(lambda_2)``."""
    written, closed = lambda2 * x - log(lambda2), lambda2 / lambda1 - log(lambda2)
    return derive(EXPONENTIAL, "exponential_cross_entropy", "cross_entropy", CE_EXPONENTIAL, written, closed)


def entropy() -> Derivation:
    """``h(Exp(lambda)) = 1 - log(lambda)`` (differential entropy: negative when ``lambda > e``)."""
    written, closed = lambda1 * x - log(lambda1), 1 - log(lambda1)
    return derive(EXPONENTIAL, "exponential_entropy", "entropy", H_EXPONENTIAL, written, closed)
