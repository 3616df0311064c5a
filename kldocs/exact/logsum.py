"""Exact sums of rational multiples of logarithms of integers.

A :class:`LogSum` is ``sum_a c_a ln(a)`` over integers ``a > 1`` (its
*atoms*) with rational ``c_a``, stored as integer numerators over one
common denominator. When the atoms are pairwise coprime their logarithms
are linearly independent over the rationals (see
:mod:`kldocs.exact.coprime`), so the coefficients are unique: such a sum is
zero exactly when it has no terms, and two sums over the same atoms are
equal exactly when their coefficients are.

Atoms are primes wherever factoring is cheap (see
:mod:`kldocs.exact.factor`); an integer that resists cheap factoring stays
whole as an *open* atom. Sums with open atoms are made pairwise coprime
with gcds only when that is needed (a comparison that the exact terms do
not settle at once), so no input can make the arithmetic unbounded. Very
large sums (many distinct integers beyond the sieve) also keep their
integers whole until then: building them costs no factoring at all, and
when there are thousands of them they are held as NumPy arrays (a
:class:`~kldocs.exact.bulk.Bulk`) until something needs them one by one.

>>> kl = LogSum.log(Fraction(2, 3)) / 5 + LogSum.log(Fraction(5, 4)) / 2
>>> kl
LogSum({2: Fraction(-4, 5), 3: Fraction(-1, 5), 5: Fraction(1, 2)})
>>> kl.sign()
1
>>> round(float(kl), 10)
0.030478754
>>> LogSum.log(6) == LogSum.log(2) + LogSum.log(3)
True
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from fractions import Fraction
from typing import TYPE_CHECKING

from kldocs.exact.atoms import PI, SPLIT_BITS, make_coprime, printing_order, split_all, stay_coprime, worth_splitting
from kldocs.exact.bulk import Bulk, bulk_log_ball, joined_parts, scaled_parts
from kldocs.exact.coprime import express
from kldocs.exact.factor import Integers, group_weights, split
from kldocs.exact.rounding import certified_float, settled_sign, working_precision

if TYPE_CHECKING:
    import flint

Rational = int | Fraction

__all__ = [
    "BULK_BITS",
    "EAGER_SPLIT_BITS",
    "EAGER_SPLIT_LIMIT",
    "PI",
    "QUICK_BITS",
    "SPLIT_BITS",
    "LogSum",
    "Rational",
    "common_atoms",
    "working_precision",
]

#: Up to this many distinct integers beyond the sieve are factored when a sum is built.
EAGER_SPLIT_LIMIT = 2048
#: ... and only while they have this many bits in all (refining is quadratic in the count of atoms that
#: share factors, and each remainder costs more as they grow).
EAGER_SPLIT_BITS = 1 << 16
#: Precision (bits) tried before asking whether a sum that is not known to be coprime is exactly 0.
QUICK_BITS = 256
#: Up to this working precision a sum of many large atoms is enclosed by :mod:`kldocs.exact.bulk`, whose
#: balls are about as tight as arb's at 64 bits; beyond it every atom gets its own arb logarithm.
BULK_BITS = 128
#: A sum keeps at most this many bulk parts (each with its own multiplier); more are added up one by one.
_MOST_PARTS = 8
#: Sums with at most this many terms are kept in lowest terms (their printed form is tidy).
_REDUCED_SIZE = 4096


class LogSum:
    """An exact real number ``sum_a c_a ln(a)`` over integer atoms ``a > 1``.

    Parameters
    ----------
    coefficients
        ``{integer: rational coefficient}``; each integer ``k >= 1`` stands for
        ``ln(k)`` and is factored as far as is cheap. Zero coefficients and
        ``ln(1)`` are dropped.

    Examples
    --------
    >>> from fractions import Fraction
    >>> from kldocs import LogSum
    >>> LogSum({4: 1, 2: -2}).is_zero()
    True
    >>> LogSum({12: Fraction(1, 2)}).coefficients
    {2: Fraction(1, 1), 3: Fraction(1, 2)}
    """

    __slots__ = ("_bulk", "_coprime", "_denominator", "_hash", "_numerators", "_open", "_quick", "_refined")

    def __init__(self, coefficients: Mapping[int, Rational] | None = None) -> None:
        items = {k: Fraction(c) for k, c in (coefficients or {}).items() if c}
        if any(not isinstance(k, int) or k < 1 for k in items):
            raise ValueError("LogSum atoms are integers >= 1")
        denominator = math.lcm(*(c.denominator for c in items.values())) if items else 1
        raw = {k: c.numerator * (denominator // c.denominator) for k, c in items.items()}
        numerators, opened = split_all(raw, set(raw))
        self._init(numerators, denominator, opened, coprime=False)
        settled = self._settled(eager=True)
        self._init(settled._numerators, settled._denominator, settled._open, coprime=settled._coprime)

    # --- construction -------------------------------------------------------------------------------

    def _init(
        self,
        numerators: dict[int, int],
        denominator: int,
        opened: frozenset[int],
        *,
        coprime: bool,
        bulk: tuple[Bulk, ...] = (),
    ) -> None:
        # Built for sums of a million terms: a pass over the dictionary is skipped when it would change
        # nothing, and only small sums are reduced to lowest terms (equality never relies on it).
        # The value is the dictionary's terms plus those of each part of the bulk (open atoms, which may also
        # be in the dictionary or in another part).
        kept = numerators
        if 0 in numerators.values() or 1 in numerators:
            kept = {a: n for a, n in numerators.items() if n and a != 1}
        bulk = tuple(part for part in bulk if len(part))
        if not kept and not bulk:
            denominator = 1
        elif not bulk and (denominator < 0 or len(kept) <= _REDUCED_SIZE):
            common = math.gcd(denominator, *kept.values()) if len(kept) <= _REDUCED_SIZE else 1
            common *= -1 if denominator < 0 else 1
            if common != 1:
                kept = {a: n // common for a, n in kept.items()}
                denominator //= common
        self._numerators: dict[int, int] = kept
        self._denominator: int = denominator
        self._bulk: tuple[Bulk, ...] = bulk
        # Atoms not known to be prime; it may still list atoms whose coefficient became 0 (harmless).
        self._open: frozenset[int] = opened
        self._coprime: bool = (coprime or not self._open) and not bulk
        self._refined: LogSum | None = self if self._coprime else None
        self._hash: int | None = None
        self._quick: tuple[int | None] | None = None  # _quick_sign's answer, once known

    @classmethod
    def _make(
        cls,
        numerators: dict[int, int],
        denominator: int,
        opened: frozenset[int] = frozenset(),
        *,
        coprime: bool,
        bulk: tuple[Bulk, ...] = (),
    ) -> LogSum:
        value = cls.__new__(cls)
        value._init(numerators, denominator, opened, coprime=coprime, bulk=bulk)
        return value

    @classmethod
    def log(cls, x: Rational) -> LogSum:
        """``ln(x)`` for a positive rational ``x``.

        >>> LogSum.log(Fraction(5, 4))
        LogSum({2: Fraction(-2, 1), 5: Fraction(1, 1)})
        """
        x = Fraction(x)
        if x <= 0:
            raise ValueError(f"log of a non-positive number {x}")
        numerators: dict[int, int] = {}
        opened: set[int] = set()
        for sign, integer in ((1, x.numerator), (-1, x.denominator)):
            parts = split(integer)
            for atom, exponent in parts.factors:
                numerators[atom] = numerators.get(atom, 0) + sign * exponent
            opened.update(parts.open)
        # A reduced fraction's numerator and denominator are coprime, and so are their factors.
        return cls._make(numerators, 1, frozenset(opened), coprime=True)

    @classmethod
    def log_pi(cls) -> LogSum:
        """``ln(pi)``, for the differential entropies of continuous families.

        >>> (LogSum.log_pi() * 2 + LogSum.log(2)).terms()
        [(2, Fraction(1, 1)), (0, Fraction(2, 1))]
        """
        return cls._make({PI: 1}, 1, coprime=True)

    @classmethod
    def sum_of_logs(
        cls, integers: Integers, weights: Integers, scale: Rational = 1, plus: LogSum | None = None
    ) -> LogSum:
        """``scale * sum_i w_i ln(a_i) + plus`` for positive integers ``a_i``, grouped per integer first.

        This is the fast constructor behind every measure: integer weights are
        summed per distinct integer (vectorised for long inputs), integers
        below the sieve limit are split into primes at once, and larger ones
        are factored only when there are few of them. Terms with weight 0
        are skipped (their integer may be 0). ``plus`` (a short sum such as
        ``ln T``) is added into the new terms, not after them, which would
        copy them all.

        >>> LogSum.sum_of_logs([2, 4], [1, 1], Fraction(-1, 2))  # -(ln 2 + ln 4)/2
        LogSum({2: Fraction(-3, 2)})
        >>> LogSum.sum_of_logs([2, 4], [1, 1], Fraction(-1, 2), plus=LogSum.log(6))
        LogSum({2: Fraction(-1, 2), 3: Fraction(1, 1)})
        """
        scale = Fraction(scale)
        grouped = group_weights(integers, weights, arrays=True)
        numerators = grouped.weights
        bulk: tuple[Bulk, ...] = (Bulk(*grouped.large),) if grouped.large is not None else ()
        if scale.numerator != 1:
            numerators = {a: c * scale.numerator for a, c in numerators.items()}
            bulk = scaled_parts(bulk, scale.numerator)
        value = cls._make(numerators, scale.denominator, grouped.whole, coprime=not grouped.whole, bulk=bulk)
        if plus is not None:
            value = value._plus(plus, owned=True)
        return value._settled(eager=True)

    @classmethod
    def of_bulk(cls, part: Bulk, scale: Rational = 1) -> LogSum:
        """``scale * sum n ln(a)`` over the atoms and numerators of ``part``.

        >>> import numpy as np
        >>> from kldocs.exact.bulk import Bulk
        >>> LogSum.of_bulk(Bulk(np.array([2**40 + 1]), np.array([4])), Fraction(1, 6)).terms()
        [(1099511627777, Fraction(2, 3))]
        """
        scale = Fraction(scale)
        return cls._make({}, scale.denominator, coprime=False, bulk=scaled_parts((part,), scale.numerator))

    def _settled(self, *, eager: bool) -> LogSum:
        """This sum with open atoms split and made pairwise coprime (only if few, when ``eager``)."""
        if self._refined is not None:
            return self._refined
        if eager and not self._small_to_refine():
            return self
        source = self._flat()
        lightly = source._open - worth_splitting(source._open)
        numerators, opened = split_all(source._numerators, source._open, lightly=lightly)
        numerators, opened = make_coprime(numerators, opened)
        refined = LogSum._make(numerators, self._denominator, opened, coprime=True)
        self._refined = refined
        return refined

    def _flat(self) -> LogSum:
        """The same value with the bulk's terms moved into the dictionary (itself when it has no bulk)."""
        if not self._bulk:
            return self
        merged = dict(self._numerators)
        opened = set(self._open)
        for part in self._bulk:
            for atom, n in part.items():
                merged[atom] = merged.get(atom, 0) + n
            opened.update(part.atom_list())
        return LogSum._make(merged, self._denominator, frozenset(opened), coprime=False)

    def refined(self) -> LogSum:
        """The same value over pairwise coprime atoms (itself when it already is).

        Needed only where coefficients must be unique: printing, comparing
        forms. Arithmetic and certified decimals work on any sum.
        """
        return self._settled(eager=False)

    # --- queries ------------------------------------------------------------------------------------

    @property
    def coefficients(self) -> dict[int, Fraction]:
        """``{atom: coefficient}`` over pairwise coprime atoms, sorted."""
        refined = self.refined()
        return {a: Fraction(refined._numerators[a], refined._denominator) for a in printing_order(refined._numerators)}

    def is_refined_cheaply(self) -> bool:
        """True when :meth:`refined` is already known or costs little (few open atoms)."""
        return self._refined is not None or self._small_to_refine()

    def _small_to_refine(self) -> bool:
        """True when the open atoms are few and small enough to refine whenever the sum is built."""
        return (
            not self._bulk
            and len(self._open) <= EAGER_SPLIT_LIMIT
            and sum(a.bit_length() for a in self._open) <= EAGER_SPLIT_BITS
        )

    def terms(self) -> list[tuple[int, Fraction]]:
        """``(atom, coefficient)`` for printing: refined when that is cheap, else as stored (still exact)."""
        source = self.refined() if self.is_refined_cheaply() else self._flat()
        return [(a, Fraction(source._numerators[a], source._denominator)) for a in printing_order(source._numerators)]

    @property
    def open_atoms(self) -> frozenset[int]:
        """Atoms of :attr:`coefficients` that are not known to be prime."""
        refined = self.refined()
        return refined._open & refined._numerators.keys()

    def __iter__(self) -> Iterator[tuple[int, Fraction]]:
        """``(atom, coefficient)`` pairs in increasing order of atom."""
        return iter(self.coefficients.items())

    def __len__(self) -> int:
        """How many terms the sum has as stored."""
        return len(self._numerators) + sum(len(part) for part in self._bulk)

    def is_zero(self) -> bool:
        """True when the value is exactly 0."""
        quick = self._quick_sign()
        return quick == 0 if quick is not None else not self.refined()._numerators

    def _quick_sign(self) -> int | None:
        """The sign when it is settled without refining atoms; None when the sum may be exactly 0."""
        if self._quick is None:
            if not self._numerators and not self._bulk:
                self._quick = (0,)
            elif self._coprime:  # a nonzero combination of independent logarithms is never 0
                self._quick = (settled_sign(self.ball),)
            else:
                self._quick = (settled_sign(self.ball, QUICK_BITS) or None,)
        return self._quick[0]

    def ratio(self, other: LogSum) -> Fraction | None:
        """The rational ``r`` with ``self == r * other``, or None if there is none.

        >>> LogSum.log(8).ratio(LogSum.log(2))
        Fraction(3, 1)
        """
        if other.is_zero():
            raise ZeroDivisionError("ratio to zero")
        if self.is_zero():
            return Fraction(0)
        mine, theirs = common_atoms(self, other)
        if mine.keys() != theirs.keys():
            return None
        ratios = {mine[a] / theirs[a] for a in mine}
        return ratios.pop() if len(ratios) == 1 else None

    # --- arithmetic ---------------------------------------------------------------------------------

    def __add__(self, other: LogSum) -> LogSum:
        if not isinstance(other, LogSum):
            return NotImplemented
        if len(other._numerators) > len(self._numerators):
            return other + self  # copy the larger side once, add the smaller into it
        return self._plus(other, owned=False)

    def _plus(self, other: LogSum, *, owned: bool) -> LogSum:
        """``self + other``, adding ``other``'s terms into a copy of ``self``'s.

        With ``owned`` (a sum just built, held by nobody else) they are added
        into ``self``'s own dictionary: a million terms are not copied to add one.
        """
        denominator = math.lcm(self._denominator, other._denominator)
        mine, theirs = denominator // self._denominator, denominator // other._denominator
        bulk = joined_parts(scaled_parts(self._bulk, mine), scaled_parts(other._bulk, theirs))
        if len(bulk) > _MOST_PARTS:
            return self._flat()._plus(other._flat(), owned=True)
        if mine != 1:
            merged = {a: n * mine for a, n in self._numerators.items()}
        else:
            merged = self._numerators if owned else dict(self._numerators)
        for a, n in other._numerators.items():
            merged[a] = merged.get(a, 0) + n * theirs
        coprime = (
            self._coprime
            and other._coprime
            and stay_coprime(self._open, self._numerators, other._open, other._numerators)
        )
        opened = self._open | other._open if other._open else self._open  # a million open atoms: no new set
        return LogSum._make(merged, denominator, opened, coprime=coprime, bulk=bulk)

    def __neg__(self) -> LogSum:
        negated = {a: -n for a, n in self._numerators.items()}
        return LogSum._make(
            negated, self._denominator, self._open, coprime=self._coprime, bulk=scaled_parts(self._bulk, -1)
        )

    def __sub__(self, other: LogSum) -> LogSum:
        if not isinstance(other, LogSum):
            return NotImplemented
        return self + (-other)

    def __mul__(self, factor: Rational) -> LogSum:
        if not isinstance(factor, (int, Fraction)):
            return NotImplemented
        factor = Fraction(factor)
        scaled = (
            self._numerators
            if factor.numerator == 1
            else {a: n * factor.numerator for a, n in self._numerators.items()}
        )
        bulk = scaled_parts(self._bulk, factor.numerator)
        return LogSum._make(
            scaled, self._denominator * factor.denominator, self._open, coprime=self._coprime, bulk=bulk
        )

    __rmul__ = __mul__

    def __truediv__(self, divisor: Rational) -> LogSum:
        if not isinstance(divisor, (int, Fraction)):
            return NotImplemented
        return self * (1 / Fraction(divisor))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LogSum):
            return NotImplemented
        no_bulk = not self._bulk and not other._bulk
        if no_bulk and self._denominator == other._denominator and self._numerators == other._numerators:
            return True
        return (self - other).is_zero()

    def __hash__(self) -> int:
        # Equal values may be written over different atoms (ln 6 and ln 2 + ln 3 before
        # refinement), so the hash comes from the value itself: its correctly rounded double.
        if self._hash is None:
            self._hash = hash(float(self))
        return self._hash

    def __repr__(self) -> str:
        return f"LogSum({self.coefficients!r})"

    # --- numerical enclosures -----------------------------------------------------------------------

    def ball(self, precision: int) -> flint.arb:
        """An arb ball certainly containing the value, at ``precision`` bits."""
        import flint

        arb = flint.arb
        with working_precision(precision):
            total, left = arb(0), None
            if precision <= BULK_BITS:
                bulk = bulk_log_ball(self._numerators)
                if bulk is not None:
                    total, left = bulk
            for atom, n in self._numerators.items() if left is None else _only(self._numerators, left):
                total += (arb.pi() if atom == PI else arb(atom)).log() * n
            for part in self._bulk:
                enclosed = part.ball() if precision <= BULK_BITS else None
                if enclosed is not None:
                    total += enclosed
                else:
                    for atom, n in part.items():
                        total += arb(atom).log() * n
            return total / self._denominator

    def sign(self) -> int:
        """-1, 0 or 1, certified: the precision rises until the ball excludes 0.

        >>> (LogSum.log(2) * 3 - LogSum.log(7)).sign()  # ln 8 - ln 7
        1
        """
        quick = self._quick_sign()
        if quick is not None:
            return quick
        refined = self.refined()
        return settled_sign(refined.ball) if refined._numerators else 0

    def __float__(self) -> float:
        """The nearest double, certified."""
        return 0.0 if self.sign() == 0 else certified_float(self.ball)


def _only(numerators: Mapping[int, int], atoms: set[int]) -> Iterator[tuple[int, int]]:
    return ((a, numerators[a]) for a in atoms)


def common_atoms(*sums: LogSum) -> list[dict[int, Fraction]]:
    """The coefficients of several sums over one pairwise coprime set of atoms.

    >>> common_atoms(LogSum.log(6), LogSum.log(2))
    [{2: Fraction(1, 1), 3: Fraction(1, 1)}, {2: Fraction(1, 1)}]
    """
    refined = [value.refined() for value in sums]
    atoms = {a: 1 for value in refined for a in value._numerators}
    opened = frozenset().union(*(value._open for value in refined))
    joint = sorted(make_coprime(atoms, opened)[0])
    return [_rewrite(value, joint) for value in refined]


def _rewrite(value: LogSum, atoms: list[int]) -> dict[int, Fraction]:
    """The coefficients of a refined sum over ``atoms``, a pairwise coprime set that generates its atoms."""
    known = set(atoms)
    result: dict[int, Fraction] = {}
    for atom, n in value._numerators.items():
        parts = {atom: 1} if atom in known else express(atom, [a for a in atoms if math.gcd(a, atom) > 1])
        for new, exponent in parts.items():
            result[new] = result.get(new, Fraction(0)) + Fraction(n * exponent, value._denominator)
    return {a: c for a, c in sorted(result.items()) if c}
