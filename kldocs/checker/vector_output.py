r"""Values R and Julia printed for their code: ``> kl(p, q)`` and ``[1] 0.04746866``, ``## [1] 1.485475`` below a
knitr chunk's call, a data frame's column, ``julia> kl(p, q)`` and ``0.04746865771501175``, ``println(kl(p, q))``.

The code is cut into statements (:func:`~kldocs.checker.vector_code.statements`), each written as Python
(:mod:`.vector_code`); the values a statement showed are read as the values of the Python that stands for it, by
:func:`~kldocs.checker.printed_output.printed_claims`, after the statements above it (in the blocks of the same
language above too); where a console's, a knitr chunk's or a script's statements and their printed lines stand is
:mod:`.vector_steps`'s to find.

A statement's lines are one value, a vector after its indices (``[1] 0.1 0.2``, ``[5] ...``), a named vector (names
above values), Julia's vector (``2-element Vector{Float64}:``), or a data frame or tibble (a header, then rows); a
vector's n-th value is the n-th item of ``c(...)``, ``[...]``, or ``sapply(d, f)``, ``mapply(f, a, b)`` and their kin
over lists the code writes; a column's, the n-th item of the column's vector. Anything else is not read, nor are
lines that do not line up with the statements that print. Names are read with a mark (``p__``), so that a claim
stands on the lists the code gave them. Code is never run.

>>> code = "p <- c(0.2, 0.5, 0.3)\nH <- function(p) -sum(p * log2(p))\nH(p)"
>>> [claim.text for claim in script_claims(code, "[1] 1.485475", 0, "r")]
['H(P_{#}) = 1.485475 bits']
"""

from __future__ import annotations

import ast
import copy
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.code_functions import document_functions
from kldocs.checker.code_names import Earlier
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.printed_output import printed_claims, session_claims
from kldocs.checker.vector_code import HEADER, python_statement, statements
from kldocs.checker.vector_languages import block_language
from kldocs.checker.vector_steps import (
    INDEXED,
    IS_NUMBER,
    TIBBLE,
    TYPES,
    Step,
    console_steps,
    named_numbers,
    script_steps,
)

#: Most values of a block read (each is read with the program above it).
MAX_VALUES = 60
#: Most statements of the code above a value read with it, and of the blocks above a block read for it.
MAX_PROGRAM = 100
MAX_ABOVE = 60

_JULIA_VECTOR = lazy(r"[ \t]*(?P<count>[0-9]+)-element (?:Vector|Array)\{Float(?:64|32)(?:, ?1)?\}:[ \t]*")
#: A column heading that names a divergence: its values are the divergence, never below zero.
_DIVERGENCE = lazy(r"(?:d_?)?kl(?:d|_?div(?:ergence)?)?(?:_?[pqrm]{2})?|divergence", re.IGNORECASE)
#: Calls that apply a function to the items of lists: the list arguments' places and the function's.
_EACH = {"sapply": ((0,), 1), "vapply": ((0,), 1), "map_dbl": ((0,), 1), "mapply": ((1, 2), 0)}
_EACH |= {"map2_dbl": ((0, 1), 2), "Map": ((1, 2), 0)}
_TABLES = frozenset({"data_frame", "tibble", "tibble__tibble"})


@dataclass
class _Program:
    """The Python written so far for code of one language, and the functions and packages it has."""

    language: str
    lines: list[str] = field(default_factory=list)
    own: set[str] = field(default_factory=set)
    lists: dict[str, ast.expr] = field(default_factory=dict)

    def add(self, statement: str) -> str | None:
        """Write a statement as Python (None when it is not read: the names it assigns then hold nothing)."""
        self._loads(statement)
        written = python_statement(statement, self.language, frozenset(self.own))
        assigned = re.match(r"\s*([A-Za-z_.][\w.]*)\s*(?:<-|=(?!=))", statement)
        defined = re.match(r"\s*(?:function\s+)?([A-Za-z_]\w*)\s*\(", statement)
        if written is not None and written.startswith("def "):
            name = written[4 : written.index("(")]
            self.own.add(name)
            self.lines.append(written)
        elif written is not None and re.match(r"[A-Za-z_]\w* = ", written):
            line = _renamed(written, frozenset(self.own))
            self.lines.append(line)
            target, _, value = line.partition(" = ")
            self.lists[target] = ast.parse(value, mode="eval").body
        elif assigned is not None and written is None:
            name = assigned.group(1).replace(".", "_")
            self.lines.append(f"{_mark(name)} = unread()")  # what it holds is not known
            self.lists.pop(_mark(name), None)
            if defined is None and "function" in statement:
                self.own.add(name)
        if written is None:  # p[1] <- 0.3, sort!(q), q[1:2] .= ..., names(p) <- ...: changed in place, unknown now
            for changed in _CHANGED.finditer(statement):
                name = next(group for group in changed.group("target", "argument", "replaced") if group)
                name = name.replace(".", "_")
                self.lines.append(f"{_mark(name)} = unread()")
                self.lists.pop(_mark(name), None)
        return written

    def _loads(self, statement: str) -> None:
        for package in re.findall(r"(?:library|require)\(\s*['\"]?(\w+)|^\s*using\s+(\w+)", statement, re.MULTILINE):
            self.own.add("library:" + "".join(package))

    def source(self, shown: str | None = None) -> str:
        """The program so far; given what a value shows, only the statements that value needs: the last that gives
        each name it reads, and those they read in turn (the program is followed once for each value shown)."""
        lines = self.lines[-MAX_PROGRAM:]
        if shown is not None:
            needed, kept = set(_read_names(shown)), []
            for line in reversed(lines):
                given = _GIVEN.match(line)
                if given is not None and given.group(1) in needed:
                    needed.discard(given.group(1))
                    needed.update(_read_names(line))
                    kept.append(line)
            lines = kept[::-1]
        return HEADER + "\n".join(lines) + "\n"


_GIVEN = lazy(r"(?:def )?([A-Za-z_]\w*)")
#: A name a statement changes in place: an item or a slice assigned (``p[1] <- 0.3``, ``q[1:2] .= x``, ``d$a <- 1``),
#: an R replacement function (``names(p) <- ...``) or a Julia call that changes its argument (``sort!(q)``).
_CHANGED = lazy(
    r"(?:^|[;\s])(?P<target>[A-Za-z_.][\w.]*)\s*(?:\[[^\]]*\]+|\$\w+)\s*(?:<-|\.?=(?!=))"
    r"|\b\w+!\s*\(\s*(?P<argument>[A-Za-z_.][\w.]*)|\b\w+\s*\(\s*(?P<replaced>[A-Za-z_.][\w.]*)[^()]*\)\s*<-",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=4096)
def _read_names(code: str) -> frozenset[str]:
    """The names code reads (and calls)."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return frozenset()
    return frozenset(node.id for node in ast.walk(tree) if isinstance(node, ast.Name))


def _mark(name: str) -> str:
    return name + "__"


@functools.lru_cache(maxsize=4096)
def _renamed(code: str, own: frozenset[str]) -> str:
    """Python with each name of a value marked (``p`` as ``p__``): never one a formula reads as a distribution (a
    function's own names are left as they are)."""
    tree = ast.parse(code)
    if tree.body and isinstance(tree.body[0], ast.FunctionDef):
        return code
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and id(node) not in called and node.id not in own and node.id not in _KEPT:
            node.id = _mark(node.id)
    return ast.unparse(tree)


_KEPT = frozenset({"np", "stats", "True", "False", "None"})


def vector_claims(steps: list[Step], language: str, above: str = "") -> Iterator[CommentClaim]:
    """The claims the lines shown below statements make about the values of the Python that stands for them.

    ``above``: the code of the same language in blocks above, whose names and functions hold here.
    """
    program = _Program(language)
    for _, _, text in list(statements(above, language))[-MAX_ABOVE:] if above else ():
        program.add(text)
    read = 0
    functions = None
    for step in steps:
        *before, (_, _, last) = list(statements(step.statement, language)) or [(0, 0, "")]
        for _, _, part in before:  # a = [0.5, 0.5]; kl(a, b): what the line shows is the last statement's value
            program.add(part)
        statement = _unprinted(last.strip(), language)
        written = program.add(statement) if statement else None
        if written is None or not step.shown or re.match(r"(?:def |[A-Za-z_]\w* = )", written):
            continue
        if functions is None:
            functions = document_functions([program.source()])
        expression = _Written(program.lists).visit(
            ast.parse(_renamed(written, frozenset(program.own)), mode="eval").body
        )
        for python, value, where in _values(expression, step.shown, program, language):
            read += 1
            if read > MAX_VALUES:
                return
            shown = ast.unparse(python) if isinstance(python, ast.expr) else python
            code = program.source(shown) + f"print({shown})"
            claims = printed_claims(code, value, where, functions, exact=True)
            yield from (claim for claim in claims if "__" not in claim.text)  # (on names whose lists are not known)


class _Written(ast.NodeTransformer):
    """An expression with each item of a named list the code wrote (``d$a``, read as ``d__["a"]``) as that item, and
    a name printed alone (``res``) as what the code gave it: a claim then stands on the numbers written."""

    def __init__(self, lists: dict[str, ast.expr]) -> None:
        self.lists = lists
        self.top = True

    def visit_Name(self, node: ast.Name) -> ast.AST:
        given = self.lists.get(node.id) if self.top else None
        return self.generic_visit(copy.deepcopy(given)) if isinstance(given, ast.Call) else node

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        self.top = False
        listed = self.lists.get(node.value.id) if isinstance(node.value, ast.Name) else None
        key = node.slice.value if isinstance(node.slice, ast.Constant) else None
        if isinstance(listed, ast.Dict) and isinstance(key, str):
            found = [value for name, value in zip(listed.keys, listed.values, strict=True) if _key(name) == key]
            if len(found) == 1:
                return found[0]
        return self.generic_visit(node)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        self.top = False
        return super().generic_visit(node)


def _key(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _unprinted(statement: str, language: str) -> str:
    """The statement whose value a ``print(...)`` or ``cat(...)`` shows, as an expression (``cat``'s text as Python's
    ``print`` writes it)."""
    if language == "r":
        printed = re.fullmatch(r"print\s*\((.*)\)", statement, re.DOTALL)
        if printed is not None and _one_argument(printed.group(1)):
            return printed.group(1)
        cat = re.fullmatch(r"cat\s*\((.*?)(?:,\s*\"\\n\")?\s*\)", statement, re.DOTALL)
        if cat is not None:
            return f"println({cat.group(1)})"
    return statement


def _one_argument(text: str) -> bool:
    """Whether text is one argument of a call: its brackets balance, and no comma stands outside them."""
    depth = 0
    for char in text:
        depth += (char in "([{") - (char in ")]}")
        if depth < 0 or (depth == 0 and char == ","):
            return False
    return depth == 0


def _values(
    expression: ast.expr, shown: list[tuple[int, str]], program: _Program, language: str
) -> Iterator[tuple[ast.expr | str, str, int]]:
    """Each value shown (its text and where it is), with the Python expression it is the value of."""
    if isinstance(expression, ast.Call) and isinstance(expression.func, ast.Name) and expression.func.id == "print":
        if len(shown) == 1:  # a line cat or println printed, read with its text
            start, line = shown[0]
            yield ast.unparse(expression)[len("print(") : -1], line.strip(), start + len(line) - len(line.lstrip())
        return
    numbers = _shown_numbers(shown, language)
    if numbers is not None:
        items = _items(expression, program, len(numbers))
        for item, (where, value) in zip(items or [], numbers, strict=False):
            yield item, value, where
        return
    yield from _table_values(expression, shown, program)


def _shown_numbers(shown: list[tuple[int, str]], language: str) -> list[tuple[int, str]] | None:
    """The numbers of a value or a vector shown, with where each is: ``[1] 0.1 0.2``, ``0.05``, Julia's vector, or
    a named vector (names above values)."""
    if language == "julia":
        if len(shown) == 1 and IS_NUMBER.fullmatch(shown[0][1].strip()):
            return [(shown[0][0] + len(shown[0][1]) - len(shown[0][1].lstrip()), shown[0][1].strip())]
        heading = _JULIA_VECTOR.fullmatch(shown[0][1])
        if heading is None or int(heading.group("count")) != len(shown) - 1:
            return None
        rows = shown[1:]
        if not all(IS_NUMBER.fullmatch(line.strip()) for _, line in rows):
            return None
        return [(start + len(line) - len(line.lstrip()), line.strip()) for start, line in rows]
    found: list[tuple[int, str]] = []
    for start, line in shown:
        indexed = INDEXED.fullmatch(line)
        if indexed is None or int(indexed.group("index")) != len(found) + 1:
            return named_numbers(shown)
        values = indexed.start("values")
        found.extend((start + values + each.start(), each.group()) for each in re.finditer(r"\S+", indexed["values"]))
    return found


def _items(expression: ast.expr, program: _Program, count: int) -> list[ast.expr] | None:
    """The expressions of a vector's items: the value itself when one is shown, or the items of ``c(...)``,
    ``[...]`` or of a function applied to the items of lists."""
    array = _array_items(expression)
    if array is not None:
        return array if len(array) == count else None
    each = _applied(expression, program)
    if each is not None:
        return each if len(each) == count else None
    return [expression] if count == 1 else None


def _array_items(expression: ast.expr) -> list[ast.expr] | None:
    """``np.array([a, b])``: its items."""
    if isinstance(expression, ast.Call) and ast.unparse(expression.func) == "np.array" and len(expression.args) == 1:
        inner = expression.args[0]
        return list(inner.elts) if isinstance(inner, ast.List) else None
    return None


def _applied(expression: ast.expr, program: _Program) -> list[ast.expr] | None:
    """``sapply(d, f)``, ``mapply(f, a, b)``: the function called on each item of the lists (written by the code),
    as many calls."""
    if not isinstance(expression, ast.Call) or not isinstance(expression.func, ast.Name):
        return None
    shape = _EACH.get(expression.func.id.removesuffix("__"))
    if shape is None:
        return None
    places, function_at = shape
    if function_at >= len(expression.args) or max(places) >= len(expression.args):
        return None
    function = expression.args[function_at]
    lists = [_listed(expression.args[place], program) for place in places]
    if not isinstance(function, ast.Name) or any(each is None for each in lists):
        return None
    columns = [each for each in lists if each is not None]
    if len({len(each) for each in columns}) != 1:
        return None
    name = function.id.removesuffix("__")
    return [ast.Call(ast.Name(name, ast.Load()), list(arguments), []) for arguments in zip(*columns, strict=True)]


def _listed(node: ast.expr, program: _Program) -> list[ast.expr] | None:
    """The items of a list the code writes (``list(a = c(...), ...)``), or of a name given one."""
    if isinstance(node, ast.Name) and node.id in program.lists:
        node = program.lists[node.id]
    if isinstance(node, ast.Dict):
        return [value for value in node.values if value is not None]
    if isinstance(node, ast.List):
        return list(node.elts)
    return None


def _table_values(
    expression: ast.expr, shown: list[tuple[int, str]], program: _Program
) -> Iterator[tuple[ast.expr, str, int]]:
    """A data frame's or tibble's rows: each value of a column the code gives as a vector of values it computes."""
    if not isinstance(expression, ast.Call) or not isinstance(expression.func, ast.Name):
        return
    if expression.func.id.removesuffix("__") not in _TABLES or expression.args:
        return
    rows = [(start, line) for start, line in shown if not TIBBLE.fullmatch(line) and not TYPES.fullmatch(line)]
    if len(rows) < 2:
        return
    header = rows[0][1].split()
    columns = {keyword.arg: keyword.value for keyword in expression.keywords}
    if header != list(columns):
        return
    body = rows[1:]
    for index, name in enumerate(header):
        items = _items(columns[name], program, len(body)) if len(body) > 1 else [columns[name]]
        if items is None:
            continue
        divergence = _DIVERGENCE.fullmatch(name or "") is not None
        for item, (start, line) in zip(items, body, strict=True):
            cells = list(re.finditer(r"\S+", line))
            if len(cells) != len(header) + 1 or not IS_NUMBER.fullmatch(cells[index + 1].group()):
                continue
            if divergence and isinstance(item, ast.UnaryOp) and isinstance(item.op, ast.USub):
                item = item.operand  # a divergence heading over minus a divergence: the heading's claim
            yield item, cells[index + 1].group(), start + cells[index + 1].start()


def console_claims(text: str, offset: int, above: str = "") -> Iterator[CommentClaim] | None:
    """The claims of an R or Julia console (see :func:`console_steps`), or None when the text is none."""
    language = block_language(text)
    steps = console_steps(text, offset, language) if language is not None else None
    return vector_claims(steps, language, above) if steps is not None and language is not None else None


def script_claims(code: str, output: str, output_offset: int, language: str, above: str = "") -> Iterator[CommentClaim]:
    """The claims of the output below a script of R or Julia (see :func:`script_steps`)."""
    steps = script_steps(code, output, output_offset, language)
    if steps is not None:
        yield from vector_claims(steps, language, above)


def any_session_claims(
    text: str,
    offset: int,
    bases: Mapping[str, str | None] | None = None,
    earlier: Earlier | None = None,
    above: str = "",
) -> Iterator[CommentClaim]:
    """The claims of a session of Python (:func:`~kldocs.checker.printed_output.session_claims`), or of R or Julia
    (:func:`console_claims`; for R, those of Python's reading when it reads none: a Julia session is never read as
    Python, whose ``entropy`` scales what StatsBase's takes as it is)."""
    console = console_claims(text, offset, above)
    read = list(console) if console is not None else []
    yield from read if read or "julia>" in text else session_claims(text, offset, bases, earlier)
