"""The atoms of an exact sum of logarithms: split into primes as far as is cheap, then made pairwise coprime.

A :class:`~kldocs.exact.logsum.LogSum` holds integer numerators per atom. Its
atoms are split into primes when that is cheap (see
:mod:`kldocs.exact.factor`); an integer that resists stays whole as an
*open* atom, and open atoms are refined by gcds (see
:mod:`kldocs.exact.coprime`) until every two atoms are coprime.

>>> numerators, opened = make_coprime({6: 1, 10: 1}, frozenset({6, 10}))
>>> sorted(numerators.items()), sorted(opened)
([(2, 2), (3, 1), (5, 1)], [2, 3, 5])
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping

from kldocs.exact.coprime import coprime_base, express, prime_divisors
from kldocs.exact.factor import WORD_LIMIT, split, strip_small_primes

#: Open atoms beyond 64 bits are searched for prime factors up to this many bits in all (see worth_splitting).
SPLIT_BITS = 4096
#: The atom that stands for pi: ``ln pi`` is independent of every logarithm of an integer (pi is
#: transcendental), so it is one more coprime atom. No integer atom is 0, since ``log 0`` is no number.
PI = 0
#: Open atoms are checked against the other side's atoms when combining, up to this many gcds.
GCD_BUDGET = 4096


def split_all(
    numerators: Mapping[int, int], which: set[int] | frozenset[int], lightly: frozenset[int] = frozenset()
) -> tuple[dict[int, int], frozenset[int]]:
    """Split the atoms in ``which`` as far as is cheap (those also in ``lightly`` only into small primes and a
    rest); the others are kept (known primes)."""
    result: dict[int, int] = {}
    opened: set[int] = set()
    for atom, n in numerators.items():
        if atom not in which:
            result[atom] = result.get(atom, 0) + n
            continue
        parts = strip_small_primes(atom) if atom in lightly else split(atom)
        for factor, exponent in parts.factors:
            result[factor] = result.get(factor, 0) + n * exponent
        opened.update(parts.open)
    return result, frozenset(opened)


def worth_splitting(opened: frozenset[int]) -> frozenset[int]:
    """The open atoms to look for prime factors in: all below ``2^64`` (microseconds each), and larger ones,
    smallest first, up to :data:`SPLIT_BITS` bits in all (each costs milliseconds: 2,000 of them, as a
    mixture of two distributions with large denominators has, would take half a minute). The others stay
    whole; pairwise coprime atoms need gcds, not primes.

    >>> big = [2**64 + k for k in range(1, 200, 2)]
    >>> len(worth_splitting(frozenset([6, *big]))) == 1 + SPLIT_BITS // 65
    True
    """
    small = {a for a in opened if a < WORD_LIMIT}
    chosen, bits = set(small), 0
    for atom in sorted(opened - small):
        bits += atom.bit_length()
        if bits > SPLIT_BITS:
            break
        chosen.add(atom)
    return frozenset(chosen)


def make_coprime(numerators: dict[int, int], opened: frozenset[int]) -> tuple[dict[int, int], frozenset[int]]:
    """Rewrite ``numerators`` over pairwise coprime atoms: primes stay, open atoms are refined by gcds.

    Every known prime is tried against the open atoms (in chunks, see
    :func:`~kldocs.exact.coprime.prime_divisors`) before the open atoms are
    refined among themselves.
    """
    opened = opened & numerators.keys()
    if not opened:
        return numerators, frozenset()
    primes = sorted(a for a in numerators if a not in opened and a != PI)
    result = {a: n for a, n in numerators.items() if a not in opened}
    rests: dict[int, int] = {}
    for atom in opened:
        n, rest = numerators[atom], atom
        for prime in prime_divisors(atom, primes):
            while rest % prime == 0:
                rest //= prime
                result[prime] += n
        if rest > 1:
            rests[rest] = rests.get(rest, 0) + n
    base = coprime_base(rests)
    members = set(base)
    for rest, n in rests.items():
        parts = {rest: 1} if rest in members else express(rest, [a for a in base if math.gcd(a, rest) > 1])
        for atom, exponent in parts.items():
            result[atom] = result.get(atom, 0) + n * exponent
    return result, frozenset(base)


def stay_coprime(
    opened: Collection[int], atoms: Collection[int], other_opened: Collection[int], other_atoms: Collection[int]
) -> bool:
    """True when two pairwise coprime sets of atoms are cheaply seen to stay coprime together.

    Only open atoms can share a factor with the other side: each is tried
    against the other side's atoms, up to :data:`GCD_BUDGET` gcds.

    >>> stay_coprime({6}, {6, 5}, set(), {2, 7}), stay_coprime({35}, {35}, set(), {2, 3})
    (False, True)
    """
    if not opened and not other_opened:
        return True
    if len(opened) * len(other_atoms) + len(other_opened) * len(atoms) > GCD_BUDGET:
        return False
    return all(
        x == y or y == PI or math.gcd(x, y) == 1
        for mine, others in ((opened, other_atoms), (other_opened, atoms))
        for x in mine
        for y in others
    )


def printing_order(atoms: Iterable[int]) -> list[int]:
    """Atoms in printing order: integers from the smallest, pi last.

    >>> printing_order([5, PI, 2])
    [2, 5, 0]
    """
    return sorted(atoms, key=lambda atom: (atom == PI, atom))
