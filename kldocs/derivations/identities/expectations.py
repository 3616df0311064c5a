"""A measure of a parametric family, derived as an expectation: the shared shape of every family's derivation.

KL divergence, cross-entropy and entropy of a family are each an average
under the first density, ``M = int f_1(x) g(x) dx`` (a sum for a discrete
family), with ``g`` the log-ratio, ``-log f_2`` or ``-log f_1``. The
derivation always goes the same way, and every step is checked:

1. the definition, with the densities named;
2. ``g`` written out: a polynomial in ``x`` (the log of an exponential
   family's density is one);
3. for a continuous family, the substitution ``x = c + s u`` that turns
   ``f_1`` into a standard density ``phi`` (the standard normal, the
   standard exponential, the uniform on [0, 1]);
4. linearity: one integral per power of ``u`` (or sum per power of ``k``),
   or, when there is only one, its constant factor taken out;
5. each of those integrals (moments) worked out by SymPy, once per process;
6. their values put in: the closed form.

A family module describes itself once (:class:`Family`); :func:`derive`
makes each measure's derivation from what ``g`` is written out as and the
closed form, computing the coefficients of step 4 with SymPy rather than
by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sympy
from sympy import Add, Eq, Function, Integral, Sum, Symbol, log

from kldocs.derivations.build import algebra, define, plus, substitute, work_out
from kldocs.derivations.steps import Derivation, Step

#: A placeholder for the family's variable in :data:`INTEGRANDS`.
X = Symbol("x")
#: Names of the measures a family derivation computes, and the catalog keys of their definitions.
DEFINITION_KEYS = {
    "kl": "step.family_kl_definition",
    "cross_entropy": "step.family_cross_entropy_definition",
    "entropy": "step.family_entropy_definition",
}

#: The note of step 4, by integral or sum and whether it splits into several (else one constant comes out).
SPLIT_KEYS = {
    ("integral", True): "step.linearity",
    ("integral", False): "step.constant_factor",
    ("sum", True): "step.sum_linearity",
    ("sum", False): "step.sum_constant_factor",
}
#: The note of step 6 (the values put in), by integral or sum.
CLOSED_KEYS = {"integral": "step.substitute_moments", "sum": "step.substitute_sums"}


class Quantity(Symbol):
    """A named quantity of a family (``D_KL(Exp(λ1)||Exp(λ2))``) that prints as its own LaTeX.

    >>> from kldocs.derivations.printing import to_latex
    >>> to_latex(quantity("H(Exp)", r"h\\left(\\mathrm{Exp}(\\lambda)\\right)"))
    'h\\\\left(\\\\mathrm{Exp}(\\\\lambda)\\\\right)'
    """

    def _kldocs_latex(self, printer: Any) -> str:
        return _LATEX[self.name]


_LATEX: dict[str, str] = {}


def quantity(name: str, latex: str) -> Quantity:
    """The quantity symbol ``name``, printed as ``latex``."""
    _LATEX[name] = latex
    return Quantity(name, real=True)


@dataclass(frozen=True)
class Standardised:
    """The change of variables of a continuous family: ``x = mapping(u)`` and the standard density it leads to.

    Attributes
    ----------
    new
        The new variable ``u``.
    mapping
        ``x`` in terms of ``u`` (affine, increasing).
    density
        The standard density: a function symbol applied to ``u`` (``phi(u)``), or
        the expression itself (``exp(-u)``) when it needs no name.
    body
        What a named density is (``exp(-u**2/2)/sqrt(2 pi)``); None when it is not named.
    lower, upper
        Its support in ``u``.
    moments
        ``((power, value), ...)``: ``int u^power phi(u) du = value`` for every power used.
    moment_keys
        The catalog key of each moment's note, by power.
    """

    new: Symbol
    mapping: Any
    density: Any
    body: Any | None
    lower: Any
    upper: Any
    moments: tuple[tuple[int, Any], ...]
    moment_keys: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class Family:
    """What every derivation of one family shares (see the module notes).

    Attributes
    ----------
    variable, lower, upper
        The variable of the density (or probability) and its support.
    density
        The density as an expression in ``variable`` and the parameters.
    parameters
        P's parameters and Q's, as symbols; the density is written in P's.
    written_out_key
        The note of the step that writes ``g`` out.
    standardised
        The substitution of a continuous family; None for a discrete one.
    moments, moment_keys
        For a discrete family: ``sum f_1(k) k^power = value`` for each power used, and their notes.
    domain
        Parameter ranges no SymPy assumption states (see :class:`~kldocs.derivations.steps.Derivation`).
    closed_key
        The note of the last step; by default, that the integrals (or sums) worked out are put in.
    """

    variable: Symbol
    lower: Any
    upper: Any
    density: Any
    parameters: tuple[tuple[Any, ...], tuple[Any, ...]]
    written_out_key: str
    standardised: Standardised | None = None
    moments: tuple[tuple[int, Any], ...] = ()
    moment_keys: tuple[tuple[int, str], ...] = ()
    domain: tuple[tuple[Any, Any], ...] = ()
    closed_key: str = ""

    def densities(self, measure: str) -> tuple[tuple[Any, Any], ...]:
        """``((f_1(x), P's density), (f_2(x), Q's density))``; only ``f_1`` for entropy."""
        first, second = self.parameters
        named = [(F1(self.variable), self.density)]
        if measure != "entropy":
            named.append((F2(self.variable), self.density.xreplace(dict(zip(first, second, strict=True)))))
        return tuple(named)

    def over(self, body: Any, variable: Symbol | None = None, lower: Any = None, upper: Any = None) -> Any:
        """An integral (continuous family) or a sum (discrete family) of ``body``."""
        kind = Integral if self.standardised is not None else Sum
        limits = (
            variable or self.variable,
            self.lower if lower is None else lower,
            self.upper if upper is None else upper,
        )
        return kind(body, limits)


#: The two densities every family derivation names.
F1, F2 = Function("f_1"), Function("f_2")
#: What each measure averages under ``f_1``.
INTEGRANDS = {"kl": log(F1(X) / F2(X)), "cross_entropy": -log(F2(X)), "entropy": -log(F1(X))}


def derive(family: Family, name: str, measure: str, quantity: Any, written_out: Any, closed: Any) -> Derivation:
    """The derivation of ``measure`` for ``family``, step by step (see the module notes).

    Parameters
    ----------
    name
        The derivation's name; its title is the catalog key ``derivation.<name>.title``.
    quantity
        The symbol of what is derived.
    written_out
        ``g`` as a polynomial in the family's variable.
    closed
        The closed form the moments lead to.
    """
    x = family.variable
    first = F1(x)
    integrand = INTEGRANDS[measure].xreplace({X: x})
    sign, integrand = (-1, -integrand) if measure != "kl" else (1, integrand)
    average = sign * family.over(first * integrand)
    named = family.densities(measure)
    standard = family.standardised
    if standard is not None and standard.body is not None:
        named += ((standard.density, standard.body),)
    steps: list[Step] = [
        define(average, DEFINITION_KEYS[measure], (quantity, average), *named),
        algebra(family.over(first * written_out), family.written_out_key),
    ]
    if standard is not None:
        polynomial = written_out.xreplace({x: standard.mapping})
        variable, weight, lower, upper = standard.new, standard.density, standard.lower, standard.upper
        changed = Integral(weight * polynomial, (variable, lower, upper))
        steps.append(substitute(changed, "step.standardise", x, standard.mapping, variable))
        moments, keys = dict(standard.moments), dict(standard.moment_keys)
    else:
        polynomial, variable, weight, lower, upper = written_out, x, first, family.lower, family.upper
        moments, keys = dict(family.moments), dict(family.moment_keys)
    coefficients = _coefficients(polynomial, variable)
    parts = [c * family.over(variable**power * weight, variable, lower, upper) for power, c in coefficients]
    kind = "integral" if standard is not None else "sum"
    steps.append(algebra(plus(*parts), SPLIT_KEYS[kind, len(coefficients) > 1]))
    for power, _ in coefficients:
        moment = family.over(variable**power * weight, variable, lower, upper)
        steps.append(work_out(Eq(moment, moments[power], evaluate=False), keys[power]))
    steps.append(algebra(closed, family.closed_key or CLOSED_KEYS[kind]))
    return Derivation(name, f"derivation.{name}.title", tuple(steps), lhs=quantity, domain=family.domain)


def _coefficients(polynomial: Any, variable: Symbol) -> list[tuple[int, Any]]:
    """``[(power, coefficient), ...]`` of a polynomial in ``variable``, lowest power first, zeros left out."""
    collected = sympy.collect(_expanded(polynomial), variable, evaluate=False)
    found = []
    for monomial, coefficient in collected.items():
        power = sympy.degree(monomial, variable)
        if coefficient.has(variable) or not power.is_Integer:
            raise ValueError(f"{polynomial} is not a polynomial in {variable}")
        found.append((int(power), _tidy(coefficient)))
    return sorted((power, coefficient) for power, coefficient in found if coefficient != 0)


def _expanded(expression: Any) -> Any:
    """Multiplied out, with every logarithm kept as it is written (its argument too)."""
    logs = {term: sympy.Dummy() for term in expression.atoms(log)}
    return sympy.expand(expression.xreplace(logs)).xreplace({dummy: term for term, dummy in logs.items()})


def _tidy(coefficient: Any) -> Any:
    """A coefficient as a reader would write it: logarithms combined, the rest factored when that is shorter.

    >>> from sympy import symbols
    >>> a, b, s = symbols("a b s", positive=True)
    >>> _tidy(log(s) - log(b) + a**2 / 2 - a * b + b**2 / 2)
    (a - b)**2/2 + log(s/b)
    """
    logs: list[Any] = []
    rest: list[Any] = []
    for term in Add.make_args(_expanded(coefficient)):
        (logs if term.has(log) else rest).append(term)
    others = Add(*rest)
    others = min((others, sympy.factor(others)), key=sympy.count_ops)
    logarithms = sympy.logcombine(Add(*logs)) if len(logs) > 1 else Add(*logs)
    return plus(logarithms, others) if logs and rest else logarithms + others
