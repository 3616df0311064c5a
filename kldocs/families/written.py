"""A parameter that remembers how it was typed: pages show ``1/2`` where the user wrote 1/2, ``0.5`` for 0.5.

A :class:`Written` value is an exact ``Fraction`` (it computes, compares and
hashes as one) that also keeps its text. Only text that passed the inputs
layer's number grammar is kept, so the LaTeX made from it is digits, a
point, a sign, a slash or a percent sign and nothing else.

>>> half = Written(Fraction(1, 2), "1/2")
>>> half == Fraction(1, 2), written_text(half), written_latex(half)
(True, '1/2', '\\\\frac{1}{2}')
>>> written_latex(Written(Fraction(1, 2), "0.50")), written_latex(Fraction(1, 2))
('0.50', '\\\\frac{1}{2}')
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

#: A token of the number grammar, split into the parts its LaTeX is made of.
_PARTS = re.compile(r"(?P<sign>[+-]?)(?P<body>[0-9.]+(?:[eE][+-]?[0-9]+)?)(?:(?P<percent>%)|/(?P<below>[0-9.]+))?")


class Written(Fraction):
    """An exact number with the text it was typed as (``written``).

    Arithmetic gives plain fractions: only the parameter itself is shown as typed.
    """

    written: str

    def __new__(cls, value: Fraction, text: str) -> Written:
        made = super().__new__(cls, value.numerator, value.denominator)
        made.written = text.strip().lstrip("+")
        return made

    def __repr__(self) -> str:
        return repr(Fraction(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Written, (Fraction(self), self.written))

    def __copy__(self) -> Written:
        return self

    def __deepcopy__(self, memo: Any) -> Written:
        return self


def written(value: Fraction, text: str) -> Fraction:
    """``value`` keeping ``text`` (a token the number grammar read as ``value``)."""
    return Written(value, text)


def written_text(value: Fraction) -> str:
    """The number as typed, else as an exact fraction (``1/2``)."""
    return value.written if isinstance(value, Written) else str(value)


def written_latex(value: Fraction) -> str:
    r"""The number in LaTeX as typed (``\frac{1}{2}``, ``0.5``, ``20\%``, ``1 \cdot 10^{-3}``), else as a fraction."""
    from kldocs.exact.display import rational_latex

    typed = value.written if isinstance(value, Written) else ""
    parts = _PARTS.fullmatch(typed)
    if parts is None or (parts["below"] is not None and "e" in typed.lower()):
        return rational_latex(value, decimals=False)
    sign = "-" if parts["sign"] == "-" else ""
    if parts["below"] is not None:
        return rf"{sign}\frac{{{_decimal(parts['body'])}}}{{{_decimal(parts['below'])}}}"
    return sign + _decimal(parts["body"]) + (r"\%" if parts["percent"] else "")


def _decimal(text: str) -> str:
    """``.5`` as ``0.5``; ``1e-3`` as ``1 \\cdot 10^{-3}``."""
    mantissa, _, exponent = text.lower().partition("e")
    mantissa = ("0" + mantissa if mantissa.startswith(".") else mantissa).rstrip(".") or "0"
    return rf"{mantissa} \cdot 10^{{{int(exponent)}}}" if exponent else mantissa
