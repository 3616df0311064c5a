"""Group integer-weighted logarithms and factor them into primes.

``sum_k w_k log(x_k)`` for positive rationals ``x_k`` becomes
``sum_p c_p log(p)`` over primes ``p``: logarithms of distinct primes are
linearly independent over the rationals, so that dictionary is canonical
and two values are equal exactly when their dictionaries are.

The work is done in two stages, both exact: first the integer weights are
summed per distinct integer (numerator or denominator), then each distinct
integer is factored once. Large inputs take a NumPy path (sort, segment
sums, a smallest-prime-factor sieve) when every number fits comfortably in
64 bits; otherwise plain Python integers are used.

>>> prime_weights([5, 2], [4, 3], [1, 1])  # log(5/4) + log(2/3)
{2: -1, 3: -1, 5: 1}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

#: Below this many terms plain Python is faster than NumPy.
NUMPY_THRESHOLD = 20_000
#: Largest integer factored by the NumPy sieve (a 4-byte table of this size).
SIEVE_LIMIT = 1 << 23
#: Integers and weights must stay below this for int64 sums not to overflow.
_INT64_SAFE = 2**55
#: Sums of integers held as float64 are exact below this.
_FLOAT_EXACT = 2.0**53


def prime_weights(numerators: Sequence[int], denominators: Sequence[int], weights: Sequence[int]) -> dict[int, int]:
    """Exact prime coefficients of ``sum_i w_i * log(num_i / den_i)``.

    Parameters
    ----------
    numerators, denominators
        Positive integers, one pair per term.
    weights
        Integer weights; terms with weight 0 are skipped.

    Returns
    -------
    dict
        ``{prime: coefficient}`` with no zero coefficients, sorted by prime.
    """
    if len(weights) >= NUMPY_THRESHOLD:
        grouped = _group_numpy(numerators, denominators, weights)
        if grouped is not None:
            return grouped
    per_integer: defaultdict[int, int] = defaultdict(int)
    for num, den, weight in zip(numerators, denominators, weights, strict=True):
        if weight:
            per_integer[num] += weight
            per_integer[den] -= weight
    per_prime: defaultdict[int, int] = defaultdict(int)
    for integer, weight in per_integer.items():
        if weight and integer != 1:
            for prime, exponent in factorize(integer):
                per_prime[prime] += weight * exponent
    return {p: c for p, c in sorted(per_prime.items()) if c}


@lru_cache(maxsize=65536)
def factorize(n: int) -> tuple[tuple[int, int], ...]:
    """Prime factorisation of a positive integer as ``((prime, exponent), ...)``.

    >>> factorize(360)
    ((2, 3), (3, 2), (5, 1))
    """
    if n < 1:
        raise ValueError(f"cannot factor {n}")
    import flint

    return tuple((int(p), int(e)) for p, e in flint.fmpz(n).factor())


def _group_numpy(
    numerators: Sequence[int], denominators: Sequence[int], weights: Sequence[int]
) -> dict[int, int] | None:
    """The NumPy route for large inputs; None when numbers are too big for it."""
    import numpy as np

    try:
        nums = np.asarray(numerators, dtype=np.int64)
        dens = np.asarray(denominators, dtype=np.int64)
        wts = np.asarray(weights, dtype=np.int64)
    except OverflowError:
        return None
    if int(np.abs(wts).sum(dtype=np.float64)) * 64 >= _INT64_SAFE:
        return None
    keys, sums = _segment_sums(np.concatenate([nums, dens]), np.concatenate([wts, -wts]))
    keep = (sums != 0) & (keys != 1)
    keys, sums = keys[keep], sums[keep]
    if keys.size == 0:
        return {}
    if int(keys.max()) > SIEVE_LIMIT:
        big = keys > SIEVE_LIMIT
        result = _group_numpy_sieve(keys[~big], sums[~big])
        for integer, weight in zip(keys[big].tolist(), sums[big].tolist(), strict=True):
            for prime, exponent in factorize(integer):
                result[prime] = result.get(prime, 0) + weight * exponent
        return {p: c for p, c in sorted(result.items()) if c}
    return _group_numpy_sieve(keys, sums)


def _group_numpy_sieve(keys: np.ndarray, sums: np.ndarray) -> dict[int, int]:
    """Factor many small integers at once with a smallest-prime-factor table."""
    import numpy as np

    if keys.size == 0:
        return {}
    spf = _smallest_prime_factors(int(keys.max()))
    primes_found, weights_found = [], []
    while keys.size:
        primes = spf[keys]
        primes_found.append(primes)
        weights_found.append(sums)
        keys = keys // primes
        more = keys > 1
        keys, sums = keys[more], sums[more]
    primes_all, weight_all = _segment_sums(np.concatenate(primes_found), np.concatenate(weights_found))
    nonzero = weight_all != 0
    return dict(zip(primes_all[nonzero].tolist(), weight_all[nonzero].tolist(), strict=True))


def _segment_sums(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct sorted keys and the sum of the values given for each."""
    import numpy as np

    if int(keys.max()) <= SIEVE_LIMIT and float(np.abs(values).sum(dtype=np.float64)) < _FLOAT_EXACT:
        # Counting is faster than sorting; float sums are exact below 2**53.
        totals = np.bincount(keys, weights=values, minlength=1)
        present = np.flatnonzero(np.bincount(keys))
        return present, totals[present].astype(np.int64)
    order = np.argsort(keys, kind="stable")
    keys, values = keys[order], values[order]
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    return keys[starts], np.add.reduceat(values, starts)


@lru_cache(maxsize=2)
def _smallest_prime_factors(limit: int) -> np.ndarray:
    """``spf[k]`` is the smallest prime dividing ``k`` (for 2 <= k <= limit)."""
    import numpy as np

    size = 1 << max(10, limit.bit_length())  # round up so nearby limits share a table
    spf = np.zeros(size + 1, dtype=np.int32)
    for p in range(2, int(size**0.5) + 1):
        if spf[p] == 0:
            block = spf[p * p :: p]
            block[block == 0] = p
    unset = spf == 0
    spf[unset] = np.arange(size + 1, dtype=np.int32)[unset]
    return spf
