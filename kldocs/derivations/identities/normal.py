"""Normal distributions: KL divergence, cross-entropy and differential entropy in closed form.

Each derivation standardises the integral: ``x = mu_1 + sigma_1 u`` turns
the first density into the standard normal density ``phi(u)``, and what is
left are its moments ``int phi = 1``, ``int u phi = 0`` and ``int u^2 phi = 1``
(worked out by SymPy once). That is the textbook's route, and far cheaper
than integrating against two arbitrary normal densities.

>>> from kldocs.derivations.verify import verify
>>> verify(kl()).holds
True
"""

from __future__ import annotations

from dataclasses import replace

import sympy
from sympy import E, Function, Mul, Rational, Symbol, exp, log, oo, pi, sqrt

from kldocs.derivations.build import plus
from kldocs.derivations.identities.expectations import Family, Standardised, derive, quantity
from kldocs.derivations.steps import Derivation
from kldocs.derivations.symbols import KL_GAUSS

x = Symbol("x", real=True)
u = Symbol("u", real=True)
mu1, mu2 = Symbol("mu_1", real=True), Symbol("mu_2", real=True)
sigma1, sigma2 = Symbol("sigma_1", positive=True), Symbol("sigma_2", positive=True)
phi = Function("phi")

KL_VAE = quantity(
    "D_KL(N1||N(0,1))", r"D_{\mathrm{KL}}\left(\mathcal{N}(\mu_1, \sigma_1^2) \parallel \mathcal{N}(0, 1)\right)"
)
CE_NORMAL = quantity("H(N1,N2)", r"H\left(\mathcal{N}(\mu_1, \sigma_1^2), \mathcal{N}(\mu_2, \sigma_2^2)\right)")
H_NORMAL = quantity("h(N1)", r"h\left(\mathcal{N}(\mu_1, \sigma_1^2)\right)")

#: The normal family: ``x = mu_1 + sigma_1 u`` leads to the standard normal density and its moments.
NORMAL = Family(
    x,
    -oo,
    oo,
    exp(-((x - mu1) ** 2) / (2 * sigma1**2)) / (sqrt(2 * pi) * sigma1),
    ((mu1, sigma1), (mu2, sigma2)),
    "step.gaussian_log_ratio",
    Standardised(
        new=u,
        mapping=mu1 + Mul(sigma1, u, evaluate=False),
        density=phi(u),
        body=exp(-(u**2) / 2) / sqrt(2 * pi),
        lower=-oo,
        upper=oo,
        moments=((0, 1), (1, 0), (2, 1)),
        moment_keys=((0, "step.normal_mass"), (1, "step.normal_mean"), (2, "step.normal_variance")),
    ),
)
#: Cross-entropy and entropy write out ``-log f``, not a log-ratio.
MINUS_LOG = replace(NORMAL, written_out_key="step.normal_minus_log_density")


def kl() -> Derivation:
    """``D_KL(N_1 || N_2) = log(sigma_2/sigma_1) + (sigma_1^2 + (mu_1-mu_2)^2)/(2 sigma_2^2) - 1/2``."""
    return derive(
        NORMAL,
        "gaussian",
        "kl",
        KL_GAUSS,
        plus(log(sigma2 / sigma1), -((x - mu1) ** 2) / (2 * sigma1**2), (x - mu2) ** 2 / (2 * sigma2**2)),
        plus(log(sigma2 / sigma1), (sigma1**2 + (mu1 - mu2) ** 2) / (2 * sigma2**2), -Rational(1, 2)),
    )


def vae() -> Derivation:
    """The KL term of a variational autoencoder, per coordinate: ``(sigma^2 + mu^2 - 1 - log sigma^2)/2``.

    The same derivation with Q the standard normal (``mu_2 = 0``, ``sigma_2 = 1``); for a diagonal
    Gaussian the terms of the coordinates add up (see the ``additivity`` derivation).
    """
    standard_q = replace(NORMAL, parameters=((mu1, sigma1), (sympy.Integer(0), sympy.Integer(1))))
    return derive(
        standard_q,
        "vae_kl",
        "kl",
        KL_VAE,
        plus(-log(sigma1), -((x - mu1) ** 2) / (2 * sigma1**2), x**2 / 2),
        Mul(Rational(1, 2), plus(sigma1**2, mu1**2, -1, -log(sigma1**2)), evaluate=False),
    )


def cross_entropy() -> Derivation:
    """``H(N_1, N_2) = log(2 pi sigma_2^2)/2 + (sigma_1^2 + (mu_1-mu_2)^2)/(2 sigma_2^2)``."""
    return derive(
        MINUS_LOG,
        "normal_cross_entropy",
        "cross_entropy",
        CE_NORMAL,
        log(2 * pi * sigma2**2) / 2 + (x - mu2) ** 2 / (2 * sigma2**2),
        log(2 * pi * sigma2**2) / 2 + (sigma1**2 + (mu1 - mu2) ** 2) / (2 * sigma2**2),
    )


def entropy() -> Derivation:
    """``h(N(mu, sigma^2)) = log(2 pi e sigma^2)/2`` (differential entropy: it can be negative)."""
    return derive(
        MINUS_LOG,
        "normal_entropy",
        "entropy",
        H_NORMAL,
        log(2 * pi * sigma1**2) / 2 + (x - mu1) ** 2 / (2 * sigma1**2),
        log(2 * pi * E * sigma1**2) / 2,
    )
