r"""Values of functions known only by their name: a ``def jsd(*args)`` whose body kldocs does not read.

A function the document defines with a measure's name (``kld``, ``jsd``, ``cross_entropy``) may compute
something else than its name says: another log base, the square root of the JSD (the JS distance), a sum
where a mean was meant. When its body is not one of the formulas kldocs reads exactly
(:mod:`~kldocs.checker.code_functions`), a value it is said to return on lists of numbers written in the
code (never on distributions it was not given) is compared with the named measure of those lists in each
usual base (e, 2 and 10), and for the JSD with the JS distance too: the value that fits becomes a claim
about that measure, in that base, which the judge then confirms. A value that fits none is left
unchecked, with the values worked out in its note; it is never called false, since the body may
compute another thing on purpose. Floats only choose the reading; the verdict is the exact core's, and a
reading too near the edge of the written digits to be sure of is not chosen.

>>> call = MeasureCall("jsd", ("=0.5, 0.5", "=0.9, 0.1"), None, NAMED + "jsd")
>>> resolved(call, "0.3831")
MeasureCall(measure='js_distance', names=('=0.5, 0.5', '=0.9, 0.1'), base='2', function='jsd')
>>> note = resolved(call, "0.3")
>>> "the JS distance is 0.319 nats, 0.3831 bits" in note, note.endswith("0.3 has too few digits to tell")
(True, True)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from kldocs.checker.code_terms import MeasureCall

#: What starts the ``function`` of a call of a function the document defines whose body is not read
#: (``named:jsd``).
NAMED = "named:"
#: How a list of numbers given as an argument is written among the names of a call (as in :mod:`.code_calls`).
_LITERAL = "="
_BASES = (("e", "nats"), ("2", "bits"), ("10", "bans"))
#: The readings tried for each measure a name says: that measure, and the JSD and its square root for each other.
_READINGS = {
    "entropy": ("entropy",),
    "cross_entropy": ("cross_entropy",),
    "kl": ("kl",),
    "jsd": ("jsd", "js_distance"),
    "js_distance": ("js_distance", "jsd"),
}
_NAMES = {"entropy": "entropy", "cross_entropy": "cross-entropy", "kl": "KL divergence", "jsd": "JSD"}
_NAMES["js_distance"] = "JS distance"
#: Fewest significant digits of a value read as one of several readings (fewer could fit one by chance).
MIN_DIGITS = 3
#: How far from the written value, in units of its last digit, a value may be and be read as rounding to it: the
#: floats' error (about 1e-15 of a value, a written value has at most 10 significant digits) is far below the rest.
_MARGIN = 0.499


def is_named(call: MeasureCall) -> bool:
    """True for a call of a function known only by its name."""
    return call.function.startswith(NAMED)


def resolved(
    call: MeasureCall, written: str, unit: str | None = None, lead: str | None = None
) -> MeasureCall | Formula | str | None:
    """The reading of a :data:`NAMED` call that gives ``written`` (a call with its measure and base, or a formula),
    else the note of an unchecked claim; None when its inputs are not all lists of numbers that are distributions
    (or, for a cross-entropy, labels and the probabilities predicted for them, see :func:`_binary`).

    ``unit``: the unit written with the value (``bits``), the only base then tried; ``lead``: what the note says
    first, in place of "the function is defined in a way kldocs does not read". A call given its base
    (``base=2``) is read in that base only."""
    lists = _distributions(call.names)
    bases = [
        (base, name)
        for base, name in _BASES
        if (unit is None or name.startswith(unit.lower().rstrip("s"))) and call.base in (None, base)
    ]
    if lists is None:
        return _binary(call, written, bases, lead) if call.measure == "cross_entropy" else None
    found: list[tuple[str, str, str, float]] = []
    for measure in _READINGS[call.measure]:
        for base, unit_name in bases:
            value = _value(measure, lists, math.log(float(base)) if base != "e" else 1.0)
            if value is None:
                return None
            if rounds_to(value, written):
                return replace(call, measure=measure, base=base, function=call.function.removeprefix(NAMED))
            found.append((measure, base, unit_name, value))
    worked = "; ".join(
        f"the {_NAMES[measure]} is " + ", ".join(f"{value:.4g} {name}" for m, _, name, value in found if m == measure)
        for measure in _READINGS[call.measure]
    )
    return f"{_lead(call, lead)}: of its inputs, {worked}; {_fits(written)}"


@dataclass(frozen=True)
class Formula:
    """A reading written out as a formula kldocs reads (its value is the claim's left side)."""

    text: str


_LOG_TEXT = {"e": "\\ln", "2": "\\log_2", "10": "\\log_{10}"}


def _binary(call: MeasureCall, written: str, bases: list[tuple[str, str]], lead: str | None) -> Formula | str | None:
    r"""A cross-entropy function of labels (0 or 1) and the probabilities predicted for them: the binary
    cross-entropy, summed or averaged over the items, in the base that fits ``written``; else the note.

    >>> call = MeasureCall("cross_entropy", ("=1, 0", "=0.8, 0.4"), None, NAMED + "cross_entropy")
    >>> resolved(call, "0.7339691751").text
    '-(\\ln(0.8) + \\ln(1 - 0.4))'
    >>> resolved(call, "0.3669845875").text
    '\\frac{-(\\ln(0.8) + \\ln(1 - 0.4))}{2}'
    """
    if len(call.names) != 2 or not all(name.startswith(_LITERAL) for name in call.names):
        return None
    labels, predicted = (name[len(_LITERAL) :].split(", ") for name in call.names)
    if len(labels) != len(predicted) or any(Fraction(label) not in (0, 1) for label in labels):
        return None
    if any(not 0 < Fraction(probability) < 1 for probability in predicted):
        return None
    chosen = [p if Fraction(y) == 1 else f"1 - {p}" for y, p in zip(labels, predicted, strict=True)]
    nats = -sum(
        math.log(float(Fraction(p))) if Fraction(y) == 1 else math.log(1 - float(Fraction(p)))
        for y, p in zip(labels, predicted, strict=True)
    )
    found = []
    for total in ("summed", "averaged"):
        for base, unit_name in bases:
            value = nats / (math.log(float(base)) if base != "e" else 1.0) / (len(labels) if total == "averaged" else 1)
            if rounds_to(value, written):
                text = "-(" + " + ".join(f"{_LOG_TEXT[base]}({item})" for item in chosen) + ")"
                return Formula(text if total == "summed" else f"\\frac{{{text}}}{{{len(labels)}}}")
            found.append(f"{total}, {value:.4g} {unit_name}")
    worked = "the binary cross-entropy of the labels and the probabilities predicted for them is " + "; ".join(found)
    return f"{_lead(call, lead)}: of its inputs, {worked}; {_fits(written)}"


def _lead(call: MeasureCall, lead: str | None) -> str:
    return lead or f"{call.function.removeprefix(NAMED)} is defined in the document in a way kldocs does not read"


def _fits(written: str) -> str:
    return (
        f"none of these is {written}"
        if _digits(Decimal(written.removesuffix("..."))) >= MIN_DIGITS
        else f"{written} has too few digits to tell"
    )


def _distributions(names: Sequence[str]) -> list[list[float]] | None:
    """The lists of numbers a call takes, when each is written in the code and sums to 1."""
    lists: list[list[float]] = []
    for name in names:
        if not name.startswith(_LITERAL):
            return None
        values = [Fraction(item) for item in name[len(_LITERAL) :].split(", ")]
        if sum(values) != 1 or any(value < 0 for value in values) or len(values) != len(lists[0] if lists else values):
            return None
        lists.append([float(value) for value in values])
    return lists


def _value(measure: str, lists: list[list[float]], scale: float) -> float | None:
    """The measure of the lists in nats divided by ``scale`` (the natural log of the base); None where infinite."""
    if measure == "entropy" and len(lists) == 1:
        return _entropy(lists[0]) / scale
    if measure in ("kl", "cross_entropy") and len(lists) == 2:
        p, q = lists
        if any(a > 0 and b == 0 for a, b in zip(p, q, strict=True)):
            return None
        cross = -sum(a * math.log(b) for a, b in zip(p, q, strict=True) if a > 0)
        return (cross - _entropy(p) if measure == "kl" else cross) / scale
    if measure in ("jsd", "js_distance") and len(lists) >= 2:
        mixture = [sum(column) / len(lists) for column in zip(*lists, strict=True)]
        jsd = max(0.0, _entropy(mixture) - sum(_entropy(p) for p in lists) / len(lists)) / scale
        return jsd if measure == "jsd" else math.sqrt(jsd)
    return None


def _entropy(p: list[float]) -> float:
    return -sum(a * math.log(a) for a in p if a > 0)


def rounds_to(value: float, written: str, least: int = MIN_DIGITS) -> bool:
    """True when ``value`` rounds to ``written`` (of ``least`` significant digits or more) at its last digit, and not
    only near the edge of that digit; a value written with dots for the digits left out (``0.8812...``) may also
    start with those digits.

    >>> rounds_to(0.88129, "0.8813"), rounds_to(0.88129, "0.8812..."), rounds_to(0.88129, "0.8812")
    (True, True, False)
    """
    digits = written.removesuffix("...")
    number = Decimal(digits)
    exponent = number.as_tuple().exponent
    if value == 0 and number == 0:  # the entropy of a certain outcome is 0 in every base
        return True
    if not isinstance(exponent, int) or _digits(number) < least:
        return False
    cut = 0 <= abs(value) - abs(float(number)) < 10.0**exponent and (value < 0) == number.is_signed()
    if digits != written and cut:
        return True
    return abs(value - float(number)) <= _MARGIN * 10.0**exponent


def _digits(number: Decimal) -> int:
    """Significant digits as written (``0.0250`` has 3)."""
    exponent = number.as_tuple().exponent
    return number.adjusted() - exponent + 1 if isinstance(exponent, int) and number else 0
