"""How exact rationals are shown to a reader: short decimals where possible.

A probability typed as ``0.2`` is stored as ``1/5``; on a page it should
read ``0.2`` again. A rational whose decimal expansion ends within a few
digits is shown as that decimal; any other (``1/3``) as a fraction.
Coefficients of logarithms are always fractions (``decimals=False``).

>>> rational_text(Fraction(1, 5)), rational_text(Fraction(1, 3))
('0.2', '1/3')
>>> rational_latex(Fraction(1, 3)), rational_latex(Fraction(-3, 8))
('\\\\frac{1}{3}', '-0.375')
>>> rational_latex(Fraction(1, 5), decimals=False)
'\\\\frac{1}{5}'
"""

from __future__ import annotations

from fractions import Fraction

#: Longest decimal (digits after the point) shown instead of a fraction.
MAX_DECIMAL_PLACES = 6


def short_decimal(x: Fraction, max_places: int = MAX_DECIMAL_PLACES) -> str | None:
    """``x`` as an exact decimal with at most ``max_places`` places, or None."""
    for places in range(max_places + 1):
        scaled = x * 10**places
        if scaled.denominator == 1:
            digits = str(abs(scaled.numerator)).rjust(places + 1, "0")
            whole, fraction = digits[: len(digits) - places], digits[len(digits) - places :]
            sign = "-" if x < 0 else ""
            return f"{sign}{whole}.{fraction}" if places else f"{sign}{whole}"
    return None


def rational_text(x: Fraction) -> str:
    """Plain text: a short decimal, else ``a/b``."""
    return short_decimal(x) or str(x)


def rational_latex(x: Fraction, *, decimals: bool = True) -> str:
    r"""LaTeX: a short decimal (when ``decimals``), an integer, else ``\frac{a}{b}`` with a leading minus."""
    decimal = short_decimal(x) if decimals else (str(x.numerator) if x.denominator == 1 else None)
    if decimal is not None:
        return decimal
    sign = "-" if x < 0 else ""
    return rf"{sign}\frac{{{abs(x.numerator)}}}{{{x.denominator}}}"


def power_base(latex: str) -> str:
    r"""A number's LaTeX as the base of a power: in brackets unless it is bare digits (``0.5^2``, ``(\frac{1}{2})^2``).

    >>> power_base("0.5"), power_base(r"\frac{1}{2}"), power_base(r"20\%")
    ('0.5', '\\left(\\frac{1}{2}\\right)', '\\left(20\\%\\right)')
    """
    bare = latex.replace(".", "").isdigit() or latex.startswith(r"\left(")
    return latex if bare else rf"\left({latex}\right)"
