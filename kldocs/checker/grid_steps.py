r"""Prints of a sum over a grid times the grid's step: the integral a KL of two densities is, as code writes it.

``np.sum(p * np.log(p / q)) * dx`` with ``dx`` the step of the grid ``p`` and ``q`` are sampled on (a number
equal to it, a name given one, or ``x[1] - x[0]``), and ``np.trapz(p * np.log(p / q), x)`` (or ``dx=`` the
step; ``np.trapezoid``, ``scipy.integrate.trapezoid``/``simpson``), print the KL itself, not the sum without the
step. :func:`without_steps` gives the code back with each such value written as its sum alone, so that the
printed values are read as the sums are (:mod:`~kldocs.checker.printed_output`), and says which prints (in
order, those at the top level) carried the step. Code is parsed with :mod:`ast`, never run.

>>> from kldocs.checker.code_grids import GridNames
>>> names = GridNames()
>>> names.read("x = np.arange(-5, 5, 0.01)\ndx = 0.01")
>>> code, stepped = without_steps("print(np.sum(p * np.log(p / q)) * dx)\nprint(np.sum(p))", names)
>>> code.splitlines()[0], stepped
('print(np.sum(p * np.log(p / q)))', [True, False])
"""

from __future__ import annotations

import ast
import copy
import math

from kldocs.checker.code_grids import Grid, GridNames
from kldocs.checker.code_names import parsed
from kldocs.checker.code_terms import dotted

#: Functions that integrate values sampled on a grid: their first argument, with the points or ``dx=``.
_INTEGRATORS = frozenset(
    {"np.trapz", "np.trapezoid", "numpy.trapz", "numpy.trapezoid", "trapz", "trapezoid", "simpson", "simps"}
    | {"scipy.integrate.trapezoid", "scipy.integrate.simpson", "integrate.trapezoid", "integrate.simpson"}
)


def without_steps(code: str, names: GridNames) -> tuple[str, list[bool]]:
    """The code with each printed sum-times-step written as the sum, and for each top-level print whether it
    printed such a value; the code as it is (and no print marked) when nothing is changed."""
    shared = parsed(code) if names.grids else None
    prints = [
        statement.value
        for statement in (shared.body if shared is not None else [])
        if isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Call)
        and dotted(statement.value.func) == "print"
    ]
    sums = _named_sums(shared) if shared is not None else frozenset()
    if shared is None or not any(_step_in(call, names, sums) for call in prints):
        return code, []
    tree = copy.deepcopy(shared)  # the parsed tree is shared by all readers: it is changed only in a copy
    stepped: list[bool] = []
    for statement in tree.body:
        call = statement.value if isinstance(statement, ast.Expr) else None
        if isinstance(call, ast.Call) and dotted(call.func) == "print":
            stepped.append(_step_in(call, names, sums, change=True))
    return ast.unparse(tree), stepped


def _named_sums(tree: ast.Module) -> frozenset[str]:
    r"""The names the code gives a sum, once (``kl = np.sum(p * np.log(p / q))``): ``kl * dx`` is that sum times the
    step.

    >>> sorted(_named_sums(ast.parse("kl = np.sum(p * np.log(p / q))\nt = p.sum()\nt = 2\nn = len(p)")))
    ['kl']
    """
    given: dict[str, bool] = {}
    for statement in tree.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                assert isinstance(statement, ast.Assign)
                given[target.id] = target.id not in given and len(targets) == 1 and _is_sum(statement.value)
    return frozenset(name for name, summed in given.items() if summed)


def _step_in(call: ast.Call, names: GridNames, sums: frozenset[str], *, change: bool = False) -> bool:
    """Whether a print shows a sum times a grid's step; with ``change``, each such value is made the sum alone.
    ``sums``: the names given a sum."""
    found = False
    for index, argument in enumerate(call.args):
        parts = (
            [part for part in argument.values if isinstance(part, ast.FormattedValue)]
            if isinstance(argument, ast.JoinedStr)
            else [argument]
        )
        for part in parts:
            summed = _summed(part.value if isinstance(part, ast.FormattedValue) else part, names, sums)
            found = found or summed is not None
            if summed is not None and change and isinstance(part, ast.FormattedValue):
                part.value = summed
            elif summed is not None and change:
                call.args[index] = summed
    return found


def _summed(value: ast.expr, names: GridNames, sums: frozenset[str] = frozenset()) -> ast.expr | None:
    """The sum that ``value`` multiplies by the step of a grid (or integrates on it), or None; ``sums``: the names
    given a sum."""
    if isinstance(value, ast.Call) and dotted(value.func) in ("float", "round", "np.round") and value.args:
        inner = _summed(value.args[0], names, sums)
        if inner is None:
            return None
        return ast.Call(value.func, [inner, *value.args[1:]], value.keywords)
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult):
        for total, step in ((value.left, value.right), (value.right, value.left)):
            if (_is_sum(total) or (isinstance(total, ast.Name) and total.id in sums)) and _is_step(step, names):
                return total
        return None
    if isinstance(value, ast.Call) and dotted(value.func) in _INTEGRATORS and value.args:
        keywords = {keyword.arg: keyword.value for keyword in value.keywords}
        if len(value.args) == 2 and not keywords and names.grid(value.args[1]) is not None:
            return ast.Call(ast.Attribute(ast.Name("np", ast.Load()), "sum", ast.Load()), [value.args[0]], [])
        if len(value.args) == 1 and set(keywords) == {"dx"} and _is_step(keywords["dx"], names):
            return ast.Call(ast.Attribute(ast.Name("np", ast.Load()), "sum", ast.Load()), [value.args[0]], [])
    return None


def _is_sum(node: ast.expr) -> bool:
    """``np.sum(...)``, ``sum(...)`` or ``(...).sum()``."""
    if not isinstance(node, ast.Call):
        return False
    function = node.func
    return (isinstance(function, ast.Attribute) and function.attr == "sum") or dotted(function) == "sum"


def _is_step(node: ast.expr, names: GridNames) -> bool:
    """Whether ``node`` is the step of one of the grids the code has made: a number equal to it, or ``x[1] - x[0]``."""
    number = names.number(node)
    number = names.step(node) if number is None else number
    return number is not None and any(_same(float(number), grid) for grid in names.grids.values())


def _same(step: float, grid: Grid) -> bool:
    return math.isclose(step, grid.step, rel_tol=1e-9)
