"""Worked instances for the user's P and Q: every number substituted and checked exactly.

Each function returns a :class:`~kldocs.derivations.steps.Derivation` whose
steps are, in order: the definition (general ``n``); the substitution with
the actual numbers term by term (shown as the user wrote them: ``0.2``
rather than ``1/5`` where the decimal is short); a step of its own for the
convention ``0 log 0 = 0`` when some weight is 0; a final ``+infinity``
step naming the category when the value is infinite; otherwise each
term's exact value, the exact sum in canonical form, and its decimal.
Every step is checked by evaluating both sides with the exact core.

>>> from kldocs import parse_distribution
>>> P = parse_distribution("0.2 0.5 0.3")
>>> Q = parse_distribution("0.3 0.4 0.3", name="Q")
>>> d = kl_instance(P, Q)
>>> [step.justification for step in d.steps]  # doctest: +NORMALIZE_WHITESPACE
['step.kl_definition', 'step.substitute_numbers', 'step.term_values', 'step.collect_logs', 'step.decimal']
>>> d.steps[1].latex
'0.2 \\\\ln \\\\frac{0.2}{0.3} + 0.5 \\\\ln \\\\frac{0.5}{0.4} + 0.3 \\\\ln \\\\frac{0.3}{0.3}'
>>> d.steps[-1].latex, d.verify().holds
('0.0304788', True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import sympy
from sympy import Add, Float, Integer, Mul, Pow, log, oo

from kldocs.derivations.build import define, instance, over_i, plus
from kldocs.derivations.steps import Bindings, Derivation, Numbers, Step
from kldocs.derivations.symbols import (
    H_P,
    H_PQ,
    JSD_PQ,
    KL_PQ,
    STANDARD,
    LogBase,
    base_expression,
    i,
    in_base,
    m,
    n,
    p,
    q,
    sympy_rational,
    to_latex,
)
from kldocs.errors import InputError
from kldocs.exact import Base
from kldocs.exact.display import rational_latex, rational_text
from kldocs.exact.value import latex_rational
from kldocs.inputs import Distribution
from kldocs.measures import cross_entropy, entropy, jsd, kl
from kldocs.measures.pairs import as_distribution, distribution_pair
from kldocs.measures.quantity import Quantity, Term

#: Above this many categories a line of terms shows the first few, "…" and the last (a longer line does not fit a page).
MAX_SHOWN = 5
#: Terms shown before the "…" when the substitution is shortened.
SHOWN_BEFORE_DOTS = 3
#: Significant digits of the decimal step by default.
DIGITS = 6


@dataclass(frozen=True)
class _Part:
    """``coefficient * log(numerator / denominator)`` for one category (denominator None: ``log(numerator)``)."""

    coefficient: Fraction
    numerator: Fraction
    denominator: Fraction | None


@dataclass(frozen=True)
class _Group:
    """``scale * sum_k parts[k]``: one sum of the measure's formula, category by category."""

    scale: Fraction
    parts: tuple[_Part, ...]


def kl_instance(p_dist: Any, q_dist: Any, base: Any = "e", *, digits: int = DIGITS) -> Derivation:
    """``D_KL(P||Q)`` worked out for these numbers (see the module notes for the steps).

    Parameters
    ----------
    p_dist, q_dist
        Exact distributions of the same length (or what ``parse_distribution`` reads).
    base
        Logarithm base (``"e"``, ``2``, ``10``, a :class:`~kldocs.exact.Base`...).
    digits
        Significant digits of the final decimal.
    """
    P, Q = _exact_pair(p_dist, q_dist)
    parts = tuple(_Part(a, a, b) for a, b in zip(_values(P), _values(Q), strict=True))
    general = over_i(p[i] * _log(p[i] / q[i], Base.parse(base)))
    return _worked(kl(P, Q, base), KL_PQ, general, (_Group(Fraction(1), parts),), "step.kl_definition", digits)


def cross_entropy_instance(p_dist: Any, q_dist: Any, base: Any = "e", *, digits: int = DIGITS) -> Derivation:
    """``H(P, Q) = -sum p log q`` worked out for these numbers."""
    P, Q = _exact_pair(p_dist, q_dist)
    parts = tuple(_Part(a, b, None) for a, b in zip(_values(P), _values(Q), strict=True))
    general = -over_i(p[i] * _log(q[i], Base.parse(base)))
    groups = (_Group(Fraction(-1), parts),)
    return _worked(cross_entropy(P, Q, base), H_PQ, general, groups, "step.cross_entropy_definition", digits)


def entropy_instance(p_dist: Any, base: Any = "e", *, digits: int = DIGITS) -> Derivation:
    """``H(P) = -sum p log p`` worked out for these numbers."""
    P = _exact(as_distribution(p_dist, "P"))
    parts = tuple(_Part(a, a, None) for a in _values(P))
    general = -over_i(p[i] * _log(p[i], Base.parse(base)))
    groups = (_Group(Fraction(-1), parts),)
    return _worked(entropy(P, base), H_P, general, groups, "step.entropy_definition", digits)


def jsd_instance(p_dist: Any, q_dist: Any, base: Any = "e", *, digits: int = DIGITS) -> Derivation:
    """``JSD(P, Q) = 1/2 sum p log(p/m) + 1/2 sum q log(q/m)`` with ``m = (p + q)/2``, for these numbers."""
    P, Q = _exact_pair(p_dist, q_dist)
    log_base = Base.parse(base)
    ps, qs = _values(P), _values(Q)
    ms = tuple((a + b) / 2 for a, b in zip(ps, qs, strict=True))
    half = Fraction(1, 2)
    groups = (
        _Group(half, tuple(_Part(a, a, c) for a, c in zip(ps, ms, strict=True))),
        _Group(half, tuple(_Part(b, b, c) for b, c in zip(qs, ms, strict=True))),
    )
    p_sum = over_i(p[i] * _log(p[i] / m[i], log_base))
    q_sum = over_i(q[i] * _log(q[i] / m[i], log_base))
    general = plus(sympy.Rational(1, 2) * p_sum, sympy.Rational(1, 2) * q_sum)
    latex = (
        rf"\frac{{1}}{{2}} {to_latex(p_sum)} + \frac{{1}}{{2}} {to_latex(q_sum)},"
        r"\quad m_i = \frac{p_i + q_i}{2}"
    )
    return _worked(jsd(P, Q, base), JSD_PQ, general, groups, "step.jsd_mixture_definition", digits, latex)


def decomposition_instance(p_dist: Any, q_dist: Any, base: Any = "e", *, digits: int = DIGITS) -> Derivation:
    """``D_KL(P||Q) = H(P,Q) - H(P)`` with the exact values of both parts, then the difference.

    When ``H(P, Q)`` is infinite the chain ends at ``+infinity`` with the category that causes it.
    """
    P, Q = _exact_pair(p_dist, q_dist)
    log_base = Base.parse(base)
    divergence, cross, own = kl(P, Q, log_base), cross_entropy(P, Q, log_base), entropy(P, log_base)
    numbers = Numbers(_bindings(P, Q, log_base), zero_convention=any(v == 0 for v in _values(P)))
    kl_symbol = in_base(KL_PQ, log_base)
    steps: list[Step] = [
        define(
            plus(in_base(H_PQ, log_base), -in_base(H_P, log_base)),
            "step.kl_is_cross_entropy_minus_entropy",
            latex=f"{cross.symbol()} - {own.symbol()}",
        )
    ]
    assert cross.exact is not None and own.exact is not None and divergence.exact is not None
    if not cross.is_finite:
        steps.append(_infinite_step(P, Q, numbers))
    else:
        difference = Add(cross.exact.to_sympy(), Mul(-1, own.exact.to_sympy(), evaluate=False), evaluate=False)
        steps.append(
            instance(
                difference,
                "step.substitute_values",
                numbers,
                latex=rf"\left({cross.exact.latex()}\right) - \left({own.exact.latex()}\right)",
            )
        )
        steps.append(
            instance(divergence.exact.to_sympy(), "step.collect_logs", numbers, latex=divergence.exact.latex())
        )
        steps.extend(_decimal_step(divergence, numbers, digits))
    return Derivation(
        "decomposition_instance",
        "derivation.decomposition_instance.title",
        tuple(steps),
        kl_symbol,
        divergence.symbol(),
    )


# --- the shared chain ----------------------------------------------------------------------------


def _worked(
    quantity: Quantity,
    symbol: Any,
    general: Any,
    groups: tuple[_Group, ...],
    definition_key: str,
    digits: int,
    definition_latex: str = "",
) -> Derivation:
    base = quantity.base
    lhs = in_base(symbol, base)
    defines: list[tuple[Any, Any]] = [(lhs, general)]
    if symbol == JSD_PQ:
        defines.append((m[i], STANDARD[m[i]]))
    numbers = Numbers(_bindings(quantity.p, quantity.q, base))
    steps: list[Step] = [define(general, definition_key, *defines, latex=definition_latex)]
    steps.append(
        instance(
            _substituted(groups, base, False),
            "step.substitute_numbers",
            numbers,
            latex=_groups_latex(groups, base, False),
        )
    )
    if any(part.coefficient == 0 for group in groups for part in group.parts):
        steps.append(
            instance(
                _substituted(groups, base, True),
                "step.zero_convention",
                Numbers(numbers.bindings, zero_convention=True),
                latex=_groups_latex(groups, base, True),
            )
        )
    if not quantity.is_finite:
        assert quantity.q is not None
        steps.append(_infinite_step(quantity.p, quantity.q, numbers))
    else:
        terms = quantity.terms()
        steps.append(instance(_term_values(terms, base), "step.term_values", numbers, latex=_terms_latex(terms, base)))
        exact = quantity.exact
        assert exact is not None
        if exact.latex() != steps[-1].latex:
            steps.append(instance(exact.to_sympy(), "step.collect_logs", numbers, latex=exact.latex()))
        steps.extend(_decimal_step(quantity, numbers, digits))
    name = f"{quantity.measure}_instance"
    return Derivation(name, f"derivation.{name}.title", tuple(steps), lhs, quantity.symbol())


def _infinite_step(P: Distribution, Q: Distribution, numbers: Numbers) -> Step:
    ps, qs = _values(P), _values(Q)
    k = next(index for index, (a, b) in enumerate(zip(ps, qs, strict=True), start=1) if a > 0 and b == 0)
    note = rf"\quad (i = {k}:\ p_{{{k}}} = {rational_latex(ps[k - 1])} > 0,\ q_{{{k}}} = 0)"
    return instance(
        oo,
        "step.infinite_term",
        Numbers(numbers.bindings, zero_convention=True, infinite_at=k),
        latex=r"+\infty" + note,
        text=f"+oo (i = {k}: p = {rational_text(ps[k - 1])} > 0, q = 0)",
    )


def _decimal_step(quantity: Quantity, numbers: Numbers, digits: int) -> list[Step]:
    exact = quantity.exact
    assert exact is not None
    if exact.rational() is not None:
        return []
    shown = exact.decimal(digits)
    return [
        instance(
            Float(shown, digits),
            "step.decimal",
            Numbers(numbers.bindings, decimal=shown, digits=digits),
            relation="≈",
            latex=shown,
            text=shown,
        )
    ]


# --- building expressions and their LaTeX --------------------------------------------------------


def _log(argument: Any, base: Base) -> Any:
    return log(argument) if base.value is None else LogBase(argument, base_expression(base))


def _number(value: Fraction) -> Any:
    return sympy_rational(value)


def _part_expression(part: _Part, base: Base, zero_convention: bool) -> Any:
    if zero_convention and part.coefficient == 0:
        return Integer(0)
    argument = _number(part.numerator)
    if part.denominator is not None:
        argument = Mul(argument, Pow(_number(part.denominator), -1, evaluate=False), evaluate=False)
    logarithm = log(argument, evaluate=False) if base.value is None else LogBase(argument, base_expression(base))
    return Mul(_number(part.coefficient), logarithm, evaluate=False)


def _substituted(groups: tuple[_Group, ...], base: Base, zero_convention: bool) -> Any:
    sums = []
    for group in groups:
        inner = Add(*(_part_expression(part, base, zero_convention) for part in group.parts), evaluate=False)
        sums.append(inner if group.scale == 1 else Mul(_number(group.scale), inner, evaluate=False))
    return sums[0] if len(sums) == 1 else Add(*sums, evaluate=False)


def _part_latex(part: _Part, base: Base, zero_convention: bool) -> str:
    if zero_convention and part.coefficient == 0:
        return "0"
    argument = rational_latex(part.numerator)
    if part.denominator is not None:
        argument = rf"\frac{{{argument}}}{{{rational_latex(part.denominator)}}}"
    coefficient = "" if part.coefficient == 1 else rational_latex(part.coefficient) + " "
    return coefficient + base.latex_log(argument)


def _shortened(pieces: Sequence[str]) -> list[str]:
    if len(pieces) <= MAX_SHOWN:
        return list(pieces)
    return [*pieces[:SHOWN_BEFORE_DOTS], r"\cdots", pieces[-1]]


def _groups_latex(groups: tuple[_Group, ...], base: Base, zero_convention: bool) -> str:
    texts = []
    for group in groups:
        inner = " + ".join(_shortened([_part_latex(part, base, zero_convention) for part in group.parts]))
        if group.scale == 1:
            texts.append(inner)
        elif group.scale == -1:
            texts.append(rf"-\left({inner}\right)")
        else:
            texts.append(rf"{latex_rational(group.scale)}\left({inner}\right)")
    return " + ".join(texts)


def _term_values(terms: tuple[Term, ...], base: Base) -> Any:
    values = []
    for term in terms:
        pieces = [Mul(_number(c), _log(_number(x), base), evaluate=False) for c, x in term.parts]
        values.append(Integer(0) if not pieces else pieces[0] if len(pieces) == 1 else Add(*pieces, evaluate=False))
    return values[0] if len(values) == 1 else Add(*values, evaluate=False)


def _terms_latex(terms: tuple[Term, ...], base: Base) -> str:
    pieces = _shortened([term.latex(base) for term in terms])
    text = pieces[0]
    for piece in pieces[1:]:
        text += f" - {piece[1:]}" if piece.startswith("-") else f" + {piece}"
    return text


# --- inputs --------------------------------------------------------------------------------------


def _exact(distribution: Distribution) -> Distribution:
    if not distribution.is_exact:
        raise InputError(distribution.name, "worked derivations need exact values, not a float array")
    return distribution


def _exact_pair(first: Any, second: Any) -> tuple[Distribution, Distribution]:
    P, Q = distribution_pair(first, second)
    return _exact(P), _exact(Q)


def _values(distribution: Distribution) -> tuple[Fraction, ...]:
    assert distribution.probabilities is not None
    return distribution.probabilities


def _bindings(P: Distribution, Q: Distribution | None, base: Base) -> Bindings:
    distributions = [(p, _values(P))]
    if Q is not None:
        distributions.append((q, _values(Q)))
    return Bindings(tuple(distributions), ((n, Fraction(len(P))),), base)
