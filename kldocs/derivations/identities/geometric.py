"""Geometric distributions: the number of trials up to and including the first success, ``k = 1, 2, ...``.

``P(k) = (1 - p)^(k-1) p`` with ``0 < p < 1``. The log of a probability is
linear in ``k``, so the mass and the mean ``1/p`` give every measure. The
domain writes ``p = 1/(1 + t)`` with ``t > 0``, so that ``1 - p`` is known
to be positive.

>>> from kldocs.derivations.verify import verify
>>> verify(kl()).holds
True
"""

from __future__ import annotations

from sympy import Symbol, log, oo

from kldocs.derivations.identities.expectations import Family, derive, quantity
from kldocs.derivations.steps import Derivation

k = Symbol("k", integer=True, positive=True)
p1, p2 = Symbol("p_1", positive=True), Symbol("p_2", positive=True)
t1, t2 = Symbol("t_1", positive=True), Symbol("t_2", positive=True)

KL_GEOMETRIC = quantity(
    "D_KL(Geom1||Geom2)", r"D_{\mathrm{KL}}\left(\mathrm{Geom}(p_1) \parallel \mathrm{Geom}(p_2)\right)"
)
CE_GEOMETRIC = quantity("H(Geom1,Geom2)", r"H\left(\mathrm{Geom}(p_1), \mathrm{Geom}(p_2)\right)")
H_GEOMETRIC = quantity("H(Geom1)", r"H\left(\mathrm{Geom}(p_1)\right)")

#: The geometric family on ``k = 1, 2, ...``; the domain is ``0 < p < 1``.
GEOMETRIC = Family(
    k,
    1,
    oo,
    (1 - p1) ** (k - 1) * p1,
    ((p1,), (p2,)),
    "step.geometric_log_probability",
    moments=((0, 1), (1, 1 / p1)),
    moment_keys=((0, "step.mass_is_one"), (1, "step.geometric_mean")),
    domain=((p1, 1 / (1 + t1)), (p2, 1 / (1 + t2))),
)


def kl() -> Derivation:
    """``D_KL(Geom(p_1) || Geom(p_2)) = log(p_1/p_2) + (1 - p_1)/p_1 log((1 - p_1)/(1 - p_2))``."""
    ratio = log((1 - p1) / (1 - p2))
    written, closed = log(p1 / p2) + (k - 1) * ratio, log(p1 / p2) + (1 - p1) / p1 * ratio
    return derive(GEOMETRIC, "geometric_kl", "kl", KL_GEOMETRIC, written, closed)


def cross_entropy() -> Derivation:
    """``H(Geom(p_1), Geom(p_2)) = -log(p_2) - (1 - p_1)/p_1 log(1 - p_2)``."""
    written, closed = -log(p2) - (k - 1) * log(1 - p2), -log(p2) - (1 - p1) / p1 * log(1 - p2)
    return derive(GEOMETRIC, "geometric_cross_entropy", "cross_entropy", CE_GEOMETRIC, written, closed)


def entropy() -> Derivation:
    """``H(Geom(p)) = -log(p) - (1 - p)/p log(1 - p)``."""
    written, closed = -log(p1) - (k - 1) * log(1 - p1), -log(p1) - (1 - p1) / p1 * log(1 - p1)
    return derive(GEOMETRIC, "geometric_entropy", "entropy", H_GEOMETRIC, written, closed)
