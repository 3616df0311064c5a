r"""Which term is wrong when a sum of measures is set to a sum of values term for term:
``I(X;Y) = H(X) - H(X|Y) = 1 - (1/2)``.

When the left side is a sum of measures and the right side as many numbers, with the same signs in the same
order, each number is read as the value of its measure; the note of a false claim then names the terms whose
values are wrong (and those that are right), so that the reader sees where the slip is.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> text = "H(X) - H(X|Y) = 1 - (1/2)"
>>> (statement,) = [s for s in statements(tokenize(text), text) if not s.fallback]
>>> values = {"H(X)": ExactValue.number(1), "H(X|Y)": ExactValue.number(1)}
>>> term_by_term(statement, lambda symbol: values[symbol.text()], text)
'term by term: H(X) = 1 as written, but H(X|Y) = 1, not 1/2'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction

from kldocs.checker.chains import Statement
from kldocs.checker.judging import Outcome
from kldocs.checker.latex_numbers import BaseKey, Environment, MeasureNode, evaluate
from kldocs.checker.measure_symbols import MeasureSymbol
from kldocs.checker.scope import KnownDistributions
from kldocs.checker.trees import term_nodes
from kldocs.checker.written_precision import literal
from kldocs.errors import EvaluationError
from kldocs.exact import ExactValue
from kldocs.exact.display import rational_text

#: Terms compared at most.
_MAX_TERMS = 6


def with_terms(outcome: Outcome, statement: Statement, scope: KnownDistributions, base: BaseKey) -> Outcome:
    """A false outcome, its note naming the terms whose written values are wrong (see :func:`term_by_term`), when
    some others are right (which tells in what base the document computes: in bits when not in ``base``)."""
    if outcome.verdict != "false" or outcome.universal or not statement.source:
        return outcome
    for tried in (base, Fraction(2)) if base is None else (base,):  # a value read in nats may be in bits
        terms = term_by_term(statement, lambda symbol: scope.value(symbol, tried), statement.source)  # noqa: B023
        if terms is not None and " as written" in terms:
            return replace(outcome, note=f"{outcome.note}; {terms}{' (in bits)' if tried != base else ''}")
    return outcome


def term_by_term(statement: Statement, value: Callable[[MeasureSymbol], ExactValue], text: str) -> str | None:
    """What to add to the note of a false claim whose sides pair a measure with a value, term for term; None when
    they do not pair so, or no term is wrong (the slip is then in the total)."""
    left, right = term_nodes(statement.left), term_nodes(statement.right)
    if not 2 <= len(left) <= _MAX_TERMS or len(left) != len(right):
        return None
    right_ok, wrong = [], []
    for (sign, measure), (other_sign, number) in zip(left, right, strict=True):
        if sign != other_sign or not isinstance(measure, MeasureNode):
            return None
        written = text[number.start : number.end].strip().strip("()").strip()
        try:
            exact, stated = value(measure.symbol), evaluate(number, Environment()).rational_value()
        except (EvaluationError, ArithmeticError):
            return None
        if stated is None or not exact.is_finite:
            return None
        shown = text[measure.start : measure.end]
        if _agrees(exact, stated, literal(number)):
            right_ok.append(f"{shown} = {written} as written")
        else:
            rational = exact.rational_value()
            shown_value = exact.decimal(10) if rational is None else rational_text(rational)
            wrong.append(f"{shown} = {shown_value}, not {written}")
    if not wrong:
        return None
    return "term by term: " + ", ".join(right_ok) + (", but " if right_ok else "") + ", ".join(wrong)


def _agrees(exact: ExactValue, stated: Fraction, written: object) -> bool:
    """Whether the exact value is the one stated: to its written decimals, or exactly for a fraction."""
    place = getattr(written, "place", None)
    if place is None:
        return exact == ExactValue.number(stated)
    half_unit = Fraction(1, 2) * Fraction(10) ** place
    return abs(Fraction(float(exact)) - stated) <= half_unit
