"""A measure as a function of a named parameter, from the family's closed form.

``D_KL(Bern(theta) || Bern(1/2))`` is the closed form of the Bernoulli
derivation with ``theta`` put in. The variable ranges where every parameter
stays in its range (``0 < theta < 1`` here; ``sigma = theta`` needs
``theta > 0``). The derivative and the minimum are the curve's
(:class:`~kldocs.families.curve.Curve`).

>>> from kldocs.families import bernoulli
>>> curve = curve_of("kl", bernoulli("theta"), bernoulli("1/2", name="Q"))
>>> curve.minimum
(1/2, 0)
>>> curve.domain
(Fraction(0, 1), Fraction(1, 1))
"""

from __future__ import annotations

from fractions import Fraction

from kldocs.errors import InputError
from kldocs.exact import Base
from kldocs.families.closed_forms import closed_form_expression
from kldocs.families.curve import Curve
from kldocs.families.family import Family
from kldocs.families.parameters import Affine
from kldocs.measures.registry import MEASURES

#: The measures that are functions here (with a closed form for every value of the variable).
FUNCTION_MEASURES = ("kl", "cross_entropy", "entropy", "jeffreys")


def has_function(measure: str, P: Family) -> bool:
    """True when ``measure`` of P's family has a closed form to write as a function of a variable."""
    return measure in FUNCTION_MEASURES and (measure == "jeffreys" or measure in P.derivations)


def no_function(measure: str, P: Family, variable: str = "a parameter") -> str:
    """Why ``measure`` of P's family is not written as a function of ``variable``.

    >>> from kldocs.families import binomial
    >>> no_function("jsd", binomial(5, "theta"))
    'the Jensen-Shannon divergence of binomial distributions has no closed form to write as a function of a parameter'
    """
    title = MEASURES[measure].title
    return f"the {title} of {P.key} distributions has no closed form to write as a function of {variable}"


def curve_of(measure: str, P: Family, Q: Family | None, base: Base | None = None) -> Curve:
    """``measure`` of P (and Q) as a function of their one named variable.

    Raises
    ------
    InputError
        When the measure has no closed form for this family, P and Q name
        different variables, or no value of the variable keeps every parameter in range.
    """
    import sympy

    families = [P] if Q is None else [P, Q]
    names = {family.variable for family in families if family.variable is not None}
    if len(names) > 1:
        raise InputError(
            Q.name if Q is not None else P.name, f"uses {', '.join(sorted(names))}: one variable at a time"
        )
    (name,) = names
    if not has_function(measure, P):
        raise InputError(P.name, no_function(measure, P, name))
    if Q is not None and type(Q) is not type(P):
        raise InputError(Q.name, f"a function of {name} needs P and Q of the same family")
    domain = variable_range(families, name)
    if measure == "jeffreys":
        assert Q is not None
        expression = closed_form_expression("kl", P, Q) + closed_form_expression("kl", Q.renamed("P"), P)
    else:
        expression = closed_form_expression(measure, P, Q)
    base_log = None
    if base is not None and base.value is not None:
        base_log = sympy.log(sympy.Rational(base.value.numerator, base.value.denominator))
    zero = equal_point(P, Q, domain) if measure in ("kl", "jeffreys") and Q is not None else None
    return Curve(name, expression, domain, zero, base_log)


def equal_point(P: Family, Q: Family, domain: tuple[Fraction | None, Fraction | None]) -> Fraction | None:
    """The value of the variable inside ``domain`` where every parameter of P equals Q's, if there is one.

    >>> from kldocs.families import bernoulli, categorical
    >>> equal_point(bernoulli("theta"), bernoulli("1/3", name="Q"), (Fraction(0), Fraction(1)))
    Fraction(1, 3)
    >>> P, Q = categorical("[t, 1/2 - t, 1/2]"), categorical("[1/4, 1/2, 1/4]", name="Q")
    >>> print(equal_point(P, Q, (Fraction(0), Fraction(1, 2))))
    None
    """
    point: Fraction | None = None
    first, second = tuple(P.scalars()), tuple(Q.scalars())
    if len(first) != len(second):
        return None
    for a, b in zip(first, second, strict=True):
        constant, slope = _affine(a)
        other_constant, other_slope = _affine(b)
        constant, slope = constant - other_constant, slope - other_slope
        if slope == 0:
            if constant != 0:
                return None
            continue
        root = -constant / slope
        if point is not None and root != point:
            return None
        point = root
    low, high = domain
    inside = point is not None and (low is None or point > low) and (high is None or point < high)
    return point if inside else None


def _affine(value: Fraction | Affine) -> tuple[Fraction, Fraction]:
    return (value.constant, value.slope) if isinstance(value, Affine) else (value, Fraction(0))


def variable_range(families: list[Family], name: str) -> tuple[Fraction | None, Fraction | None]:
    """The open interval of the variable where every parameter of every family is in its range."""
    low: Fraction | None = None
    high: Fraction | None = None
    for family in families:
        for parameter, kind in zip(family.parameter_names, family.ranges, strict=True):
            values = getattr(family, parameter)
            for value in values if isinstance(values, tuple) else (values,):
                if not isinstance(value, Affine):
                    continue
                if kind == "count":
                    raise InputError(f"{family.name}.{parameter}", "must be a number, not a function of a variable")
                for bound, above in _limits(value, kind):
                    if above:
                        low = bound if low is None else max(low, bound)
                    else:
                        high = bound if high is None else min(high, bound)
    if low is not None and high is not None and low >= high:
        raise InputError(families[0].name, f"no value of {name} keeps every parameter in its range")
    return low, high


def _limits(value: Affine, kind: str) -> list[tuple[Fraction, bool]]:
    """``(bound, is_lower)`` for each strict inequality ``value`` must satisfy."""
    where = {"positive": [(Fraction(0), True)], "probability": [(Fraction(0), True), (Fraction(1), False)]}
    where["open_probability"] = where["probability"]
    found = []
    for level, above in where.get(kind, []):
        # constant + slope * x > level (above) or < level: solve for x.
        bound = (level - value.constant) / value.slope
        found.append((bound, above == (value.slope > 0)))
    return found
