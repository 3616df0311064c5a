"""What a measure of parametric families returns: a :class:`FamilyQuantity`.

It answers like :class:`~kldocs.measures.Quantity` does (``float(r)``,
``r.decimal(30)``, ``r.latex()``, ``r.to_sympy()``, ``r.is_finite``, ``r.unit``)
and also says how the value was found (``r.method``: a closed form from a
named derivation, a finite sum, a certified integral or series) and, for an
infinite value, why (``r.reason``). With a named variable among the
parameters, the value is a function of it (``r.curve``).

>>> import kldocs
>>> r = kldocs.kl(kldocs.normal(0, 1), kldocs.normal(1, 1))
>>> r.text(), r.method, r.derivation
('1/2', 'closed form', 'gaussian')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kldocs.exact import Base, ExactValue
from kldocs.families.certified import METHODS, Certified
from kldocs.families.family import Family
from kldocs.measures.quantity import SHOWN_DIGITS, shown
from kldocs.measures.registry import MEASURES

if TYPE_CHECKING:
    from kldocs.families.curve import Curve

#: How each way of finding a value is described.
DESCRIPTIONS = {
    "closed form": "closed form, derived and checked",
    "finite sum": "exact finite sum",
    "cells": "exact (piecewise-constant densities)",
    "support": "infinite (support)",
    "unavailable": "not computed",
    "function": "a function of the parameter",
    **METHODS,
}


@dataclass(frozen=True, eq=False)
class FamilyQuantity:
    """The value of one measure for parametric families.

    Attributes
    ----------
    measure
        ``"entropy"``, ``"cross_entropy"``, ``"kl"``, ``"jeffreys"`` or ``"jsd"``.
    p, q
        The families, in the measure's order (``q`` None for entropy).
    base
        The logarithm base of the value.
    exact
        The exact value, when the exact core can write it.
    certified
        A certified enclosure, when there is no exact value (or none in this base).
    method
        ``"closed form"``, ``"finite sum"``, ``"cells"``, ``"integral"``, ``"series"``,
        ``"base"``, ``"support"`` (infinite because of the supports), ``"unavailable"``
        or ``"function"`` (see :data:`DESCRIPTIONS`).
    derivation
        The name of the derivation a closed form came from (``kldocs verify --only NAME``).
    reason
        Why the value is infinite or not computed, in one sentence.
    curve
        For parameters that depend on a named variable: the measure as a function of it.

    >>> from kldocs import kl, poisson
    >>> value = kl(poisson(2), poisson(3), base=2)
    >>> value.method, value.derivation, value.decimal(6), value.unit
    ('closed form', 'poisson_kl', '0.272770', 'bits')
    """

    measure: str
    p: Family
    q: Family | None
    base: Base
    exact: ExactValue | None = None
    certified: Certified | None = None
    method: str = "closed form"
    derivation: str = ""
    reason: str = ""
    curve: Curve | None = None

    @property
    def available(self) -> bool:
        """False when kldocs has no value for it (``reason`` says why) or it is a function."""
        return self.exact is not None or self.certified is not None

    @property
    def is_finite(self) -> bool:
        return self.exact.is_finite if self.exact is not None else self.available

    @property
    def unit(self) -> str:
        return self.base.unit

    @property
    def description(self) -> str:
        """How the value was found, in words."""
        return DESCRIPTIONS[self.method]

    def __float__(self) -> float:
        return float(self._value())

    def decimal(self, digits: int = 10) -> str:
        """Correctly rounded to ``digits`` significant digits (``"inf"`` when infinite)."""
        return self._value().decimal(digits)

    def sqrt_decimal(self, digits: int = 10) -> str:
        """The square root, correctly rounded: for the JSD, the JS distance."""
        return self._value().sqrt_decimal(digits)

    def text(self) -> str:
        """Exact text SymPy reads back (``"oo"`` when infinite); empty when only certified."""
        if self.curve is not None:
            return self.curve.text()
        return self._value().text()

    def latex(self) -> str:
        """Exact LaTeX; for a certified value without an exact form, its decimal."""
        if self.curve is not None:
            return self.curve.latex()
        value = self._value()
        return value.latex() or value.decimal(10)

    def to_sympy(self) -> Any:
        """The exact value (or the function of the variable) as a SymPy expression."""
        import sympy

        if self.curve is not None:
            return self.curve.expression
        if self.exact is None:
            text = self.certified.text() if self.certified is not None else ""
            if not text:
                raise ValueError(f"{self.symbol(latex=False)} has no exact form ({self.description})")
            return sympy.sympify(text)
        return self.exact.to_sympy()

    def symbol(self, latex: bool = True) -> str:
        r"""The measure's symbol with the distributions' names: ``D_{\mathrm{KL}}(P \parallel Q)``, ``h(P)`` (density).

        >>> import kldocs
        >>> kldocs.entropy(kldocs.uniform(0, 2)).symbol(latex=False), kldocs.entropy(kldocs.poisson(2)).symbol()
        ('h(P)', 'H(P)')
        """
        measure = MEASURES[self.measure]
        q = self.q.name if self.q is not None else ""
        symbol = measure.latex_symbol(self.p.name, q) if latex else measure.symbol(self.p.name, q)
        if self.measure == "entropy" and not self.p.discrete:  # a density's: the differential entropy h
            symbol = "h" + symbol.removeprefix("H")
        return symbol

    def terms(self) -> tuple[Any, ...]:
        raise ValueError(f"{self.measure} of parametric families has no per-category breakdown")

    def __str__(self) -> str:
        """One line, like a finite pair's: ``D_KL(P‖Q) = −1/4 + ln 2 ≈ 0.443147 nats (closed form, ...)``."""
        symbol = self.symbol(latex=False).replace("||", "‖")
        if self.curve is not None:
            return f"{symbol} = {self.curve.text()}"
        if not self.available:
            return f"{symbol}: {self.reason}"
        if not self.is_finite:
            return f"{symbol} = ∞: {self.reason}" if self.reason else f"{symbol} = ∞"
        decimal = self.decimal(SHOWN_DIGITS)
        value = shown(self.exact, decimal, ExactValue.readable, ("=", "≈", "∞"), f" {self.unit}")
        return f"{symbol} {value} ({self.description})"

    def __repr__(self) -> str:
        return f"FamilyQuantity({self})"

    def _repr_latex_(self) -> str:
        """Display maths for Jupyter (see :meth:`display_latex`)."""
        return self.display_latex()

    def display_latex(self, unit: str | None = None) -> str:
        r"""The symbol, the exact value (or the function) and the decimal, with ``unit`` (default :attr:`unit`).

        >>> import kldocs
        >>> kldocs.kl(kldocs.normal(0, 1), kldocs.normal(1, 2, name="Q"), base=2).display_latex("비트")[-10:]
        '\\text{비트}$'
        """
        symbol = self.symbol()
        if self.curve is not None:
            return rf"$\displaystyle {symbol} = {self.curve.latex()}$"
        if not self.available:
            return rf"$\displaystyle {symbol}$: {self.reason}"
        if not self.is_finite:
            return rf"$\displaystyle {symbol} = \infty$"
        written = self.latex() if self.exact is not None or self.certified is not None else ""
        relation = rf"= {written} \approx" if written and written != self.decimal(10) else r"\approx"
        return rf"$\displaystyle {symbol} {relation} {self.decimal(6)} \ \text{{{unit or self.unit}}}$"

    def _value(self) -> ExactValue | Certified:
        if self.exact is not None:
            return self.exact
        if self.certified is not None:
            return self.certified
        if self.curve is not None:
            raise ValueError(f"{self.symbol(latex=False)} depends on {self.curve.variable}: use .curve")
        raise ValueError(f"{self.symbol(latex=False)} was not computed: {self.reason}")
