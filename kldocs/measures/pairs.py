"""Coerce measure arguments to distributions and check that they pair up.

>>> P, Q = distribution_pair("0.2 0.8", "0.5 0.5")
>>> Q.name, len(Q)
('Q', 2)
"""

from __future__ import annotations

from typing import Any

from kldocs.errors import InputError
from kldocs.inputs import Distribution, parse_distribution


def as_distribution(value: Any, name: str) -> Distribution:
    """A Distribution as given, or parsed from text, a sequence or an array."""
    if isinstance(value, Distribution):
        return value
    return parse_distribution(value, name=name)


def distribution_pair(p: Any, q: Any) -> tuple[Distribution, Distribution]:
    """Both arguments as distributions of the same length.

    Raises
    ------
    InputError
        When the lengths differ.
    """
    first, second = as_distribution(p, "P"), as_distribution(q, "Q")
    if len(first) != len(second):
        raise InputError(second.name, f"has {len(second)} values but {first.name} has {len(first)}")
    return first, second


def both_exact(first: Distribution, second: Distribution) -> bool:
    """True when the exact path applies (neither side is a float array)."""
    return first.is_exact and second.is_exact
