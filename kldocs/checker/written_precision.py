r"""How precisely a number is written: the power of ten of its last digit, whether its digits may be cut off, and
the values it stands for.

>>> from kldocs.checker.latex_numbers import parse
>>> from kldocs.checker.tokens import tokenize
>>> written = literal(parse(tokenize("0.0305")))
>>> written.place, written.bounds()
(-4, (Fraction(609, 20000), Fraction(153, 5000)))
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.latex_numbers import Negative, Node, Number, Power, Product
from kldocs.checker.tokens import truncated


@dataclass(frozen=True)
class Literal:
    """A value written as a bare number, with the precision it was written to.

    Attributes
    ----------
    value
        The number as written.
    place
        The power of ten of the last digit written (``0.0305`` -> -4); None for an exact integer.
    cut
        When the digits may be cut off, not (only) rounded: 1 (or -1 after a minus sign) as the true value may
        lie up to a unit above (below); else 0. They may be when dots follow them (``0.81127...``), and when
        they are at least :data:`CUT_DIGITS` significant digits (``1.41`` for 1.4171...: authors often cut off).
    dotted
        Whether dots follow the digits. They may also mark a repeating decimal (``0.999...`` is 1), so the
        value a unit further away from zero is not excluded as it is from plain digits cut off.
    """

    value: Fraction
    place: int | None
    cut: int = 0
    dotted: bool = False

    def bounds(self) -> tuple[Fraction, Fraction]:
        """The values the digits stand for: rounded to them, or also cut off to them when they are cut off.

        >>> Literal(Fraction(81127, 100000), -5, cut=1).bounds()
        (Fraction(162253, 200000), Fraction(10141, 12500))
        """
        return written_bounds(self.value, self.place, self.cut)


#: A decimal written to at least this many significant digits holds when it is the true value cut off there
#: (``1.41`` for 1.4171...), as well as rounded; with fewer digits, cutting off would let too much through.
CUT_DIGITS = 3


def significant_digits(value: Fraction, place: int) -> int:
    """The significant digits of a decimal whose last digit is at ``place`` (0 for zero).

    >>> significant_digits(Fraction(141, 100), -2), significant_digits(Fraction(3, 100), -3)
    (3, 2)
    """
    magnitude = abs(value)
    if magnitude == 0:
        return 0
    exponent = 0
    while Fraction(10) ** (exponent + 1) <= magnitude:
        exponent += 1
    while Fraction(10) ** exponent > magnitude:
        exponent -= 1
    return exponent - place + 1


def written_bounds(value: Fraction, place: int | None, cut: int) -> tuple[Fraction, Fraction]:
    """What a decimal written to ``place`` stands for: ``value`` +- half a unit, and up to a whole unit
    further away from zero on the side of ``cut`` (1 or -1) when its digits are cut off; an integer is exact."""
    half = Fraction(0) if place is None else Fraction(10) ** place / 2
    low, high = value - half, value + half
    return (low, high + half) if cut > 0 else (low - half, high) if cut < 0 else (low, high)


def literal(node: Node) -> Literal | None:
    """The node as a bare number (``0.0305``, ``-1.2``, ``3.05 \\times 10^{-2}``), else None.

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> literal(parse(tokenize(r"3.0 \\times 10^{-2}")))
    Literal(value=Fraction(3, 100), place=-3, cut=0, dotted=False)
    >>> literal(parse(tokenize("-1.41"))).cut, literal(parse(tokenize("0.81..."))).cut
    (-1, 1)
    """
    sign = 1
    while isinstance(node, Negative):
        sign, node = -sign, node.operand
    scale = 0
    if isinstance(node, Product) and isinstance(node.right, Power):
        power = node.right
        if isinstance(power.base, Number) and power.base.text == "10":
            scale, node = power.exponent, node.left
    if not isinstance(node, Number):
        return None
    place = written_place(node.text)
    value = node.value * Fraction(10) ** scale * sign
    place = None if place is None else place + scale
    dotted = truncated(node.text)[1]
    cut = dotted or (place is not None and significant_digits(value, place) >= CUT_DIGITS)
    return Literal(value, place, sign * cut, dotted)


#: Significant digits from which a decimal is a float as a program prints it (a double's shortest repr has up to
#: 17), and the significant digits it is read to, so that two ways of computing one value agree.
FLOAT_DIGITS = 15
FLOAT_READ_DIGITS = 10


def written_place(text: str) -> int | None:
    """The power of ten of the last digit of a decimal as written; None for an integer.

    >>> written_place("0.0305"), written_place("1.2e-3"), written_place("12"), written_place("2.5\\\\%")
    (-4, -4, None, -3)

    A point with no digit after it ends the sentence: ``I(X;Y) = 0.`` claims the integer 0.

    >>> written_place("0.")

    A float as a program prints it (:data:`FLOAT_DIGITS` significant digits or more) is read to
    :data:`FLOAT_READ_DIGITS`: its last digits are the noise of floating-point rounding.

    >>> written_place("0.8584585933443496"), written_place("2.1572535340397483"), written_place("0.12345678901234")
    (-10, -9, -14)
    """
    body = truncated(text)[0].replace("\\%", "%")
    percent = body.endswith("%")
    body = body.rstrip("%")
    mantissa, _, exponent = body.lower().partition("e")
    if ("." not in mantissa or mantissa.endswith(".")) and not exponent:
        return None
    decimals = len(mantissa.partition(".")[2])
    place = -decimals + (int(exponent) if exponent else 0) - (2 if percent else 0)
    return place + _digits(mantissa) - FLOAT_READ_DIGITS if _digits(mantissa) >= FLOAT_DIGITS else place


def is_float_repr(text: str) -> bool:
    """Whether a decimal has the digits of a float as a program prints it (see :func:`written_place`).

    >>> is_float_repr("0.8584585933443496"), is_float_repr("-4.007821602037821e-02"), is_float_repr("0.0305")
    (True, True, False)
    """
    return _digits(text.lower().partition("e")[0]) >= FLOAT_DIGITS


def _digits(mantissa: str) -> int:
    """The significant digits of a decimal's digits as written (leading zeros aside)."""
    return len(mantissa.replace("-", "").replace(".", "").lstrip("0"))
