"""How each kind of step is checked: one function per kind, each returning a :class:`StepCheck`.

A failure's detail names both sides in plain text, so a wrong step is
reported, never shown as true. Which steps a chain may contain (scopes) and
the order of checking are decided by :mod:`kldocs.derivations.verify`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy
from sympy import Dummy, Indexed, Sum, Symbol
from sympy.core.function import AppliedUndef

from kldocs.derivations.calculus import check_evaluation, check_substitution
from kldocs.derivations.context import Context, equal_prepared, provably, sides
from kldocs.derivations.evaluate import Evaluated, evaluate
from kldocs.derivations.expand import expand_definitions
from kldocs.derivations.lemmas import LEMMAS
from kldocs.derivations.normal_form import is_zero
from kldocs.derivations.printing import to_text
from kldocs.derivations.rules import RULES
from kldocs.derivations.steps import Step, StepCheck
from kldocs.derivations.symbols import STANDARD, SUPPORT, p, q, standard_body
from kldocs.errors import EvaluationError


def _require_relation(step: Step, *allowed: str) -> StepCheck | None:
    if step.relation not in allowed:
        return StepCheck(False, f"a {step.kind} step cannot state {step.relation!r}; it shows {' or '.join(allowed)}")
    return None


# --- the kinds -----------------------------------------------------------------------------------


def check_definition(step: Step, context: Context) -> StepCheck:
    """New names are new and not circular; standard names get their standard meaning; sides equal."""
    if (wrong := _require_relation(step, "=")) is not None:
        return wrong
    definitions = dict(context.definitions)
    named = []
    for definition in step.defines:
        target, body = definition.target, definition.body
        if not isinstance(target, (Symbol, AppliedUndef, Indexed)):
            return StepCheck(False, f"cannot define {to_text(target)}: use a symbol, f(x) or m[i]")
        if target in context.defined_here:
            return StepCheck(False, f"{to_text(target)} is already defined in this derivation")
        head = (
            target.func if isinstance(target, AppliedUndef) else target.base if isinstance(target, Indexed) else target
        )
        if body.has(head):
            return StepCheck(False, f"{to_text(target)} is defined in terms of itself")
        standard = standard_body(target)
        if standard is not None:
            agrees = context.with_definitions(dict(STANDARD)).equal(body, standard)
            if not agrees.holds:
                return StepCheck(
                    False,
                    f"{to_text(target)} means {to_text(standard)}, not {to_text(body)} ({agrees.detail})",
                )
        definitions[target] = body
        named.append(f"{to_text(target)} := {to_text(body)}")
    left, right = sides(step, context)
    local = context.with_definitions(definitions)
    local.facts = context.facts
    same = local.equal(left, right)
    if not same.holds:
        return same
    return StepCheck(True, "; ".join(named) if named else "by the definitions of the named quantities")


def check_algebra(step: Step, context: Context) -> StepCheck:
    """Equal to the expression before (after any specialisation), by the normal form."""
    if (wrong := _require_relation(step, "=")) is not None:
        return wrong
    left, right = sides(step, context)
    if step.specialise:
        a = specialise(context.prepare(left), step.specialise)
        b = specialise(context.prepare(right), step.specialise)
        found = equal_prepared(a, b, left, right)
        if not found.holds:
            return found
        values = ", ".join(f"{to_text(t)} = {to_text(v)}" for t, v in step.specialise)
        return StepCheck(True, f"equal with {values}")
    return context.equal(left, right)


def specialise(expression: Any, substitution: tuple[tuple[Any, Any], ...]) -> Any:
    """Substitute values (sizes first), writing out sums whose bounds became numbers."""
    for _ in range(2):
        expression = expression.subs(list(substitution))
        expression = expression.replace(
            lambda e: isinstance(e, Sum) and all(b.is_Integer for _, lo, hi in e.limits for b in (lo, hi)),
            lambda e: e.doit(),
        )
    return expression


def check_constraint(step: Step, context: Context) -> StepCheck:
    """Equal once ``sum_i d_i = 1`` may be used for each listed distribution ``d``."""
    if (wrong := _require_relation(step, "=")) is not None:
        return wrong
    if not step.uses:
        return StepCheck(False, "a constraint step must say which distributions sum to 1 (uses)")
    unknown = [base for base in step.uses if base not in SUPPORT]
    if unknown:
        return StepCheck(False, f"{unknown} are not distributions")
    left, right = sides(step, context)
    normalised = {base: SUPPORT[base] for base in step.uses}
    result = context.equal(left, right, normalised)
    if not result.holds:
        return result
    used = ", ".join(f"sum {base}_i = 1" for base in step.uses)
    return StepCheck(True, f"equal using {used}")


def check_lemma(step: Step, context: Context) -> StepCheck:
    """``before = rest ± sum w g(x)`` and ``after = rest ± sum w h(x)`` (or the reverse), w >= 0."""
    use = step.lemma
    if use is None or step.is_statement:
        return StepCheck(False, "a lemma step continues a chain and names the lemma it applies")
    lemma = LEMMAS.get(use.name)
    if lemma is None:
        return StepCheck(False, f"no lemma named {use.name!r}")
    proof = context.lemma_proven(use.name)
    if not proof.holds:
        return proof
    argument = context.prepare(sympy.sympify(use.argument), facts=False)
    weight = context.prepare(sympy.sympify(use.weight), facts=False)
    if not provably(argument, lemma.domain):
        return StepCheck(False, f"{to_text(use.argument)} is not provably {lemma.domain}, as the lemma needs")
    if not provably(weight, "nonnegative"):
        return StepCheck(False, f"the weight {to_text(use.weight)} is not provably non-negative")
    small = weight * lemma.smaller.xreplace({lemma.variable: use.argument})
    large = weight * lemma.larger.xreplace({lemma.variable: use.argument})
    if use.index is not None:
        small, large = Sum(small, use.index), Sum(large, use.index)
    before, after = sides(step, context)
    # (sign, what leaves before, what arrives after) -> the relation it gives
    orientations = [
        (1, small, large, "<="),
        (1, large, small, ">="),
        (-1, small, large, ">="),
        (-1, large, small, "<="),
    ]
    for sign, leaving, arriving, gives in orientations:
        if context.equal(before - sign * leaving, after - sign * arriving).holds:
            if step.relation != gives:
                return StepCheck(False, f"applying {lemma.statement} here gives {gives!r}, not {step.relation!r}")
            return StepCheck(
                True, f"{lemma.statement} with {lemma.variable} = {to_text(use.argument)}, weight {to_text(use.weight)}"
            )
    return StepCheck(
        False,
        f"left: {to_text(before)}; right: {to_text(after)}; not the lemma {lemma.statement} applied to "
        f"x = {to_text(use.argument)} with weight {to_text(use.weight)}",
    )


def check_series(step: Step, context: Context) -> StepCheck:
    """``before - after = O((variable - point)^order)`` by SymPy's series."""
    if (wrong := _require_relation(step, "≈")) is not None:
        return wrong
    if step.expansion is None:
        return StepCheck(False, "a series step must give its expansion (variable, point, order)")
    before, after = sides(step, context)
    a, b = context.prepare(before), context.prepare(after)
    h = Dummy("h")
    variable, point, order = step.expansion.variable, step.expansion.point, step.expansion.order
    gap = (a - b).subs(variable, point + h)
    remainder = sympy.series(gap, h, 0, order).removeO()
    if is_zero(remainder):
        return StepCheck(True, f"agree up to order {order - 1} in {to_text(variable)} - {to_text(point)}")
    return StepCheck(
        False,
        f"left: {to_text(before)}; right: {to_text(after)}; they differ by "
        f"{to_text(remainder.subs(h, variable - point))} + O(({to_text(variable)} - {to_text(point)})^{order})",
    )


def check_instance(step: Step, context: Context) -> StepCheck:
    """Both sides evaluated exactly with the numbers, term by term, by the exact core."""
    numbers = step.numbers
    if numbers is None:
        return StepCheck(False, "an instance step must carry its numbers")
    bindings = numbers.bindings
    before, after = sides(step, context)
    try:
        left = evaluate(expand_definitions(before, context.meanings(before)), bindings)
        if numbers.decimal is not None:
            return _check_decimal(step, left)
        right = evaluate(expand_definitions(after, context.meanings(after)), bindings)
    except EvaluationError as error:
        return StepCheck(False, f"{to_text(before)} {step.relation} {to_text(after)}: {error}")
    if numbers.infinite_at is not None:
        return _check_infinite(step, left, right)
    if step.relation == "=" and not numbers.zero_convention and left.zero_terms != right.zero_terms:
        return StepCheck(
            False,
            f"left has {left.zero_terms} and right {right.zero_terms} terms of the form 0 log 0; "
            "dropping them needs the convention 0 log 0 = 0 as a step of its own",
        )
    assert left.value is not None and right.value is not None
    try:
        order = left.value.compare(right.value)
    except ArithmeticError as error:
        return StepCheck(False, f"left {left.text()} and right {right.text()} cannot be compared: {error}")
    holds = {"=": order == 0, "!=": order != 0, "<": order < 0, ">": order > 0, "<=": order <= 0, ">=": order >= 0}
    if step.relation not in holds:
        return StepCheck(False, f"an instance step cannot state {step.relation!r}")
    verdict = holds[step.relation]
    detail = f"left = {left.text()}; right = {right.text()}"
    return StepCheck(verdict, detail if verdict else f"{detail}; {step.relation!r} does not hold")


def _check_decimal(step: Step, value: Evaluated) -> StepCheck:
    numbers = step.numbers
    assert numbers is not None and numbers.decimal is not None and value.value is not None
    if step.relation != "≈":
        return StepCheck(False, "a decimal is shown with '≈'")
    if not value.value.is_finite:
        return StepCheck(False, f"the value is {value.text()}, which has no decimal")
    shown = value.value.decimal(numbers.digits)
    if shown != numbers.decimal:
        return StepCheck(False, f"left: {value.text()} = {shown} to {numbers.digits} digits; right: {numbers.decimal}")
    return StepCheck(True, f"{value.text()} = {shown} to {numbers.digits} significant digits (certified)")


def _check_infinite(step: Step, left: Evaluated, right: Evaluated) -> StepCheck:
    numbers = step.numbers
    assert numbers is not None and numbers.infinite_at is not None
    k = numbers.infinite_at
    ps, qs = numbers.bindings.distribution(p), numbers.bindings.distribution(q)
    infinity = [v.value is not None and v.value.infinite == 1 for v in (left, right)]
    if not all(infinity):
        return StepCheck(False, f"left = {left.text()}; right = {right.text()}; both must be +infinity")
    if ps is None or qs is None or not 1 <= k <= len(ps):
        return StepCheck(False, f"category {k} is not in the distributions")
    if not (ps[k - 1] > 0 and qs[k - 1] == 0):
        return StepCheck(
            False, f"category {k} has p = {ps[k - 1]} and q = {qs[k - 1]}: it does not make the sum infinite"
        )
    return StepCheck(True, f"category {k} has p = {ps[k - 1]} > 0 and q = 0, so its term and the sum are +infinity")


def check_conclusion(step: Step, context: Context) -> StepCheck:
    """A statement from cited steps by a named rule (see :mod:`kldocs.derivations.rules`)."""
    rule = RULES.get(step.rule)
    if rule is None:
        return StepCheck(False, f"no rule named {step.rule!r}; the rules are {', '.join(sorted(RULES))}")
    for number in step.cites:
        if not 1 <= number < context.number:
            return StepCheck(False, f"cites step {number}, which does not come before it")
        if not context.checks[number - 1].holds:
            return StepCheck(False, f"cites step {number}, which does not hold")
    return rule(step, context)


CHECKERS: dict[str, Callable[[Step, Context], StepCheck]] = {
    "definition": check_definition,
    "algebra": check_algebra,
    "constraint": check_constraint,
    "lemma": check_lemma,
    "instance": check_instance,
    "series": check_series,
    "substitution": check_substitution,
    "evaluation": check_evaluation,
    "conclusion": check_conclusion,
}
