"""The numbers of claims about parametric families: families as written, values after relations, exact numbers.

Shared by :mod:`~kldocs.checker.family_claims` and :mod:`~kldocs.checker.vae_claims`.

>>> FAMILY.search("KL between N(0, 1) and Poisson(2)").group("name"), number("2^2"), square_root(number("9/4"))
('N', Fraction(4, 1), Fraction(3, 2))
>>> same("0.50", "0.5"), significant("0.0305")
(True, 3)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.lazy_patterns import lazy

#: A family written the usual ways, with its arguments; the name decides the family.
FAMILY = lazy(
    r"(?P<name>\\mathcal\s*\{?\s*N\s*\}?|\\mathcal\s*\{?\s*U\s*\}?|Normal|Gaussian|N|Poisson|Pois|Exponential|Exp|"
    r"Bernoulli|Bern|Binomial|Bin|Geometric|Geom|Uniform|U)\s*\(\s*(?P<args>[^()]{1,80}?)\s*\)"
)

#: The family each written name stands for.
FAMILY_NAMES = {
    "normal": "normal",
    "gaussian": "normal",
    "n": "normal",
    "poisson": "poisson",
    "pois": "poisson",
    "exponential": "exponential",
    "exp": "exponential",
    "bernoulli": "bernoulli",
    "bern": "bernoulli",
    "binomial": "binomial",
    "bin": "binomial",
    "geometric": "geometric",
    "geom": "geometric",
    "uniform": "uniform",
    "u": "uniform",
}


@dataclass(frozen=True)
class FamilyClaim:
    """A family claim and its verdict (the same fields as the checker's reports)."""

    offset: int
    text: str
    kind: str
    verdict: str
    value: str | None
    note: str
    base: str | None
    unit: str | None


def number(text: str) -> Fraction:
    """A number as written in a family's arguments: ``0.5``, ``1/4``, ``2^2``."""
    from kldocs.inputs.numbers import parse_number

    text = text.replace(" ", "")
    power = re.fullmatch(r"(.+)\^\{?(\d)\}?", text)
    if power:
        return parse_number(power[1]) ** int(power[2])
    return parse_number(text)


def square_root(value: Fraction) -> Fraction | None:
    """The exact square root of a rational, or None when it is not a rational square."""
    import math

    top, bottom = math.isqrt(value.numerator), math.isqrt(value.denominator)
    return Fraction(top, bottom) if top * top == value.numerator and bottom * bottom == value.denominator else None


def significant(claimed: str) -> int:
    """The significant digits of a written decimal (at least one)."""
    digits = claimed.lstrip("-").replace(".", "").lstrip("0").split("e")[0].split("E")[0]
    return max(1, len(digits))


def same(shown: str, claimed: str) -> bool:
    """True when two decimals are the same number (``0.50`` and ``0.5`` for a value of exactly 1/2)."""
    try:
        return Fraction(shown) == Fraction(claimed)
    except ValueError:
        return False
