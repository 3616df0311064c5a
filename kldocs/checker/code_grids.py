r"""Densities that code samples on a grid, and functions of its own that compute normal densities or their KL.

Students approximate the KL divergence of two densities by sampling them on a grid and summing:
``x = np.arange(-10, 10, 0.001)``, ``p = norm.pdf(x, 0, 2)``, ``q = norm.pdf(x, 1, 2.5)``, then
``np.sum(p * np.log(p / q))``. :class:`GridNames` follows a program's statements in order (every
block of a document in turn, as a notebook's cells share their names) and keeps, for each name, the
number, the grid (``np.arange(a, b, step)``, ``np.linspace(a, b, n)``) or the normal density on a grid
it was given: SciPy's ``norm.pdf(x, mu, sigma)`` (or ``loc=``/``scale=``, or ``norm(mu, sigma).pdf(x)``),
or a function of the document's own whose body is the normal density (checked by evaluating its formula
at a few points, never by running it). A name given any other value is forgotten.

A function of the document's own named for the KL divergence of normals (``kl_divergence_normal(mu_p,
sigma_p, mu_q, sigma_q)``) is read by its parameters' names (the first mean and spread are the first
normal's; ``var`` names a variance), and its body, when it is a formula of numbers, is evaluated the same way.
Code is parsed with :mod:`ast`, never run; :func:`evaluate` reads only arithmetic, powers, ``sqrt``,
``exp``, logarithms and ``pi``.

>>> names = GridNames()
>>> names.read("from scipy.stats import norm\nx = np.arange(-10, 10, 0.001)\np = norm.pdf(x, 0, 2)")
>>> names.densities["p"].mean, names.densities["p"].scale, names.densities["p"].grid.count
(Fraction(0, 1), Fraction(2, 1), 20000)
>>> names.read("def kl_normal(m1, s1, m2, s2):\n    return np.log(s2 / s1) + (s1**2 + (m1 - m2)**2) / (2 * s2**2) - .5")
>>> names.normal_kl["kl_normal"].roles, names.normal_kl["kl_normal"].variance, names.normal_kl["kl_normal"].exact
((0, 1, 2, 3), False, True)
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from kldocs.checker.code_names import parsed
from kldocs.checker.code_terms import dotted
from kldocs.checker.lazy_patterns import lazy

#: Most points of a grid reproduced (more is not read).
MAX_POINTS = 1_000_000
#: Deepest formula evaluated.
MAX_DEPTH = 60
_MODULES = frozenset({"np", "numpy", "math", "torch", "jnp", "sp", "scipy"})
_ONE_ARGUMENT: dict[str, Callable[[float], float]] = {
    "sqrt": math.sqrt,
    "exp": math.exp,
    "log": math.log,
    "log2": math.log2,
    "log10": math.log10,
    "square": lambda value: value * value,
    "abs": abs,
    "fabs": abs,
}
_CONSTANTS = {"pi": math.pi, "e": math.e}
#: A parameter's name that says a mean, a standard deviation or a variance.
_MEAN = lazy(r"(?i)^(?:mu|mean|m|loc)_?[a-z0-9]?$|^(?:mu|mean)")
_SPREAD = lazy(r"(?i)^(?:sigma|std|sd|s|scale)_?[a-z0-9]?$|^(?:sigma|std)")
_VARIANCE = lazy(r"(?i)^(?:var|variance|sigma_?sq|sig_?sq)_?[a-z0-9]?$")
#: A function's name that says the KL divergence of normal distributions.
NORMAL_KL = lazy(r"(?i)(?:kl|kullback).*(?:norm|gauss)|(?:norm|gauss).*(?:kl|kullback)")
#: Points and parameters a formula is tried at: (x, mean, standard deviation).
_POINTS = ((0.3, 0.0, 1.0), (-1.7, 0.5, 2.0), (2.2, -1.0, 0.7))
#: Parameters of two normals a KL formula is tried at: (mean, spread, mean, spread).
_PAIRS = ((0.0, 1.0, 1.0, 2.0), (0.5, 1.5, -1.0, 0.4), (-2.0, 1.25, 0.4, 3.5))


@dataclass(frozen=True)
class Grid:
    """Equally spaced points as ``np.arange`` or ``np.linspace`` makes them, and how the code wrote them."""

    start: float
    stop: float
    count: int
    step: float
    text: str
    linspace: bool
    endpoint: bool = True

    def points(self) -> Any:
        """The points, as NumPy computes them (an array)."""
        import numpy as np

        if self.linspace:
            return np.linspace(self.start, self.stop, self.count, endpoint=self.endpoint)
        return np.arange(self.start, self.stop, self.step)


@dataclass(frozen=True)
class Density:
    """The normal density N(mean, scale²) at each point of a grid."""

    grid: Grid
    mean: Fraction
    scale: Fraction
    text: str

    def mention(self) -> str:
        """How the family is written in notes: ``N(0, 2²)``."""
        return f"N({plain(self.mean)}, {plain(self.scale)}²)"


@dataclass(frozen=True)
class NormalKL:
    """A function of the document's own for the KL divergence of two normals.

    ``roles``: the positions of the first mean, first spread, second mean and second spread among its
    parameters; ``variance``: the spreads are variances; ``exact``: its body is the closed form (evaluated at
    a few sets of parameters); ``formula``: the body as a function of its parameters, when it could be read.
    """

    name: str
    roles: tuple[int, int, int, int]
    variance: bool
    exact: bool
    formula: Callable[[Sequence[float]], float | None] | None = None


@dataclass
class GridNames:
    """What the names of a program stand for, statement after statement."""

    numbers: dict[str, Fraction] = field(default_factory=dict)
    grids: dict[str, Grid] = field(default_factory=dict)
    densities: dict[str, Density] = field(default_factory=dict)
    pdfs: dict[str, int] = field(default_factory=dict)  # own normal densities: the index of the point parameter
    normal_kl: dict[str, NormalKL] = field(default_factory=dict)
    #: Names given the closed form of the KL of two normals, with their parameters' values (see :meth:`_closed`).
    normal_values: dict[str, tuple[NormalKL, list[Fraction]]] = field(default_factory=dict)

    def read(self, code: str) -> None:
        """Follow a block of code's top-level statements."""
        tree = parsed(code)
        for statement in tree.body if tree is not None else []:
            self.statement(statement)

    def statement(self, statement: ast.stmt) -> None:
        """Follow one statement: a definition, an assignment; any other change of a name forgets it."""
        if isinstance(statement, ast.FunctionDef):
            self._function(statement)
            return
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
            if isinstance(target, ast.Name):
                self._forget(target.id)
                self._assign(target.id, value)
                return
            pairs = list(zip(getattr(target, "elts", []), getattr(value, "elts", []), strict=False))
            same = (
                isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts)
            )
            if same and all(isinstance(name, ast.Name) for name, _ in pairs):
                for name, item in pairs:
                    self._forget(name.id)
                    self._assign(name.id, item)
                return
        stored = [
            node for node in ast.walk(statement) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
        ]
        targets = [
            *getattr(statement, "targets", []),
            *([statement.target] if isinstance(statement, ast.AugAssign) else []),
        ]
        stored += [node for target in targets for node in ast.walk(target) if isinstance(node, ast.Name)]
        for node in stored:  # p[0] = 0.2, p /= p.sum(), for p in ...
            self._forget(node.id)

    def number(self, node: ast.expr) -> Fraction | None:
        """A number written plainly (``-2.5``) or a name given one."""
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            inner = self.number(node.operand)
            return None if inner is None else (-inner if isinstance(node.op, ast.USub) else inner)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
            return Fraction(repr(node.value)) if math.isfinite(node.value) else None
        if isinstance(node, ast.Name):
            return self.numbers.get(node.id)
        return None

    def step(self, node: ast.expr) -> Fraction | None:
        """The step of a grid written as the distance of its first two points: ``x[1] - x[0]``."""
        if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub)):
            return None
        left, right = node.left, node.right
        if not (isinstance(left, ast.Subscript) and isinstance(right, ast.Subscript)):
            return None
        grid = self.grid(left.value)
        same = ast.unparse(left.value) == ast.unparse(right.value)
        first_two = (ast.unparse(left.slice), ast.unparse(right.slice)) == ("1", "0")
        return Fraction(grid.step) if grid is not None and same and first_two else None

    def _forget(self, name: str) -> None:
        for kept in (self.numbers, self.grids, self.densities, self.pdfs, self.normal_kl, self.normal_values):
            kept.pop(name, None)

    def _assign(self, name: str, value: ast.expr) -> None:
        number = self.number(value)
        number = self.step(value) if number is None else number
        if number is not None:
            self.numbers[name] = number
            return
        grid = self.grid(value)
        if grid is not None:
            self.grids[name] = grid
            return
        density = self._density(value)
        if density is not None:
            self.densities[name] = density
            return
        closed = self._closed(value) if isinstance(value, ast.BinOp) else None
        if closed is not None:
            self.normal_values[name] = closed

    def _closed(self, value: ast.BinOp) -> tuple[NormalKL, list[Fraction]] | None:
        """The closed form of the KL of two normals written out with four names given numbers
        (``np.log(s2 / s1) + (s1**2 + (m1 - m2)**2) / (2 * s2**2) - 0.5``), read as a function of its names."""
        names = list(dict.fromkeys(node.id for node in ast.walk(value) if isinstance(node, ast.Name)))
        names = sorted(name for name in names if name not in _MODULES and name not in _CONSTANTS)  # mean1, mean2, ...
        if len(names) != 4 or any(name not in self.numbers for name in names):
            return None

        def formula(arguments: Sequence[float]) -> float | None:
            return evaluate(value, dict(zip(names, arguments, strict=True)))

        found = normal_kl_function("the closed form", names, formula)
        return (found, [self.numbers[name] for name in names]) if found is not None and found.exact else None

    def grid(self, node: ast.expr) -> Grid | None:
        """``np.arange(a, b, step)`` or ``np.linspace(a, b, n)`` with numbers, or a name given one; the same
        points made a column (``.reshape(-1, 1)``, ``[:, None]``) are the same grid: a sum over them is the same."""
        if isinstance(node, ast.Name):
            return self.grids.get(node.id)
        column = _column_of(node)
        if column is not None:
            return self.grid(column)
        if not isinstance(node, ast.Call):
            return None
        function = dotted(node.func)
        module, _, last = function.rpartition(".")
        if module not in ("np", "numpy") or last not in ("arange", "linspace"):
            return None
        keywords = {keyword.arg: keyword.value for keyword in node.keywords}
        if set(keywords) - {"num", "endpoint"} or ("num" in keywords and last != "linspace"):
            return None
        arguments = [self.number(argument) for argument in node.args]
        if "num" in keywords:
            arguments.append(self.number(keywords["num"]))
        if any(argument is None for argument in arguments) or not 2 <= len(arguments) <= 3:
            return None
        try:
            start, stop, third = (float(a) for a in (*arguments, Fraction(1 if last == "arange" else 50))[:3])  # type: ignore[arg-type]
        except OverflowError:
            return None
        if not math.isfinite(stop - start):  # np.arange(-1e300, 1e300, ...): no grid a document samples on
            return None
        endpoint = keywords.get("endpoint")
        text = ast.unparse(node)
        if last == "arange":
            steps = (stop - start) / third if third > 0 else 0.0
            count = math.ceil(steps) if 0 < steps <= MAX_POINTS else 0  # not -inf or nan
            return (
                Grid(start, stop, count, third, text, False) if 1 < count <= MAX_POINTS and endpoint is None else None
            )
        closed = endpoint is None or (isinstance(endpoint, ast.Constant) and endpoint.value is True)
        if (
            not (endpoint is None or isinstance(endpoint, ast.Constant))
            or third != int(third)
            or not 1 < third <= MAX_POINTS
        ):
            return None
        count = int(third)
        step = (stop - start) / (count - 1 if closed else count)
        return Grid(start, stop, count, step, text, True, closed) if step > 0 else None

    def _density(self, node: ast.expr) -> Density | None:
        if not isinstance(node, ast.Call):
            return None
        function = dotted(node.func)
        if function in self.pdfs and not node.keywords and len(node.args) == 3:
            at = self.pdfs[function]
            point, mean, scale = node.args[at], *[a for i, a in enumerate(node.args) if i != at]
            return self._normal(point, mean, scale, node)
        if function.endswith("norm.pdf") and function.rpartition(".")[0].rpartition(".")[2] == "norm":
            keywords = {keyword.arg: keyword.value for keyword in node.keywords}
            if set(keywords) - {"loc", "scale"} or not node.args:
                return None
            slots = dict(zip(("loc", "scale"), node.args[1:], strict=False))
            if len(node.args) > 3 or set(slots) & set(keywords):
                return None
            slots.update(keywords)  # type: ignore[arg-type]
            return self._normal(
                node.args[0], slots.get("loc", ast.Constant(0)), slots.get("scale", ast.Constant(1)), node
            )
        frozen = node.func.value if isinstance(node.func, ast.Attribute) and node.func.attr == "pdf" else None
        if not isinstance(frozen, ast.Call) or frozen.keywords or len(frozen.args) != 2 or node.keywords:
            return None
        if dotted(frozen.func).rpartition(".")[2] == "norm" and len(node.args) == 1:  # norm(0, 2).pdf(x)
            return self._normal(node.args[0], frozen.args[0], frozen.args[1], node)
        return None

    def _normal(self, point: ast.expr, mean: ast.expr, scale: ast.expr, node: ast.Call) -> Density | None:
        grid, mu, sigma = self.grid(point), self.number(mean), self.number(scale)
        if grid is None or mu is None or sigma is None or sigma <= 0:
            return None
        return Density(grid, mu, sigma, ast.unparse(node))

    def _function(self, node: ast.FunctionDef) -> None:
        self._forget(node.name)
        formula = body_formula(node)
        parameters = [argument.arg for argument in node.args.args]
        if formula is not None and len(parameters) == 3:
            for at in range(3):
                if all(_close(formula(_placed(at, point)), _normal_pdf(*point)) for point in _POINTS):
                    self.pdfs[node.name] = at
                    return
        if NORMAL_KL.search(node.name) and len(parameters) == 4:
            found = normal_kl_function(node.name, parameters, formula)
            if found is not None:
                self.normal_kl[node.name] = found


def _column_of(node: ast.expr) -> ast.expr | None:
    """The array that ``node`` makes a column or a row of, keeping its points: ``x.reshape(-1, 1)``, ``x[:, None]``.

    >>> ast.unparse(_column_of(ast.parse("np.linspace(0, 1, 5).reshape(-1, 1)", mode="eval").body))
    'np.linspace(0, 1, 5)'
    """
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "reshape":
        sizes = [ast.unparse(argument) for argument in node.args]
        return None if node.keywords or sorted(sizes) not in (["-1"], ["-1", "1"]) else node.func.value
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Tuple):
        parts = node.slice.elts
        whole = [isinstance(part, ast.Slice) and part.lower is part.upper is part.step is None for part in parts]
        added = [ast.unparse(part) in ("None", "np.newaxis") for part in parts]
        kept = whole.count(True) == 1 and all(a or b for a, b in zip(whole, added, strict=True))
        return node.value if kept else None
    return None


def normal_kl_function(
    name: str, parameters: Sequence[str], formula: Callable[[Sequence[float]], float | None] | None
) -> NormalKL | None:
    """The roles of a KL-of-normals function's parameters, by their names, and whether its body is the closed form.

    >>> normal_kl_function("kl", ["mu1", "mu2", "var1", "var2"], None)
    NormalKL(name='kl', roles=(0, 2, 1, 3), variance=True, exact=False, formula=None)
    """
    means, spreads, variances = parameter_roles(parameters)
    if len(means) != 2 or len(spreads) != 2:
        return None
    roles = (means[0], spreads[0], means[1], spreads[1])
    exact = False
    if formula is not None:
        exact = all(_close(formula(_arranged(roles, pair, bool(variances))), normal_kl(*pair)) for pair in _PAIRS)
    return NormalKL(name, roles, bool(variances), exact, formula)


def parameter_roles(parameters: Sequence[str]) -> tuple[list[int], list[int], bool]:
    """Which parameters are means and which spreads, by their names, and whether the spreads are variances; no
    parameter is both.

    >>> parameter_roles(["loc", "scale"]), parameter_roles(["mu_p", "var_p"])
    (([0], [1], False), ([0], [1], True))
    """
    means = [i for i, parameter in enumerate(parameters) if _MEAN.search(parameter)]
    variances = [i for i, parameter in enumerate(parameters) if _VARIANCE.search(parameter)]
    spreads = variances or [i for i, p in enumerate(parameters) if _SPREAD.search(p) and not _MEAN.search(p)]
    return (means, spreads, bool(variances)) if not set(means) & set(spreads) else ([], [], False)


def normal_kl(mean1: float, scale1: float, mean2: float, scale2: float) -> float:
    """The KL divergence of N(mean1, scale1²) from N(mean2, scale2²), in nats (floats, to try formulas with)."""
    return math.log(scale2 / scale1) + (scale1**2 + (mean1 - mean2) ** 2) / (2 * scale2**2) - 0.5


def _arranged(roles: tuple[int, int, int, int], pair: tuple[float, ...], variance: bool) -> list[float]:
    values = [0.0] * 4
    for role, value, spread in zip(roles, pair, (False, True, False, True), strict=True):
        values[role] = value * value if spread and variance else value
    return values


def _placed(at: int, point: tuple[float, float, float]) -> list[float]:
    values = [point[1], point[2]]
    values.insert(at, point[0])
    return values


def _normal_pdf(x: float, mean: float, scale: float) -> float:
    return math.exp(-((x - mean) ** 2) / (2 * scale**2)) / (math.sqrt(2 * math.pi) * scale)


def _close(value: float | None, expected: float) -> bool:
    return value is not None and math.isclose(value, expected, rel_tol=1e-9, abs_tol=1e-12)


def body_formula(node: ast.FunctionDef) -> Callable[[Sequence[float]], float | None] | None:
    """The body of a function made of assignments to names and one ``return``, as a function of its arguments."""
    parameters = [argument.arg for argument in node.args.args]
    if node.args.vararg or node.args.kwarg or node.args.kwonlyargs or node.args.defaults or node.decorator_list:
        return None
    steps: list[tuple[str, ast.expr]] = []
    for statement in node.body:
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue  # a docstring
        if (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
        ):
            steps.append((statement.targets[0].id, statement.value))
        elif isinstance(statement, ast.Return) and statement.value is not None and statement is node.body[-1]:
            steps.append(("", statement.value))
        else:
            return None
    if not steps or steps[-1][0]:
        return None

    def formula(arguments: Sequence[float]) -> float | None:
        known = dict(zip(parameters, arguments, strict=True))
        for name, expression in steps:
            value = evaluate(expression, known)
            if value is None:
                return None
            known[name] = value
        return known[""]

    return formula


def evaluate(node: ast.expr, known: dict[str, float], depth: int = 0) -> float | None:
    """A formula's value for numbers given to its names: arithmetic, powers, ``sqrt``, ``exp``, logarithms (``log2``,
    ``log10``, ``math.log(x, 2)``), ``pi``.

    >>> evaluate(ast.parse("np.sqrt(2 * np.pi) * s ** 2", mode="eval").body, {"s": 2.0})
    10.026513098524001
    """
    if depth > MAX_DEPTH:
        return None
    try:
        return _evaluated(node, known, depth)
    except (ArithmeticError, ValueError):
        return None


def _evaluated(node: ast.expr, known: dict[str, float], depth: int) -> float | None:
    if isinstance(node, ast.Constant):
        value = node.value
        return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
    if isinstance(node, ast.Name):
        return known.get(node.id)
    if isinstance(node, ast.Attribute):
        module, _, last = dotted(node).rpartition(".")
        return _CONSTANTS.get(last) if module in _MODULES else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        inner = evaluate(node.operand, known, depth + 1)
        return None if inner is None else (-inner if isinstance(node.op, ast.USub) else inner)
    if isinstance(node, ast.BinOp):
        left, right = evaluate(node.left, known, depth + 1), evaluate(node.right, known, depth + 1)
        if left is None or right is None:
            return None
        operations: dict[type, Callable[[float, float], float]] = {
            ast.Add: lambda a, b: a + b,
            ast.Sub: lambda a, b: a - b,
            ast.Mult: lambda a, b: a * b,
            ast.Div: lambda a, b: a / b,
            ast.Pow: lambda a, b: math.pow(a, b) if abs(b) <= 8 else math.nan,  # ValueError for (-2) ** 0.5
        }
        operation = operations.get(type(node.op))
        result = None if operation is None else operation(left, right)
        return result if result is not None and math.isfinite(result) else None
    if isinstance(node, ast.Call) and 1 <= len(node.args) <= 2 and not node.keywords:
        module, _, last = dotted(node.func).rpartition(".")
        inner = evaluate(node.args[0], known, depth + 1)
        function = _ONE_ARGUMENT.get(last)
        if inner is None or function is None or (module and module not in _MODULES):
            return None
        if len(node.args) == 2:  # math.log(x, 2)
            base = evaluate(node.args[1], known, depth + 1) if last == "log" else None
            return None if base is None or base <= 0 or base == 1 else math.log(inner, base)
        return function(inner)
    return None


def plain(value: Fraction) -> str:
    """A parameter as notes write it: ``2``, ``2.5``."""
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"
