"""Draw the variants of an exercise sheet from a seed, deterministically.

Only ``random.Random(seed)`` is used (never the global generator, the clock
or the order of a set), and only through ``randrange``, whose results for
a given seed are the same on every machine and Python version. Every
decision after the draw is exact or uses correctly rounded values, so the
same seed gives the same sheet everywhere.

Probabilities are whole multiples of 0.05 (one or two decimals), so they
sum to exactly 1 and a student can work with them by hand. A draw is
rejected and drawn again when it would make a poor exercise:

- Q (or Q2) equal to P, or so close that :math:`D_{KL}(P \\| Q) < 0.005` nats;
- for ``reverse``: the two directions less than 2% apart, so that which
  one is larger would hang on the last digit;
- for ``closer``: the two models less than 10% apart in divergence;
- a pair already on the sheet, up to relabelling the categories (a
  relabelled pair has the same answers, so it is a duplicate).

>>> sheet = draw_exercises(7, 2)
>>> [variant.id for variant in sheet.variants]
['7-001', '7-002']
>>> all(sum(variant.p) == 1 and sum(variant.q) == 1 for variant in sheet.variants)
True
>>> draw_exercises(7, 2) == sheet
True
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction

from kldocs.errors import InputError
from kldocs.exact import Base
from kldocs.exercises.answers import Answer, answer
from kldocs.exercises.kinds import DEFAULT_KINDS, Kind, check_base, check_kinds
from kldocs.inputs import Distribution
from kldocs.measures import kl

#: Probabilities are whole multiples of 1/UNITS.
UNITS = 20
#: Fewest and most categories of a hand-computable sheet.
MIN_CATEGORIES, MAX_CATEGORIES = 2, 6
#: Most variants on one sheet.
MAX_COUNT = 1000
#: Largest seed: it names the variants (and their chart files) and is exact in every JSON reader.
MAX_SEED = 2**53 - 1
#: Smallest divergence (in nats) between two distributions of one variant.
MIN_DIVERGENCE = 0.005
#: Smallest relative gap between the two directions for ``reverse``.
MIN_REVERSE_GAP = 0.02
#: Smallest relative gap between the two models for ``closer``.
MIN_CLOSER_GAP = 0.10
#: Draws allowed per variant asked for (plus a fixed allowance) before giving up.
ATTEMPTS_PER_VARIANT, EXTRA_ATTEMPTS = 200, 2000

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Question:
    """One question of a variant: its kind and its answer."""

    kind: Kind
    answer: Answer


@dataclass(frozen=True)
class Variant:
    """One student's version of the sheet.

    Attributes
    ----------
    id
        ``"<seed>-<number>"``, e.g. ``"42-007"``: unique across sheets of different seeds.
    number
        1-based position on the sheet.
    p, q
        The reference distribution P and the model Q (no zeros).
    q2
        The second model Q2 for ``closer`` (no zeros) or ``infinite`` (one
        zero where P is positive), else None.
    questions
        One question per chosen kind, in sheet order.
    """

    id: str
    number: int
    p: tuple[Fraction, ...]
    q: tuple[Fraction, ...]
    q2: tuple[Fraction, ...] | None
    questions: tuple[Question, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        """The category labels: ``x1, x2, ...``."""
        return tuple(f"x{i}" for i in range(1, len(self.p) + 1))

    def distributions(self) -> tuple[Distribution, Distribution, Distribution | None]:
        """P, Q and Q2 (or None) as distributions named ``P``, ``Q`` and ``Q_2``."""
        labels = self.labels
        second = None if self.q2 is None else Distribution(self.q2, labels, "Q_2")
        return Distribution(self.p, labels, "P"), Distribution(self.q, labels, "Q"), second


@dataclass(frozen=True)
class ExerciseSet:
    """Every variant of one sheet, and how they were drawn.

    Attributes
    ----------
    seed
        The seed the variants were drawn from.
    base
        The logarithm base of the answers (``bits`` answers are in bits).
    digits
        Significant digits of the rounded answers.
    kinds
        The question kinds of every variant, in sheet order.
    categories
        The number of categories of every distribution.
    variants
        The variants, in order.
    """

    seed: int
    base: Base
    digits: int
    kinds: tuple[Kind, ...]
    categories: int
    variants: tuple[Variant, ...]


def draw_exercises(
    seed: int,
    count: int,
    *,
    categories: int = 3,
    kinds: Iterable[str] = DEFAULT_KINDS,
    base: str | Base = "e",
    digits: int = 4,
    progress: Progress | None = None,
) -> ExerciseSet:
    """Draw ``count`` distinct variants of a sheet from ``seed``.

    Parameters
    ----------
    seed
        A non-negative integer; the same seed gives the same variants.
    count
        How many variants (1 to 1000).
    categories
        Categories per distribution (2 to 6).
    kinds
        The question kinds (see :mod:`kldocs.exercises.kinds`).
    base
        ``"e"`` (nats), ``"2"`` (bits) or ``"10"`` (bans).
    digits
        Significant digits of the rounded answers (2 to 10).
    progress
        Called as ``progress("draw", done, count)`` after each variant.

    Raises
    ------
    InputError
        For an option out of range, or when the seed cannot give ``count``
        distinct variants with this many categories.
    """
    chosen = check_kinds(kinds, base)
    log_base = check_base(base)
    _check_range("--seed", seed, 0, MAX_SEED)
    _check_range("--count", count, 1, MAX_COUNT)
    _check_range("--categories", categories, MIN_CATEGORIES, MAX_CATEGORIES)
    _check_range("--digits", digits, 2, 10)
    rng = random.Random(seed)
    width = max(3, len(str(count)))
    seen: set[tuple[tuple[Fraction, Fraction], ...]] = set()
    variants: list[Variant] = []
    for _ in range(ATTEMPTS_PER_VARIANT * count + EXTRA_ATTEMPTS):
        if len(variants) == count:
            break
        p, q, q2 = _draw(rng, categories, chosen)
        key = _relabelled(p, q)
        if key in seen or not _acceptable(p, q, q2, chosen):
            continue
        seen.add(key)
        number = len(variants) + 1
        variants.append(_variant(f"{seed}-{number:0{width}d}", number, p, q, q2, chosen, log_base, digits))
        if progress is not None:
            progress("draw", number, count)
    if len(variants) < count:
        problem = (
            f"found only {len(variants)} distinct variants with {categories} categories; "
            "ask for fewer variants or more categories"
        )
        raise InputError("--count", problem)
    return ExerciseSet(seed, log_base, digits, chosen, categories, tuple(variants))


def nice_distribution(rng: random.Random, categories: int, zeros: int = 0) -> tuple[Fraction, ...]:
    """Probabilities that are multiples of 0.05, sum to 1, and are 0 at exactly ``zeros`` places.

    The positive values are a uniformly drawn composition of 1 into
    ``categories - zeros`` parts of at least 0.05 each.

    >>> nice_distribution(random.Random(1), 3)
    (Fraction(1, 4), Fraction(7, 10), Fraction(1, 20))
    """
    positive = categories - zeros
    cuts: set[int] = set()
    while len(cuts) < positive - 1:
        cuts.add(rng.randrange(1, UNITS))
    edges = [0, *sorted(cuts), UNITS]
    values = [Fraction(high - low, UNITS) for low, high in itertools.pairwise(edges)]
    for _ in range(zeros):
        values.insert(rng.randrange(len(values) + 1), Fraction(0))
    return tuple(values)


def _draw(
    rng: random.Random, categories: int, kinds: tuple[Kind, ...]
) -> tuple[tuple[Fraction, ...], tuple[Fraction, ...], tuple[Fraction, ...] | None]:
    p = nice_distribution(rng, categories)
    q = nice_distribution(rng, categories)
    q2 = None
    if "closer" in kinds:
        q2 = nice_distribution(rng, categories)
    elif "infinite" in kinds:
        q2 = nice_distribution(rng, categories, zeros=1)
    return p, q, q2


def _acceptable(
    p: tuple[Fraction, ...], q: tuple[Fraction, ...], q2: tuple[Fraction, ...] | None, kinds: tuple[Kind, ...]
) -> bool:
    P, Q = _distribution(p, "P"), _distribution(q, "Q")
    forward = float(kl(P, Q))
    if forward < MIN_DIVERGENCE:
        return False
    if "reverse" in kinds and not _apart(forward, float(kl(Q, P)), MIN_REVERSE_GAP):
        return False
    if "closer" in kinds:
        assert q2 is not None
        if q2 == q:
            return False
        second = float(kl(P, _distribution(q2, "Q_2")))
        return second >= MIN_DIVERGENCE and _apart(forward, second, MIN_CLOSER_GAP)
    return True


def _apart(first: float, second: float, gap: float) -> bool:
    """True when the two values differ by at least ``gap`` of the larger."""
    return abs(first - second) >= gap * max(first, second)


def _relabelled(p: tuple[Fraction, ...], q: tuple[Fraction, ...]) -> tuple[tuple[Fraction, Fraction], ...]:
    """The pair with its categories in a canonical order: equal for pairs that differ only in labels."""
    return tuple(sorted(zip(p, q, strict=True)))


def _variant(
    id: str,
    number: int,
    p: tuple[Fraction, ...],
    q: tuple[Fraction, ...],
    q2: tuple[Fraction, ...] | None,
    kinds: tuple[Kind, ...],
    base: Base,
    digits: int,
) -> Variant:
    partial = Variant(id, number, p, q, q2, ())
    P, Q, Q2 = partial.distributions()
    questions = tuple(Question(kind, answer(kind, P, Q, Q2, base, digits)) for kind in kinds)
    return Variant(id, number, p, q, q2, questions)


def _distribution(values: tuple[Fraction, ...], name: str) -> Distribution:
    return Distribution(values, tuple(f"x{i}" for i in range(1, len(values) + 1)), name)


def _check_range(field: str, value: int, low: int, high: int | None) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(field, f"{value!r} is not a whole number")
    if value < low or (high is not None and value > high):
        bound = f"at least {low}" if high is None else f"between {low} and {high}"
        written = str(value)
        shown = written if len(written) <= 40 else f"{written[:20]}... ({len(written)} digits)"
        raise InputError(field, f"must be {bound}, got {shown}")
