r"""A joint distribution that code builds from an input's distribution and a channel's matrix: ``p_x[:, None] * W``.

A binary symmetric channel's joint table is often not written out but computed: the input's distribution
``p_x = np.array([0.5, 0.5])`` and the channel ``W = np.array([[0.9, 0.1], [0.1, 0.9]])`` (row x is the
distribution of the output given x), then ``p_xy = p_x[:, None] * W`` (also ``p_x[:, np.newaxis] * W``,
``p_x.reshape(-1, 1) * W``, ``np.diag(p_x) @ W``, with the factors either way round where they commute). The joint
is then ``p_x[i] * W[i][j]``. Both must be literals assigned once in the code, the input's numbers summing to 1 and
each row of the channel too; ``p_x * W`` (which scales the columns, not the rows) and anything else build nothing.

>>> import ast
>>> code = "p_x = np.array([0.25, 0.75])\nW = np.array([[0.9, 0.1], [0.1, 0.9]])\np_xy = p_x[:, None] * W\n"
>>> [[str(cell) for cell in row] for row in channel_joint(ast.parse(code))]
[['9/40', '1/40'], ['3/40', '27/40']]
"""

from __future__ import annotations

import ast
import math
from fractions import Fraction

#: Most rows or columns of a channel read.
MAX_SIDE = 30


def channel_joint(tree: ast.AST) -> list[list[Fraction]] | None:
    """The joint table the code builds as an input's distribution times a channel's matrix, or None."""
    assigned: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            assigned.setdefault(node.targets[0].id, []).append(node.value)
    built = None
    for values in assigned.values():
        for value in values:
            factors = _factors(value)
            if factors is None:
                continue
            vector, matrix = (_literal(assigned, name) for name in factors)
            if vector is None or matrix is None or built is not None:
                return None  # names not known, or two joints built
            built = _joint(vector, matrix)
            if built is None:
                return None
    return built


def _factors(node: ast.expr) -> tuple[str, str] | None:
    """The names of the input's distribution and of the channel a product multiplies, row by row; or None."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        for column, other in ((node.left, node.right), (node.right, node.left)):
            vector = _as_column(column)
            if vector is not None and isinstance(other, ast.Name):
                return vector, other.id
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult) and isinstance(node.right, ast.Name):
        diagonal = node.left
        if (
            isinstance(diagonal, ast.Call)
            and ast.unparse(diagonal.func) in ("np.diag", "numpy.diag")
            and len(diagonal.args) == 1
            and isinstance(diagonal.args[0], ast.Name)
            and not diagonal.keywords
        ):
            return diagonal.args[0].id, node.right.id
    return None


def _as_column(node: ast.expr) -> str | None:
    """The name of a vector made a column: ``p[:, None]``, ``p[:, np.newaxis]``, ``p.reshape(-1, 1)``."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(node.slice, ast.Tuple):
        first, *rest = node.slice.elts
        whole = isinstance(first, ast.Slice) and first.lower is None and first.upper is None and first.step is None
        if whole and len(rest) == 1 and ast.unparse(rest[0]) in ("None", "np.newaxis", "numpy.newaxis"):
            return node.value.id
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "reshape"
        and isinstance(node.func.value, ast.Name)
        and ast.unparse(node).endswith(".reshape(-1, 1)")
    ):
        return node.func.value.id
    return None


def _literal(assigned: dict[str, list[ast.expr]], name: str) -> list[ast.expr] | None:
    """The items of the list a name is given once as a literal (maybe in ``np.array``), or None."""
    values = assigned.get(name, [])
    if len(values) != 1:
        return None
    node = values[0]
    if isinstance(node, ast.Call) and ast.unparse(node.func) in ("np.array", "numpy.array") and len(node.args) == 1:
        node = node.args[0]
    if not isinstance(node, ast.List | ast.Tuple) or not 2 <= len(node.elts) <= MAX_SIDE:
        return None
    return node.elts


def _numbers(items: list[ast.expr]) -> list[Fraction] | None:
    """The numbers a list's items are, when each is one."""
    cells = [number_value(item) for item in items]
    return None if None in cells else [cell for cell in cells if cell is not None]


def _joint(vector: list[ast.expr], matrix: list[ast.expr]) -> list[list[Fraction]] | None:
    """``vector[i] * matrix[i][j]``, when the vector is a distribution and each row of the matrix is one."""
    inputs = _numbers(vector)
    rows = [_numbers(row.elts) if isinstance(row, ast.List | ast.Tuple) else None for row in matrix]
    if inputs is None or sum(inputs) != 1 or len(rows) != len(inputs):
        return None
    if any(row is None or len(row) != len(rows[0] or ()) or sum(row) != 1 for row in rows):
        return None
    return [[weight * cell for cell in row or ()] for weight, row in zip(inputs, rows, strict=True)]


def number_value(node: ast.expr) -> Fraction | None:
    """A non-negative number or quotient of numbers (``1 / 8``, ``0.125``), exact."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
        return Fraction(repr(node.value)) if math.isfinite(node.value) and node.value >= 0 else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        top, bottom = number_value(node.left), number_value(node.right)
        return top / bottom if top is not None and bottom else None
    return None
