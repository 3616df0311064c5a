r"""A value that is right only as arithmetic on rounded values written before it.

``I(X;Y) = H(X) + H(Y) - H(X,Y) = 1.000 + 1.000 - 1.970 = 0.030``: the subtraction is right, but
``1.970`` is ``H(X,Y) = 1.97095`` cut off, and the mutual information itself is ``0.0290``, which the
written ``0.030`` is not. When a value of a measure is false, the note says so: which written arithmetic
in the same chain does come to it, and that it starts from rounded or cut-off values. When each of those values
is its measure rounded right (``\\log_2 3 - H(P) = 1.585 - 1.485 = 0.100`` for 0.0995), the value is the author's
rounding, shown step by step: it is left unchecked, with the note, not called false.

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
from kldocs.checker.judging import Verdict
from kldocs.checker.latex_numbers import Environment, Node, evaluate
from kldocs.checker.trees import measures_in, term_nodes
from kldocs.checker.written_precision import literal
from kldocs.errors import EvaluationError


def arithmetic_behind(claim: Statement, chain: Sequence[Statement]) -> str | None:
    """What to add to the note of a false value: the plain arithmetic on the same left side, in the same chain,
    that comes to the written value (to its last digit); None when there is none."""
    other = _behind(claim, chain)
    if other is None:
        return None
    return (
        f"the arithmetic written before it, {other.right_text}, does come to {claim.right_text}, "
        "but it starts from values rounded or cut off"
    )


def rounding_allows(claim: Statement, chain: Sequence[Statement], environment: Environment) -> str | None:
    r"""A note when the arithmetic behind a false value (see :func:`arithmetic_behind`) starts from each measure of
    the row before it rounded right, else None: ``\log_2 3 - H(P) = 1.585 - 1.485 = 0.100`` for 0.0995 is what an
    answer key writes, and is not called false; a value cut off instead (1.970 for 1.97095) leaves it false.

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> text = r"H(P) = \log_2 3 - \log_2 2 = 1.585 - 1.000 = 0.585"
    >>> chain = statements(tokenize(text), text)
    >>> claim = next(s for s in chain if s.right_text == "0.585" and s.left_text == "H(P)")
    >>> rounding_allows(claim, chain, Environment())
    'the arithmetic written before it, 1.585 - 1.000, comes to 0.585 from the values above, each rounded right'
    """
    other = _behind(claim, chain)
    if other is None:
        return None
    numbers = term_nodes(other.right)
    sides = [claim.left, *(row.right for row in chain if row.left_text == claim.left_text and row is not other)]
    for side in sides:  # the measures the decimals stand for: the left side itself, or a row of the chain
        terms = term_nodes(side)
        if len(terms) != len(numbers) or len(terms) < 2:
            continue
        if all(_rounded_right(term, number, environment) for term, number in zip(terms, numbers, strict=True)):
            written = f"the arithmetic written before it, {other.right_text}, comes to {claim.right_text}"
            return f"{written} from the values above, each rounded right"
    return None


def rounded_behind(
    claim: Statement, chain: Sequence[Statement], environment: Environment
) -> tuple[str, Verdict] | None:
    """For a false value: what to add to its note, and its verdict, "unchecked" when :func:`rounding_allows` (not
    called false), else "false"; None when no arithmetic comes to it."""
    allowed = rounding_allows(claim, chain, environment)
    if allowed is not None:
        return f"{allowed}: not called false", "unchecked"
    behind = arithmetic_behind(claim, chain)
    return None if behind is None else (behind, "false")


def _rounded_right(term: tuple[Fraction, Node], number: tuple[Fraction, Node], environment: Environment) -> bool:
    """Whether the written decimal ``number`` is ``term`` (a measure, a logarithm) rounded to its digits."""
    written = literal(number[1])
    if written is None or written.place is None or term[0] != number[0] or literal(term[1]) is not None:
        return False
    try:
        value = evaluate(term[1], environment)
    except (EvaluationError, ArithmeticError):
        return False
    half_unit = Fraction(1, 2) * Fraction(10) ** written.place
    return value.compare(written.value - half_unit) >= 0 and value.compare(written.value + half_unit) <= 0


def _behind(claim: Statement, chain: Sequence[Statement]) -> Statement | None:
    """The row of plain arithmetic on the same left side, in the same chain, that comes to the written value."""
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
            return other
    return None
