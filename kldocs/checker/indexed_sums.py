"""A measure written out term by term over the items of lists: ``a[0]*np.log(a[0]/b[0]) + a[1]*np.log(a[1]/b[1])``.

Code is parsed with :mod:`ast`, never run. The sum is a measure only when
each index of the lists is there once, the lists are as long as the terms
are many, and the sign is the measure's (a sum over some of the outcomes,
or with its sign flipped, is not read).

>>> from kldocs.checker.code_calls import ast_expression
>>> indexed_sum(ast_expression("-(a[0]*np.log2(a[0]) + a[1]*np.log2(a[1]))"), {"a": 2}).text()
'H(a)'
"""

from __future__ import annotations

import ast
from collections.abc import Mapping

from kldocs.checker.code_terms import MeasureCall, is_log, log_base


def indexed_sum(node: ast.expr | None, lengths: Mapping[str, int]) -> MeasureCall | None:
    """A measure written out term by term over lists of known ``lengths``: every index once, the sign right.

    ``a[0]*np.log(a[0]/b[0]) + a[1]*np.log(a[1]/b[1])`` is D_KL(a||b) when a and b have two items;
    ``-(a[0]*np.log2(a[0]) + ...)`` is H(a), ``-(a[0]*np.log(b[0]) + ...)`` is H(a, b).

    >>> from kldocs.checker.code_calls import ast_expression
    >>> indexed_sum(ast_expression("a[0]*np.log(a[0]/b[0]) + a[1]*np.log(a[1]/b[1])"), {"a": 2, "b": 2})
    MeasureCall(measure='kl', names=('a', 'b'), base='e', function='indexed')
    >>> indexed_sum(ast_expression("a[0]*np.log(a[0]/b[0]) + a[1]*np.log(a[1]/b[1])"), {"a": 3, "b": 3}) is None
    True
    """
    negated = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
    total = node.operand if isinstance(node, ast.UnaryOp) and negated else node
    terms: list[ast.expr] = []
    while isinstance(total, ast.BinOp) and isinstance(total.op, ast.Add):
        terms.append(total.right)
        total = total.left
    if total is None:
        return None
    terms.append(total)
    shapes = {_indexed_term(term) for term in terms}
    shape = shapes.pop() if len(shapes) == 1 else None
    if shape is None or len(terms) < 2:
        return None
    measure, first, second, base, sign = shape
    indices = sorted(index for term in terms if (index := _index(term)) is not None)
    if indices != list(range(len(terms))) or {lengths.get(first), lengths.get(second)} != {len(terms)}:
        return None
    if sign * (-1 if negated else 1) != (1 if measure == "kl" else -1):
        return None
    names = (first,) if measure == "entropy" else (first, second)
    return MeasureCall(measure, names, base, "indexed")


def _indexed_term(term: ast.expr) -> tuple[str, str, str, str | None, int] | None:
    """``a[i] * log(a[i] / b[i])``, ``a[i] * log(b[i])`` (maybe after a minus): measure, names, base and sign."""
    sign = -1 if isinstance(term, ast.UnaryOp) and isinstance(term.op, ast.USub) else 1
    term = term.operand if isinstance(term, ast.UnaryOp) and sign < 0 else term
    if not isinstance(term, ast.BinOp) or not isinstance(term.op, ast.Mult):
        return None
    for weight, log in ((term.left, term.right), (term.right, term.left)):
        if not isinstance(log, ast.Call) or not is_log(log) or len(log.args) != 1 or log.keywords:
            continue
        first, argument = _item(weight), log.args[0]
        if first is None:
            continue
        if isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Div):
            top, bottom = _item(argument.left), _item(argument.right)
            if top == first and bottom is not None and bottom[1] == first[1]:
                return "kl", first[0], bottom[0], log_base(log), sign
        elif (logged := _item(argument)) is not None and logged[1] == first[1]:
            measure = "entropy" if logged[0] == first[0] else "cross_entropy"
            return measure, first[0], logged[0], log_base(log), sign
    return None


def _item(node: ast.expr) -> tuple[str, int] | None:
    """``a[2]``: the name and the index, or None."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(node.slice, ast.Constant):
        index = node.slice.value
        return (node.value.id, index) if type(index) is int else None
    return None


def _index(term: ast.expr) -> int | None:
    """The index of the first item a term names (``a[1] * log(...)`` gives 1)."""
    for node in ast.walk(term):
        if isinstance(node, ast.expr) and (item := _item(node)) is not None:
            return item[1]
    return None
