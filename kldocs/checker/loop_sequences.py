"""What a loop or a comprehension goes through, and the names its target gives for each item.

A list followed, ``range(n)``, ``zip(a, b)``, ``enumerate(a)`` and a dict's ``items()``, ``values()`` and ``keys()``
are gone through item by item (:func:`sequence_of`); a target (``p``, or ``i, p``) binds each item's parts
(:func:`bind`). A dict's key is a string, and a name it binds holds no number.

>>> from kldocs.checker.code_run import Run
>>> run = Run({})
>>> loop = ast.parse("for i, p in enumerate([0.5, 0.25]): pass").body[0]
>>> [bind(loop.target, each)["p"].value for each in sequence_of(run.value(loop.iter), loop.iter, run)]
[0.5, 0.25]
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Protocol

from kldocs.checker.code_arithmetic import Worked
from kldocs.checker.code_values import MAX_ITEMS, Items, Keyed, Value
from kldocs.checker.followed_functions import Known


class Reader(Protocol):
    """What the items are read with: :class:`~kldocs.checker.code_run.Run`."""

    def value(self, node: ast.expr, depth: int = 0) -> Known | None:
        """What an expression gives, or None when it is not certain."""

    def lookup(self, name: str) -> Known | None:
        """What a name holds here."""


@dataclass(frozen=True)
class _Key:
    """A dict's key (a string) as a loop over the dict gives it: a name it binds holds no number."""

    text: str


@dataclass(frozen=True)
class _Pair:
    """A key and its value, as a dict's ``items()`` gives them."""

    parts: tuple[_Key, Value]


def sequence_of(
    value: Known | None, node: ast.expr, run: Reader, depth: int = 0, most: int = MAX_ITEMS
) -> list[Value | _Key | _Pair] | None:
    """What a comprehension goes through: a list's items, ``range(n)`` (``n`` no more than ``most``), ``zip(a, b)``,
    ``enumerate(a)``, a dict's ``items()`` (key and value), ``values()`` or ``keys()``."""
    if isinstance(value, Items):
        return list(value.items)
    entries = _entries(node, run, depth)
    if entries is not None:
        return entries
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or node.keywords:
        return None
    if node.func.id in ("range", "zip", "enumerate") and run.lookup(node.func.id) is not None:
        return None  # the code's own function of that name
    parts = [run.value(each, depth + 1) for each in node.args]
    if node.func.id == "range" and len(parts) == 1 and isinstance(parts[0], Worked) and parts[0].value.is_integer():
        count = int(parts[0].value)
        return [Worked(str(i), float(i), float(i), False) for i in range(count)] if 0 <= count <= most else None
    lists = [part.items for part in parts if isinstance(part, Items)]
    if len(lists) != len(parts) or not lists:
        return None
    if node.func.id == "zip" and len({len(each) for each in lists}) == 1:
        return [Items(row, False) for row in zip(*lists, strict=True)]
    if node.func.id == "enumerate" and len(lists) == 1:
        return [Items((Worked(str(i), float(i), float(i), False), each), False) for i, each in enumerate(lists[0])]
    return None


def _entries(node: ast.expr, run: Reader, depth: int) -> list[Value | _Key | _Pair] | None:
    """A dict's entries a loop goes through: ``d.items()`` (pairs of key and value), ``d.values()``, ``d.keys()``."""
    function = node.func if isinstance(node, ast.Call) and not node.args and not node.keywords else None
    if not isinstance(function, ast.Attribute) or function.attr not in ("items", "values", "keys"):
        return None
    owner = run.value(function.value, depth + 1)
    if not isinstance(owner, Keyed):
        return None
    if function.attr == "values":
        return list(owner.values)
    keys = [_Key(key) for key in owner.keys]
    return list(keys) if function.attr == "keys" else [_Pair((k, v)) for k, v in zip(keys, owner.values, strict=True)]


def bind(target: ast.expr, value: Value | _Key | _Pair) -> dict[str, Known | None] | None:
    """The names a comprehension's target gives for one item (``p``, or ``val, prob`` from a pair)."""
    if isinstance(target, ast.Name):
        return {target.id: None if isinstance(value, _Key | _Pair) else value}
    parts = value.items if isinstance(value, Items) else value.parts if isinstance(value, _Pair) else None
    if isinstance(target, ast.Tuple) and parts is not None and len(target.elts) == len(parts):
        bound: dict[str, Known | None] = {}
        for each, part in zip(target.elts, parts, strict=True):
            inner = bind(each, part)
            if inner is None:
                return None
            bound.update(inner)
        return bound
    return None
