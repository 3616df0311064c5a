"""Checked special cases built from a page's own numbers and base.

The general identities come from the derivations layer. The examples a
lecture puts beside them (the two directions of KL for the page's pair,
a triangle that KL does not respect, JSD at its bound) are built here,
in the page's base, with the derivations layer's step helpers, so every
line is checked like any other step.

>>> from kldocs.inputs import parse_distribution
>>> P, Q = parse_distribution("0.2 0.5 0.3"), parse_distribution("0.3 0.4 0.3", name="Q")
>>> from kldocs.derivations.verify import verify
>>> verify(asymmetry(P, Q, Base.parse("2"))).holds
True
>>> verify(triangle(P, Q, Base())).holds
True
"""

from __future__ import annotations

from typing import Any

from kldocs.exact import Base
from kldocs.inputs import Distribution, parse_distribution
from kldocs.measures import Quantity, jsd, kl, mixture

#: A pair whose midpoint always breaks the triangle inequality, for data whose own midpoint does not.
FIXED_TRIANGLE = ("0.5 0.5", "0.1 0.9")
#: Two distributions without a common category: JSD reaches its bound.
DISJOINT = ("1 0", "0 1")


def asymmetry(P: Distribution, Q: Distribution, base: Base) -> Any:
    """``D_KL(P||Q)``, ``D_KL(Q||P)`` exactly, and that they differ (or agree), for this pair."""
    from sympy import Eq, Ne

    from kldocs.derivations.build import instance
    from kldocs.derivations.steps import Derivation
    from kldocs.derivations.symbols import KL_PQ, KL_QP, in_base

    numbers = _numbers(P, Q, base)
    forward, backward = kl(P, Q, base), kl(Q, P, base)
    steps = [
        _value(in_base(KL_PQ, base), forward, "step.exact_for_pair", numbers),
        _value(in_base(KL_QP, base), backward, "step.reverse_for_pair", numbers),
    ]
    if forward.is_finite and backward.is_finite:
        same = forward.exact == backward.exact
        relation = Eq if same else Ne
        symbols = (in_base(KL_PQ, base), in_base(KL_QP, base))
        key = "step.directions_agree" if same else "step.directions_differ"
        steps.append(instance(relation(*symbols, evaluate=False), key, numbers))
    return Derivation("asymmetry_instance", "derivation.asymmetry.title", tuple(steps))


def triangle_pair(P: Distribution, Q: Distribution) -> tuple[Distribution, Distribution, bool]:
    """The pair whose midpoint breaks the triangle inequality: ``(P, Q, True)``, or the fixed pair and False."""
    if _breaks_triangle(P, Q):
        return P, Q, True
    first, second = (parse_distribution(text, name=name) for text, name in zip(FIXED_TRIANGLE, "PQ", strict=True))
    return first, second, False


def triangle(P: Distribution, Q: Distribution, base: Base) -> Any:
    """``D_KL(P||M) + D_KL(M||Q) < D_KL(P||Q)`` with ``M = (P + Q)/2``, every value exact."""
    from sympy import Lt

    from kldocs.derivations.build import define, instance, over_i, plus
    from kldocs.derivations.steps import Derivation
    from kldocs.derivations.symbols import KL_MQ, KL_PM, KL_PQ, i, in_base, m, q

    numbers = _numbers(P, Q, base)
    M = mixture(P, Q)
    body = over_i(m[i] * _log(m[i] / q[i], base))
    kl_pq, kl_pm, kl_mq = (in_base(symbol, base) for symbol in (KL_PQ, KL_PM, KL_MQ))
    return Derivation(
        "triangle_instance",
        "derivation.triangle.title",
        (
            define(body, "step.mixture_divergence_definition", (kl_mq, body)),
            _value(kl_pq, kl(P, Q, base), "step.exact_for_pair", numbers),
            _value(kl_pm, kl(P, M, base), "step.exact_for_pair", numbers),
            _value(kl_mq, kl(M, Q, base), "step.exact_for_pair", numbers),
            instance(Lt(plus(kl_pm, kl_mq), kl_pq, evaluate=False), "step.triangle_fails", numbers),
        ),
        lhs=kl_mq,
    )


def disjoint_jsd(base: Base) -> Any:
    """``JSD(P, Q) = log 2`` (in the page's base) for two distributions with no common category."""
    from kldocs.derivations.steps import Derivation
    from kldocs.derivations.symbols import JSD_PQ, in_base

    P, Q = (parse_distribution(text, name=name) for text, name in zip(DISJOINT, "PQ", strict=True))
    numbers = _numbers(P, Q, base, zero_convention=True)
    value = jsd(P, Q, base)
    step = _value(in_base(JSD_PQ, base), value, "step.disjoint_jsd", numbers)
    return Derivation("disjoint_jsd", "derivation.jsd_bounds.title", (step,))


def _breaks_triangle(P: Distribution, Q: Distribution) -> bool:
    """Whether ``D_KL(P||M) + D_KL(M||Q) < D_KL(P||Q)``: exactly for exact distributions, else in floats."""
    M = mixture(P, Q)
    direct, first, second = kl(P, Q), kl(P, M), kl(M, Q)
    if not (direct.is_finite and first.is_finite and second.is_finite):
        return False
    if direct.exact is None or first.exact is None or second.exact is None:
        return float(first) + float(second) < float(direct)
    return (direct.exact - first.exact - second.exact).sign() > 0


def _numbers(P: Distribution, Q: Distribution, base: Base, zero_convention: bool = False) -> Any:
    from fractions import Fraction

    from kldocs.derivations.bindings import Bindings
    from kldocs.derivations.steps import Numbers
    from kldocs.derivations.symbols import n, p, q

    assert P.probabilities is not None and Q.probabilities is not None
    bindings = Bindings(((p, P.probabilities), (q, Q.probabilities)), ((n, Fraction(len(P))),), base)
    return Numbers(bindings, zero_convention=zero_convention)


def _value(symbol: Any, quantity: Quantity, key: str, numbers: Any) -> Any:
    """``symbol = exact value``, checked with the numbers (printed as every exact value is)."""
    from sympy import Eq

    from kldocs.derivations.build import instance
    from kldocs.derivations.instance import exact_expression

    assert quantity.exact is not None
    return instance(Eq(symbol, exact_expression(quantity.exact), evaluate=False), key, numbers)


def _log(argument: Any, base: Base) -> Any:
    from sympy import log

    from kldocs.derivations.log_base import LogBase
    from kldocs.derivations.symbols import base_expression

    return log(argument) if base.value is None else LogBase(argument, base_expression(base))
