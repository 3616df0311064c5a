"""A function of one variable written the way a reader expects: logarithms split where the interval allows it.

SymPy keeps ``log(1/s) + log(s)`` as it is for a real ``s``, since the rule
``log(ab) = log a + log b`` needs positive factors. Here the variable ranges
over a known open interval, so the sign of each factor of a logarithm's
argument is known when the factor keeps one sign there (a polynomial with
no root inside); such a logarithm is split into logarithms of positive
factors, which is exact on the whole interval. A factor whose sign is not
known leaves its logarithm whole. Of the forms found, the shortest is kept.

>>> import sympy
>>> s = sympy.Symbol("s", real=True)
>>> tidy(s**2 / 2 + sympy.log(1 / s) - sympy.Rational(1, 2), s, (Fraction(0), None))
s**2/2 - log(s) - 1/2
>>> t = sympy.Symbol("t", real=True)
>>> tidy(sympy.log(-1 / (t - 1)) + sympy.log(2 * sympy.E * t), t, (Fraction(0), Fraction(1)))
log(t) - log(1 - t) + log(2) + 1
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

Interval = tuple[Fraction | None, Fraction | None]


def tidy(expression: Any, symbol: Any, domain: Interval) -> Any:
    """``expression`` with its logarithms split over ``domain`` and like terms collected, if that is shorter."""
    import sympy

    split = expression.replace(lambda e: isinstance(e, sympy.log), lambda e: split_log(e.args[0], symbol, domain))
    logs = sorted(split.atoms(sympy.log), key=sympy.default_sort_key)
    candidates = [expression, split, sympy.collect(sympy.expand(split, log=False), logs), sympy.simplify(split)]
    return min(candidates, key=lambda e: (_untidy(e, symbol), sympy.count_ops(e), len(str(e))))


def _untidy(expression: Any, symbol: Any) -> int:
    """How many logarithms could still be split (of a product with the variable in it, or of a fraction), and ``e``s."""
    import sympy

    whole = [
        log for log in expression.atoms(sympy.log) if log.args[0].has(symbol) and not sympy.factor(log.args[0]).is_Add
    ]
    constants = [log for log in expression.atoms(sympy.log) if not log.args[0].has(symbol)]
    uncanonical = [log for log in constants if not (log.args[0].is_Integer or log.args[0] is sympy.pi)]
    return len([log for log in whole if not log.args[0].is_Symbol]) + len(uncanonical) + int(expression.has(sympy.E))


def split_log(argument: Any, symbol: Any, domain: Interval) -> Any:
    """``log(argument)`` as a sum of logarithms of positive factors, or whole when a factor's sign is not known.

    >>> import sympy
    >>> t = sympy.Symbol("t", real=True)
    >>> split_log(2 * (1 - t) / t**2, t, (Fraction(0), Fraction(1)))
    -2*log(t) + log(1 - t) + log(2)
    >>> split_log(t - Fraction(1, 2), t, (Fraction(0), Fraction(1)))
    log(t - 1/2)
    """
    import sympy

    whole = sympy.log(argument)
    constant = sympy.Integer(1)
    logs = []
    for factor in sympy.Mul.make_args(sympy.factor(argument)):
        if not factor.has(symbol):
            constant *= factor
            continue
        base, exponent = factor.as_base_exp()
        sign = _sign(base, symbol, domain)
        if sign is None or exponent.has(symbol) or (sign < 0 and not exponent.is_integer):
            return whole
        if sign < 0:
            base, constant = -base, constant * (-1) ** exponent
        logs.append(exponent * sympy.log(sympy.expand(base)))
    if constant.is_positive is not True:
        return whole
    return _constant_log(constant) + sympy.Add(*logs)


def _constant_log(constant: Any) -> Any:
    """``log(constant)`` in the exact core's canonical form (``log(2*e*pi)`` is ``1 + log(2) + log(pi)``)."""
    import sympy

    from kldocs.errors import EvaluationError
    from kldocs.families.exact_values import exact_value

    try:
        return exact_value(sympy.log(constant), {}).to_sympy()
    except EvaluationError:
        return sympy.log(constant)


def interior_point(domain: Interval) -> Fraction:
    """A point inside the open interval ``domain``."""
    low, high = domain
    if low is not None and high is not None:
        return (low + high) / 2
    if low is not None:
        return low + 1
    return high - 1 if high is not None else Fraction(0)


def _sign(base: Any, symbol: Any, domain: Interval) -> int | None:
    """+1 or -1 when the polynomial ``base`` keeps that sign on the open interval, else None."""
    import sympy

    if not base.is_polynomial(symbol):
        return None
    polynomial = sympy.Poly(base, symbol)
    if not all(coefficient.is_Rational for coefficient in polynomial.all_coeffs()):
        return None
    low, high = domain
    for root in polynomial.real_roots():
        if (low is None or root > _rational(low)) and (high is None or root < _rational(high)):
            return None
    value = base.subs(symbol, _rational(interior_point(domain)))
    return 1 if value > 0 else -1


def _rational(value: Fraction) -> Any:
    import sympy

    return sympy.Rational(value.numerator, value.denominator)
