"""How each kind of step is checked; :func:`verify_derivation` runs them in order.

Every checker returns a :class:`StepCheck`. A failure's detail names both
sides in plain text, so a wrong step is reported, never shown as true.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sympy
from sympy import Dummy, Indexed, Integral, Sum, Symbol
from sympy.core.function import AppliedUndef
from sympy.core.relational import Relational

from kldocs.derivations.evaluate import EvaluationError, Value, compare, evaluate
from kldocs.derivations.expand import do_integrals, expand_definitions, prepare
from kldocs.derivations.lemmas import LEMMAS, proven
from kldocs.derivations.normal_form import differences, is_zero, normal_form, to_expression
from kldocs.derivations.steps import Derivation, Step, StepCheck, Verification
from kldocs.derivations.symbols import STANDARD, SUPPORT, p, q, standard_body, to_text


@dataclass
class Context:
    """What a step may rely on: the derivation so far."""

    derivation: Derivation
    number: int
    previous: Any
    definitions: dict[Any, Any] = field(default_factory=lambda: dict(STANDARD))
    facts: dict[Any, Any] = field(default_factory=dict)
    defined_here: set[Any] = field(default_factory=set)
    checks: list[StepCheck] = field(default_factory=list)
    bindings: Any = None  # the numbers of the current chain, fixed by its first instance step

    def step(self, number: int) -> Step:
        return self.derivation.steps[number - 1]


def verify_derivation(derivation: Derivation) -> Verification:
    """Check every step of ``derivation`` in order."""
    context = Context(derivation, 0, derivation.lhs)
    for number, step in enumerate(derivation.steps, start=1):
        context.number = number
        try:
            check = CHECKERS[step.kind](step, context)
        except (ValueError, TypeError, ArithmeticError, NotImplementedError, AttributeError) as error:
            check = StepCheck(False, f"could not be checked: {type(error).__name__}: {error}")
        context.checks.append(check)
        if check.holds and step.kind == "definition":
            for definition in step.defines:
                context.definitions[definition.target] = definition.body
                context.defined_here.add(definition.target)
        if check.holds and step.kind == "algebra" and isinstance(step.expression, sympy.Eq) and not step.specialise:
            context.facts[step.lhs] = step.rhs
        if not step.is_statement:
            context.previous = step.expression
        elif opens_chain(step):
            context.previous = step.rhs
            context.bindings = None
    return Verification(derivation.name, tuple(context.checks))


def opens_chain(step: Step) -> bool:
    """A definition stated as ``X = ...`` opens a new chain; other statements stand alone."""
    return step.kind == "definition" and isinstance(step.expression, Relational)


# --- equality through the normal form ------------------------------------------------------------


def equal(left: Any, right: Any, context: Context, normalised: dict[Any, Any] | None = None) -> StepCheck:
    """Whether ``left == right`` by the sound normal form (integrals carried out if needed)."""
    a = prepare(left, context.definitions, context.facts)
    b = prepare(right, context.definitions, context.facts)
    return equal_prepared(a, b, left, right, normalised)


def equal_prepared(a: Any, b: Any, left: Any, right: Any, normalised: dict[Any, Any] | None = None) -> StepCheck:
    found = differences(normal_form(a, normalised), normal_form(b, normalised))
    if found and (a.has(Integral) or b.has(Integral)):
        a, b = do_integrals(a), do_integrals(b)
        found = differences(normal_form(a, normalised), normal_form(b, normalised))
    if not found:
        return StepCheck(True, "equal")
    gap = to_expression(dict(found))
    return StepCheck(False, f"left: {to_text(left)}; right: {to_text(right)}; left - right = {to_text(gap)}, not 0")


def _sides(step: Step, context: Context) -> tuple[Any, Any]:
    """The two sides a step relates: a statement's own, or the chain's previous and new."""
    if isinstance(step.expression, Relational):
        return step.lhs, step.rhs
    if context.previous is None:
        raise ValueError("a chain step with nothing before it")
    return context.previous, step.expression


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
            agrees = equal(body, standard, Context(context.derivation, context.number, None))
            if not agrees.holds:
                return StepCheck(
                    False,
                    f"{to_text(target)} means {to_text(standard)}, not {to_text(body)} ({agrees.detail})",
                )
        definitions[target] = body
        named.append(f"{to_text(target)} := {to_text(body)}")
    left, right = _sides(step, context)
    local = Context(context.derivation, context.number, None, definitions, context.facts)
    same = equal(left, right, local)
    if not same.holds:
        return same
    return StepCheck(True, "; ".join(named) if named else "by the definitions of the named quantities")


def check_algebra(step: Step, context: Context) -> StepCheck:
    """Equal to the expression before (after any specialisation), by the normal form."""
    if (wrong := _require_relation(step, "=")) is not None:
        return wrong
    left, right = _sides(step, context)
    if step.specialise:
        a = specialise(prepare(left, context.definitions, context.facts), step.specialise)
        b = specialise(prepare(right, context.definitions, context.facts), step.specialise)
        found = equal_prepared(a, b, left, right)
        if not found.holds:
            return found
        values = ", ".join(f"{to_text(t)} = {to_text(v)}" for t, v in step.specialise)
        return StepCheck(True, f"equal with {values}")
    return equal(left, right, context)


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
    left, right = _sides(step, context)
    normalised = {base: SUPPORT[base] for base in step.uses}
    result = equal(left, right, context, normalised)
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
    proof = proven(use.name)
    if not proof.holds:
        return proof
    argument = prepare(sympy.sympify(use.argument), context.definitions)
    weight = prepare(sympy.sympify(use.weight), context.definitions)
    if not provably(argument, lemma.domain):
        return StepCheck(False, f"{to_text(use.argument)} is not provably {lemma.domain}, as the lemma needs")
    if not provably(weight, "nonnegative"):
        return StepCheck(False, f"the weight {to_text(use.weight)} is not provably non-negative")
    small = weight * lemma.smaller.xreplace({lemma.variable: use.argument})
    large = weight * lemma.larger.xreplace({lemma.variable: use.argument})
    if use.index is not None:
        small, large = Sum(small, use.index), Sum(large, use.index)
    before, after = _sides(step, context)
    # (sign, what leaves before, what arrives after) -> the relation it gives
    orientations = [
        (1, small, large, "<="),
        (1, large, small, ">="),
        (-1, small, large, ">="),
        (-1, large, small, "<="),
    ]
    for sign, leaving, arriving, gives in orientations:
        if equal(before - sign * leaving, after - sign * arriving, context).holds:
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


def provably(expression: Any, sign: str) -> bool:
    """SymPy's assumptions show ``expression`` positive (or non-negative)."""
    for candidate in (expression, sympy.factor_terms(sympy.together(expression)), sympy.simplify(expression)):
        answer = candidate.is_positive if sign == "positive" else candidate.is_nonnegative
        if answer:
            return True
    return False


def check_series(step: Step, context: Context) -> StepCheck:
    """``before - after = O((variable - point)^order)`` by SymPy's series."""
    if (wrong := _require_relation(step, "≈")) is not None:
        return wrong
    if step.expansion is None:
        return StepCheck(False, "a series step must give its expansion (variable, point, order)")
    before, after = _sides(step, context)
    a = prepare(before, context.definitions, context.facts)
    b = prepare(after, context.definitions, context.facts)
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
    if not step.is_statement:
        if context.bindings is None:
            context.bindings = bindings
        elif bindings != context.bindings:
            return StepCheck(False, "uses other numbers than the instance steps before it in this chain")
    before, after = _sides(step, context)
    try:
        left = evaluate(expand_definitions(before, context.definitions), bindings)
        if numbers.decimal is not None:
            return _check_decimal(step, left)
        right = evaluate(expand_definitions(after, context.definitions), bindings)
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
    try:
        order = compare(left, right, bindings.base)
    except (EvaluationError, ValueError) as error:
        return StepCheck(False, f"left {left.text()} and right {right.text()} cannot be compared: {error}")
    holds = {"=": order == 0, "!=": order != 0, "<": order < 0, ">": order > 0, "<=": order <= 0, ">=": order >= 0}
    if step.relation not in holds:
        return StepCheck(False, f"an instance step cannot state {step.relation!r}")
    verdict = holds[step.relation]
    detail = f"left = {left.text()}; right = {right.text()}"
    return StepCheck(verdict, detail if verdict else f"{detail}; {step.relation!r} does not hold")


def _check_decimal(step: Step, value: Value) -> StepCheck:
    numbers = step.numbers
    assert numbers is not None and numbers.decimal is not None
    if step.relation != "≈":
        return StepCheck(False, "a decimal is shown with '≈'")
    if not value.is_finite:
        return StepCheck(False, f"the value is {value.text()}, which has no decimal")
    shown = value.exact(numbers.bindings.base).decimal(numbers.digits)
    if shown != numbers.decimal:
        return StepCheck(False, f"left: {value.text()} = {shown} to {numbers.digits} digits; right: {numbers.decimal}")
    return StepCheck(True, f"{value.text()} = {shown} to {numbers.digits} significant digits (certified)")


def _check_infinite(step: Step, left: Value, right: Value) -> StepCheck:
    numbers = step.numbers
    assert numbers is not None and numbers.infinite_at is not None
    k = numbers.infinite_at
    ps, qs = numbers.bindings.distribution(p), numbers.bindings.distribution(q)
    if left.kind != "+inf" or right.kind != "+inf":
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
    from kldocs.derivations.rules import RULES

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
    "conclusion": check_conclusion,
}
