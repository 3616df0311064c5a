r"""The measures of a split of a decision tree's node, worked from class counts, and whether a written value fits.

A split of a node into children, each given by its class counts, has four measures a lesson works out: each node's
entropy, the children's entropies weighted by their sizes, the information gain (the parent's entropy minus that
weighted entropy: the mutual information between the attribute and the class, counted over the examples) and the
split information (the entropy of the children's sizes; the gain ratio is the gain divided by it). Lessons round
each step to three decimals and carry the rounding on (``0.940 - 0.693 = 0.247``, ``.970 - .4 - .551 = .019``
where the exact gain is 0.01997): a value off by no more than that is left unchecked, not called false.

>>> split = Split(((2, 3), (4, 0), (3, 2)))
>>> split.parent, round(gain(split, 2), 4), round(weighted(split, 2), 4), round(split_information(split, 2), 4)
((9, 5), 0.2467, 0.6935, 1.5774)
>>> fits(0.2467498, "0.247"), fits(0.2467498, "0.246"), fits(0.2467498, "0.25"), fits(0.2467498, "0.245")
(True, True, True, False)
>>> carried(0.01997, "0.019", "0.970 - 0.4 - 0.551 = 0.019"), carried(0.2467, "0.347", "")
(True, False)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from kldocs.checker.lazy_patterns import lazy

#: Bases tried for a value whose unit is not written, with their units.
BASES = ((2.0, "bits"), (math.e, "nats"))


@dataclass(frozen=True)
class Split:
    """A node's children by their class counts (each in the same order of classes)."""

    children: tuple[tuple[int, ...], ...]

    @property
    def parent(self) -> tuple[int, ...]:
        """The parent's counts: the children's, class by class."""
        return tuple(sum(column) for column in zip(*self.children, strict=True))

    @property
    def total(self) -> int:
        return sum(self.parent)

    def weights(self) -> list[Fraction]:
        """Each child's share of the parent's examples."""
        return [Fraction(sum(child), self.total) for child in self.children]

    def shares(self) -> set[Fraction]:
        """Every fraction a lesson may write in working out this split's measures: a child's weight, the share of
        a class in a node, 0 and 1."""
        found = {Fraction(0), Fraction(1), *self.weights()}
        for node in (self.parent, *self.children):
            if sum(node):
                found |= {Fraction(count, sum(node)) for count in node}
        return found


def entropy(counts: tuple[int, ...], base: float) -> float:
    """The entropy of the class distribution of counts.

    >>> round(entropy((9, 5), 2), 4), entropy((4, 0), 2)
    (0.9403, 0.0)
    """
    total = sum(counts)
    return -sum(count / total * math.log(count / total, base) for count in counts if count) + 0.0


def weighted(split: Split, base: float) -> float:
    """The children's entropies weighted by their sizes (the class's entropy given the attribute)."""
    return sum(
        float(weight) * entropy(child, base) for weight, child in zip(split.weights(), split.children, strict=True)
    )


def gain(split: Split, base: float) -> float:
    """The information gain of the split: the parent's entropy minus the weighted entropy of its children."""
    return entropy(split.parent, base) - weighted(split, base)


def split_information(split: Split, base: float) -> float:
    """The entropy of the children's sizes."""
    return entropy(tuple(sum(child) for child in split.children), base)


def gini_gain(split: Split) -> float:
    """The same split's gain in Gini impurity (a lesson may call it the gain too): not checked, only told apart."""

    def gini(counts: tuple[int, ...]) -> float:
        total = sum(counts)
        return 1 - sum((count / total) ** 2 for count in counts) if total else 0.0

    return gini(split.parent) - sum(
        float(w) * gini(child) for w, child in zip(split.weights(), split.children, strict=True)
    )


def _decimal(written: str) -> Decimal | None:
    try:
        return Decimal(written)
    except InvalidOperation:
        return None


def fits(value: float, written: str) -> bool:
    """Whether ``written`` is ``value`` rounded to its last digit, or cut off there when it has three or more
    significant digits (as the checker's judge reads a decimal)."""
    number = _decimal(written)
    if number is None:
        return False
    exponent = number.as_tuple().exponent
    unit = 10.0**exponent if isinstance(exponent, int) else 1.0
    if abs(value - float(number)) <= unit / 2 * (1 + 1e-9):
        return True
    digits = len(number.as_tuple().digits) if number else 0
    return digits >= 3 and 0 <= (value - float(number)) * (1 if number >= 0 else -1) < unit


#: Decimals written in the working of a value.
_DECIMALS = lazy(r"(?<![\d.])\d*\.(\d+)")
#: How many units of its last place a value worked from rounded values may be off (the parent's entropy and the
#: weighted entropy each half a unit off, and the result rounded again).
CARRIED_UNITS = Fraction(3, 2)


def carried(value: float, written: str, working: str) -> bool:
    """Whether ``written`` is within the rounding carried through working a value out from values rounded to the
    coarsest places written (in ``working``, the text that works it out, and in ``written`` itself)."""
    number = _decimal(written)
    if number is None:
        return False
    exponent = number.as_tuple().exponent
    # a whole number written with decimals (``1.0``, ``0.000``) is exact: no rounding is carried from it
    places = [len(match.group(1)) for match in _DECIMALS.finditer(working) if match.group(1).strip("0")]
    coarsest = min([-exponent if isinstance(exponent, int) else 0, *places])
    return abs(value - float(number)) <= float(CARRIED_UNITS) * 10.0 ** (-coarsest)


_FRACTION = lazy(r"\\frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}|(?<![\d.])(\d+)\s*/\s*(\d+)(?![\d.])")


def foreign_fractions(working: str, split: Split) -> bool:
    r"""Whether the working writes a fraction that is none of the split's weights or shares: it is about other
    counts than these.

    >>> split = Split(((2, 3), (4, 0), (3, 2)))
    >>> foreign_fractions(r"5/14 * 0.971 + 4/14 * 0 + \frac{5}{14} \cdot 0.971", split)
    False
    >>> foreign_fractions("0.940 - 8/14 * 0.811", split)
    True
    """
    shares = split.shares()
    for match in _FRACTION.finditer(working):
        numerator, denominator = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        if int(denominator) == 0 or Fraction(int(numerator), int(denominator)) not in shares:
            return True
    return False


def unit_of(text: str) -> str | None:
    """The unit a value's words name (``bits``, ``nats``), if any."""
    match = re.search(r"(?i)\b(bits?|nats?)\b|(비트|比特|ビット)|(나트|奈特|ナット)", text)
    if match is None:
        return None
    return "nats" if (match.group(1) or "").lower().startswith("nat") or match.group(3) else "bits"
