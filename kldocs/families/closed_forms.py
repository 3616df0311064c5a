"""Closed forms of the families, taken from their derivations once those verify, and evaluated exactly.

A closed form is never typed here: it is the last line of the family's
derivation (:mod:`kldocs.derivations.identities`), used only after
:func:`~kldocs.derivations.verify` has checked every step. Derivations and
their closed forms are kept per process (``functools.cache``), keyed by
family and measure, so a second evaluation costs only the substitution.

>>> from fractions import Fraction
>>> from kldocs.families.normal import Normal
>>> P, Q = Normal(Fraction(0), Fraction(1)), Normal(Fraction(1), Fraction(1), name="Q")
>>> closed_form_value("kl", P, Q).text()
'1/2'
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING, Any

from kldocs.families.curve import variable_symbol
from kldocs.families.family import Family
from kldocs.families.parameters import Affine

if TYPE_CHECKING:
    from kldocs.derivations.steps import Derivation
    from kldocs.exact import ExactValue


class UnverifiedError(RuntimeError):
    """A derivation behind a closed form did not verify: its closed form is not used."""


def has_closed_form(measure: str, P: Family, Q: Family | None = None) -> bool:
    """True when the family has a derivation for ``measure`` (and Q is of the same family)."""
    return measure in P.derivations and (Q is None or type(Q) is type(P))


def derivation_for(measure: str, P: Family, Q: Family | None = None) -> Derivation:
    """The verified derivation behind ``measure`` for these distributions' family.

    For a categorical distribution whose probabilities depend on a variable,
    the derivation is made for those very probabilities (and kept).
    """
    from kldocs.families.categorical import Categorical

    if isinstance(P, Categorical) and (P.is_symbolic or (Q is not None and Q.is_symbolic)):
        return _categorical(measure, sympy_values(P), sympy_values(Q) if Q is not None else ())
    return _verified(P.derivation_of(measure))


@cache
def _verified(name: str) -> Derivation:
    from kldocs.derivations.registry import get
    from kldocs.derivations.verify import verify

    derivation = get(name)
    verification = verify(derivation)
    if not verification.holds:
        raise UnverifiedError(f"the derivation {name!r} fails at steps {verification.failures}")
    return derivation


@cache
def _categorical(measure: str, first: tuple[Any, ...], second: tuple[Any, ...]) -> Derivation:
    from kldocs.derivations.identities.categorical import specialised
    from kldocs.derivations.verify import verify

    derivation = specialised(measure, first, second or first)
    if not verify(derivation).holds:
        raise UnverifiedError(f"the categorical derivation of {measure} does not verify")
    return derivation


def closed_form(family: type[Family], measure: str) -> Any:
    """The closed form of ``measure`` for ``family`` (a class), in the derivation's symbols.

    Kept per derivation: each family's measure has its own (``gaussian``, ``exponential_kl``...).
    """
    return _closed_form(family.derivations[measure])


@cache
def _closed_form(name: str) -> Any:
    return final_expression(_verified(name), pieces=True)


def final_expression(derivation: Derivation, *, pieces: bool = False) -> Any:
    """What a derivation's last chain step arrives at (its closed form), as written.

    With ``pieces``, the named quantities that step defines (``tr(Sigma_2^-1 Sigma_1)``) are put in, so that the
    closed form is in the parameters alone, ready for numbers.
    """
    from kldocs.derivations.identities.expectations import Quantity

    step = next(step for step in reversed(derivation.steps) if not step.is_statement and step.relation == "=")
    named = {item.target: item.body for item in step.defines if isinstance(item.target, Quantity)} if pieces else {}
    return step.expression.xreplace(named) if named else step.expression


def parameter_symbols(P: Family) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The derivation's symbols for P's parameters and for Q's."""
    where = P.symbols_at()
    assert where is not None
    return shape_symbols(where)


def shape_symbols(where: tuple[str, str]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The symbols for P's parameters and for Q's of the derivations' family shape at ``(module, attribute)``."""
    module, attribute = where
    found = getattr(importlib.import_module(module), attribute)
    return getattr(found, "parameters", found)


def bindings(measure: str, P: Family, Q: Family | None, *, shown: bool = False) -> dict[Any, Any]:
    """Values (numbers, or SymPy expressions of a variable) for the derivation's symbols.

    With ``shown``, each number is a :class:`~kldocs.derivations.printing.PutIn` that prints as it was
    typed (``\\frac{1}{2}`` for 1/2, ``0.5`` for 0.5), for a worked instance.
    """
    first, second = parameter_symbols(P)
    found = dict(zip(first, sympy_values(P, shown), strict=True))
    if measure != "entropy" and Q is not None:
        for symbol, value in zip(second, sympy_values(Q, shown), strict=True):
            if symbol in found and _number(found[symbol]) != _number(value):
                raise ValueError(f"{symbol} differs between P and Q")
            found.setdefault(symbol, value)
    return found


def closed_form_value(measure: str, P: Family, Q: Family | None = None) -> ExactValue:
    """``measure`` of P (and Q) in nats, exactly, from the closed form of its verified derivation.

    The closed form's text (:mod:`~kldocs.families.plain_forms`) gives the value without SymPy when the numbers
    are ordinary; SymPy evaluates the rest.
    """
    from fractions import Fraction

    from kldocs.families.exact_values import exact_value
    from kldocs.families.plain_forms import plain_value

    if not has_closed_form(measure, P, Q) or P.shape is None:
        raise ValueError(f"no closed form of {measure} for {P.key}")
    plain = plain_value(measure, P, Q)
    if plain is not None:
        return plain
    expression = _closed_form(P.derivation_of(measure))
    values = bindings(measure, P, Q)
    return exact_value(expression, {symbol: Fraction(str(value)) for symbol, value in values.items()})


def value_at(measure: str, family: type[Family], first: tuple[Any, ...], second: tuple[Any, ...] = ()) -> ExactValue:
    """``measure``'s closed form for ``family`` at parameters given as SymPy numbers, in nats.

    For values no family object holds exactly, such as the standard deviation ``sqrt(2)`` of a
    normal distribution written with its variance 2: ``log(sqrt(2))`` and ``sqrt(2)^2`` are exact.

    >>> import sympy
    >>> from kldocs.families.normal import Normal
    >>> value_at("kl", Normal, (0, 1), (0, sympy.sqrt(2))).text()
    '-1/4 + 1/2*log(2)'
    """
    from kldocs.families.exact_values import exact_value

    assert family.shape is not None
    module, attribute = family.shape
    found = getattr(importlib.import_module(module), attribute)
    symbols_p, symbols_q = getattr(found, "parameters", found)
    values = dict(zip(symbols_p, first, strict=True))
    if measure != "entropy":
        values |= dict(zip(symbols_q, second, strict=True))
    return exact_value(closed_form(family, measure), values)


def closed_form_expression(measure: str, P: Family, Q: Family | None = None) -> Any:
    """The closed form with P's and Q's parameters put in: a SymPy expression (of a variable, if any)."""
    if P.shape is None:
        return final_expression(derivation_for(measure, P, Q))
    return _closed_form(P.derivation_of(measure)).xreplace(bindings(measure, P, Q))


def sympy_values(family: Family, shown: bool = False) -> tuple[Any, ...]:
    """The family's scalar parameters as SymPy numbers (printed as typed, if ``shown``) or expressions."""
    import sympy

    from kldocs.derivations.printing import PutIn
    from kldocs.families.written import written_latex

    values = []
    for value in family.closed_form_values():
        if isinstance(value, Affine):
            values.append(value.to_sympy(variable_symbol(value.symbol)))
        else:
            number = sympy.Rational(value.numerator, value.denominator)
            values.append(PutIn(number, written_latex(value)) if shown else number)
    return tuple(values)


def _number(value: Any) -> Any:
    """A bound value without the way it is shown."""
    import sympy

    return value.args[0] if isinstance(value, sympy.UnevaluatedExpr) else value
