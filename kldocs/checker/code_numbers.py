"""Lists of numbers a block of code gives names, worked out exactly: ``p = 0.4``, ``q = 1 - p``, ``coin = [p, q]``.

Code is parsed with :mod:`ast`, never run. Only statements at the top level of
the block are followed, and only names the block assigns once: a name also
assigned in a loop, a function or a second time could hold anything when the
list is made. A value is a number (a plain one, or ``+ - * /`` of numbers
and names that hold numbers) or a list of them, maybe in ``np.array(...)``
or ``torch.tensor(...)``; a name may stand for a list given above.

>>> import ast
>>> code = "p = 0.4\\nq = 1 - p\\ncoin = np.array([p, q])\\nc = torch.tensor(coin)\\nfair = [0.5, 0.5]\\nx = [p, p]"
>>> given_lists(ast.parse(code))
{'coin': (3, ['2/5', '3/5']), 'c': (4, ['2/5', '3/5']), 'fair': (5, ['0.5', '0.5'])}
>>> given_lists(ast.parse("t = torch.tensor(fair)"), {"fair": ["0.5", "0.5"]})
{'t': (1, ['0.5', '0.5'])}
>>> given_lists(ast.parse("coin = [0.5, 0.5]\\ncoin[0] = 0.9\\nflip = [0.5, 0.5]\\nflip.reverse()"))
{}
"""

from __future__ import annotations

import ast
from collections.abc import Mapping, Sequence
from fractions import Fraction
from functools import lru_cache

from kldocs.checker.code_calls import dotted
from kldocs.checker.code_literals import ARRAYS, dict_values, literal_numbers, written_number

Value = Fraction | tuple[Fraction, ...]
#: Calls that keep a list as it is: NumPy arrays and PyTorch tensors of it.
_ARRAYS = ARRAYS
#: Longest list read.
MAX_ITEMS = 50
_OPERATIONS = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b if b else None,
}


def given_lists(
    tree: ast.Module, earlier: Mapping[str, Sequence[str]] | None = None
) -> dict[str, tuple[int, list[str]]]:
    """The names the block assigns once to a list of numbers that sums to 1, with the line and the numbers
    (as written when the list is written out or named: ``torch.tensor(coin)`` is ``coin`` as written).

    ``earlier``: lists given above the block (by name), which its lists may be made of.
    """
    stored = stored_names(tree)
    earlier = earlier or {}
    # Only the names the block reads are looked up (a document may give thousands of lists above it).
    above = {name: list(earlier[name]) for name in read_names(tree) if name in earlier and name not in stored}
    known: dict[str, Value] = {name: tuple(Fraction(item) for item in numbers) for name, numbers in above.items()}
    found: dict[str, tuple[int, list[str]]] = {}
    for statement in tree.body:
        target = statement.targets[0] if isinstance(statement, ast.Assign) and len(statement.targets) == 1 else None
        if not isinstance(statement, ast.Assign) or not isinstance(target, ast.Name) or stored[target.id] != 1:
            continue
        written = literal_numbers(statement.value) or _named_list(statement.value, above, found)
        value = _value(statement.value, known) if written is None else tuple(Fraction(item) for item in written)
        if value is None:
            continue
        known[target.id] = value
        if written is None and isinstance(value, tuple) and sum(value) == 1 and min(value) >= 0:
            written = [str(item) for item in value]
        if written is not None:
            found[target.id] = (statement.lineno, written)
    return found


def given_numbers(tree: ast.Module) -> dict[str, tuple[int, Fraction]]:
    r"""The names the block's top level assigns once to a number, also several at once, with the line and the number.

    >>> given_numbers(ast.parse("a0, a1 = 1/4, 3/4\nb = a0 * 2\nc = [1, 2]"))
    {'a0': (1, Fraction(1, 4)), 'a1': (1, Fraction(3, 4)), 'b': (2, Fraction(1, 2))}
    """
    stored = stored_names(tree)
    known: dict[str, Value] = {}
    found: dict[str, tuple[int, Fraction]] = {}
    for statement in tree.body:
        if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            continue
        target, value = statement.targets[0], statement.value
        pairs = (
            list(zip(target.elts, value.elts, strict=True))
            if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts)
            else [(target, value)]
        )
        for name, item in pairs:
            number = _value(item, known) if isinstance(name, ast.Name) and stored[name.id] == 1 else None
            if isinstance(name, ast.Name) and isinstance(number, Fraction):
                known[name.id] = number
                found[name.id] = (statement.lineno, number)
    return found


@lru_cache(maxsize=64)
def stored_names(tree: ast.Module) -> dict[str, int]:
    """How many times the code assigns each name (anywhere: in loops, functions, ``+=``), a change in place
    (``coin[0] = 0.3``, ``coin.sort()``) counted as two. (Shared by the readers of a block: not to be changed.)"""
    stored: dict[str, int] = {}
    changed_names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            stored[node.id] = stored.get(node.id, 0) + 1
        changed = changed_name(node)
        if changed is not None:  # coin[0] = 0.3, coin.append(0.1): as good as assigned again
            stored[changed] = stored.get(changed, 0) + 2
            changed_names.add(changed)
    for statement in tree.body if changed_names else ():  # s = coin, then s[0] = 0.3 changes coin too
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Name):
            names = {statement.value.id} | {target.id for target in statement.targets if isinstance(target, ast.Name)}
            if names & changed_names:
                for name in names:
                    stored[name] = stored.get(name, 0) + 2
    return stored


@lru_cache(maxsize=64)
def read_names(tree: ast.Module) -> frozenset[str]:
    """The names the code reads (anywhere): the only ones that what blocks above gave can matter to.

    >>> sorted(read_names(ast.parse("coin = np.array(fair)\\nx = coin")))
    ['coin', 'fair', 'np']
    """
    return frozenset(
        node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
    )


def given_rows(tree: ast.Module) -> dict[str, tuple[int, list[str]]]:
    """The names the block assigns once to one row of numbers that sums to 1, a batch of one distribution
    (``torch.tensor([[0.1, 0.6, 0.3]])``), with the line and the numbers.

    >>> given_rows(ast.parse("p = torch.tensor([[0.25, 0.75]])\\nq = [[0.5, 0.5], [0.9, 0.1]]\\nr = [0.5, 0.5]"))
    {'p': (1, ['0.25', '0.75'])}
    """
    stored = stored_names(tree)
    found: dict[str, tuple[int, list[str]]] = {}
    for statement in tree.body:
        target = statement.targets[0] if isinstance(statement, ast.Assign) and len(statement.targets) == 1 else None
        if not isinstance(statement, ast.Assign) or not isinstance(target, ast.Name) or stored[target.id] != 1:
            continue
        value = statement.value
        if isinstance(value, ast.Call) and dotted(value.func) in _ARRAYS and len(value.args) == 1:
            value = value.args[0]
        if isinstance(value, ast.List | ast.Tuple) and len(value.elts) == 1:
            row = value.elts[0]
            numbers = literal_numbers(row) if isinstance(row, ast.List | ast.Tuple) else None
            if numbers is not None:
                found[target.id] = (statement.lineno, numbers)
    return found


#: Methods that change a list or an array in place.
_MUTATORS = frozenset({"append", "extend", "insert", "pop", "remove", "sort", "reverse", "clear", "fill", "resize"})


def changed_name(node: ast.AST) -> str | None:
    """The name a statement changes in place, if any: ``a[0] = ...``, ``a[1:] += ...``, ``a.sort()``."""
    if isinstance(node, ast.Subscript) and not isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name):
        return node.value.id
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
        return node.func.value.id if node.func.attr in _MUTATORS or node.func.attr.endswith("_") else None
    return None


def _named_list(
    node: ast.expr, above: Mapping[str, list[str]], found: Mapping[str, tuple[int, list[str]]]
) -> list[str] | None:
    """The numbers as written of a list given another name: ``torch.tensor(coin)``, ``np.array(coin)``, ``coin``."""
    if isinstance(node, ast.Call) and dotted(node.func) in _ARRAYS and len(node.args) == 1:
        node = node.args[0]
    if not isinstance(node, ast.Name):
        return None
    return found[node.id][1] if node.id in found else above.get(node.id)


#: Items that are never a number: a list of lists (rows, or lists nested 199 deep) is not read item by item.
_CONTAINERS = (ast.List, ast.Tuple, ast.Dict, ast.Set, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _value(node: ast.expr, known: Mapping[str, Value]) -> Value | None:
    """The number or list of numbers an expression makes, or None for anything else."""
    if isinstance(node, ast.Constant):
        written = written_number(node)  # a finite number (Python reads 1e999 as infinity)
        return Fraction(written) if written is not None else None
    if isinstance(node, ast.Name):
        return known.get(node.id)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        operand = _value(node.operand, known)
        return (-operand if isinstance(node.op, ast.USub) else operand) if isinstance(operand, Fraction) else None
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATIONS:
        left, right = _value(node.left, known), _value(node.right, known)
        if isinstance(left, Fraction) and isinstance(right, Fraction):
            return _OPERATIONS[type(node.op)](left, right)
        return None
    if isinstance(node, ast.Dict) and (values := dict_values(node)) is not None:
        node = ast.List(values, ast.Load())  # {'a': 0.5, 'b': 0.5}: the values in order
    if isinstance(node, ast.List | ast.Tuple) and 1 <= len(node.elts) <= MAX_ITEMS:
        numbers: list[Fraction] = []
        for item in node.elts:  # up to the first that is no number: a list in a list is none, so is not read
            number = None if isinstance(item, _CONTAINERS) else _value(item, known)
            if not isinstance(number, Fraction):
                return None
            numbers.append(number)
        return tuple(numbers)
    if isinstance(node, ast.Call) and dotted(node.func) in _ARRAYS and len(node.args) == 1:
        inner = _value(node.args[0], known)
        return inner if isinstance(inner, tuple) else None
    return None
