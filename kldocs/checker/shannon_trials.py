r"""An equation between Shannon's measures that is no identity, tried on joint distributions: a slip, or a special case?

``I(X;Y) = H(X) - H(Y|X)`` and ``H(X|Y) = H(X)`` are both no identity, but only the first is a slip: the second
says that X and Y are independent, which the document's own variables may be. The two are told apart on joint
distributions of binary variables with small rational probabilities (the same ones for every document):

- an equation whose left side is the larger for one of them and the smaller for another is false: its sides
  differ by a quantity of either sign (here ``H(Y) - H(X)``), so no way the variables depend on each other
  makes it hold, only a coincidence of values;
- an equation whose sides differ one way only holds exactly when some of Shannon's quantities are 0 (the
  variables are independent, or one determines another). It is false when those variables would make a term of
  it 0 that its writer wrote out: its sign flipped (``I(X;Y) = H(X,Y) - H(X) - H(Y)``), a term that is always 0
  (``H(X,Y) = H(X) + H(Y|Y)``), or one the equation's own condition makes 0 (``I(X;Y) = H(X) + H(Y|X)``,
  which needs ``H(Y|X) = 0``). A step that adds or drops just such a term (``H(K|C) = H(K|C) + H(M|K,C)``, where
  decryption makes ``H(M|K,C) = 0``) and an equation that only states the condition (``H(X,Y) = H(X) + H(Y)``)
  are left alone.

>>> from fractions import Fraction
>>> x, y, xy = frozenset("X"), frozenset("Y"), frozenset("XY")
>>> left = {x: Fraction(1), y: Fraction(1), xy: Fraction(-1)}  # I(X;Y)
>>> right = {x: Fraction(2), xy: Fraction(-1)}  # H(X) - H(Y|X) = H(X) - (H(X,Y) - H(X))
>>> print(refuted(left, right, [], lambda form: False).split(":")[0])
not an identity of Shannon's measures
"""

from __future__ import annotations

import functools
import itertools
import math
import random
from collections.abc import Callable, Sequence
from fractions import Fraction

#: A combination of joint entropies: each set of variables with its weight.
Form = dict[frozenset[str], Fraction]
#: How many joint distributions an equation is tried on.
TRIALS = 12
#: A difference of the sides smaller than this (in bits) on a trial counts as none.
_TOLERANCE = 1e-9


@functools.cache
def joints(count: int) -> tuple[tuple[Fraction, ...], ...]:
    """Joint distributions of ``count`` binary variables, cells in the order 00...0, 00...1, ..., each with small
    integer weights (no cell empty), the same on every call.

    >>> [str(p) for p in joints(2)[0]], len(joints(3)[0])
    (['1/6', '1/6', '1/6', '1/2'], 8)
    """
    generator = random.Random(count)
    found: list[tuple[Fraction, ...]] = []
    for _ in range(TRIALS):
        weights = [generator.randint(1, 6) for _ in range(2**count)]
        total = sum(weights)
        found.append(tuple(Fraction(weight, total) for weight in weights))
    return tuple(found)


@functools.cache
def _entropy(count: int, trial: int, positions: tuple[int, ...]) -> float:
    """The joint entropy in bits of the variables at ``positions`` under trial ``trial`` of ``count`` variables."""
    joint = joints(count)[trial]
    marginal: dict[tuple[int, ...], Fraction] = {}
    for cell, p in zip(itertools.product((0, 1), repeat=count), joint, strict=True):
        key = tuple(cell[position] for position in positions)
        marginal[key] = marginal.get(key, Fraction(0)) + p
    return -math.fsum(float(p) * math.log2(p) for p in marginal.values() if p)


def value(form: Form, names: Sequence[str], trial: int) -> float:
    """The combination's value in bits for the variables ``names`` (in the joint's order) under a trial joint.

    >>> value({frozenset("X"): Fraction(1), frozenset("XY"): Fraction(-1)}, ["X", "Y"], 0) < 0
    True
    """
    index = {name: position for position, name in enumerate(names)}
    return math.fsum(
        float(weight) * _entropy(len(names), trial, tuple(sorted(index[name] for name in key)))
        for key, weight in form.items()
    )


def _combined(form: Form, other: Form, weight: Fraction) -> Form:
    total = dict(form)
    for key, amount in other.items():
        total[key] = total.get(key, Fraction(0)) + weight * amount
    return {key: amount for key, amount in total.items() if amount}


def _shown(names: Sequence[str], trial: int) -> str:
    """``binary X, Y with p(0,0) = 1/6, p(0,1) = 1/6, ...``: a trial joint distribution as the note gives it."""
    joint = joints(len(names))[trial]
    cells = ", ".join(
        f"p({','.join(map(str, cell))}) = {p}"
        for cell, p in zip(itertools.product((0, 1), repeat=len(names)), joint, strict=True)
    )
    return f"binary {', '.join(names)} with {cells}"


def refuted(
    left: Form, right: Form, terms: Sequence[tuple[Fraction, Form]], nonnegative: Callable[[Form], bool]
) -> str | None:
    """Why ``left = right`` is false, or None when it may hold for the document's own variables.

    ``terms``: each measure written in the equation with its weight (negative on the right) and its form;
    ``nonnegative``: whether a combination is shown to be at least 0 for every joint distribution.
    """
    difference = _combined(left, right, Fraction(-1))
    names = sorted(frozenset().union(*difference))
    if not difference or len(names) > 4:
        return None
    trials = [(trial, value(difference, names, trial)) for trial in range(TRIALS)]
    above = next((trial for trial, gap in trials if gap > _TOLERANCE), None)
    below = next((trial for trial, gap in trials if gap < -_TOLERANCE), None)
    if above is not None and below is not None:
        first, second = value(left, names, above), value(right, names, above)
        return (
            f"not an identity of Shannon's measures: for {_shown(names, above)}, the left side is {first:.4f} bits and "
            f"the right side {second:.4f}; for others the left is the smaller, so no dependence makes them equal"
        )
    trial = above if above is not None else below
    if trial is None:
        return None
    oriented = difference if above is not None else _combined({}, difference, Fraction(-1))
    shown = (
        f"for {_shown(names, trial)}, the left side is {value(left, names, trial):.4f} bits and the right side "
        f"{value(right, names, trial):.4f}"
    )
    if left and not _combined(left, right, Fraction(1)):
        return f"the right side is minus the left: the sign is flipped ({shown})"
    if any(not form for _, form in terms):
        return f"a term of it is always 0 (a variable given itself), so this is no identity ({shown})"
    if any(not _combined(difference, form, -weight) for weight, form in terms):
        return None  # a step that adds or drops a term its variables make 0
    for weight, form in terms:
        for scale in sorted({Fraction(1), Fraction(2), abs(weight), 2 * abs(weight)}):
            if nonnegative(_combined(oriented, form, -scale)):
                return (
                    f"it holds only where a term written in it is 0, and then its writer would not have written that "
                    f"term: no identity ({shown})"
                )
    return None


def independent_gap(form: Form, first: str, second: str) -> str | None:
    """Where a combination of the joint entropies of two variables is not 0 although they are independent, as the
    note gives it, or None when it is 0 for every pair of independent variables (or names others).

    >>> x, y, xy = frozenset("X"), frozenset("Y"), frozenset("XY")
    >>> independent_gap({x: Fraction(1), y: Fraction(1), xy: Fraction(-1)}, "X", "Y") is None
    True
    >>> independent_gap({xy: Fraction(1), y: Fraction(-2)}, "X", "Y").split(",")[0]
    'for independent binary X and Y with p(X=0) = 1/3'
    """
    names = [first, second]
    if not set().union(*form) <= set(names):
        return None
    for one, other in itertools.product((Fraction(1, 3), Fraction(1, 2), Fraction(1, 5)), repeat=2):
        margins = {first: one, second: other}
        gap = math.fsum(
            float(weight) * _product_entropy([margins[name] for name in key]) for key, weight in form.items()
        )
        if abs(gap) > _TOLERANCE:
            return (
                f"for independent binary {first} and {second} with p({first}=0) = {one}, p({second}=0) = {other}, "
                f"the left side minus the right is {gap:.4f} bits"
            )
    return None


def _product_entropy(margins: Sequence[Fraction]) -> float:
    """The joint entropy in bits of independent binary variables, each 0 with the given probability."""
    return math.fsum(-(float(p) * math.log2(p) + float(1 - p) * math.log2(1 - p)) for p in margins)
