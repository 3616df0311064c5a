"""A measure taken along an axis of tables of weights: ``jensenshannon(a, b, axis=0)`` and the array it shows.

SciPy's ``jensenshannon`` and ``entropy`` take 2-D arrays and work column by
column (``axis=0``, their default) or row by row (``axis=1``), normalising
each; an interactive session shows the values as one array
(``array([0.1954288, 0.1447697])``). Each number of that array is a claim
about one column (or row) of the tables the session gave its names, as if
that column were written in the call. A name must be given once, as a table
of plain numbers written out (``np.array([[1, 2], [3, 4]])``); the function must
be SciPy's (not one the document defines), and the array must show one value
for each column or row. Anything else is not read.

>>> import ast
>>> tree = ast.parse("a = [[1, 2], [3, 2]]\\nb = [[1, 1], [1, 1]]\\nentropy(a, b, base=2, axis=1)")
>>> [call.text() for call in axis_calls(tree.body[2].value, tree, 2)]
['D_KL(=1/3, 2/3||=1/2, 1/2)', 'D_KL(=3/5, 2/5||=1/2, 1/2)']
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Mapping

from kldocs.checker.code_calls import dotted, measure_call
from kldocs.checker.code_literals import ARRAYS, written_number
from kldocs.checker.code_numbers import stored_names
from kldocs.checker.code_terms import MeasureCall
from kldocs.checker.lazy_patterns import lazy

#: SciPy's functions that work along an axis of 2-D arrays.
_ALONG_AXIS = frozenset({"entropy", "jensenshannon"})
#: An array shown on one line: ``array([0.1954288, 0.1447697])``.
SHOWN_ARRAY = lazy(r"^[ \t]*array\(\[(?P<numbers>[-0-9.eE+, \t]{1,2000})\]\)[ \t]*$")
#: Most rows and columns of a table read.
MAX_SIDE = 50


def axis_calls(
    node: ast.expr, tree: ast.Module, count: int, bases: Mapping[str, str | None] | None = None
) -> list[MeasureCall]:
    """The measure of each column (or row) a call takes along an axis of tables ``tree`` gives names, when
    they are ``count``; else none."""
    if not isinstance(node, ast.Call) or not node.args:
        return []
    function = dotted(node.func).rpartition(".")[2]
    if function not in _ALONG_AXIS or (bases or {}).get(function, "e") != "e":
        return []  # a function of the document's own, or of another library: its axes are not known
    axis = next((keyword.value for keyword in node.keywords if keyword.arg == "axis"), ast.Constant(0))
    if not isinstance(axis, ast.Constant) or axis.value not in (0, 1) or isinstance(axis.value, bool):
        return []
    tables = [_table(argument, tree) for argument in node.args[:2]]
    if any(table is None for table in tables):
        return []
    sides = [
        table if axis.value == 1 else [list(column) for column in zip(*table, strict=True)] for table in tables if table
    ]
    if len({len(side) for side in sides}) != 1 or len(sides[0]) != count:
        return []
    calls = []
    keywords = [keyword for keyword in node.keywords if keyword.arg != "axis"]
    for vectors in zip(*sides, strict=True):
        arguments = [ast.List([copy.copy(item) for item in vector], ast.Load()) for vector in vectors]
        call = measure_call(ast.Call(node.func, [*arguments, *node.args[2:]], keywords), bases)
        if call is None:
            return []
        calls.append(call)
    return calls


def _table(node: ast.expr, tree: ast.Module) -> list[list[ast.expr]] | None:
    """The rows of a table of plain numbers an argument is (written out, or a name given one once), else None."""
    if isinstance(node, ast.Name):
        if stored_names(tree).get(node.id) != 1:
            return None
        given = [
            statement.value
            for statement in tree.body
            if isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and statement.targets[0].id == node.id
            and statement.lineno < node.lineno
        ]
        if len(given) != 1:
            return None
        node = given[0]
    if isinstance(node, ast.Call) and dotted(node.func) in ARRAYS and len(node.args) == 1 and not node.keywords:
        node = node.args[0]
    if not isinstance(node, ast.List | ast.Tuple) or not 2 <= len(node.elts) <= MAX_SIDE:
        return None
    rows = [row.elts if isinstance(row, ast.List | ast.Tuple) else [] for row in node.elts]
    if len({len(row) for row in rows}) != 1 or not 2 <= len(rows[0]) <= MAX_SIDE:
        return None
    if any(written_number(item) is None for row in rows for item in row):
        return None
    return [list(row) for row in rows]
