"""Exact values of SymPy expressions with numbers in them, through the exact core.

Instance steps are checked here: an expression built from rationals,
logarithms (natural, or ``log_b``; ``ln(pi)`` is an atom of its own), sums over ``i = 1..n`` and the numbers
of an instance (:class:`~kldocs.derivations.steps.Bindings`) is evaluated
to an :class:`~kldocs.exact.ExactValue`. No floating point is involved.

Zero probabilities are tracked, not hidden: ``0 * log(0)`` and
``0 * log(0/q)`` evaluate to 0 *and* count one use of the convention
``0 log 0 = 0`` (``zero_terms``), so a step that drops such a term without
citing the convention can be told apart. ``p * log(p/0)`` with ``p > 0`` is
+infinity. A quotient by 0 and the factor ``1/ln(b)`` of a base change are
not values; they are carried along only until a logarithm or a product
gives them a meaning.

>>> from kldocs.derivations.symbols import KL_PQ, STANDARD
>>> from kldocs.derivations.expand import expand_definitions
>>> from kldocs.derivations.identities.examples import REFERENCE
>>> evaluate(expand_definitions(KL_PQ, STANDARD), REFERENCE).value.text()
'-4/5*log(2) - 1/5*log(3) + 1/2*log(5)'
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Literal

import sympy
from sympy import Add, Indexed, Mul, Pow, Sum, log

from kldocs.derivations.bindings import Bindings
from kldocs.derivations.log_base import LogBase
from kldocs.errors import EvaluationError
from kldocs.exact import Base, ExactValue, LogSum

#: Most terms a sum in an instance may have.
MAX_TERMS = 1_000_000

Undefined = Literal["x/0", "0/0"]


@dataclass(frozen=True)
class Evaluated:
    """What evaluating a subexpression gave.

    Exactly one of ``value``, ``undefined`` and ``per_log`` is set.

    Attributes
    ----------
    value
        An exact value (possibly infinite).
    undefined
        ``"x/0"`` or ``"0/0"``: a quotient by 0, meaningful only inside a log.
    per_log
        ``b`` for the factor ``1/ln(b)`` of a base change.
    zero_terms
        How many times the convention ``0 log 0 = 0`` was used inside.
    """

    value: ExactValue | None = None
    undefined: Undefined | None = None
    per_log: Base | None = None
    zero_terms: int = 0

    def text(self) -> str:
        if self.value is not None:
            return self.value.text()
        return self.undefined or f"1/log({self.per_log.name if self.per_log else '?'})"

    def rational(self) -> Fraction | None:
        """The rational value, when this is one (no logarithms, finite)."""
        return self.value.rational_value() if self.value is not None and not self.value.parts else None


def _number(value: Fraction | int, zero_terms: int = 0) -> Evaluated:
    return Evaluated(ExactValue.number(value), zero_terms=zero_terms)


def evaluate(expression: Any, bindings: Bindings) -> Evaluated:
    """The exact value of ``expression`` with the numbers of ``bindings``.

    Raises
    ------
    EvaluationError
        For a symbol without a number, a log of a negative number, ``0/0``
        or ``x/0`` left outside a log, or ``oo - oo``.
    """
    result = _evaluate(expression, bindings, {})
    if result.value is None:
        raise EvaluationError(f"{sympy.sstr(expression)} is undefined ({result.text()})")
    return result


def _evaluate(expression: Any, bindings: Bindings, indices: dict[Any, int]) -> Evaluated:
    if expression.is_Rational:
        return _number(Fraction(int(expression.p), int(expression.q)))
    if expression is sympy.oo:
        return Evaluated(ExactValue.infinity())
    if expression is sympy.S.NegativeInfinity:
        return Evaluated(ExactValue.infinity(-1))
    if isinstance(expression, (sympy.Trace, sympy.Determinant, sympy.MatrixExpr)):
        return _matrix_number(expression)
    if isinstance(expression, Add):
        return _add([_evaluate(term, bindings, indices) for term in expression.args])
    if isinstance(expression, Mul):
        return _multiply([_evaluate(factor, bindings, indices) for factor in expression.args])
    if isinstance(expression, Pow):
        return _power(expression, bindings, indices)
    if isinstance(expression, sympy.UnevaluatedExpr):  # a number put in for a symbol, kept as written
        return _evaluate(expression.args[0], bindings, indices)
    if isinstance(expression, log) and expression.args[0] is sympy.pi:
        return Evaluated(ExactValue.from_logs(LogSum.log_pi()))
    if isinstance(expression, log) and _constant_factors(expression.args[0]):
        return _add(_split_constants(expression.args[0], bindings, indices))
    if isinstance(expression, log):
        return _log(_evaluate(expression.args[0], bindings, indices), Base())
    if isinstance(expression, LogBase):
        argument, base = expression.args
        return _log(_evaluate(argument, bindings, indices), _base_of(_evaluate(base, bindings, indices)))
    if isinstance(expression, Sum):
        return _sum(expression, bindings, indices)
    if isinstance(expression, Indexed):
        return _indexed(expression, bindings, indices)
    if expression in indices:
        return _number(indices[expression])
    if expression.is_Symbol:
        value = bindings.scalar(expression)
        if value is None:
            raise EvaluationError(f"no number for {expression}")
        return _number(value)
    raise EvaluationError(f"cannot evaluate {sympy.sstr(expression)} exactly")


def _matrix_number(expression: Any) -> Evaluated:
    """A trace, a determinant or a 1 x 1 product of matrices of numbers, worked out in exact rationals."""
    value = expression.doit()
    if getattr(value, "is_Matrix", False):
        if value.shape != (1, 1):
            raise EvaluationError(f"a {value.shape[0]} x {value.shape[1]} matrix is not a number")
        value = value[0, 0]
    if not value.is_Rational:
        raise EvaluationError(f"{value} is not a rational number")
    return _number(Fraction(int(value.p), int(value.q)))


def _constant_factors(argument: Any) -> list[Any]:
    """The factors ``pi^a`` and ``e^b`` (rational ``a``, ``b``) of a logarithm's argument."""
    found = []
    for factor in Mul.make_args(argument):
        base, exponent = factor.as_base_exp()
        if base in (sympy.pi, sympy.E) and exponent.is_Rational:
            found.append(factor)
    return found


def _split_constants(argument: Any, bindings: Bindings, indices: dict[Any, int]) -> list[Evaluated]:
    """``log(c pi^a e^b) = log c + a log pi + b`` (``pi`` and ``e`` are positive, so this is exact)."""
    constants = _constant_factors(argument)
    rest = Mul(*(factor for factor in Mul.make_args(argument) if factor not in constants))
    parts = [_log(_evaluate(rest, bindings, indices), Base())] if rest != 1 else []
    for factor in constants:
        base, exponent = factor.as_base_exp()
        rational = Fraction(int(exponent.p), int(exponent.q))
        atom = ExactValue.from_logs(LogSum.log_pi()) if base is sympy.pi else ExactValue.number(1)
        parts.append(Evaluated(atom.scale(rational)))
    return parts


def _base_of(value: Evaluated) -> Base:
    rational = value.rational()
    if rational is None:
        raise EvaluationError("a logarithm base must be a rational number")
    return Base.parse(rational)


def _integer(value: Evaluated, what: str) -> int:
    rational = value.rational()
    if rational is None or rational.denominator != 1:
        raise EvaluationError(f"{what} is not an integer")
    return int(rational)


def _indexed(expression: Indexed, bindings: Bindings, indices: dict[Any, int]) -> Evaluated:
    values = bindings.distribution(expression.base)
    if values is None:
        raise EvaluationError(f"no numbers for {expression.base}")
    (index,) = expression.indices
    k = _integer(_evaluate(index, bindings, indices), f"the index of {sympy.sstr(expression)}")
    if not 1 <= k <= len(values):
        raise EvaluationError(f"{sympy.sstr(expression)}: index {k} is outside 1..{len(values)}")
    return _number(values[k - 1])


def _sum(expression: Sum, bindings: Bindings, indices: dict[Any, int]) -> Evaluated:
    if len(expression.limits) > 1:
        # SymPy lists the innermost limit first: sum it inside the outer ones.
        nested = Sum(Sum(expression.function, expression.limits[0]), *expression.limits[1:])
        return _evaluate(nested, bindings, indices)
    body = expression.function
    ((variable, lower, upper),) = expression.limits
    low, high = (_integer(_evaluate(bound, bindings, indices), "a summation bound") for bound in (lower, upper))
    if high - low + 1 > MAX_TERMS:
        raise EvaluationError(f"too many terms ({high - low + 1})")
    values = [_evaluate(body, bindings, {**indices, variable: value}) for value in range(low, high + 1)]
    return _add(values) if values else _number(0)


def _power(expression: Pow, bindings: Bindings, indices: dict[Any, int]) -> Evaluated:
    base, exponent = expression.args
    if not exponent.is_Integer:
        raise EvaluationError(f"cannot evaluate {sympy.sstr(expression)} exactly")
    e = int(exponent)
    if e == -1 and isinstance(base, log):
        return Evaluated(per_log=_base_of(_evaluate(base.args[0], bindings, indices)))
    value = _evaluate(base, bindings, indices).rational()
    if value is None:
        raise EvaluationError(f"cannot raise {sympy.sstr(base)} to a power exactly")
    if value == 0 and e < 0:
        return Evaluated(undefined="x/0")
    return _number(value**e)


def _log(argument: Evaluated, base: Base) -> Evaluated:
    if argument.undefined == "x/0":
        return Evaluated(ExactValue.infinity(), zero_terms=argument.zero_terms)
    if argument.undefined == "0/0":
        return argument
    rational = argument.rational()
    if rational is None:
        raise EvaluationError(f"the logarithm of {argument.text()} has no exact form here")
    return Evaluated(ExactValue.log(rational, base), zero_terms=argument.zero_terms)


def _multiply(factors: list[Evaluated]) -> Evaluated:
    zero_terms = sum(f.zero_terms for f in factors)
    has_zero = any(f.rational() == 0 for f in factors)
    infinite = [f for f in factors if f.value is not None and not f.value.is_finite]
    if has_zero and (infinite or any(f.undefined == "0/0" for f in factors)):
        return _number(0, zero_terms + 1)  # 0 log 0 = 0, and 0 log(0/q) = 0
    if has_zero and any(f.undefined == "x/0" for f in factors):
        return Evaluated(undefined="0/0", zero_terms=zero_terms)
    scale = Fraction(1)
    special: list[Evaluated] = []
    for factor in factors:
        rational = factor.rational()
        if rational is not None:
            scale *= rational
        else:
            special.append(factor)
    if not special:
        return _number(scale, zero_terms)
    per_log = [f.per_log for f in special if f.per_log is not None]
    rest = [f for f in special if f.per_log is None]
    if len(rest) != 1 or len(per_log) > 1:
        raise EvaluationError("a product of two non-rational values has no exact form here")
    (factor,) = rest
    if factor.undefined == "x/0":
        if scale < 0:
            raise EvaluationError("a negative number divided by 0")
        return Evaluated(undefined="x/0" if scale else "0/0", zero_terms=zero_terms)
    if factor.undefined == "0/0":
        return Evaluated(undefined="0/0", zero_terms=zero_terms)
    assert factor.value is not None
    value = factor.value.scale(scale)
    if per_log:
        value = value.in_units(per_log[0])
    return Evaluated(value, zero_terms=zero_terms)


def _add(terms: list[Evaluated]) -> Evaluated:
    if any(t.value is None for t in terms):
        raise EvaluationError("an undefined term (a quotient by 0 outside a logarithm)")
    total = ExactValue()
    for term in terms:
        assert term.value is not None
        total = total + term.value
    return Evaluated(total, zero_terms=sum(t.zero_terms for t in terms))
