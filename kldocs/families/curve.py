"""A measure as a function of one named variable: the formula, its derivative, its minimum, chart points.

This module holds the data and what follows from it; :mod:`kldocs.families.curves`
makes a curve from a family's closed form. A point where the derivative
vanishes and the second derivative is positive is a local minimum, and
when it is the only point where the derivative vanishes on the interval it
is the minimum there (a differentiable function with a second lowest point
would have a maximum in between, where the derivative vanishes again).

>>> import sympy
>>> theta = variable_symbol("theta")
>>> Curve("theta", (theta - 1) ** 2 + 3, (None, None)).minimum
(1, 3)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property, partial
from typing import Any

from kldocs.families.tidy import tidy

#: Points along the curve in a chart.
POINTS = 121


def variable_symbol(name: str) -> Any:
    """The SymPy symbol for a named variable (real; its range comes from the parameters)."""
    import sympy

    return sympy.Symbol(name, real=True)


@dataclass(frozen=True)
class Curve:
    """A measure as a function of one variable.

    Attributes
    ----------
    variable
        The variable's name (``"theta"``).
    formula
        The measure in nats as a SymPy expression of the variable, as the closed form gives it.
    domain
        ``(low, high)``: the open interval the variable ranges over (None for unbounded).
    zero
        For a divergence: where P and Q are the same distribution (it is 0 there and never negative).
    base_log
        The natural log of the base the measure is given in (None for nats).

    The formula is tidied (:func:`~kldocs.families.tidy.tidy`, which may call
    ``simplify``) only when it is shown: a chart's points come from the formula as it is.
    """

    variable: str
    formula: Any
    domain: tuple[Fraction | None, Fraction | None]
    zero: Fraction | None = None
    base_log: Any = None

    @property
    def symbol(self) -> Any:
        return variable_symbol(self.variable)

    @cached_property
    def expression(self) -> Any:
        """The measure in its base, its logarithms split and like terms collected where that is shorter."""
        tidied = tidy(self.formula, self.symbol, self.domain)
        return tidied if self.base_log is None else tidied / self.base_log

    @cached_property
    def derivative(self) -> Any:
        """``d/d variable`` of the expression, simplified."""
        import sympy

        return tidy(sympy.diff(self.expression, self.symbol), self.symbol, self.domain)

    @cached_property
    def minimum(self) -> tuple[Any, Any] | None:
        """``(point, value)`` of the minimum: where the derivative vanishes at exactly one point of the interval,
        else (for a divergence) where P and Q are the same."""
        return self._stationary_minimum or self._equal_minimum

    @property
    def minimum_where_equal(self) -> bool:
        """True when the minimum was found as the point where P = Q, not from the derivative."""
        return self._stationary_minimum is None and self._equal_minimum is not None

    @cached_property
    def _stationary_minimum(self) -> tuple[Any, Any] | None:
        import sympy

        points = [point for point in _zeros(self.derivative, self.symbol, self.domain) if point.is_real]
        if len(points) != 1:
            return None
        (point,) = points
        curvature = sympy.simplify(sympy.diff(self.derivative, self.symbol).subs(self.symbol, point))
        if not curvature.is_positive:
            return None
        return point, self._value_at(point)

    @cached_property
    def _equal_minimum(self) -> tuple[Any, Any] | None:
        import sympy

        if self.zero is None:
            return None
        point = sympy.Rational(self.zero.numerator, self.zero.denominator)
        value = self._value_at(point)
        return (point, value) if value == 0 else None

    def _value_at(self, point: Any) -> Any:
        import sympy

        return tidy(sympy.simplify(self.expression.subs(self.symbol, point)), self.symbol, self.domain)

    def range_text(self) -> str:
        """Where the variable ranges: ``0 < theta < 1``, ``s > 0``, or ``any real t``.

        >>> Curve("t", None, (None, None)).range_text(), Curve("s", None, (0, None)).range_text()
        ('any real t', 's > 0')
        """
        return _range(self.variable, self.domain, str, "any real {}")

    def range_latex(self) -> str:
        r"""The range in LaTeX: ``0 < \theta < 1``, or ``\theta \in \mathbb{R}``.

        >>> Curve("theta", None, (None, None)).range_latex()
        '\\theta \\in \\mathbb{R}'
        """
        from kldocs.exact.display import rational_latex
        from kldocs.families.parameters import _latex_name

        shown = partial(rational_latex, decimals=False)
        return _range(_latex_name(self.variable), self.domain, shown, r"{} \in \mathbb{{R}}")

    def text(self) -> str:
        import sympy

        return sympy.sstr(self.expression)

    def latex(self) -> str:
        from kldocs.derivations.printing import to_latex

        return to_latex(self.expression)

    def derivative_latex(self) -> str:
        from kldocs.derivations.printing import to_latex

        return to_latex(self.derivative)

    def samples(
        self, low: float | None = None, high: float | None = None
    ) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """``(xs, ys)`` along the interval (a bounded window of an unbounded one), for a chart."""
        import sympy

        start, stop = self.window() if low is None or high is None else (low, high)
        formula = self.formula if self.base_log is None else self.formula / self.base_log
        function = sympy.lambdify(self.symbol, formula, "math")
        xs = tuple(start + (stop - start) * i / (POINTS - 1) for i in range(POINTS))
        ys = []
        for x in xs:
            try:
                y = float(function(x))
            except (ValueError, ZeroDivisionError, OverflowError):
                y = math.nan
            ys.append(y)
        return xs, tuple(ys)

    def window(self) -> tuple[float, float]:
        """Where a chart shows the curve: inside the interval, around its minimum."""
        low, high = self.domain
        centre = float(self.minimum[0]) if self.minimum is not None else 0.0
        span = 3.0 if low is None or high is None else 0.0
        start = float(low) if low is not None else (min(centre, float(high) if high is not None else centre) - span)
        stop = float(high) if high is not None else max(centre, start) + span
        if low is not None and high is None:
            stop = max(stop, float(low) + 2 * max(1.0, centre - float(low)))
        inset = (stop - start) / 200
        return start + (inset if low is not None else 0.0), stop - (inset if high is not None else 0.0)


def _range(name: str, domain: tuple[Fraction | None, Fraction | None], shown: Any, real: str) -> str:
    """The inequalities that bound ``name``, or ``real`` (a format with ``{}`` for the name) when none does."""
    low, high = domain
    if low is None and high is None:
        return real.format(name)
    if high is None:
        return f"{name} > {shown(low)}"
    if low is None:
        return f"{name} < {shown(high)}"
    return f"{shown(low)} < {name} < {shown(high)}"


def _zeros(expression: Any, symbol: Any, domain: tuple[Fraction | None, Fraction | None]) -> list[Any]:
    """Where ``expression`` vanishes inside the open interval (SymPy's solveset, finite answers only)."""
    import sympy

    low, high = domain
    interval = sympy.Interval.open(
        -sympy.oo if low is None else sympy.Rational(low.numerator, low.denominator),
        sympy.oo if high is None else sympy.Rational(high.numerator, high.denominator),
    )
    solutions = sympy.solveset(expression, symbol, interval)
    if not isinstance(solutions, sympy.FiniteSet):
        return []
    return list(solutions)
