r"""The range of values an expression of rounded decimals stands for: each decimal written to ``k`` places stands
for itself +- half a unit there, a short probability beside it is exact.

>>> from kldocs.checker.latex_numbers import parse
>>> from kldocs.checker.tokens import tokenize
>>> interval(parse(tokenize(r"0.5 \cdot 0.811")))
(Fraction(1621, 4000), Fraction(1623, 4000))
"""

from __future__ import annotations

from fractions import Fraction

from kldocs.checker.latex_numbers import Negative, Node, Number, Power, Product, Quotient, Sum
from kldocs.checker.tokens import truncated
from kldocs.checker.written_precision import written_bounds, written_place

Interval = tuple[Fraction, Fraction]


def interval(node: Node) -> Interval | None:
    """The range of values an arithmetic expression of rounded decimals stands for.

    Each decimal ``d`` written to ``k`` places stands for ``[d - h, d + h]`` with
    ``h = 10**-k / 2``; integers are exact. None when the node is not plain arithmetic.

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> interval(parse(tokenize("1.06 - 1.03")))
    (Fraction(1, 50), Fraction(1, 25))
    """
    if isinstance(node, Number):
        return written_bounds(node.value, written_place(node.text), truncated(node.text)[1])
    if isinstance(node, Negative):
        inner = interval(node.operand)
        return None if inner is None else (-inner[1], -inner[0])
    if isinstance(node, Sum):
        low, high = Fraction(0), Fraction(0)
        for sign, term in node.terms:
            part = interval(term)
            if part is None:
                return None
            low, high = (low + part[0], high + part[1]) if sign > 0 else (low - part[1], high - part[0])
        return low, high
    if isinstance(node, (Product, Quotient)):
        first, second = (node.left, node.right) if isinstance(node, Product) else (node.numerator, node.denominator)
        left, right = _factor(first, beside=second), _factor(second, beside=first)
        if left is None or right is None:
            return None
        if isinstance(node, Quotient):
            if right[0] <= 0 <= right[1]:
                return None
            right = (1 / right[1], 1 / right[0])
        corners = [a * b for a in left for b in right]
        return min(corners), max(corners)
    if isinstance(node, Power):
        inner = interval(node.base)
        if inner is None or inner[0] <= 0:
            return None
        ends = sorted((inner[0] ** node.exponent, inner[1] ** node.exponent))
        return ends[0], ends[1]
    return None


def _factor(node: Node, beside: Node) -> Interval | None:
    """A factor's range: a short decimal factor (``0.7 \\times 0.222``) is a probability, written exactly,
    unless it ends in a zero (``0.030`` is written to three places) or the factor beside it is a weight written
    with fewer places (``\\frac{1}{2} \\cdot 0.03``, ``0.5 \\cdot 0.029``): then it is a rounded value the weight
    multiplies.

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> interval(parse(tokenize(r"0.5 \\cdot 0.030")))
    (Fraction(59, 4000), Fraction(61, 4000))
    >>> interval(parse(tokenize(r"\\frac{1}{2} \\cdot 0.03")))
    (Fraction(1, 80), Fraction(7, 400))
    >>> interval(parse(tokenize(r"0.5 \\cdot 0.029")))
    (Fraction(57, 4000), Fraction(59, 4000))
    >>> interval(parse(tokenize(r"0.5 \\cdot 0.3")))
    (Fraction(3, 20), Fraction(3, 20))
    """
    if isinstance(node, Number) and node.value and len(node.text.strip("0.-")) <= 2:
        to_a_place = "." in node.text and node.text.endswith("0")
        if not (to_a_place or _fewer_places(beside, node) or _converts_units(beside)):
            return node.value, node.value
    return interval(node)


#: Factors that turn one unit of information into another, to nine places: ln 2 (bits to nats), log2 e (nats to
#: bits), ln 10, log2 10, log10 2 and log10 e.
_CONVERSIONS = tuple(
    Fraction(text)
    for text in ("0.693147181", "1.442695041", "2.302585093", "3.321928095", "0.301029996", "0.434294482")
)


def _converts_units(node: Node) -> bool:
    r"""True when ``node`` is a factor between units (``0.693``, ``1.4427``): the value it multiplies is
    a measure's value rounded (``0.039 \times 0.693``: bits to nats), not a probability.

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> interval(parse(tokenize("0.039 * 0.693")))  # 0.0385 * 0.6925 to 0.0395 * 0.6935
    (Fraction(21329, 800000), Fraction(109573, 4000000))
    """
    if not isinstance(node, Number):
        return False
    place = written_place(node.text)
    if place is None or place > -2:
        return False
    return any(abs(constant - node.value) <= Fraction(10) ** place / 2 for constant in _CONVERSIONS)


def _fewer_places(weight: Node, number: Number) -> bool:
    """True when ``weight`` is a fraction (``½``, ``\\frac{1}{2}``) or a decimal written with fewer places than
    ``number``; an integer beside a decimal (``0.4 \\times 1``) may be a code length, not a weight."""
    mine = written_place(number.text)
    if mine is None:
        return False
    if isinstance(weight, Quotient):
        parts = (weight.numerator, weight.denominator)
        return all(isinstance(part, Number) and written_place(part.text) is None for part in parts)
    if not isinstance(weight, Number):
        return False
    places = written_place(weight.text)
    return weight.value.denominator != 1 if places is None else places > mine
