r"""Questions about a parsed formula: what it names, how precisely its numbers are written, its terms.

The tree comes from :func:`kldocs.checker.latex_numbers.parse`; nothing here
parses or evaluates text (a rational factor is evaluated exactly, with
:func:`~kldocs.checker.latex_numbers.evaluate`).

>>> from kldocs.checker.latex_numbers import parse
>>> from kldocs.checker.tokens import tokenize
>>> tree = parse(tokenize(r"0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4}"))
>>> has_logs(tree), log_bases(tree)
(True, {'e'})
>>> [text for _, text in terms(tree, r"0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4}")]
['0.2 \\ln \\frac{0.2}{0.3}', '0.5 \\ln \\frac{0.5}{0.4}']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from kldocs.checker.latex_numbers import (
    Environment,
    Infinity,
    Log,
    MeasureNode,
    Negative,
    Node,
    Number,
    Power,
    Product,
    Quotient,
    Sum,
    evaluate,
)
from kldocs.checker.tokens import MeasureSymbol, truncated
from kldocs.errors import EvaluationError


def walk(node: Node) -> list[Node]:
    """Every node of the tree, the root first."""
    found = [node]
    index = 0
    while index < len(found):
        current = found[index]
        index += 1
        found.extend(_children(current))
    return found


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, Negative):
        return (node.operand,)
    if isinstance(node, Sum):
        return tuple(term for _, term in node.terms)
    if isinstance(node, Product):
        return (node.left, node.right)
    if isinstance(node, Quotient):
        return (node.numerator, node.denominator)
    if isinstance(node, Power):
        return (node.base,)
    if isinstance(node, Log):
        return (node.argument,)
    return ()


def measures_in(node: Node) -> list[MeasureSymbol]:
    """The measure symbols used, in order."""
    return [item.symbol for item in walk(node) if isinstance(item, MeasureNode)]


def log_bases(node: Node) -> set[str]:
    """The bases of the logarithms written (``"doc"`` for a plain ``\\log``)."""
    return {item.base for item in walk(node) if isinstance(item, Log)}


def written_bases(node: Node) -> set[str]:
    r"""The bases a formula's value is written in: those of its logarithms, but a quotient by the logarithm of a
    whole number changes the unit to that base (``\frac{0.1927}{\ln 2}`` is in bits, whatever its log is).

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> written_bases(parse(tokenize(r"\frac{0.1927}{\ln 2}"))), written_bases(parse(tokenize(r"\ln 2")))
    ({'2'}, {'e'})
    """
    bases: set[str] = set()
    found = [node]
    while found:
        current = found.pop()
        if isinstance(current, Quotient):
            unit = _divisor_unit(current.denominator)
            if unit is not None:
                bases.add(unit)
                found.append(current.numerator)
                continue
        if isinstance(current, Log):
            bases.add(current.base)
        found.extend(_children(current))
    return bases


def _divisor_unit(node: Node) -> str | None:
    """The base of a value divided by ``node`` when that changes its unit (``\\ln 2``, ``\\ln 10``), else None."""
    if isinstance(node, Log) and node.base in ("e", "doc") and isinstance(node.argument, Number):
        return str(node.argument.value) if node.argument.value in (2, 10) else None
    return None


def has_logs(node: Node) -> bool:
    return any(isinstance(item, Log) for item in walk(node))


def is_number_only(node: Node) -> bool:
    """True when the node has no logarithm, measure or infinity: plain arithmetic on numbers."""
    return not any(isinstance(item, (Log, MeasureNode, Infinity)) for item in walk(node))


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


def terms(node: Node, text: str) -> list[tuple[Fraction, str]]:
    """The additive terms of ``node`` as written, each with the rational factor in front of it.

    A rational factor multiplying a bracketed sum is spread over its terms,
    so ``-(0.2 \\log 0.2 + 0.8 \\log 0.8)`` has two terms with factor -1.
    """
    return [(factor, text[item.start : item.end]) for factor, item in term_nodes(node)]


def rebased(node: Node, base: str) -> Node | None:
    r"""The formula with each logarithm taken to ``base`` instead: the same information counted in another unit
    (``\ln 2`` nats is ``\log_2 2`` = 1 bit). None when the formula is not a sum of logarithms of numbers times
    numbers (a product or ratio of logarithms is no amount of information).

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> evaluate(rebased(parse(tokenize(r"-0.5\ln 0.5 - 0.5\ln 0.5")), "2"), Environment()).rational_value()
    Fraction(1, 1)
    >>> rebased(parse(tokenize(r"\frac{\ln 4}{\ln 2}")), "2") is None
    True
    """
    if isinstance(node, Log):
        return None if has_logs(node.argument) else replace(node, base=base)
    if isinstance(node, Negative):
        operand = rebased(node.operand, base)
        return None if operand is None else replace(node, operand=operand)
    if isinstance(node, Sum):
        terms = [(sign, rebased(term, base)) for sign, term in node.terms]
        kept = tuple((sign, term) for sign, term in terms if term is not None)
        return replace(node, terms=kept) if len(kept) == len(terms) else None
    if isinstance(node, Product) and not (has_logs(node.left) and has_logs(node.right)):
        left, right = rebased(node.left, base), rebased(node.right, base)
        return None if left is None or right is None else replace(node, left=left, right=right)
    if isinstance(node, Quotient) and not has_logs(node.denominator):
        numerator = rebased(node.numerator, base)
        return None if numerator is None else replace(node, numerator=numerator)
    return None if has_logs(node) else node


def term_nodes(node: Node, factor: Fraction = Fraction(1)) -> list[tuple[Fraction, Node]]:
    """Like :func:`terms`, with the nodes."""
    if isinstance(node, Sum):
        found: list[tuple[Fraction, Node]] = []
        for sign, term in node.terms:
            found.extend(term_nodes(term, factor * sign))
        return found
    if isinstance(node, Negative):
        return term_nodes(node.operand, -factor)
    if isinstance(node, Product):
        for constant, other in ((node.left, node.right), (node.right, node.left)):
            value = _constant(constant)
            if value is not None and isinstance(other, (Sum, Negative)):
                return term_nodes(other, factor * value)
    if isinstance(node, Quotient):
        value = _constant(node.denominator)
        if value and isinstance(node.numerator, (Sum, Negative)):
            return term_nodes(node.numerator, factor / value)
    return [(factor, node)]


def _constant(node: Node) -> Fraction | None:
    """The rational value of a node made of numbers only, else None."""
    if not is_number_only(node):
        return None
    try:
        return evaluate(node, Environment()).rational_value()
    except EvaluationError:
        return None


def measure_form(node: Node) -> dict[MeasureSymbol, Fraction] | None:
    """The node as ``sum c_k * measure_k`` with rational ``c_k`` (plus nothing else), or None.

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> form = measure_form(parse(tokenize(r"\\frac{D_{KL}(P \\| Q) + D_{KL}(Q \\| P)}{2}")))
    >>> sorted(value for value in form.values())
    [Fraction(1, 2), Fraction(1, 2)]
    """
    form: dict[MeasureSymbol, Fraction] = {}
    for factor, item in term_nodes(node):
        symbol, scale = _scaled_measure(item)
        if symbol is None:
            return None
        form[symbol] = form.get(symbol, Fraction(0)) + factor * scale
    return {symbol: value for symbol, value in form.items() if value}


def _scaled_measure(node: Node) -> tuple[MeasureSymbol | None, Fraction]:
    if isinstance(node, MeasureNode):
        return node.symbol, Fraction(1)
    if isinstance(node, Negative):
        symbol, scale = _scaled_measure(node.operand)
        return symbol, -scale
    if isinstance(node, Product):
        for constant, other in ((node.left, node.right), (node.right, node.left)):
            value = _constant(constant)
            if value is not None:
                symbol, scale = _scaled_measure(other)
                return symbol, scale * value
    if isinstance(node, Quotient):
        value = _constant(node.denominator)
        if value:
            symbol, scale = _scaled_measure(node.numerator)
            return symbol, scale / value
    return None, Fraction(0)


def with_arguments(node: Node, pair: tuple[str, str]) -> Node:
    """The tree with every measure written without distributions (``D_{KL}``) given ``pair``.

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> measures_in(with_arguments(parse(tokenize(r"\\mathrm{JSD} + 1")), ("P", "Q")))
    [MeasureSymbol(measure='jsd', args=('P', 'Q'))]
    """

    def given(symbol: MeasureSymbol) -> MeasureSymbol:
        if symbol.args is not None:
            return symbol
        return MeasureSymbol(symbol.measure, pair[:1] if symbol.measure == "entropy" else pair)

    return with_symbols(node, given)


def with_symbols(node: Node, change: Callable[[MeasureSymbol], MeasureSymbol]) -> Node:
    """The tree with each measure's symbol as ``change`` makes it (the same nodes where nothing changes).

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> tree = parse(tokenize("H(A,B) + 1"))
    >>> measures_in(with_symbols(tree, lambda symbol: MeasureSymbol("joint_entropy", symbol.args)))
    [MeasureSymbol(measure='joint_entropy', args=('A', 'B'))]
    """
    from dataclasses import fields, replace

    if isinstance(node, MeasureNode):
        symbol = change(node.symbol)
        return node if symbol == node.symbol else replace(node, symbol=symbol)
    changes: dict[str, Any] = {}
    for item in fields(node):
        current = getattr(node, item.name)
        if isinstance(current, Node):
            changes[item.name] = with_symbols(current, change)
        elif item.name == "terms":
            changes[item.name] = tuple((sign, with_symbols(term, change)) for sign, term in current)
    return replace(node, **changes) if changes else node
