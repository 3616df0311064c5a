r"""The measure functions a document's code defines or imports, and what each computes.

A function the document defines computes what its body says, when the body is
one of the usual ways to write a measure of its parameters (parsed with
:mod:`ast`, never run): a sum written out (:mod:`~kldocs.checker.written_sums`: ``np.sum(p * np.log(p / q))``,
``sum(pi * math.log(pi / qi, 2) for pi, qi in zip(p, q))``, ...) or a call of a measure
(``return entropy(p, q, base=2)``); it may first make arrays of its parameters or
divide them by their sums, which leaves a distribution as it is. The body then tells the measure, the
order of the distributions and the log base, whatever the function is called. Another body leaves only
the function's name to go by (:data:`~kldocs.checker.code_calls.FUNCTIONS`), with the base of its logs.

>>> functions = document_functions(["def divergence(a, b):\n    return np.sum(b * np.log2(b / a))\n"])
>>> functions.bodies["divergence"][1]
MeasureCall(measure='kl', names=('b', 'a'), base='2', function='sum')
"""

from __future__ import annotations

import ast
import copy
import functools
import re
from collections.abc import Iterable

from kldocs.checker.body_steps import returned_value
from kldocs.checker.code_calls import (
    FOREIGN,
    FUNCTIONS,
    NOT_PYTHON,
    SCIPY_KL_DIV,
    Functions,
    MeasureCall,
    dotted,
    measure_call,
    snake_case,
)
from kldocs.checker.code_literals import ARRAYS
from kldocs.checker.code_terms import ScalarBody, is_log, log_base
from kldocs.checker.dit_calls import DIT_FUNCTIONS
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.lost_indentation import reindented
from kldocs.checker.scalar_functions import scalar_body

#: What a function's body computes: its parameters, and the measure of them (None: two bodies disagree); or, for a
#: function of single probabilities, the measure and how its arguments make distributions.
Body = tuple[tuple[str, ...], MeasureCall] | ScalarBody


def defined_bases(code: str) -> dict[str, str | None]:
    """For each function that ``code`` defines with a measure's name, the base of the logarithms it takes.

    None when its logarithms disagree or take a base that is not a plain 2, 10 or e.

    >>> defined_bases("def kl(p, q):\\n    return np.sum(p * np.log2(p / q))\\n")
    {'kl': '2'}
    """
    found: dict[str, str | None] = {}
    if "def " not in code:
        return found
    try:
        tree = ast.parse(NOT_PYTHON.sub("", code))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return found
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in FUNCTIONS:
            logs = {log_base(call) for call in ast.walk(node) if isinstance(call, ast.Call) and is_log(call)}
            found[node.name] = logs.pop() if len(logs) == 1 else None
    return found


_IMPORT = lazy(r"^[ \t]*(?:from\s+(?P<module>[\w.]+)\s+)?import\s+(?P<names>[^#\n]+)", re.MULTILINE)


def imported(code: str) -> dict[str, str]:
    """Measure functions imported by name: SciPy's compute in nats (``"e"``), ``dit``'s in bits, other libraries'
    are :data:`FOREIGN`.

    ``scipy.special`` imported under another name (``import scipy.special as sp``) makes its
    element-wise functions under that name (``sp.rel_entr``) SciPy's.

    >>> imported("from scipy.stats import entropy\\nfrom torch.nn.functional import cross_entropy, kl_div")
    {'entropy': 'e', 'cross_entropy': 'foreign', 'kl_div': 'foreign'}
    >>> imported("import scipy.special as sp")
    {'sp.rel_entr': 'scipy.special', 'sp.kl_div': 'scipy.special'}
    """
    found: dict[str, str] = {}
    for match in _IMPORT.finditer(code):
        module = match.group("module") or ""
        for piece in match.group("names").split(","):
            imported_name, _, alias = piece.strip(" ()").partition(" as ")
            name = alias.strip() or imported_name.strip()
            if name in FUNCTIONS:
                found[name] = "e" if module.startswith("scipy") else "2" if _is_dit(module) else FOREIGN
            elif name == "kl_div":  # SciPy's sums to the KL divergence; PyTorch's takes logs first
                found[name] = SCIPY_KL_DIV if module in ("scipy.special", "scipy") else FOREIGN
            full = f"{module}.{imported_name.strip()}" if module else imported_name.strip()
            if full == "scipy.special" and alias.strip():
                found.update({f"{alias.strip()}.{function}": SCIPY_KL_DIV for function in ("rel_entr", "kl_div")})
    return found


def dit_imports(code: str) -> dict[str, str]:
    """The names the imports of a block give dit's functions, by their full names (see :mod:`.dit_calls`).

    >>> dit_imports("from dit.shannon import conditional_entropy as H, entropy")
    {'H': 'dit.shannon.conditional_entropy', 'entropy': 'dit.shannon.entropy'}
    """
    found = {}
    for match in _IMPORT.finditer(code):
        module = match.group("module") or ""
        for piece in match.group("names").split(",") if _is_dit(module) else ():
            imported_name, _, alias = piece.strip(" ()").partition(" as ")
            if imported_name.strip() in DIT_FUNCTIONS:
                found[alias.strip() or imported_name.strip()] = f"{module}.{imported_name.strip()}"
    return found


def _is_dit(module: str) -> bool:
    """The ``dit`` library, whose measures of its distributions are in bits."""
    return module == "dit" or module.startswith("dit.")


def document_functions(blocks: Iterable[str]) -> Functions:
    """The measure functions a document's blocks of code define (with their log base and body) or import.

    >>> document_functions(["from torch.nn.functional import cross_entropy", "def kl(p, q):\\n    return 0\\n"])
    {'cross_entropy': 'foreign', 'kl': None}
    """
    functions = Functions()
    for code in blocks:
        found = {**imported(code), **other_languages(code), **defined_bases(code)}
        for name, base in found.items():
            # Defined twice with different logs (in two languages, say): which one a call means is not known.
            functions[name] = base if functions.get(name, base) == base else None
        for name, body in defined_bodies(code).items():
            functions.bodies[name] = body if functions.bodies.get(name, body) == body else None
        if "dit" in code:
            functions.dit.update(dit_imports(code))
    return functions


def with_text_definitions(functions: Functions, text: str) -> Functions:
    r"""``functions`` with each function a ``def`` line of the document's ``text`` defines that its code did not
    (prose lines: a docstring's blank line, or a page's lost indentation, cut it out of the code) as a function of the
    document's own whose base is not known (None): a call of it computes what its body says, not the library
    function of that name (SciPy's ``entropy`` in nats, normalising its weights), nor a base the document uses
    elsewhere.

    >>> text = "def entropy(probs):\n    '''Bits.\n\n    >>> entropy([0.5, 0.5])\n    1.0\n    '''\n"
    >>> with_text_definitions(Functions({"kl": "2"}), text)
    {'entropy': None, 'kl': '2'}
    >>> with_text_definitions(Functions(), "def entropy(p):\nreturn -sum(x * math.log2(x) for x in p)\n")
    {'entropy': '2'}
    """
    defined = defined_in_text(text)
    own = {name: code for name, code in defined.items() if name not in functions}
    if not own:
        return functions
    found = Functions({**dict.fromkeys(sorted(own)), **functions}, functions.bodies)
    for name, code in own.items():  # a function whose lines lost their indentation, indented again
        if code is not None:
            found[name] = defined_bases(code).get(name)
            found.bodies.setdefault(name, defined_bodies(code).get(name))
    return found


@functools.lru_cache(maxsize=4)
def defined_in_text(text: str) -> dict[str, str | None]:
    """The names of the functions the ``def`` lines of ``text`` define, each with its code when its lines stand at
    column 0 and their structure gives their indentation back (see :mod:`.lost_indentation`), else None (once a
    document: its text is the key)."""
    found: dict[str, str | None] = {}
    for match in _DEF_LINE.finditer(text) if "def " in text else ():
        reach = min(len(text), match.start() + _DEF_REACH)  # a function copied as text is short
        end = text.find("\n\n", match.start(), reach)
        lines = text[match.start() : reach if end < 0 else end].rstrip().split("\n")
        flat = len(lines) > 1 and not lines[1][:1].isspace()
        code = reindented(lines) if flat else None
        found[match.group(1)] = code if found.get(match.group(1), code) == code else None
    return found


#: How far after its ``def`` line a function copied as text is looked for, in characters.
_DEF_REACH = 10_000
_DEF_LINE = lazy(r"^[ \t]*def[ \t]+(\w+)[ \t]*\(", re.MULTILINE)


def defined_bodies(code: str) -> dict[str, Body | None]:
    """What the functions that ``code`` defines at its top level compute, read from their bodies.

    >>> defined_bodies("def h(x):\\n    x = np.asarray(x)\\n    return -sum(v * math.log(v, 2) for v in x if v > 0)")
    {'h': (('x',), MeasureCall(measure='entropy', names=('x',), base='2', function='sum'))}
    >>> defined_bodies("def kl(p, q):\\n    p, q = np.asarray(p), np.asarray(q)\\n    return np.sum(p * np.log(p / q))")
    {'kl': (('p', 'q'), MeasureCall(measure='kl', names=('p', 'q'), base='e', function='sum'))}
    """
    if "def " not in code:
        return {}
    try:
        tree = ast.parse(NOT_PYTHON.sub("", code))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return {}
    found: dict[str, Body | None] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            body = _body(node)
            found[node.name] = body if found.get(node.name, body) == body else None
    return found


def _body(node: ast.FunctionDef) -> Body | None:
    """The parameters of a function and the measure of them that it returns, if its body is a usual one (or a
    formula of single probabilities, :mod:`~kldocs.checker.scalar_functions`)."""
    arguments = node.args
    if arguments.vararg or arguments.kwarg or arguments.kwonlyargs or arguments.posonlyargs or arguments.defaults:
        return None
    parameters = tuple(argument.arg for argument in arguments.args)
    statements = list(node.body)
    if statements and isinstance(statements[0], ast.Expr) and isinstance(statements[0].value, ast.Constant):
        statements = statements[1:]  # the docstring
    if not statements or not isinstance(statements[-1], ast.Return) or statements[-1].value is None:
        return None
    returned: ast.expr | None = statements[-1].value
    before = statements[:-1]
    if before and isinstance(returned, ast.Name):  # total = np.sum(...); return total
        last = before.pop()
        returned = last.value if isinstance(last, ast.Assign) and _target(last) == returned.id else None
    measure = measure_call(returned) if returned and all(_keeps(step, parameters) for step in before) else None
    if measure is None:  # entropy = -p * np.log2(p); out = nansum(entropy.as_nd_ndarray()); return out
        put = returned_value(copy.deepcopy(statements), parameters)
        measure = measure_call(put) if put is not None else None
    if measure is None:  # def h(p): return -p * np.log2(p) - (1 - p) * np.log2(1 - p)
        return scalar_body(node)
    if not set(measure.names) <= set(parameters) or len(set(measure.names)) != len(measure.names):
        return None
    return parameters, measure


def _target(statement: ast.Assign) -> str | None:
    targets = statement.targets
    return targets[0].id if len(targets) == 1 and isinstance(targets[0], ast.Name) else None


def _keeps(statement: ast.stmt, parameters: tuple[str, ...]) -> bool:
    """True for a statement that leaves a distribution as it is: ``p = np.asarray(p)``, ``p = p / p.sum()``;
    or, for a function of one distribution (an entropy), that drops its zeros: ``p = p[p > 0]``."""
    if isinstance(statement, ast.AugAssign) and isinstance(statement.target, ast.Name):
        changed = statement.target.id
        return changed in parameters and isinstance(statement.op, ast.Div) and total_of(statement.value, changed)
    pairs = _pairs(statement)
    if pairs is not None:  # p, q = np.asarray(p), np.asarray(q): each kept
        return all(_keeps(ast.Assign([target], value), parameters) for target, value in pairs)
    name = _target(statement) if isinstance(statement, ast.Assign) else None
    if name is None or name not in parameters or not isinstance(statement, ast.Assign):
        return False
    value = statement.value
    if len(parameters) == 1 and _without_zeros(value, name):
        return True
    if isinstance(value, ast.Call) and dotted(value.func) in ARRAYS and value.args:
        first = value.args[0]
        return len(value.args) == 1 and isinstance(first, ast.Name) and first.id == name
    return (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Div)
        and isinstance(value.left, ast.Name)
        and value.left.id == name
        and total_of(value.right, name)
    )


def _pairs(statement: ast.stmt) -> list[tuple[ast.expr, ast.expr]] | None:
    """The names and values of an assignment of several at once (``p, q = np.asarray(p), np.asarray(q)``), else None."""
    if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
        return None
    target, value = statement.targets[0], statement.value
    if not isinstance(target, ast.Tuple) or not isinstance(value, ast.Tuple) or len(target.elts) != len(value.elts):
        return None
    return list(zip(target.elts, value.elts, strict=True))


def _without_zeros(node: ast.expr, name: str) -> bool:
    """``p[p > 0]``, ``p[p != 0]`` or ``p[0 < p]``: the array's entries that are not zero.

    >>> [_without_zeros(ast.parse(text, mode="eval").body, "p") for text in ("p[p > 0]", "p[p > 0.1]")]
    [True, False]
    """
    if not isinstance(node, ast.Subscript) or not isinstance(node.value, ast.Name) or node.value.id != name:
        return False
    test = node.slice
    if not isinstance(test, ast.Compare) or len(test.ops) != 1:
        return False
    left, right, operator = test.left, test.comparators[0], test.ops[0]
    if isinstance(right, ast.Name) and isinstance(operator, ast.Lt | ast.NotEq):
        left, right = right, left  # 0 < p
        operator = ast.Gt() if isinstance(operator, ast.Lt) else operator
    zero = isinstance(right, ast.Constant) and type(right.value) in (int, float) and right.value == 0
    return isinstance(left, ast.Name) and left.id == name and zero and isinstance(operator, ast.Gt | ast.NotEq)


def total_of(node: ast.expr, name: str) -> bool:
    """``p.sum()``, ``np.sum(p)`` or ``sum(p)``."""
    if not isinstance(node, ast.Call) or node.keywords:
        return False
    if isinstance(node.func, ast.Attribute) and node.func.attr == "sum" and not node.args:
        return isinstance(node.func.value, ast.Name) and node.func.value.id == name
    only = node.args[0] if len(node.args) == 1 else None
    return dotted(node.func) in _SUMS and isinstance(only, ast.Name) and only.id == name


_SUMS = frozenset({"sum", "np.sum", "numpy.sum", "jnp.sum"})


#: A function defined in JavaScript, R, Rust, Julia, C and their kin, with the body that follows (up to 2,000 chars).
_DEFINITION = lazy(
    r"(?:\bfunction\s+|\bfn\s+|\b(?:const|let|var)\s+|\b(?:double|float|auto)\s+)(?P<name>[A-Za-z_]\w*)\s*(?:=\s*)?\("
    r"|(?<![\w.])(?P<r_name>[A-Za-z_][\w.]*+)\s*<-\s*function\s*\("
)
_OTHER_LOGS = {"log2": "2", "log10": "10", "log": "e", "ln": "e"}


def other_languages(code: str) -> dict[str, str | None]:
    """Measure functions defined in a language other than Python, with the base of the logs after the definition.

    >>> other_languages("function klDivergence(p, q) {\\n  return sum(p.map((x, i) => x * Math.log2(x / q[i])));\\n}")
    {'kl_divergence': '2'}
    >>> other_languages("static double entropy(double[] p) {\\n  return 1 - p[0] * p[0] - p[1] * p[1];\\n}")
    {'entropy': 'foreign'}
    """
    found: dict[str, str | None] = {}
    for match in _DEFINITION.finditer(code):
        name = snake_case(match.group("name") or match.group("r_name").replace(".", "_"))
        if name not in FUNCTIONS:
            continue
        body = code[match.end() : match.end() + 2000]
        following = _DEFINITION.search(body)
        body = body[: following.start()] if following else body
        logs = {_OTHER_LOGS[log] for log in re.findall(r"(?<!console\.)(?<![A-Za-z_])(log2|log10|log|ln)\s*\(", body)}
        # no logarithm at all: another quantity under the measure's name (a Gini impurity called ``entropy``)
        found[name] = logs.pop() if len(logs) == 1 else (FOREIGN if not logs else None)
    return found
