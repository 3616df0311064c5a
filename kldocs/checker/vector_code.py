r"""R's and Julia's vector arithmetic written as the Python the code followers read: ``kl <- function(p, q)
sum(p * log(p / q))`` as ``def kl(p, q): return np.sum(p * np.log(p / q))``.

Documents show R and Julia sessions and scripts with the values they printed (see :mod:`.vector_output`). The
small part of each language those use, vectors (``c(0.2, 0.8)``, ``[0.2, 0.8]``), their arithmetic item by item
(``p * log(p / q)``, ``p .* log.(p ./ q)``), sums, logs in a base (``log(x, base = 2)``, ``log2``, Julia's
``log(2, x)``), functions of a line or a body (``function(p) { p <- p[p > 0]; -sum(p * log2(p)) }``, ``function
kl(p, q) ... end``), named lists (``list(a = ..., b = ...)``, ``d$a``) and the measures of R's entropy and
philentropy packages and Julia's StatsBase, is written as the NumPy and SciPy code it stands for, one statement at a
time: :func:`statements` cuts the code, :func:`python_statement` writes one, None when any of it is beyond that
part. Code is never run.

>>> python_statement("kl <- function(p, q) sum(p * log(p / q, base = 2))", "r")
'def kl(p, q):\n    return np.sum(p * np.log2(p / q))'
>>> python_statement("kl(p, q) = sum(p .* log.(p ./ q))", "julia")
'def kl(p, q):\n    return np.sum(p * np.log(p / q))'
>>> python_statement("h <- entropy::entropy(c(0.5, 0.5), unit = 'log2')", "r")
'h = stats.entropy(np.array([0.5, 0.5]), base=2)'
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.lazy_patterns import lazy

#: What the Python written here takes from its modules.
HEADER = "import numpy as np\nfrom scipy import stats\n"
#: Most characters of a statement written again.
MAX_STATEMENT = 2000
#: Longest vector ``rep(x, n)`` written out.
MAX_REPEATS = 100

_R_TOKEN = lazy(
    r"(?P<string>\"[^\"\n]*\"|'[^'\n]*')|(?P<number>[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?L?)"
    r"|(?P<name>[A-Za-z_.][\w.]*(?:::[A-Za-z_.][\w.]*)?)|(?P<other>\S)|(?P<space>\s+)"
)
_STRINGS = lazy(r"\"[^\"\n]*\"|'[^'\n]*'")
_JULIA_DOTTED = {".*": "*", "./": "/", ".+": "+", ".-": "-", ".^": "**"}
#: Functions of a vector each language writes plainly, as NumPy has them.
_NUMPY = {"log2": "np.log2", "log10": "np.log10", "exp": "np.exp", "sqrt": "np.sqrt", "abs": "np.abs"}
_NUMPY |= {"sum": "np.sum", "mean": "np.mean", "length": "len", "round": "round", "log": "np.log"}
_BASES = {"2": "np.log2", "10": "np.log10", "2.0": "np.log2", "10.0": "np.log10", "exp(1)": "np.log"}
_UNITS = {"log2": "2", "log": None, "log10": "10"}
#: Calls that apply a function to the items of lists, and that make tables: read where their values are shown.
_APPLIED = frozenset({"sapply", "vapply", "map_dbl", "mapply", "map2_dbl", "Map"})
_TABLES = frozenset({"data_frame", "tibble", "tibble__tibble"})
#: The packages whose measures a call of a bare name may be, once loaded (``library(entropy)``).
_PACKAGES: dict[str, tuple[str, ...]] = {"entropy": ("entropy", "StatsBase"), "KL_plugin": ("entropy",)}
_PACKAGES |= {"entropy_plugin": ("entropy",), "KL": ("philentropy",), "H": ("philentropy",)}
_PACKAGES |= {"kldivergence": ("StatsBase",)}
#: R's and Julia's calls that print nothing.
SILENT = frozenset(
    {"library", "require", "set.seed", "plot", "lines", "points", "abline", "legend", "par", "hist", "barplot"}
    | {"curve", "invisible", "source", "suppressMessages", "options", "stopifnot", "rm", "install.packages"}
    | {"using", "import", "include", "Random.seed!"}
)


def statements(code: str, language: str) -> Iterator[tuple[int, int, str]]:
    r"""The statements of code: for each, the line it starts on and the line it ends on (counted from 0), and its
    text (a statement goes on while brackets are open, or, in Julia, until the ``end`` of a ``function``).

    >>> list(statements("f <- function(p) {\n  -sum(p)\n}\nf(p); g(p)", "r"))
    [(0, 2, 'f <- function(p) {\n  -sum(p)\n}'), (3, 3, 'f(p)'), (3, 3, ' g(p)')]
    """
    lines = code.split("\n")
    start, depth, blocks = 0, 0, 0
    taken: list[str] = []
    for index, line in enumerate(lines):
        text = _code_part(line)
        if not taken and not text.strip():
            start = index + 1
            continue
        taken.append(line)
        depth += sum(text.count(open_) - text.count(close) for open_, close in ("()", "[]", "{}"))
        if language == "julia":
            blocks += len(re.findall(r"^\s*(?:function|for|if|let|begin|while)\b", text))
            blocks -= len(re.findall(r"(?<![\w.])end\s*;?\s*$", text))
        if depth <= 0 and blocks <= 0:
            for part in _parts(taken) if start == index else ["\n".join(taken)]:
                yield start, index, part
            start, depth, blocks, taken = index + 1, 0, 0, []
    if taken:
        yield start, len(lines) - 1, "\n".join(taken)


def _parts(taken: list[str]) -> list[str]:
    """A line's statements: those ``;`` parts outside brackets and strings (``a = [0.5, 0.5]; b = [0.9, 0.1]``)."""
    line = _code_part(taken[0])
    parts, depth, quote, start = [], 0, "", 0
    for index, char in enumerate(line):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        else:
            depth += (char in "([{") - (char in ")]}")
            if char == ";" and depth == 0:
                parts.append(line[start:index])
                start = index + 1
    parts.append(line[start:])
    kept = [part for part in parts if part.strip()]
    return kept if len(kept) > 1 else taken


def _code_part(line: str) -> str:
    """A line without its comment (a ``#`` outside strings)."""
    quote = ""
    for index, char in enumerate(line):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "#":
            return line[:index]
    return line


@functools.lru_cache(maxsize=4096)
def python_statement(statement: str, language: str, own: frozenset[str] = frozenset()) -> str | None:
    """One statement of R (``language`` ``"r"``) or Julia written as Python, or None.

    ``own``: the functions the code defines itself, and the packages it loads as ``library:entropy`` (a call of
    ``entropy`` is the package's only when the code loads it and does not define its own).
    """
    if len(statement) > MAX_STATEMENT:
        return None
    lines = [_code_part(line).rstrip() for line in statement.split("\n")]
    text = "\n".join(line for line in lines if line.strip()).strip().rstrip(";").strip()
    if language == "julia":
        return _julia_statement(text, own)
    definition = re.match(r"([A-Za-z_.][\w.]*)\s*(?:<-|=)\s*function\s*\(([^()]*)\)\s*", text, re.DOTALL)
    if definition is not None:
        return _function(definition.group(1), definition.group(2), text[definition.end() :], "r", own)
    assignment = re.match(r"([A-Za-z_.][\w.]*)\s*(?:<-|=(?!=))\s*", text)
    if assignment is not None:
        value = python_expression(text[assignment.end() :], "r", own)
        return None if value is None else f"{_name(assignment.group(1))} = {value}"
    return python_expression(text, "r", own)


def _julia_statement(text: str, own: frozenset[str]) -> str | None:
    """A Julia statement as Python: a function (of one line or a ``function ... end``), an assignment, an
    expression."""
    short = re.match(r"([A-Za-z_]\w*)\s*\(([^()]*)\)\s*=(?!=)\s*", text)
    if short is not None:
        return _function(short.group(1), short.group(2), text[short.end() :], "julia", own)
    long = re.match(r"function\s+([A-Za-z_]\w*)\s*\(([^()]*)\)\s*\n(.*)\n\s*end$", text, re.DOTALL)
    if long is not None:
        return _function(long.group(1), long.group(2), "{" + long.group(3) + "}", "julia", own)
    assignment = re.match(r"([A-Za-z_]\w*)\s*=(?!=)\s*", text)
    if assignment is not None:
        value = python_expression(text[assignment.end() :], "julia", own)
        return None if value is None else f"{assignment.group(1)} = {value}"
    return python_expression(text, "julia", own)


def _function(name: str, parameters: str, body: str, language: str, own: frozenset[str]) -> str | None:
    """A function of plain parameters whose body is an expression, or ``{`` statements ``}`` that end in one."""
    names = [_name(part.strip()) for part in parameters.split(",") if part.strip()]
    if not all(re.fullmatch(r"[A-Za-z_]\w*", each) for each in names):
        return None
    body = body.strip()
    if body.startswith("{") and body.endswith("}"):
        inner = body[1:-1].replace(";", "\n")
        parts = [text for _, _, text in statements(inner, language)]
    else:
        parts = [body]
    if not parts:
        return None
    written = []
    for index, part in enumerate(parts):
        part = re.sub(r"^\s*return\b\s*", "", part) if index == len(parts) - 1 else part
        line = python_statement(part, language, own)
        if line is None or "\n" in line or line.startswith("def "):
            return None
        last = index == len(parts) - 1
        if last and re.match(r"[A-Za-z_]\w*\s*=(?!=)", line):
            return None  # a function that ends in an assignment returns its value: not written here
        written.append(f"    {'return ' if last else ''}{line}")
    return f"def {_name(name)}({', '.join(names)}):\n" + "\n".join(written)


def python_expression(text: str, language: str, own: frozenset[str] = frozenset()) -> str | None:
    """An expression of R or Julia as Python, or None (see the module's text).

    >>> python_expression("-sum(p[p > 0] * log(p[p > 0], base = 2))", "r")
    '-np.sum(p[p > 0] * np.log2(p[p > 0]))'
    >>> python_expression("sum(p .* log2.(p ./ q))", "julia"), python_expression("1:3", "r")
    ('np.sum(p * np.log2(p / q))', None)
    """
    source = _r_tokens(text) if language == "r" else _julia_tokens(text)
    if source is None:
        return None
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    try:
        written = _Python(language, own).visit(tree)
    except _BeyondError:
        return None
    return ast.unparse(ast.fix_missing_locations(written))


def _r_tokens(text: str) -> str | None:
    """R's text with its tokens as Python spells them (``^`` as ``**``, ``TRUE`` as ``True``, ``d$a`` as ``d.a``,
    which :class:`_Python` reads as ``d["a"]``); ``%in%``, ``a:b``, ``[[``, ``!x`` and the like are beyond the part
    read."""
    bare = _STRINGS.sub('""', text)
    if re.search(r"%|\[\[|->|\?|@|`|\\|(?<!:):(?!:)|!(?!=)|\bfunction\b", bare):
        return None
    out = []
    for match in _R_TOKEN.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind == "name":
            out.append({"TRUE": "True", "FALSE": "False", "NULL": "None"}.get(token, _name(token)))
        elif kind == "number":
            out.append(token.removesuffix("L"))
        else:
            out.append({"^": "**", "$": "."}.get(token, token))
    return "".join(out)


def _julia_tokens(text: str) -> str | None:
    """Julia's text with its operators as Python spells them (``.*`` as ``*``, ``log.(x)`` as ``log(x)``); ``x'``,
    ``a:b``, ``a ? b : c`` and blocks are beyond the part read; strings with ``$(...)`` are written as f-strings."""
    bare = _STRINGS.sub('""', text)
    if re.search(r"'|:|\?|->|\.\.\.|\bbegin\b|\bdo\b|\$|%|@", bare):
        return None
    text = re.sub(r"(?<![0-9])\.([*/+\-^])", lambda match: _JULIA_DOTTED["." + match.group(1)], text)
    text = re.sub(r"(?<=[\w)])\.\(", "(", text)  # log.(x): log of each item
    return _julia_strings(text.replace("^", "**"))


def _julia_strings(text: str) -> str | None:
    """Julia's strings with ``$(expression)`` or ``$name`` in them written as f-strings."""

    def written(match: re.Match[str]) -> str:
        inner = match.group(1)
        if "{" in inner or "}" in inner:
            raise _BeyondError
        inner = re.sub(r"\$\(([^()]*(?:\([^()]*\)[^()]*)*)\)", r"{\1}", inner)
        inner = re.sub(r"\$([A-Za-z_]\w*)", r"{\1}", inner)
        return ("f" if "{" in inner else "") + '"' + inner + '"'

    try:
        return re.sub(r'"([^"\n]*)"', written, text)
    except _BeyondError:
        return None


def _name(token: str) -> str:
    """An R name as Python may write it: ``KL.plugin`` as ``KL_plugin``, ``entropy::entropy`` as
    ``entropy__entropy``."""
    return token.replace("::", "__").replace(".", "_")


class _BeyondError(Exception):
    """Code beyond the part of the language read."""


class _Python(ast.NodeTransformer):
    """An expression parsed from R's or Julia's tokens, its calls written as NumPy's and SciPy's."""

    def __init__(self, language: str, own: frozenset[str]) -> None:
        self.language = language
        self.own = own

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if self.language == "julia" or not isinstance(node.ctx, ast.Load):
            raise _BeyondError  # (R's names with dots were written with underscores: only ``d$a`` is left)
        return ast.Subscript(self.visit(node.value), ast.Constant(node.attr), ast.Load())

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if not isinstance(node.func, ast.Name):
            raise _BeyondError
        name = node.func.id
        if name == "vapply" and len(node.args) == 3:  # vapply(d, f, numeric(1)): the type of its values
            node.args = node.args[:2]
        if name == "unlist" and len(node.args) == 1 and isinstance(node.args[0], ast.Call):
            inner = node.args[0]
            if isinstance(inner.func, ast.Name) and inner.func.id == "lapply":
                return self.visit_Call(ast.Call(ast.Name("sapply", ast.Load()), inner.args, inner.keywords))
        arguments = [self.visit(argument) for argument in node.args]
        keywords = {keyword.arg: keyword.value for keyword in node.keywords}
        if any(isinstance(argument, ast.Starred) for argument in arguments) or None in keywords:
            raise _BeyondError
        written = self._library(name, arguments, keywords) if name not in self.own else None
        if written is not None:
            return written
        if name == "rbind" and len(arguments) == 2 and not keywords:  # rows of philentropy's measures
            return ast.Call(ast.Name(name, ast.Load()), arguments, [])
        if name in self.own:
            return ast.Call(ast.Name(name, ast.Load()), arguments, [self._keyword(k, v) for k, v in keywords.items()])
        if name == "log":
            return self._log(arguments, keywords)
        if name in ("c", "vec") and not keywords and all(_scalar(argument) for argument in arguments):
            return _array(arguments)
        if name == "c" and not arguments and all(_scalar(value) for value in keywords.values()):
            return _array([self.visit(value) for value in keywords.values()])
        if name == "list" and arguments and not keywords:
            return ast.List(arguments, ast.Load())
        if name == "list" and keywords and not arguments:
            pairs = [(ast.Constant(key), self.visit(value)) for key, value in keywords.items()]
            return ast.Dict([key for key, _ in pairs], [value for _, value in pairs])
        if name == "rep" and len(arguments) == 2 and not keywords:
            return _repeated(arguments[0], arguments[1])
        if name == "zip" and not keywords:
            return ast.Call(ast.Name(name, ast.Load()), arguments, [])
        if name == "sum" and len(arguments) == 1 and isinstance(arguments[0], ast.GeneratorExp) and not keywords:
            return ast.Call(ast.Name(name, ast.Load()), arguments, [])  # a sum over a generator, as Python's
        if name in _NUMPY and not keywords and (name != "round" or len(arguments) == 2):
            return ast.Call(_dotted(_NUMPY[name]), arguments, [])
        if name in _APPLIED and not keywords:  # read item by item where their values are shown
            return ast.Call(ast.Name(name, ast.Load()), arguments, [])
        if name in _TABLES and not arguments:
            return ast.Call(ast.Name(name, ast.Load()), [], [self._keyword(k, v) for k, v in keywords.items()])
        if name == "c" and arguments and not keywords and all(_string(argument) for argument in arguments):
            return ast.List(arguments, ast.Load())
        if name == "println" and not keywords:
            return ast.Call(ast.Name("print", ast.Load()), arguments or [ast.JoinedStr([])], [])
        raise _BeyondError

    def visit_List(self, node: ast.List) -> ast.AST:
        if self.language != "julia" or not all(_scalar(item) for item in node.elts):
            raise _BeyondError
        return _array([self.visit(item) for item in node.elts])

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        mask = node.slice
        if not isinstance(mask, ast.Compare | ast.BoolOp):  # p[p > 0]; an index counts from 1 in both languages
            raise _BeyondError
        return ast.Subscript(self.visit(node.value), self.visit(mask), ast.Load())

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in ("pi", "e") and self.language == "julia":
            return _dotted(f"np.{node.id}")
        return node

    def _keyword(self, name: str | None, value: ast.expr) -> ast.keyword:
        return ast.keyword(name, self.visit(value))

    def _log(self, arguments: list[ast.expr], keywords: dict[str | None, ast.expr]) -> ast.AST:
        """R's ``log(x)``, ``log(x, base = 2)``, ``log(x, 2)``; Julia's ``log(x)`` and ``log(2, x)``."""
        base: ast.expr | None
        if self.language == "julia" and len(arguments) == 2 and not keywords:
            base, value = arguments
        elif len(arguments) == 2 and not keywords:
            value, base = arguments
        elif len(arguments) == 1 and set(keywords) <= {"base"}:
            value, base = arguments[0], keywords.get("base")
        else:
            raise _BeyondError
        function = "np.log" if base is None else _BASES.get(ast.unparse(self.visit(base)))
        if function is None:
            raise _BeyondError
        return ast.Call(_dotted(function), [value], [])

    def _library(self, name: str, arguments: list[ast.expr], keywords: dict[str | None, ast.expr]) -> ast.AST | None:
        """The measures of R's entropy and philentropy packages and of Julia's StatsBase, as SciPy's ``entropy``."""
        package, _, plain = name.rpartition("__")
        package = package or next((each for each in _PACKAGES.get(plain, ()) if f"library:{each}" in self.own), "-")
        if self.language == "julia":
            measured = {"entropy": 1, "kldivergence": 2}.get(plain, 0)
            if package == "StatsBase" and measured and not keywords and measured <= len(arguments) <= measured + 1:
                base = arguments[measured] if len(arguments) > measured else None
                if any(_unscaled(vector) for vector in arguments[:measured]):
                    return None
                return _entropy(arguments[:measured], None if base is None else ast.unparse(base))
            return None
        unit = keywords.get("unit")
        if set(keywords) - {"unit", "method"} or (unit is not None and not isinstance(unit, ast.Constant)):
            return None
        method = keywords.get("method")
        written_unit = unit.value if isinstance(unit, ast.Constant) else None
        if package == "entropy" and plain in ("entropy", "entropy_plugin", "entropy_empirical"):
            plugin = method is None or (isinstance(method, ast.Constant) and method.value == "ML")
            if len(arguments) == 1 and plugin and written_unit in (None, *_UNITS):
                return _entropy(arguments, _UNITS[written_unit or "log"])
        if package == "entropy" and plain in ("KL_plugin", "KL_empirical") and len(arguments) == 2:
            return _entropy(arguments, _UNITS[written_unit or "log"]) if written_unit in (None, *_UNITS) else None
        if package == "philentropy" and plain in ("KL", "H") and method is None:
            bound = arguments[0] if plain == "KL" and _rbind(arguments) else None
            rows = bound.args if isinstance(bound, ast.Call) else arguments if plain == "H" else None
            if rows and written_unit in (None, *_UNITS) and (plain == "KL" or len(arguments) == 1):
                return _entropy(rows, _UNITS[written_unit or "log2"])
        return None


def _rbind(arguments: list[ast.expr]) -> bool:
    """``rbind(p, q)``: the two rows philentropy's measures take."""
    only = arguments[0] if len(arguments) == 1 else None
    return (
        isinstance(only, ast.Call)
        and isinstance(only.func, ast.Name)
        and only.func.id == "rbind"
        and len(only.args) == 2
    )


def _entropy(arguments: list[ast.expr], base: str | None) -> ast.expr:
    """SciPy's ``entropy`` of these, in this base (None: nats)."""
    keywords = [] if base is None else [ast.keyword("base", ast.Constant(int(float(base))))]
    if base is not None and base not in ("2", "10", "2.0", "10.0"):
        raise _BeyondError
    return ast.Call(_dotted("stats.entropy"), arguments, keywords)


def _unscaled(vector: ast.expr) -> bool:
    """Whether a vector written out does not sum to 1: StatsBase's measures take it as it is, where SciPy's scale it
    (``entropy([2, 1, 1])`` is ``-2 log 2`` there), so its value is not read.

    >>> _unscaled(ast.parse("[2, 1, 1]", mode="eval").body), _unscaled(ast.parse("[0.5, 0.5]", mode="eval").body)
    (True, False)
    """
    if isinstance(vector, ast.Call) and ast.unparse(vector.func) == "np.array" and len(vector.args) == 1:
        vector = vector.args[0]  # c(2, 1, 1) and [2, 1, 1] are written np.array([2, 1, 1])
    if not isinstance(vector, ast.List | ast.Tuple):
        return False
    try:
        total = sum(Fraction(ast.unparse(item)) for item in vector.elts)
    except (ValueError, ZeroDivisionError):
        return True
    return total != 1


def _scalar(node: ast.expr) -> bool:
    """A number or an expression of one (not a name that may hold a vector, nor another vector)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int | float) and not isinstance(node.value, bool)
    if isinstance(node, ast.UnaryOp):
        return _scalar(node.operand)
    if isinstance(node, ast.BinOp):
        return _scalar(node.left) and _scalar(node.right)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id not in ("c", "rep", "list")


def _string(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _array(items: list[ast.expr]) -> ast.expr:
    return ast.Call(_dotted("np.array"), [ast.List(items, ast.Load())], [])


def _repeated(value: ast.expr, times: ast.expr) -> ast.expr:
    """``rep(0.25, 4)``: the vector written out."""
    count = times.value if isinstance(times, ast.Constant) else None
    if not isinstance(count, int) or isinstance(count, bool) or not 0 < count <= MAX_REPEATS:
        raise _BeyondError
    if not _scalar(value) or any(isinstance(node, ast.Name) for node in ast.walk(value)):
        raise _BeyondError
    return _array([value] * count)


def _dotted(name: str) -> ast.expr:
    return ast.parse(name, mode="eval").body
