r"""A negative value where a positive one is written: a minus lost in reading, or one the writer dropped.

Entropies and divergences are not negative. When a sum of logarithms reads as
negative but a positive value is written, the document was usually misread
(a dash taken for a bullet, glyphs copied without their minus) and the claim
is not judged; but a self-information or an entropy expansion typed without
its minus (``log2(1/4) = 2``, ``H = 0.5 log2 0.5 + 0.5 log2 0.5 = 1``) is the
writer's slip, and false.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> (statement,) = statements(tokenize("log2(1/4) = 2"), "log2(1/4) = 2", prose=True)
>>> typed_without_minus(statement, "The surprise is "), typed_without_minus(statement, "- ")
(True, False)
"""

from __future__ import annotations

from kldocs.checker.chains import Statement
from kldocs.checker.judging import Outcome
from kldocs.checker.latex_numbers import BaseKey, Log, Number, Product, Quotient, Sum, evaluate
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import KnownDistributions
from kldocs.checker.trees import has_logs, measures_in
from kldocs.errors import EvaluationError


def sign_lost(statement: Statement, scope: KnownDistributions, base: BaseKey, outcome: Outcome) -> bool:
    """True when a sum of logarithms reads as negative but a positive value is written: a lost minus sign.

    Entropies and divergences are not negative; a correction that is one means
    the document was misread (a dash taken for a bullet, glyphs copied without
    their minus), not that the claim is wrong.
    """
    if outcome.value is None or not outcome.value.startswith("-") or measures_in(statement.left):
        return False
    if not has_logs(statement.left):
        return False
    try:
        written = evaluate(statement.right, scope.environment(base))
    except (EvaluationError, ArithmeticError):
        return False
    return written.is_finite and written.sign() > 0


#: Why a logarithm written without its minus is wrong.
NEGATIVE_LOG = (
    "the logarithm of a number below 1 is negative, so the minus sign of the self-information or entropy is missing"
)
#: ``H =`` or ``H(X) =`` right before an expansion: the writer typed the expansion there.
_ENTROPY_BEFORE = lazy(r"(?<![A-Za-z\\])H(?:\s*\([^()]{0,20}\))?\s*=\s*$")


def typed_without_minus(statement: Statement, before: str) -> bool:
    """True when a negative left side was typed so: its minus was dropped by the writer, not lost in reading.

    Two shapes: one logarithm of a number below 1 (``log2(1/4) = 2``) with no dash or
    bullet before it, which may be a misread minus; and an entropy expansion without
    its minus (``H = 0.5 log2 0.5 + 0.5 log2 0.5 = 1``), right after ``H =``.
    ``before`` is the text of its line before the left side.
    """
    left = statement.left
    if isinstance(left, Log) and isinstance(left.argument, Number | Quotient):
        stripped = before.rstrip()
        return not stripped or (stripped[-1] not in "-−–—‐‑*•·+" and not stripped.endswith("\\"))
    terms = [term for sign, term in left.terms] if isinstance(left, Sum) else [left]
    if isinstance(left, Sum) and any(sign != 1 for sign, _ in left.terms):
        return False
    expansion = all(
        isinstance(term, Product) and isinstance(term.left, Number) and isinstance(term.right, Log) for term in terms
    )
    return expansion and _ENTROPY_BEFORE.search(before) is not None
