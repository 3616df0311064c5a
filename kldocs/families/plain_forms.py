"""The families' verified closed forms as text, evaluated exactly without SymPy.

Importing SymPy and the derivations costs most of a second, more than a
whole document of claims takes to read. The closed forms the checker puts
numbers into are therefore also kept as text in
:mod:`kldocs.families.plain_form_table`, written by :mod:`kldocs.families.plain_form_writer`
from the last line of each family's derivation once
:func:`~kldocs.derivations.verify` has checked it (a test writes the table
again and compares). :func:`plain_value` evaluates the text with rationals and
the exact core only; anything out of the ordinary (a logarithm of 0, a
quotient by 0, a parameter that depends on a variable) is left to the SymPy
path, which says what it means.

A closed form is kept as SymPy prints it (``log(sigma_2/sigma_1) - 1/2 + ...``): sums,
products, quotients, integer powers, ``log``, ``pi`` and ``E``, read with :mod:`ast`.

>>> from kldocs.families import parse_family
>>> rate_1, rate_2 = parse_family("exponential", "rate=1"), parse_family("exponential", "rate=2", name="Q")
>>> plain_value("kl", rate_1, rate_2).text()
'1 - log(2)'
"""

from __future__ import annotations

import ast
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING

from kldocs.exact import ExactValue, LogSum

if TYPE_CHECKING:
    from kldocs.families.family import Family

Number = Fraction | ExactValue
_ONE = ast.Constant(1)


class _UnusualError(Exception):
    """A value the plain evaluation leaves to the SymPy path (a log of 0, a quotient by 0)."""


def plain_value(measure: str, P: Family, Q: Family | None = None) -> ExactValue | None:
    """``measure`` of P (and Q) in nats from the closed form's text, or None to use the SymPy path.

    None also when the family has no text in the table or a parameter is not a number.
    """
    from kldocs.families.plain_form_table import CLOSED_FORMS, PARAMETERS

    text = CLOSED_FORMS.get(P.derivation_of(measure))
    where = P.symbols_at()
    names = PARAMETERS.get(f"{where[0]}:{where[1]}") if where is not None else None
    if text is None or names is None:
        return None
    values = _bound(names[0], P)
    if values is None:
        return None
    if measure != "entropy" and Q is not None:
        second = _bound(names[1], Q)
        if second is None or any(values.get(name, value) != value for name, value in second.items()):
            return None
        values |= second
    try:
        found = _value(_parsed(text), values)
    except _UnusualError:
        return None
    return found if isinstance(found, ExactValue) else ExactValue.number(found)


@cache
def _parsed(text: str) -> ast.expr:
    return ast.parse(text, mode="eval").body


def _bound(names: tuple[str, ...], family: Family) -> dict[str, Fraction] | None:
    scalars = family.closed_form_values()
    if len(scalars) != len(names) or not all(isinstance(value, (Fraction, int)) for value in scalars):
        return None
    return {name: Fraction(value) for name, value in zip(names, scalars, strict=True)}  # type: ignore[arg-type]


def _value(node: ast.expr, values: dict[str, Fraction]) -> Number:
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return Fraction(node.value)
    if isinstance(node, ast.Name) and node.id in values:
        return values[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return _product([Fraction(-1), _value(node.operand, values)])
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        left, right = _value(node.left, values), _value(node.right, values)
        if isinstance(node.op, ast.Sub):
            right = _product([Fraction(-1), right])
        return right + left if isinstance(right, ExactValue) else left + right
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        return _product([_value(node.left, values), _value(node.right, values)])
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Div, ast.Pow)):
        right = _value(node.right, values)
        exponent = Fraction(-1) if isinstance(node.op, ast.Div) else right
        if not isinstance(exponent, Fraction) or exponent.denominator != 1:
            raise _UnusualError
        base = _value(node.left if isinstance(node.op, ast.Pow) else node.right, values)
        if not isinstance(base, Fraction) or (base == 0 and exponent < 0):
            raise _UnusualError
        power = base ** int(exponent)
        return power if isinstance(node.op, ast.Pow) else _product([_value(node.left, values), power])
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "log" and len(node.args) == 1:
        return _log(node.args[0], values)
    raise _UnusualError  # pi or E outside a logarithm, a name without a value


def _product(factors: list[Number]) -> Number:
    scale = Fraction(1)
    special = []
    for factor in factors:
        if isinstance(factor, Fraction):
            scale *= factor
        else:
            special.append(factor)
    if not special:
        return scale
    if len(special) > 1:
        raise _UnusualError
    return special[0].scale(scale)


def _log(argument: ast.expr, values: dict[str, Fraction]) -> ExactValue:
    """``log(c pi^a E^b) = log c + a log pi + b``, as the derivations' evaluator splits it."""
    total = ExactValue()
    rest = Fraction(1)
    for factor in _factors(argument):
        power = isinstance(factor, ast.BinOp) and isinstance(factor.op, ast.Pow)
        base, exponent = (factor.left, factor.right) if isinstance(factor, ast.BinOp) and power else (factor, _ONE)
        constant = base.id if isinstance(base, ast.Name) and base.id in ("pi", "E") else None
        if constant is not None:
            scale = _value(exponent, values)
            if not isinstance(scale, Fraction):
                raise _UnusualError
            atom = ExactValue.from_logs(LogSum.log_pi()) if constant == "pi" else ExactValue.number(1)
            total = total + atom.scale(scale)
        else:
            value = _value(factor, values)
            if not isinstance(value, Fraction):
                raise _UnusualError
            rest *= value
    if rest <= 0:
        raise _UnusualError
    return ExactValue.log(rest) + total if rest != 1 else total


def _factors(node: ast.expr) -> list[ast.expr]:
    """The factors of a product (``2*E*pi*sigma**2``); anything else is one factor."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        return [*_factors(node.left), *_factors(node.right)]
    return [node]
