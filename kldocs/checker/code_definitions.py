r"""The distributions a block of code assigns, and where it changes a name in a way that is not read.

In Python (parsed with :mod:`ast`, never run), a statement at the top level of
a block that gives a name the checker's formulas read (``p``, ``Q``, ``q_1``)
a list of numbers that sums to 1 defines that distribution: a list or tuple,
``np.array([...])``, ``torch.tensor([...])``, ``tf.constant([...])``, fractions
(``[1/3, 1/3, 1/3]``), ``[1/6] * 6``, or a dict of probabilities (its values in
order, its keys the labels). Any other assignment or change of such a name
(``p = p / p.sum()``, ``p[0] = 0.2``, ``p.sort()``, ``for p in ...``) is a
:class:`Changed`: from there on the name holds a value the checker does not
know, and claims about it are left unchecked. A list that does not sum to 1
(weights, counts) defines nothing and is such a change too.

Code in other languages (R's ``q <- c(0.5, 0.5)``, JavaScript's ``const p = [...]``)
is read a line at a time.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("```python\np = np.array([0.25, 0.75])\np = p ** 2\n```\n", "a.md")
>>> [(type(item).__name__, item.name, item.line) for item in block_definitions(document, document.code[0])]
[('DistributionDefinition', 'p', 2), ('Changed', 'p', 3)]
"""

from __future__ import annotations

import ast
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from kldocs.checker.code_calls import NOT_PYTHON, dotted
from kldocs.checker.code_functions import total_of
from kldocs.checker.code_literals import ARRAYS, dict_keys, distribution_outcomes, literal_numbers, unconverted
from kldocs.checker.code_names import FORMULA_NAME, parsed
from kldocs.checker.code_numbers import changed_name
from kldocs.checker.distributions import DistributionDefinition, definitions
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy


@dataclass(frozen=True)
class Changed:
    """A name that code gives a value the checker does not read (``reason``: the code), from ``line`` on.

    ``invalid``: the value is a list of numbers that is no distribution (``reason`` says why).
    """

    line: int
    name: str
    text: str
    reason: str
    offset: int = 0
    invalid: bool = False


#: The words that declare a name in JavaScript, Rust, Java, C#, C++, D, Go and Kotlin: ``const``, ``let mut``,
#: ``double[]``, ``std::vector<double>``, ``final float[]``.
_DECLARED = (
    r"(?:(?:const|let|mut|var|val|auto|final|static|immutable|readonly)\s+"
    r"|(?:std::)?(?:vector|array|List|Vec)<[\w\s,:]{1,20}>\s+"
    r"|(?:double|float|real|Double|Float|DoubleArray|FloatArray)\s*(?:\[\s*\]\s*)?\s)*"
)
#: What may stand between a name and its list in those languages: C's ``p[3]``, a type (``: Vec<f64>``,
#: ``: number[]``), Go's ``:=`` and ``[]float64``, Rust's ``vec![`` and ``&[``, ``new double[]``.
_TYPED_LIST = (
    r"(?:\[\s*[0-9]*\s*\])?(?:\s*:\s*[\w<>\[\];&\s]{1,30}?)?\s*(?:=|<-|:=)\s*"
    r"(?:vec!|array!|new\s+\w+\s*\[\s*[0-9]*\s*\]\s*|new\s*\[\]\s*|\[\][a-z]\w{0,10}|&)?"
)
_CODE_ASSIGNMENT = lazy(
    r"^(?P<indent>[ \t]*)"
    + _DECLARED
    + r"(?P<name>[A-Za-z]\w{0,2})"
    + _TYPED_LIST
    + r"(?:(?P<call>[A-Za-z_][\w.]{0,30})\(\s*&?)?"
    r"(?P<body>\[[^\[\]\n]{1,400}\]|\{[^{}\n]{1,400}\}|c\([^()\n]{1,400}\)"
    r"|(?:doubleArrayOf|floatArrayOf|arrayOf|listOf|List\.of|Arrays\.asList)\([^()\n]{1,400}\))"
)
#: A number's type written after it in those languages: ``0.5f``, ``0.5d``, ``0.5_f64``.
_NUMBER_TYPE = lazy(r"(?<=[0-9.])(?:_?f(?:32|64)|[fFdD])\b")
#: A table of numbers, not one distribution: ``matrix(c(...), ncol=3)``, ``np.array([...]).reshape(3, 3)``.
_TABLE_CALLS = frozenset({"matrix", "rbind", "cbind", "outer", "np.matrix", "numpy.matrix"})
_TABLE_SHAPE = lazy(r"\b(?:ncol|nrow|dim|byrow)\s*=|\.reshape\s*\(|\bshape\s*=")
#: A name a claim may name a distribution by (``p``, ``u``, ``q_1``): one that code changes is worth noting.
_CLAIM_NAME = lazy(r"[A-Za-z](?:_[A-Za-z0-9])?")
#: R's assignment, which Python would parse as a comparison (``q < -c(0.5, 0.5)``).
_R_ASSIGNMENT = lazy(r"^[ \t]*[A-Za-z_][\w.]*[ \t]*<-", re.MULTILINE)
#: What may follow the list of a definition in another language: the call's closing bracket, ``;``, a comment.
_DEFINITION_END = lazy(r"\s*+(?:,\s*+\w++\s*+=\s*+[\w.\"']++\s*+)*+\)?\s*+(?:;.*|#.*|//.*)?$")


def code_definitions(document: SourceText, line: str, offset: int) -> list[DistributionDefinition]:
    """The distribution a line of code assigns (``p = np.array([0.1, 0.9])``, ``q <- c(0.5, 0.5)``), if any.

    A matrix (``matrix(c(...), ncol=3)``, a list reshaped to rows) is not a distribution and gives none,
    nor is a list worked on after it (``p = np.array([1, 3]) / 4``).
    """
    assignment = _CODE_ASSIGNMENT.match(line)
    if assignment is None:
        return []
    if assignment.group("call") in _TABLE_CALLS or _TABLE_SHAPE.search(line, assignment.end()):
        return []  # rows of a table, not one distribution
    if not _DEFINITION_END.match(line, assignment.end()):
        return []
    body = _NUMBER_TYPE.sub("", assignment.group("body"))
    if body.endswith(")"):  # R's c(...), Kotlin's doubleArrayOf(...): the numbers in brackets
        body = "(" + body[body.index("(") + 1 :]
    elif body.startswith("{") and ":" not in body:  # Java's, C's and Go's {0.5, 0.5}
        body = "[" + body[1:-1] + "]"
    shown = " " * assignment.start("name") + f"{assignment.group('name')} = {body}"
    return [item for item in definitions(document, Region("code", shown, offset)) if _sums_to_one(item)]


#: A line of another language than Python that gives a name a value not read: ``p = smooth(p);``, ``p[i] /= s;``
#: (also after a loop's head, ``for (...) p[i] = 0;``), ``normalize(&mut p);``, ``p.sort();``.
_LINE_CHANGE = lazy(
    r"(?:^|[;{)])[ \t]*" + _DECLARED + r"(?P<name>[A-Za-z]\w{0,2})[ \t]*(?:\[[^\]\n]{0,40}\][ \t]*)?"
    r"(?:,[ \t]*[A-Za-z]\w{0,2}[ \t]*(?:\[[^\]\n]{0,40}\][ \t]*)?)*(?:[-+*/]?=|:=|<-)(?!=)"
    r"|&mut[ \t]+(?P<borrowed>[A-Za-z]\w{0,2})\b"
    r"|\b(?P<method>[A-Za-z]\w{0,2})\.(?:push|pop|sort\w*|reverse|fill|splice|shift|unshift|set|append|clear|swap|rotate\w*"
    r"|resize|assign|insert|erase|remove|Sort|Reverse|Add|Remove|Clear)\("
    # a statement that only calls a function on the name, which may change it: normalize(p); Arrays.sort(q); (the
    # name a whole argument: sum(p * log(p / q)) passes a new value, not p)
    r"|^[ \t]*(?!(?:print|println|printf|writeln|writefln|assert\w*|return|fmt\.|System\.|Console\.|console\.|"
    r"std::cout)\b)"
    r"[A-Za-z_][\w.:]*[ \t]*\([ \t]*&?(?:mut[ \t]+)?(?P<passed>[A-Za-z]\w{0,2})[ \t]*(?=[,)])[^;\n]*\)[ \t]*;?[ \t]*"
    r"(?://[^\n]*)?$"
)


def _line_changes(document: SourceText, line: str, offset: int) -> list[Changed]:
    r"""The name a line of code in another language than Python changes (see :data:`_LINE_CHANGE`), if any.

    >>> from kldocs.checker.reading import parse_text
    >>> [item.name for item in _line_changes(parse_text("x\n", "a.md"), "    p = smooth(p);", 0)]
    ['p']
    >>> [[item.name for item in _line_changes(parse_text("x\n", "a.md"), line, 0)] for line in ("normalize(p, 3);",
    ...  "sum(p * log(p / q))")]
    [['p'], []]
    """
    if "=" not in line and "&mut" not in line and "." not in line and "(" not in line:
        return []
    change = _LINE_CHANGE.search(line)
    if change is None:
        return []
    name = change.group("name") or change.group("borrowed") or change.group("method") or change.group("passed")
    if not _CLAIM_NAME.fullmatch(name):
        return []
    shown = " ".join(line.split())
    where = offset + change.start()
    return [Changed(document.line(where), name, shown, _shortened(shown), where)]


def block_definitions(document: SourceText, region: Region) -> list[DistributionDefinition | Changed]:
    """The distributions a block of code defines and the names it changes, in order (see the module's text)."""
    tree = None if _R_ASSIGNMENT.search(region.text) else parsed(region.text)
    if tree is None:  # not Python: a line at a time
        found: list[DistributionDefinition | Changed] = []
        offset = region.offset
        for line in region.text.split("\n"):
            declared = code_definitions(document, line, offset)
            found.extend(declared or _line_changes(document, line, offset))
            offset += len(line) + 1
        return found
    lines = region.text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def where(node: ast.stmt | ast.expr) -> int:
        text = lines[node.lineno - 1]
        column = len(text.encode()[: node.col_offset].decode(errors="ignore"))
        return region.offset + starts[node.lineno - 1] + column

    source = _source_lines(NOT_PYTHON.sub("", region.text))
    body = tree.body  # (a script's main part among them: see parsed)
    changes = [_with_shared(_changes(statement), tree) for statement in body]  # each statement walked once
    results: list[DistributionDefinition | Changed] = []
    defined: set[int] = set()  # the statements that define a distribution (or leave one as it is)
    latest: dict[str, tuple[Fraction, ...]] = {}  # the numbers each name holds, while they are known
    for statement, changed in zip(body, changes, strict=True):
        pairs = _assigned(statement)
        made = [(_definition(document, target, value, where(statement)), value) for target, value in pairs]
        assigned = [(definition, value) for definition, value in made if definition is not None]
        normalised = _normalised(statement)
        if assigned and len(assigned) == len(made):  # distributions, or lists that are none
            defined.add(id(statement))
            for definition, value in assigned:
                results.append(definition)
                latest[definition.name] = _numbers_of(value)
        elif normalised is not None and normalised in latest:  # p = p / p.sum()
            defined.add(id(statement))
            values = latest[normalised]
            total = sum(values, Fraction(0))
            if total != 1:  # weights made a distribution (one that is already is left as it is)
                latest[normalised] = tuple(value / total for value in values)
                results.append(_made(document, normalised, latest[normalised], where(statement)))
        else:
            for _, node in changed:
                latest.pop(node.id if isinstance(node, ast.Name) else changed_name(node) or "", None)
    for statement, node in itertools.chain.from_iterable(changes):
        if id(statement) in defined and isinstance(node, ast.Name):
            continue
        name = node.id if isinstance(node, ast.Name) else changed_name(node)
        if name is None or not _CLAIM_NAME.fullmatch(name):
            continue
        shown = " ".join((_segment(source, statement) or name).split())
        results.append(Changed(document.line(where(statement)), name, shown, _shortened(shown), where(statement)))
    return sorted(results, key=lambda item: item.offset)


def _made(document: SourceText, name: str, values: tuple[Fraction, ...], offset: int) -> DistributionDefinition:
    written = tuple(str(value) for value in values)
    shown = f"{name} = ({', '.join(written)})"
    return DistributionDefinition(document.line(offset), shown, name, values, written, None, offset)


def _normalised(statement: ast.stmt) -> str | None:
    """The name a statement divides by its own sum (``p = p / p.sum()``, ``p /= np.sum(p)``), if it does that."""
    if isinstance(statement, ast.AugAssign) and isinstance(statement.target, ast.Name):
        name = statement.target.id
        return name if isinstance(statement.op, ast.Div) and total_of(statement.value, name) else None
    if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
        return None
    target, value = statement.targets[0], statement.value
    if not isinstance(target, ast.Name) or not isinstance(value, ast.BinOp) or not isinstance(value.op, ast.Div):
        return None
    own = isinstance(value.left, ast.Name) and value.left.id == target.id
    return target.id if own and total_of(value.right, target.id) else None


def _numbers_of(value: ast.expr) -> tuple[Fraction, ...]:
    """The numbers of a value :func:`_definition` read, whatever their sum."""
    if isinstance(value, ast.Call) and dotted(value.func) in ARRAYS and len(value.args) == 1:
        value = value.args[0]
    written = literal_numbers(value, unsummed=True)
    numbers = tuple(Fraction(item) for item in written or ())
    return numbers if numbers and all(number >= 0 for number in numbers) and sum(numbers) > 0 else ()


def _assigned(statement: ast.stmt) -> list[tuple[ast.expr, ast.expr]]:
    """Each name a statement assigns with the value it gives it: one pair for ``p = [...]``, one a name for
    ``p, q = [...], [...]``; none for any other statement.

    >>> [(ast.unparse(name), ast.unparse(value)) for name, value in _assigned(ast.parse("p, q = [1], [0, 1]").body[0])]
    [('p', '[1]'), ('q', '[0, 1]')]
    """
    if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
        return []
    target, value = statement.targets[0], statement.value
    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts):
        return list(zip(target.elts, value.elts, strict=True))
    return [(target, value)]


def _definition(
    document: SourceText, target: ast.expr, value: ast.expr, offset: int
) -> DistributionDefinition | Changed | None:
    """What a top-level assignment ``name = [...]`` defines: a distribution, a list that is none, or nothing."""
    value = unconverted(value)
    if not isinstance(target, ast.Name) or not FORMULA_NAME.fullmatch(target.id):
        return None
    outcomes = distribution_outcomes(value)
    if isinstance(value, ast.Call) and dotted(value.func) in ARRAYS and len(value.args) == 1:
        inner = value.args[0]
    else:
        inner = value.args[1] if isinstance(value, ast.Call) and outcomes is not None else value
    if not isinstance(inner, ast.List | ast.Tuple | ast.Dict | ast.BinOp | ast.Call):
        return None
    written = literal_numbers(inner, unsummed=True)
    if written is None or (outcomes is not None and len(outcomes) != len(written)):
        return None
    keys = dict_keys(inner) or outcomes
    labels = tuple(key.strip("'\"") for key in keys) if keys is not None else None
    values = tuple(Fraction(item) for item in written)
    line = document.line(offset)
    shown = f"{target.id} = ({', '.join(written)})"
    found = DistributionDefinition(line, shown, target.id, values, tuple(written), labels, offset)
    if _sums_to_one(found):
        return found
    reason = f"values sum to {_total(values)}, not 1"
    return Changed(line, target.id, shown, reason, offset, invalid=True)


def _sums_to_one(definition: DistributionDefinition) -> bool:
    """True when non-negative probabilities sum to 1, or miss it by no more than the rounding of their decimals."""
    if any(value < 0 for value in definition.values):
        return False
    slack = Fraction(0)
    for written in definition.written:
        try:
            exponent = Decimal(written).as_tuple().exponent
        except (InvalidOperation, ValueError):
            exponent = 0  # a fraction 1/3: exact
        if isinstance(exponent, int) and exponent < 0:
            slack += Fraction(10) ** exponent / 2
    return abs(sum(definition.values, Fraction(0)) - 1) <= slack


def _total(values: tuple[Fraction, ...]) -> str:
    total = sum(values, Fraction(0))
    return str(total) if total.denominator == 1 else f"{float(total):g}"


def _source_lines(source: str) -> list[str]:
    """The lines of code as :mod:`ast` counts them (ends kept; ``\\r\\n``, ``\\r`` and ``\\n`` end one), split once for
    every :func:`_segment` of a block (:func:`ast.get_source_segment` splits the whole block at each call).

    >>> _source_lines("a = 1\\r\\nb = 2\\rc")
    ['a = 1\\r\\n', 'b = 2\\r', 'c']
    """
    return _SOURCE_LINE.findall(source)


_SOURCE_LINE = lazy(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _segment(lines: list[str], node: ast.stmt) -> str | None:
    """The code of a statement, as :func:`ast.get_source_segment` gives it, from the lines of :func:`_source_lines`.

    >>> code = "p = [0.5,\\n     0.5]; q = 1"
    >>> [_segment(_source_lines(code), statement) for statement in ast.parse(code).body]
    ['p = [0.5,\\n     0.5]', 'q = 1']
    """
    if node.end_lineno is None or node.end_col_offset is None:
        return None
    first, last = node.lineno - 1, node.end_lineno - 1
    if first == last:
        return lines[first].encode()[node.col_offset : node.end_col_offset].decode()
    head = lines[first].encode()[node.col_offset :].decode()
    tail = lines[last].encode()[: node.end_col_offset].decode()
    return "".join([head, *lines[first + 1 : last], tail])


def _with_shared(changes: list[tuple[ast.stmt, ast.AST]], tree: ast.Module) -> list[tuple[ast.stmt, ast.AST]]:
    """The changes, and for a list changed in place, the same change to the names that share it (``s = p``, then
    ``s[0] = 0.5`` changes ``p``)."""
    if not any(changed_name(node) is not None for _, node in changes):
        return changes
    shared: dict[str, set[str]] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Name):
            for target in (target for target in statement.targets if isinstance(target, ast.Name)):
                shared.setdefault(target.id, set()).add(statement.value.id)
                shared.setdefault(statement.value.id, set()).add(target.id)
    also = [
        (statement, ast.copy_location(ast.Name(other, ast.Store()), node))
        for statement, node in changes
        if isinstance(node, ast.expr | ast.stmt)
        for other in sorted(shared.get(changed_name(node) or "", ()))
    ]
    return changes + also


def _outer_changes(definition: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> list[ast.AST]:
    """What a function's body changes outside it: lists it changes in place (``p[0] = 0.9``) that are neither its
    parameters nor its own names, and the names it declares ``global`` and assigns."""
    nodes = list(ast.walk(definition))
    declared = {name for node in nodes if isinstance(node, ast.Global) for name in node.names}
    own = {node.arg for node in nodes if isinstance(node, ast.arg)}
    own |= {node.id for node in nodes if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)} - declared
    return [
        node
        for node in nodes
        if (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id in declared)
        or ((name := changed_name(node)) is not None and name not in own)
    ]


def _changes(top: ast.stmt) -> list[tuple[ast.stmt, ast.AST]]:
    """The statement (at the top level of a block) and those inside it, outside functions and classes, each with
    the node by which it gives a name a value or changes it."""
    found: list[tuple[ast.stmt, ast.AST]] = []

    def visit(statement: ast.stmt) -> None:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.append((statement, ast.Name(statement.name, ast.Store())))
            found.extend((statement, node) for node in _outer_changes(statement))  # done when it is called
            return
        for node in _own_nodes(statement):
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                found.append((statement, node))
            elif isinstance(node, ast.alias):
                found.append((statement, ast.Name((node.asname or node.name).partition(".")[0], ast.Store())))
            elif changed_name(node) is not None:
                found.append((statement, node))
        for child in ast.iter_child_nodes(statement):
            if isinstance(child, ast.stmt):
                visit(child)
            elif isinstance(child, ast.excepthandler | ast.match_case):
                for inner in ast.iter_child_nodes(child):
                    if isinstance(inner, ast.stmt):
                        visit(inner)

    visit(top)
    return found


def _own_nodes(statement: ast.stmt) -> list[ast.AST]:
    """The nodes of a statement that may give a name a value or change it, not of the statements inside it, nor of
    functions or comprehensions in it (constants and contexts, which never do, are left out).

    >>> [type(node).__name__ for node in _own_nodes(ast.parse("p[0] = f(1)").body[0])]
    ['Call', 'Name', 'Subscript', 'Name']
    """
    nodes: list[ast.AST] = []
    stack = _children(statement)
    while stack:
        node = stack.pop()
        if isinstance(node, _NOT_OWN):
            continue  # names stored in these are their own
        nodes.append(node)
        stack.extend(_children(node))
    return nodes


#: Nodes whose names are not the statement's own.
_NOT_OWN = (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.excepthandler, ast.match_case)
#: Nodes that are not walked: statements (walked on their own), and leaves that hold no name.
_NOT_WALKED = (ast.stmt, ast.expr_context, ast.Constant)


def _children(node: ast.AST) -> list[ast.AST]:
    """What :func:`ast.iter_child_nodes` gives, but the nodes of :data:`_NOT_WALKED` (a list of 2,000 rows of
    numbers is mostly constants and contexts)."""
    found: list[ast.AST] = []
    for name in node._fields:
        value = getattr(node, name, None)
        if isinstance(value, list):
            found.extend(item for item in value if isinstance(item, ast.AST) and not isinstance(item, _NOT_WALKED))
        elif isinstance(value, ast.AST) and not isinstance(value, _NOT_WALKED):
            found.append(value)
    return found


def _shortened(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
