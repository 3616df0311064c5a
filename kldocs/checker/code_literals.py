r"""Numbers code writes as lists, arrays and dicts: the probabilities ``[0.25, 0.75]``,
``np.array([1, 3]) / 4``, ``[0.5] * 2``, ``{"a": 0.5, "b": 0.5}``, read as written (nothing is run).

A list of numbers given to a measure stands among its call's arguments as :data:`LITERAL` and its numbers (see
:mod:`~kldocs.checker.code_calls`).

>>> from kldocs.checker.code_calls import ast_expression
>>> literal_numbers(ast_expression("np.array([0.25, 0.75])")), written_number(ast_expression("1/4"))
(['0.25', '0.75'], '1/4')
"""

from __future__ import annotations

import ast
import math
from fractions import Fraction

from kldocs.checker.code_terms import dotted

#: How a list of numbers given as an argument is written among the names of a call.
LITERAL = "="


def literal_numbers(node: ast.expr, normalised: bool = False, *, unsummed: bool = False) -> list[str] | None:
    """The numbers of a list of plain numbers that sum to 1 (``[0.5, 0.5]``; ``np.array([1, 3]) / 4`` is not one).

    ``normalised``: non-negative weights with another sum are divided by it, as the function called does;
    ``unsummed``: the numbers as written, whatever their sum.

    >>> from kldocs.checker.code_calls import ast_expression
    >>> literal_numbers(ast_expression("[0.25, 0.75]")), literal_numbers(ast_expression("[1, 3]"))
    (['0.25', '0.75'], None)
    >>> literal_numbers(ast_expression("[1, 3]"), normalised=True)
    ['1/4', '3/4']
    """
    if isinstance(node, ast.Call) and dotted(node.func) in ARRAYS and len(node.args) == 1:
        node = node.args[0]
    items = (
        _repeated(node)
        if isinstance(node, ast.BinOp | ast.Call)
        else node.elts
        if isinstance(node, ast.List | ast.Tuple)
        else dict_values(node) or []
        if isinstance(node, ast.Dict)
        else []
    )
    if not 2 <= len(items) <= 50:
        return None
    found = [written_number(item) for item in items]
    if any(item is None for item in found):
        return None
    written = [item for item in found if item is not None]
    total = sum(Fraction(item) for item in written)
    if total == 1 or unsummed:
        return written
    if not normalised or total <= 0 or any(Fraction(item) < 0 for item in written):
        return None
    return [str(Fraction(item) / total) for item in written]


#: Calls that make an array of a list as it is: NumPy arrays (also imported by name: ``from numpy import asarray``),
#: JAX's NumPy arrays, PyTorch and TensorFlow tensors.
ARRAYS = frozenset(
    {
        "array",
        "asarray",
        "np.array",
        "numpy.array",
        "np.asarray",
        "numpy.asarray",
        "jnp.array",
        "jnp.asarray",
        "torch.tensor",
        "torch.Tensor",
        "torch.as_tensor",
        "torch.FloatTensor",
        "tf.constant",
        "tf.convert_to_tensor",
        "tensorflow.constant",
    }
)


#: Methods that change an array's type or place, not its values: ``.astype('float32')``, ``.float()``, ``.to(device)``.
_CONVERSIONS = frozenset({"astype", "float", "double", "to", "type", "cpu"})


def unconverted(node: ast.expr) -> ast.expr:
    """The array an expression converts to another type or device (``np.array([...]).astype('float32')``,
    ``torch.tensor([...]).float()``), whose values are the same; the expression itself when it is no conversion.

    >>> from kldocs.checker.code_calls import ast_expression
    >>> ast.unparse(unconverted(ast_expression("np.array([0.5, 0.5]).astype(np.float32).to(device)")))
    'np.array([0.5, 0.5])'
    >>> ast.unparse(unconverted(ast_expression("p.astype(float, copy=False)")))
    'p.astype(float, copy=False)'
    """
    while (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in _CONVERSIONS
        and len(node.args) <= 1
        and not node.keywords
    ):
        node = node.func.value
    return node


def dict_values(node: ast.Dict) -> list[ast.expr] | None:
    """The values of a dict literal keyed by distinct plain strings or numbers, in order (``{'a': 0.5, 'b': 0.5}``).

    >>> from kldocs.checker.code_calls import ast_expression
    >>> len(dict_values(ast_expression("{'a': 0.5, 'b': 0.5}"))), dict_values(ast_expression("{**d, 'a': 1}"))
    (2, None)
    """
    keys = [key.value if isinstance(key, ast.Constant) else None for key in node.keys]
    if any(key is None or type(key) not in (str, int) for key in keys) or len(set(keys)) != len(keys):
        return None
    return list(node.values)


def dict_keys(node: ast.expr) -> tuple[str, ...] | None:
    """The keys of a dict literal (see :func:`dict_values`), as text; None for anything else."""
    if not isinstance(node, ast.Dict) or dict_values(node) is None:
        return None
    return tuple(repr(key.value) for key in node.keys if isinstance(key, ast.Constant))


#: ``dit.Distribution(outcomes, probabilities)``: a distribution of the ``dit`` library.
_OUTCOMES_FIRST = frozenset({"dit.Distribution", "Distribution"})


def distribution_outcomes(value: ast.expr) -> tuple[str, ...] | None:
    """The outcomes of ``dit.Distribution(['0', '1'], [1/2, 1/2])``, when they are ``'0'``, ``'1'``... in order, so
    that two such distributions of one length pair the same outcomes (``dit`` pairs them by name); else None.

    >>> from kldocs.checker.code_calls import ast_expression
    >>> distribution_outcomes(ast_expression("dit.Distribution(['0', '1'], [0.5, 0.5])"))
    ("'0'", "'1'")
    >>> distribution_outcomes(ast_expression("dit.Distribution(['1', '0'], [0.5, 0.5])")) is None
    True
    """
    if not isinstance(value, ast.Call) or dotted(value.func) not in _OUTCOMES_FIRST or len(value.args) != 2:
        return None
    listed = value.args[0]
    items = listed.elts if isinstance(listed, ast.List | ast.Tuple) else []
    outcomes = [item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)]
    if value.keywords or len(items) < 2 or outcomes != [str(index) for index in range(len(items))]:
        return None
    return tuple(repr(outcome) for outcome in outcomes)


def _repeated(node: ast.BinOp | ast.Call) -> list[ast.expr]:
    """The items of a list or array of one number repeated: ``[1/6] * 6`` (or ``6 * [1/6]``), ``np.ones(4) / 4``,
    ``np.ones(4) * 0.25``, ``np.full(4, 0.25)``, ``torch.full((4,), 0.25)``, ``np.repeat(0.25, 4)``; empty for
    anything else.

    >>> from kldocs.checker.code_calls import ast_expression
    >>> len(_repeated(ast_expression("[1/6] * 6"))), _repeated(ast_expression("[1, 2] * 2"))
    (6, [])
    >>> [ast.unparse(item) for item in _repeated(ast_expression("np.ones(3) / 3"))]
    ['1 / 3', '1 / 3', '1 / 3']
    """
    if isinstance(node, ast.Call):
        if any(keyword.arg != "dtype" for keyword in node.keywords) or len(node.args) != 2:
            return []
        name = dotted(node.func)
        if name in _FULL:  # np.full(shape, value)
            count, value = _count(node.args[0]), node.args[1]
        elif name in _REPEAT:  # np.repeat(value, count)
            count, value = _count(node.args[1]), node.args[0]
        else:
            return []
        return [value] * count if isinstance(value, ast.Constant | ast.BinOp) else []
    ones = node.left if isinstance(node.left, ast.Call) and dotted(node.left.func) in _ONES else None
    if ones is not None and len(ones.args) == 1 and all(keyword.arg == "dtype" for keyword in ones.keywords):
        count = _count(ones.args[0])
        if isinstance(node.op, ast.Div):
            return [ast.BinOp(ast.Constant(1), ast.Div(), node.right)] * count
        return [node.right] * count if isinstance(node.op, ast.Mult) else []
    if not isinstance(node.op, ast.Mult):
        return []
    for listed, times in ((node.left, node.right), (node.right, node.left)):
        if isinstance(listed, ast.List) and len(listed.elts) == 1 and (count := _count(times)):
            return listed.elts * count
    return []


#: Arrays of ones, and of one value repeated, as NumPy, JAX and PyTorch make them.
_ONES = frozenset({"np.ones", "numpy.ones", "jnp.ones", "torch.ones"})
_FULL = frozenset({"np.full", "numpy.full", "jnp.full", "torch.full"})
_REPEAT = frozenset({"np.repeat", "numpy.repeat", "jnp.repeat"})


def _count(node: ast.expr) -> int:
    """How many items a shape or a count gives: a whole number from 2 to 50, or a tuple or list of one; else 0."""
    if isinstance(node, ast.Tuple | ast.List) and len(node.elts) == 1:
        node = node.elts[0]
    value = node.value if isinstance(node, ast.Constant) else None
    return value if isinstance(value, int) and not isinstance(value, bool) and 2 <= value <= 50 else 0


#: Most bits of an integer in a list that is read.
_LONGEST_INTEGER = 64


def written_number(node: ast.expr) -> str | None:
    """A number in a list as written: ``0.25``, ``3``, or a fraction of two integers ``1/4``; else None.

    >>> from kldocs.checker.code_calls import ast_expression
    >>> [written_number(ast_expression(text)) for text in ("1/4", "0.25", "p", "1/0", "1e999")]
    ['1/4', '0.25', None, None, None]
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
        if isinstance(node.value, int) and node.value.bit_length() > _LONGEST_INTEGER:
            return None  # 10**400 has no float, and no list of probabilities holds it
        return repr(node.value) if math.isfinite(node.value) else None  # 1e999 is read by Python as infinity
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        top, bottom = written_number(node.left), written_number(node.right)
        if top is not None and bottom is not None and top.isdigit() and bottom.isdigit() and int(bottom):
            return f"{top}/{bottom}"
    return None
