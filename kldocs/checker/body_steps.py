r"""A function body's steps put together: the value it returns, written as one expression of its parameters.

Notebooks of deep-learning books compute a measure in steps, with their library's own sum and conversions:

    def entropy(p):
        entropy = - p * np.log2(p)
        out = nansum(entropy.as_nd_ndarray())
        return out

Each step that gives a new name a value once (not a parameter) is put in place of that name, and the
library's wrappers are taken for what they compute: ``nansum`` (NumPy's or MXNet's, which skip the NaN of
``0 log 0`` as a sum written out skips zeros) is a sum, and ``.as_nd_ndarray()``, ``.asnumpy()``, ``.numpy()``
and ``.item()`` leave the values as they are. The expression is then read as any returned one
(:mod:`~kldocs.checker.code_functions`). Parsed with :mod:`ast`, never run.

>>> tree = ast.parse("def h(p):\n    t = - p * np.log2(p)\n    out = nansum(t.as_nd_ndarray())\n    return out")
>>> ast.unparse(returned_value(tree.body[0].body, ("p",)))
'-np.sum(p * np.log2(p))'
"""

from __future__ import annotations

import ast
from collections.abc import Sequence

from kldocs.checker.code_terms import dotted

#: Sums that skip NaN: the ``0 log 0`` terms of a sum written out over arrays.
_NAN_SUMS = frozenset({"nansum", "np.nansum", "numpy.nansum", "nd.nansum", "mx.nd.nansum", "torch.nansum"})
#: Methods that convert an array to another library's, or to a number, keeping its values.
_CONVERSIONS = frozenset({"as_nd_ndarray", "as_np_ndarray", "asnumpy", "numpy", "item", "asscalar"})
#: Most steps put together in one body.
_MOST_STEPS = 8


def returned_value(statements: Sequence[ast.stmt], parameters: tuple[str, ...]) -> ast.expr | None:
    """What the body returns, its steps put in place; None unless every statement before the ``return`` gives a
    new name (no parameter, none given twice) a value."""
    if not statements or len(statements) > _MOST_STEPS + 1 or not isinstance(statements[-1], ast.Return):
        return None
    returned = statements[-1].value
    steps: dict[str, ast.expr] = {}
    for statement in statements[:-1]:
        if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            return None
        target = statement.targets[0]
        if not isinstance(target, ast.Name) or target.id in parameters or target.id in steps:
            return None
        steps[target.id] = _Put(steps).visit(statement.value)
    return None if returned is None else _Put(steps).visit(returned)


class _Put(ast.NodeTransformer):
    """Puts the steps' values in place of their names, and the library's sums and conversions as NumPy writes them."""

    def __init__(self, steps: dict[str, ast.expr]) -> None:
        self.steps = steps

    def visit_Name(self, node: ast.Name) -> ast.expr:
        return self.steps.get(node.id, node)

    def visit_Call(self, node: ast.Call) -> ast.expr:
        self.generic_visit(node)
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr in _CONVERSIONS and not node.args:
            return function.value
        if dotted(function) in _NAN_SUMS and len(node.args) == 1 and not node.keywords:
            negative, summed = _sign_out(node.args[0])
            total = ast.Call(ast.Attribute(ast.Name("np", ast.Load()), "sum", ast.Load()), [summed], [])
            return ast.UnaryOp(ast.USub(), total) if negative else total
        return node


def _sign_out(node: ast.expr) -> tuple[bool, ast.expr]:
    """A minus sign in front of the terms taken out (``- p * np.log2(p)`` is ``-(p * np.log2(p))``), so that the sum
    is written as a sum written out is read.

    >>> negative, rest = _sign_out(ast.parse("- p * np.log2(p)", mode="eval").body)
    >>> negative, ast.unparse(rest)
    (True, 'p * np.log2(p)')
    """
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return True, node.operand
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult | ast.Div):
        negative, left = _sign_out(node.left)
        return negative, ast.BinOp(left, node.op, node.right) if negative else node
    return False, node
