r"""An entropy given an event written out with probabilities that do not sum to 1: ``H(A|B=b_1) = -2 \times
\frac{1}{6} \log \frac{1}{6}``.

``H(A|B=b) = -\sum_a P(a|b) \log P(a|b)``: given the event, the probabilities ``P(a|b)`` are a distribution and
sum to 1. An expansion whose terms each weigh a probability by its own logarithm (``p \log p``, or ``p \log
\frac{1}{p}`` without the minus), counted as many times as a whole factor says (``-2 \times \frac{1}{6} \log
\frac{1}{6}``, ``- \frac{1}{13} \log \frac{1}{13} \times 13``), and whose probabilities sum to well away from 1
(``\frac{1}{3}``: the probabilities of the outcomes, not divided by the event's) is not the entropy given the
event, whatever the event is. Any other shape, or a sum near 1 (rounded probabilities), is not read.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> text = r"H(A|B=b_1) = -2 \times \frac{1}{6} \log \frac{1}{6}"
>>> (step,) = statements(tokenize(text), text)
>>> event_slip(step)
'given B=b_1 the probabilities of A are a distribution and sum to 1, but those written here (1/6 twice) sum to 1/3'
>>> text = r"H(A|B=b_1) = -4 \times \frac{1}{4} \log_2 \frac{1}{4}"
>>> event_slip(statements(tokenize(text), text)[0]) is None
True
"""

from __future__ import annotations

from fractions import Fraction

from kldocs.checker.chains import Statement
from kldocs.checker.expanded_entropy import constant_value
from kldocs.checker.latex_numbers import (
    Log,
    MeasureNode,
    Negative,
    Node,
    Number,
    Product,
    Quotient,
    Sum,
)
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.trees import measures_in, term_nodes, walk

#: How far from 1 the probabilities' sum must be to be a slip, not rounding (``0.33`` three times is 0.99).
TOLERANCE = Fraction(1, 20)
#: What after a sum says it goes on in the next row: ``\\ &\quad - \frac{1}{4} \log ...``, or ends on ``+``.
_GOES_ON = lazy(r"(?:\s|\\\\|&|\\q?quad|\\[,;:! ])*[-+−]")
#: Most terms, and most times one term is counted, read.
MAX_TERMS = 64


def event_slip(statement: Statement) -> str | None:
    """Why ``statement``, ``H(A|B=b) = <its expansion>``, is false, when the expansion's probabilities do not
    sum to 1; else None."""
    left = statement.left
    if statement.relation != "=" or statement.written_backwards or not isinstance(left, MeasureNode):
        return None
    symbol = left.symbol
    if symbol.measure != "conditional_entropy" or symbol.args is None or "=" not in symbol.args[-1]:
        return None
    if measures_in(statement.right) or _GOES_ON.match(statement.source, statement.right.end):
        return None  # a sum that goes on in the next row is not all written here
    terms = term_nodes(statement.right)
    if not 1 <= len(terms) <= MAX_TERMS:
        return None
    weights: list[tuple[Fraction, int]] = []
    for factor, term in terms:
        weight = _counted(factor, term, statement.source)
        if weight is None:
            return None
        weights.append(weight)
    total = sum((weight * count for weight, count in weights), Fraction(0))
    if abs(total - 1) <= TOLERANCE:
        return None
    written = ", ".join(
        f"{weight}" + ("" if count == 1 else " twice" if count == 2 else f" {count} times") for weight, count in weights
    )
    return (
        f"given {symbol.args[-1]} the probabilities of {symbol.args[0]} are a distribution and sum to 1, but those "
        f"written here ({written}) sum to {total}"
    )


def _counted(factor: Fraction, term: Node, source: str) -> tuple[Fraction, int] | None:
    """``(p, n)`` for a term ``-n p log p`` or ``n p log(1/p)`` (n a whole number, p written as a number of its
    own beside the logarithm, in any order), else None: ``2 \\log 2`` is no such term."""
    logs = [node for node in walk(term) if isinstance(node, Log)]
    if len(logs) != 1 or isinstance(term, Sum):
        return None
    argument = constant_value(logs[0].argument)
    coefficient = constant_value(_unlogged(term, logs[0]))
    if argument is None or coefficient is None or argument <= 0 or argument == 1:
        return None
    coefficient *= factor
    weight = argument if coefficient < 0 else 1 / argument
    count = abs(coefficient) / weight
    if count.denominator != 1 or not 1 <= count <= MAX_TERMS:
        return None
    beside = source[term.start : logs[0].start] + " " + source[logs[0].end : term.end]
    return (weight, int(count)) if weight in _numbers(beside) else None


def _unlogged(node: Node, log: Log) -> Node:
    """``node`` with ``log`` read as 1: its coefficient."""
    if node is log:
        return Number(log.start, log.end, "1", Fraction(1))
    if isinstance(node, Product):
        return Product(node.start, node.end, _unlogged(node.left, log), _unlogged(node.right, log))
    if isinstance(node, Quotient):
        return Quotient(node.start, node.end, _unlogged(node.numerator, log), _unlogged(node.denominator, log))
    if isinstance(node, Negative):
        return Negative(node.start, node.end, _unlogged(node.operand, log))
    return node


#: A number as written beside a logarithm: ``2``, ``0.25``, ``1/6``, ``\frac{1}{6}`` (read as ``1/6``).
_WRITTEN = lazy(r"[0-9]+(?:\.[0-9]+)?(?:[ \t]*/[ \t]*[0-9]+(?:\.[0-9]+)?)?")
_FRAC = lazy(r"\\[dt]?frac[ \t]*\{[ \t]*([0-9.]+)[ \t]*\}[ \t]*\{[ \t]*([0-9.]+)[ \t]*\}")


def _numbers(text: str) -> set[Fraction]:
    """The numbers written in ``text``.

    >>> sorted(_numbers(r"-2 \\times \\frac{1}{6}"))
    [Fraction(1, 6), Fraction(2, 1)]
    """
    found = set()
    for written in _WRITTEN.findall(_FRAC.sub(r"\1/\2", text)):
        top, _, bottom = written.replace(" ", "").replace("\t", "").partition("/")
        if not bottom or Fraction(bottom) != 0:
            found.add(Fraction(top) / Fraction(bottom or 1))
    return found
