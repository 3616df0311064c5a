"""The named rules a conclusion step may use. Each is checked, never assumed.

``chain``
    ``start R end`` where the cited step ends a chain that began at
    ``start``; ``R`` is what the chain's relations compose to (``=`` and
    ``<=`` give ``<=``; ``<=`` and ``>=`` give nothing).
``sign_from_assumptions``
    ``A > 0`` (or ``>=``, ``<``, ``<=`` against any ``B``) because SymPy's
    assumptions on the symbols decide the sign of ``A - B``.
``convex_minimum``
    ``f(x) >= v`` for every ``x > 0`` from ``f(c) = v``, ``f'(c) = 0`` and
    ``f''(x) > 0`` for every ``x > 0`` (cited in that order): ``f'`` is
    increasing on an interval and vanishes at ``c``, so ``c`` is the unique
    minimum.
``rearrange``
    The cited (in)equality with terms moved across: same relation after
    bringing everything to one side.
``equality_condition``
    ``start = end  iff  a = b`` (for every index) when the cited step ends a
    chain whose only inequalities are lemma steps with strictly positive
    weights, each lemma being tight exactly where ``a = b``.
``argmin_shift``
    ``argmin_Q A = argmin_Q B`` because ``A - B`` does not depend on the
    variable (``step.variable``) at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy
from sympy import Derivative, Equivalent, Ge, Gt, Subs
from sympy.core.function import AppliedUndef
from sympy.core.relational import Relational

from kldocs.derivations.context import Context, chain_segment, provably
from kldocs.derivations.lemmas import LEMMAS
from kldocs.derivations.normal_form import normal_form
from kldocs.derivations.printing import to_text
from kldocs.derivations.steps import Step, StepCheck
from kldocs.derivations.symbols import ForAll, argmin_q

_COMPOSE = {
    ("=", "="): "=",
    ("=", "<="): "<=",
    ("=", "<"): "<",
    ("<=", "<="): "<=",
    ("<=", "<"): "<",
    ("<", "<"): "<",
    ("=", ">="): ">=",
    ("=", ">"): ">",
    (">=", ">="): ">=",
    (">=", ">"): ">",
    (">", ">"): ">",
}
_IMPLIES = {
    "=": {"=", "<=", ">="},
    "<": {"<", "<=", "!="},
    ">": {">", ">=", "!="},
    "<=": {"<="},
    ">=": {">="},
}


def compose(relations: list[str]) -> str | None:
    """What a chain of relations gives overall, or None (``<=`` then ``>=`` gives nothing)."""
    total = "="
    for relation in relations:
        pair = (total, relation) if (total, relation) in _COMPOSE else (relation, total)
        if pair not in _COMPOSE:
            return None
        total = _COMPOSE[pair]
    return total


def _first_failed(numbers: list[int], context: Context) -> StepCheck | None:
    for number in numbers:
        if not context.checks[number - 1].holds:
            return StepCheck(False, f"the chain's step {number} does not hold")
    return None


def _same(a: Any, b: Any, context: Context) -> bool:
    return bool(a == b) or context.equal(a, b).holds


def rule_chain(step: Step, context: Context) -> StepCheck:
    if len(step.cites) != 1 or not isinstance(step.expression, Relational):
        return StepCheck(False, "the chain rule cites the last step of a chain and states start R end")
    (end,) = step.cites
    start, numbers = chain_segment(context, end)
    if (broken := _first_failed(numbers, context)) is not None:
        return broken
    total = compose([context.step(number).relation for number in numbers])
    if total is None or step.relation not in _IMPLIES.get(total, set()):
        return StepCheck(False, f"steps {numbers[0]}-{end} give {total!r} overall, not {step.relation!r}")
    last = context.step(end).rhs
    if start is None or not _same(step.lhs, start, context) or not _same(step.rhs, last, context):
        return StepCheck(
            False,
            f"the chain runs from {to_text(start)} to {to_text(last)}, "
            f"not from {to_text(step.lhs)} to {to_text(step.rhs)}",
        )
    return StepCheck(True, f"steps {numbers[0]}-{end} give {to_text(start)} {total} {to_text(last)}")


def rule_sign(step: Step, context: Context) -> StepCheck:
    if not isinstance(step.expression, Relational) or step.relation in ("=", "!="):
        return StepCheck(False, "the sign rule states A > B, A >= B, A < B or A <= B")
    difference = context.prepare(step.lhs - step.rhs)
    wanted = {">": "positive", ">=": "nonnegative", "<": "positive", "<=": "nonnegative"}[step.relation]
    if step.relation in ("<", "<="):
        difference = -difference
    if provably(difference, wanted):
        return StepCheck(True, f"{to_text(difference)} is {wanted} for every value the symbols may take")
    return StepCheck(
        False, f"left: {to_text(step.lhs)}; right: {to_text(step.rhs)}; the sign of the difference is not certain"
    )


def rule_convex_minimum(step: Step, context: Context) -> StepCheck:
    expression = step.expression
    if not isinstance(expression, Ge) or not isinstance(expression.lhs, AppliedUndef) or len(step.cites) != 3:
        return StepCheck(False, "states f(x) >= v and cites f(c) = v, f'(c) = 0 and f''(x) > 0")
    f, (variable,) = expression.lhs.func, expression.lhs.args
    if not (variable.is_Symbol and variable.is_positive):
        return StepCheck(False, f"{variable} must be a variable ranging over x > 0")
    value, slope, curvature = (context.step(number).expression for number in step.cites)
    point = value.lhs.args[0] if isinstance(value, sympy.Eq) and isinstance(value.lhs, AppliedUndef) else None
    if point is None or value.lhs.func != f or value.rhs != expression.rhs:
        return StepCheck(False, f"step {step.cites[0]} must state f(c) = {to_text(expression.rhs)}")
    if not point.is_positive:
        return StepCheck(False, f"the point {point} is not in x > 0")
    if slope != sympy.Eq(Subs(Derivative(f(variable), variable), variable, point), 0):
        return StepCheck(False, f"step {step.cites[1]} must state f'({point}) = 0")
    if curvature != Gt(Derivative(f(variable), (variable, 2)), 0):
        return StepCheck(False, f"step {step.cites[2]} must state f''(x) > 0 for every x > 0")
    return StepCheck(
        True, f"f' increases on x > 0 and vanishes at {point}: minimum {to_text(expression.rhs)} there only"
    )


def _one_side(relation: str, lhs: Any, rhs: Any) -> tuple[str, Any]:
    """``(R, X)`` with the statement equivalent to ``X R 0``, R one of ``=``, ``>=``, ``>``."""
    if relation in ("<=", "<"):
        return relation.replace("<", ">"), rhs - lhs
    return relation, lhs - rhs


def rule_rearrange(step: Step, context: Context) -> StepCheck:
    if len(step.cites) != 1 or not isinstance(step.expression, Relational):
        return StepCheck(False, "rearranging cites one (in)equality and states another")
    cited = context.step(step.cites[0]).expression
    if not isinstance(cited, Relational):
        return StepCheck(False, f"step {step.cites[0]} is not an (in)equality")
    relation, moved = _one_side(step.relation, step.lhs, step.rhs)
    source_relation = context.step(step.cites[0]).relation
    original_relation, original = _one_side(source_relation, cited.lhs, cited.rhs)
    if relation != original_relation:
        return StepCheck(False, f"step {step.cites[0]} states {original_relation!r}, this states {relation!r}")
    if context.equal(moved, original).holds or (relation == "=" and context.equal(moved, -original).holds):
        return StepCheck(True, f"step {step.cites[0]} with terms moved across")
    return StepCheck(False, f"left: {to_text(cited)}; right: {to_text(step.expression)}; not the same statement")


def rule_equality_condition(step: Step, context: Context) -> StepCheck:
    statement = step.expression
    if not isinstance(statement, Equivalent) or len(statement.args) != 2 or len(step.cites) != 1:
        return StepCheck(False, "states (start = end) iff (a = b) and cites the end of the chain")
    (end,) = step.cites
    start, numbers = chain_segment(context, end)
    if (broken := _first_failed(numbers, context)) is not None:
        return broken
    last = context.step(end).rhs
    value_first = [arg for arg in statement.args if isinstance(arg, sympy.Eq) and {arg.lhs, arg.rhs} == {start, last}]
    if not value_first:
        return StepCheck(False, f"one side must be {to_text(start)} = {to_text(last)}")
    (condition,) = [arg for arg in statement.args if arg is not value_first[0]]
    if isinstance(condition, ForAll):  # "p_i = q_i for every i" is what the lemmas' tightness gives
        condition = condition.args[0]
    if not isinstance(condition, sympy.Eq):
        return StepCheck(False, "the condition must be an equation a = b (for every index)")
    lemma_steps = [context.step(number) for number in numbers if context.step(number).relation != "="]
    if not lemma_steps or any(s.kind != "lemma" for s in lemma_steps):
        return StepCheck(False, "every inequality in the chain must be a lemma step")
    for s in lemma_steps:
        assert s.lemma is not None
        lemma = LEMMAS[s.lemma.name]
        if lemma.equality_at is None:
            return StepCheck(False, f"lemma {lemma.name} has no single point of equality")
        if not provably(context.prepare(sympy.sympify(s.lemma.weight), facts=False), "positive"):
            return StepCheck(False, f"weight {to_text(s.lemma.weight)} is not strictly positive")
        ratio = sympy.simplify((s.lemma.argument - lemma.equality_at) / (condition.lhs - condition.rhs))
        if not (ratio.is_positive or ratio.is_negative):
            return StepCheck(
                False, f"{to_text(s.lemma.argument)} = {lemma.equality_at} is not the same as {to_text(condition)}"
            )
    return StepCheck(True, f"every lemma used is tight exactly where {to_text(condition)}")


def rule_argmin_shift(step: Step, context: Context) -> StepCheck:
    statement = step.expression
    if not (
        isinstance(statement, sympy.Eq)
        and isinstance(statement.lhs, AppliedUndef)
        and statement.lhs.func == argmin_q
        and isinstance(statement.rhs, AppliedUndef)
        and statement.rhs.func == argmin_q
        and step.variable is not None
    ):
        return StepCheck(False, "states argmin_Q A = argmin_Q B and names the variable")
    (a,), (b,) = statement.lhs.args, statement.rhs.args
    form = normal_form(context.prepare(a - b))
    dependent = [summand for summand in form.values() if summand.has(step.variable)]
    if dependent:
        return StepCheck(
            False, f"{to_text(a)} - {to_text(b)} still depends on {step.variable}: {to_text(dependent[0])}"
        )
    return StepCheck(True, f"{to_text(a)} - {to_text(b)} does not depend on {step.variable}")


RULES: dict[str, Callable[[Step, Context], StepCheck]] = {
    "chain": rule_chain,
    "sign_from_assumptions": rule_sign,
    "convex_minimum": rule_convex_minimum,
    "rearrange": rule_rearrange,
    "equality_condition": rule_equality_condition,
    "argmin_shift": rule_argmin_shift,
}
