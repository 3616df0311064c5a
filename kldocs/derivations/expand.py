"""Unfold named quantities and evaluate calculus before two sides are compared.

A definition maps a target to what it means. A target is a plain symbol
(``D_KL(P||Q)``), a function applied to variables (``f(x)``), or an indexed
family (``m[i]``); its body is written in the same variables.

>>> from kldocs.derivations.symbols import H_P, STANDARD, i, n, p
>>> from sympy import Sum, log
>>> expand_definitions(H_P, STANDARD) == -Sum(p[i] * log(p[i]), (i, 1, n))
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sympy import Derivative, Indexed, Integral, Lambda, Subs, Symbol
from sympy.core.function import AppliedUndef

#: Definitions may refer to each other; deeper nesting than this is circular.
MAX_DEPTH = 12


def expand_definitions(expression: Any, definitions: Mapping[Any, Any]) -> Any:
    """Replace every defined target by its body, repeatedly, until none is left.

    Raises
    ------
    ValueError
        When the definitions refer to each other in a circle.
    """
    symbols = {target: body for target, body in definitions.items() if isinstance(target, Symbol)}
    others = [(target, body) for target, body in definitions.items() if not isinstance(target, Symbol)]
    for _ in range(MAX_DEPTH):
        expanded = expression.xreplace(symbols) if symbols else expression
        for target, body in others:
            expanded = _expand_one(expanded, target, body)
        if expanded == expression:
            return expanded
        expression = expanded
    raise ValueError("definitions refer to each other in a circle")


def _expand_one(expression: Any, target: Any, body: Any) -> Any:
    if isinstance(target, AppliedUndef):
        return expression.replace(target.func, Lambda(target.args, body))
    if isinstance(target, Indexed):
        (index,) = target.indices
        return expression.replace(
            lambda e: isinstance(e, Indexed) and e.base == target.base,
            lambda e: body.xreplace({index: e.indices[0]}),
        )
    raise TypeError(f"cannot define {target!r}: use a symbol, f(x) or m[i]")


def do_calculus(expression: Any) -> Any:
    """Carry out derivatives and evaluations at a point (not sums, not integrals)."""
    return expression.replace(lambda e: isinstance(e, (Derivative, Subs)), lambda e: e.doit())


def do_integrals(expression: Any) -> Any:
    """Carry out every integral (SymPy integration; the slow part of a check)."""
    return expression.replace(lambda e: isinstance(e, Integral), lambda e: e.doit())
