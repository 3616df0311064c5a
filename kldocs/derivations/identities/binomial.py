"""Binomial distributions with the same number of trials ``n``: the KL divergence in closed form.

The binomial coefficients cancel in the log-ratio, which is linear in
``k``; the mass (the binomial theorem) and the mean ``n p_1`` finish it:
``n`` times the Bernoulli divergence. Entropy and cross-entropy keep
``E[log C(n, k)]``; being finite sums, the families layer computes them
exactly term by term. The domain writes ``p = t/(1 + t)`` with ``t > 0``.

>>> from kldocs.derivations.verify import verify
>>> verify(kl()).holds
True
"""

from __future__ import annotations

from sympy import Symbol, binomial, log

from kldocs.derivations.identities.expectations import Family, derive, quantity
from kldocs.derivations.steps import Derivation

k = Symbol("k", integer=True, nonnegative=True)
n = Symbol("n", integer=True, positive=True)
p1, p2 = Symbol("p_1", positive=True), Symbol("p_2", positive=True)
t1, t2 = Symbol("t_1", positive=True), Symbol("t_2", positive=True)

KL_BINOMIAL = quantity(
    "D_KL(Bin1||Bin2)", r"D_{\mathrm{KL}}\left(\mathrm{Bin}(n, p_1) \parallel \mathrm{Bin}(n, p_2)\right)"
)

#: The binomial family with ``n`` trials (the same for P and Q); the domain is ``0 < p < 1``.
BINOMIAL = Family(
    k,
    0,
    n,
    binomial(n, k) * p1**k * (1 - p1) ** (n - k),
    ((n, p1), (n, p2)),
    "step.binomial_log_ratio",
    moments=((0, 1), (1, n * p1)),
    moment_keys=((0, "step.binomial_mass"), (1, "step.binomial_mean")),
    domain=((p1, t1 / (1 + t1)), (p2, t2 / (1 + t2))),
)


def kl() -> Derivation:
    """``D_KL(Bin(n, p_1) || Bin(n, p_2)) = n (p_1 log(p_1/p_2) + (1 - p_1) log((1 - p_1)/(1 - p_2)))``."""
    ratio = log((1 - p1) / (1 - p2))
    written, closed = k * log(p1 / p2) + (n - k) * ratio, n * (p1 * log(p1 / p2) + (1 - p1) * ratio)
    return derive(BINOMIAL, "binomial_kl", "kl", KL_BINOMIAL, written, closed)
