"""Refine integers into pairwise coprime factors with gcds ("factoring into coprimes").

Logarithms of pairwise coprime integers greater than 1 are linearly
independent over the rationals: if ``prod a_i^(c_i) = 1`` with the ``a_i``
pairwise coprime, each ``a_i^(c_i)`` must be 1. So a rational combination
of such logarithms is zero exactly when every coefficient is zero, without
knowing any prime. :func:`coprime_base` finds such a set for any integers
with gcds only, in time polynomial in their number of digits.

>>> coprime_base([12, 18])
[2, 3]
>>> express(72, [2, 3])
{2: 3, 3: 2}
>>> p, q, r = 2**61 - 1, 2**89 - 1, 2**107 - 1
>>> coprime_base([p * q, q * r]) == sorted([p, q, r])
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

#: Primes are multiplied together in chunks of this many before a remainder is taken.
_CHUNK = 512


def coprime_base(numbers: Iterable[int]) -> list[int]:
    """Pairwise coprime integers > 1 of which every input is a product of powers, sorted.

    Numbers coprime to all the others are members as they are (one product
    and one remainder each find them). Among the rest, two members with a
    common factor ``g`` are replaced by ``g``, ``a/g`` and ``b/g`` until none
    is left; the product of the set falls at every step, so this ends. That
    part is quadratic in the count, so it is meant for the few numbers that
    do share factors.

    >>> coprime_base([6, 35, 10, 11 * 13])
    [2, 3, 5, 7, 143]
    """
    distinct = {n for n in numbers if n > 1}
    alone = _coprime_to_the_others(distinct)
    pending = list(distinct - alone)
    base: list[int] = list(alone)
    while pending:
        n = pending.pop()
        for index, member in enumerate(base):
            g = math.gcd(n, member)
            if g > 1:
                del base[index]
                pending.extend(x for x in (g, n // g, member // g) if x > 1)
                break
        else:
            base.append(n)
    return sorted(set(base))


def _coprime_to_the_others(numbers: set[int]) -> set[int]:
    """The numbers ``n`` with ``gcd(n, product of the others) = 1``.

    With ``P`` the product of all, ``(P mod n^2) / n`` is the product of the
    others modulo ``n``, so one remainder per number settles it.
    """
    if len(numbers) < 2:
        return set(numbers)
    product = math.prod(numbers)
    return {n for n in numbers if math.gcd(n, product % (n * n) // n) == 1}


def express(n: int, base: Sequence[int]) -> dict[int, int]:
    """The exponents of ``n`` over a pairwise coprime ``base`` that generates it.

    Raises
    ------
    ValueError
        When ``n`` is not a product of powers of ``base``.
    """
    exponents: dict[int, int] = {}
    for atom in base:
        count = 0
        while n % atom == 0:
            n //= atom
            count += 1
        if count:
            exponents[atom] = count
    if n != 1:
        raise ValueError(f"{n} is not a product of the given coprime base")
    return exponents


def prime_divisors(n: int, primes: Sequence[int]) -> list[int]:
    """The members of ``primes`` (distinct primes) that divide ``n``.

    The primes are multiplied in chunks and reduced modulo ``n`` first, so a
    long list costs one pass of multiplications and no per-prime division
    unless some prime does divide ``n``.

    >>> prime_divisors(3 * 7 * (2**61 - 1), [2, 3, 5, 7, 11])
    [3, 7]
    """
    found: list[int] = []
    for start in range(0, len(primes), _CHUNK):
        chunk = primes[start : start + _CHUNK]
        if math.gcd(math.prod(chunk) % n, n) > 1:
            found.extend(p for p in chunk if n % p == 0)
    return found
