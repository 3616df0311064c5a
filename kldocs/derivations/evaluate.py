"""Exact values of SymPy expressions with numbers in them, through the exact core.

Instance steps are checked here: an expression built from rationals,
logarithms (natural, or ``log_b``), sums over ``i = 1..n`` and the numbers
of an instance (:class:`~kldocs.derivations.steps.Bindings`) is evaluated
to an exact :class:`~kldocs.exact.ExactValue` (a canonical sum of logs of
primes), a rational, or an infinity. No floating point is involved.

Zero probabilities are tracked, not hidden: ``0 * log(0)`` and
``0 * log(0/q)`` evaluate to 0 *and* count one use of the convention
``0 log 0 = 0`` (``zero_terms``), so a step that drops such a term without
citing the convention can be told apart. ``p * log(p/0)`` with ``p > 0`` is
+infinity.

>>> from kldocs.derivations.symbols import STANDARD, KL_PQ
>>> from kldocs.derivations.expand import expand_definitions
>>> from kldocs.derivations.identities.examples import REFERENCE
>>> evaluate(expand_definitions(KL_PQ, STANDARD), REFERENCE).text()
'-4/5*log(2) - 1/5*log(3) + 1/2*log(5)'
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any, Literal

import sympy
from sympy import Add, Indexed, Mul, Pow, Sum, log

from kldocs.derivations.steps import Bindings
from kldocs.derivations.symbols import LogBase
from kldocs.exact import Base, ExactValue, LogSum

#: Most terms a sum in an instance may have.
MAX_TERMS = 1_000_000

ValueKind = Literal["rational", "logs", "+inf", "-inf", "x/0", "0/0", "1/ln"]


class EvaluationError(ValueError):
    """The expression has no exact value here (a symbol without a number, an undefined form...)."""


@dataclass(frozen=True)
class Value:
    """An exact value met while evaluating.

    ``rational``: a rational number. ``logs``: an :class:`ExactValue` in some
    base. ``+inf``/``-inf``: infinite logs. ``x/0`` and ``0/0``: quotients
    by zero (only meaningful inside a log). ``1/ln``: the factor
    ``1/ln(b)`` of a base change, with ``b`` in ``base``.
    """

    kind: ValueKind
    rational: Fraction = Fraction(0)
    logs: ExactValue | None = None
    base: Base | None = None
    zero_terms: int = 0

    @property
    def is_finite(self) -> bool:
        return self.kind in ("rational", "logs")

    def text(self) -> str:
        if self.kind == "rational":
            return str(self.rational)
        if self.kind == "logs":
            assert self.logs is not None
            return self.logs.text()
        return {"+inf": "oo", "-inf": "-oo"}.get(self.kind, self.kind)

    def exact(self, base: Base) -> ExactValue:
        """The finite or +infinite value as an ExactValue in ``base``."""
        if self.kind == "+inf":
            return ExactValue.infinity(base)
        if self.kind == "logs":
            assert self.logs is not None
            if self.logs.base != base and not self.logs.is_zero():
                raise EvaluationError(f"value is in base {self.logs.base.name}, not {base.name}")
            return ExactValue(self.logs.logs, base)
        if self.kind == "rational":
            if self.rational == 0:
                return ExactValue(LogSum(), base)
            if base.log is None:
                raise EvaluationError(f"the rational {self.rational} is not a sum of logarithms")
            return ExactValue(base.log * self.rational, base)
        raise EvaluationError(f"{self.kind} has no value")


def rational(value: Fraction | int) -> Value:
    return Value("rational", Fraction(value))


def evaluate(expression: Any, bindings: Bindings) -> Value:
    """The exact value of ``expression`` with the numbers of ``bindings``.

    Raises
    ------
    EvaluationError
        For a symbol without a number, a log of a negative number, ``0/0``
        or ``x/0`` left outside a log, or ``oo - oo``.
    """
    value = _evaluate(expression, bindings, {})
    if value.kind in ("x/0", "0/0", "1/ln"):
        raise EvaluationError(f"{sympy.sstr(expression)} is undefined ({value.kind})")
    return value


def _evaluate(expression: Any, bindings: Bindings, indices: dict[Any, int]) -> Value:
    if expression.is_Rational:
        return rational(Fraction(int(expression.p), int(expression.q)))
    if expression is sympy.oo:
        return Value("+inf")
    if expression is sympy.S.NegativeInfinity:
        return Value("-inf")
    if isinstance(expression, Add):
        return _add([_evaluate(term, bindings, indices) for term in expression.args])
    if isinstance(expression, Mul):
        return _multiply([_evaluate(factor, bindings, indices) for factor in expression.args])
    if isinstance(expression, Pow):
        return _power(expression, bindings, indices)
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
        return rational(indices[expression])
    if expression.is_Symbol:
        value = bindings.scalar(expression)
        if value is None:
            raise EvaluationError(f"no number for {expression}")
        return rational(value)
    raise EvaluationError(f"cannot evaluate {sympy.sstr(expression)} exactly")


def _base_of(value: Value) -> Base:
    if value.kind != "rational":
        raise EvaluationError("a logarithm base must be a rational number")
    return Base.parse(value.rational)


def _indexed(expression: Indexed, bindings: Bindings, indices: dict[Any, int]) -> Value:
    values = bindings.distribution(expression.base)
    if values is None:
        raise EvaluationError(f"no numbers for {expression.base}")
    (index,) = expression.indices
    position = _evaluate(index, bindings, indices)
    if position.kind != "rational" or position.rational.denominator != 1:
        raise EvaluationError(f"index of {sympy.sstr(expression)} is not an integer")
    k = int(position.rational)
    if not 1 <= k <= len(values):
        raise EvaluationError(f"{sympy.sstr(expression)}: index {k} is outside 1..{len(values)}")
    return rational(values[k - 1])


def _sum(expression: Sum, bindings: Bindings, indices: dict[Any, int]) -> Value:
    if len(expression.limits) > 1:
        # SymPy lists the innermost limit first: sum it inside the outer ones.
        nested = Sum(Sum(expression.function, expression.limits[0]), *expression.limits[1:])
        return _evaluate(nested, bindings, indices)
    body = expression.function
    ((variable, lower, upper),) = expression.limits
    bounds = [_evaluate(bound, bindings, indices) for bound in (lower, upper)]
    if any(b.kind != "rational" or b.rational.denominator != 1 for b in bounds):
        raise EvaluationError("summation bounds must be integers")
    low, high = (int(b.rational) for b in bounds)
    if high - low + 1 > MAX_TERMS:
        raise EvaluationError(f"too many terms ({high - low + 1})")
    values = [_evaluate(body, bindings, {**indices, variable: value}) for value in range(low, high + 1)]
    return _add(values) if values else rational(0)


def _power(expression: Pow, bindings: Bindings, indices: dict[Any, int]) -> Value:
    base, exponent = expression.args
    if not exponent.is_Integer:
        raise EvaluationError(f"cannot evaluate {sympy.sstr(expression)} exactly")
    e = int(exponent)
    if e == -1 and isinstance(base, log):
        inner = _evaluate(base.args[0], bindings, indices)
        return Value("1/ln", base=_base_of(inner))
    value = _evaluate(base, bindings, indices)
    if value.kind != "rational":
        raise EvaluationError(f"cannot raise {value.kind} to a power")
    if value.rational == 0 and e < 0:
        return Value("x/0")
    return rational(value.rational**e)


def _log(argument: Value, base: Base) -> Value:
    if argument.kind == "x/0":
        return Value("+inf", zero_terms=argument.zero_terms)
    if argument.kind == "0/0":
        return argument
    if argument.kind != "rational":
        raise EvaluationError(f"log of {argument.kind}")
    if argument.rational < 0:
        raise EvaluationError(f"log of a negative number {argument.rational}")
    if argument.rational == 0:
        return Value("-inf", zero_terms=argument.zero_terms)
    return Value("logs", logs=ExactValue(LogSum.log(argument.rational), base), zero_terms=argument.zero_terms)


def _multiply(factors: list[Value]) -> Value:
    zero_terms = sum(f.zero_terms for f in factors)
    kinds = [f.kind for f in factors]
    has_zero = any(f.kind == "rational" and f.rational == 0 for f in factors)
    if has_zero and any(kind in ("+inf", "-inf", "0/0") for kind in kinds):
        return Value("rational", Fraction(0), zero_terms=zero_terms + 1)
    if has_zero and "x/0" in kinds:
        return Value("0/0", zero_terms=zero_terms)
    scale = Fraction(1)
    special: list[Value] = []
    for factor in factors:
        if factor.kind == "rational":
            scale *= factor.rational
        else:
            special.append(factor)
    if not special:
        return Value("rational", scale, zero_terms=zero_terms)
    per_log = [f for f in special if f.kind == "1/ln"]
    rest = [f for f in special if f.kind != "1/ln"]
    if len(rest) != 1 or len(per_log) > 1:
        raise EvaluationError("a product of two non-rational values has no exact form here")
    (value,) = rest
    if value.kind in ("+inf", "-inf"):
        if scale == 0:
            return Value("rational", Fraction(0), zero_terms=zero_terms + 1)
        positive = (value.kind == "+inf") == (scale > 0)
        return Value("+inf" if positive else "-inf", zero_terms=zero_terms)
    if value.kind == "x/0":
        if scale < 0:
            raise EvaluationError("a negative number divided by 0")
        return Value("x/0" if scale else "0/0", zero_terms=zero_terms)
    if value.kind == "0/0":
        return Value("0/0", zero_terms=zero_terms)
    assert value.logs is not None
    logs = value.logs * scale
    if per_log:
        if logs.base.value is not None:
            raise EvaluationError("a value already in a base cannot change base again")
        assert per_log[0].base is not None
        logs = ExactValue(logs.logs, per_log[0].base)
    return Value("logs", logs=logs, zero_terms=zero_terms)


def _add(terms: list[Value]) -> Value:
    zero_terms = sum(t.zero_terms for t in terms)
    kinds = {t.kind for t in terms}
    if kinds & {"0/0", "x/0", "1/ln"}:
        raise EvaluationError("an undefined term (a quotient by 0 outside a logarithm)")
    if "+inf" in kinds and "-inf" in kinds:
        raise EvaluationError("+infinity minus infinity")
    if "+inf" in kinds or "-inf" in kinds:
        return Value("+inf" if "+inf" in kinds else "-inf", zero_terms=zero_terms)
    total = sum((t.rational for t in terms if t.kind == "rational"), Fraction(0))
    logs = [t.logs for t in terms if t.kind == "logs" and t.logs is not None]
    if not logs:
        return Value("rational", total, zero_terms=zero_terms)
    base = logs[0].base
    if any(value.base != base for value in logs):
        raise EvaluationError("cannot add values in different log bases")
    accumulated = LogSum()
    for value in logs:
        assert value.logs is not None
        accumulated = accumulated + value.logs
    result = Value("logs", logs=ExactValue(accumulated, base), zero_terms=zero_terms)
    if total:
        result = replace(result, logs=ExactValue(accumulated, base) + rational(total).exact(base))
    return result


def compare(left: Value, right: Value, base: Base) -> int:
    """-1, 0 or 1 as ``left`` is less than, equal to or greater than ``right`` (certified)."""
    if left.kind in ("+inf", "-inf") or right.kind in ("+inf", "-inf"):
        order = {"-inf": -1, "+inf": 1}
        a, b = order.get(left.kind, 0), order.get(right.kind, 0)
        if a == b:
            return 0
        return 1 if a > b else -1
    if left.kind == "rational" and right.kind == "rational":
        return (left.rational > right.rational) - (left.rational < right.rational)
    return (left.exact(base) - right.exact(base)).sign()
