r"""Expressions written with rounded numbers inside logarithms: ``0.5 \log_2(0.714)`` for ``0.5 \log_2(0.5/0.7)``.

Worked solutions often round a ratio before taking its logarithm. Such a
step is right when the exact value lies within the range the rounded
numbers allow, so each decimal of three or more significant digits inside a
logarithm stands for every number that rounds to it. The range is found
with interval arithmetic in floating point, which is ample here: the range
is wider than floating-point error by many orders of magnitude.

>>> from kldocs.checker.tokens import tokenize
>>> from kldocs.checker.latex_numbers import Environment, parse
>>> node = parse(tokenize(r"0.5 \log_2(0.714) + 0.5 \log_2(1.667)"))
>>> has_rounded_logs(node)
True
>>> low, high = value_range(node, Environment())
>>> round(low, 4), round(high, 4)
(0.1249, 0.1263)

Plain arithmetic on values that were themselves rounded (``2.4179 - 1.8464``,
two entropies to four places, written ``= 0.5714``) is read the same way:
each decimal of three or more significant digits stands for every number
that rounds to it, and so does the written result.

>>> has_rounded_operands(parse(tokenize("2.4179 - 1.8464")))
True
>>> low, high = value_range(parse(tokenize("2.4179 - 1.8464")), Environment(), everywhere=True)
>>> round(low, 5), round(high, 5)
(0.5714, 0.5716)
"""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

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
)
from kldocs.checker.trees import walk
from kldocs.checker.written_precision import written_place
from kldocs.errors import EvaluationError

#: A decimal inside a logarithm with at least this many significant digits is read as rounded.
ROUNDED_DIGITS = 3
Range = tuple[float, float]


def has_rounded_logs(node: Node) -> bool:
    """True when a logarithm's argument holds a decimal written to :data:`ROUNDED_DIGITS` or more digits."""
    return any(isinstance(item, Log) and _rounded_numbers(item.argument) for item in walk(node))


def has_rounded_operands(node: Node, digits: int = ROUNDED_DIGITS) -> bool:
    r"""True for plain arithmetic (no measure, no logarithm but of a whole number: ``\ln 2`` converts units) on a
    decimal of ``digits`` or more digits (see :func:`_is_rounded` for two).

    >>> from kldocs.checker.tokens import tokenize
    >>> from kldocs.checker.latex_numbers import parse
    >>> [has_rounded_operands(parse(tokenize(text))) for text in (r"0.154 \times \ln 2", r"0.5 \ln 0.714")]
    [True, False]
    """
    items = list(walk(node))
    plain = not isinstance(node, Number) and not any(
        isinstance(item, MeasureNode) or (isinstance(item, Log) and not _whole_log(item)) for item in items
    )
    return plain and any(isinstance(item, Number) and _is_rounded(item, digits) for item in items)


def _whole_log(log: Log) -> bool:
    r"""Whether a logarithm's argument is a whole number written as one (``\ln 2``, ``\log_2 10``): a constant."""
    return isinstance(log.argument, Number) and log.argument.value.denominator == 1 and log.argument.value > 0


def value_range(
    node: Node,
    environment: Environment,
    *,
    everywhere: bool = False,
    digits: int = ROUNDED_DIGITS,
    cut_off: bool = False,
) -> Range | None:
    """The values ``node`` can stand for when the decimals inside its logarithms (``everywhere``: all its
    decimals of ``digits`` or more digits) are rounded, or (``cut_off``) rounded or cut off; None if unknown."""
    try:
        return _range(node, environment, digits if everywhere else None, cut_off)
    except (EvaluationError, ArithmeticError, ValueError, OverflowError):
        return None


#: The most distinct rounded inputs of one expression whose every corner :func:`inputs_range` tries (2**6 of them).
_CORNER_INPUTS = 6


def inputs_range(
    node: Node, environment: Environment, given: frozenset[Fraction] = frozenset()
) -> tuple[Range, int] | None:
    r"""The values an expression whose logarithms take rounded decimals can stand for, each decimal of two or more
    digits (see :func:`_is_rounded`) standing for every number that rounds to it and, wherever it is written again,
    for the same number: the shares of counts written to two places (``0.56`` for 51/91); a probability the
    document ``given`` as a distribution's is exact, and so are all of them when a logarithm takes a decimal that
    does not look rounded (``0.70``, ``0.05``, ``0.03`` beside ``0.92``). The range is found at the corners of the
    inputs' box and its centre; also the fewest digits among the inputs. None when no logarithm takes such a
    decimal, or there are more than :data:`_CORNER_INPUTS` of them.

    >>> from kldocs.checker.tokens import tokenize
    >>> from kldocs.checker.latex_numbers import parse
    >>> (low, high), digits = inputs_range(parse(tokenize(r"-(0.56 \log_2 0.56 + 0.44 \log_2 0.44)")), Environment())
    >>> round(low, 5), round(high, 5), digits
    (0.98519, 0.99384, 2)
    >>> given = frozenset({Fraction("0.56"), Fraction("0.44")})
    >>> inputs_range(parse(tokenize(r"-(0.56 \log_2 0.56 + 0.44 \log_2 0.44)")), Environment(), given) is None
    True
    """
    items = list(walk(node))
    inputs = {
        item.text: item
        for item in items
        if isinstance(item, Number) and _is_rounded(item, 2) and item.value not in given
    }
    logged = [
        item
        for item in items
        if isinstance(item, Log) and any(isinstance(inner, Number) and inner.text in inputs for inner in walk(item))
    ]
    if not logged or len(inputs) > _CORNER_INPUTS:
        return None
    inside = {
        inner.text for item in items if isinstance(item, Log) for inner in walk(item) if isinstance(inner, Number)
    }
    if any("." in text and text not in inputs for text in inside):
        return None  # 0.92 beside 0.70, 0.05, 0.03: probabilities given as written, not shares rounded alike
    ends = []
    for text, number in inputs.items():
        place = written_place(text)
        assert place is not None
        half = Fraction(10) ** place / 2
        ends.append((text, float(number.value - half), float(number.value), float(number.value + half)))
    corners = [dict(zip(inputs, values, strict=True)) for values in itertools.product(*[(e[1], e[3]) for e in ends])]
    corners.append({text: centre for text, _, centre, _ in ends})
    try:
        values = [value for corner in corners for value in _range(node, environment, None, fixed=corner)]
    except (EvaluationError, ArithmeticError, ValueError, OverflowError):
        return None
    digits = min(_digits(number) for number in inputs.values())
    return (min(values), max(values)), digits


def overlaps(first: Range, second: Range) -> bool:
    """True when the two ranges share a value (with room for floating-point error)."""
    slack = 1e-12 * (1 + max(abs(first[0]), abs(first[1]), abs(second[0]), abs(second[1])))
    return first[0] <= second[1] + slack and second[0] <= first[1] + slack


def _rounded_numbers(node: Node, least: int = ROUNDED_DIGITS) -> bool:
    return any(isinstance(item, Number) and _is_rounded(item, least) for item in walk(node))


def _digits(number: Number) -> int:
    """The significant digits a nonzero decimal is written to (``0.56``: 2, ``0.0305``: 3)."""
    place = written_place(number.text)
    assert place is not None
    return math.floor(math.log10(abs(float(number.value)))) - place + 1


def _is_rounded(number: Number, least: int = ROUNDED_DIGITS) -> bool:
    """Whether a decimal stands for every number that rounds to it: one of ``least`` significant digits or more;
    of two, only one whose last digit is not 0 or 5 (``0.47`` for an entropy, not ``0.25`` or ``0.15``, which
    are probabilities as given).

    >>> [_is_rounded(Number(0, 4, text, Fraction(text)), 2) for text in ("0.47", "0.25", "1.5", "0.921")]
    [True, False, False, True]
    """
    place = written_place(number.text)
    if place is None or number.value == 0:
        return False
    digits = _digits(number)
    if digits == 2 and least <= 2:
        return int(abs(number.value) / Fraction(10) ** place) % 5 != 0
    return digits >= least


def _range(
    node: Node,
    environment: Environment,
    rounded_from: int | None,
    cut_off: bool = False,
    fixed: dict[str, float] | None = None,
) -> Range:
    """The range of ``node`` when each decimal of ``rounded_from`` or more digits is rounded (None: none is;
    inside a logarithm, those of :data:`ROUNDED_DIGITS` are), or with ``cut_off`` rounded or cut off (a
    decimal of :data:`ROUNDED_DIGITS` or more digits may stand for a value up to its next digit); a decimal written
    as a key of ``fixed`` stands for its value there alone."""
    if isinstance(node, Number):
        if fixed is not None and node.text in fixed:
            return fixed[node.text], fixed[node.text]
        value = float(node.value)
        if rounded_from is not None and _is_rounded(node, rounded_from):
            place = written_place(node.text)
            assert place is not None
            half = float(Fraction(10) ** place) / 2
            cut = half if cut_off and _is_rounded(node) else 0.0
            return (value - half, value + half + cut) if value > 0 else (value - half - cut, value + half)
        return value, value
    if isinstance(node, Infinity):
        raise EvaluationError("an infinite value has no range")
    if isinstance(node, MeasureNode):
        value = float(environment.measure(node.symbol))
        return value, value
    if isinstance(node, Negative):
        low, high = _range(node.operand, environment, rounded_from, cut_off, fixed)
        return -high, -low
    if isinstance(node, Sum):
        low = high = 0.0
        for sign, term in node.terms:
            a, b = _range(term, environment, rounded_from, cut_off, fixed)
            low, high = (low + a, high + b) if sign > 0 else (low - b, high - a)
        return low, high
    if isinstance(node, (Product, Quotient)):
        left = _range(
            node.left if isinstance(node, Product) else node.numerator, environment, rounded_from, cut_off, fixed
        )
        right = _range(
            node.right if isinstance(node, Product) else node.denominator, environment, rounded_from, cut_off, fixed
        )
        if isinstance(node, Quotient):
            if right[0] <= 0 <= right[1]:
                raise EvaluationError("a range that holds 0 in a denominator")
            right = (1 / right[1], 1 / right[0])
        corners = [a * b for a in left for b in right]
        return min(corners), max(corners)
    if isinstance(node, Power):
        low, high = _range(node.base, environment, rounded_from, cut_off, fixed)
        values = [low**node.exponent, high**node.exponent]
        if low < 0 < high and node.exponent % 2 == 0:
            values.append(0.0)
        return min(values), max(values)
    if isinstance(node, Log):
        low, high = _range(
            node.argument, environment, ROUNDED_DIGITS if rounded_from is None else rounded_from, cut_off, fixed
        )
        if low <= 0:
            raise EvaluationError("the logarithm of a range that reaches 0")
        scale = _log_scale(node.base, environment)
        return math.log(low) / scale, math.log(high) / scale
    raise EvaluationError(f"no range for {type(node).__name__}")


def _log_scale(base: str, environment: Environment) -> float:
    if base == "doc":
        return 1.0 if environment.base is None else math.log(float(environment.base))
    return 1.0 if base == "e" else math.log(float(base))
