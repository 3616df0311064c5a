"""The shared SymPy vocabulary of every derivation: indices, distributions, quantities.

Probabilities are ``IndexedBase`` objects declared positive, so ``p[i]`` is a
positive symbol and ``log(p[i]/q[i])`` splits into ``log(p[i]) - log(q[i])``
without forcing. Quantities such as ``D_KL(P||Q)`` are plain symbols whose
meaning is fixed once, in :data:`STANDARD` (a derivation that defines one of
them must agree with it), and whose LaTeX comes from :data:`LATEX_NAMES`.

>>> to_text(STANDARD[KL_PQ])
'sum_{i=1}^{n} p_i*log(p_i/q_i)'
>>> to_latex(KL_PQ)
'D_{\\\\mathrm{KL}}(P \\\\parallel Q)'
"""

from __future__ import annotations

from functools import cache
from typing import Any

import sympy
from sympy import Function, IndexedBase, Integral, Rational, Sum, Symbol, log
from sympy.printing.str import StrPrinter

from kldocs.exact import Base

# --- indices and sizes ---------------------------------------------------------------------------

#: The summation index over the categories of P and Q, and a second one.
i = Symbol("i", integer=True, positive=True)
j = Symbol("j", integer=True, positive=True)
#: Numbers of categories: ``n`` for P and Q, ``k`` for a second pair (independence).
n = Symbol("n", integer=True, positive=True)
k = Symbol("k", integer=True, positive=True)

# --- distributions -------------------------------------------------------------------------------

p = IndexedBase("p", positive=True)
q = IndexedBase("q", positive=True)
#: The mixture ``m_i = (p_i + q_i) / 2``.
m = IndexedBase("m", positive=True)
#: A second pair of distributions over ``j = 1..k``, for products.
r = IndexedBase("r", positive=True)
s = IndexedBase("s", positive=True)

#: Where each distribution lives: ``sum over this range of its values is 1``.
SUPPORT: dict[IndexedBase, tuple[Any, Any]] = {p: (1, n), q: (1, n), m: (1, n), r: (1, k), s: (1, k)}

#: A positive real variable for one-variable lemmas such as ``log x <= x - 1``.
x = Symbol("x", positive=True)


class LogBase(Function):
    r"""``log_b(x)``, kept whole so that it prints as :math:`\log_b x`.

    It means ``log(x) / log(b)``; every check rewrites it that way first.

    >>> to_latex(LogBase(Rational(1, 2), 2))
    '\\log_{2} \\left(\\frac{1}{2}\\right)'
    """

    nargs = 2

    def _latex(self, printer: Any) -> str:
        argument, base = self.args
        return rf"\log_{{{printer._print(base)}}} \left({printer._print(argument)}\right)"

    def _sympystr(self, printer: Any) -> str:
        argument, base = self.args
        return f"log_{printer._print(base)}({printer._print(argument)})"

    def _eval_rewrite_as_log(self, argument: Any, base: Any, **hints: Any) -> Any:
        return log(argument) / log(base)


#: ``argmin over Q`` of a quantity, kept unevaluated (it only appears in statements).
argmin_q = Function("argmin_Q")

# --- quantities ----------------------------------------------------------------------------------

KL_PQ = Symbol("D_KL(P||Q)", real=True)
KL_QP = Symbol("D_KL(Q||P)", real=True)
KL_PM = Symbol("D_KL(P||M)", real=True)
KL_QM = Symbol("D_KL(Q||M)", real=True)
H_P = Symbol("H(P)", real=True)
H_Q = Symbol("H(Q)", real=True)
H_M = Symbol("H(M)", real=True)
H_PQ = Symbol("H(P,Q)", real=True)
J_PQ = Symbol("J(P,Q)", real=True)
JSD_PQ = Symbol("JSD(P,Q)", real=True)
JSD_QP = Symbol("JSD(Q,P)", real=True)
KL_P1Q1 = Symbol("D_KL(P1||Q1)", real=True)
KL_P2Q2 = Symbol("D_KL(P2||Q2)", real=True)
KL_PRODUCT = Symbol("D_KL(P1xP2||Q1xQ2)", real=True)


def _sum(body: Any, index: Symbol = i, upper: Symbol = n) -> Sum:
    return Sum(body, (index, 1, upper))


#: The one meaning of each named quantity (natural logarithms).
STANDARD: dict[Any, Any] = {
    KL_PQ: _sum(p[i] * log(p[i] / q[i])),
    KL_QP: _sum(q[i] * log(q[i] / p[i])),
    KL_PM: _sum(p[i] * log(p[i] / m[i])),
    KL_QM: _sum(q[i] * log(q[i] / m[i])),
    H_P: -_sum(p[i] * log(p[i])),
    H_Q: -_sum(q[i] * log(q[i])),
    H_M: -_sum(m[i] * log(m[i])),
    H_PQ: -_sum(p[i] * log(q[i])),
    J_PQ: KL_PQ + KL_QP,
    JSD_PQ: KL_PM / 2 + KL_QM / 2,
    JSD_QP: KL_QM / 2 + KL_PM / 2,
    KL_P1Q1: _sum(p[i] * log(p[i] / q[i])),
    KL_P2Q2: _sum(r[j] * log(r[j] / s[j]), j, k),
    KL_PRODUCT: _sum(_sum(p[i] * r[j] * log(p[i] * r[j] / (q[i] * s[j])), j, k)),
    m[i]: (p[i] + q[i]) / 2,
}

#: How each quantity symbol is written in LaTeX.
LATEX_NAMES: dict[Any, str] = {
    KL_PQ: r"D_{\mathrm{KL}}(P \parallel Q)",
    KL_QP: r"D_{\mathrm{KL}}(Q \parallel P)",
    KL_PM: r"D_{\mathrm{KL}}(P \parallel M)",
    KL_QM: r"D_{\mathrm{KL}}(Q \parallel M)",
    H_P: "H(P)",
    H_Q: "H(Q)",
    H_M: "H(M)",
    H_PQ: "H(P, Q)",
    J_PQ: "J(P, Q)",
    JSD_PQ: r"\mathrm{JSD}(P, Q)",
    JSD_QP: r"\mathrm{JSD}(Q, P)",
    KL_P1Q1: r"D_{\mathrm{KL}}(P_1 \parallel Q_1)",
    KL_P2Q2: r"D_{\mathrm{KL}}(P_2 \parallel Q_2)",
    KL_PRODUCT: r"D_{\mathrm{KL}}(P_1 \times P_2 \parallel Q_1 \times Q_2)",
}


def sympy_rational(value: Any) -> Rational:
    """A Fraction (or int) as a SymPy Rational."""
    from fractions import Fraction

    value = Fraction(value)
    return Rational(value.numerator, value.denominator)


def base_expression(base: Base) -> Any:
    """The base as a SymPy number (``E`` for base e)."""
    return sympy.E if base.value is None else sympy_rational(base.value)


@cache
def in_base(symbol: Symbol, base: Base) -> Symbol:
    """The quantity ``symbol`` measured in ``base``: itself for base e, else a new symbol.

    The new symbol's standard meaning is the natural one with every ``log``
    replaced by ``log_b``; it is added to :data:`STANDARD`.

    >>> to_text(STANDARD[in_base(KL_PQ, Base.parse("2"))])
    'sum_{i=1}^{n} p_i*log_2(p_i/q_i)'
    """
    if base.value is None:
        return symbol
    from kldocs.derivations.expand import expand_definitions

    variant = Symbol(f"{symbol.name}_{base.name}", real=True)
    natural = expand_definitions(STANDARD[symbol], STANDARD)
    b = base_expression(base)
    STANDARD[variant] = natural.replace(log, lambda argument: LogBase(argument, b))
    if symbol in LATEX_NAMES:
        LATEX_NAMES[variant] = LATEX_NAMES[symbol]
    return variant


def standard_body(target: Any) -> Any | None:
    """What a quantity symbol means, or None for a symbol with no fixed meaning."""
    return STANDARD.get(target)


# --- printing ------------------------------------------------------------------------------------


def to_latex(expression: Any) -> str:
    """LaTeX of a SymPy expression with kldocs' names, ``\\ln`` and the order as built."""
    return str(sympy.latex(expression, symbol_names=LATEX_NAMES, ln_notation=True, order="none"))


class _TextPrinter(StrPrinter):
    """Short plain text: ``p_i`` for ``p[i]`` and ``sum_{i=1}^{n} ...`` for sums."""

    printmethod = "_kldocs_text"  # not "_sympystr": Indexed would print itself as p[i]

    def _print_LogBase(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        argument, base = expr.args
        return f"log_{self._print(base)}({self._print(argument)})"

    def _print_Indexed(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        indices = ",".join(self._print(index) for index in expr.indices)
        return f"{self._print(expr.base.label)}_{indices}"

    def _print_IndexedBase(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return self._print(expr.label)

    def parenthesize(self, item: Any, level: int, strict: bool = False) -> str:
        if isinstance(item, (Sum, Integral)):  # so that (sum ...)/log(b) differs from sum (.../log(b))
            return f"({self._print(item)})"
        return str(super().parenthesize(item, level, strict))

    def _print_Sum(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        text = self._print(expr.function)
        if expr.function.is_Add:
            text = f"({text})"
        for index, lower, upper in expr.limits:
            text = f"sum_{{{self._print(index)}={self._print(lower)}}}^{{{self._print(upper)}}} {text}"
        return text

    def _print_Integral(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        (variable, lower, upper), *_ = expr.limits
        return f"int_{{{self._print(lower)}}}^{{{self._print(upper)}}} {self._print(expr.function)} d{variable}"

    def _print_Derivative(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        (variable, count), *_ = expr.variable_count
        order = "" if count == 1 else f"^{count}"
        return f"d{order}/d{self._print(variable)}{order} {self._print(expr.expr)}"

    def _print_Subs(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        points = ", ".join(
            f"{self._print(v)}={self._print(x)}" for v, x in zip(expr.variables, expr.point, strict=True)
        )
        return f"[{self._print(expr.expr)}]_{{{points}}}"

    def _print_Equality(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return f"{self._print(expr.lhs)} = {self._print(expr.rhs)}"

    def _print_Equivalent(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return " <=> ".join(self._print(arg) for arg in expr.args)

    def _print_Dummy(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return str(expr.name)


def to_text(expression: Any) -> str:
    """A short plain-text form for tables and failure details."""
    return str(_TextPrinter({"order": "none"}).doprint(expression))
