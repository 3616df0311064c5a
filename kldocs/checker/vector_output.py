r"""Values R and Julia printed for their code: ``> kl(p, q)`` and ``[1] 0.04746866``, ``## [1] 1.485475`` below a
knitr chunk's call, a data frame's column, ``julia> kl(p, q)`` and ``0.04746865771501175``, ``println(kl(p, q))``.

The code is cut into statements (:func:`~kldocs.checker.vector_code.statements`), each written as Python
(:mod:`.vector_code`); the values a statement showed are read as the values of the Python that stands for it, by
:func:`~kldocs.checker.printed_output.printed_claims`, after the statements above it (in the blocks of the same
language above too). What stands where:

- a console: the statements after R's ``>`` (and ``+`` lines) or Julia's ``julia>`` prompt, each with the lines
  below it; a knitr chunk, each statement with the ``##`` or ``#>`` lines below it;
- a script with a block of output below it: each statement that prints (in R any call that is not an assignment
  nor :data:`~kldocs.checker.vector_code.SILENT`, ``cat``; in Julia ``println``) takes its lines in turn, and all
  lines must be taken.

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
import bisect
import copy
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.code_functions import document_functions
from kldocs.checker.code_names import Earlier, parsed
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.printed_output import printed_claims, session_claims
from kldocs.checker.vector_code import HEADER, SILENT, python_statement, statements

#: Most values of a block read (each is read with the program above it).
MAX_VALUES = 60
#: Most statements of the code above a value read with it, and of the blocks above a block read for it.
MAX_PROGRAM = 100
MAX_ABOVE = 60

_NUMBER = r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
_IS_NUMBER = lazy(_NUMBER)
_INDEXED = lazy(r"[ \t]*\[(?P<index>[0-9]+)\](?P<values>(?:[ \t]+" + _NUMBER + r")+)[ \t]*")
_JULIA_VECTOR = lazy(r"[ \t]*(?P<count>[0-9]+)-element (?:Vector|Array)\{Float(?:64|32)(?:, ?1)?\}:[ \t]*")
_TIBBLE = lazy(r"[ \t]*# A (?:tibble|data frame): [0-9]+ (?:x|×) [0-9]+[ \t]*")
_TYPES = lazy(r"(?:[ \t]*<[a-z]{2,5}>)+[ \t]*")
_KNITR = lazy(r"[ \t]*#[#>] ?")
#: A line knitr or reprex pasted into a chunk.
KNITR_LINE = lazy(r"^[ \t]*#[#>]", re.MULTILINE)
_R_PROMPT = lazy(r"[ \t]*> ?")
_R_MORE = lazy(r"[ \t]*\+ ?")
_JULIA_PROMPT = lazy(r"[ \t]*julia> ?")
#: A column heading that names a divergence: its values are the divergence, never below zero.
_DIVERGENCE = lazy(r"(?:d_?)?kl(?:d|_?div(?:ergence)?)?(?:_?[pqrm]{2})?|divergence", re.IGNORECASE)
#: Calls that apply a function to the items of lists: the list arguments' places and the function's.
_EACH = {"sapply": ((0,), 1), "vapply": ((0,), 1), "map_dbl": ((0,), 1), "mapply": ((1, 2), 0)}
_EACH |= {"map2_dbl": ((0, 1), 2), "Map": ((1, 2), 0)}
_TABLES = frozenset({"data_frame", "tibble", "tibble__tibble"})


@dataclass
class Step:
    """A statement and the lines shown below it: where each starts in the document and its text."""

    statement: str
    shown: list[tuple[int, str]] = field(default_factory=list)


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


def console_steps(text: str, offset: int, language: str) -> list[Step] | None:
    r"""The statements a console typed (after R's ``>`` and ``+`` or Julia's ``julia>``), with the lines shown below
    each; None when the text does not start with a prompt.

    >>> [(step.statement, step.shown) for step in console_steps("> kl(p, q)\n[1] 0.05", 0, "r")]
    [('kl(p, q)', [(11, '[1] 0.05')])]
    """
    prompt = _R_PROMPT if language == "r" else _JULIA_PROMPT
    steps: list[Step] = []
    for start, line in _lines_at(text, offset):
        typed = prompt.match(line)
        open_ = steps and not steps[-1].shown and _open(steps[-1].statement, language)
        more = _R_MORE.match(line) if language == "r" else re.match(r"[ \t]{6}", line)
        if typed is not None and (
            language == "julia" or line[typed.end() - 1 :].startswith(" ") or line.strip() == ">"
        ):
            steps.append(Step(line[typed.end() :]))
        elif more is not None and open_:
            steps[-1].statement += "\n" + line[more.end() :]
        elif steps and line.strip():
            steps[-1].shown.append((start, line))
        elif not steps and line.strip():
            return None
    return steps or None


def _lines_at(text: str, offset: int) -> Iterator[tuple[int, str]]:
    """Each line of text, with where it starts (text starting at ``offset``)."""
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _open(statement: str, language: str) -> bool:
    """Whether a statement goes on past its last line (a bracket or a Julia block still open)."""
    cut = list(statements(statement, language))
    return bool(cut) and cut[-1][1] == statement.count("\n") and _unbalanced(cut[-1][2], language)


def _unbalanced(text: str, language: str) -> bool:
    depth = sum(text.count(open_) - text.count(close) for open_, close in ("()", "[]", "{}"))
    blocks = len(re.findall(r"^\s*(?:function|for|if|let|while)\b", text, re.MULTILINE)) if language == "julia" else 0
    blocks -= len(re.findall(r"(?<![\w.])end\b", text)) if language == "julia" else 0
    return depth > 0 or blocks > 0


def knitr_steps(code: str, offset: int) -> list[Step]:
    """The statements of a chunk of R, each with the ``##`` or ``#>`` lines knitr or reprex pasted below it."""
    steps: list[Step] = []
    pending: list[str] = []
    for start, line in _lines_at(code, offset):
        shown = _KNITR.match(line)
        if shown is None or (not steps and not pending):
            pending.append(line)
            continue
        if pending:
            steps.extend(Step(text) for _, _, text in statements("\n".join(pending), "r"))
            pending = []
        if steps:
            steps[-1].shown.append((start, " " * shown.end() + line[shown.end() :]))
    steps.extend(Step(text) for _, _, text in statements("\n".join(pending), "r"))
    return steps


def script_steps(code: str, output: str, output_offset: int, language: str) -> list[Step] | None:
    """The statements of a script, each statement that prints with the lines of ``output`` it printed, in turn;
    None when the lines do not line up with those statements."""
    steps = [Step(text) for _, _, text in statements(code, language)]
    lines = []
    for start, line in _lines_at(output, output_offset):
        if line.strip():
            knitr = _KNITR.match(line)
            lines.append((start, " " * knitr.end() + line[knitr.end() :] if knitr else line))
    printing = [step for step in steps if _prints(step.statement, language)]
    if not printing or not lines:
        return None
    at = 0
    for number, step in enumerate(printing):
        taken = _taken(lines, at, step.statement, language, last=number == len(printing) - 1)
        if taken == 0:
            return None
        step.shown, at = lines[at : at + taken], at + taken
    return steps if at == len(lines) else None


def _prints(statement: str, language: str) -> bool:
    """Whether a statement of a script prints: in Julia a ``println``; in R a call that is not silent nor an
    assignment."""
    text = statement.strip()
    if language == "julia":
        return re.match(r"(?:println|print)\s*\(", text) is not None
    if re.match(r"[A-Za-z_.][\w.]*\s*(?:<-|=(?!=))", text) or not text or text.startswith("#"):
        return False
    called = re.match(r"([A-Za-z_.][\w.:]*)\s*\(", text)
    return called is None or called.group(1) not in SILENT


def _taken(lines: list[tuple[int, str]], at: int, statement: str, language: str, *, last: bool) -> int:
    """How many of the lines from ``at`` a printing statement printed (0: they do not fit)."""
    if at >= len(lines):
        return 0
    if language == "julia" or re.match(r"\s*cat\s*\(", statement):
        return 1
    first = _INDEXED.fullmatch(lines[at][1])
    if first is not None and first.group("index") == "1":
        count = 1
        while at + count < len(lines) and (more := _INDEXED.fullmatch(lines[at + count][1])) and more["index"] != "1":
            count += 1
        return count
    pairs = 0
    while at + pairs + 1 < len(lines) and _named_numbers(lines[at + pairs : at + pairs + 2]) is not None:
        pairs += 2  # a named vector: names above values
    return pairs or _table_length(lines, at) or (len(lines) - at if last else 0)


def _table_length(lines: list[tuple[int, str]], at: int) -> int:
    """The lines of a data frame or tibble from ``at``: maybe ``# A tibble: 2 × 2``, a header, maybe the columns'
    types, then rows numbered 1, 2, ... (0 when there are none)."""
    count = 1 if _TIBBLE.fullmatch(lines[at][1]) else 0
    count += 1  # the header
    count += at + count < len(lines) and _TYPES.fullmatch(lines[at + count][1]) is not None
    rows = 0
    while at + count + rows < len(lines) and lines[at + count + rows][1].split()[:1] == [str(rows + 1)]:
        rows += 1
    return count + rows if rows else 0


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
        if len(shown) == 1 and _IS_NUMBER.fullmatch(shown[0][1].strip()):
            return [(shown[0][0] + len(shown[0][1]) - len(shown[0][1].lstrip()), shown[0][1].strip())]
        heading = _JULIA_VECTOR.fullmatch(shown[0][1])
        if heading is None or int(heading.group("count")) != len(shown) - 1:
            return None
        rows = shown[1:]
        if not all(_IS_NUMBER.fullmatch(line.strip()) for _, line in rows):
            return None
        return [(start + len(line) - len(line.lstrip()), line.strip()) for start, line in rows]
    found: list[tuple[int, str]] = []
    for start, line in shown:
        indexed = _INDEXED.fullmatch(line)
        if indexed is None or int(indexed.group("index")) != len(found) + 1:
            return _named_numbers(shown)
        values = indexed.start("values")
        found.extend((start + values + each.start(), each.group()) for each in re.finditer(r"\S+", indexed["values"]))
    return found


def _named_numbers(shown: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """A named vector's values: lines of names, each above a line of as many numbers."""
    if len(shown) % 2:
        return None
    found: list[tuple[int, str]] = []
    for (_, names), (start, values) in zip(shown[::2], shown[1::2], strict=True):
        numbers = list(re.finditer(r"\S+", values))
        if len(names.split()) != len(numbers) or not all(_IS_NUMBER.fullmatch(each.group()) for each in numbers):
            return None
        if any(_IS_NUMBER.fullmatch(name) for name in names.split()):
            return None
        found.extend((start + each.start(), each.group()) for each in numbers)
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
    rows = [(start, line) for start, line in shown if not _TIBBLE.fullmatch(line) and not _TYPES.fullmatch(line)]
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
            if len(cells) != len(header) + 1 or not _IS_NUMBER.fullmatch(cells[index + 1].group()):
                continue
            if divergence and isinstance(item, ast.UnaryOp) and isinstance(item.op, ast.USub):
                item = item.operand  # a divergence heading over minus a divergence: the heading's claim
            yield item, cells[index + 1].group(), start + cells[index + 1].start()


_R_CODE = lazy(r"^[ \t]*[A-Za-z_.][\w.]*[ \t]*<-|^[ \t]*#[#>][ \t]*\[1\]", re.MULTILINE)
_JULIA_CODE = lazy(r"\bprintln\(|\.[*/^]|\b(?:log2?|exp|sqrt)\.\(|^\s*function\s+\w+\(|^\s*using\s+\w+", re.MULTILINE)
_FIRST_R_PROMPT = lazy(r"(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*> \S")
#: Most blocks above read for the code of the same language.
MAX_BLOCKS_ABOVE = 10


def block_language(code: str) -> str | None:
    r"""``"r"`` or ``"julia"`` for a block of either (a script, a chunk with knitr's output, a console), else None.

    >>> block_language("p <- c(0.5, 0.5)"), block_language("julia> kl(p, q)"), block_language("print(kl(p, q))")
    ('r', 'julia', None)
    """
    if "julia>" in code and _JULIA_PROMPT.match(code.lstrip("\n")):
        return "julia"
    if _R_CODE.search(code) or ("> " in code and _FIRST_R_PROMPT.match(code)):
        return "r"
    if _JULIA_CODE.search(code) and parsed(code) is None:
        return "julia"
    return None


_FENCE = lazy(r"[ \t]*(?:`{3,}|~{3,})[ \t]*\{?[ \t]*(?P<language>[A-Za-z][\w-]*)")
_FENCED = {"r": "r", "rscript": "r", "rconsole": "r", "julia": "julia", "jl": "julia", "julia-repl": "julia"}
_FENCED |= {"jldoctest": "julia"}


def region_language(document: SourceText, region: Region) -> str | None:
    """The language of a block of code: the one its fence names (```` ```{r} ````, ```` ```julia ````; another
    language there is neither), else the one its code shows (:func:`block_language`)."""
    start = document.text.rfind("\n", 0, max(0, region.offset - 1)) + 1
    fence = _FENCE.match(document.text, start, max(start, region.offset - 1))
    if fence is not None:
        return _FENCED.get(fence.group("language").lower())
    return block_language(region.text)


def typed_code(code: str, language: str) -> str:
    """The code a block gives names and functions with: a console's statements, or the code itself."""
    steps = console_steps(code, 0, language)
    return "\n".join(step.statement for step in steps) if steps is not None else code


def code_above(document: SourceText, region: Region, language: str) -> str:
    """The code of the same language in the blocks of code above ``region`` (up to :data:`MAX_BLOCKS_ABOVE`)."""
    index = bisect.bisect_left(document.code, region.offset, key=lambda block: block.offset)
    blocks = document.code[max(0, index - MAX_BLOCKS_ABOVE) : index]
    return "\n".join(
        typed_code(block.text, language) for block in blocks if region_language(document, block) == language
    )


def output_above(document: SourceText, output: Region) -> str:
    """The code above a block of output that is an R or Julia console, in its language (else nothing)."""
    language = block_language(output.text) if ">" in output.text else None
    return code_above(document, output, language) if language is not None else ""


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
