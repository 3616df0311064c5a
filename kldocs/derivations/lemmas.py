"""Inequalities that steps apply term by term, each with the derivation that proves it.

A lemma says ``smaller(x) <= larger(x)`` for every ``x`` in its domain. A
lemma step may use it only when the lemma's proof (built by ``proof``)
verifies and really ends in that statement; the verifier checks that.

>>> LEMMAS["log_le_x_minus_1"].statement
log(x) <= x - 1
>>> LEMMAS["log_le_x_minus_1"].proof().name
'log_inequality'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

from sympy import Integer, Le, log

from kldocs.derivations.identities import lemma_proofs
from kldocs.derivations.steps import Derivation
from kldocs.derivations.symbols import x, y


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
        Builds the derivation that proves it.
    equality_at
        The only point where the two sides are equal, when there is one.
    """

    name: str
    variable: Any
    smaller: Any
    larger: Any
    domain: Literal["positive", "nonnegative"]
    proof: Callable[[], Derivation]
    equality_at: Any = None

    @property
    def statement(self) -> Any:
        return Le(self.smaller, self.larger, evaluate=False)


LEMMAS: MappingProxyType[str, Lemma] = MappingProxyType(
    {
        lemma.name: lemma
        for lemma in (
            Lemma("log_le_x_minus_1", x, log(x), x - 1, "positive", lemma_proofs.log_inequality, Integer(1)),
            Lemma(
                "x_minus_1_log_x",
                x,
                Integer(0),
                (x - 1) * log(x),
                "positive",
                lemma_proofs.x_minus_1_log_x,
                Integer(1),
            ),
            Lemma("nonnegative", y, Integer(0), y, "nonnegative", lemma_proofs.nonnegative_term),
        )
    }
)
