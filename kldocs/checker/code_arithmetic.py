r"""Values that code works out by hand with logarithms: ``E = -4/10*m.log2(4/10) - 6/10*m.log2(6/10)``.

Students and notes compute entropies and information gains one term at a time, in plain arithmetic on
numbers and logarithms, and then show the name (``IG = E - (4/10*E_0 + 6/10*E_1)``, then ``IG`` in a cell
below, or ``print(IG)``). Such a value is written out as the formula it is, every name that stands for
another such value put in its place, and the number shown is a claim about that formula, judged as any
formula is (``(... \log_2(\frac{4}{10}) ...) = 0.9709505945``). Code is parsed with :mod:`ast`, never run.

Only names given a value once in all the document's code are followed (a name given two values could hold
either where it is shown); only ``+ - * /``, numbers written plainly and ``log``, ``log2``, ``log10`` (of
any module, ``math.log(x, 2)`` too) are read, and at least one logarithm must be in the formula. A value
that floats could not show to ten digits (a difference of nearly equal terms, whose digits are rounding
noise) is not read.

>>> values = code_values([Region("code", "import math as m\nE = -(1/4)*m.log2(1/4) - (3/4)*m.log2(3/4)", 0)])
>>> values["E"][1].text
'((-(\\frac{1}{4})) \\cdot (\\log_2(\\frac{1}{4}))) - ((\\frac{3}{4}) \\cdot (\\log_2(\\frac{3}{4})))'
>>> formula_of(ast.parse("E - 0.5", mode="eval").body, {name: worked for name, (_, worked) in values.items()}).text
'(((-(\\frac{1}{4})) \\cdot (\\log_2(\\frac{1}{4}))) - ((\\frac{3}{4}) \\cdot (\\log_2(\\frac{3}{4})))) - (0.5)'
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from kldocs.checker.code_numbers import stored_names
from kldocs.checker.code_terms import dotted
from kldocs.checker.documents import Region
from kldocs.checker.named_functions import rounds_to

#: Longest formula written out (in characters): past this a value is not read.
MAX_FORMULA = 3000
#: Deepest formula read (a sum of a thousand terms is a tree that deep): past this a value is not read.
MAX_DEPTH = 200
#: Most blocks of code looked through for such values.
MAX_VALUE_BLOCKS = 2000
#: How much smaller than its largest term a value may be and still be read (floats keep about 16 digits; a
#: claim is read to 10).
_CANCELLATION = 1e-4
_LOGS = {"log": "\\ln", "log2": "\\log_2", "log10": "\\log_{10}"}
_BASE_ARGUMENT = {2: "\\log_2", 10: "\\log_{10}"}
_OPERATORS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "\\cdot"}


@dataclass(frozen=True)
class Worked:
    """A formula as text, its value in floats, the largest value of any of its parts, and whether it has a log."""

    text: str
    value: float
    largest: float
    logs: bool


def _parsed(code: str) -> ast.Module | None:
    """The code parsed, or None when it is not Python."""
    try:
        return ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def code_values(
    blocks: Sequence[Region], parse: Callable[[str], ast.Module | None] = _parsed
) -> dict[str, tuple[int, Worked]]:
    """Names the blocks of code give, once in all of them, a value worked out with logarithms: with the offset of the
    block and the formula (see the module). ``parse``: how a block is parsed (the readers' shared cache)."""
    blocks = blocks[:MAX_VALUE_BLOCKS]
    if not any("log" in block.text for block in blocks):
        return {}
    trees = [(block, parse(block.text)) if "=" in block.text else (block, None) for block in blocks]
    if not any(worked.logs for _, worked in _found(trees, None).values()):  # (the usual case: no name is counted)
        return {}
    stored: dict[str, int] = {}
    for _, tree in trees:
        for name, count in (stored_names(tree) if tree is not None else {}).items():
            stored[name] = stored.get(name, 0) + count
    found = _found(trees, {name for name, count in stored.items() if count == 1})
    return {name: (offset, worked) for name, (offset, worked) in found.items() if _readable(worked)}


def _found(trees: list[tuple[Region, ast.Module | None]], once: set[str] | None) -> dict[str, tuple[int, Worked]]:
    """The names the trees' top-level statements give values worked out with logs (only those in ``once``, if given)."""
    found: dict[str, tuple[int, Worked]] = {}
    known: dict[str, Worked] = {}
    for block, tree in trees:
        for statement in tree.body if tree is not None else ():
            if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
                continue
            target = statement.targets[0]
            if not isinstance(target, ast.Name) or (once is not None and target.id not in once):
                continue
            worked = _worked(statement.value, known)
            if worked is not None:
                found[target.id], known[target.id] = (block.offset, worked), worked
    return found


def formula_of(node: ast.expr | None, values: Mapping[str, Worked]) -> Worked | None:
    """The formula a value shown is (a name given such a value, or arithmetic with logs on numbers and such names)."""
    worked = _worked(node, values) if node is not None else None
    return worked if worked is not None and _readable(worked) else None


def shown_claim(worked: Worked, written: str) -> tuple[str, bool]:
    r"""The claim that a program showed ``written`` (cut to ten digits) for the formula: ``(text, True)``, the formula
    and the value, when the value is what floats give for it; else ``(note, False)``, an unchecked claim's note. Code
    shows what it computed: a value that floats do not give was shown by other code (a cell changed after it was run,
    Python 2's ``1/2 == 0``), not miscalculated, and is not called false.

    >>> worked = formula_of(ast.parse("-(0.5*math.log2(0.5))*2", mode="eval").body, {})
    >>> shown_claim(worked, "1.0")
    ('(-((0.5) \\cdot (\\log_2(0.5)))) \\cdot (2) = 1.0', True)
    >>> shown_claim(worked, "0.0")[0]
    'the code above works this value out as 1 (in floats), not 0.0: what it showed came from other code'
    """
    if rounds_to(worked.value, written, least=1):
        return f"{worked.text} = {written}", True
    note = f"the code above works this value out as {worked.value:.10g} (in floats), not {written}"
    return f"{note}: what it showed came from other code", False


def _readable(worked: Worked) -> bool:
    """A value with a log, not too long, that floats show to its ten digits."""
    digits_kept = worked.largest == 0 or abs(worked.value) >= _CANCELLATION * worked.largest
    return worked.logs and len(worked.text) <= MAX_FORMULA and digits_kept and math.isfinite(worked.value)


def _worked(node: ast.expr, known: Mapping[str, Worked], depth: int = 0) -> Worked | None:
    """The formula of plain arithmetic on numbers, logs and known names, with its value; None for anything else
    (and for a formula nested deeper than :data:`MAX_DEPTH`)."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
        number = float(node.value)
        return Worked(repr(node.value), number, abs(number), False) if "e" not in repr(node.value) else None
    if isinstance(node, ast.Name):
        return known.get(node.id)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        inner = _worked(node.operand, known, depth + 1)
        if inner is None:
            return None
        sign = -1.0 if isinstance(node.op, ast.USub) else 1.0
        return Worked(f"{'-' if sign < 0 else ''}({inner.text})", sign * inner.value, inner.largest, inner.logs)
    if isinstance(node, ast.BinOp):
        return _binary(node, known, depth + 1)
    if isinstance(node, ast.Call) and not node.keywords:
        return _log(node, known, depth + 1)
    return None


def _binary(node: ast.BinOp, known: Mapping[str, Worked], depth: int) -> Worked | None:
    left = _worked(node.left, known, depth)
    right = _worked(node.right, known, depth) if left is not None else None
    if left is None or right is None or len(left.text) + len(right.text) > MAX_FORMULA:
        return None
    logs, largest = left.logs or right.logs, max(left.largest, right.largest)
    if isinstance(node.op, ast.Div):
        if right.value == 0:
            return None
        value = left.value / right.value
        return Worked(f"\\frac{{{left.text}}}{{{right.text}}}", value, max(largest, abs(value)), logs)
    operator = _OPERATORS.get(type(node.op))
    if operator is None:
        return None
    value = {"+": left.value + right.value, "-": left.value - right.value}.get(operator, left.value * right.value)
    return Worked(f"({left.text}) {operator} ({right.text})", value, max(largest, abs(value)), logs)


def _log(node: ast.Call, known: Mapping[str, Worked], depth: int) -> Worked | None:
    """``math.log2(x)``, ``np.log(x)``, ``math.log(x, 2)``: a logarithm of a positive value."""
    function = dotted(node.func).rpartition(".")[2]
    if function not in _LOGS or not 1 <= len(node.args) <= 2:
        return None
    argument = _worked(node.args[0], known, depth)
    written = _LOGS[function]
    if len(node.args) == 2:
        base = node.args[1]
        given = base.value if isinstance(base, ast.Constant) and function == "log" else None
        if type(given) is not int or given not in _BASE_ARGUMENT:
            return None
        written = _BASE_ARGUMENT[given]
    if argument is None or not argument.value > 0:
        return None
    value = math.log(argument.value) / math.log({"\\ln": math.e, "\\log_2": 2, "\\log_{10}": 10}[written])
    return Worked(f"{written}({argument.text})", value, max(argument.largest, abs(value)), True)
