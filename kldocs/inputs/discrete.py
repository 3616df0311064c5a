"""The Distribution type: a discrete distribution over labelled categories, exact or in floats.

An exact distribution holds integer weights over their total; one read
from a NumPy float array holds the array. :mod:`kldocs.inputs.distribution`
reads and validates the input that makes one.

>>> Distribution.from_weights((1, 3), 4).probabilities
(Fraction(1, 4), Fraction(3, 4))
"""

from __future__ import annotations

import array
import math
from collections.abc import Callable, Hashable, Sequence
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from kldocs.errors import InputError
from kldocs.inputs.labels import category_field, check_name, label_at

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

#: Integer weights: a tuple of ints, or a read-only int64 NumPy array for counts given as an array.
Weights: TypeAlias = "Sequence[int] | np.ndarray"


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

        >>> from kldocs.inputs import parse_distribution
        >>> parse_distribution("0.5 0.5").renamed("Q").name
        'Q'
        """
        return self._copy(check_name(name), self._labels)

    def relabelled(self, labels: Sequence[str] | None) -> Distribution:
        """The same distribution with other labels (None: the defaults), for example P's labels on Q.

        >>> from kldocs.inputs import parse_distribution
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
        >>> from kldocs.inputs import parse_distribution
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

        >>> from kldocs.inputs import parse_distribution
        >>> parse_distribution("0.2 0.8").shown_values(2), parse_distribution([0.2, 0.8]).shown_values(1)
        (['1/5', '4/5'], ['0.2'])
        """
        if self._weights is None:
            assert self.floats is not None
            return [f"{float(v):.6g}" for v in self.floats[:count]]
        return [str(p) for p in self.head(count)]

    def head(self, count: int) -> tuple[Fraction, ...]:
        """The first ``count`` exact probabilities, made from the weights without making the others.

        >>> from kldocs.inputs import parse_distribution
        >>> parse_distribution("1 2 3 4", normalize=True).head(2)
        (Fraction(1, 10), Fraction(1, 5))
        """
        weights, total = self.integer_weights
        return tuple(Fraction(int(w), total) for w in weights[:count])

    def probability_texts(self) -> list[str]:
        """Every exact probability as text in lowest terms (``str`` of its Fraction), made without Fractions.

        Counts held as a NumPy array are reduced in one vectorised pass.

        >>> from kldocs.inputs import parse_distribution
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

        >>> from kldocs.inputs import parse_distribution
        >>> parse_distribution("1 3", normalize=True).probability(1)
        Fraction(3, 4)
        """
        weights, total = self.integer_weights
        return Fraction(int(weights[index]), total)

    def label(self, index: int) -> str:
        """The label of category ``index`` (0-based), without making the default labels of the others.

        >>> from kldocs.inputs import parse_distribution
        >>> parse_distribution("0.5 0.5").label(1)
        'x2'
        """
        if not -self._size <= index < self._size:
            raise IndexError(f"category {index} of {self._size}")
        return label_at(self._labels, index % self._size)

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

        >>> from kldocs.inputs import parse_distribution
        >>> parse_distribution("1/2 1/3 1/6").integer_weights
        ((3, 2, 1), 6)
        """
        if self._weights is None:
            raise TypeError("a float distribution has no exact integer weights")
        return self._weights, self._total

    @cached_property
    def content_key(self) -> Hashable:
        """The probabilities as a hashable key: equal keys exactly when the probabilities are equal.

        >>> from kldocs.inputs import parse_distribution
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

        >>> from kldocs.inputs import parse_distribution
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
        return category_field(self.name, index, self.label(index))


def negated(weights: Weights) -> Weights:
    """The weights with their signs flipped (a NumPy array stays an array).

    >>> negated((1, 0, 2))
    (-1, 0, -2)
    """
    if isinstance(weights, (tuple, list)):
        return tuple(-w for w in weights)
    return -cast("np.ndarray", weights)
