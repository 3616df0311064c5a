"""A family's closed form worked out for given parameters: the numbers put in, the exact value, its decimal.

The chain starts from the closed form that ends the family's verified
derivation (named in the first note), then puts the numbers in where the
symbols stood (shown as written, ``\\ln \\frac{2}{1}``), collects the exact
value (rationals, logarithms of primes, ``ln(pi)``) and rounds it. Each
line is checked with the exact core, for these numbers only (its scope).

>>> from kldocs.families import normal
>>> from kldocs.derivations.verify import verify
>>> d = family_instance("kl", normal(0, 1), normal(1, 2, name="Q"))
>>> [step.justification for step in d.steps]
['step.family_closed_form', 'step.family_numbers', 'step.collect_logs', 'step.decimal']
>>> d.steps[2].latex, verify(d).holds
('-\\\\frac{1}{4} + \\\\ln 2', True)
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from sympy import Float

from kldocs.derivations.bindings import Bindings
from kldocs.derivations.build import instance
from kldocs.derivations.instance import exact_expression
from kldocs.derivations.steps import Definition, Derivation, Numbers, Scope, Step

if TYPE_CHECKING:
    from kldocs.exact import ExactValue
    from kldocs.families.family import Family

#: Significant digits of the decimal step by default.
DIGITS = 6


def family_instance(measure: str, P: Family, Q: Family | None = None, *, digits: int = DIGITS) -> Derivation:
    """``measure`` of P (and Q) from its closed form, for their numbers, in nats.

    Raises
    ------
    ValueError
        When the family has no closed form for ``measure`` (see :mod:`kldocs.families.measures`).
    """
    from kldocs.families.closed_forms import bindings, closed_form_value, derivation_for, final_expression

    general = derivation_for(measure, P, Q)
    closed = final_expression(general)
    symbol = general.lhs
    values = bindings(measure, P, Q, shown=True)
    scalars = tuple((name, Fraction(str(value.args[0]))) for name, value in values.items())
    numbers = Numbers(Bindings((), scalars))
    substituted = put_in(closed, values)
    value = closed_form_value(measure, P, Q)
    steps: list[Step] = [
        closed_form_step(general),
        instance(substituted, "step.family_numbers", numbers, style="values"),
        *value_steps(value, numbers, digits),
    ]
    name = f"{general.name}_instance"
    return Derivation(name, general.title, tuple(steps), symbol, Scope(numbers=numbers.bindings))


def closed_form_step(general: Derivation) -> Step:
    """The first line of a worked instance: the closed form that ends ``general``, named after it."""
    from kldocs.families.closed_forms import final_expression

    closed = final_expression(general)
    return Step(
        "definition",
        closed,
        "step.family_closed_form",
        defines=(Definition(general.lhs, closed),),
        fields=(("derivation", general.name),),
    )


def value_steps(value: ExactValue, numbers: Numbers, digits: int) -> tuple[Step, ...]:
    """The last lines of a worked instance: the exact value collected, then its decimal when it is not rational."""
    collected = instance(exact_expression(value), "step.collect_logs", numbers, style="values")
    if value.rational_value() is not None:
        return (collected,)
    shown = value.decimal(digits)
    decimal = Numbers(numbers.bindings, decimal=shown, digits=digits)
    return collected, instance(Float(shown, digits), "step.decimal", decimal, relation="≈")


def put_in(expression: Any, values: dict[Any, Any]) -> Any:
    """``expression`` with ``values`` in place of its symbols and nothing worked out, so the numbers show."""
    if expression in values:
        return values[expression]
    if not expression.args:
        return expression
    return expression.func(*(put_in(argument, values) for argument in expression.args), evaluate=False)
