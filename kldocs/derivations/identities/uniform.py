"""Uniform distributions on intervals ``[a, b]``: KL divergence, cross-entropy and entropy.

The KL divergence and the cross-entropy are derived for ``[a_1, b_1]``
inside ``[a_2, b_2]``: there the second density is ``1/(b_2 - a_2)`` all
along the first one's support. Otherwise some of P's mass falls where Q has
density 0, and both are infinite (the families layer says so, the way a
zero in a finite Q is explained). The widths are positive: the domain
writes ``b = a + w`` with ``w > 0``.

>>> from kldocs.derivations.verify import verify
>>> verify(kl()).holds
True
"""

from __future__ import annotations

from dataclasses import replace

from sympy import Symbol, log

from kldocs.derivations.identities.expectations import Family, Standardised, derive, quantity
from kldocs.derivations.steps import Derivation

x = Symbol("x", real=True)
u = Symbol("u", nonnegative=True)
a1, b1 = Symbol("a_1", real=True), Symbol("b_1", real=True)
a2, b2 = Symbol("a_2", real=True), Symbol("b_2", real=True)
width1, width2 = Symbol("w_1", positive=True), Symbol("w_2", positive=True)

KL_UNIFORM = quantity(
    "D_KL(U1||U2)", r"D_{\mathrm{KL}}\left(\mathcal{U}(a_1, b_1) \parallel \mathcal{U}(a_2, b_2)\right)"
)
CE_UNIFORM = quantity("H(U1,U2)", r"H\left(\mathcal{U}(a_1, b_1), \mathcal{U}(a_2, b_2)\right)")
H_UNIFORM = quantity("h(U1)", r"h\left(\mathcal{U}(a_1, b_1)\right)")

#: The uniform family on P's interval; ``x = a_1 + (b_1 - a_1) u`` leads to the uniform density on [0, 1].
UNIFORM = Family(
    x,
    a1,
    b1,
    1 / (b1 - a1),
    ((a1, b1), (a2, b2)),
    "step.uniform_inside",
    Standardised(
        new=u,
        mapping=a1 + (b1 - a1) * u,
        density=1,
        body=None,
        lower=0,
        upper=1,
        moments=((0, 1),),
        moment_keys=((0, "step.uniform_mass"),),
    ),
    domain=((b1, a1 + width1), (b2, a2 + width2)),
    closed_key="step.uniform_closed_form",
)


def kl() -> Derivation:
    """``D_KL(U(a_1, b_1) || U(a_2, b_2)) = log((b_2 - a_2)/(b_1 - a_1))`` for ``[a_1, b_1]`` in ``[a_2, b_2]``."""
    ratio = log((b2 - a2) / (b1 - a1))
    return derive(UNIFORM, "uniform_kl", "kl", KL_UNIFORM, ratio, ratio)


def cross_entropy() -> Derivation:
    """``H(U(a_1, b_1), U(a_2, b_2)) = log(b_2 - a_2)`` for ``[a_1, b_1]`` in ``[a_2, b_2]``."""
    return derive(UNIFORM, "uniform_cross_entropy", "cross_entropy", CE_UNIFORM, log(b2 - a2), log(b2 - a2))


def entropy() -> Derivation:
    """``h(U(a, b)) = log(b - a)`` (differential entropy: negative when ``b - a < 1``)."""
    family = replace(UNIFORM, written_out_key="step.uniform_log_density")
    return derive(family, "uniform_entropy", "entropy", H_UNIFORM, log(b1 - a1), log(b1 - a1))
