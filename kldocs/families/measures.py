"""Every measure of parametric families: which way each value is found, and why a value is infinite.

In order of preference:

1. **support**: ``D_KL(P || Q)`` and ``H(P, Q)`` are infinite when P puts
   mass where Q has none (uniform on [0, 2] against uniform on [0, 1], a
   Poisson against a binomial); the reason names a point or an interval;
2. **finite sum**: a finite family with numbers for parameters (Bernoulli,
   categorical, binomial) is a finite distribution; with a finite P, the
   KL divergence from any discrete Q is a finite sum of exact terms;
3. **closed form**: the last line of the family's verified derivation,
   evaluated exactly (rationals, logarithms of rationals, ``ln(pi)``);
4. **cells**: two uniform densities are constant on the cells their ends
   cut, so their JSD is the finite JSD of the cells' masses, exactly;
5. **certified** numerics where nothing exact exists (normal and
   exponential JSD by integration, multivariate normal JSD by one integral
   along a line in the complex plane, Poisson entropies and discrete JSDs
   by series with bounded tails).

Jeffreys is the sum of both KL directions. A value in a base other than e
whose value in nats has a rational part is certified (see
:func:`~kldocs.families.certified.in_base`).

>>> from kldocs.families import uniform, poisson, binomial
>>> r = family_measure("kl", uniform(0, 2), uniform(0, 1, name="Q"))
>>> r.is_finite, r.method
(False, 'support')
>>> family_measure("kl", binomial(4, "1/2"), poisson(2, name="Q")).method
'finite sum'
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from kldocs.errors import InputError
from kldocs.exact import Base, BaseLike, ExactValue
from kldocs.families.categorical import Categorical
from kldocs.families.certified import Certified, in_base
from kldocs.families.closed_forms import closed_form_value, has_closed_form
from kldocs.families.discrete import Discrete
from kldocs.families.family import Family
from kldocs.families.finite import Finite
from kldocs.families.multivariate_normal import MultivariateNormal
from kldocs.families.quantity import FamilyQuantity
from kldocs.families.uniform import Uniform


@dataclass(frozen=True)
class Found:
    """A value in nats and how it was found (see :class:`~kldocs.families.quantity.FamilyQuantity`)."""

    value: ExactValue | Certified | None
    method: str
    derivation: str = ""
    reason: str = ""


def family_measure(measure: str, p: Family, q: Family | None = None, base: BaseLike = "e") -> FamilyQuantity:
    """``measure`` of P (and Q) in ``base``: exact when possible, else certified, else a reason.

    Raises
    ------
    InputError
        When P and Q cannot be compared (a discrete and a continuous one, different dimensions).
    """
    log_base = Base.parse(base)
    P, Q = p, q
    if measure != "entropy":
        if Q is None:
            raise InputError("Q", f"{measure} needs two distributions")
        check_pair(P, Q)
    if P.is_symbolic or (Q is not None and Q.is_symbolic):
        from kldocs.families.curves import curve_of, has_function, no_function

        if not has_function(measure, P):
            reason = no_function(measure, P)
            return FamilyQuantity(measure, P, Q, log_base, method="unavailable", reason=reason)
        return FamilyQuantity(measure, P, Q, log_base, method="function", curve=curve_of(measure, P, Q, log_base))
    found = jeffreys(P, Q) if measure == "jeffreys" else compute(measure, P, Q)  # type: ignore[arg-type]
    value = found.value
    exact = certified = None
    if isinstance(value, ExactValue):
        converted = in_base(value, log_base)
        exact, certified = (converted, None) if isinstance(converted, ExactValue) else (None, converted)
    elif isinstance(value, Certified):
        certified = _scaled(value, log_base)
    return FamilyQuantity(measure, P, Q, log_base, exact, certified, found.method, found.derivation, found.reason)


def check_pair(P: Family, Q: Family) -> None:
    """Refuse pairs with no measure between them, naming Q."""
    if isinstance(P, Discrete) != isinstance(Q, Discrete):
        kinds = ("discrete", "continuous") if isinstance(P, Discrete) else ("continuous", "discrete")
        raise InputError(
            Q.name,
            f"{P.name} is {kinds[0]} and {Q.name} is {kinds[1]}: one has probabilities, the other a density, "
            "so no divergence compares them",
        )
    dimension = getattr(P, "dimension", 1), getattr(Q, "dimension", 1)
    if dimension[0] != dimension[1]:
        raise InputError(Q.name, f"has dimension {dimension[1]} but {P.name} has dimension {dimension[0]}")
    if isinstance(P, Categorical) and isinstance(Q, Categorical) and len(P.p) != len(Q.p):
        raise InputError(Q.name, f"has {len(Q.p)} categories but {P.name} has {len(P.p)}")


def compute(measure: str, P: Family, Q: Family | None) -> Found:
    """``measure`` (not Jeffreys) in nats, by the first way that applies (see the module notes)."""
    if measure in ("kl", "cross_entropy"):
        assert Q is not None
        gap = support_gap(P, Q)
        if gap:
            return Found(ExactValue.infinity(), "support", reason=gap)
    if isinstance(P, Finite) and (Q is None or isinstance(Q, Finite)) and not _binomial_closed_form(measure, P, Q):
        return _finite(measure, P, Q)
    if measure == "jsd":
        return _jsd(P, Q)  # type: ignore[arg-type]
    if has_closed_form(measure, P, Q) and P.shape is not None:
        own = P.closed_form_nats(measure, Q)
        if own is not None:
            return Found(own, "closed form", "gaussian, additivity")
        return Found(closed_form_value(measure, P, Q), "closed form", P.derivation_of(measure))
    if measure in ("kl", "cross_entropy") and isinstance(P, Finite) and isinstance(Q, Discrete):
        return Found(_finite_expectation(measure, P, Q), "finite sum")
    if measure in ("entropy", "cross_entropy") and P.key == "poisson" and (Q is None or Q.key == "poisson"):
        from kldocs.families.numerical import poisson_expectation

        return Found(poisson_expectation(P, Q or P), "series")
    second = f" and {Q.key}" if Q is not None else ""
    return Found(
        None, "unavailable", reason=f"kldocs has no closed form or certified method for {measure} of {P.key}{second}"
    )


def jeffreys(P: Family, Q: Family) -> Found:
    """``D_KL(P || Q) + D_KL(Q || P)``, infinite when either is."""
    forward, backward = compute("kl", P, Q), compute("kl", Q, P)
    for part, (reference, model) in ((forward, (P, Q)), (backward, (Q, P))):
        if isinstance(part.value, ExactValue) and not part.value.is_finite:
            reason = f"D_KL({reference.name}||{model.name}) is infinite: {part.reason}"
            return Found(part.value, part.method, part.derivation, reason)
    if isinstance(forward.value, ExactValue) and isinstance(backward.value, ExactValue):
        return Found(forward.value + backward.value, forward.method, forward.derivation)
    if forward.value is None or backward.value is None:
        return Found(None, "unavailable", reason=forward.reason or backward.reason)
    first, second = forward.value, backward.value
    return Found(Certified(lambda bits: _ball(first, bits) + _ball(second, bits), "series"), "series")


def support_gap(P: Family, Q: Family) -> str:
    """Why ``D_KL(P || Q)`` is infinite because of the supports, or an empty string when it is not."""
    mine, theirs = P.support(), Q.support()
    if isinstance(P, Finite) and isinstance(Q, Finite):
        return ""  # the finite path names the category itself
    if mine.within(theirs):
        return ""
    if mine.discrete:
        k = first_outside(P, Q)
        return (
            f"{P.name} = {P.text()} gives k = {k} a positive probability, but {Q.name} = {Q.text()} gives it none: "
            f"log {Q.name.lower()}({k}) is minus infinity, so the sum is infinite"
        )
    return (
        f"{P.name} = {P.text()} has density on {mine.text()}, but {Q.name} = {Q.text()} has none outside "
        f"{theirs.text()}: there log {Q.name.lower()}(x) is minus infinity, so the integral is infinite"
    )


def first_outside(P: Family, Q: Family) -> int:
    """The smallest whole number where discrete P has probability and Q has none."""
    support, other = P.support(), Q.support()
    start = int(support.lower or 0)
    if other.lower is not None and start < other.lower:
        return start
    assert other.upper is not None
    return int(other.upper) + 1


def _binomial_closed_form(measure: str, P: Family, Q: Family | None) -> bool:
    """Two binomials with the same ``n`` and ``0 < p < 1``: their KL has a derived closed form (fast for any n)."""
    if measure != "kl" or P.key != "binomial" or Q is None or Q.key != "binomial":
        return False
    return P.n == Q.n and all(0 < d.p < 1 for d in (P, Q))  # type: ignore[attr-defined]


def _finite(measure: str, P: Finite, Q: Finite | None) -> Found:
    """A measure of finite families through the finite definition (over the outcomes of both)."""
    from kldocs.measures.entropy import entropy
    from kldocs.measures.summary import PAIR_FUNCTIONS
    from kldocs.measures.support import first_infinite_term

    if Q is None:
        result = entropy(P.to_distribution())
        return Found(result.exact, "finite sum")
    outcomes = tuple(sorted(set(P.outcomes()) | set(Q.outcomes()), key=lambda k: (k not in P.outcomes(), k)))
    first, second = P.to_distribution(outcomes), Q.to_distribution(outcomes)
    result = PAIR_FUNCTIONS[measure](first, second)
    reason = ""
    if result.exact is not None and not result.exact.is_finite:
        term = first_infinite_term(result)
        assert term is not None
        reason = f"outcome {term.reason(P.name, Q.name)}"
    return Found(result.exact, "finite sum", reason=reason)


def _finite_expectation(measure: str, P: Finite, Q: Discrete) -> ExactValue:
    """``sum_k p(k) (log p(k) - log q(k))`` (or ``-sum_k p(k) log q(k)``) over P's outcomes, exactly."""
    total = ExactValue()
    for k in P.outcomes():
        probability = P.probability(k) or Fraction(0)
        if probability:
            own = ExactValue.log(probability) if measure == "kl" else ExactValue()
            total += (own - Q.log_probability(k)).scale(probability)
    return total


def _jsd(P: Family, Q: Family) -> Found:
    from kldocs.families import numerical

    if Q.renamed(P.name) == P:
        return Found(ExactValue(), "closed form")
    if isinstance(P, Uniform) and isinstance(Q, Uniform):
        return Found(_uniform_jsd(P, Q), "cells")
    if isinstance(P, Discrete) and isinstance(Q, Discrete):
        return Found(numerical.jsd_series(P, Q), "series")
    if type(P) is type(Q) and P.key in ("normal", "exponential"):
        return Found(numerical.jsd_integral(P, Q), "integral")
    if isinstance(P, MultivariateNormal) and isinstance(Q, MultivariateNormal):
        from kldocs.families.gaussian_jsd import mvnormal_jsd

        return Found(mvnormal_jsd(P, Q), "integral")
    reason = f"no closed form and no certified integral for the JSD of {P.key} and {Q.key}"
    return Found(None, "unavailable", reason=reason)


def _uniform_jsd(P: Uniform, Q: Uniform) -> ExactValue:
    """The finite JSD of the masses of the cells cut by both intervals' ends (constant densities there)."""
    from kldocs.inputs import parse_distribution
    from kldocs.measures.jensen_shannon import jsd

    ends: list[Fraction] = sorted({P.a, P.b, Q.a, Q.b})  # type: ignore[arg-type]
    cells = list(itertools.pairwise(ends))
    masses = [[_overlap(low, high, d) / d.width for low, high in cells] for d in (P, Q)]
    first, second = (parse_distribution(m, name=name) for m, name in zip(masses, ("P", "Q"), strict=True))
    result = jsd(first, second).exact
    assert result is not None
    return result


def _overlap(low: Fraction, high: Fraction, d: Uniform) -> Fraction:
    return max(Fraction(0), min(high, d.b) - max(low, d.a))  # type: ignore[type-var,operator]


def _scaled(value: Certified, base: Base) -> Certified:
    """A certified value in nats, in ``base``."""
    if base.value is None:
        return value
    log_base = ExactValue.log(base.value)
    return Certified(lambda bits: value.ball(bits) / log_base.ball(bits), value.method)


def _ball(value: ExactValue | Certified, bits: int) -> Any:
    return value.ball(bits)
