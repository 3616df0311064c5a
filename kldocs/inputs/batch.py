"""Batches of float distributions: arrays whose slices along one axis are distributions.

This is what a measure reads when it is given ``axis=`` (as
``scipy.stats.entropy`` is): every slice along the axis must be a
distribution (no NaN, no infinity, no negative value, a sum within rounding
of 1). The arrays are broadcast against each other first, as SciPy does.
Positions in messages are NumPy's (0-based), since the data is an array.

>>> P, Q = parse_batch(([[0.5, 0.5], [1.0, 0.0]], [0.25, 0.75]), axis=1)
>>> P.shape, Q.shape
((2, 2), (2, 2))
>>> parse_batch(([[0.5, 0.5], [0.5, 0.4]],), axis=1)
Traceback (most recent call last):
...
kldocs.errors.InputError: P[1, :]: values sum to 0.9, not 1
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from kldocs.errors import InputError
from kldocs.inputs.distribution import FLOAT_SUM_TOLERANCE, Distribution

#: The names of the arrays of a measure, in order.
NAMES = ("P", "Q")


def parse_batch(data: Sequence[Any], axis: int, names: Sequence[str] = NAMES) -> list[np.ndarray]:
    """The arrays as float64, broadcast to one shape, each slice along ``axis`` checked to be a distribution.

    Parameters
    ----------
    data
        One array-like per distribution argument (a NumPy array, nested
        lists of numbers, a pandas DataFrame, a Distribution).
    axis
        The axis along which each distribution lies (negative counts from the end).
    names
        What messages call each array.

    Raises
    ------
    InputError
        An array that is not numbers, shapes that do not broadcast, an axis
        out of range, or a slice that is not a distribution (naming it).
    """
    arrays = [_as_array(item, name) for item, name in zip(data, names, strict=False)]
    try:
        arrays = list(np.broadcast_arrays(*arrays))
    except ValueError:
        shapes = ", ".join(f"{name} {array.shape}" for name, array in zip(names, arrays, strict=False))
        raise InputError(names[len(arrays) - 1], f"the shapes do not broadcast together: {shapes}") from None
    ndim = arrays[0].ndim
    if not -ndim <= axis < ndim:
        raise InputError("axis", f"{axis} is out of range for arrays of {ndim} dimension{'s' if ndim != 1 else ''}")
    for array, name in zip(arrays, names, strict=False):
        _check(array, axis % ndim, name)
    return arrays


def _as_array(item: Any, name: str) -> np.ndarray:
    """One argument as a float64 array of at least one dimension."""
    if isinstance(item, Distribution):
        return item.as_array()
    if isinstance(item, str):
        raise InputError(name, "with axis=, give an array of numbers, not text")
    try:
        array = np.asarray(item, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise InputError(name, f"with axis=, give an array of numbers with rows of equal length ({error})") from None
    if array.ndim == 0 or array.size == 0:
        raise InputError(name, f"expected an array of distributions, got shape {array.shape}")
    return array


def _check(array: np.ndarray, axis: int, name: str) -> None:
    """Every slice along ``axis`` is a distribution, or an error naming the first that is not."""
    totals = array.sum(axis=axis)
    if not array.min() >= 0 or not np.isfinite(totals).all():
        bad = np.argwhere(~np.isfinite(array) | (array < 0))
        if bad.size:
            position = tuple(int(i) for i in bad[0])
            value = float(array[position])
            problem = "is not a number (NaN)" if math.isnan(value) else "is infinite" if value > 0 else "is negative"
            raise InputError(f"{name}[{', '.join(map(str, position))}]", f"{value!r} {problem}")
    off = np.argwhere(~(np.abs(totals - 1.0) <= FLOAT_SUM_TOLERANCE))
    if off.size:
        where = [str(int(i)) for i in off[0]]
        where.insert(axis, ":")
        total = float(totals[tuple(int(i) for i in off[0])])
        field = f"{name}[{', '.join(where)}]" if array.ndim > 1 else name
        raise InputError(field, f"values sum to {total!r}, not 1")
