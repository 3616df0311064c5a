"""A certified enclosure of ``sum n ln(a)`` over a million large integers, without a million arb logarithms.

The mixture of two distributions with large denominators has a million
distinct numerators of about 60 bits; its entropy needs ``ln(a)`` of each.
One arb logarithm per atom costs a few microseconds, mostly in Python. Here
each atom is split as ``a = t 2^s + d`` with ``t`` its leading 13 bits
(``2^11 <= t < 2^13``) and ``0 <= d < 2^s``, so that

    ln(a) = s ln 2 + ln(t) + ln(1 + x),    x = d / (t 2^s) < 2^-11.

The first two parts are summed exactly as integers (``sum n s`` and, per
``t``, ``sum n``) and need at most 8192 arb logarithms; only the small third
part is computed in floating point, over NumPy arrays, with a rigorous error
bound: five terms of the series of ``ln(1 + x)`` (the rest is below
``x^6``), every rounding counted at ``2^-53`` relative, and the products
summed in two parts: multiples of one power of two, which add up exactly,
and small remainders, whose rounding is bounded. The ball's
radius is about ``2^-59`` of ``sum |n|``: as good as arb at 64 bits, so it is
used only for low working precisions; higher ones take the arb loop.

>>> import flint
>>> numerators = {a: 3 - a % 7 for a in range(2**40, 2**40 + 5000)}
>>> enclosed, left = bulk_log_ball(numerators)
>>> exact = sum(flint.arb(a).log() * n for a, n in numerators.items() if a not in left)
>>> enclosed.overlaps(exact) and enclosed.rad() < 1e-9
True

A :class:`Bulk` holds such atoms as NumPy arrays from the start, so that a
sum of a million of them is built, scaled, added to and enclosed without a
million-entry dictionary (building one costs more than the logarithms).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kldocs.exact import limbs
from kldocs.exact.factor import NUMERATOR_LIMIT, WIDE_LIMIT
from kldocs.exact.rounding import working_precision

if TYPE_CHECKING:
    import flint
    import numpy as np

#: Fewer atoms than this are left to the arb loop (the set-up would cost more than it saves).
BULK_MIN = 4096
#: Atoms and numerators in bulk are int64: of size below this.
_INT_LIMIT = 2**63
#: Bits kept in ``t``: ``x < 2^(1 - LEADING_BITS)``.
LEADING_BITS = 13
#: Atoms below this are left to the arb loop (they have no bits beyond ``t``).
_SMALL_ATOM = 2**LEADING_BITS
#: More atoms than this would let the int64 sums below overflow.
_MOST = 2**24
#: Working precision of a Bulk's enclosure (its radius, about 2^-59 of the sum of sizes, is far wider).
ENCLOSURE_BITS = 128
#: The unit roundoff of a double.
_U = 2.0**-53
#: Widens a float bound past the rounding of the few sums and quotients that made it (each under 2^-29 relative).
_INFLATE = 1 + 2.0**-28


def bulk_log_ball(numerators: Mapping[int, int]) -> tuple[flint.arb, set[int]] | None:
    """A ball around ``sum n ln(a)`` over the large atoms ``a`` of ``{a: n}``, and the atoms it left out.

    None when too few atoms qualify (at least ``2^13`` and within int64,
    with numerators below :data:`WIDE_LIMIT`). Call inside a
    :func:`working_precision` block.
    """
    if len(numerators) < BULK_MIN or len(numerators) > _MOST:
        return None  # before NumPy is imported: a few atoms, the usual case, never need it
    import numpy as np

    keys = list(numerators)
    atoms = _int64_or_zero(keys, len(keys))
    large = atoms >= _SMALL_ATOM  # a 0 stands for an atom beyond int64
    values = np.array(list(numerators.values()), dtype=object)  # small atoms' numerators may be huge
    counts = np.zeros(len(keys), dtype=np.int64)
    counts[large] = _int64_or_zero(values[large], int(np.count_nonzero(large)))
    chosen = large & (counts != 0)  # a 0 stands for a numerator beyond int64 ...
    wide = large & (counts == 0)  # ... which is summed as a Python integer, up to WIDE_LIMIT
    wide[wide] = abs(values[wide]) < WIDE_LIMIT
    if int(np.count_nonzero(chosen | wide)) < BULK_MIN:
        return None
    left = {keys[i] for i in np.flatnonzero(~(chosen | wide)).tolist()}
    ball = _enclosure(atoms[chosen], counts[chosen])
    if wide.any():
        ball += _wide_enclosure(atoms[wide].astype(object), values[wide])
    return ball, left


def _enclosure(atoms: np.ndarray, counts: np.ndarray) -> flint.arb:
    """A ball around ``sum n ln(a)`` for atoms ``2^13 <= a`` (at most ``2^24`` of them): int64, limbs or wide."""
    import numpy as np

    if atoms.dtype == object or counts.dtype == object:
        return _wide_enclosure(atoms, counts)
    if atoms.ndim == 2:
        top, dropped = limbs.leading_bits(atoms)
        return _split_enclosure(top, dropped, limbs.halves(counts), limbs.as_floats(counts))
    pieces = [(counts & (2**31 - 1), 0), (counts >> 31, 31)]  # int64 n: each piece at most 2^32 in size
    return _split_enclosure(atoms, None, pieces, counts.astype(np.float64))


def _split_enclosure(
    top: np.ndarray, dropped: np.ndarray | None, pieces: list[tuple[np.ndarray, int]], sizes: np.ndarray
) -> flint.arb:
    """A ball around ``sum n ln(a)`` with ``a = top 2^dropped + r``, ``0 <= r < 2^dropped`` (``r = 0`` without
    ``dropped``), ``n = sum h 2^s`` over the ``pieces`` ``(h, s)``, and ``sizes`` the ``n`` as doubles within
    three roundings.

    ``ln(a) = (s + dropped) ln 2 + ln(t) + ln(1 + x + e)`` with ``x`` from
    ``top`` alone and ``0 <= e < 1 / (t 2^s)``: the part ``e`` adds at most
    ``|n| / (t 2^s)`` per atom (the derivative of ``ln(1 + x)`` is at most 1).
    """
    import flint
    import numpy as np

    exponent = np.frexp(top.astype(np.float64))[1]  # the bit length, or one more where it rounded up
    shift = (exponent - LEADING_BITS).astype(np.int64)
    leading = top >> shift
    scale = np.ldexp(leading.astype(np.float64), shift)  # exact: 13 bits times a power of two
    rest = (top - (leading << shift)).astype(np.float64)  # exact: below 2^52
    whole = _exact_part(leading, shift if dropped is None else shift + dropped, pieces)
    total = whole + _small_part(rest / scale, sizes)
    if dropped is not None and dropped.any():
        dropping = dropped > 0
        total += flint.arb(0, float(np.sum(np.abs(sizes[dropping]) / scale[dropping])) * _INFLATE**2)
    return total


def _wide_enclosure(atoms: np.ndarray, counts: np.ndarray) -> flint.arb:
    """The same split for atoms and numerators of any size below ``2^1000`` (Python integers in object
    arrays): exact integer sums over the object arrays, one NumPy operation at a time; the small parts as
    in :func:`_small_part`, whose error bound holds for any numerators a double can hold."""
    import flint
    import numpy as np

    exponent = np.frexp(atoms.astype(np.float64))[1]
    shift = (exponent - LEADING_BITS).astype(np.int64)
    shifts = shift.astype(object)
    leading = (atoms >> shifts).astype(np.int64)
    rest = atoms - (leading.astype(object) << shifts)
    counts = counts.astype(object)
    order = np.argsort(leading, kind="stable")
    ordered = leading[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    total = flint.arb(2).log() * int(np.sum(counts * shifts))
    for t, coefficient in zip(ordered[starts].tolist(), np.add.reduceat(counts[order], starts).tolist(), strict=True):
        if coefficient:
            total += flint.arb(t).log() * coefficient
    x = rest.astype(np.float64) / np.ldexp(leading.astype(np.float64), shift)
    return total + _small_part(x, counts.astype(np.float64))


@dataclass(frozen=True, eq=False)
class Bulk:
    """``multiplier * sum n ln(a)`` over many large atoms, held as NumPy arrays.

    ``atoms`` are integers from ``2^20`` up, ``numerators`` nonzero
    integers; the Python integer ``multiplier`` takes every scaling, so the
    arrays never overflow. The atoms and numerators are either

    - distinct int64 atoms, with int64 numerators below
      :data:`~kldocs.exact.factor.NUMERATOR_LIMIT` in size;
    - :mod:`~kldocs.exact.limbs` arrays (two int64 per integer, below
      ``2^123``), where an atom may repeat;
    - or Python integers below :data:`WIDE_LIMIT` in object arrays, where
      an atom may repeat (grouping them would cost a sort of Python integers).

    >>> import numpy as np
    >>> bulk = Bulk(np.array([2**40, 2**41]), np.array([1, -1])).scaled(-3)
    >>> list(bulk.items())
    [(1099511627776, -3), (2199023255552, 3)]
    """

    atoms: np.ndarray
    numerators: np.ndarray
    multiplier: int = 1
    #: The enclosure of ``sum n ln(a)`` at :data:`ENCLOSURE_BITS`, once made; shared with scaled copies.
    _enclosed: list[flint.arb] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.atoms.setflags(write=False)  # shared by every sum made from this one
        self.numerators.setflags(write=False)

    def __len__(self) -> int:
        return len(self.atoms)

    def scaled(self, factor: int) -> Bulk:
        """The same atoms with every coefficient multiplied by ``factor`` (not 0)."""
        return Bulk(self.atoms, self.numerators, self.multiplier * factor, self._enclosed)

    def items(self) -> Iterator[tuple[int, int]]:
        """``(atom, coefficient)`` as Python integers."""
        m = self.multiplier
        return ((a, n * m) for a, n in zip(self.atom_list(), _as_ints(self.numerators), strict=True))

    def atom_list(self) -> list[int]:
        """The atoms as Python integers."""
        return _as_ints(self.atoms)

    def ball(self) -> flint.arb | None:
        """A ball around the value, about as tight as arb's at 64 bits whatever the working precision; None
        beyond ``2^24`` atoms (the integer sums inside could overflow)."""
        if len(self) > _MOST:
            return None
        if not self._enclosed:
            with working_precision(ENCLOSURE_BITS):
                self._enclosed.append(_enclosure(self.atoms, self.numerators))
        return self._enclosed[0] * self.multiplier

    def plus(self, other: Bulk) -> Bulk | None:
        """``self + other`` when both hold the same int64 atoms: the numerators are added (so that equal
        terms cancel exactly), and so are the enclosures already made. None otherwise: the two stay separate
        parts of a sum, each with its own enclosure.
        """
        import numpy as np

        if any(array.dtype == object or array.ndim == 2 for array in (self.atoms, other.atoms)):
            return None
        if self.atoms is not other.atoms and not np.array_equal(self.atoms, other.atoms):
            return None
        common = math.gcd(self.multiplier, other.multiplier)
        mine, theirs = self.multiplier // common, other.multiplier // common
        if _largest(self.numerators) * abs(mine) + _largest(other.numerators) * abs(theirs) >= NUMERATOR_LIMIT:
            return None
        sums = self.numerators * mine + other.numerators * theirs
        kept = sums != 0
        if not kept.all():
            return Bulk(self.atoms[kept], sums[kept], common)
        enclosed = []
        if self._enclosed and other._enclosed:
            with working_precision(ENCLOSURE_BITS):
                enclosed.append(self._enclosed[0] * mine + other._enclosed[0] * theirs)
        return Bulk(self.atoms, sums, common, enclosed)


def scaled_parts(bulk: tuple[Bulk, ...], factor: int) -> tuple[Bulk, ...]:
    """The parts of a sum's bulk, each scaled by ``factor`` (none at all for 0)."""
    if factor == 0:
        return ()  # no parts whose value is 0 in disguise
    return bulk if factor == 1 else tuple(part.scaled(factor) for part in bulk)


def joined_parts(mine: tuple[Bulk, ...], theirs: tuple[Bulk, ...]) -> tuple[Bulk, ...]:
    """The parts of two bulks: each of ``theirs`` added into the first of ``mine`` that can hold it (int64
    numerators), or kept as a part of its own."""
    parts = list(mine)
    for part in theirs:
        for i, other in enumerate(parts):
            total = other.plus(part)
            if total is not None:
                parts[i] = total
                break
        else:
            parts.append(part)
    return tuple(parts)


def _as_ints(array: np.ndarray) -> list[int]:
    """An int64, limbs or object array's integers as Python integers."""
    return limbs.as_ints(array) if array.ndim == 2 else array.tolist()


def _largest(numerators: np.ndarray) -> int:
    return int(abs(numerators).max()) if len(numerators) else 0


def _int64_or_zero(integers: Iterable[int], count: int) -> np.ndarray:
    """The integers as int64, each one outside its range replaced by 0 (no atom or numerator is 0)."""
    import numpy as np

    try:
        if isinstance(integers, np.ndarray):  # Python integers in an object array: converted in C
            return integers.astype(np.int64)
        return np.fromiter(integers, dtype=np.int64, count=count)
    except OverflowError:
        values = np.fromiter(integers, dtype=object, count=count)
        values[(values >= _INT_LIMIT) | (values <= -_INT_LIMIT)] = 0
        return values.astype(np.int64)


def _exact_part(leading: np.ndarray, shift: np.ndarray, pieces: list[tuple[np.ndarray, int]]) -> flint.arb:
    """``sum n (s ln 2 + ln t)``, with exact integer coefficients and one arb log per distinct ``t``; each ``n``
    is ``sum h 2^b`` over the ``pieces`` ``(h, b)``, every ``|h| <= 2^32``: with shifts below ``2^7`` and at
    most ``2^24`` atoms, no int64 sum here can overflow.
    """
    import flint
    import numpy as np

    twos = sum(int(np.sum(piece * shift)) << bits for piece, bits in pieces)
    per_leading = np.zeros((len(pieces), 2**LEADING_BITS), dtype=np.int64)
    for row, (piece, _) in zip(per_leading, pieces, strict=True):
        np.add.at(row, leading, piece)
    total = flint.arb(2).log() * twos
    for t in np.flatnonzero(np.any(per_leading, axis=0)).tolist():
        coefficient = sum(int(row[t]) << bits for row, (_, bits) in zip(per_leading, pieces, strict=True))
        if coefficient:
            total += flint.arb(t).log() * coefficient
    return total


def _small_part(x: np.ndarray, sizes: np.ndarray) -> flint.arb:
    """A ball around ``sum n ln(1 + x)`` for ``0 <= x < 2^-11`` given to within ``2^-53`` relative, and the
    ``n`` given as doubles (``sizes``) within three roundings.

    Each product ``n ln(1 + x)`` is computed with at most 18 roundings (the
    quotient x, the Horner steps, n as a double, the product), so it is
    within ``32 u`` of its value relative, plus the series' tail
    ``|n| x^6``; the products are then summed as described below.
    """
    import flint
    import numpy as np

    series = x * (1.0 + x * (-0.5 + x * (1.0 / 3.0 + x * (-0.25 + x * 0.2))))
    terms = sizes * series
    largest = float(np.max(np.abs(terms))) if len(terms) else 0.0
    if largest == 0.0:
        return flint.arb(0)
    # Split each term into a multiple of 2^(E - 28), with E the exponent of the largest, and a remainder; both
    # parts are exact, the multiples add up exactly (under 2^24 of them, each below 2^28 units), and only the
    # remainders, each below 2^(E - 29), are summed with rounding error.
    unit = math.frexp(largest)[1] - 28
    high = np.ldexp(np.rint(np.ldexp(terms, -unit)), unit)
    low = terms - high
    middle = flint.arb(float(np.sum(high))) + flint.arb(float(np.sum(low)))
    rounding = len(terms) * _U * float(np.sum(np.abs(low))) * _INFLATE  # the sums of absolute values round too
    computing = 32 * _U * float(np.sum(np.abs(terms))) * _INFLATE
    tail = 2 * float(np.sum(np.abs(sizes) * x**6))
    return middle + flint.arb(0, (rounding + computing + tail) * _INFLATE)
