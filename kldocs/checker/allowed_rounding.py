r"""How rounded numbers allow an equation that fails as written: rounded numbers inside its logarithms, or plain
arithmetic on rounded values.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.latex_numbers import Environment
>>> from kldocs.checker.tokens import tokenize
>>> texts = (r"-\log_2 0.333 = 1.585", r"-\log_2 0.33 = 1.585")
>>> [rounding(statements(tokenize(text), text)[0], Environment()) for text in texts]
['logs', 'two digits']
"""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from kldocs.checker.approximate import (
    ROUNDED_DIGITS,
    has_rounded_logs,
    has_rounded_operands,
    inputs_range,
    overlaps,
    value_range,
)
from kldocs.checker.chains import Statement
from kldocs.checker.latex_numbers import Environment
from kldocs.checker.scope import KnownDistributions
from kldocs.checker.trees import measures_in
from kldocs.checker.written_precision import literal

Rounding = Literal["logs", "operands", "two digits"]
#: The least digits of a decimal read as rounded in plain arithmetic, tried in turn, and what each reading is called.
_OPERAND_READINGS: tuple[tuple[int, Rounding], ...] = ((ROUNDED_DIGITS, "operands"), (2, "two digits"))


def given(scope: KnownDistributions) -> frozenset[Fraction]:
    """The probabilities of the distributions in force: numbers the document gives exactly, never rounded inputs."""
    found: set[Fraction] = set()
    for binding in scope.bindings.values():
        if binding.distribution is not None and binding.distribution.probabilities is not None:
            found.update(binding.distribution.probabilities)
    return frozenset(found)


def rounding(
    statement: Statement, environment: Environment, given: frozenset[Fraction] = frozenset()
) -> Rounding | None:
    """How rounded numbers allow an equation that fails as written: a side with rounded numbers inside its
    logarithms allows the other side's value (``logs``); plain arithmetic on rounded values of three or more digits
    (``operands``), or only with its two-digit values read as rounded too (``two digits``), allows the rounded value
    written after it, and arithmetic on values rounded or cut off to three or more digits allows the measures set
    equal to it (``operands``); probabilities of two digits inside logarithms, but those ``given`` as a
    distribution's, are read as rounded too; None when they do not."""
    written = literal(statement.right)
    if has_rounded_logs(statement.left) or has_rounded_logs(statement.right):
        left, right = value_range(statement.left, environment), value_range(statement.right, environment)
        if left is not None and right is not None and overlaps(left, right):
            return "logs"
    if written is not None:
        # the inputs of the logarithms read as rounded, each the same number wherever written (shares of counts)
        shared = inputs_range(statement.left, environment, given)
        half = Fraction(10) ** written.place / 2 if written.place is not None else Fraction(0)
        if shared is not None and overlaps(shared[0], (float(written.value - half), float(written.value + half))):
            return "logs" if shared[1] >= ROUNDED_DIGITS else "two digits"
        if has_rounded_logs(statement.left):
            return None
    elif has_rounded_logs(statement.left) or has_rounded_logs(statement.right):
        return None
    if written is None:
        # Measures set to arithmetic on their rounded (or cut off) values: ``H(P) + D = 0.692947 + 0.532997``.
        if measures_in(statement.left) and has_rounded_operands(statement.right):
            right = value_range(statement.right, environment, everywhere=True, cut_off=True)
            left = value_range(statement.left, environment)
            return "operands" if left is not None and right is not None and overlaps(left, right) else None
        return None
    half = Fraction(10) ** written.place / 2 if written.place is not None else Fraction(0)
    allowed = (float(written.value - half), float(written.value + half))
    for digits, how in _OPERAND_READINGS:
        if has_rounded_operands(statement.left, digits):
            left = value_range(statement.left, environment, everywhere=True, digits=digits)
            if left is not None and overlaps(left, allowed):
                return how
    return None
