"""Family members read from their written form, and claims about them judged: the value of a measure of one or
two members against the value a document states.

A member is written as the families layer parses it (``N(0, 1)`` is mean 0 and variance 1); a claim is judged in the
unit it states, or in nats or bits when it states none, and a normal whose second parameter reads better as a standard
deviation leaves a false claim unchecked, with both readings in the note.

>>> from kldocs.checker.family_stated import stated_after
>>> members = [normal_member(Fraction(0), Fraction(1), "P"), normal_member(Fraction(1), Fraction(1), "Q")]
>>> stated = stated_after("is 0.5 nats", "is 0.5 nats", 0)
>>> judge_members("kl", members, stated, "KL is 0.5 nats", 0, "").verdict
'holds'
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from kldocs.checker.family_stated import Stated, judge_stated, reported_bases
from kldocs.checker.family_values import FAMILY_NAMES, FamilyClaim, number, square_root
from kldocs.errors import EvaluationError, InputError
from kldocs.exact import Base, ExactValue, UndecidableError

if TYPE_CHECKING:
    from kldocs.families.certified import Certified


class SymbolicMemberError(ValueError):
    """A family written with symbols for parameters (``N(\\mu, \\sigma^2)``): a general formula, not a claim."""


def written_member(match: re.Match[str], name: str) -> Any:
    """The family member ``match`` writes; :class:`SymbolicMemberError` for symbols, InputError for a bad parameter."""
    key = FAMILY_NAMES[re.sub(r"\\mathcal|[\s{}\\]", "", match["name"]).lower() or "n"]
    if match["name"].startswith("\\mathcal") and "U" in match["name"]:
        key = "uniform"
    try:
        arguments = [number(argument.strip()) for argument in match["args"].split(",")]
    except InputError as error:
        raise SymbolicMemberError(match.group(0)) from error
    if key == "normal":
        if len(arguments) != 2:
            raise SymbolicMemberError(f"{match.group(0)} needs a mean and a variance")
        mean, variance = arguments
        if variance <= 0:
            raise InputError(f"{name}.sigma", f"the variance of {match.group(0)} must be positive")
        return normal_member(mean, variance, name)
    try:
        return _member(key, ", ".join(str(argument) for argument in arguments), name)
    except InputError as error:
        raise InputError(error.field, f"{match.group(0)}: {_parameter(error)} {error.problem}") from error


def normal_member(mean: Fraction, variance: Fraction, name: str) -> Any:
    """The normal distribution of this mean and (positive) variance, as family claims judge it."""
    root = square_root(variance)
    if root is None:
        return _RootNormal(mean, variance, name)
    return _member("normal", f"mu={mean}, sigma={root}", name)


@functools.lru_cache(maxsize=1024)
def _member(key: str, parameters: str, name: str) -> Any:
    """``parse_family``, once for each text a document repeats (family members are immutable)."""
    from kldocs.families import parse_family

    return parse_family(key, parameters, name)


def _parameter(error: InputError) -> str:
    """The parameter an error of the families layer names, in words: ``P.rate`` gives "the rate"."""
    return "the " + error.field.rpartition(".")[2].replace("_", " ")


def normal_reading(families: list[Any]) -> str:
    from kldocs.families import Normal

    if any(isinstance(family, (Normal, _RootNormal)) for family in families):
        return "N(a, b) read as mean a and variance b"
    return ""


@dataclass(frozen=True)
class _RootNormal:
    """A normal distribution written with a variance that is not a rational square (``N(0, 2)``)."""

    mu: Fraction
    variance: Fraction
    name: str


@dataclass(frozen=True)
class _Result:
    """A measure's value (exact or certified, in the claim's base), how it was found, and why it has none."""

    value: ExactValue | Certified | None
    description: str
    reason: str = ""


#: How a note names each measure.
_WORDS = {
    "kl": "KL divergence",
    "cross_entropy": "cross-entropy",
    "entropy": "entropy",
    "jsd": "Jensen-Shannon divergence",
    "jeffreys": "Jeffreys divergence",
}


def judge_members(
    measure: str, families: list[Any], stated: Stated, text: str, offset: int, reading: str
) -> FamilyClaim:
    """The claim that ``measure`` of ``families`` is ``stated``, judged in the unit it states (or in nats or bits)."""
    if stated.infinite:
        return _infinite(measure, families, text, offset)
    if stated.problem:
        return FamilyClaim(offset, text, measure, "unchecked", None, f"not read: {stated.problem}", None, None)

    def value_in(base: Base) -> ExactValue | Certified:
        value = _measure(measure, families, base).value
        assert value is not None
        return value

    try:
        first = _measure(measure, families, stated.bases()[0])
        if first.value is None:
            return FamilyClaim(offset, text, measure, "unchecked", None, first.reason, None, None)
        if not first.value.is_finite:
            base = stated.bases()[0]
            note = f"the value is infinite: {first.reason}"
            return FamilyClaim(offset, text, measure, "false", "inf", note, base.name, base.unit)
        judged = judge_stated(stated, value_in)
    except (EvaluationError, UndecidableError, InputError) as error:
        return FamilyClaim(offset, text, measure, "unchecked", None, f"not computed: {error}", None, None)
    base, shown = judged.base, judged.value.decimal(10)
    if judged.verdict == "holds":
        exactly = "" if stated.decimal is not None else f", which is {stated.written} exactly"
        note = "; ".join(part for part in (first.description + exactly, stated.cut_off(judged.value), reading) if part)
        note += f"; holds in {base.unit}" if len(stated.bases()) > 1 else ""
        return FamilyClaim(offset, text, measure, "holds", shown, note, base.name, base.unit)
    bases = reported_bases(stated, judged)
    note = f"the {_WORDS[measure]} is " + " or ".join(f"{value_in(each).decimal(10)} {each.unit}" for each in bases)
    if judged.verdict == "unchecked":
        note += f"; whether that is {stated.written} exactly cannot be decided from its certified digits"
    elif stated.decimal is None:
        note += f", not {stated.written}"
    verdict = judged.verdict
    if reading and verdict == "false":
        deviation = next(
            (clause for clause in (_as_deviation(measure, families, stated, b) for b in bases) if clause), ""
        )
        note += f"; {reading}" + deviation
        verdict = (
            "unchecked" if deviation else verdict
        )  # the author may mean N(mean, standard deviation), as libraries do
    if len(bases) > 1:
        return FamilyClaim(offset, text, measure, verdict, None, note, None, None)
    return FamilyClaim(offset, text, measure, verdict, shown, note, base.name, base.unit)


def _infinite(measure: str, families: list[Any], text: str, offset: int) -> FamilyClaim:
    """A claim that the value is infinite: it holds when the supports make it so."""
    result = _measure(measure, families, Base())
    if result.value is None:
        return FamilyClaim(offset, text, measure, "unchecked", None, result.reason, None, None)
    if not result.value.is_finite:
        return FamilyClaim(offset, text, measure, "holds", "inf", result.reason, None, None)
    note = f"the {_WORDS[measure]} is finite: {result.value.decimal(10)} nats"
    return FamilyClaim(offset, text, measure, "false", result.value.decimal(10), note, "e", "nats")


def _measure(measure: str, families: list[Any], base: Base) -> _Result:
    """The value of ``measure`` in ``base``; a normal with an irrational spread goes through its closed form."""
    from kldocs.families.measures import family_measure

    if any(isinstance(family, _RootNormal) for family in families):
        return _root_normal(measure, families, base)
    found = family_measure(measure, families[0], families[1] if len(families) > 1 else None, base)
    if not found.available:
        return _Result(None, found.description, found.reason)
    value = found.exact if found.exact is not None else found.certified
    return _Result(value, found.description, found.reason)


def _root_normal(measure: str, families: list[Any], base: Base) -> _Result:
    import sympy

    from kldocs.families import Normal
    from kldocs.families.certified import in_base
    from kldocs.families.closed_forms import value_at
    from kldocs.families.quantity import DESCRIPTIONS

    parameters = []
    for family in families:
        if not isinstance(family, (Normal, _RootNormal)):
            return _Result(None, "", "a normal distribution is compared here only with another normal distribution")
        spread = sympy.sqrt(sympy.Rational(family.variance)) if isinstance(family, _RootNormal) else family.sigma
        parameters.append((family.mu, spread))
    if measure == "jeffreys":
        first, second = parameters
        nats = value_at("kl", Normal, first, second) + value_at("kl", Normal, second, first)
    elif measure in Normal.derivations:
        nats = value_at(measure, Normal, *parameters)
    else:
        return _Result(None, "", f"the {_WORDS[measure]} of two normal distributions has no closed form")
    return _Result(in_base(nats, base), DESCRIPTIONS["closed form"])


def _as_deviation(measure: str, families: list[Any], stated: Stated, base: Base) -> str:
    """Whether the claim holds with the normals' second parameters read as standard deviations."""
    from kldocs.families import Normal

    def as_deviation(family: Any) -> Any:
        if isinstance(family, _RootNormal):
            return Normal(family.mu, family.variance, name=family.name)
        if isinstance(family, Normal):
            return Normal(family.mu, family.sigma**2, name=family.name)  # type: ignore[operator]
        return family

    try:
        value = _measure(measure, [as_deviation(family) for family in families], base).value
        if value is not None and value.is_finite and stated.holds(value, base):
            return (
                " (the claimed value is what N(a, b) gives with b a standard deviation, as SciPy and PyTorch write it)"
            )
    except (InputError, EvaluationError, UndecidableError):
        pass
    return ""
