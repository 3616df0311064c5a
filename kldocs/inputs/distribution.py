"""Reading a distribution: text, sequences, mappings and arrays into a validated :class:`Distribution`.

>>> P = parse_distribution("0.2, 0.5, 0.3")
>>> P.probabilities
(Fraction(1, 5), Fraction(1, 2), Fraction(3, 10))
>>> P.labels
('x1', 'x2', 'x3')
>>> parse_distribution("2 3 5", name="Q", normalize=True).probabilities
(Fraction(1, 5), Fraction(3, 10), Fraction(1, 2))

The Distribution type lives in :mod:`kldocs.inputs.discrete`, the checks of
names and labels in :mod:`kldocs.inputs.labels`; their names are importable
from here too.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, cast

from kldocs.errors import InputError
from kldocs.inputs.discrete import Distribution, Weights, negated, register_display
from kldocs.inputs.labels import MAX_LABEL_LENGTH, category_field, check_line, check_name, checked_labels, label_at
from kldocs.inputs.numbers import MAX_DIGITS, parse_number

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "FLOAT_SUM_TOLERANCE",
    "MAX_LABEL_LENGTH",
    "MAX_TOTAL_BITS",
    "NORMALIZE_HINT",
    "Distribution",
    "DistributionData",
    "DistributionLike",
    "SeriesLike",
    "SumError",
    "Weights",
    "check_float_total",
    "check_line",
    "check_name",
    "float_problem",
    "float_sum_tolerance",
    "negated",
    "parse_distribution",
    "register_display",
]

#: Largest common denominator (or total of weights) of one exact distribution, in bits (about 600
#: digits). Fractions with many distinct large denominators multiply up: fifty 40-digit
#: denominators make a 2,000-digit total, and the exact work on such totals grows faster than
#: their size. lcm(1, ..., 1380) and a million 40-digit counts stay within it.
MAX_TOTAL_BITS = 2000
#: What an error about weights that do not sum to 1 suggests in Python (the command line says ``--normalize``).
NORMALIZE_HINT = "to rescale weights, use parse_distribution(..., normalize=True)"
#: What an error about an array of more than one dimension suggests: a measure reads a batch with ``axis=``.
_AXIS_HINT = (
    "; for one distribution per column or row, give the measure axis= "
    "(axis=0: columns, scipy.stats.entropy's default; axis=1: rows)"
)
#: How far a float64 array's total may stray from 1 before it counts as unnormalised.
FLOAT_SUM_TOLERANCE = 1e-9

_SEPARATORS = re.compile(r"[,;\s]+")
#: A comma between digits, in a list whose values are also separated by spaces or semicolons: "0,4 0,6".
_DECIMAL_COMMA = re.compile(r"\d,\d")
_SPACE_OR_SEMICOLON = re.compile(r"[^,;\s][\s;]+[^,;\s]")
_BRACKETS = {"(": ")", "[": "]", "{": "}"}


class SumError(InputError):
    """Values that do not sum to 1, given without ``normalize``: the message says how to rescale them.

    The command line says it with its own option (:meth:`with_hint`).

    >>> str(SumError("P", "9/10 (0.9)"))
    'P: values sum to 9/10 (0.9), not 1; to rescale weights, use parse_distribution(..., normalize=True)'
    >>> str(SumError("P", "9/10 (0.9)").with_hint("to rescale weights, give --normalize"))
    'P: values sum to 9/10 (0.9), not 1; to rescale weights, give --normalize'
    """

    def __init__(self, field: str, total: str, hint: str = NORMALIZE_HINT) -> None:
        super().__init__(field, f"values sum to {total}, not 1; {hint}")
        self.total = total

    def with_hint(self, hint: str) -> SumError:
        """The same error, suggesting ``hint`` instead of :data:`NORMALIZE_HINT`."""
        return SumError(self.field, self.total, hint)


class SeriesLike(Protocol):
    """What kldocs reads from a pandas Series (pandas itself is not needed): its index and its values."""

    @property
    def index(self) -> Any: ...

    def to_numpy(self) -> np.ndarray: ...


#: What :func:`parse_distribution` reads: text, a sequence of numbers, a mapping of labels to numbers,
#: a NumPy array or a pandas Series.
DistributionData: TypeAlias = "str | Sequence[Any] | Mapping[Any, Any] | np.ndarray | SeriesLike"
#: What a measure accepts as a distribution: a Distribution, or anything :func:`parse_distribution` reads.
DistributionLike: TypeAlias = "Distribution | DistributionData"


def parse_distribution(
    data: DistributionLike,
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
        ``Fraction`` or ``Decimal`` (exact); or a list or tuple of floats
        (ints may stand among them), or a NumPy float array: a float
        distribution; or a NumPy integer array (exact counts). A mapping
        (``{"a": 0.2, "b": 0.8}``) or a pandas Series gives its keys or its
        index as the labels and its values as above. A Distribution is
        already read: it comes back as it is, under ``name`` (and ``labels``
        when given), so that code may take any of these forms.
    labels
        Category names, as a sequence or a comma-separated string. Default
        ``x1, x2, ...``, or the keys of a mapping or the index of a Series.
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
    >>> from kldocs import parse_distribution
    >>> parse_distribution("20% 50% 30%").probabilities
    (Fraction(1, 5), Fraction(1, 2), Fraction(3, 10))
    >>> parse_distribution([0.25, 0.75]).is_exact, parse_distribution(["1/4", "3/4"]).is_exact
    (False, True)
    >>> parse_distribution({"heads": 0.5, "tails": 0.5})
    Distribution(P: heads=0.5, tails=0.5)
    >>> parse_distribution("0.2 0.5", name="Q")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kldocs.inputs.distribution.SumError: Q: values sum to 7/10 (0.7), not 1; to rescale weights, use ...
    >>> parse_distribution(parse_distribution([0.25, 0.75]), name="Q")
    Distribution(Q: x1=0.25, x2=0.75)
    """
    check_name(name)
    if isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(name, f"{type(data).__name__} is not read as numbers; decode it to text first (data.decode())")
    if isinstance(data, Distribution):
        given = data.given_labels if labels is None else checked_labels(labels, len(data), name)
        return data.renamed(name).relabelled(given)
    keyed = _keyed(data)
    if keyed is not None:
        values, keys = keyed
        return parse_distribution(values, keys if labels is None else labels, name=name, normalize=normalize)
    if _is_numpy_array(data):
        return _from_array(data, labels, name, normalize)  # type: ignore[arg-type]
    if isinstance(data, str):
        items: list[Any] = _split(data, name)
    else:
        try:
            items = list(cast("Sequence[Any]", data))
        except TypeError:
            problem = f"expected text, a sequence of numbers or an array, not {type(data).__name__}"
            raise InputError(name, problem) from None
    if not items:
        raise InputError(name, "no values given")
    if _all_floats(items):
        import numpy as np

        return _from_array(np.array(items, dtype=np.float64), labels, name, normalize)
    label_tuple = checked_labels(labels, len(items), name)
    values = _read_values(items, name, label_tuple)
    for i, value in enumerate(values):
        if value < 0:
            raise InputError(category_field(name, i, label_at(label_tuple, i)), f"{_show(items[i])} is negative", i)
    return _from_values(values, label_tuple, name, normalize)


def _read_values(items: list[Any], name: str, labels: tuple[str, ...] | None) -> list[Fraction | int]:
    """Every item as an exact number; plain integer counts take a fast path."""
    if all(type(item) is str and item.isascii() and item.isdigit() and len(item) <= MAX_DIGITS for item in items):
        return [int(item) for item in items]
    try:
        return [_exact(item) for item in items]
    except InputError:
        # Read again one by one, only to name the position in the message.
        for i, item in enumerate(items):
            try:
                _exact(item)
            except InputError as error:
                raise InputError(category_field(name, i, label_at(labels, i)), error.problem, i) from None
        raise


def _from_values(
    values: Sequence[Fraction | int], labels: tuple[str, ...] | None, name: str, normalize: bool
) -> Distribution:
    """Integer weights over one common denominator; rescaled to sum to 1 when ``normalize``."""
    if all(type(v) is int for v in values):
        weights: Sequence[int] = values  # type: ignore[assignment]
        common = 1
    else:
        common = math.lcm(*{v.denominator for v in values})
        weights = tuple(v.numerator * (common // v.denominator) for v in values)
    total = sum(weights)
    return _checked(weights, total, common, labels, name, normalize)


def _checked(
    weights: Weights, total: int, common: int, labels: tuple[str, ...] | None, name: str, normalize: bool
) -> Distribution:
    """The distribution ``weights / common`` after the total is checked (and rescaled with ``normalize``)."""
    if total == 0:
        raise InputError(name, "all values are zero, so they cannot be rescaled to sum to 1")
    largest = max(total, common)
    if largest.bit_length() > MAX_TOTAL_BITS:
        digits = round(largest.bit_length() * math.log10(2))
        limit = round(MAX_TOTAL_BITS * math.log10(2))
        raise InputError(
            name,
            f"the values' common denominator or total has about {digits} digits, more than {limit}; "
            "use fewer distinct denominators or round the values",
        )
    rescaled = total != common
    if rescaled and not normalize:
        raise SumError(name, _sum_text(Fraction(total, common)))
    return Distribution.from_weights(weights, total, labels, name, rescaled)


def _split(text: str, name: str) -> list[str]:
    """Split a string of numbers, allowing one pair of outer brackets."""
    stripped = text.strip()
    if stripped and stripped[0] in _BRACKETS and stripped.endswith(_BRACKETS[stripped[0]]):
        stripped = stripped[1:-1].strip()
    if not stripped:
        raise InputError(name, "no values given")
    if ",," in stripped.replace(" ", "") or stripped.startswith(",") or stripped.endswith(","):
        raise InputError(name, "an empty value between commas")
    if _DECIMAL_COMMA.search(stripped) and _SPACE_OR_SEMICOLON.search(stripped):
        comma = next(token for token in re.split(r"[;\s]+", stripped) if _DECIMAL_COMMA.search(token))
        point = comma.replace(",", ".") if comma.count(",") == 1 else "a point"
        raise InputError(name, f"{comma!r} would be read as two values, since commas separate values; write {point}")
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


def _from_array(array: np.ndarray, labels: str | Sequence[str] | None, name: str, normalize: bool) -> Distribution:
    """A float distribution from a float array (an integer array is exact)."""
    import numpy as np

    if array.ndim != 1:
        hint = _AXIS_HINT if array.ndim > 1 else ""
        raise InputError(name, f"expected a one-dimensional array, got shape {array.shape}{hint}")
    if array.dtype.kind in "iub":
        return _from_integer_array(array, checked_labels(labels, array.size, name), name, normalize)
    if array.dtype.kind == "O":
        raise InputError(name, "arrays of dtype object are not supported; pass array.tolist() (exact Python numbers)")
    if array.dtype.kind != "f":
        raise InputError(name, f"arrays of dtype {array.dtype} are not supported")
    if array.size == 0:
        raise InputError(name, "no values given")
    # A copy, so that changing the caller's array later cannot change the distribution.
    values = np.array(array, dtype=np.float64, order="C")
    label_tuple = checked_labels(labels, values.size, name)
    total = float(values.sum())
    # Two reductions check everything: the minimum is NaN when a value is, and the sum is
    # finite only when every value is; the first bad value is looked for only when there is one.
    if not values.min() >= 0 or not math.isfinite(total):
        raise float_problem(values, name, label_tuple)
    rescaled = check_float_total(total, name, normalize, float_sum_tolerance(array.dtype, values.size))
    if rescaled:
        values /= total
    values.setflags(write=False)
    return Distribution(None, label_tuple, name, rescaled, values)


def float_problem(values: np.ndarray, name: str, labels: Sequence[str] | None = None) -> InputError:
    """The error for a float array with a NaN, an infinite or a negative value, or too large a sum.

    >>> import numpy as np
    >>> str(float_problem(np.array([0.5, np.nan]), "Q"))
    "Q[2] 'x2': nan is not a number (NaN)"
    """
    import numpy as np

    bad = np.flatnonzero(~np.isfinite(values) | (values < 0))
    if not bad.size:
        return InputError(name, "values sum to more than the largest float")
    i = int(bad[0])
    value = float(values[i])
    problem = "is not a number (NaN)" if math.isnan(value) else "is infinite" if math.isinf(value) else "is negative"
    return InputError(
        category_field(name, i, label_at(tuple(labels) if labels else None, i)), f"{value!r} {problem}", i
    )


def float_sum_tolerance(dtype: Any, size: int) -> float:
    """How far ``size`` floats of ``dtype`` that were normalised may sum away from 1.

    :data:`FLOAT_SUM_TOLERANCE` for float64; for narrower floats, the error
    of normalising in their own precision (a float32 softmax sums to 1 only
    within about 1e-7 times the logarithm of its size).

    >>> import numpy as np
    >>> float_sum_tolerance(np.float64, 10**6), round(float_sum_tolerance(np.float32, 10**6), 6)
    (1e-09, 1e-05)
    """
    import numpy as np

    epsilon = float(np.finfo(dtype).eps)
    return max(FLOAT_SUM_TOLERANCE, 4 * (math.log2(max(size, 1)) + 1) * epsilon)


def check_float_total(total: float, name: str, normalize: bool, tolerance: float = FLOAT_SUM_TOLERANCE) -> bool:
    """Whether float values with this (finite) total must be rescaled; an error when they may not be.

    >>> check_float_total(1.0 + 1e-12, "P", False), check_float_total(4.0, "P", True)
    (False, True)
    """
    if total == 0:
        raise InputError(name, "all values are zero, so they cannot be rescaled to sum to 1")
    rescaled = abs(total - 1.0) > tolerance
    if rescaled and not normalize:
        raise SumError(name, repr(total))
    return rescaled


def _from_integer_array(array: np.ndarray, labels: tuple[str, ...] | None, name: str, normalize: bool) -> Distribution:
    """An exact distribution from integer counts; they stay a NumPy array when their sum fits in 64 bits."""
    import numpy as np

    if array.size == 0:
        raise InputError(name, "no values given")
    negative = np.flatnonzero(array < 0)
    if negative.size:
        i = int(negative[0])
        raise InputError(category_field(name, i, label_at(labels, i)), f"{_show(int(array[i]))} is negative", i)
    if array.dtype.kind == "b" or int(array.max()) >= (1 << 62) // array.size:
        values = [int(v) for v in array.tolist()]
        return _checked(values, sum(values), 1, labels, name, normalize)
    weights = np.array(array, dtype=np.int64)
    weights.setflags(write=False)
    return _checked(weights, int(weights.sum()), 1, labels, name, normalize)


def _is_numpy_array(data: object) -> bool:
    """Recognise a NumPy array without importing NumPy."""
    return type(data).__module__ == "numpy" and hasattr(data, "ndim")


def _all_floats(items: list[Any]) -> bool:
    """True for numbers that are floats (Python's or NumPy's), with ints among them allowed: the float path."""
    seen_float = False
    for item in items:
        kind = type(item)
        if kind is float or (kind.__module__ == "numpy" and getattr(item, "dtype", None) is not None):
            if kind is not float and item.dtype.kind != "f":
                return False
            seen_float = True
        elif kind is not int:
            return False
    return seen_float


def _keyed(data: object) -> tuple[Any, list[str] | None] | None:
    """The values and labels of a mapping or a pandas Series (its index), else None.

    A Series is recognised by its shape (``index`` and ``to_numpy``), so
    pandas is not needed; its default index (0, 1, ...) gives no labels.

    >>> _keyed({"a": "1/4", "b": "3/4"})
    (['1/4', '3/4'], ['a', 'b'])
    """
    if isinstance(data, Mapping):
        return list(data.values()), [str(key) for key in data]
    index, to_numpy = getattr(data, "index", None), getattr(data, "to_numpy", None)
    if index is None or not callable(to_numpy) or _is_numpy_array(data):
        return None
    values = to_numpy()
    if values.dtype.kind == "O":
        values = values.tolist()
    default = type(index).__name__ == "RangeIndex" and index.start == 0 and index.step == 1
    return values, None if default else [str(key) for key in index]


def _show(item: Any) -> str:
    """A value as the user wrote it, for messages."""
    return repr(item.strip()) if isinstance(item, str) else repr(str(item))


def _sum_text(value: Fraction) -> str:
    """An exact sum for a message: the fraction, and a decimal when it tells more than "1"."""
    decimal = f"{float(value):.10g}"
    return str(value) if decimal == "1" or decimal == str(value) else f"{value} ({decimal})"
