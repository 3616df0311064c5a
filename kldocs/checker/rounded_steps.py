r"""A value that is right only as arithmetic on rounded values written before it.

``I(X;Y) = H(X) + H(Y) - H(X,Y) = 1.000 + 1.000 - 1.970 = 0.030``: the subtraction is right, but
``1.970`` is ``H(X,Y) = 1.97095`` cut off, and the mutual information itself is ``0.0290``, which the
written ``0.030`` is not. When a value of a measure is false, the note says so: which written arithmetic
in the same chain does come to it, and that it starts from rounded or cut-off values.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> text = "I(X;Y) = H(X) - H(X|Y) = 1.000 - 0.970 = 0.030"
>>> chain = statements(tokenize(text), text)
>>> claim = next(s for s in chain if s.right_text == "0.030" and s.left_text == "H(X) - H(X|Y)")
>>> arithmetic_behind(claim, chain)
'the arithmetic written before it, 1.000 - 0.970, does come to 0.030, but it starts from values rounded or cut off'
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from kldocs.checker.chains import Statement
from kldocs.checker.latex_numbers import Environment, evaluate
from kldocs.checker.trees import literal, measures_in
from kldocs.errors import EvaluationError


def arithmetic_behind(claim: Statement, chain: Sequence[Statement]) -> str | None:
    """What to add to the note of a false value: the plain arithmetic on the same left side, in the same chain,
    that comes to the written value (to its last digit); None when there is none."""
    written = literal(claim.right)
    if written is None or written.place is None or not measures_in(claim.left):
        return None
    half_unit = Fraction(1, 2) * Fraction(10) ** written.place
    for other in chain:
        if other is claim or other.left_text != claim.left_text or measures_in(other.right):
            continue
        if literal(other.right) is not None:
            continue  # another value, not arithmetic
        try:
            value = evaluate(other.right, Environment())
        except (EvaluationError, ArithmeticError):
            continue
        if not value.parts and not value.infinite and abs(value.rational - written.value) <= half_unit:
            return (
                f"the arithmetic written before it, {other.right_text}, does come to {claim.right_text}, "
                "but it starts from values rounded or cut off"
            )
    return None
