"""Derivations as display chains: one aligned line per checked step.

A step's check result travels with it, so a failed step can never be shown
as if it held (templates mark it).
"""

from __future__ import annotations

from typing import Any

from kldocs.catalog import message
from kldocs.exact import Base
from kldocs.inputs import Distribution
from kldocs.models.blocks import MathChain, MathLine, fill


def chain(derivation: Any, language: str) -> MathChain:
    """The verified derivation as a :class:`MathChain` in ``language``.

    Each line carries its step's check result; the derivation's own
    :meth:`rows` decide what stands left and right of the relation.
    """
    from kldocs.derivations.verify import verify

    checks = verify(derivation).checks
    lines = tuple(
        MathLine(
            row.left,
            row.relation,
            row.right,
            fill(message(row.justification, language), **dict(row.fields)),
            check.holds,
        )
        for row, check in zip(derivation.rows(), checks, strict=True)
    )
    return MathChain(lines)


def kl_chain(P: Distribution, Q: Distribution, base: Base, language: str) -> MathChain:
    """Definition, substitution, term values, exact sum and decimal of D_KL(P||Q)."""
    from kldocs.derivations.instance import kl_instance

    return chain(kl_instance(P, Q, base), language)


def decomposition_chain(P: Distribution, Q: Distribution, base: Base, language: str) -> MathChain:
    """D_KL(P||Q) = H(P,Q) - H(P) with the numbers."""
    from kldocs.derivations.instance import decomposition_instance

    return chain(decomposition_instance(P, Q, base), language)


def named_chain(name: str, language: str) -> MathChain:
    """A general identity from the derivations layer, by name."""
    from kldocs.derivations.registry import get

    return chain(get(name), language)
