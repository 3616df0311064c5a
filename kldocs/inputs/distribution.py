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

import array
import math
import re
from collections.abc import Callable, Hashable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar, cast

from kldocs.errors import InputError
from kldocs.inputs.numbers import MAX_DIGITS, parse_number

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

#: Integer weights: a tuple of ints, or a read-only int64 NumPy array for counts given as an array.
Weights: TypeAlias = "Sequence[int] | np.ndarray"

#: Longest label accepted, in characters.
MAX_LABEL_LENGTH = 60
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
#: Control characters, line and paragraph separators, the bidirectional
#: embeddings, overrides and isolates (which make text display in another order),
#: and the stand-ins Python gives bytes of a command line that are not UTF-8.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


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


#: What shows a distribution in Jupyter: ``show(distribution, mime)`` gives its ``text/html`` or ``text/latex``
#: form. The display layer registers it (it lays out a table with the page templates, which sit above this
#: layer); see :func:`register_display`.
_DISPLAY: list[Callable[[Distribution, str], str]] = []


def register_display(show: Callable[[Distribution, str], str]) -> None:
    """Make ``show(distribution, mime)`` what a Distribution's Jupyter display hooks call."""
    _DISPLAY[:] = [show]


class Distribution:
    """A discrete probability distribution over labelled categories.

    An exact distribution holds integer weights ``w`` and their total ``T``:
    the probabilities are the fractions ``w[i] / T``, made only when asked
    for, so a million counts cost a million integers and nothing more. A
    distribution built from a NumPy float array holds the array instead
    (``probabilities`` is None) and every measure takes the float path.
    Labels are made (``x1``, ``x2``, ...) only when something reads them.

    Parameters
    ----------
    probabilities
        Exact probabilities summing to 1, or None with ``floats``.
    labels
        One distinct label per category; default ``x1, x2, ...``.
    name
        The field name used in messages and output: ``"P"``, ``"Q"``, ``"Q2"``.
    normalized
        True when the input were weights that had to be rescaled to sum to 1.
    floats
        A read-only float64 array of probabilities (the float path).

    Examples
    --------
    >>> from kldocs import Distribution
    >>> Distribution.from_weights([1, 3], 4, name="Q")
    Distribution(Q: x1=1/4, x2=3/4)
    """

    def __init__(
        self,
        probabilities: Sequence[Fraction] | None = None,
        labels: Sequence[str] | None = None,
        name: str = "P",
        normalized: bool = False,
        floats: np.ndarray | None = None,
    ) -> None:
        self.name = name
        self.normalized = normalized
        self.floats = floats
        self._labels = tuple(labels) if labels is not None else None
        self._memo: dict[Hashable, Any] = {}
        if probabilities is not None:
            values = [Fraction(p) for p in probabilities]
            total = math.lcm(*(v.denominator for v in values))
            self._weights: Weights | None = tuple(v.numerator * (total // v.denominator) for v in values)
            self._total = total
            self._size = len(values)
        else:
            if floats is None:
                raise ValueError("a distribution needs probabilities or a float array")
            self._weights, self._total, self._size = None, 1, int(floats.size)

    @classmethod
    def from_weights(
        cls,
        weights: Weights,
        total: int,
        labels: Sequence[str] | None = None,
        name: str = "P",
        normalized: bool = False,
    ) -> Distribution:
        """The distribution ``weights[i] / total`` (non-negative integers summing to ``total``)."""
        distribution = cls.__new__(cls)
        distribution.name, distribution.normalized, distribution.floats = name, normalized, None
        distribution._labels = tuple(labels) if labels is not None else None
        distribution._memo = {}
        distribution._weights, distribution._total, distribution._size = weights, total, len(weights)
        return distribution

    def renamed(self, name: str) -> Distribution:
        """The same distribution under another name (``"Q"`` for a reference).

        >>> parse_distribution("0.5 0.5").renamed("Q").name
        'Q'
        """
        return self._copy(check_name(name), self._labels)

    def relabelled(self, labels: Sequence[str] | None) -> Distribution:
        """The same distribution with other labels (None: the defaults), for example P's labels on Q.

        >>> parse_distribution("0.5 0.5").relabelled(("a", "b")).labels
        ('a', 'b')
        """
        return self._copy(self.name, labels)

    def aligned_to(self, other: Distribution) -> Distribution:
        """This distribution over ``other``'s categories, in ``other``'s order, to be paired with it.

        When both were given labels, categories are matched by label (the
        order may differ, the labels may not); otherwise they pair by
        position and this takes ``other``'s labels.

        Raises
        ------
        InputError
            When the lengths differ, or both have labels and they name different categories.

        Examples
        --------
        >>> P = parse_distribution("0.5 0.3 0.2", labels="a, b, c")
        >>> parse_distribution({"c": "0.4", "a": "0.2", "b": "0.4"}, name="Q").aligned_to(P)
        Distribution(Q: a=1/5, b=2/5, c=2/5)
        """
        if len(self) != len(other):
            raise InputError(self.name, f"has {len(self)} values but {other.name} has {len(other)}")
        mine, theirs = self._labels, other._labels
        if mine is None or theirs is None or mine == theirs:
            return self if mine == theirs else self.relabelled(theirs)
        position = {label: i for i, label in enumerate(mine)}
        unknown = [label for label in theirs if label not in position]
        if unknown:
            missing = ", ".join(repr(label) for label in unknown[:5]) + (", ..." if len(unknown) > 5 else "")
            kind = "a label" if len(unknown) == 1 else f"{len(unknown)} labels"
            raise InputError(f"{self.name} labels", f"{self.name} has no {missing} ({kind} of {other.name})")
        return self._reordered([position[label] for label in theirs], theirs)

    def _reordered(self, order: list[int], labels: tuple[str, ...]) -> Distribution:
        """The categories taken in ``order`` (positions), under ``labels``."""
        if self._weights is None:
            assert self.floats is not None
            floats = self.floats[order]
            floats.setflags(write=False)
            return Distribution(None, labels, self.name, self.normalized, floats)
        weights: Weights
        if isinstance(self._weights, (tuple, list)):
            weights = tuple(self._weights[i] for i in order)
        else:
            reordered = cast("np.ndarray", self._weights)[order]
            reordered.setflags(write=False)
            weights = reordered
        return Distribution.from_weights(weights, self._total, labels, self.name, self.normalized)

    def _copy(self, name: str, labels: Sequence[str] | None) -> Distribution:
        if self._weights is None:
            assert self.floats is not None
            return Distribution(None, labels, name, self.normalized, self.floats)
        return Distribution.from_weights(self._weights, self._total, labels, name, self.normalized)

    def __len__(self) -> int:
        return self._size

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Distribution):
            return NotImplemented
        if len(self) != len(other) or self.labels != other.labels:
            return False
        if self.is_exact and other.is_exact:
            return self.probabilities == other.probabilities
        return bool((self.as_array() == other.as_array()).all())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = [f"{label}={value}" for label, value in zip(self.labels[:6], self.shown_values(6), strict=True)]
        more = f", ... ({len(self)} categories)" if len(self) > 6 else ""
        return f"Distribution({self.name}: {', '.join(shown)}{more})"

    def _repr_html_(self) -> str | None:
        """For Jupyter: a table of the labels and probabilities (the registered display's)."""
        return _DISPLAY[0](self, "text/html") if _DISPLAY else None

    def _repr_latex_(self) -> str | None:
        """For Jupyter front ends and exports without HTML: the probabilities as display maths."""
        return _DISPLAY[0](self, "text/latex") if _DISPLAY else None

    def shown_values(self, count: int) -> list[str]:
        """The first ``count`` probabilities as ``repr`` shows them: exact fractions, floats to 6 digits.

        >>> parse_distribution("0.2 0.8").shown_values(2), parse_distribution([0.2, 0.8]).shown_values(1)
        (['1/5', '4/5'], ['0.2'])
        """
        if self._weights is None:
            assert self.floats is not None
            return [f"{float(v):.6g}" for v in self.floats[:count]]
        return [str(p) for p in self.head(count)]

    def head(self, count: int) -> tuple[Fraction, ...]:
        """The first ``count`` exact probabilities, made from the weights without making the others.

        >>> parse_distribution("1 2 3 4", normalize=True).head(2)
        (Fraction(1, 10), Fraction(1, 5))
        """
        weights, total = self.integer_weights
        return tuple(Fraction(int(w), total) for w in weights[:count])

    def probability_texts(self) -> list[str]:
        """Every exact probability as text in lowest terms (``str`` of its Fraction), made without Fractions.

        Counts held as a NumPy array are reduced in one vectorised pass.

        >>> parse_distribution("0 2 6", normalize=True).probability_texts()
        ['0', '1/4', '3/4']
        >>> parse_distribution("1", normalize=True).probability_texts()
        ['1']
        """
        weights, total = self.integer_weights
        if isinstance(weights, (tuple, list)):
            divisors = [math.gcd(w, total) for w in weights]
            numerators = [w // g for w, g in zip(weights, divisors, strict=True)]
            denominators = [total // g for g in divisors]
        else:
            import numpy as np

            counts = cast("np.ndarray", weights)
            divisors = np.gcd(counts, total)
            numerators, denominators = (counts // divisors).tolist(), (total // divisors).tolist()
        return [f"{n}/{d}" if d != 1 else str(n) for n, d in zip(numerators, denominators, strict=True)]

    def probability(self, index: int) -> Fraction:
        """The exact probability of category ``index`` (0-based), alone.

        >>> parse_distribution("1 3", normalize=True).probability(1)
        Fraction(3, 4)
        """
        weights, total = self.integer_weights
        return Fraction(int(weights[index]), total)

    def label(self, index: int) -> str:
        """The label of category ``index`` (0-based), without making the default labels of the others.

        >>> parse_distribution("0.5 0.5").label(1)
        'x2'
        """
        if not -self._size <= index < self._size:
            raise IndexError(f"category {index} of {self._size}")
        return _label(self._labels, index % self._size)

    @property
    def is_exact(self) -> bool:
        """True when the probabilities are exact fractions."""
        return self._weights is not None

    @property
    def given_labels(self) -> tuple[str, ...] | None:
        """The labels as given, or None when the defaults are used."""
        return self._labels

    @cached_property
    def labels(self) -> tuple[str, ...]:
        """One label per category (``x1, x2, ...`` unless labels were given)."""
        return self._labels if self._labels is not None else tuple(f"x{i}" for i in range(1, self._size + 1))

    @cached_property
    def probabilities(self) -> tuple[Fraction, ...] | None:
        """The exact probabilities, or None for a float distribution."""
        if self._weights is None:
            return None
        weights = self._weights.tolist() if hasattr(self._weights, "tolist") else self._weights
        return tuple(Fraction(w, self._total) for w in weights)

    def as_array(self) -> np.ndarray:
        """The probabilities as a float64 NumPy array (nearest doubles)."""
        if self.floats is not None:
            return self.floats
        import numpy as np

        assert self.probabilities is not None
        return np.array([float(p) for p in self.probabilities], dtype=np.float64)

    @property
    def integer_weights(self) -> tuple[Weights, int]:
        """Integers ``w`` and their total ``T`` with ``p[i] = w[i] / T``.

        The exact core works on these so that it adds integers, not fractions.

        >>> parse_distribution("1/2 1/3 1/6").integer_weights
        ((3, 2, 1), 6)
        """
        if self._weights is None:
            raise TypeError("a float distribution has no exact integer weights")
        return self._weights, self._total

    @cached_property
    def content_key(self) -> Hashable:
        """The probabilities as a hashable key: equal keys exactly when the probabilities are equal.

        >>> parse_distribution("0.5 0.5").content_key == parse_distribution("1/2 50%").content_key
        True
        """
        if self._weights is None:
            assert self.floats is not None
            return ("floats", self.floats.tobytes())
        if not isinstance(self._weights, (tuple, list)):
            import numpy as np

            counts = cast("np.ndarray", self._weights)
            common = math.gcd(self._total, int(np.gcd.reduce(counts)))
            return (self._total // common, (counts // common).tobytes())
        common = math.gcd(self._total, *self._weights)
        reduced = [int(w) // common for w in self._weights]
        # Weights that fit in 64 bits are keyed by their bytes, as an int64 array of counts is.
        packed = array.array("q", reduced).tobytes() if max(reduced) < 1 << 63 else tuple(reduced)
        return (self._total // common, packed)

    @cached_property
    def zeros(self) -> tuple[int, ...]:
        """Positions (0-based) of the categories with probability 0.

        >>> parse_distribution("0.5 0 0.5").zeros
        (1,)
        """
        values = self.floats if self._weights is None else self._weights
        if isinstance(values, (tuple, list)):
            return tuple(i for i, w in enumerate(values) if not w)
        import numpy as np

        return tuple(int(i) for i in np.flatnonzero(np.asarray(values) == 0))

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
        return _position(self.name, index, self.label(index))


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
        given = data.given_labels if labels is None else _labels(labels, len(data), name)
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
    label_tuple = _labels(labels, len(items), name)
    values = _read_values(items, name, label_tuple)
    for i, value in enumerate(values):
        if value < 0:
            raise InputError(_position(name, i, _label(label_tuple, i)), f"{_show(items[i])} is negative", i)
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
                raise InputError(_position(name, i, _label(labels, i)), error.problem, i) from None
        raise


def negated(weights: Weights) -> Weights:
    """The weights with their signs flipped (a NumPy array stays an array).

    >>> negated((1, 0, 2))
    (-1, 0, -2)
    """
    if isinstance(weights, (tuple, list)):
        return tuple(-w for w in weights)
    return -cast("np.ndarray", weights)


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


def _label(labels: tuple[str, ...] | None, index: int) -> str:
    """The label of category ``index`` (0-based), default ``x1, x2, ...``."""
    return labels[index] if labels is not None else f"x{index + 1}"


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


def _labels(labels: str | Sequence[str] | None, count: int, name: str) -> tuple[str, ...] | None:
    """Validate labels: right count, distinct, printable, not too long (None: the defaults, made later)."""
    if labels is None:
        return None
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
        check_line(label, field, MAX_LABEL_LENGTH)
        if label in seen:
            raise InputError(field, f"duplicate label {label!r}")
        seen.add(label)
    return tuple(items)


def check_name(name: object) -> str:
    """A distribution's name: text of one plain line, at most as long as a label.

    >>> check_name(3)
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: name: must be text (str), not int
    """
    if not isinstance(name, str):
        raise InputError("name", f"must be text (str), not {type(name).__name__}")
    check_line(name, "name", MAX_LABEL_LENGTH)
    return name


def check_line(text: str, field: str, longest: int) -> None:
    """Refuse user text that is not one plain line: a control character, a line break, a bidirectional override.

    >>> check_line("Week 3: entropy", "--title", 200)
    >>> check_line("a\\n# b", "--title", 200)
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: --title: 'a\\n# b' contains a control character, line break or bidirectional override
    """
    if _CONTROL.search(text):
        raise InputError(field, f"{text!r} contains a control character, line break or bidirectional override")
    if len(text) > longest:
        raise InputError(field, f"is longer than {longest} characters")


def _from_array(array: np.ndarray, labels: str | Sequence[str] | None, name: str, normalize: bool) -> Distribution:
    """A float distribution from a float array (an integer array is exact)."""
    import numpy as np

    if array.ndim != 1:
        hint = _AXIS_HINT if array.ndim > 1 else ""
        raise InputError(name, f"expected a one-dimensional array, got shape {array.shape}{hint}")
    if array.dtype.kind in "iub":
        return _from_integer_array(array, _labels(labels, array.size, name), name, normalize)
    if array.dtype.kind == "O":
        raise InputError(name, "arrays of dtype object are not supported; pass array.tolist() (exact Python numbers)")
    if array.dtype.kind != "f":
        raise InputError(name, f"arrays of dtype {array.dtype} are not supported")
    if array.size == 0:
        raise InputError(name, "no values given")
    # A copy, so that changing the caller's array later cannot change the distribution.
    values = np.array(array, dtype=np.float64, order="C")
    label_tuple = _labels(labels, values.size, name)
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
    return InputError(_position(name, i, _label(tuple(labels) if labels else None, i)), f"{value!r} {problem}", i)


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
        raise InputError(_position(name, i, _label(labels, i)), f"{_show(int(array[i]))} is negative", i)
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
