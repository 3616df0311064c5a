"""Logarithm bases: e (nats), 2 (bits), 10 (bans), or any rational b > 1.

>>> Base.parse("2").unit
'bits'
>>> Base.parse("e").name
'e'
>>> Base.parse("3/2").latex_log("5")
'\\\\log_{3/2} 5'
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property

from kldocs.errors import InputError
from kldocs.exact.logsum import LogSum
from kldocs.inputs.numbers import parse_number

_ALIASES = {
    "e": None,
    "nat": None,
    "nats": None,
    "bit": 2,
    "bits": 2,
    "ban": 10,
    "bans": 10,
    "hartley": 10,
    "hartleys": 10,
}
_UNITS = {None: "nats", Fraction(2): "bits", Fraction(10): "bans"}


@dataclass(frozen=True)
class Base:
    """The base of the logarithm a quantity is measured in.

    Attributes
    ----------
    value
        The base as an exact rational greater than 1, or None for e.
    """

    value: Fraction | None = None

    @classmethod
    def parse(cls, text: str | int | Fraction | Base | None, field: str = "base") -> Base:
        """Read a base: ``e``, ``2``, ``10``, ``bits``, ``nats``, ``3/2`` ...

        Raises
        ------
        InputError
            When the text is not a number greater than 1 or a unit name.
        """
        if isinstance(text, Base):
            return text
        if text is None:
            return cls()
        if isinstance(text, (int, Fraction)) and not isinstance(text, bool):
            value = Fraction(text)
        elif isinstance(text, str) and text.strip().lower() in _ALIASES:
            alias = _ALIASES[text.strip().lower()]
            return cls(None if alias is None else Fraction(alias))
        elif isinstance(text, str):
            value = parse_number(text.strip(), field)
        else:
            raise InputError(field, f"{text!r} is not a logarithm base")
        if value <= 1:
            raise InputError(field, f"{text} is not a logarithm base; use e, 2, 10 or a number greater than 1")
        return cls(value)

    @property
    def name(self) -> str:
        """``"e"``, ``"2"``, ``"10"`` or the rational as written, e.g. ``"3/2"``."""
        return "e" if self.value is None else str(self.value)

    @property
    def unit(self) -> str:
        """The unit of information: nats, bits, bans, or ``log-base-b units``."""
        return _UNITS.get(self.value, f"base-{self.name} units")

    @property
    def nats_per_unit(self) -> float:
        """``ln(b)`` as a float (1 for base e): divide a value in nats by it."""
        return 1.0 if self.value is None else math.log(self.value)

    @cached_property
    def log(self) -> LogSum | None:
        """``ln(b)`` as an exact LogSum; None for base e."""
        return None if self.value is None else LogSum.log(self.value)

    def latex_log(self, argument: str) -> str:
        """LaTeX for the logarithm of ``argument`` in this base."""
        if self.value is None:
            return rf"\ln {argument}"
        return rf"\log_{{{self.name}}} {argument}"

    def text_log(self, argument: str) -> str:
        """A SymPy-parsable logarithm of ``argument`` in this base."""
        if self.value is None:
            return f"log({argument})"
        return f"log({argument})/log({self.name})"
