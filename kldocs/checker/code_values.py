"""The values :mod:`~kldocs.checker.code_run` follows beside numbers, and their sums: lists, arrays, dicts, tables,
distribution objects, labels and library names.

A number is worked out as the formula it is (:class:`~.code_arithmetic.Worked`); a list or array holds such numbers
(:class:`Items`), and its sum (:func:`summed`) is one formula again.

>>> from kldocs.checker.code_arithmetic import number
>>> halves = Items((number(0.5), number(0.5)), array=False)
>>> total = summed(halves, numpy=False)
>>> total.text, total.value, array_of([number(1), None])
('(0.5) + (0.5)', 1.0, None)
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import dataclass

from kldocs.checker.code_arithmetic import Worked, as_numpy, combined

#: Most items in a list followed.
MAX_ITEMS = 1000


@dataclass(frozen=True)
class Items:
    """A list or tuple (``array=False``: ``+`` joins, ``* 3`` repeats) or an array, tensor or pandas Series
    (``array=True``: arithmetic item by item)."""

    items: tuple[Worked, ...]
    array: bool


@dataclass(frozen=True)
class Keyed:
    """A dict of numbers or lists, its keys strings."""

    keys: tuple[str, ...]
    values: tuple[Worked | Items, ...]


@dataclass(frozen=True)
class Table:
    """A pandas DataFrame: its columns' names and its rows (``located``: as ``df.iloc``, indexed by position)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Worked, ...], ...]
    located: bool = False


@dataclass(frozen=True)
class Coin:
    """A Bernoulli distribution object (PyTorch's, TensorFlow Probability's): the probability of 1."""

    heads: Worked


@dataclass(frozen=True)
class Categories:
    """A categorical distribution object, by its probabilities."""

    probabilities: Items


@dataclass(frozen=True)
class Labels:
    """A list of labels (strings), as scikit-learn's measures of two labellings take them, or a string's characters
    (``text``: what ``len`` and ``Counter`` take, no labelling)."""

    labels: tuple[str, ...]
    text: bool = False


@dataclass(frozen=True)
class Library:
    """A module or a function of a library, by its full dotted name (``numpy.log2``)."""

    name: str


Value = Worked | Items | Keyed | Table | Coin | Categories | Library | Labels


def array_of(items: Sequence[Worked | None]) -> Items | None:
    """An array of the items, None when one is not known."""
    known = [each for each in items if each is not None]
    return Items(tuple(as_numpy(each) for each in known), True) if len(known) == len(items) else None


def summed(value: Value, *, numpy: bool) -> Worked | None:
    """The sum of a list's or an array's numbers (``sum(p * np.log(p / q))``) as one formula."""
    if not isinstance(value, Items) or not value.items or any(each.rounded for each in value.items):
        return None
    total: Worked | None = value.items[0]
    for each in value.items[1:]:
        total = combined(ast.Add(), total, each) if total is not None else None
    return as_numpy(total) if total is not None and numpy else total
