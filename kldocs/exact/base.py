"""Logarithm bases: e (nats), 2 (bits), 10 (bans), or any rational b > 1.

This is the one place that knows unit names and their aliases: the command
line, the checker and the page catalogs all read them from here.

>>> Base.parse("2").unit
'bits'
>>> Base.parse("e").name
'e'
>>> Base.parse("3/2").latex_log("5")
'\\\\log_{3/2} 5'
>>> Base.from_unit("hartleys")
Base(value=Fraction(10, 1))
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import TypeAlias

from kldocs.errors import InputError
from kldocs.exact.logsum import LogSum, common_atoms
from kldocs.inputs.numbers import parse_number

#: Every word for a unit of information (singular and plural), and the base it means (None: e).
UNIT_WORDS: dict[str, Fraction | None] = {
    "nat": None,
    "nats": None,
    "nit": None,
    "nits": None,
    "bit": Fraction(2),
    "bits": Fraction(2),
    "shannon": Fraction(2),
    "shannons": Fraction(2),
    "ban": Fraction(10),
    "bans": Fraction(10),
    "hartley": Fraction(10),
    "hartleys": Fraction(10),
    "dit": Fraction(10),
    "dits": Fraction(10),
    "나트": None,
    "내트": None,
    "비트": Fraction(2),
    "奈特": None,
    "比特": Fraction(2),
    "ナット": None,
    "ビット": Fraction(2),
    "нат": None,
    "ната": None,
    "натов": None,
    "бит": Fraction(2),
    "бита": Fraction(2),
    "битов": Fraction(2),
}


def unit_words() -> str:
    """The unit words ``--base`` and ``base=`` accept (plurals; singulars work too), for help texts.

    >>> unit_words()
    'nats, nits, bits, shannons, bans, hartleys, dits'
    """
    return ", ".join(word for word in UNIT_WORDS if word.isascii() and word.endswith("s"))


#: Digits as subscripts, for readable logarithms (``log₂``).
_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
#: The name each standard base's unit is printed with.
UNIT_NAMES: dict[Fraction | None, str] = {None: "nats", Fraction(2): "bits", Fraction(10): "bans"}


@dataclass(frozen=True)
class Base:
    """The base of the logarithm a quantity is measured in.

    Attributes
    ----------
    value
        The base as an exact rational greater than 1, or None for e.
    """

    value: Fraction | None = None

    @classmethod
    def parse(cls, text: BaseLike, field: str = "base") -> Base:
        """Read a base: ``e``, ``2``, ``10``, ``bits``, ``nats``, ``3/2`` ...

        A float is read as it prints (``1.5`` is 3/2, ``2.0`` is 2), except
        that ``math.e`` (``numpy.e``) means e.

        >>> Base.parse(2.0).name, Base.parse(math.e).name, Base.parse(1.5).name
        ('2', 'e', '3/2')

        Raises
        ------
        InputError
            When the text is not a number greater than 1 or a unit name.
        """
        if isinstance(text, Base):
            return text
        if text is None:
            return cls()
        if isinstance(text, bool):
            raise InputError(field, f"{text!r} is not a logarithm base")
        if isinstance(text, (numbers.Integral, Fraction, Decimal)):
            value = Fraction(int(text)) if isinstance(text, numbers.Integral) else Fraction(text)
        elif isinstance(text, numbers.Real):  # a float (NumPy's too): math.e is e, others as printed
            if float(text) == math.e:
                return cls()
            value = parse_number(repr(float(text)), field)
        elif isinstance(text, str) and text.strip().lower() in ("e", *UNIT_WORDS):
            return cls.from_unit(text.strip().lower()) or cls()
        elif isinstance(text, str):
            value = parse_number(text.strip(), field)
        else:
            raise InputError(field, f"{text!r} is not a logarithm base")
        if value <= 1:
            raise InputError(field, f"{text} is not a logarithm base; use e, 2, 10 or a number greater than 1")
        return cls(value)

    @classmethod
    def from_unit(cls, word: str) -> Base | None:
        """The base a unit word means (``"bits"`` gives 2), or None for a word that is no unit."""
        key = word.strip().lower()
        return cls(UNIT_WORDS[key]) if key in UNIT_WORDS else None

    @property
    def name(self) -> str:
        """``"e"``, ``"2"``, ``"10"`` or the rational as written, e.g. ``"3/2"``."""
        return "e" if self.value is None else str(self.value)

    @property
    def unit(self) -> str:
        """The unit of information: nats, bits, bans, or ``base-b units``."""
        return UNIT_NAMES.get(self.value, f"base-{self.name} units")

    def unit_for(self, shown: str) -> str:
        """The unit after a value printed as ``shown``: singular for exactly 1, plural otherwise.

        >>> Base.parse("2").unit_for("1"), Base.parse("2").unit_for("1.000"), Base.parse("3").unit_for("1")
        ('bit', 'bits', 'base-3 unit')
        """
        return self.unit.removesuffix("s") if shown == "1" else self.unit

    @property
    def is_standard(self) -> bool:
        """True for e, 2 and 10, the bases whose units have names."""
        return self.value in UNIT_NAMES

    @property
    def nats_per_unit(self) -> float:
        """``ln(b)`` as a float (1 for base e): divide a value in nats by it."""
        return 1.0 if self.value is None else math.log(self.value)

    @cached_property
    def log(self) -> LogSum | None:
        """``ln(b)`` as an exact LogSum; None for base e."""
        return None if self.value is None else LogSum.log(self.value)

    @cached_property
    def primitive(self) -> tuple[Base, Fraction]:
        """``(c, k)`` with ``b = c**k`` and ``c`` not a power of a rational: ``log_b x = log_c x / k``.

        Values in bases 2, 4 and 8 are compared in base 2 this way.

        >>> Base.parse("8").primitive
        (Base(value=Fraction(2, 1)), Fraction(3, 1))
        """
        if self.value is None:
            return self, Fraction(1)
        exponents = [e for _, e in _integer_exponents(self.value)]
        k = math.gcd(*exponents)
        root = Fraction(1)
        for prime, e in _integer_exponents(self.value):
            root *= Fraction(prime) ** (e // k)
        return Base(root), Fraction(k)

    def latex_log(self, argument: str) -> str:
        """LaTeX for the logarithm of ``argument`` in this base."""
        if self.value is None:
            return rf"\ln {argument}"
        return rf"\log_{{{self.name}}} {argument}"

    def readable_log(self, argument: str) -> str:
        """The logarithm of ``argument`` for a person to read: ``ln 5``, ``log₂ 3``, ``log_(3/2) 5``.

        >>> Base.parse("10").readable_log("3"), Base.parse("3/2").readable_log("5")
        ('log₁₀ 3', 'log_(3/2) 5')
        """
        if self.value is None:
            return f"ln {argument}"
        if self.value.denominator == 1:
            return f"log{self.name.translate(_SUBSCRIPTS)} {argument}"
        return f"log_({self.name}) {argument}"

    def text_log(self, argument: str) -> str:
        """A SymPy-parsable logarithm of ``argument`` in this base."""
        if self.value is None:
            return f"log({argument})"
        return f"log({argument})/log({self.name})"


def _integer_exponents(value: Fraction) -> list[tuple[int, int]]:
    """``value`` as ``((atom, integer exponent), ...)`` over the pairwise coprime atoms of its log."""
    logs = LogSum.log(value)
    return [(atom, int(c)) for atom, c in logs.coefficients.items()]


#: What a ``base=`` argument accepts: a :class:`Base`, ``"e"``, ``"2"``, ``"bits"``, a number (NumPy's too).
BaseLike: TypeAlias = Base | str | int | float | Fraction | Decimal | None


def split_off_base(logs: LogSum, base_log: LogSum) -> tuple[Fraction, LogSum]:
    """``(r, L - r ln b)`` with ``r`` chosen so that the first atom of ``ln b`` leaves ``L``.

    >>> split_off_base(LogSum.log(12), LogSum.log(2))
    (Fraction(2, 1), LogSum({3: Fraction(1, 1)}))
    """
    mine, theirs = common_atoms(logs, base_log)
    first = min(theirs)
    multiple = mine.get(first, Fraction(0)) / theirs[first]
    if not multiple:
        return Fraction(0), logs
    return multiple, logs - base_log * multiple
