"""Poisson distributions: the KL divergence in closed form.

The log-ratio of two Poisson probabilities is linear in ``k`` (the ``k!``
cancel), so only the mass and the mean of the first distribution are
needed. Entropy and cross-entropy keep ``E[log k!]``, which has no closed
form: the families layer computes them by a certified series.

>>> from kldocs.derivations.verify import verify
>>> verify(kl()).holds
True
"""

from __future__ import annotations

from sympy import Symbol, exp, factorial, log, oo

from kldocs.derivations.identities.expectations import Family, derive, quantity
from kldocs.derivations.steps import Derivation

k = Symbol("k", integer=True, nonnegative=True)
lambda1, lambda2 = Symbol("lambda_1", positive=True), Symbol("lambda_2", positive=True)

KL_POISSON = quantity(
    "D_KL(Pois1||Pois2)",
    r"D_{\mathrm{KL}}\left(\mathrm{Poisson}(\lambda_1) \parallel \mathrm{Poisson}(\lambda_2)\right)",
)

#: The Poisson family: the probability of ``k``, its mass and its mean.
POISSON = Family(
    k,
    0,
    oo,
    lambda1**k * exp(-lambda1) / factorial(k),
    ((lambda1,), (lambda2,)),
    "step.poisson_log_ratio",
    moments=((0, 1), (1, lambda1)),
    moment_keys=((0, "step.mass_is_one"), (1, "step.poisson_mean")),
)


def kl() -> Derivation:
    """``D_KL(Poisson(lambda_1) || Poisson(lambda_2)) = lambda_1 log(lambda_1/lambda_2) + lambda_2 - lambda_1``."""
    written = k * log(lambda1 / lambda2) + lambda2 - lambda1
    closed = lambda1 * log(lambda1 / lambda2) + lambda2 - lambda1
    return derive(POISSON, "poisson_kl", "kl", KL_POISSON, written, closed)
