"""Cheap, bounded factorisation of the integers that logarithms are taken of.

An exact value is a rational combination of logarithms of integers. To
compare two such values exactly, the integers must be pairwise coprime
(then their logarithms are linearly independent over the rationals). Primes
are the nicest such integers, but finding them can take unbounded time for
a chosen input, so this module only does what is cheap:

- integers up to :data:`SIEVE_LIMIT` are factored completely with a
  smallest-prime-factor table (vectorised with NumPy for many at once);
- integers below ``2**64`` are factored completely by python-flint (at most
  about a millisecond each);
- larger integers lose the prime factors that a bounded search finds
  (``factor_smooth``); what is left is kept whole when it is not a probable
  prime and not a perfect power (an *open* atom), and
  :mod:`kldocs.exact.coprime` makes atoms pairwise coprime with gcds when
  values are combined. Correctness never depends on how much was found.

>>> split(360)
Split(factors=((2, 3), (3, 2), (5, 1)), open=())
>>> big = (2**89 - 1) * (2**107 - 1)  # two Mersenne primes, far beyond cheap factoring
>>> split(4 * big).factors[0], split(4 * big).open == (big,)
((2, 2), True)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    import numpy as np

#: Largest integer factored with the smallest-prime-factor table (a 4-byte table of this size).
SIEVE_LIMIT = 1 << 23
#: Integers below this are factored completely by python-flint.
WORD_LIMIT = 1 << 64
#: How hard python-flint looks for prime factors of larger integers (``factor_smooth``): it finds
#: factors of up to about 28 bits, in at most a few tens of milliseconds up to :data:`SMOOTH_SIZE`.
SMOOTH_BITS = 32
#: Above this many bits the search's cost grows without bound (seconds at 400 digits, minutes at
#: 800), so larger integers get only the cheap search for factors of up to 16 bits.
SMOOTH_SIZE = 400
#: The cheap search for integers above :data:`SMOOTH_SIZE` bits (milliseconds at 3,000 digits).
CHEAP_SMOOTH_BITS = 16
#: Larger integers are not tested for primality (a test is one modular power: about 30 ms at
#: 1,500 digits, growing with the cube of the size); they stay open atoms, which is always sound.
PRIME_TEST_SIZE = 1024
#: Primes below this are taken out of integers that are not searched further (:func:`strip_small_primes`).
SMALL_PRIME_LIMIT = 1 << 10
#: Below this many integers plain Python is faster than NumPy.
NUMPY_THRESHOLD = 20_000
#: Integers above this come back whole in arrays when asked, if there are enough of them.
ARRAY_SIEVE_LIMIT = 1 << 20
#: At least this many whole integers come back as arrays when asked (fewer are cheap in a dictionary).
LARGE_MIN = 4096
#: Integers beyond 64 bits come back as arrays below this, and so do their weights (their doubles must not
#: overflow in :mod:`kldocs.exact.bulk`).
WIDE_LIMIT = 2**1000
#: Weights that come back in int64 arrays stay below this in size (room to add two of them).
NUMERATOR_LIMIT = 2**62
#: Sums of integers held as float64 are exact below this.
_FLOAT_EXACT = 2.0**53

#: Integers as a sequence of ints or an integer NumPy array.
Integers: TypeAlias = "Sequence[int] | np.ndarray"


@dataclass(frozen=True)
class Split:
    """An integer as a product of pairwise coprime factors.

    Attributes
    ----------
    factors
        ``((factor, exponent), ...)`` sorted by factor.
    open
        The factors that are not known to be prime (they may share prime
        factors with integers met elsewhere).
    """

    factors: tuple[tuple[int, int], ...]
    open: tuple[int, ...] = ()


@lru_cache(maxsize=65536)
def split(n: int) -> Split:
    """Factor ``n >= 1`` as far as is cheap (see the module notes).

    >>> split(1)
    Split(factors=(), open=())
    >>> split(2**64 + 1)  # 274177 * 67280421310721, found by the bounded search
    Split(factors=((274177, 1), (67280421310721, 1)), open=())
    >>> split((2**89 - 1) ** 3).factors  # a perfect power of a probable prime
    ((618970019642690137449562111, 3),)
    """
    if n < 1:
        raise ValueError(f"cannot factor {n}")
    if n == 1:
        return Split(())
    import flint

    if n < WORD_LIMIT:
        return Split(tuple((int(p), int(e)) for p, e in flint.fmpz(n).factor()))
    found: dict[int, int] = {}
    opened: list[int] = []
    for factor, exponent in flint.fmpz(n).factor_smooth(smooth_bits(n)):
        for atom, power, is_prime in _examine(int(factor)):
            found[atom] = found.get(atom, 0) + power * int(exponent)
            if not is_prime:
                opened.append(atom)
    return Split(tuple(sorted(found.items())), tuple(sorted(set(opened))))


def strip_small_primes(n: int) -> Split:
    """``n`` with its prime factors below :data:`SMALL_PRIME_LIMIT` taken out (one gcd finds them), the rest open.

    For integers too many or too large for :func:`split`: small shared primes (2, 3, 5, ...) would
    otherwise tie most of them together when they are made pairwise coprime.

    >>> strip_small_primes(12 * (2**89 - 1))
    Split(factors=((2, 2), (3, 1), (618970019642690137449562111, 1)), open=(618970019642690137449562111,))
    """
    found: dict[int, int] = {}
    shared = math.gcd(n, _small_primorial())
    if shared > 1:
        for prime, _ in split(shared).factors:
            while n % prime == 0:
                n //= prime
                found[prime] = found.get(prime, 0) + 1
    if n > 1:
        found[n] = 1
    return Split(tuple(sorted(found.items())), (n,) if n > 1 else ())


@lru_cache(maxsize=1)
def _small_primorial() -> int:
    """The product of the primes below :data:`SMALL_PRIME_LIMIT`."""
    spf = _smallest_prime_factors(SMALL_PRIME_LIMIT)
    return math.prod(k for k in range(2, SMALL_PRIME_LIMIT) if spf[k] == k)


def smooth_bits(n: int) -> int:
    """How large the prime factors are that the bounded search looks for in ``n``, in bits.

    >>> smooth_bits(10**100), smooth_bits(10**200)
    (32, 16)
    """
    return SMOOTH_BITS if n.bit_length() <= SMOOTH_SIZE else CHEAP_SMOOTH_BITS


def _examine(n: int) -> list[tuple[int, int, bool]]:
    """``n`` as ``(root, power, known prime)``: small or probable primes, perfect powers reduced.

    >>> _examine(2**127 - 1)
    [(170141183460469231731687303715884105727, 1, True)]
    >>> _examine((2**1279 - 1) ** 2)[0][1:]  # a square of a prime too large to test: open
    (2, False)
    """
    import flint

    if n < WORD_LIMIT:
        return [(int(p), int(e), True) for p, e in flint.fmpz(n).factor()]
    z = flint.fmpz(n)
    if n.bit_length() <= PRIME_TEST_SIZE and z.is_probable_prime():
        return [(n, 1, True)]
    for k in range(n.bit_length() // 16, 1, -1):
        root = z.root(k)
        if root**k == z:
            return [(atom, power * k, known) for atom, power, known in _examine(int(root))]
    return [(n, 1, False)]


@dataclass(frozen=True)
class Grouped:
    """Integer weights per atom, and which atoms are whole integers above the sieve (not yet factored)."""

    weights: dict[int, int]
    whole: frozenset[int]
    #: With ``arrays``: many whole integers above the sieve and their weights, kept as NumPy arrays instead
    #: of in ``weights``: int64 (sorted, distinct, weights nonzero), or Python integers in object arrays
    #: (which may repeat).
    large: tuple[np.ndarray, np.ndarray] | None = None


def group_weights(integers: Integers, weights: Integers, *, arrays: bool = False) -> Grouped:
    """The weights of ``sum_i w_i log(a_i)`` summed per distinct integer ``a_i``.

    Integers up to :data:`SIEVE_LIMIT` come back already split into primes
    (one vectorised pass for any number of them); larger integers come back
    whole. Terms with weight 0 are skipped, and so is integer 1. With
    ``arrays``, at least :data:`LARGE_MIN` whole integers that fit in int64
    come back as arrays in ``large`` (a million-entry dictionary costs more
    to build than everything else here).

    >>> sorted(group_weights([5, 4, 2, 3], [1, -1, 1, -1]).weights.items())  # log(5/4) + log(2/3)
    [(2, -1), (3, -1), (5, 1)]
    >>> grouped = group_weights([10**30, 7], [2, -2])
    >>> grouped.weights, grouped.whole
    ({1000000000000000000000000000000: 2, 7: -2}, frozenset({1000000000000000000000000000000}))
    """
    if len(weights) >= NUMPY_THRESHOLD:
        grouped = _group_numpy(integers, weights, arrays)
        if grouped is None and arrays:
            grouped = _group_wide(integers, weights)
        if grouped is not None:
            return grouped
    per_integer: dict[int, int] = {}
    for integer, weight in zip(integers, weights, strict=True):
        if weight:
            per_integer[int(integer)] = per_integer.get(int(integer), 0) + int(weight)
    result: dict[int, int] = {}
    for integer, weight in per_integer.items():
        if not weight or integer == 1:
            continue
        if integer <= SIEVE_LIMIT:
            for prime, exponent in split(integer).factors:
                result[prime] = result.get(prime, 0) + weight * exponent
        else:
            result[integer] = result.get(integer, 0) + weight
    kept = {k: c for k, c in result.items() if c}
    return Grouped(kept, frozenset(k for k in kept if k > SIEVE_LIMIT))


def _group_numpy(integers: Integers, weights: Integers, arrays: bool) -> Grouped | None:
    """The NumPy route for large inputs; None when the integers do not fit in 64 bits.

    Weights whose sums could overflow 64 bits are added as Python integers
    (a NumPy object array), still grouped and split by NumPy.
    """
    import numpy as np

    try:
        keys_all = np.asarray(integers, dtype=np.int64)
    except OverflowError:
        return None
    wts = _weight_array(weights)
    used = wts != 0
    keys, sums = segment_sums(keys_all[used], wts[used])
    keep = (sums != 0) & (keys != 1)
    keys, sums = keys[keep], sums[keep]
    if arrays and sums.dtype != object and _fits(sums):
        # Integers above a smaller sieve stay whole in arrays when there are many of them (a sieve of
        # SIEVE_LIMIT costs more than enclosing their logarithms whole).
        small = keys <= ARRAY_SIEVE_LIMIT
        if int(np.count_nonzero(~small)) >= LARGE_MIN:
            return Grouped(_sieve_split(keys[small], sums[small]), frozenset(), (keys[~small], sums[~small]))
    small = keys <= SIEVE_LIMIT
    primes = _sieve_split(keys[small], sums[small])
    large, large_sums = keys[~small], sums[~small]
    whole = large.tolist()
    result = dict(zip(whole, large_sums.tolist(), strict=True))
    result.update(primes)  # primes: distinct from the whole integers
    return Grouped(result, frozenset(whole))


def _group_wide(integers: Integers, weights: Integers) -> Grouped | None:
    """Integers beyond 64 bits: those above the sieve and below :data:`WIDE_LIMIT` come back as object
    arrays, not grouped (sorting a million Python integers costs more than the logarithms); the others are
    grouped as usual. None when fewer than :data:`LARGE_MIN` qualify."""
    import numpy as np

    keys = np.asarray(integers, dtype=object)
    wts = np.asarray(weights, dtype=object)
    wide = (keys > SIEVE_LIMIT) & (keys < WIDE_LIMIT) & (wts != 0) & (wts < WIDE_LIMIT) & (wts > -WIDE_LIMIT)
    if int(np.count_nonzero(wide)) < LARGE_MIN:
        return None
    rest = ~wide
    grouped = group_weights(keys[rest].tolist(), wts[rest].tolist())
    return Grouped(grouped.weights, grouped.whole, (keys[wide], wts[wide]))


def _fits(sums: np.ndarray) -> bool:
    """True when every int64 sum is below :data:`NUMERATOR_LIMIT` in size."""
    return bool(((sums < NUMERATOR_LIMIT) & (sums > -NUMERATOR_LIMIT)).all())


def _weight_array(weights: Integers) -> np.ndarray:
    """The weights as int64 when each fits, else as Python integers (sums are checked when they are made)."""
    import numpy as np

    try:
        return np.asarray(weights, dtype=np.int64)
    except OverflowError:
        return np.array([int(w) for w in weights], dtype=object)


def _sieve_split(keys: np.ndarray, sums: np.ndarray) -> dict[int, int]:
    """Split many small integers into primes at once with a smallest-prime-factor table."""
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
    primes_all, weight_all = segment_sums(np.concatenate(primes_found), np.concatenate(weights_found))
    nonzero = weight_all != 0
    return dict(zip(primes_all[nonzero].tolist(), weight_all[nonzero].tolist(), strict=True))


def segment_sums(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct sorted keys and the sum of the values given for each, always exact.

    Sums stay in int64 when no group can overflow it, and become Python
    integers (an object array) when one could.

    >>> import numpy as np
    >>> segment_sums(np.array([5, 2, 5]), np.array([1, 1, 3]))
    (array([2, 5]), array([1, 4]))
    >>> segment_sums(np.array([7, 7]), np.array([2**62, 2**62]))[1]
    array([9223372036854775808], dtype=object)
    """
    import numpy as np

    exact_as_float = values.dtype != object and float(np.abs(values).sum(dtype=np.float64)) < _FLOAT_EXACT
    if keys.size and int(keys.max()) <= SIEVE_LIMIT and exact_as_float:
        # Counting is faster than sorting; float sums are exact below 2**53.
        totals = np.bincount(keys, weights=values, minlength=1)
        present = np.flatnonzero(np.bincount(keys))
        return present, totals[present].astype(np.int64)
    order = np.argsort(keys)
    keys, values = keys[order], values[order]
    if keys.size == 0:
        return keys, values
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    if starts.size == keys.size:  # all distinct: nothing to add
        return keys, values
    if values.dtype != object:
        longest = int(np.diff(starts, append=keys.size).max())
        largest = max(abs(int(values.max())), abs(int(values.min())))
        if longest * largest >= 2**63:
            values = values.astype(object)
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
