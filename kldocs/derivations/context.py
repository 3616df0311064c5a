"""What checking a step may rely on, and equality through the sound normal form.

The step checkers (:mod:`kldocs.derivations.checks`) and the conclusion
rules (:mod:`kldocs.derivations.rules`) share this module and nothing else,
so neither imports the other's internals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sympy
from sympy import Integral, Symbol
from sympy.core.function import AppliedUndef
from sympy.core.relational import Relational

from kldocs.derivations.expand import do_calculus, do_integrals, expand_definitions
from kldocs.derivations.log_base import natural_logs
from kldocs.derivations.normal_form import differences, normal_form, same, to_expression
from kldocs.derivations.printing import to_text
from kldocs.derivations.steps import GENERAL, Derivation, Scope, Step, StepCheck
from kldocs.derivations.symbols import STANDARD, base_variant, standard_body


@dataclass
class Context:
    """What a step may rely on: the derivation so far.

    Attributes
    ----------
    derivation, number
        The derivation and the 1-based number of the step being checked.
    previous
        The expression the current chain has reached.
    scope
        Where the current chain holds.
    definitions
        What every defined symbol means (the standard meanings, then this derivation's own).
    facts
        Equalities proven earlier in this derivation (left side replaced by right).
    lemma_proven
        Whether a lemma's proof verifies (given by the verifier, so that checks need not import it).
    """

    derivation: Derivation
    number: int
    previous: Any
    scope: Scope = GENERAL
    definitions: dict[Any, Any] = field(default_factory=lambda: dict(STANDARD))
    facts: dict[Any, Any] = field(default_factory=dict)
    defined_here: set[Any] = field(default_factory=set)
    checks: list[StepCheck] = field(default_factory=list)
    lemma_proven: Callable[[str], StepCheck] = field(default=lambda name: StepCheck(False, "no lemma checker"))

    def step(self, number: int) -> Step:
        return self.derivation.steps[number - 1]

    def meanings(self, expression: Any) -> dict[Any, Any]:
        """The definitions, plus the standard meaning of any quantity measured in another base."""
        extra = {
            symbol: standard_body(symbol)
            for symbol in getattr(expression, "free_symbols", ())
            if isinstance(symbol, Symbol) and symbol not in self.definitions and base_variant(symbol) is not None
        }
        return {**self.definitions, **extra} if extra else self.definitions

    def prepare(self, expression: Any, *, facts: bool = True, functions: bool = True) -> Any:
        """Facts first (by structure), then definitions, ``log_b`` as natural logs, calculus, the domain.

        The derivation's domain comes last: a parameter such as ``0 < p < 1``
        is read through its parametrisation by positive symbols. With ``functions`` False,
        named functions with no assumptions (``f_1(x)``) keep their names: what holds for
        them holds whatever they are defined as.
        """
        if facts and self.facts:
            expression = expression.xreplace(dict(self.facts))
        meanings = self.meanings(expression)
        if not functions:
            meanings = {target: body for target, body in meanings.items() if not _opaque(target)}
        expression = do_calculus(natural_logs(expand_definitions(expression, meanings)))
        domain = self.derivation.domain
        return sympy.sympify(expression).xreplace(dict(domain)) if domain else expression

    def equal(self, left: Any, right: Any, normalised: dict[Any, Any] | None = None) -> StepCheck:
        """Whether ``left == right`` by the sound normal form (integrals carried out if needed).

        Named functions (``f_1(x)``, ``phi(u)``) are first kept as they are: sides equal whatever
        the functions mean are equal, and a density left unopened keeps the normal form small. Only
        when that does not settle it are the functions opened up.
        """
        a, b = self.prepare(left, functions=False), self.prepare(right, functions=False)
        if a == b:  # the same expression as written (a fact put in): nothing to normalise
            return StepCheck(True, "equal, whatever the named functions are")
        named = {atom for atom in a.atoms(AppliedUndef, Symbol) if _opaque(atom) and atom in self.definitions}
        if (
            named
            and named == {atom for atom in b.atoms(AppliedUndef, Symbol) if atom in self.definitions}
            and same(normal_form(a, normalised), normal_form(b, normalised))
        ):
            return StepCheck(True, "equal, whatever the named functions are")
        return equal_prepared(self.prepare(left), self.prepare(right), left, right, normalised)

    def with_definitions(self, definitions: dict[Any, Any]) -> Context:
        """A copy that reads symbols with other definitions (and no facts)."""
        return Context(self.derivation, self.number, None, self.scope, definitions, {}, lemma_proven=self.lemma_proven)


def _opaque(target: Any) -> bool:
    """A named function or symbol with no assumptions (``f_1(x)``, ``r``): an identity shown with it unopened holds
    for any meaning.

    >>> from sympy import Function
    >>> _opaque(Function("f")(Symbol("x"))), _opaque(Function("g", positive=True)(Symbol("x")))
    (True, False)
    >>> _opaque(Symbol("r")), _opaque(Symbol("r", positive=True))
    (True, False)
    """
    if isinstance(target, AppliedUndef):
        return not type(target).default_assumptions
    return isinstance(target, Symbol) and target.assumptions0 == {"commutative": True}


def equal_prepared(
    a: Any, b: Any, left: Any, right: Any, normalised: dict[Any, Any] | None = None, *, integrate: bool = True
) -> StepCheck:
    """Whether two prepared expressions are equal; ``left`` and ``right`` are named on failure.

    When the normal forms differ and integrals are left, SymPy carries them out and the forms are
    compared again, unless ``integrate`` is False (a step that must hold as written, integrand by integrand).
    """
    if a == b:  # the same expression: nothing to normalise (a definition stated as what it defines)
        return StepCheck(True, "equal")
    found = differences(normal_form(a, normalised), normal_form(b, normalised))
    if found and integrate and (a.has(Integral) or b.has(Integral)):
        a, b = do_integrals(a), do_integrals(b)
        found = differences(normal_form(a, normalised), normal_form(b, normalised))
    if not found:
        return StepCheck(True, "equal")
    gap = to_expression(dict(found))
    return StepCheck(False, f"left: {to_text(left)}; right: {to_text(right)}; left - right = {to_text(gap)}, not 0")


def sides(step: Step, context: Context) -> tuple[Any, Any]:
    """The two sides a step relates: a statement's own, or the chain's previous and new."""
    if isinstance(step.expression, Relational):
        return step.lhs, step.rhs
    if context.previous is None:
        raise ValueError("a chain step with nothing before it")
    return context.previous, step.expression


def provably(expression: Any, sign: str) -> bool:
    """SymPy's assumptions show ``expression`` positive (or non-negative)."""
    for candidate in (expression, sympy.factor_terms(sympy.together(expression)), sympy.simplify(expression)):
        answer = candidate.is_positive if sign == "positive" else candidate.is_nonnegative
        if answer:
            return True
    return False


def chain_segment(context: Context, end: int) -> tuple[Any, list[int]]:
    """Where the chain ending at step ``end`` starts, and its step numbers (head first)."""
    members: list[int] = []
    for number in range(end, 0, -1):
        step = context.step(number)
        if step.opens_chain:
            members.append(number)
            return step.lhs, members[::-1]
        if not step.is_statement:
            members.append(number)
    return context.derivation.lhs, members[::-1]
