"""Inequalities that steps apply term by term, each proven by its own derivation.

A lemma says ``smaller(x) <= larger(x)`` for every ``x`` in its domain. A
lemma step may use it only when the lemma's proof (a derivation in the
registry, named by ``proof``) verifies and really ends in that statement.

>>> LEMMAS["log_le_x_minus_1"].statement
log(x) <= x - 1
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from sympy import Integer, Le, Symbol, log

from kldocs.derivations.steps import StepCheck
from kldocs.derivations.symbols import x

#: A non-negative real variable, for the lemma that drops a non-negative term.
y = Symbol("y", nonnegative=True)


@dataclass(frozen=True)
class Lemma:
    """``smaller(variable) <= larger(variable)`` on the variable's domain.

    Attributes
    ----------
    variable
        The lemma's variable; its assumptions are the domain.
    domain
        ``"positive"`` (x > 0) or ``"nonnegative"`` (x >= 0): what an argument must be.
    proof
        Name of the derivation that proves it.
    equality_at
        The only point where the two sides are equal, when there is one.
    """

    name: str
    variable: Any
    smaller: Any
    larger: Any
    domain: Literal["positive", "nonnegative"]
    proof: str
    equality_at: Any = None

    @property
    def statement(self) -> Any:
        return Le(self.smaller, self.larger, evaluate=False)


LEMMAS: dict[str, Lemma] = {
    lemma.name: lemma
    for lemma in (
        Lemma("log_le_x_minus_1", x, log(x), x - 1, "positive", "log_inequality", Integer(1)),
        Lemma("x_minus_1_log_x", x, Integer(0), (x - 1) * log(x), "positive", "x_minus_1_log_x", Integer(1)),
        Lemma("nonnegative", y, Integer(0), y, "nonnegative", "nonnegative_term"),
    )
}


@cache
def proven(name: str) -> StepCheck:
    """Whether lemma ``name`` is proven: its proof verifies and concludes the lemma."""
    from kldocs.derivations.registry import get

    lemma = LEMMAS.get(name)
    if lemma is None:
        return StepCheck(False, f"no lemma named {name!r}")
    proof = get(lemma.proof)
    verification = proof.verify()
    if not verification.holds:
        return StepCheck(False, f"the proof {lemma.proof!r} of lemma {name!r} fails at steps {verification.failures}")
    wanted = {lemma.statement, lemma.statement.reversed}
    if not any(step.expression in wanted for step in proof.steps):
        return StepCheck(False, f"the proof {lemma.proof!r} does not conclude {lemma.statement}")
    if lemma.equality_at is not None:
        points = {
            proof.steps[step.cites[0] - 1].expression.lhs.args[0]
            for step in proof.steps
            if step.rule == "convex_minimum"
        }
        if {lemma.equality_at} != points:
            return StepCheck(False, f"the proof {lemma.proof!r} does not show equality only at {lemma.equality_at}")
    return StepCheck(True, f"lemma {lemma.statement} proven by {lemma.proof!r}")
