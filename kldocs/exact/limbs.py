"""Integers of up to 123 bits held as two int64 limbs, so that a million of them never become Python integers.

A limb array has shape ``(n, 2)``: row ``i`` is ``(high, low)`` with value
``high * 2^62 + low``, ``0 <= low < 2^62`` and ``|high| < 2^61``. The
JSD's mixture ``M = (P + Q) / 2`` of two distributions with large totals
has numerators ``w a + v b`` of 80 to 120 bits; made and used as Python
integers, they cost more than every logarithm taken of them.

>>> import numpy as np
>>> mixed = combined(np.array([3, 2**40]), 2**50 + 1, np.array([5, 7]), 3**30)
>>> as_ints(mixed) == [3 * (2**50 + 1) + 5 * 3**30, 2**40 * (2**50 + 1) + 7 * 3**30]
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

#: Bits in the low limb.
LOW_BITS = 62
#: Every value held is below this in size (so ``high`` stays below ``2^61``).
LIMIT = 2**123
_HALF = 31
_HALF_MASK = 2**_HALF - 1
_LOW_MASK = 2**LOW_BITS - 1


def combined(first: np.ndarray, a: int, second: np.ndarray, b: int) -> np.ndarray | None:
    """``first * a + second * b`` as limbs, for non-negative int64 arrays and integers ``a, b``; None when a
    factor or weight reaches ``2^62`` or a value could reach :data:`LIMIT`.

    Each factor is split into two 31-bit halves, so every product of halves
    is below ``2^62``, and the sums of products are taken in uint64.
    """
    import numpy as np

    if min(a, b) < 0 or max(a, b) >= 2**LOW_BITS or len(first) == 0:
        return None
    largest_first, largest_second = int(np.max(first)), int(np.max(second))
    if min(int(np.min(first)), int(np.min(second))) < 0 or max(largest_first, largest_second) >= 2**LOW_BITS:
        return None
    if largest_first * a + largest_second * b >= LIMIT:
        return None
    w, v = first.astype(np.uint64), second.astype(np.uint64)
    w1, w0, v1, v0 = w >> _HALF, w & _HALF_MASK, v >> _HALF, v & _HALF_MASK
    a1, a0, b1, b0 = (np.uint64(part) for part in (a >> _HALF, a & _HALF_MASK, b >> _HALF, b & _HALF_MASK))
    top = w1 * a1 + v1 * b1  # each sum of two products is below 2^63, of four below 2^64
    middle = w1 * a0 + w0 * a1 + v1 * b0 + v0 * b1
    bottom = w0 * a0 + v0 * b0
    low = ((middle & _HALF_MASK) << np.uint64(_HALF)) + bottom  # below 2^62 + 2^63
    limbs = np.empty((len(first), 2), dtype=np.int64)
    limbs[:, 0] = top + (middle >> np.uint64(_HALF)) + (low >> np.uint64(LOW_BITS))
    limbs[:, 1] = low & _LOW_MASK
    return limbs


def as_ints(limbs: np.ndarray) -> list[int]:
    """The values as Python integers."""
    return [(high << LOW_BITS) + low for high, low in limbs.tolist()]


def as_floats(limbs: np.ndarray) -> np.ndarray:
    """The values as doubles, within three roundings (the low limb, the high limb, their sum)."""
    import numpy as np

    return np.ldexp(limbs[:, 0].astype(np.float64), LOW_BITS) + limbs[:, 1].astype(np.float64)


def below(limbs: np.ndarray, bound: int) -> np.ndarray:
    """Where the value is below ``bound`` (``0 < bound <= 2^62``)."""
    return (limbs[:, 0] < 0) | ((limbs[:, 0] == 0) & (limbs[:, 1] < bound))


def halves(limbs: np.ndarray) -> list[tuple[np.ndarray, int]]:
    """The values as ``sum h * 2^s`` over four pieces ``(h, s)``, each ``|h| < 2^31``, for exact int64 sums."""
    high, low = limbs[:, 0], limbs[:, 1]
    return [(low & _HALF_MASK, 0), (low >> _HALF, _HALF), (high & _HALF_MASK, LOW_BITS), (high >> _HALF, 93)]


def leading_bits(limbs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(top, dropped)``: each positive value is ``top * 2^dropped + r`` with ``0 <= r < 2^dropped``, ``top``
    int64 below ``2^62`` and of at least 61 bits where ``dropped > 0``."""
    import numpy as np

    high, low = limbs[:, 0], limbs[:, 1]
    # Bit lengths, or one more where the conversion to double rounded up to a power of two.
    length = np.where(
        high > 0, LOW_BITS + np.frexp(high.astype(np.float64))[1], np.frexp(low.astype(np.float64))[1]
    ).astype(np.int64)
    dropped = np.maximum(length - LOW_BITS, 0)
    top = (high << (LOW_BITS - dropped)) | (low >> dropped)
    return top, dropped
