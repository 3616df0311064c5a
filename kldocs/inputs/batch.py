"""Batches of float distributions: arrays whose slices along one axis are distributions.

This is what a measure reads when it is given ``axis=`` (as
``scipy.stats.entropy`` is): every slice along the axis must be a
distribution (no NaN, no infinity, no negative value, a sum within rounding
of 1). The arrays are broadcast against each other first, as SciPy does.
Positions in messages count from 1, as they do for one distribution
(``P[2] 'x2'``) and as the default labels ``x1, x2, ...`` do.

>>> P, Q = parse_batch(([[0.5, 0.5], [1.0, 0.0]], [0.25, 0.75]), axis=1)
>>> P.shape, Q.shape
((2, 2), (2, 2))
>>> parse_batch(([[0.5, 0.5], [0.5, 0.4]],), axis=1)
Traceback (most recent call last):
...
kldocs.errors.InputError: P[2, :]: values sum to 0.9, not 1
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence
from typing import Any

import numpy as np

from kldocs.errors import InputError
from kldocs.inputs.distribution import Distribution, float_sum_tolerance

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
    if isinstance(axis, bool) or not isinstance(axis, numbers.Integral):
        raise InputError("axis", f"{axis!r} is not an integer (one axis along which each distribution lies)")
    given = [_as_array(item, name) for item, name in zip(data, names, strict=False)]
    arrays = [array for array, _ in given]
    try:
        arrays = list(np.broadcast_arrays(*arrays))
    except ValueError:
        shapes = ", ".join(f"{name} {array.shape}" for name, array in zip(names, arrays, strict=False))
        raise InputError(names[len(arrays) - 1], f"the shapes do not broadcast together: {shapes}") from None
    ndim = arrays[0].ndim
    if not -ndim <= axis < ndim:
        raise InputError("axis", f"{axis} is out of range for arrays of {ndim} dimension{'s' if ndim != 1 else ''}")
    axis = int(axis) % ndim
    return [
        _checked(array, axis, name, float_sum_tolerance(dtype, array.shape[axis]))
        for array, (_, dtype), name in zip(arrays, given, names, strict=False)
    ]


def _as_array(item: Any, name: str) -> tuple[np.ndarray, Any]:
    """One argument as a float64 array of at least one dimension, and the float type it was given in."""
    if isinstance(item, Distribution):
        return item.as_array(), np.float64
    if isinstance(item, str):
        raise InputError(name, "with axis=, give an array of numbers, not text")
    try:
        given = np.asarray(item)
        array = np.asarray(given, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise InputError(name, f"with axis=, give an array of numbers with rows of equal length ({error})") from None
    if array.ndim == 0 or array.size == 0:
        raise InputError(name, f"expected an array of distributions, got shape {array.shape}")
    return array, given.dtype if given.dtype.kind == "f" else np.float64


def _checked(array: np.ndarray, axis: int, name: str, tolerance: float) -> np.ndarray:
    """The array, once every slice along ``axis`` is seen to be a distribution; else an error naming the first."""
    totals = array.sum(axis=axis, keepdims=True)
    if not array.min() >= 0 or not np.isfinite(totals).all():
        bad = np.argwhere(~np.isfinite(array) | (array < 0))
        if bad.size:
            position = tuple(int(i) for i in bad[0])
            value = float(array[position])
            problem = "is not a number (NaN)" if math.isnan(value) else "is infinite" if value > 0 else "is negative"
            raise InputError(f"{name}[{', '.join(str(i + 1) for i in position)}]", f"{value!r} {problem}")
    off = np.argwhere(~(np.abs(totals - 1.0) <= tolerance))
    if off.size:
        where = [str(int(i) + 1) for i in off[0]]
        where[axis] = ":"
        total = float(totals[tuple(int(i) for i in off[0])])
        field = f"{name}[{', '.join(where)}]" if array.ndim > 1 else name
        raise InputError(field, f"values sum to {total!r}, not 1")
    return array
