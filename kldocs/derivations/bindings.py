"""The numbers an instance of a derivation is about.

>>> from fractions import Fraction
>>> from kldocs.derivations.symbols import n, p
>>> numbers = Bindings(((p, (Fraction(1, 2), Fraction(1, 2))),), ((n, Fraction(2)),))
>>> numbers.distribution(p), numbers.scalar(n)
((Fraction(1, 2), Fraction(1, 2)), Fraction(2, 1))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from kldocs.exact import Base


@dataclass(frozen=True)
class Bindings:
    """The numbers of an instance: distributions by symbol, sizes and scalars, and the log base.

    Attributes
    ----------
    distributions
        ``((p, (1/5, 1/2, 3/10)), (q, ...))``; position ``k`` is the value at index ``k + 1``.
    scalars
        ``((n, 3), ...)``: plain symbols and their exact values.
    base
        The logarithm base the instance is measured in.
    """

    distributions: tuple[tuple[Any, tuple[Fraction, ...]], ...]
    scalars: tuple[tuple[Any, Fraction], ...] = ()
    base: Base = field(default_factory=Base)

    def distribution(self, symbol: Any) -> tuple[Fraction, ...] | None:
        return next((values for name, values in self.distributions if name == symbol), None)

    def scalar(self, symbol: Any) -> Fraction | None:
        return next((value for name, value in self.scalars if name == symbol), None)

    def fields(self) -> tuple[tuple[str, str], ...]:
        """The distributions as text for a note's ``[[P]]``, ``[[Q]]`` fields, named by their symbols.

        >>> from kldocs.derivations.symbols import p
        >>> Bindings(((p, (Fraction(1, 5), Fraction(4, 5))),)).fields()
        (('P', '(0.2, 0.8)'),)
        """
        from kldocs.exact.display import rational_text

        return tuple(
            (str(symbol).upper(), "(" + ", ".join(rational_text(value) for value in values) + ")")
            for symbol, values in self.distributions
        )
