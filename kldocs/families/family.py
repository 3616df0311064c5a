"""What every parametric family shares: parameters checked up front, a support, names and LaTeX.

A family is a frozen dataclass of exact parameters (``Fraction``), or of
affine expressions in one named variable (a measure is then a function of
that variable). Each parameter has a range (:data:`RANGES`); a number
outside it is an :class:`~kldocs.InputError` naming the parameter
(``P.sigma: must be positive, got -1``) when the family is made.

>>> from kldocs.families.normal import Normal
>>> Normal(Fraction(0), Fraction(-1))
Traceback (most recent call last):
...
kldocs.errors.InputError: P.sigma: must be positive, got -1
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, ClassVar, Literal, TypeVar

from kldocs.errors import InputError
from kldocs.exact import ExactValue
from kldocs.exact.display import rational_latex
from kldocs.families.parameters import Affine, Scalar, Value, read_parameters, scalar
from kldocs.families.written import written, written_latex, written_text

Range = Literal["real", "positive", "probability", "open_probability", "count"]

#: What each range means, for error messages.
RANGES: dict[str, str] = {
    "real": "a real number",
    "positive": "positive",
    "probability": "between 0 and 1",
    "open_probability": "strictly between 0 and 1",
    "count": "a whole number of at least 1",
}

#: The largest number of trials (binomial) or categories the exact finite sums take.
MAX_COUNT = 100_000

F = TypeVar("F", bound="Family")


@dataclass(frozen=True)
class Support:
    """Where a distribution puts its mass: an interval of reals, or a range of integers.

    ``lower``/``upper`` None mean unbounded. Two supports are compared to
    decide whether a KL divergence is finite.

    >>> Support(Fraction(0), Fraction(2)).within(Support(Fraction(0), Fraction(1)))
    False
    >>> Support(Fraction(0), None, discrete=True).text()
    '{0, 1, 2, ...}'
    >>> Support(Fraction(0), None).text(), Support(None, Fraction(1)).latex()
    ('[0, inf)', '(-\\\\infty, 1]')
    """

    lower: Fraction | None
    upper: Fraction | None
    discrete: bool = False

    def within(self, other: Support) -> bool:
        """True when every point of this support lies in ``other``."""
        low = other.lower is None or (self.lower is not None and self.lower >= other.lower)
        high = other.upper is None or (self.upper is not None and self.upper <= other.upper)
        return low and high

    def contains(self, x: Fraction | int | float) -> bool:
        """True when ``x`` is a point of the support.

        >>> Support(Fraction(1), None, discrete=True).contains(0)
        False
        """
        if self.discrete and x != int(x):
            return False
        return (self.lower is None or x >= self.lower) and (self.upper is None or x <= self.upper)

    def text(self) -> str:
        if self.discrete:
            first = int(self.lower or 0)
            if self.upper is None:
                return f"{{{first}, {first + 1}, {first + 2}, ...}}"
            last = int(self.upper)
            return (
                "{" + ", ".join(str(k) for k in range(first, last + 1)) + "}"
                if last - first < 4
                else f"{{{first}, ..., {last}}}"
            )
        if self.lower is None and self.upper is None:
            return "the real line"
        return self._interval(
            "-inf" if self.lower is None else str(self.lower), "inf" if self.upper is None else str(self.upper)
        )

    def latex(self) -> str:
        if self.discrete:
            return self.text().replace("{", r"\{").replace("}", r"\}").replace("...", r"\ldots")
        if self.lower is None and self.upper is None:
            return r"\mathbb{R}"
        low = r"-\infty" if self.lower is None else rational_latex(self.lower, decimals=False)
        high = r"\infty" if self.upper is None else rational_latex(self.upper, decimals=False)
        return self._interval(low, high)

    def _interval(self, low: str, high: str) -> str:
        """``[low, high]``, open at an infinite end: ``[0, inf)``."""
        return f"{'(' if self.lower is None else '['}{low}, {high}{')' if self.upper is None else ']'}"


@dataclass(frozen=True)
class Family:
    """A parametric distribution with exact (or affine) parameters.

    Subclasses are frozen dataclasses whose fields are the parameters, in
    :attr:`parameter_names` order, and set the class attributes below.

    Attributes
    ----------
    name
        What the distribution is called on pages and in errors (``"P"``).

    >>> from kldocs import normal
    >>> half = normal(0, "1/2")
    >>> half.text(), half.support().text()
    ('normal(mu=0, sigma=1/2)', 'the real line')
    """

    key: ClassVar[str]
    #: The family's name in prose and its symbol in LaTeX (``\mathcal{N}``).
    title: ClassVar[str]
    latex_name: ClassVar[str]
    #: Parameter names in order, and the range of each.
    parameter_names: ClassVar[tuple[str, ...]]
    ranges: ClassVar[tuple[Range, ...]]
    #: Other spellings of parameter names accepted in text (``lam`` for ``lambda``).
    aliases: ClassVar[dict[str, str]] = {}
    discrete: ClassVar[bool] = False
    #: The derivation of each measure with a closed form, by measure key.
    derivations: ClassVar[dict[str, str]] = {}
    #: Where the derivations' family shape lives: (module, attribute), for the parameter symbols.
    shape: ClassVar[tuple[str, str] | None] = None
    #: Whether pages draw its density (one variable).
    plottable: ClassVar[bool] = True

    name: str = field(default="P", kw_only=True)

    def __post_init__(self) -> None:
        for parameter, kind in zip(self.parameter_names, self.ranges, strict=True):
            check_range(getattr(self, parameter), kind, f"{self.name}.{parameter}")

    # --- making ---------------------------------------------------------------------------------

    @classmethod
    def from_text(cls, text: str, name: str = "P") -> Family:
        """The family with parameters read from ``text`` (``"mu=0, sigma=1"`` or ``"0, 1"``)."""
        values = read_parameters(text, cls.parameter_names, name, cls.aliases)
        return cls.from_values(values, name)

    @classmethod
    def from_values(cls, values: dict[str, Value], name: str) -> Family:
        """The family from read values (one scalar per parameter unless a subclass says otherwise)."""
        return cls(**{key: scalar(value, f"{name}.{key}") for key, value in values.items()}, name=name)

    def renamed(self: F, name: str) -> F:
        """The same distribution under another name (its checks are not repeated)."""
        copy = object.__new__(type(self))
        for item in dataclasses.fields(self):
            object.__setattr__(copy, item.name, getattr(self, item.name))
        object.__setattr__(copy, "name", name)
        return copy

    # --- reading --------------------------------------------------------------------------------

    def values(self) -> tuple[tuple[str, Any], ...]:
        """``((parameter, value), ...)`` in order."""
        return tuple((parameter, getattr(self, parameter)) for parameter in self.parameter_names)

    def scalars(self) -> Iterator[Scalar]:
        """Every scalar parameter value (list entries included)."""
        for _, value in self.values():
            yield from _flattened(value)

    def closed_form_values(self) -> tuple[Scalar, ...]:
        """The values of the derivations' parameter symbols, in their order (by default, every scalar)."""
        return tuple(self.scalars())

    def derivation_of(self, measure: str) -> str:
        """The name of the derivation behind ``measure`` (by default the family's; a family may choose by its size)."""
        return self.derivations[measure]

    def symbols_at(self) -> tuple[str, str] | None:
        """Where the derivation's parameter symbols live (by default :attr:`shape`)."""
        return self.shape

    def closed_form_nats(self, measure: str, other: Family | None) -> ExactValue | None:
        """A closed form this family computes itself (a sum over coordinates), or None for the derivation's."""
        return None

    @property
    def variable(self) -> str | None:
        """The named variable the parameters depend on, or None when they are all numbers."""
        names = {value.symbol for value in self.scalars() if isinstance(value, Affine)}
        return names.pop() if names else None

    @property
    def is_symbolic(self) -> bool:
        return self.variable is not None

    def text(self) -> str:
        """``normal(mu=0, sigma=1)``."""
        shown = ", ".join(f"{parameter}={_text(value)}" for parameter, value in self.values())
        return f"{self.key}({shown})"

    def latex(self) -> str:
        r"""``\mathcal{N}(0, 1)``: the family's symbol and its parameters."""
        return f"{self.latex_name}({', '.join(_latex(value) for _, value in self.shown_values())})"

    def shown_values(self) -> tuple[tuple[str, Any], ...]:
        """The values the family's symbol shows, in order (a normal shows its variance)."""
        return self.values()

    def support(self) -> Support:
        """Where the distribution puts its mass."""
        raise NotImplementedError

    def density(self, x: float) -> float:
        """The density (or probability) at ``x``, as a float, for charts and cross-checks."""
        raise NotImplementedError

    def __str__(self) -> str:
        return f"{self.name} = {self.text()}"


def check_range(value: Any, kind: Range, field_name: str) -> None:
    """Raise :class:`InputError` naming ``field_name`` when a number lies outside ``kind``.

    An affine value is not checked here: its range limits the variable instead.
    """
    if isinstance(value, tuple):
        for item in value:
            check_range(item, kind, field_name)
        return
    if isinstance(value, Affine):
        return
    if not isinstance(value, Fraction):
        raise InputError(field_name, f"must be a number, got {value!r}")
    ok = {
        "real": True,
        "positive": value > 0,
        "probability": 0 <= value <= 1,
        "open_probability": 0 < value < 1,
        "count": value.denominator == 1 and 1 <= value <= MAX_COUNT,
    }[kind]
    if not ok:
        limit = f" up to {MAX_COUNT:,}" if kind == "count" and value > MAX_COUNT else ""
        raise InputError(field_name, f"must be {RANGES[kind]}{limit}, got {_text(value)}")


def as_fraction(value: Any) -> Fraction:
    """An int, Fraction, Decimal, str or float (its exact binary value is refused: give text) as a Fraction."""
    if isinstance(value, (Fraction, Affine)):
        return value  # type: ignore[return-value]
    if isinstance(value, bool):
        raise InputError("parameter", f"{value!r} is not a number")
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        return written(Fraction(str(value)), str(value))  # 0.1 means one tenth, as typed
    from decimal import Decimal

    if isinstance(value, Decimal):
        return written(Fraction(value), str(value))
    raise InputError("parameter", f"{value!r} is not a number")


def arb_of(value: Any) -> Any:
    """A rational parameter as an exact arb ball (python-flint)."""
    import flint

    return flint.arb(flint.fmpq(value.numerator, value.denominator))


def _flattened(value: Any) -> Iterator[Scalar]:
    if isinstance(value, tuple):
        for item in value:
            yield from _flattened(item)
    else:
        yield value


def _text(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(_text(item) for item in value) + "]"
    if isinstance(value, Affine):
        return value.text()
    return written_text(value)


def _latex(value: Any) -> str:
    if isinstance(value, tuple):
        return r"\left(" + ", ".join(_latex(item) for item in value) + r"\right)"
    if isinstance(value, Affine):
        return value.latex()
    return written_latex(value)
