"""Proofs of the lemmas that other derivations apply term by term.

``log x <= x - 1`` and ``(x - 1) log x >= 0`` for ``x > 0`` both follow the
same pattern: a function ``f`` with ``f(1) = 0``, ``f'(1) = 0`` and
``f'' > 0`` on ``x > 0`` has its only minimum at 1.

>>> from kldocs.derivations.verify import verify
>>> verify(log_inequality()).holds
True
"""

from __future__ import annotations

from typing import Any

from sympy import Derivative, Eq, Function, Ge, Gt, Integer, Le, Subs, log

from kldocs.derivations.build import algebra, conclude, define, plus
from kldocs.derivations.steps import Derivation
from kldocs.derivations.symbols import x, y

f = Function("f")


def _convexity_proof(name: str, title: str, body: Any, slope: Any, curvature: Any, final: Any) -> Derivation:
    return Derivation(
        name,
        title,
        (
            define(body, "step.define_f", (f(x), body)),
            algebra(Eq(Derivative(f(x), x), slope), "step.differentiate"),
            algebra(Eq(Derivative(f(x), (x, 2)), curvature), "step.differentiate_again"),
            algebra(Eq(f(Integer(1)), 0), "step.value_at_one"),
            algebra(Eq(Subs(Derivative(f(x), x), x, Integer(1)), 0), "step.slope_at_one"),
            conclude(Gt(Derivative(f(x), (x, 2)), 0), "step.curvature_positive", "sign_from_assumptions", 3),
            conclude(Ge(f(x), 0), "step.convex_minimum", "convex_minimum", 4, 5, 6),
            conclude(final, "step.rearrange", "rearrange", 7),
        ),
        lhs=f(x),
    )


def log_inequality() -> Derivation:
    """``log x <= x - 1`` for ``x > 0``, with equality only at ``x = 1``."""
    return _convexity_proof(
        "log_inequality",
        "derivation.log_inequality.title",
        plus(x, -1, -log(x)),
        plus(1, -1 / x),
        x**-2,
        Le(log(x), x - 1, evaluate=False),
    )


def x_minus_1_log_x() -> Derivation:
    """``(x - 1) log x >= 0`` for ``x > 0``, with equality only at ``x = 1``."""
    return _convexity_proof(
        "x_minus_1_log_x",
        "derivation.x_minus_1_log_x.title",
        (x - 1) * log(x),
        plus(log(x), 1, -1 / x),
        plus(1 / x, x**-2),
        Ge((x - 1) * log(x), 0, evaluate=False),
    )


def nonnegative_term() -> Derivation:
    """``y >= 0`` for ``y >= 0``: lets a chain drop a non-negative term."""
    return Derivation(
        "nonnegative_term",
        "derivation.nonnegative_term.title",
        (conclude(Ge(y, 0, evaluate=False), "step.nonnegative_by_assumption", "sign_from_assumptions"),),
    )
