"""How derivation steps are shown: printed from the very expressions that are checked.

A step carries only its SymPy expression; the LaTeX a reader sees comes
from :class:`DerivationLatexPrinter`, a subclass of SymPy's LaTeX printer
that knows kldocs' symbols (``D_{\\mathrm{KL}}(P \\parallel Q)``, ``p_i``,
``\\log_2``) and writes logarithms, sums and fractions as a textbook does.
There is no second, hand-written copy of a line that could drift from what
was checked. A step's style only chooses notation, never content:

``symbolic``
    General identities: rationals as fractions.
``numbers``
    Substituted probabilities: rationals that end within six decimal places
    as decimals (``0.2``), the way the user typed them; lines of more than
    five terms show the first three, ``\\cdots`` and the last.
``values``
    Exact values of terms: fractions, long lines shortened the same way.

In every style, a number put in for a symbol (an ``UnevaluatedExpr``) is
written as a decimal when it ends within six places, as parameters are
typed; the constants of the formula around it keep the style.

>>> from sympy import log, Rational
>>> from kldocs.derivations.symbols import KL_PQ, STANDARD, p, q, i
>>> to_latex(STANDARD[KL_PQ])
'\\\\sum_{i=1}^{n} p_{i} \\\\ln \\\\frac{p_{i}}{q_{i}}'
>>> to_latex(Rational(1, 5) * log(Rational(2, 3)), "numbers")
'0.2 \\\\ln \\\\frac{2}{3}'
>>> to_text(STANDARD[KL_PQ])
'sum_{i=1}^{n} p_i*log(p_i/q_i)'
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, ClassVar, Literal

import sympy
from sympy import Add, Float, Integral, Mul, Pow, Rational, Sum
from sympy.core.function import AppliedUndef
from sympy.printing.latex import LatexPrinter
from sympy.printing.precedence import PRECEDENCE
from sympy.printing.str import StrPrinter

from kldocs.derivations.log_base import LogBase
from kldocs.derivations.symbols import LATEX_NAMES, MEASURE_OF, base_variant
from kldocs.exact.display import power_base, short_decimal
from kldocs.measures.registry import MEASURES

Style = Literal["symbolic", "numbers", "values"]

#: Lines with more terms than this are shortened (first three, dots, last) in the numbers and values styles.
MAX_SHOWN = 5
#: Terms shown before the dots when a line is shortened.
SHOWN_BEFORE_DOTS = 3

_RELATIONS = {"==": "=", "<=": r"\le", ">=": r"\ge", "!=": r"\ne", "<": "<", ">": ">"}


class PutIn(sympy.UnevaluatedExpr):
    r"""A number put in for a symbol, printed as the LaTeX it was typed as; it evaluates as the number.

    >>> to_latex(PutIn(Rational(1, 2), r"\frac{1}{2}") ** 2), to_latex(PutIn(Rational(1, 2), "0.5") ** 2)
    ('\\left(\\frac{1}{2}\\right)^{2}', '0.5^{2}')
    """

    def __new__(cls, number: Any, shown: Any) -> PutIn:
        text = shown if isinstance(shown, sympy.core.symbol.Str) else sympy.core.symbol.Str(str(shown))
        made: PutIn = sympy.Expr.__new__(cls, sympy.sympify(number), text)
        return made

    @property
    def shown(self) -> str:
        """The LaTeX of the number as typed."""
        return str(self.args[1].name)


class DerivationLatexPrinter(LatexPrinter):
    """SymPy's LaTeX printer with kldocs' names and a textbook's layout of logs, sums and products."""

    printmethod = "_kldocs_latex"
    _default_settings: ClassVar[dict[str, Any]] = {
        **LatexPrinter._default_settings,
        "decimals": False,
        "max_terms": None,
        "mat_str": "pmatrix",  # matrices in round brackets, as the pages write a covariance
        "mat_delim": "",
    }

    # --- names -------------------------------------------------------------------------------------

    def _print_Symbol(self, expr: Any, style: str = "plain") -> str:  # noqa: N802 (SymPy printer protocol)
        if expr in LATEX_NAMES:
            return LATEX_NAMES[expr]
        variant = base_variant(expr)
        if variant is not None:
            symbol, base, names = variant
            if symbol not in MEASURE_OF:
                return LATEX_NAMES[symbol]
            key, order = MEASURE_OF[symbol]
            marker = "" if base.value is None else base.name
            shown = [names[k] if isinstance(k, int) else k for k in order]
            return MEASURES[key].latex_symbol(shown[0], shown[-1], base=marker)
        return str(super()._print_Symbol(expr, style))

    def _print_Indexed(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        indices = ",".join(self._print(index) for index in expr.indices)
        return f"{self._print(expr.base.label)}_{{{indices}}}"

    def _print_Function(self, expr: Any, exp: Any = None) -> str:  # noqa: N802 (SymPy printer protocol)
        if isinstance(expr, AppliedUndef):
            if expr.func.__name__ == "argmin_Q":
                return rf"\arg\min_Q {self._print(expr.args[0])}"
            name = self._print(sympy.Symbol(expr.func.__name__))
            text = f"{name}({', '.join(self._print(a) for a in expr.args)})"
            return f"{text}^{{{exp}}}" if exp is not None else text
        return str(super()._print_Function(expr, exp))

    def _print_ForAll(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        statement, index = expr.args
        return rf"{self._print(statement)} \ \forall {self._print(index)}"

    def _print_Equivalent(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return r" \iff ".join(self._print(arg) for arg in expr.args)

    def _print_Relational(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return f"{self._print(expr.lhs)} {_RELATIONS[expr.rel_op]} {self._print(expr.rhs)}"

    # --- numbers -----------------------------------------------------------------------------------

    def _print_Rational(self, expr: Any, decimals: bool | None = None) -> str:  # noqa: N802 (SymPy printer protocol)
        if expr.q != 1 and (self._settings["decimals"] if decimals is None else decimals):
            shown = short_decimal(Fraction(int(expr.p), int(expr.q)))
            if shown is not None:
                return shown
        if expr.q == 1:
            return str(expr.p)
        sign = "-" if expr.p < 0 else ""
        return rf"{sign}\frac{{{abs(expr.p)}}}{{{expr.q}}}"

    def _print_Float(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return decimal_text(expr)

    def _print_Infinity(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return r"\infty"

    def _print_NegativeInfinity(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return r"-\infty"

    def _print_UnevaluatedExpr(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        """A number put in for a symbol: as written (a decimal when it ends within six places), in brackets when
        negative (``1 - (-1)``); the formula's own constants keep the step's style (``- \\frac{1}{2}``)."""
        number = expr.args[0]
        inner = self._print_Rational(number, decimals=True) if number.is_Rational else self._print(number)
        return rf"\left({inner}\right)" if expr.args[0].is_negative else inner

    def _print_PutIn(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        """A parameter put in for a symbol, as the user typed it (``\\frac{1}{2}`` or ``0.5``)."""
        inner = expr.shown
        return rf"\left({inner}\right)" if expr.args[0].is_negative else inner

    # SymPy's constants print through their own ``_latex``, which a printer with another printmethod skips.
    def _print_Pi(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return r"\pi"

    def _print_Exp1(self, expr: Any, exp: Any = None) -> str:  # noqa: N802 (SymPy printer protocol)
        return "e" if exp is None else f"e^{{{exp}}}"

    def _print_Determinant(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return rf"\det {self._print(expr.arg)}"

    # --- logarithms ------------------------------------------------------------------------------------

    def _print_log(self, expr: Any, exp: Any = None) -> str:
        return self._logarithm(r"\ln", expr.args[0], exp)

    def _print_LogBase(self, expr: Any, exp: Any = None) -> str:  # noqa: N802 (SymPy printer protocol)
        argument, base = expr.args
        return self._logarithm(rf"\log_{{{self._print(base)}}}", argument, exp)

    def _logarithm(self, name: str, argument: Any, exp: Any) -> str:
        if _is_plain(argument) or (isinstance(argument, Rational) and "frac" not in self._print(argument)):
            text = f"{name} {self._print(argument)}"
        elif (fraction := _as_fraction(argument)) is not None:
            text = rf"{name} \frac{{{self._print(fraction[0])}}}{{{self._print(fraction[1])}}}"
        else:
            text = rf"{name}\left({self._print(argument)}\right)"
        return rf"\left({text}\right)^{{{exp}}}" if exp is not None else text

    # --- sums and products -----------------------------------------------------------------------------

    def _print_Add(self, expr: Any, order: Any = None) -> str:  # noqa: N802 (SymPy printer protocol)
        terms = list(expr.args)
        if _in_canonical_order(expr) and not _is_exact_value(expr):
            # SymPy's own order gives "-1 + x" and "-q + p": start with a positive term instead.
            first_positive = next((k for k, term in enumerate(terms) if not _is_negative(term)), 0)
            terms = terms[first_positive:] + terms[:first_positive]
        pieces = [self._print(term) for term in terms]
        limit = self._settings["max_terms"]
        if limit is not None and len(pieces) > limit:
            pieces = [*pieces[:SHOWN_BEFORE_DOTS], r"\cdots", pieces[-1]]
        text = pieces[0]
        for piece in pieces[1:]:
            text += f" - {piece[1:].lstrip()}" if piece.startswith("-") else f" + {piece}"
        return text

    def _print_Mul(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        coefficient, factors = _split_coefficient(expr.args)
        if not factors:
            return self._print(coefficient)
        sign = "-" if coefficient < 0 else ""
        magnitude = abs(coefficient)
        if len(factors) == 1 and isinstance(factors[0], Add) and coefficient != 1:
            # A factor in front of a bracketed group (-(...), 1/2(...)) is a fraction, not a probability.
            group = rf"\left({self._print(factors[0])}\right)"
            return sign + (group if magnitude == 1 else f"{self._print_Rational(magnitude, decimals=False)} {group}")
        if magnitude == 1 or any(_is_reciprocal(f) for f in factors):
            # 1/2 * p/m is shown as p/(2m) and 2 * 1/x as 2/x: the coefficient joins the fraction.
            return sign + self._product(factors, magnitude)
        product = self._product(factors)
        joint = r" \cdot " if _starts_with_number(product) else " "  # 0.5 \cdot 1^{2}: numbers put in for symbols
        return f"{sign}{self._print(magnitude)}{joint}{product}"

    def _print_Pow(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        if isinstance(expr.base, sympy.UnevaluatedExpr) and expr.exp.is_Integer and expr.exp > 1:
            base = self._print(expr.base)  # a number put in for a symbol: bracketed already when negative
            return f"{power_base(base)}^{{{self._print(expr.exp)}}}"
        if _is_reciprocal(expr):
            return rf"\frac{{1}}{{{self._print(_reciprocal(expr))}}}"
        return str(super()._print_Pow(expr))

    def _print_Sum(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        text = self._print(expr.function)
        if isinstance(expr.function, Add):
            text = rf"\left({text}\right)"
        for index, lower, upper in expr.limits:
            text = rf"\sum_{{{self._print(index)}={self._print(lower)}}}^{{{self._print(upper)}}} {text}"
        return text

    def _product(self, factors: list[Any], coefficient: Any = 1) -> str:
        """Factors times a positive rational coefficient, as a product or a fraction."""
        coefficient = sympy.Rational(coefficient)
        numerator = [f for f in factors if not _is_reciprocal(f)]
        denominator = [_reciprocal(f) for f in factors if _is_reciprocal(f)]
        if coefficient.p != 1:
            numerator.insert(0, sympy.Integer(coefficient.p))
        if coefficient.q != 1:
            denominator.insert(0, sympy.Integer(coefficient.q))
        top = self._factors(numerator) if numerator else "1"
        if not denominator:
            return top
        return rf"\frac{{{top}}}{{{self._factors(denominator)}}}"

    def _factors(self, factors: list[Any]) -> str:
        """Factors side by side: symbols, then brackets, then logarithms, then sums and integrals."""
        ordered = sorted(factors, key=_factor_rank)
        pieces: list[str] = []
        for position, factor in enumerate(ordered):
            text = self._print(factor)
            last = position == len(ordered) - 1
            if (isinstance(factor, Add) and len(ordered) > 1) or (isinstance(factor, (Sum, Integral)) and not last):
                text = rf"\left({text}\right)"
            if pieces and _starts_with_number(text):  # 2 \cdot 2^{2}, not "2 2^{2}": numbers put in for symbols
                text = r"\cdot " + text
            pieces.append(text)
        return " ".join(pieces)


#: Each relation in plain text, for tables: the signs a reader writes by hand.
RELATION_TEXT: dict[str, str] = {"<=": "≤", ">=": "≥", "!=": "≠", "iff": "⇔"}


class DerivationTextPrinter(StrPrinter):
    """Short plain text for tables and failure details: ``p_i`` for ``p[i]``, ``sum_{i=1}^{n} ...``."""

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
        text = self._print(expr.function)
        for variable, *bounds in expr.limits:  # the innermost first, as in a Sum
            limits = f"_{{{self._print(bounds[0])}}}^{{{self._print(bounds[1])}}}" if len(bounds) == 2 else ""
            text = f"int{limits} {text} d{self._print(variable)}"
        return text

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

    def _print_Relational(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return f"{self._print(expr.lhs)} {RELATION_TEXT.get(expr.rel_op, expr.rel_op)} {self._print(expr.rhs)}"

    def _print_Equivalent(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return " ⇔ ".join(self._print(arg) for arg in expr.args)

    def _print_Pow(self, expr: Any, rational: bool = False) -> str:  # noqa: N802 (SymPy printer protocol)
        """``x^2`` for ``x**2``, and ``1/x^2`` for a negative whole power."""
        base, exponent = expr.as_base_exp()
        if exponent.is_Integer and exponent.is_negative:
            shown = base if exponent == -1 else Pow(base, -exponent, evaluate=False)
            return f"1/{self.parenthesize(shown, PRECEDENCE['Mul'])}"
        return str(super()._print_Pow(expr, rational)).replace("**", "^")

    def _print_Infinity(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return "∞"

    def _print_NegativeInfinity(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return "-∞"

    def _print_ForAll(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        statement, index = expr.args
        return f"{self._print(statement)} for all {self._print(index)}"

    def _print_Float(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return decimal_text(expr)

    def _print_Dummy(self, expr: Any) -> str:  # noqa: N802 (SymPy printer protocol)
        return str(expr.name)


def to_latex(expression: Any, style: Style = "symbolic") -> str:
    """The LaTeX of ``expression`` as a derivation shows it (see the module notes for the styles)."""
    if expression is sympy.oo:  # a value that is infinite says which infinity
        return r"+\infty"
    settings: dict[str, Any] = {"ln_notation": True}
    if style != "symbolic":
        settings["max_terms"] = MAX_SHOWN
    if style == "numbers":
        settings["decimals"] = True
    return str(DerivationLatexPrinter(settings).doprint(expression))


def to_text(expression: Any) -> str:
    """A short plain-text form for tables and failure details."""
    return str(DerivationTextPrinter({"order": "none"}).doprint(expression))


def decimal_text(value: Float) -> str:
    """A SymPy Float as the decimal it was made from (``Float("0.0304788", 6)`` gives ``0.0304788``).

    >>> decimal_text(Float("1.00e-12", 3))
    '1.00e-12'
    """
    from mpmath.libmp import prec_to_dps, to_str

    digits = prec_to_dps(value._prec)
    text = str(to_str(value._mpf_, digits, min_fixed=-6, max_fixed=16, strip_zeros=False))
    return text.replace("e+", "e").replace("e-0", "e-") if "e" in text else text


# --- helpers --------------------------------------------------------------------------------------


def _is_plain(argument: Any) -> bool:
    """A log argument printed without brackets: a symbol, ``p_i``, a number, ``f(x)``."""
    if argument.is_Symbol or argument.is_Indexed or isinstance(argument, AppliedUndef) or argument is sympy.pi:
        return True
    return bool(argument.is_Integer and argument >= 0) or (argument.is_Rational and argument > 0 and argument.q == 1)


def _as_fraction(argument: Any) -> tuple[Any, Any] | None:
    """``(numerator, denominator)`` when the argument is a quotient, else None."""
    if isinstance(argument, Rational) and argument.q != 1:
        return sympy.Integer(argument.p), sympy.Integer(argument.q)
    if isinstance(argument, Mul) and any(_is_reciprocal(f) for f in argument.args):
        top = [f for f in argument.args if not _is_reciprocal(f)]
        bottom = [_reciprocal(f) for f in argument.args if _is_reciprocal(f)]
        coefficient, symbolic = _split_coefficient(tuple(top))
        if symbolic and coefficient.q != 1:  # p/(2m), not (1/2 p)/m; numbers such as 0.2/0.3 stay as written
            top = ([sympy.Integer(coefficient.p)] if coefficient.p != 1 else []) + symbolic
            bottom.insert(0, sympy.Integer(coefficient.q))
        return _joined(top), _joined(bottom)
    return None


def _starts_with_number(text: str) -> bool:
    r"""True for a factor that begins with a bare number (``2``, ``\frac{1}{2}``): after another factor it needs
    ``\cdot``, or ``2 \frac{1}{2}`` would read as two and a half."""
    return text[:1].isdigit() or text.startswith(r"\frac{")


def _joined(factors: list[Any]) -> Any:
    if not factors:
        return sympy.Integer(1)
    return factors[0] if len(factors) == 1 else Mul(*factors, evaluate=False)


def _is_reciprocal(factor: Any) -> bool:
    """``x**-k``: a factor that belongs under a fraction bar."""
    return isinstance(factor, Pow) and bool(factor.exp.is_negative)


def _reciprocal(factor: Pow) -> Any:
    return factor.base if factor.exp == -1 else Pow(factor.base, -factor.exp)


def _split_coefficient(args: tuple[Any, ...]) -> tuple[Any, list[Any]]:
    """The rational coefficient of a product and its other factors, in the order they were built.

    A reciprocal of a number (``Pow(3/10, -1)``, kept unevaluated) is a factor, not part of the coefficient.
    """
    coefficient: Any = sympy.Integer(1)
    factors = []
    for factor in args:
        if factor.is_Rational and not isinstance(factor, Pow):
            coefficient = coefficient * factor
        else:
            factors.append(factor)
    return coefficient, factors


def _is_negative(term: Any) -> bool:
    if term.is_Number:
        return bool(term < 0)
    if isinstance(term, Mul):
        return bool(_split_coefficient(term.args)[0] < 0)
    return False


def _in_canonical_order(expr: Add) -> bool:
    """True when a sum is in SymPy's own order (it was not built term by term to be shown as written)."""
    return bool(Add(*expr.args).args == expr.args)


def _is_exact_value(expr: Add) -> bool:
    """A sum of rationals and rational multiples of logarithms of numbers: shown in its own order."""

    def simple(term: Any) -> bool:
        factors = _split_coefficient(term.args)[1] if isinstance(term, Mul) else [term]
        return all(f.is_Number or (isinstance(f, (sympy.log, LogBase)) and f.args[0].is_Number) for f in factors)

    return all(simple(term) for term in expr.args)


def _factor_rank(factor: Any) -> int:
    """Order of factors in a product: symbols and powers, sums in brackets, logarithms, then big operators."""
    if isinstance(factor, Add):
        return 1
    if isinstance(factor, (sympy.log, LogBase)):
        return 2
    if isinstance(factor, (Sum, Integral)):
        return 3
    return 0
