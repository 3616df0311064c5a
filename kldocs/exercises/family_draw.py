"""Exercise variants for a parametric family, drawn from a seed, with exact answers.

Parameters are drawn from short lists of values a student can work with by
hand (halves, small whole numbers, tenths), with ``random.Random(seed)``
only; a pair too close to be a good exercise (``D_KL(P || Q) < 0.005``
nats) or equal is drawn again, and so is a pair already on the sheet. Two
uniform distributions are drawn nested, so that the divergence is finite.
Every answer comes from the families layer (closed forms of verified
derivations; a JSD of two densities is a certified integral).

>>> sheet = draw_family_exercises("normal", 3, 2, ("kl", "entropy"))
>>> [variant.id for variant in sheet.variants], sheet.variants[0].answers[0][0]
(['3-001', '3-002'], 'kl')
>>> again = draw_family_exercises("normal", 3, 2, ("kl",))
>>> [v.P.text() for v in again.variants] == [v.P.text() for v in sheet.variants]
True
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from kldocs.errors import InputError
from kldocs.exact import Base
from kldocs.families import Family, parse_family
from kldocs.families.measures import family_measure
from kldocs.families.quantity import FamilyQuantity
from kldocs.measures import kl

#: The question kinds a family sheet asks, in sheet order.
FAMILY_KINDS = ("kl", "reverse", "ce", "entropy", "jsd")
#: Those asked when --kinds is not given: the JSD of most families has no closed form to work out by hand.
FAMILY_DEFAULT_KINDS = ("kl", "reverse", "ce", "entropy")
#: Smallest divergence (in nats) between the two distributions of a variant.
MIN_DIVERGENCE = 0.005
#: Draws allowed per variant before giving up.
ATTEMPTS_PER_VARIANT = 200

_HALVES = [Fraction(k, 2) for k in range(-4, 5)]
_SPREADS = [Fraction(1, 2), Fraction(1), Fraction(3, 2), Fraction(2), Fraction(3)]
_RATES = [Fraction(1, 2), Fraction(1), Fraction(2), Fraction(3), Fraction(4)]
_TENTHS = [Fraction(k, 10) for k in range(1, 10)]
#: How each family's parameters are drawn: a text for ``parse_family`` from a random generator.
_DRAWS = {
    "normal": lambda rng: f"mu={rng.choice(_HALVES)}, sigma={rng.choice(_SPREADS)}",
    "exponential": lambda rng: f"rate={rng.choice(_RATES)}",
    "poisson": lambda rng: f"rate={rng.choice([*_RATES, Fraction(5), Fraction(6)])}",
    "geometric": lambda rng: f"p={rng.choice(_TENTHS)}",
    "bernoulli": lambda rng: f"p={rng.choice(_TENTHS)}",
    "binomial": lambda rng: f"n=6, p={rng.choice(_TENTHS)}",
}


@dataclass(frozen=True)
class FamilyVariant:
    """One variant: its distributions and each question's answer (kind, quantity)."""

    id: str
    P: Family
    Q: Family
    answers: tuple[tuple[str, FamilyQuantity], ...]


@dataclass(frozen=True)
class FamilyExercises:
    """A sheet's variants, with what it was drawn from."""

    family: str
    seed: int
    base: Base
    digits: int
    variants: tuple[FamilyVariant, ...]


def draw_family_exercises(
    family: str,
    seed: int,
    count: int,
    kinds: Sequence[str],
    base: Base | str = "e",
    digits: int = 4,
    categories: int = 3,
) -> FamilyExercises:
    """``count`` variants of ``family`` from ``seed``, each asking ``kinds``.

    ``categories`` is the number of categories of a categorical pair (in tenths that add up to 1).

    Raises
    ------
    InputError
        For a family without drawn exercises, a kind that a family sheet does not ask or cannot answer
        for this family, or a seed or count out of range.
    """
    if family not in (*_DRAWS, *_SIZED, "uniform"):
        known = ", ".join([*_DRAWS, *_SIZED, "uniform"])
        raise InputError("--family", f"exercises are drawn for {known}, not {family!r}")
    unknown = [kind for kind in kinds if kind not in FAMILY_KINDS]
    if unknown:
        raise InputError("--kinds", f"{unknown[0]!r} is not asked of a family; choose from {', '.join(FAMILY_KINDS)}")
    log_base = Base.parse(base)
    rng = random.Random(seed)
    variants: list[FamilyVariant] = []
    seen: set[tuple[str, str]] = set()
    for _ in range(count * ATTEMPTS_PER_VARIANT):
        if len(variants) == count:
            break
        P, Q = _pair(family, rng, categories)
        if (P.text(), Q.text()) in seen or float(kl(P, Q)) < MIN_DIVERGENCE:
            continue
        seen.add((P.text(), Q.text()))
        answers = tuple((kind, _answer(kind, P, Q, log_base)) for kind in FAMILY_KINDS if kind in kinds)
        for kind, answer in answers:
            if not answer.available:
                raise InputError("--kinds", f"{kind} cannot be asked of {family} distributions: {answer.reason}")
        variants.append(FamilyVariant(f"{seed}-{len(variants) + 1:03d}", P, Q, answers))
    if len(variants) < count:
        raise InputError("--count", f"only {len(variants)} different variants could be drawn for {family}")
    return FamilyExercises(family, seed, log_base, digits, tuple(variants))


def _pair(family: str, rng: random.Random, categories: int) -> tuple[Family, Family]:
    if family == "uniform":
        a, b = sorted(rng.sample(range(0, 7), 2))
        low, high = rng.randrange(-2, a + 1), rng.randrange(b, 9)
        return parse_family("uniform", f"{a}, {b}"), parse_family("uniform", f"{low}, {high}", "Q")
    if family in _SIZED:
        sized = _SIZED[family]
        return parse_family(family, sized(rng, categories)), parse_family(family, sized(rng, categories), "Q")
    draw = _DRAWS[family]
    return parse_family(family, draw(rng)), parse_family(family, draw(rng), "Q")


def _tenths(rng: random.Random, categories: int) -> str:
    """Probabilities in tenths, each at least 0.1, that add up to 1: ``p=[0.2, 0.5, 0.3]``."""
    cuts = sorted(rng.sample(range(1, 10), categories - 1))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, 10], strict=True)]
    return "p=[" + ", ".join(f"0.{part}" if part < 10 else "1" for part in parts) + "]"


def _two_dimensional(rng: random.Random, categories: int) -> str:
    """A mean of halves and a covariance of small variances, correlated or not (positive definite)."""
    first, second = rng.choice(_SPREADS[:4]), rng.choice(_SPREADS[:4])
    covariance = rng.choice([Fraction(0), Fraction(0), Fraction(1, 2), Fraction(-1, 2)])
    if covariance**2 >= first * second:
        covariance = Fraction(0)
    mean = f"[{rng.choice(_HALVES)}, {rng.choice(_HALVES)}]"
    return f"mean={mean}, cov=[[{first}, {covariance}], [{covariance}, {second}]]"


#: Families whose draw also takes the number of categories (unused in two dimensions).
_SIZED: dict[str, Callable[[random.Random, int], str]] = {"categorical": _tenths, "mvnormal": _two_dimensional}


#: The measure each question kind asks for, and whether it takes Q as the reference.
_MEASURES = {
    "kl": ("kl", False),
    "reverse": ("kl", True),
    "ce": ("cross_entropy", False),
    "entropy": ("entropy", False),
    "jsd": ("jsd", False),
}


def _answer(kind: str, P: Family, Q: Family, base: Base) -> FamilyQuantity:
    measure, swapped = _MEASURES[kind]
    first, second = (Q, P) if swapped else (P, Q)
    return family_measure(measure, first, None if measure == "entropy" else second, base)
