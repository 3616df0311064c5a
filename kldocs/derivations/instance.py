"""Worked instances for the user's P and Q: every number substituted and checked exactly.

Each function returns a :class:`~kldocs.derivations.steps.Derivation` that
holds for these numbers (its scope), with the steps, in order: the
definition (general ``n``); the substitution with the actual numbers term
by term (shown as the user wrote them: ``0.2`` rather than ``1/5`` where
the decimal is short); a step of its own for the convention ``0 log 0 = 0``
when some weight is 0; a final ``+infinity`` step naming the category when
the value is infinite; otherwise each term's exact value, the exact sum in
canonical form, and its decimal. Every step is checked by evaluating both
sides with the exact core, and every line shown is printed from the
expression that was checked.

>>> from kldocs import parse_distribution
>>> from kldocs.derivations.verify import verify
>>> P = parse_distribution("0.2 0.5 0.3")
>>> Q = parse_distribution("0.3 0.4 0.3", name="Q")
>>> d = kl_instance(P, Q)
>>> [step.justification for step in d.steps]  # doctest: +NORMALIZE_WHITESPACE
['step.kl_definition', 'step.substitute_numbers', 'step.term_values', 'step.collect_logs', 'step.decimal']
>>> d.steps[1].latex
'0.2 \\\\ln \\\\frac{0.2}{0.3} + 0.5 \\\\ln \\\\frac{0.5}{0.4} + 0.3 \\\\ln \\\\frac{0.3}{0.3}'
>>> d.steps[-1].latex, verify(d).holds
('0.0304788', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import sympy
from sympy import Add, Float, Integer, Mul, Pow, log, oo

from kldocs.derivations.bindings import Bindings
from kldocs.derivations.build import define, instance, over_i, plus
from kldocs.derivations.log_base import LogBase
from kldocs.derivations.steps import Derivation, Numbers, Scope, Step
from kldocs.derivations.symbols import (
    H_P,
    H_PQ,
    JSD_PQ,
    KL_PQ,
    STANDARD,
    base_expression,
    i,
    in_base,
    m,
    n,
    p,
    q,
    sympy_rational,
)
from kldocs.errors import InputError
from kldocs.exact import Base, BaseLike, ExactValue
from kldocs.exact.display import rational_text
from kldocs.exact.logsum import PI
from kldocs.inputs import Distribution, DistributionLike
from kldocs.measures import cross_entropy, entropy, jsd, kl
from kldocs.measures.pairs import as_distribution, distribution_pair
from kldocs.measures.quantity import Quantity, Term

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


def kl_instance(
    p_dist: DistributionLike, q_dist: DistributionLike, base: BaseLike = "e", *, digits: int = DIGITS
) -> Derivation:
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


def cross_entropy_instance(
    p_dist: DistributionLike, q_dist: DistributionLike, base: BaseLike = "e", *, digits: int = DIGITS
) -> Derivation:
    """``H(P, Q) = -sum p log q`` worked out for these numbers."""
    P, Q = _exact_pair(p_dist, q_dist)
    parts = tuple(_Part(a, b, None) for a, b in zip(_values(P), _values(Q), strict=True))
    general = -over_i(p[i] * _log(q[i], Base.parse(base)))
    groups = (_Group(Fraction(-1), parts),)
    return _worked(cross_entropy(P, Q, base), H_PQ, general, groups, "step.cross_entropy_definition", digits)


def entropy_instance(p_dist: DistributionLike, base: BaseLike = "e", *, digits: int = DIGITS) -> Derivation:
    """``H(P) = -sum p log p`` worked out for these numbers."""
    P = _exact(as_distribution(p_dist, "P"))
    parts = tuple(_Part(a, a, None) for a in _values(P))
    general = -over_i(p[i] * _log(p[i], Base.parse(base)))
    groups = (_Group(Fraction(-1), parts),)
    return _worked(entropy(P, base), H_P, general, groups, "step.entropy_definition", digits)


def jsd_instance(
    p_dist: DistributionLike, q_dist: DistributionLike, base: BaseLike = "e", *, digits: int = DIGITS
) -> Derivation:
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
    general = plus(sympy_rational(half) * p_sum, sympy_rational(half) * q_sum)
    return _worked(jsd(P, Q, base), JSD_PQ, general, groups, "step.jsd_mixture_definition", digits)


def decomposition_instance(
    p_dist: DistributionLike, q_dist: DistributionLike, base: BaseLike = "e", *, digits: int = DIGITS
) -> Derivation:
    """``D_KL(P||Q) = H(P,Q) - H(P)`` with the exact values of both parts, then the difference.

    When ``H(P, Q)`` is infinite the chain ends at ``+infinity`` with the category that causes it.
    """
    P, Q = _exact_pair(p_dist, q_dist)
    log_base = Base.parse(base)
    divergence, cross, own = kl(P, Q, log_base), cross_entropy(P, Q, log_base), entropy(P, log_base)
    names = (P.name, Q.name)
    numbers = Numbers(_bindings(P, Q, log_base), zero_convention=any(v == 0 for v in _values(P)))
    steps: list[Step] = [
        define(
            plus(in_base(H_PQ, log_base, names), -in_base(H_P, log_base, names)),
            "step.kl_is_cross_entropy_minus_entropy",
        )
    ]
    assert cross.exact is not None and own.exact is not None and divergence.exact is not None
    if not cross.is_finite:
        steps.append(_infinite_step(P, Q, numbers))
    else:
        difference = Add(
            exact_expression(cross.exact), Mul(-1, exact_expression(own.exact), evaluate=False), evaluate=False
        )
        # The "values" style shortens a long sum (first terms, dots, last) as the worked chains do.
        steps.append(instance(difference, "step.substitute_values", numbers, style="values"))
        steps.append(instance(exact_expression(divergence.exact), "step.collect_logs", numbers, style="values"))
        steps.extend(_decimal_step(divergence, numbers, digits))
    return Derivation(
        "decomposition_instance",
        "derivation.decomposition_instance.title",
        tuple(steps),
        in_base(KL_PQ, log_base, names),
        Scope(numbers=numbers.bindings),
    )


def exact_expression(value: ExactValue) -> Any:
    """An exact value as a SymPy expression in the order it prints, logarithms in its own bases (``log_b``).

    >>> from kldocs.exact import LogSum
    >>> from kldocs.derivations.printing import to_latex
    >>> to_latex(exact_expression(ExactValue.from_logs(LogSum.log(12), Base.parse("2"))))
    '2 + \\\\log_{2} 3'
    """
    if not value.is_finite:
        return oo if value.infinite > 0 else -oo
    terms = []
    for c, atom, base in value.display_terms():
        coefficient = sympy_rational(c)
        if atom is None:
            terms.append(coefficient)
            continue
        argument = sympy.pi if atom == PI else Integer(atom)
        terms.append(Mul(coefficient, _log(argument, base), evaluate=False))
    if not terms:
        return Integer(0)
    return terms[0] if len(terms) == 1 else Add(*terms, evaluate=False)


# --- the shared chain ----------------------------------------------------------------------------


def _worked(
    quantity: Quantity, symbol: Any, general: Any, groups: tuple[_Group, ...], definition_key: str, digits: int
) -> Derivation:
    base = quantity.base
    names = (quantity.p.name, quantity.q.name if quantity.q is not None else "Q")
    lhs = in_base(symbol, base, names)
    defines: list[tuple[Any, Any]] = [(lhs, general)]
    if symbol == JSD_PQ:
        defines.append((m[i], STANDARD[m[i]]))
    numbers = Numbers(_bindings(quantity.p, quantity.q, base))
    steps: list[Step] = [define(general, definition_key, *defines)]
    steps.append(instance(_substituted(groups, base, False), "step.substitute_numbers", numbers, style="numbers"))
    if any(part.coefficient == 0 for group in groups for part in group.parts):
        zero = Numbers(numbers.bindings, zero_convention=True)
        steps.append(instance(_substituted(groups, base, True), "step.zero_convention", zero, style="numbers"))
    if not quantity.is_finite:
        assert quantity.q is not None
        steps.append(_infinite_step(quantity.p, quantity.q, numbers))
    else:
        values = _term_values(quantity.terms(), base)
        steps.append(instance(values, "step.term_values", numbers, style="values"))
        exact = quantity.exact
        assert exact is not None
        collect = instance(exact_expression(exact), "step.collect_logs", numbers, style="values")
        if collect.latex != steps[-1].latex:
            steps.append(collect)
        steps.extend(_decimal_step(quantity, numbers, digits))
    name = f"{quantity.measure}_instance"
    return Derivation(name, f"derivation.{name}.title", tuple(steps), lhs, Scope(numbers=numbers.bindings))


def _infinite_step(P: Distribution, Q: Distribution, numbers: Numbers) -> Step:
    ps, qs = _values(P), _values(Q)
    k = next(index for index, (a, b) in enumerate(zip(ps, qs, strict=True), start=1) if a > 0 and b == 0)
    return instance(
        oo,
        "step.infinite_term",
        Numbers(numbers.bindings, zero_convention=True, infinite_at=k),
        fields=(("k", str(k)), ("p", rational_text(ps[k - 1]))),
    )


def _decimal_step(quantity: Quantity, numbers: Numbers, digits: int) -> list[Step]:
    exact = quantity.exact
    assert exact is not None
    if exact.rational_value() is not None:
        return []
    shown = exact.decimal(digits)
    return [
        instance(
            Float(shown, digits),
            "step.decimal",
            Numbers(numbers.bindings, decimal=shown, digits=digits),
            relation="≈",
        )
    ]


# --- building expressions ------------------------------------------------------------------------


def _log(argument: Any, base: Base) -> Any:
    return log(argument, evaluate=False) if base.value is None else LogBase(argument, base_expression(base))


def _part_expression(part: _Part, base: Base, zero_convention: bool) -> Any:
    if zero_convention and part.coefficient == 0:
        return Integer(0)
    argument = sympy_rational(part.numerator)
    if part.denominator is not None:
        argument = Mul(argument, Pow(sympy_rational(part.denominator), -1, evaluate=False), evaluate=False)
    return Mul(sympy_rational(part.coefficient), _log(argument, base), evaluate=False)


def _substituted(groups: tuple[_Group, ...], base: Base, zero_convention: bool) -> Any:
    sums = []
    for group in groups:
        inner = Add(*(_part_expression(part, base, zero_convention) for part in group.parts), evaluate=False)
        sums.append(inner if group.scale == 1 else Mul(sympy_rational(group.scale), inner, evaluate=False))
    return sums[0] if len(sums) == 1 else Add(*sums, evaluate=False)


def _term_values(terms: tuple[Term, ...], base: Base) -> Any:
    values = []
    for term in terms:
        pieces = [
            Mul(sympy_rational(c), _log(sympy_rational(x), base), evaluate=False) for c, x in term.parts if x != 1
        ]
        values.append(Integer(0) if not pieces else pieces[0] if len(pieces) == 1 else Add(*pieces, evaluate=False))
    return values[0] if len(values) == 1 else Add(*values, evaluate=False)


# --- inputs --------------------------------------------------------------------------------------


def _exact(distribution: Distribution) -> Distribution:
    if not distribution.is_exact:
        raise InputError(distribution.name, "worked derivations need exact values, not a float array")
    return distribution


def _exact_pair(first: DistributionLike, second: DistributionLike) -> tuple[Distribution, Distribution]:
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
