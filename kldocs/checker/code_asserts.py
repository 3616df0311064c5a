"""Values that tests in code state for a measure: ``assert abs(kl(p, q) - 0.5108) < 1e-3``.

A test compares a call that computes a measure (see :mod:`~kldocs.checker.code_calls`)
with a number: ``abs(call - v) < tol``, ``call == pytest.approx(v)``,
``round(call, 4) == v``, a closeness function (``approxEqual(call, v)``,
``math.isclose``, ``np.testing.assert_allclose``, ``self.assertAlmostEqual``) or
``expect(call).toBeCloseTo(v)``. The number is what the writer says the call
returns, judged like a value in a comment.

>>> [claim.text for claim in assert_claims("assert abs(entropy(p, q) - 0.5108) < 1e-3", 0)]
['D_KL(p||q) = 0.5108 nats']
>>> [claim.text for claim in assert_claims("assert(approxEqual(kl(p, q), 0.5108));", 0)]
['D_KL(p||q) = 0.5108']
>>> [claim.offset for claim in assert_claims("    assert entropy(p) == pytest.approx(1.0397)", 100)]
[139]
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping

from kldocs.checker.code_calls import as_python, dotted, measure_call
from kldocs.checker.code_comments import CommentClaim, claim_text, literal_inputs

#: Functions (last part of the name) that test two numbers for closeness, the computed one first or second.
_CLOSENESS = frozenset(
    {
        "approxEqual",
        "approx_equal",
        "almostEqual",
        "isclose",
        "allclose",
        "assert_allclose",
        "assert_almost_equal",
        "assert_approx_equal",
        "assertAlmostEqual",
        "toBeCloseTo",
        "assertEquals",
        "AreEqual",
        "assert_eq",
    }
)
_APPROX = frozenset({"approx", "pytest.approx"})


def assert_claims(line: str, offset: int, bases: Mapping[str, str | None] | None = None) -> Iterator[CommentClaim]:
    """The claim a test on one line of code makes about a measure (``offset``: where the line starts)."""
    code = line.strip().rstrip(";")
    if not any(word in code for word in ("assert", "close", "Close", "approx", "Equal", "equal")):
        return
    code = as_python(code).rstrip(";")
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return
    if len(tree.body) != 1:
        return
    statement = tree.body[0]
    test = statement.test if isinstance(statement, ast.Assert) else getattr(statement, "value", None)
    found = _compared(test) if isinstance(test, ast.expr) else None
    if found is None:
        return
    expression, number = found
    call = measure_call(expression, bases)
    if call is None:
        return
    text = claim_text(call, repr(number.value))
    if text is not None:
        where = offset + len(line) - len(line.lstrip()) + number.col_offset
        yield CommentClaim(text, where, inputs=literal_inputs(call))


def _compared(test: ast.expr) -> tuple[ast.expr, ast.Constant] | None:
    """The computed expression and the number a test compares it with, or None."""
    if isinstance(test, ast.Call):
        name = dotted(test.func).rpartition(".")[2] or getattr(test.func, "attr", "")
        if name == "toBeCloseTo" and isinstance(test.func, ast.Attribute):  # expect(call).toBeCloseTo(v)
            subject = test.func.value
            if isinstance(subject, ast.Call) and dotted(subject.func) == "expect" and subject.args and test.args:
                return _pair(subject.args[0], test.args[0])
            return None
        if name in _CLOSENESS and len(test.args) >= 2:
            return _pair(test.args[0], test.args[1])
        return None
    if not isinstance(test, ast.Compare) or len(test.ops) != 1:
        return None
    left, operator, right = test.left, test.ops[0], test.comparators[0]
    if isinstance(operator, ast.Lt | ast.LtE) and isinstance(left, ast.Call):
        difference = _absolute(left)
        if isinstance(difference, ast.BinOp) and isinstance(difference.op, ast.Sub) and _tight(right):
            return _pair(difference.left, difference.right)
        return None
    if isinstance(operator, ast.Eq):
        right = _inside_approx(right)
        left = _inside_approx(left)
        return _pair(left, right)
    return None


#: Functions that give the absolute value of a number, in Python and in the languages near it.
_ABSOLUTE = frozenset({"abs", "np.abs", "math.fabs", "Math.abs", "Math.Abs", "math.Abs", "fabs", "std.abs"})


def _absolute(call: ast.Call) -> ast.expr | None:
    """What ``abs(x)``, ``Math.abs(x)`` or Rust's ``(x).abs()`` takes the absolute value of, else None."""
    if dotted(call.func) in _ABSOLUTE and len(call.args) == 1 and not call.keywords:
        return call.args[0]
    method = isinstance(call.func, ast.Attribute) and call.func.attr == "abs" and not call.args and not call.keywords
    return call.func.value if method and isinstance(call.func, ast.Attribute) else None


#: The loosest tolerance of ``abs(x - v) < tolerance`` read as the claim ``x = v``: a looser test ("within 0.2 of
#: 1.4") says less than the value written, and the value may pass it and still not round to what is written.
_TIGHTEST_LOOSE = 0.01


def _tight(tolerance: ast.expr) -> bool:
    """Whether a test's tolerance is a number below :data:`_TIGHTEST_LOOSE` (``1e-4``, not ``0.2`` or a name)."""
    return (
        isinstance(tolerance, ast.Constant)
        and isinstance(tolerance.value, int | float)
        and 0 <= tolerance.value < _TIGHTEST_LOOSE
    )


def _inside_approx(node: ast.expr) -> ast.expr:
    """The number inside ``pytest.approx(v)``; other nodes as they are."""
    if isinstance(node, ast.Call) and dotted(node.func) in _APPROX and len(node.args) == 1:
        return node.args[0]
    return node


def _pair(first: ast.expr, second: ast.expr) -> tuple[ast.expr, ast.Constant] | None:
    """The expression and the number among two operands, in either order."""
    for expression, number in ((first, second), (second, first)):
        if isinstance(number, ast.Constant) and type(number.value) in (int, float) and isinstance(expression, ast.Call):
            return expression, number
    return None
