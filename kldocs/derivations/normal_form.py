"""A sound normal form for sums, so that equal sides are recognised without sampling.

An expression becomes ``{key: summand}``: the key lists the sums (and
integrals) the summand sits under, as ``(kind, lower, upper)`` with the
bound variables renamed to canonical ones; the empty key holds the part
outside every sum. Getting there uses only rewrites that are valid for
finite sums of any values:

- expand products over sums and ``log`` of products and quotients (the
  probabilities are positive symbols, so this is always allowed);
- split a sum of terms into a sum per term (linearity) and move a factor
  that does not depend on the index inside;
- a product of sums over different indices becomes one double sum;
- a term that does not depend on a summation index is multiplied by the
  number of terms (``hi - lo + 1``) and leaves that sum;
- independent sums are put in a fixed order, and the summand is averaged
  over swaps of indices that range over the same set (Fubini).

Two expressions are equal when, key by key, the summands' difference
simplifies to zero. That is sound (equal summands give equal sums); it is
not complete, so a true step may fail and must then be split up, but a
false step never passes.

A constraint step may also replace ``c * p[i]`` summed over ``p``'s support
(``c`` free of ``i``) by ``c``: that is exactly ``sum_i p_i = 1``.

>>> from kldocs.derivations.symbols import STANDARD, KL_PQ, H_PQ, H_P
>>> left = STANDARD[KL_PQ]
>>> right = STANDARD[H_PQ] - STANDARD[H_P]
>>> differences(normal_form(left), normal_form(right))
[]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sympy
from sympy import Add, Dummy, Indexed, Integral, Mul, Sum, Symbol

SumKind = str  # "sum" or "integral"
Key = tuple[tuple[SumKind, Any, Any], ...]
Form = dict[Key, Any]
Normalised = Mapping[Any, tuple[Any, Any]]

#: Groups of interchangeable indices larger than this are not symmetrised.
MAX_SYMMETRISED = 4
_SUM_NAMES = [Symbol(f"i{index}", integer=True) for index in range(8)]
_INTEGRAL_NAMES = [Symbol(f"x{index}", real=True) for index in range(8)]


@dataclass(frozen=True)
class _Item:
    """One term under some sums: ``limits`` outermost first, each ``(kind, var, lo, hi)``."""

    limits: tuple[tuple[SumKind, Any, Any, Any], ...]
    term: Any


def normal_form(expression: Any, normalised: Normalised | None = None) -> Form:
    """``{key: summand}`` for ``expression`` (see the module notes).

    Parameters
    ----------
    expression
        A SymPy expression; sums and integrals anywhere in a product are handled.
    normalised
        Distributions that may be summed to 1, each with its index range
        (only for constraint steps).
    """
    collected: dict[Key, list[Any]] = {}
    for item in _items(expression):
        for term in Add.make_args(_expand(item.term)):
            key, summand = _canonical(item.limits, term, normalised or {})
            collected.setdefault(key, []).append(summand)
    form = {key: Add(*summands) for key, summands in collected.items()}  # one sum per key: adding one by one is slow
    return {key: value for key, value in form.items() if value != 0}


def differences(first: Form, second: Form) -> list[tuple[Key, Any]]:
    """The keys where the two forms differ, with ``first - second`` there (empty when equal)."""
    found = []
    for key in sorted(set(first) | set(second), key=str):
        difference = first.get(key, 0) - second.get(key, 0)
        if not is_zero(difference):
            found.append((key, difference))
    return found


def same(first: Form, second: Form) -> bool:
    """True when two forms agree key by key once multiplied out: a quick test that never simplifies.

    >>> from sympy import Symbol, log
    >>> a = Symbol("a", positive=True)
    >>> same(normal_form(log(a**2)), normal_form(2 * log(a))), same(normal_form(a), normal_form(2 * a))
    (True, False)
    """
    return first.keys() == second.keys() and all(sympy.expand(first[key] - second[key]) == 0 for key in first)


def is_zero(expression: Any) -> bool:
    """True when SymPy shows ``expression`` is 0 (logs expanded, then simplified)."""
    if expression == 0:
        return True
    expanded = sympy.expand(sympy.expand_log(expression))
    if expanded == 0:
        return True
    return bool(sympy.simplify(expanded) == 0)


def to_expression(form: Form) -> Any:
    """The form back as one SymPy expression (canonical index names), for messages."""
    total = sympy.Integer(0)
    for key, summand in form.items():
        total += _wrap(key, summand)
    return total


def _wrap(key: Key, summand: Any) -> Any:
    counters = {"sum": 0, "integral": 0}
    limits = []
    for kind, lower, upper in key:
        names = _SUM_NAMES if kind == "sum" else _INTEGRAL_NAMES
        limits.append((kind, names[counters[kind]], lower, upper))
        counters[kind] += 1
    for kind, variable, lower, upper in reversed(limits):
        summand = (Sum if kind == "sum" else Integral)(summand, (variable, lower, upper))
    return summand


def _expand(expression: Any) -> Any:
    return sympy.expand(sympy.expand_log(sympy.expand(expression)))


def _items(expression: Any) -> list[_Item]:
    """Split into terms, each a product of an outer factor and zero or more sums."""
    result: list[_Item] = []
    for term in Add.make_args(_expand(expression)):
        outer, bodies = [], []
        for factor in Mul.make_args(term):
            base, exponent = factor.as_base_exp()
            if isinstance(base, (Sum, Integral)) and exponent.is_Integer and exponent > 0:
                bodies.extend([base] * int(exponent))
            else:
                outer.append(factor)
        partial = [_Item((), Mul(*outer))]
        for body in bodies:
            inner = _sum_items(body)
            partial = [_Item(a.limits + b.limits, a.term * b.term) for a in partial for b in inner]
        result.extend(partial)
    return result


def _sum_items(body: Sum | Integral) -> list[_Item]:
    """A sum's terms with its bound variables renamed apart (fresh dummies)."""
    kind: SumKind = "sum" if isinstance(body, Sum) else "integral"
    renames: dict[Any, Any] = {}
    limits = []
    for variable, lower, upper in reversed(body.limits):  # SymPy lists the innermost first
        fresh = Dummy(variable.name, integer=True) if kind == "sum" else Dummy(variable.name, real=True)
        limits.append((kind, fresh, lower.xreplace(renames), upper.xreplace(renames)))
        renames[variable] = fresh
    inner = body.function.xreplace(renames)
    return [_Item(tuple(limits) + item.limits, item.term) for item in _items(inner)]


def _canonical(limits: Iterable[tuple[SumKind, Any, Any, Any]], term: Any, normalised: Normalised) -> tuple[Key, Any]:
    """Drop sums the term does not need, order and rename the rest, symmetrise."""
    kept = list(limits)
    changed = True
    while changed:
        changed = False
        for position, (kind, variable, lower, upper) in enumerate(kept):
            others = kept[:position] + kept[position + 1 :]
            if any(variable in lo.free_symbols | hi.free_symbols for _, _, lo, hi in others):
                continue
            if kind == "sum" and variable not in term.free_symbols:
                term = term * (upper - lower + 1)
            elif kind == "sum" and _is_normalised_factor(term, variable, lower, upper, normalised):
                term = term.as_independent(variable, as_Add=False)[0]
            else:
                continue
            del kept[position]
            changed = True
            break
    variables = {variable for _, variable, _, _ in kept}
    dependent = any((lo.free_symbols | hi.free_symbols) & variables for _, _, lo, hi in kept)
    if not dependent:
        kept.sort(key=lambda limit: (limit[0], sympy.sstr(limit[2]), sympy.sstr(limit[3])))
    renames: dict[Any, Any] = {}
    counters = {"sum": 0, "integral": 0}
    for kind, variable, _, _ in kept:
        names = _SUM_NAMES if kind == "sum" else _INTEGRAL_NAMES
        renames[variable] = names[counters[kind]]
        counters[kind] += 1
    key: Key = tuple((kind, lo.xreplace(renames), hi.xreplace(renames)) for kind, _, lo, hi in kept)
    summand = term.xreplace(renames)
    if not dependent:
        summand = _symmetrise(key, summand, [renames[variable] for _, variable, _, _ in kept])
    return key, summand


def _is_normalised_factor(term: Any, variable: Any, lower: Any, upper: Any, normalised: Normalised) -> bool:
    """True when ``term`` is ``c * d[variable]`` for a distribution ``d`` normalised over this range."""
    dependent = term.as_independent(variable, as_Add=False)[1]
    return (
        isinstance(dependent, Indexed)
        and dependent.base in normalised
        and dependent.indices == (variable,)
        and tuple(sympy.sympify(bound) for bound in normalised[dependent.base]) == (lower, upper)
    )


def _symmetrise(key: Key, summand: Any, names: list[Any]) -> Any:
    """Average ``summand`` over swaps of indices that run over the same range."""
    groups: dict[tuple[SumKind, Any, Any], list[Any]] = {}
    for limit, name in zip(key, names, strict=True):
        groups.setdefault(limit, []).append(name)
    for group in groups.values():
        if len(group) < 2 or len(group) > MAX_SYMMETRISED:
            continue
        images = [summand.xreplace(dict(zip(group, order, strict=True))) for order in itertools.permutations(group)]
        summand = sympy.expand(Add(*images) / len(images))
    return summand
