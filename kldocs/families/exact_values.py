"""The one converter from a closed form (a SymPy expression) to an exact value.

A closed form with numbers put in for its parameters is a sum of rationals,
logarithms of rationals and ``ln(pi)``: exactly what
:class:`~kldocs.exact.ExactValue` holds. Logarithms of products are split
first (``log(2 pi e sigma^2)`` becomes ``log 2 + log pi + 1 + 2 log sigma``;
every argument is positive, so the split is exact), then the derivations'
exact evaluator turns the expression into a value. Anything else (a
square root, an exponential, a product of two logarithms) is refused with
:class:`~kldocs.errors.EvaluationError` naming it.

>>> import sympy
>>> s = sympy.Symbol("s", positive=True)
>>> exact_value(sympy.log(2 * sympy.pi * sympy.E * s**2) / 2, {s: Fraction(1)}).text()
'1/2 + 1/2*log(2) + 1/2*log(pi)'
>>> exact_value(sympy.sqrt(s), {s: Fraction(2)})
Traceback (most recent call last):
...
kldocs.errors.EvaluationError: cannot evaluate sqrt(2) exactly
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from kldocs.exact import ExactValue


def exact_value(expression: Any, values: Mapping[Any, Any]) -> ExactValue:
    """``expression`` with ``values`` put in for its symbols, as an exact value in nats.

    A value is a Fraction or a SymPy number (``sqrt(2)`` for a standard deviation whose
    variance is 2: its square and the logarithm of it are exact again).

    Raises
    ------
    EvaluationError
        When a symbol has no value or the result is not a rational plus logarithms.
    """
    import sympy

    from kldocs.derivations.bindings import Bindings
    from kldocs.derivations.evaluate import evaluate

    numbers = {
        symbol: sympy.Rational(value.numerator, value.denominator) if isinstance(value, Fraction) else value
        for symbol, value in values.items()
    }
    substituted = sympy.sympify(expression).xreplace(numbers)
    split = sympy.expand_log(substituted, force=True)
    result = evaluate(split, Bindings(()))
    assert result.value is not None
    return result.value
