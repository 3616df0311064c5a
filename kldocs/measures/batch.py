"""Every measure of a batch of distributions at once: the float path with ``axis=``.

``axis`` means what it means in ``scipy.stats.entropy``: the distributions
lie along that axis, the arrays are broadcast against each other, and the
result has one value per distribution (the array's shape without that
axis). The arrays are checked as distributions first (see
:mod:`kldocs.inputs.batch`); unlike SciPy, kldocs does not rescale rows
that do not sum to 1.

>>> import numpy as np
>>> p = np.array([[0.2, 0.5, 0.3], [0.5, 0.5, 0.0]])
>>> batch_values("kl", (p, [0.3, 0.4, 0.3]), "2", axis=1).round(5)
array([0.04397, 0.52945])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kldocs.exact import Base, BaseLike
from kldocs.inputs.batch import parse_batch
from kldocs.measures import floats
from kldocs.measures.registry import MeasureKey


def batch_values(measure: MeasureKey, data: Sequence[Any], base: BaseLike, axis: int) -> np.ndarray:
    """The measure of each distribution (pair) in the batch, in the unit of ``base``.

    Parameters
    ----------
    measure
        A key of :data:`kldocs.measures.registry.MEASURES`.
    data
        The arrays: one for entropy, two for the others.
    base
        The logarithm base of the values.
    axis
        The axis along which each distribution lies.
    """
    log_base = Base.parse(base)
    arrays = parse_batch(data, axis)
    values: np.ndarray = getattr(floats, measure)(*arrays, axis=axis)
    return values / log_base.nats_per_unit
