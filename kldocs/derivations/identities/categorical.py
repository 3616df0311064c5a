"""Categorical distributions whose probabilities are expressions in parameters: each measure written out.

A categorical distribution over ``k`` categories is the general finite
case with ``n = k``; with probabilities such as ``(theta, 1/4, 3/4 - theta)``
the definition's sum becomes ``k`` terms in ``theta``. The special case is
the chain's scope, so these lines never pass for a general law.

>>> from kldocs.derivations.verify import verify
>>> verify(kl()).holds
True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sympy import Symbol, log

from kldocs.derivations.build import algebra, define, plus
from kldocs.derivations.steps import Derivation, Scope
from kldocs.derivations.symbols import H_P, H_PQ, KL_PQ, STANDARD, n, p, q

#: The symbol of each measure and the catalog key of its definition.
MEASURES = {
    "kl": (KL_PQ, "step.kl_definition"),
    "cross_entropy": (H_PQ, "step.cross_entropy_definition"),
    "entropy": (H_P, "step.entropy_definition"),
}

a, b, c, d = (Symbol(name, positive=True) for name in "abcd")
#: The example ``kldocs verify`` checks: three categories, two parameters each.
EXAMPLE = ((a, b, 1 - a - b), (c, d, 1 - c - d))


def written_out(measure: str, first: Sequence[Any], second: Sequence[Any]) -> Any:
    """The measure's sum written out, term by term, for these probabilities."""
    if measure == "kl":
        return plus(*(x * log(x / y) for x, y in zip(first, second, strict=True)))
    if measure == "cross_entropy":
        return plus(*(-x * log(y) for x, y in zip(first, second, strict=True)))
    return plus(*(-x * log(x) for x in first))


@cache
def specialised(
    measure: str,
    first: tuple[Any, ...],
    second: tuple[Any, ...],
    name: str = "",
    key: str = "step.categorical_parameters",
) -> Derivation:
    """``measure`` of categorical distributions with these probabilities (``second`` unused for entropy)."""
    symbol, definition = MEASURES[measure]
    case = ((n, len(first)), *((p[i + 1], x) for i, x in enumerate(first)))
    if measure != "entropy":
        case += tuple((q[i + 1], y) for i, y in enumerate(second))
    return Derivation(
        name or f"categorical_{measure}",
        f"derivation.{name or f'categorical_{measure}'}.title",
        (
            define(STANDARD[symbol], definition, (symbol, STANDARD[symbol])),
            algebra(written_out(measure, first, second), key, specialise=case),
        ),
        lhs=symbol,
        scope=Scope(case),
    )


def kl() -> Derivation:
    return specialised("kl", *EXAMPLE)


def cross_entropy() -> Derivation:
    return specialised("cross_entropy", *EXAMPLE)


def entropy() -> Derivation:
    return specialised("entropy", *EXAMPLE)
