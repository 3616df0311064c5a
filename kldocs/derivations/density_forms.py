"""A family's density (or probability) as a textbook writes it, with its parameters put in.

The derivations hold each density in SymPy's own order and simplification
(``4^{-k} (3/4)^{6-k} binom(6, k)``); a reader expects the family's form
with the numbers put in: ``binom(6, k) (1/4)^k (3/4)^{6-k}``. Each form here
is built unevaluated, in the textbook's order, from the parameters as they
were typed (``PutIn``); numbers worked out from them (``1 - p``) follow their
style (a decimal beside a decimal), constants of the formula are fractions.
A named variable stays in (``theta^k (1 - theta)^{1 - k}``). The tests check
that each form equals the derivations' density (or the family's probabilities).

>>> from kldocs.families import binomial, normal
>>> from kldocs.derivations.printing import to_latex
>>> to_latex(written_density(binomial(6, "1/4"))[0])
'{\\\\binom{6}{k}} \\\\left(\\\\frac{1}{4}\\\\right)^{k} \\\\left(\\\\frac{3}{4}\\\\right)^{6 - k}'
>>> to_latex(written_density(normal(1, 2))[0])
'\\\\frac{1}{2 \\\\sqrt{2 \\\\pi}} e^{-\\\\frac{\\\\left(x - 1\\\\right)^{2}}{8}}'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sympy
from sympy import Add, Mul, Pow, Rational, Symbol, UnevaluatedExpr, exp, factorial, pi

from kldocs.derivations.printing import PutIn

if TYPE_CHECKING:
    from kldocs.families.family import Family

#: The variable of a probability (a whole number) and of a density (a real number).
K = Symbol("k", integer=True, nonnegative=True)
X = Symbol("x", real=True)


def written_density(family: Family) -> tuple[Any, Any] | None:
    """The density (or probability) of ``family`` as a textbook writes it, and its variable; None without one.

    The expression is unevaluated (it prints as built); ``.doit()`` gives its value.

    >>> from kldocs.families import bernoulli
    >>> written_density(bernoulli("theta"))
    (theta**k*(1 - theta)**(1 - k), k)
    """
    form = _FORMS.get(family.key)
    if form is None:
        return None
    from kldocs.families.closed_forms import sympy_values

    variable = K if family.discrete else X
    return form(sympy_values(family, shown=True), variable), variable


def outcome_probabilities(family: Family) -> tuple[tuple[int, Any], ...]:
    """Each outcome of a finite family and its probability, as typed (numbers) or as an expression of a variable.

    >>> from kldocs.families import bernoulli
    >>> outcome_probabilities(bernoulli("1/3"))
    ((1, 1/3), (0, 2/3))
    """
    from kldocs.families.closed_forms import sympy_values

    values = sympy_values(family, shown=True)
    if family.key == "bernoulli":
        (p,) = values
        return (1, p), (0, _worked_out(1 - _number(p), p))
    return tuple(enumerate(values, start=1))


# --- one form per family ------------------------------------------------------------------------


def _bernoulli(values: tuple[Any, ...], k: Symbol) -> Any:
    """``p^k (1 - p)^(1 - k)``."""
    (p,) = values
    return _product(_power(p, k), _power(_worked_out(1 - _number(p), p), 1 - k))


def _binomial(values: tuple[Any, ...], k: Symbol) -> Any:
    """``binom(n, k) p^k (1 - p)^(n - k)``."""
    n, p = _number(values[0]), values[1]
    return _product(sympy.binomial(n, k), _power(p, k), _power(_worked_out(1 - _number(p), p), n - k))


def _geometric(values: tuple[Any, ...], k: Symbol) -> Any:
    """``p (1 - p)^(k - 1)``: the first success at trial ``k``."""
    (p,) = values
    return _product(p, _power(_worked_out(1 - _number(p), p), k - 1))


def _poisson(values: tuple[Any, ...], k: Symbol) -> Any:
    """``lambda^k e^(-lambda) / k!``."""
    (rate,) = values
    return _product(_power(rate, k), exp(_product(-1, rate)), Pow(factorial(k), -1, evaluate=False))


def _exponential(values: tuple[Any, ...], x: Symbol) -> Any:
    """``lambda e^(-lambda x)``."""
    (rate,) = values
    return _product(rate, exp(_product(-1, rate, x)))


def _uniform(values: tuple[Any, ...], x: Symbol) -> Any:
    """``1 / (b - a)``, worked out (the ends are numbers)."""
    a, b = (_number(value) for value in values)
    return 1 / (b - a)


def _normal(values: tuple[Any, ...], x: Symbol) -> Any:
    """``1/(sigma sqrt(2 pi)) e^(-(x - mu)^2 / (2 sigma^2))``, the numbers of the fractions worked out."""
    mu, sigma = (_number(value) for value in values)
    root = Pow(_product(2, pi), Rational(1, 2), evaluate=False)
    if sigma.is_Number:
        scale = 1 / sigma  # 1/(3/2 sqrt(2 pi)) is written 2/(3 sqrt(2 pi))
        below = root if scale.q == 1 else _product(scale.q, root)
        front = _product(scale.p, Pow(below, -1, evaluate=False))
    else:
        front = _product(1, Pow(_product(sigma, root), -1, evaluate=False))
    square = Pow(_centred(x, mu, values[0]), 2, evaluate=False)
    spread = 2 * sigma**2
    if spread.is_Number:
        rate = 1 / spread  # -(x - 1)^2/8 and -2 (x - 1/2)^2/9: the exponent's constant as one fraction
        exponent = _product(-rate.p, square, *([Pow(rate.q, -1, evaluate=False)] if rate.q != 1 else []))
    else:
        exponent = _product(-1, square, Pow(_product(2, Pow(sigma, 2, evaluate=False)), -1, evaluate=False))
    return _product(front, exp(exponent))


_FORMS: dict[str, Callable[[tuple[Any, ...], Symbol], Any]] = {
    "bernoulli": _bernoulli,
    "binomial": _binomial,
    "geometric": _geometric,
    "poisson": _poisson,
    "exponential": _exponential,
    "uniform": _uniform,
    "normal": _normal,
}


# --- pieces ---------------------------------------------------------------------------------------


def _product(*factors: Any) -> Any:
    """Factors in the order given, not SymPy's."""
    return Mul(*factors, evaluate=False)


def _power(base: Any, exponent: Any) -> Any:
    return Pow(base, exponent, evaluate=False)


def _number(value: Any) -> Any:
    """A parameter's value without the way it was typed."""
    return value.args[0] if isinstance(value, UnevaluatedExpr) else value


def _worked_out(value: Any, like: Any) -> Any:
    """A number worked out from the parameter ``like``, shown in its style: a decimal beside a typed decimal."""
    if isinstance(like, PutIn) and value.is_Rational and "frac" not in like.shown:
        return UnevaluatedExpr(value)
    return value


def _centred(x: Symbol, mu: Any, typed: Any) -> Any:
    """``x - mu`` as written: ``x`` for 0, ``x + 1`` for -1, ``x - theta``."""
    if mu == 0:
        return x
    if mu.is_Number:
        shown = _worked_out(abs(mu), typed) if mu < 0 else typed
        return Add(x, shown if mu < 0 else _product(-1, shown), evaluate=False)
    return Add(x, _product(-1, mu), evaluate=False)
