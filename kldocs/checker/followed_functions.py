r"""The functions code defines whose bodies are followed when they are called: plain statements, then a ``return``.

A body of assignments, ``+=``, loops and branches of such statements (:func:`plain`), ending in one ``return``
(:func:`straight`), is followed by :class:`~kldocs.checker.code_run.Run` with the parameters bound to the
arguments; any other function gives nothing certain.

>>> straight(ast.parse("def h(p):\n    s = 0\n    for x in p:\n        s -= x * math.log2(x)\n    return s").body[0])
True
>>> starred, unreturned = ast.parse("def h(p, *rest):\n    return p\ndef g(p):\n    p.sort()").body
>>> straight(starred), straight(unreturned)
(False, False)
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from kldocs.checker.code_values import Value


@dataclass(frozen=True)
class Defined:
    """A function the code defines whose body is followed (see :func:`plain`), then a ``return`` (a docstring may
    come first)."""

    node: ast.FunctionDef


Known = Value | Defined


def straight(node: ast.FunctionDef) -> bool:
    """Whether a function's body is followed: statements :func:`plain` says are, then one ``return`` at its end."""
    body = node.body[1:] if node.body and is_docstring(node.body[0]) else node.body
    if not body or not isinstance(body[-1], ast.Return) or body[-1].value is None:
        return False
    arguments = node.args
    followed = all(plain(statement) for statement in body[:-1])
    return followed and not (arguments.vararg or arguments.kwarg or arguments.posonlyargs or arguments.kwonlyargs)


def plain(statement: ast.stmt) -> bool:
    r"""A statement followed: an assignment or ``+=`` to plain names, ``pass``, a loop (no ``else``) or a branch made
    of such statements (``for x in p:`` / ``if x > 0:`` / ``h -= x * math.log2(x)``).

    >>> plain(ast.parse("for x in p:\n    if x > 0:\n        h -= x * math.log2(x)").body[0])
    True
    >>> plain(ast.parse("for x in p:\n    print(x)").body[0]), plain(ast.parse("p[0] = 0.5").body[0])
    (False, False)
    """
    if isinstance(statement, ast.Assign):
        return all(isinstance(target, ast.Name) for target in statement.targets)
    if isinstance(statement, ast.AugAssign):
        return isinstance(statement.target, ast.Name)
    if isinstance(statement, ast.For | ast.If):
        plain_else = not statement.orelse if isinstance(statement, ast.For) else all(map(plain, statement.orelse))
        return plain_else and all(map(plain, statement.body))
    return isinstance(statement, ast.Pass)


def is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
