"""Checks of the two calculus steps: a change of variables, and an integral or sum worked out by SymPy.

A *substitution* step rewrites every integral over ``x`` with ``x = c + s u``
(``s`` provably positive: ``dx = s du``, and the bounds move with it), or
shifts a summation index by an integer; what comes out must equal the new
expression by the sound normal form. That is the change-of-variables
theorem for an increasing affine map, nothing more, so it is checked
without integrating anything.

An *evaluation* step states ``integral = value`` (or ``sum = value``) and is
checked by carrying the integral or sum out with SymPy. SymPy sometimes
answers with cases (``1 if p < 2``); a case counts only where its condition
holds for every value of the parameters, read through the derivation's
domain (``p = t/(1 + t)`` with ``t > 0``). A finite sum that SymPy only
evaluates on part of the domain (the binomial theorem for ``t <= 1``) is
also summed backwards (``k -> n - k``), and the two answers count when they
agree and their conditions together cover the domain. Results are kept, so
an integral shared by several derivations (the moments of the standard
normal) is worked out once.

>>> from sympy import Symbol, exp, oo, Integral, Eq, sqrt, pi
>>> u = Symbol("u", real=True)
>>> carried_out(Integral(u**2 * exp(-u**2 / 2) / sqrt(2 * pi), (u, -oo, oo)))
1
"""

from __future__ import annotations

from functools import cache
from typing import Any

import sympy
from sympy import And, Integral, Interval, Not, Or, Piecewise, Sum, binomial, oo
from sympy.core.relational import Relational
from sympy.logic.boolalg import simplify_logic

from kldocs.derivations.context import Context, equal_prepared, provably, sides
from kldocs.derivations.normal_form import is_zero
from kldocs.derivations.printing import to_text
from kldocs.derivations.steps import Change, Step, StepCheck

_INFINITE = (oo, -oo)


def check_substitution(step: Step, context: Context) -> StepCheck:
    """The expression before, with the change of variables carried out, equals the new one."""
    change = step.change
    if step.relation != "=" or change is None:
        return StepCheck(False, "a substitution step states '=' and gives its change of variables")
    before, after = sides(step, context)
    quick = _as_written(before, after, change, context)
    if quick is not None:
        return quick
    prepared = context.prepare(before)
    if prepared.has(change.new):
        return StepCheck(False, f"{to_text(change.new)} is already used before the substitution")
    mapping = context.prepare(sympy.sympify(change.expression))
    slope = sympy.diff(mapping, change.new)
    if slope.has(change.new):
        return StepCheck(False, f"{to_text(change.old)} = {to_text(change.expression)} is not affine in {change.new}")
    offset = sympy.expand(mapping - slope * change.new)
    try:
        changed, count = _changed(prepared, change, slope, offset)
    except ValueError as error:
        return StepCheck(False, str(error))
    if not count:
        return StepCheck(False, f"no integral or sum over {to_text(change.old)} to change")
    found = equal_prepared(changed, context.prepare(after), before, after, integrate=False)
    if not found.holds:
        return found
    return StepCheck(True, f"{to_text(change.old)} = {to_text(change.expression)} in {count} integral(s) or sum(s)")


def _as_written(before: Any, after: Any, change: Change, context: Context) -> StepCheck | None:
    """The step as written, when the change of variables gives exactly the new expression (no definitions opened).

    Sound on its own: equal expressions are equal whatever the named functions mean. None when the
    quick comparison does not settle it (the full check follows).
    """
    written = before.xreplace(dict(context.facts)) if context.facts else before
    if written.has(change.new):
        return None
    mapping = sympy.sympify(change.expression)
    slope = sympy.diff(mapping, change.new)
    if slope.has(change.new) or context.derivation.domain:
        return None
    try:
        changed, count = _changed(written, change, slope, sympy.expand(mapping - slope * change.new))
    except ValueError:
        return None
    if count and changed == after:
        return StepCheck(True, f"{to_text(change.old)} = {to_text(change.expression)}: the expression as written")
    return None


def _changed(expression: Any, change: Change, slope: Any, offset: Any) -> tuple[Any, int]:
    """Every integral or sum over ``change.old`` rewritten in ``change.new``, and how many there were."""
    count = 0

    def rewrite(node: Any) -> Any:
        nonlocal count
        limits = list(node.limits)
        found = [k for k, limit in enumerate(limits) if limit[0] == change.old and len(limit) == 3]
        if not found:
            return node
        (k,) = found
        _, lower, upper = limits[k]
        inner = {limit[0] for limit in limits[:k]}  # SymPy lists the innermost variable first
        if any(limit[1].has(change.old) or limit[2].has(change.old) for limit in limits if limit[0] != change.old):
            raise ValueError(f"another integral's bounds depend on {to_text(change.old)}")
        if (offset.free_symbols | slope.free_symbols) & inner:
            raise ValueError(f"{to_text(change.old)} = {to_text(change.expression)} uses a variable integrated inside")
        body = node.function.xreplace({change.old: offset + slope * change.new})
        if isinstance(node, Integral):
            if not provably(slope, "positive"):
                raise ValueError(f"dx/d{change.new} = {to_text(slope)} is not provably positive")
            count += 1
            limits[k] = (change.new, _moved(lower, offset, slope), _moved(upper, offset, slope))
            return Integral(body * slope, *limits)
        if len(limits) != 1:
            return node
        if slope != 1 or not offset.is_integer:
            raise ValueError(f"a summation index may only be shifted by an integer, not {to_text(offset)}")
        count += 1
        return Sum(body, (change.new, _moved(lower, offset, 1), _moved(upper, offset, 1)))

    result = expression.replace(lambda e: isinstance(e, (Integral, Sum)), rewrite)
    return result, count


def _moved(bound: Any, offset: Any, slope: Any) -> Any:
    """Where a bound of the old variable lies in the new one (an infinite bound stays where it is)."""
    return bound if bound in _INFINITE else sympy.simplify((bound - offset) / slope)


def check_evaluation(step: Step, context: Context) -> StepCheck:
    """``integral = value``: SymPy carries the integral (or sum) out, within the derivation's domain."""
    if not isinstance(step.expression, sympy.Eq):
        return StepCheck(False, "an evaluation step states integral = value")
    left = context.prepare(step.lhs, facts=False)
    if not left.has(Integral, Sum):
        return StepCheck(False, f"{to_text(step.lhs)} has no integral or sum to work out")
    value = carried_out(left)
    if value.has(Piecewise):
        return StepCheck(False, f"SymPy gives {to_text(value)}: a condition is not shown to hold everywhere")
    found = equal_prepared(value, context.prepare(step.rhs), step.lhs, step.rhs)
    if not found.holds:
        return found
    return StepCheck(True, f"SymPy gives {to_text(value)}")


@cache
def carried_out(expression: Any) -> Any:
    """Every integral and sum in ``expression`` worked out, cases kept only where they always hold."""
    return expression.replace(lambda e: isinstance(e, (Integral, Sum)), _worked_out)


def _worked_out(node: Any) -> Any:
    if isinstance(node, Integral) or len(node.limits) != 1:
        return _resolved(node.doit())
    index, lower, upper = node.limits[0]
    finite = upper not in _INFINITE and lower not in _INFINITE
    value = _resolved(_summed(node.function, node.limits[0], finite))
    if not value.has(Piecewise) or not finite:
        return value
    backwards = node.function.xreplace({index: lower + upper - index})
    backwards = backwards.replace(lambda e: isinstance(e, binomial), _symmetric_binomial)
    backwards = _resolved(_summed(backwards, node.limits[0], finite))
    joined = _joined(value, backwards)
    return value if joined is None else joined


def _summed(body: Any, limits: tuple[Any, Any, Any], finite: bool) -> Any:
    """SymPy's value of the sum of ``body`` over ``limits``; a finite sum term by term (linearity).

    A finite sum of several terms is the sum of their sums; splitting it first spares SymPy's
    summation its search for a telescoping pair, much the slowest thing it tries.
    """
    joined = _powers_joined(body)
    terms = sympy.Add.make_args(sympy.expand(joined)) if finite else (joined,)
    return sympy.Add(*(Sum(term, limits).doit() for term in terms))


def _powers_joined(body: Any) -> Any:
    """``(t/(1+t))^k (1/(1+t))^(n-k)`` as ``t^k (1+t)^(-n)``: powers of positive factors split and joined."""
    bases_cancelled = body.replace(lambda e: e.is_Pow, lambda e: sympy.Pow(sympy.cancel(e.base), e.exp))
    return sympy.powsimp(sympy.expand_power_base(bases_cancelled))


def _symmetric_binomial(coefficient: binomial) -> binomial:
    """``C(n, n - k)`` as ``C(n, k)`` (symmetry), the form SymPy's summation recognises."""
    top, bottom = coefficient.args
    other = sympy.expand(top - bottom)
    return binomial(top, other) if sympy.count_ops(other) < sympy.count_ops(bottom) else coefficient


def _resolved(value: Any) -> Any:
    """Each case analysis reduced to its first case whose condition always holds (or left as it is).

    A case that is the integral or sum itself, unevaluated ("otherwise"), is no answer.
    """

    def first_certain(piecewise: Piecewise) -> Any:
        for expression, condition in piecewise.args:
            if always(condition):
                return piecewise if expression.has(Integral, Sum) else expression
        return piecewise

    return value.replace(lambda e: isinstance(e, Piecewise), first_certain)


def _joined(first: Any, second: Any) -> Any | None:
    """One value from two case analyses of the same sum whose first cases agree and together always hold.

    Each answer equals the sum where all its first cases' conditions hold; when the two
    values are the same expression and one of the two sets of conditions always holds, the
    sum has that value everywhere.
    """
    (a, c), (b, d) = _first_cases(first), _first_cases(second)
    if a.has(Sum, Piecewise) or b.has(Sum, Piecewise) or not is_zero(a - b):
        return None
    return a if always(Or(c, d)) else None


def _first_cases(value: Any) -> tuple[Any, Any]:
    """``value`` with every case analysis replaced by its first case, and the conjunction of their conditions."""
    conditions = [piecewise.args[0].cond for piecewise in value.atoms(Piecewise)]
    first = value.replace(lambda e: isinstance(e, Piecewise), lambda e: e.args[0].expr)
    return first, And(*conditions)


def always(condition: Any) -> bool:
    """True when ``condition`` holds for every value of its symbols (as SymPy's assumptions describe them).

    >>> from sympy import Symbol
    >>> t = Symbol("t", positive=True)
    >>> always(t / (1 + t) < 2), always(t <= 1), always((t <= 1) | (t > 1))
    (True, False, True)
    """
    return _always(_complements_named(sympy.sympify(condition)))


@cache
def _always(condition: Any) -> bool:
    """:func:`always` once complements are named; kept, as sums over the same range meet the same conditions."""
    if condition is sympy.true:
        return True
    if condition is sympy.false:
        return False
    if isinstance(condition, And):
        return all(always(part) for part in condition.args)
    if isinstance(condition, Or) and any(always(part) for part in condition.args):
        return True
    if isinstance(condition, Relational) and _relation_holds(condition):
        return True
    return _covers_range(condition)


def _relation_holds(relation: Relational) -> bool:
    """``a < b`` (or ``<=``, ``>``, ``>=``) shown by the sign of ``b - a``."""
    op = relation.rel_op
    if op in ("<", "<="):
        gap = relation.rhs - relation.lhs
    elif op in (">", ">="):
        gap = relation.lhs - relation.rhs
    else:
        return False
    return provably(gap, "positive" if op in ("<", ">") else "nonnegative")


def _covers_range(condition: Any) -> bool:
    """A condition on one symbol that holds on the whole range its assumptions give it."""
    symbols = condition.free_symbols
    if len(symbols) != 1:
        return False
    (symbol,) = symbols
    if symbol.is_positive:
        domain = Interval.open(0, oo)
    elif symbol.is_real:
        domain = Interval(-oo, oo)
    else:
        return False
    try:
        return bool(domain.is_subset(condition.as_set()))
    except (NotImplementedError, TypeError, ValueError):
        return False


def _complements_named(condition: Any) -> Any:
    """``n > 1`` written as ``not (n <= 1)`` when both appear, then simplified as logic."""
    if not isinstance(condition, (And, Or, Not)):
        return condition
    atoms = sorted(condition.atoms(Relational), key=sympy.default_sort_key)
    replacements: dict[Any, Any] = {}
    for atom in atoms:
        if atom in replacements:
            continue
        negated = atom.negated
        if negated in atoms and negated not in replacements:
            replacements[negated] = Not(atom)
    if not replacements:
        return condition
    return simplify_logic(condition.xreplace(replacements))
