"""The validated discrete distribution every other layer works on.

>>> P = parse_distribution("0.2, 0.5, 0.3")
>>> P.probabilities
(Fraction(1, 5), Fraction(1, 2), Fraction(3, 10))
>>> P.labels
('x1', 'x2', 'x3')
>>> parse_distribution("2 3 5", name="Q", normalize=True).probabilities
(Fraction(1, 5), Fraction(3, 10), Fraction(1, 2))
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar, cast

from kldocs.errors import InputError
from kldocs.inputs.numbers import parse_number

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

#: Longest label accepted, in characters.
MAX_LABEL_LENGTH = 60
#: How far a float array's total may stray from 1 before it counts as unnormalised.
FLOAT_SUM_TOLERANCE = 1e-9

_SEPARATORS = re.compile(r"[,;\s]+")
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True, eq=False)
class Distribution:
    """A discrete probability distribution over labelled categories.

    Exact distributions hold ``Fraction`` probabilities that sum to exactly 1.
    A distribution built from a NumPy float array holds the array instead
    (``probabilities`` is None) and every measure takes the float path.

    Attributes
    ----------
    probabilities
        Exact probabilities, or None for a float distribution.
    labels
        One distinct label per category.
    name
        The field name used in messages and output: ``"P"``, ``"Q"``, ``"Q2"``.
    normalized
        True when the input were weights that had to be rescaled to sum to 1.
    """

    probabilities: tuple[Fraction, ...] | None
    labels: tuple[str, ...]
    name: str = "P"
    normalized: bool = False
    floats: np.ndarray | None = None
    _memo: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.labels)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Distribution):
            return NotImplemented
        if self.is_exact and other.is_exact:
            return self.probabilities == other.probabilities and self.labels == other.labels
        return self.labels == other.labels and bool((self.as_array() == other.as_array()).all())

    __hash__ = None  # type: ignore[assignment]

    @property
    def is_exact(self) -> bool:
        """True when the probabilities are exact fractions."""
        return self.probabilities is not None

    def as_array(self) -> np.ndarray:
        """The probabilities as a float64 NumPy array (nearest doubles)."""
        if self.floats is not None:
            return self.floats
        import numpy as np

        assert self.probabilities is not None
        return np.array([float(p) for p in self.probabilities], dtype=np.float64)

    @cached_property
    def integer_weights(self) -> tuple[list[int], int]:
        """Integers ``w`` and a common denominator ``d`` with ``p[i] = w[i] / d``.

        The exact core works on these so that it adds integers, not fractions.

        >>> parse_distribution("1/2 1/3 1/6").integer_weights
        ([3, 2, 1], 6)
        """
        if self.probabilities is None:
            raise TypeError("a float distribution has no exact integer weights")
        numerators, denominators = self.fraction_parts
        distinct = set(denominators)
        total = math.lcm(*distinct)
        if len(distinct) == 1:
            return numerators, total
        multipliers = {d: total // d for d in distinct}
        return [n * multipliers[d] for n, d in zip(numerators, denominators, strict=True)], total

    @cached_property
    def fraction_parts(self) -> tuple[list[int], list[int]]:
        """Numerators and denominators of the probabilities in lowest terms.

        >>> parse_distribution("0.2 0.8").fraction_parts
        ([1, 4], [5, 5])
        """
        if self.probabilities is None:
            raise TypeError("a float distribution has no exact fractions")
        return [p.numerator for p in self.probabilities], [p.denominator for p in self.probabilities]

    @cached_property
    def zeros(self) -> tuple[int, ...]:
        """Positions (0-based) of the categories with probability 0.

        >>> parse_distribution("0.5 0 0.5").zeros
        (1,)
        """
        if self.probabilities is None:
            assert self.floats is not None
            return tuple(int(i) for i in (self.floats == 0).nonzero()[0])
        return tuple(i for i, n in enumerate(self.fraction_parts[0]) if n == 0)

    def remember(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once per key for this distribution, then the stored result.

        Distributions are immutable, so derived values (an entropy, a
        cross-entropy against a given Q) can be kept with them.
        """
        if key not in self._memo:
            self._memo[key] = compute()
        return cast(T, self._memo[key])

    def field(self, index: int) -> str:
        """How messages name category ``index`` (0-based): ``P[2] 'b'``."""
        return _position(self.name, index, self.labels[index])


def parse_distribution(
    data: str | Sequence[Any] | np.ndarray,
    labels: str | Sequence[str] | None = None,
    *,
    name: str = "P",
    normalize: bool = False,
) -> Distribution:
    """Read and validate a distribution from text, a sequence or a NumPy array.

    Parameters
    ----------
    data
        A string of numbers separated by commas, semicolons or spaces (one
        pair of outer brackets is allowed); or a sequence of str, int,
        ``Fraction``, ``Decimal`` or float (a float is read as the decimal it
        prints as, so ``0.2`` means 1/5); or a NumPy array (a float array
        gives a float distribution, an integer array an exact one).
    labels
        Category names, as a sequence or a comma-separated string. Default
        ``x1, x2, ...``.
    name
        Names the distribution in error messages (``"P"``, ``"Q"``).
    normalize
        Accept non-negative weights that do not sum to 1 and rescale them.

    Returns
    -------
    Distribution

    Raises
    ------
    InputError
        Empty input, an unreadable, negative, NaN or infinite value, a zero
        total, a sum other than 1 without ``normalize``, or bad labels.

    Examples
    --------
    >>> parse_distribution("20% 50% 30%").probabilities
    (Fraction(1, 5), Fraction(1, 2), Fraction(3, 10))
    >>> parse_distribution("0.2 0.5", name="Q")
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: Q: values sum to 7/10 (0.7), not 1; use --normalize to rescale weights
    """
    if _is_numpy_array(data):
        return _from_array(data, labels, name, normalize)  # type: ignore[arg-type]
    if isinstance(data, str):
        items: list[Any] = _split(data, name)
    else:
        try:
            items = list(data)
        except TypeError:
            problem = f"expected text, a sequence of numbers or an array, not {type(data).__name__}"
            raise InputError(name, problem) from None
    if not items:
        raise InputError(name, "no values given")
    label_tuple = _labels(labels, len(items), name)
    try:
        values = [_exact(item) for item in items]
    except InputError:
        # Read again one by one, only to name the position in the message.
        for i, item in enumerate(items):
            try:
                _exact(item)
            except InputError as error:
                raise InputError(_position(name, i, label_tuple[i]), error.problem) from None
        raise
    for i, value in enumerate(values):
        if value < 0:
            raise InputError(_position(name, i, label_tuple[i]), f"{_show(items[i])} is negative")
    total = _exact_sum(values)
    if total == 0:
        raise InputError(name, "all values are zero, so they cannot be rescaled to sum to 1")
    rescaled = total != 1
    if rescaled and not normalize:
        raise InputError(
            name,
            f"values sum to {_sum_text(total)}, not 1; use --normalize to rescale weights",
        )
    if rescaled:
        scale_up, scale_down = total.denominator, total.numerator
        return Distribution(
            tuple(Fraction(v.numerator * scale_up, v.denominator * scale_down) for v in values),
            label_tuple,
            name,
            rescaled,
        )
    return Distribution(tuple(Fraction(v) for v in values), label_tuple, name, rescaled)


def _exact_sum(values: list[Fraction | int]) -> Fraction:
    """The exact sum, adding integers over one common denominator (fast for long inputs)."""
    denominators = {v.denominator for v in values}
    common = math.lcm(*denominators)
    return Fraction(sum(v.numerator * (common // v.denominator) for v in values), common)


def _split(text: str, name: str) -> list[str]:
    """Split a string of numbers, allowing one pair of outer brackets."""
    stripped = text.strip()
    if stripped and stripped[0] in _BRACKETS and stripped.endswith(_BRACKETS[stripped[0]]):
        stripped = stripped[1:-1].strip()
    if not stripped:
        raise InputError(name, "no values given")
    if ",," in stripped.replace(" ", "") or stripped.startswith(",") or stripped.endswith(","):
        raise InputError(name, "an empty value between commas")
    return [token for token in _SEPARATORS.split(stripped) if token]


def _exact(item: Any) -> Fraction | int:
    """One element of a sequence as an exact Fraction (or int, kept as is)."""
    kind = type(item)
    if kind is int or kind is Fraction:
        return item
    field = "value"
    if isinstance(item, bool):
        raise InputError(field, f"{item!r} is a truth value, not a number")
    if isinstance(item, (int, Fraction)):
        return Fraction(item)
    if isinstance(item, str):
        return parse_number(item.strip(), field)
    if isinstance(item, float):
        return parse_number(repr(float(item)), field)  # float(): NumPy 2 scalars repr as np.float64(...)
    if isinstance(item, Decimal):
        return parse_number(str(item), field)
    if type(item).__module__ == "numpy" and hasattr(item, "item"):
        return _exact(item.item())
    raise InputError(field, f"{type(item).__name__} values are not supported")


def _labels(labels: str | Sequence[str] | None, count: int, name: str) -> tuple[str, ...]:
    """Validate labels: right count, distinct, printable, not too long."""
    if labels is None:
        return tuple(f"x{i}" for i in range(1, count + 1))
    items = [item.strip() for item in labels.split(",")] if isinstance(labels, str) else list(labels)
    if len(items) != count:
        raise InputError(f"{name} labels", f"{len(items)} labels given for {count} values")
    seen: set[str] = set()
    for i, label in enumerate(items, start=1):
        field = f"{name} labels[{i}]"
        if not isinstance(label, str):
            raise InputError(field, f"{label!r} is not text")
        if not label.strip():
            raise InputError(field, "label is blank")
        if _CONTROL.search(label):
            raise InputError(field, f"{label!r} contains a control character or line break")
        if len(label) > MAX_LABEL_LENGTH:
            raise InputError(field, f"label is longer than {MAX_LABEL_LENGTH} characters")
        if label in seen:
            raise InputError(field, f"duplicate label {label!r}")
        seen.add(label)
    return tuple(items)


def _from_array(array: np.ndarray, labels: str | Sequence[str] | None, name: str, normalize: bool) -> Distribution:
    """A float distribution from a float array (an integer array is exact)."""
    import numpy as np

    if array.ndim != 1:
        raise InputError(name, f"expected a one-dimensional array, got shape {array.shape}")
    if array.dtype.kind in "iub":
        return parse_distribution([int(v) for v in array.tolist()], labels, name=name, normalize=normalize)
    if array.dtype.kind != "f":
        raise InputError(name, f"arrays of dtype {array.dtype} are not supported")
    if array.size == 0:
        raise InputError(name, "no values given")
    values = np.ascontiguousarray(array, dtype=np.float64)
    label_tuple = _labels(labels, values.size, name)
    bad = np.flatnonzero(~np.isfinite(values) | (values < 0))
    if bad.size:
        i = int(bad[0])
        value = values[i]
        problem = "is not a number (NaN)" if np.isnan(value) else "is infinite" if np.isinf(value) else "is negative"
        raise InputError(_position(name, i, label_tuple[i]), f"{value!r} {problem}")
    total = float(values.sum())
    if total == 0:
        raise InputError(name, "all values are zero, so they cannot be rescaled to sum to 1")
    rescaled = abs(total - 1.0) > FLOAT_SUM_TOLERANCE
    if rescaled and not normalize:
        raise InputError(name, f"values sum to {total!r}, not 1; use --normalize to rescale weights")
    if rescaled:
        values = values / total
    values.setflags(write=False)
    return Distribution(None, label_tuple, name, rescaled, values)


def _is_numpy_array(data: object) -> bool:
    """Recognise a NumPy array without importing NumPy."""
    return type(data).__module__ == "numpy" and hasattr(data, "ndim")


def _position(name: str, index: int, label: str) -> str:
    """Name one category in a message: 1-based position, and the label."""
    return f"{name}[{index + 1}] {label!r}"


def _show(item: Any) -> str:
    """A value as the user wrote it, for messages."""
    return repr(item.strip()) if isinstance(item, str) else repr(str(item))


def _sum_text(value: Fraction) -> str:
    """An exact sum for a message: the fraction, and a decimal when it tells more than "1"."""
    decimal = f"{float(value):.10g}"
    return str(value) if decimal == "1" or decimal == str(value) else f"{value} ({decimal})"
