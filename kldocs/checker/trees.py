r"""Questions about a parsed formula: what it names, its logarithms' bases, its terms (how precisely its numbers are
written: :mod:`~kldocs.checker.written_precision`; the range they stand for: :mod:`~kldocs.checker.rounded_intervals`).

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
from dataclasses import replace
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
from kldocs.checker.tokens import MeasureSymbol
from kldocs.checker.written_precision import written_bounds as written_bounds  # term_sums imports it from here
from kldocs.checker.written_precision import written_place as written_place  # term_sums imports it from here
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
