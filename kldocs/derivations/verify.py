"""Checking a derivation: every step by its kind, every chain within its scope.

Verification is a function of a derivation (the derivation is data and
knows nothing of its checker). Results are kept per derivation, in the
process and between runs (:mod:`kldocs.derivations.verified_cache`, keyed
by the derivation and the checker's own source); :func:`check` always
checks afresh.

>>> from kldocs.derivations.registry import get
>>> verify(get("gibbs")).holds
True
"""

from __future__ import annotations

from functools import cache

import sympy

from kldocs.derivations import verified_cache
from kldocs.derivations.checks import CHECKERS
from kldocs.derivations.context import Context
from kldocs.derivations.lemmas import LEMMAS
from kldocs.derivations.steps import Derivation, Scope, Step, StepCheck, Verification


@cache
def verify(derivation: Derivation) -> Verification:
    """The check of ``derivation``: :func:`check`, done once for a derivation and kept."""
    stored = verified_cache.recall(derivation)
    if stored is not None:
        return stored
    verification = check(derivation)
    verified_cache.remember(derivation, verification)
    return verification


def check(derivation: Derivation) -> Verification:
    """Check every step of ``derivation`` in order, afresh.

    A step that holds only in a narrower case than its chain, or a
    conclusion more general than what it cites, fails whatever its algebra.
    An error inside a check that is not about the mathematics (a bug) is
    raised, not reported as a failed step.
    """
    context = Context(derivation, 0, derivation.lhs, derivation.scope, lemma_proven=lemma_proven)
    scopes = derivation.chain_scopes()
    for number, (step, scope) in enumerate(zip(derivation.steps, scopes, strict=True), start=1):
        context.number = number
        if step.opens_chain:
            context.scope = scope
        check = _scope_check(step, context, scopes) or _run(step, context)
        context.checks.append(check)
        if check.holds and step.kind == "definition":
            for definition in step.defines:
                context.definitions[definition.target] = definition.body
                context.defined_here.add(definition.target)
        if (
            check.holds
            and step.kind in ("algebra", "evaluation")
            and isinstance(step.expression, sympy.Eq)
            and not step.specialise
        ):
            context.facts[step.lhs] = step.rhs
            if step.lhs.could_extract_minus_sign():  # -log f(x) = g also says log f(x) = -g
                context.facts[-step.lhs] = -step.rhs
        if not step.is_statement:
            context.previous = step.expression
        elif step.opens_chain:
            context.previous = step.rhs
    return Verification(derivation.name, tuple(context.checks))


def _run(step: Step, context: Context) -> StepCheck:
    try:
        return CHECKERS[step.kind](step, context)
    except (ValueError, ArithmeticError, NotImplementedError) as error:
        return StepCheck(False, f"could not be checked: {type(error).__name__}: {error}")


def _scope_check(step: Step, context: Context, scopes: tuple[Scope, ...]) -> StepCheck | None:
    """A failure when the step claims more generality than it has, else None."""
    if not step.is_statement and not context.scope.covers(step.assumes):
        if step.assumes.numbers is not None and context.scope.numbers not in (None, step.assumes.numbers):
            return StepCheck(
                False, f"uses other numbers ({step.assumes.text()}) than its chain ({context.scope.text()})"
            )
        return StepCheck(
            False,
            f"holds only {step.assumes.text()}, but its chain holds {context.scope.text()}: "
            "a special case needs a block of its own",
        )
    if step.is_statement and not step.claims.covers(step.assumes):
        return StepCheck(False, f"holds only {step.assumes.text()}, but claims to hold {step.claims.text()}")
    for cited in step.cites:
        if 1 <= cited <= len(scopes) and not step.claims.covers(scopes[cited - 1]):
            return StepCheck(
                False,
                f"cites step {cited}, which holds only {scopes[cited - 1].text()}; "
                f"the conclusion claims to hold {step.claims.text()}",
            )
    return None


@cache
def lemma_proven(name: str) -> StepCheck:
    """Whether lemma ``name`` is proven: its proof verifies, in general, and concludes the lemma."""
    lemma = LEMMAS.get(name)
    if lemma is None:
        return StepCheck(False, f"no lemma named {name!r}")
    proof = lemma.proof()
    verification = verify(proof)
    if not verification.holds:
        return StepCheck(False, f"the proof {proof.name!r} of lemma {name!r} fails at steps {verification.failures}")
    wanted = {lemma.statement, lemma.statement.reversed}
    concluding = [
        number
        for number, (step, scope) in enumerate(zip(proof.steps, proof.chain_scopes(), strict=True), start=1)
        if step.expression in wanted and scope.is_general
    ]
    if not concluding:
        return StepCheck(False, f"the proof {proof.name!r} does not conclude {lemma.statement} in general")
    if lemma.equality_at is not None:
        points = {
            proof.steps[step.cites[0] - 1].expression.lhs.args[0]
            for step in proof.steps
            if step.rule == "convex_minimum"
        }
        if {lemma.equality_at} != points:
            return StepCheck(False, f"the proof {proof.name!r} does not show equality only at {lemma.equality_at}")
    return StepCheck(True, f"lemma {lemma.statement} proven by {proof.name!r}")
