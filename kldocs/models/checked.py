"""Checked special cases built from a page's own numbers and base.

The general identities come from the derivations layer. The examples a
lecture puts beside them (the two directions of KL for the page's pair,
a triangle that KL does not respect, JSD at its bound) are built here,
in the page's base, with the derivations layer's step helpers, so every
line is checked like any other step.

>>> from kldocs.inputs import parse_distribution
>>> P, Q = parse_distribution("0.2 0.5 0.3"), parse_distribution("0.3 0.4 0.3", name="Q")
>>> asymmetry(P, Q, Base.parse("2")).verify().holds
True
>>> triangle(P, Q, Base()).verify().holds
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
    from kldocs.derivations.symbols import KL_PM, KL_PQ, i, in_base, m, q

    numbers = _numbers(P, Q, base)
    M = mixture(P, Q)
    kl_mq = _local_symbol("D_KL(M||Q)", base)
    body = over_i(m[i] * _log(m[i] / q[i], base))
    kl_pq, kl_pm = in_base(KL_PQ, base), in_base(KL_PM, base)
    direct, first, second = kl(P, Q, base), kl(P, M, base), kl(M, Q, base)
    detour = rf"{first.symbol()} + {_symbol(M, Q)}"
    return Derivation(
        "triangle_instance",
        "derivation.triangle.title",
        (
            define(body, "step.mixture_divergence_definition", (kl_mq, body)),
            _value(kl_pq, direct, "step.exact_for_pair", numbers),
            _value(kl_pm, first, "step.exact_for_pair", numbers),
            _value(kl_mq, second, "step.exact_for_pair", numbers, _symbol(M, Q)),
            instance(
                Lt(plus(kl_pm, kl_mq), kl_pq, evaluate=False),
                "step.triangle_fails",
                numbers,
                latex=rf"{detour} < {direct.symbol()}",
            ),
        ),
        lhs=kl_mq,
        lhs_latex=_symbol(M, Q),
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
    M = mixture(P, Q)
    direct, first, second = kl(P, Q), kl(P, M), kl(M, Q)
    if not (direct.is_finite and first.is_finite and second.is_finite):
        return False
    assert direct.exact is not None and first.exact is not None and second.exact is not None
    return (direct.exact - first.exact - second.exact).sign() > 0


def _numbers(P: Distribution, Q: Distribution, base: Base, zero_convention: bool = False) -> Any:
    from fractions import Fraction

    from kldocs.derivations.steps import Bindings, Numbers
    from kldocs.derivations.symbols import n, p, q

    assert P.probabilities is not None and Q.probabilities is not None
    bindings = Bindings(((p, P.probabilities), (q, Q.probabilities)), ((n, Fraction(len(P))),), base)
    return Numbers(bindings, zero_convention=zero_convention)


def _value(symbol: Any, quantity: Quantity, key: str, numbers: Any, name: str = "") -> Any:
    """``symbol = exact value``, checked with the numbers and shown in the canonical display."""
    from sympy import Eq

    from kldocs.derivations.build import instance

    assert quantity.exact is not None
    shown = rf"{name or quantity.symbol()} = {quantity.latex()}"
    return instance(Eq(symbol, quantity.exact.to_sympy(), evaluate=False), key, numbers, latex=shown)


def _symbol(first: Distribution, second: Distribution) -> str:
    return rf"D_{{\mathrm{{KL}}}}({first.name} \parallel {second.name})"


def _local_symbol(name: str, base: Base) -> Any:
    from sympy import Symbol

    return Symbol(name if base.value is None else f"{name}_{base.name}", real=True)


def _log(argument: Any, base: Base) -> Any:
    from sympy import log

    from kldocs.derivations.symbols import LogBase, base_expression

    return log(argument) if base.value is None else LogBase(argument, base_expression(base))
