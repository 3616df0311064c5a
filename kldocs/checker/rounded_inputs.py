r"""Claims about distributions written rounded so that they no longer sum to 1 (``Q = (0.333, 0.333, 0.333)``).

Such a distribution is no distribution as written, yet a value computed from it may be right. A
claim of ``D_KL``, ``H(P,Q)`` or ``H(P)`` with a plain number for its value is judged so:

1. **The simplest fractions.** Each rounded probability is replaced by the simplest fraction
   (fewest digits in its denominator, found by continued fractions) that rounds to it; when those
   sum to exactly 1 (0.333 three times gives 1/3 three times), the claim holds if it holds for them.
2. **The numbers as written.** Code computes with what it prints: ``sum(p * log(p / q))`` over the
   written 0.333s is a value too, and the claim holds if it is that value (rounded or cut off to
   its digits, as every value is read).
3. **Every distribution the digits allow.** Otherwise the measure is bounded over the whole box of
   probabilities within one unit of their last written digit (rounded or cut off), each term on its
   own (every term depends on its own pair of probabilities, so the sum of the terms' ranges is the
   measure's range over the box). A claim that lies outside that range for every one of them is
   false; one inside it is left unchecked, never called false: some distribution the digits allow may
   make it true.

Distributions that sum to 1 as written are taken as written, as everywhere else in the checker.

>>> from fractions import Fraction
>>> simplest_between(Fraction("0.3325"), Fraction("0.3335"))
Fraction(1, 3)
>>> half = [Fraction(1, 2)] * 2
>>> [round(end, 4) for end in measure_range("kl", [half, [Fraction("0.49"), Fraction("0.51")]], [(), ("0.49", "0.51")])]
[-0.0196, 0.0204]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Any

from kldocs.checker.alternatives import Definitions
from kldocs.checker.chains import Statement
from kldocs.checker.general_claims import plain_names
from kldocs.checker.judging import Outcome, specific
from kldocs.checker.latex_numbers import BaseKey, MeasureNode
from kldocs.checker.scope import Binding, KnownDistributions, unit_name
from kldocs.checker.trees import measures_in
from kldocs.checker.written_precision import literal, written_place
from kldocs.inputs import parse_distribution

#: The measures judged over rounded inputs: sums of one term per outcome, each a function of its own probabilities.
MEASURES = {"kl": 2, "cross_entropy": 2, "entropy": 1}
_DIGITS = 40  # working precision of the bounds (mpmath), far beyond any written value


def rounded_outcome(statement: Statement, kind: str, bindings: dict[str, Binding], base: BaseKey) -> Outcome | None:
    """The verdict on a claim whose distributions include a rounded one (see the module's text), or None."""
    written = literal(statement.right)
    left = statement.left
    if statement.relation not in ("=", "~") or written is None or written.place is None:
        return None
    if not isinstance(left, MeasureNode) or left.symbol.args is None:
        return None
    symbol, names = left.symbol, left.symbol.args
    if MEASURES.get(symbol.measure) != len(names):
        return None
    found = [_binding(bindings, name) for name in names]
    if any(item is None for item in found) or not any(item.rounded for item in found if item is not None):
        return None
    chosen = [item for item in found if item is not None]
    points = [_values(item) for item in chosen]
    if len({len(values) for values in points}) != 1:
        return None
    rounded = [item.rounded for item in chosen]
    shown = ", ".join(f"{item.name} = ({', '.join(item.rounded)})" for item in chosen if item.rounded)
    simplest = _simplest_reading(statement, kind, chosen, bindings, base)
    if simplest is not None:
        return simplest
    low, high = (float(end) for end in written.bounds())
    value = measure_value(symbol.measure, points, base)
    unit = unit_name(base)
    if low <= value <= high:
        note = (
            f"{symbol.text()} = {_shown(value)} {unit} computed with the probabilities as written ({shown}, "
            f"which do not sum to 1), which gives {statement.right_text}"
        )
        return Outcome(kind, "holds", _shown(value), note)
    least, most = measure_range(symbol.measure, points, rounded, base)
    between = f"between {_shown(least)} and {_shown(most)} {unit}"
    if most < low or least > high:
        note = (
            f"{shown} is rounded; for every distribution its digits allow, {symbol.text()} is {between}, "
            f"not {statement.right_text}"
        )
        return Outcome(kind, "false", None, note)
    note = (
        f"{shown} is rounded and does not sum to 1: {symbol.text()} is {between} for the distributions its "
        f"digits allow, and {statement.right_text} is among them, but neither the written numbers nor the "
        "simplest fractions they round give it"
    )
    return Outcome(kind, "unchecked", None, note, may_hold=True)


def unless_given_elsewhere(
    outcome: Outcome, statement: Statement, bindings: dict[str, Binding], definitions: Definitions
) -> Outcome:
    """A claim about a distribution written rounded is not false when its name was given another one."""
    found = [bindings.get(name) or bindings.get(name.swapcase()) for name in plain_names(measures_in(statement.left))]
    names = {binding.name for binding in found if binding is not None and binding.rounded}
    other = next((b for name in sorted(names) for b in definitions.distinct(name)), None)
    if outcome.verdict != "false" or other is None:
        return outcome
    note = f"{outcome.note}; but {other.name} was also {other.text} ({other.where()}), which it may be about"
    return replace(outcome, verdict="unchecked", note=note)


def _values(binding: Binding) -> list[Fraction]:
    """The probabilities as written (a rounded distribution) or as defined."""
    if binding.rounded:
        return [Fraction(text) for text in binding.rounded]
    assert binding.distribution is not None and binding.distribution.probabilities is not None
    return list(binding.distribution.probabilities)


def _binding(bindings: dict[str, Binding], name: str) -> Binding | None:
    binding = bindings.get(name)
    if binding is None and len(name) == 1:
        binding = bindings.get(name.swapcase())  # code defines p, prose writes P
    if binding is None or binding.changed:
        return None
    exact = binding.distribution is not None and binding.distribution.probabilities is not None
    return binding if binding.rounded or exact else None


def _simplest_reading(
    statement: Statement, kind: str, chosen: list[Binding], bindings: dict[str, Binding], base: BaseKey
) -> Outcome | None:
    """The claim read with each rounded distribution as its simplest fractions, when those sum to 1 and it holds."""
    replaced = dict(bindings)
    readings = []
    for item in chosen:
        if not item.rounded:
            continue
        fractions = [_simplest_rounding(text) for text in item.rounded]
        if sum(fractions, Fraction(0)) != 1:
            return None
        distribution = parse_distribution(fractions, name=item.name)
        replaced[item.name] = replace(item, distribution=distribution, problem=None, rounded=())
        readings.append(f"{item.name}'s {', '.join(item.rounded)} as {', '.join(map(str, fractions))}")
    outcome = specific(statement, kind, KnownDistributions(replaced), base, diagnose=False)
    if outcome.verdict != "holds":
        return None
    return replace(outcome, note=f"{outcome.note} (reading {'; '.join(readings)}, the simplest fractions they round)")


def _simplest_rounding(text: str) -> Fraction:
    """The simplest fraction that rounds to a decimal as written (``0.333`` gives 1/3)."""
    value, half = Fraction(text), _unit(text) / 2
    return simplest_between(max(Fraction(0), value - half), value + half)


def _unit(text: str) -> Fraction:
    place = written_place(text)
    return Fraction(10) ** place if place is not None else Fraction(1)


def simplest_between(low: Fraction, high: Fraction) -> Fraction:
    """The fraction with the smallest denominator in ``[low, high]`` (``0 <= low <= high``), by continued fractions."""
    whole = math.floor(low)
    if whole == low:
        return Fraction(whole)
    if whole + 1 <= high:
        return Fraction(whole + 1)
    return whole + 1 / simplest_between(1 / (high - whole), 1 / (low - whole))


def measure_value(measure: str, points: Sequence[Sequence[Fraction]], base: BaseKey = None) -> float:
    """The measure computed term by term with the numbers as they are (whatever their sum), as code does."""
    low, high = _terms(measure, [[(value, value) for value in values] for values in points], base)
    return float((low + high) / 2)


def measure_range(
    measure: str, points: Sequence[Sequence[Fraction]], rounded: Sequence[tuple[str, ...]], base: BaseKey = None
) -> tuple[float, float]:
    """The least and greatest value of the measure over every distribution the rounded digits allow.

    A distribution given ``rounded`` (its probabilities as written) ranges over each probability give or
    take one unit of its last digit (rounded or cut off); the others are exact.
    """
    boxes = []
    for values, written in zip(points, rounded, strict=True):
        if not written:
            boxes.append([(value, value) for value in values])
            continue
        units = [_unit(text) for text in written]
        boxes.append([(max(Fraction(0), v - u), min(Fraction(1), v + u)) for v, u in zip(values, units, strict=True)])
    low, high = _terms(measure, boxes, base)
    return float(low), float(high)


def _terms(measure: str, boxes: list[list[tuple[Fraction, Fraction]]], base: BaseKey) -> tuple[Any, Any]:
    import mpmath

    with mpmath.workdps(_DIGITS):
        scale = mpmath.log(mpmath.mpf(base.numerator) / base.denominator) if base is not None else mpmath.mpf(1)
        low, high = mpmath.mpf(0), mpmath.mpf(0)
        for ranges in zip(*boxes, strict=True):
            term_low, term_high = _term(measure, [(_mp(a), _mp(b)) for a, b in ranges])
            low, high = low + term_low, high + term_high
        slack = mpmath.mpf(10) ** (10 - _DIGITS)
        return low / scale - slack, high / scale + slack


def _mp(value: Fraction) -> Any:
    import mpmath

    return mpmath.mpf(value.numerator) / value.denominator


def _term(measure: str, ranges: list[tuple[Any, Any]]) -> tuple[Any, Any]:
    """The least and greatest value of one outcome's term over its probabilities' ranges (mpmath numbers)."""
    import mpmath

    (a, b), (c, d) = ranges[0], ranges[-1]
    if measure == "entropy":  # -p log p: concave, greatest at 1/e
        peak = min(max(1 / mpmath.e, a), b)
        return min(_entropy(a), _entropy(b)), _entropy(peak)
    if measure == "cross_entropy":  # -p log q: grows with p, falls with q
        return _cross(a, d), _cross(b, c)
    # p log(p/q): falls with q; convex in p, least at p = q/e
    lowest = min(max(d / mpmath.e, a), b)
    return _relative(lowest, d), max(_relative(a, c), _relative(b, c))


def _entropy(p: Any) -> Any:
    import mpmath

    return -p * mpmath.log(p) if p > 0 else mpmath.mpf(0)


def _cross(p: Any, q: Any) -> Any:
    import mpmath

    if p == 0:
        return mpmath.mpf(0)
    return -p * mpmath.log(q) if q > 0 else mpmath.inf


def _relative(p: Any, q: Any) -> Any:
    import mpmath

    if p == 0:
        return mpmath.mpf(0)
    return p * mpmath.log(p / q) if q > 0 else mpmath.inf


def _shown(value: float) -> str:
    return f"{value:.10g}"
