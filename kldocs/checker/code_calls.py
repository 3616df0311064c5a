r"""Which measure a Python call computes: ``kl_divergence(p, q)``, ``stats.entropy(p, q, base=2)``, ``jsd(p, q)``.

Code is parsed with Python's own :mod:`ast` (nothing is run). A call names a
measure when its function is one of the names below (a function the
document defines, or the SciPy function of that name) and its arguments are
plain names, which the checker looks up among the distributions the
document defines. A function of another library (``F.cross_entropy`` of
PyTorch takes logits, ``kl_div`` of SciPy is element-wise) is not read.
The log base is the ``base=`` argument, SciPy's natural log, or the
logarithm the document's own ``def`` of the function uses; when none says,
it is left open.

>>> call = measure_call(ast_expression("print(round(kl_divergence(p, q), 4))"))
>>> call.text(), call.measure
('D_KL(p||q)', 'kl')
>>> measure_call(ast_expression("F.cross_entropy(logits, target)")) is None
True
>>> measure_call(ast_expression("special.rel_entr(p, q).sum()")).text()
'D_KL(p||q)'
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

from kldocs.checker.code_literals import ARRAYS, LITERAL, literal_numbers, written_number
from kldocs.checker.code_terms import BASES, MeasureCall, ScalarBody, dotted
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.named_functions import NAMED
from kldocs.checker.written_sums import written_sum

#: Function name -> the measure it computes (``entropy`` with two arguments is SciPy's KL divergence).
FUNCTIONS = {
    "entropy": "entropy",
    "shannon_entropy": "entropy",
    "cross_entropy": "cross_entropy",
    "kl_divergence": "kl",
    "kl": "kl",
    "kld": "kl",
    "kullback_leibler": "kl",
    "kullback_leibler_divergence": "kl",
    "relative_entropy": "kl",
    "js_divergence": "jsd",
    "jsd": "jsd",
    "jensen_shannon_divergence": "jsd",
    "jensenshannon": "js_distance",
    "js_distance": "js_distance",
}
#: Library prefixes whose functions of these names mean what the table says (SciPy's).
_LIBRARIES = frozenset({"", "stats", "scipy.stats", "st", "distance", "scipy.spatial.distance", "ss"})
#: SciPy's names, read as SciPy's (natural log) when the document neither defines nor imports them.
_SCIPY_NAMES = frozenset({"entropy", "jensenshannon"})
#: Element-wise SciPy functions that give the KL divergence once summed.
#: (SciPy's ``kl_div`` adds ``q - p`` to each term: summed over two distributions, that adds nothing.)
_ELEMENTWISE = frozenset(
    {"rel_entr", "special.rel_entr", "scipy.special.rel_entr", "special.kl_div", "scipy.special.kl_div"}
)
#: Calls around a value that keep it: ``round(x, 4)``, ``float(x)``, ``np.round(x, 4)``.
_KEEPERS = frozenset({"round", "float", "np.round", "numpy.round", "np.float64"})
_SUMS = frozenset({"sum", "np.sum", "numpy.sum", "jnp.sum"})
#: The "base" of a function imported from a library other than SciPy: its calls are not read.
FOREIGN = "foreign"
#: The "base" of ``kl_div`` imported from ``scipy.special``: element-wise terms whose sum is the KL divergence.
SCIPY_KL_DIV = "scipy.special"
#: Notebook magics and shell lines, which are not Python: blanked before parsing.
NOT_PYTHON = lazy(r"^[ \t]*[%!].*$", re.MULTILINE)


class Functions(dict[str, str | None]):
    """The log base of each measure function a document defines or imports (see
    :mod:`~kldocs.checker.code_functions`), and in ``bodies`` what those it defines compute, read from their
    bodies: the parameters and the measure of them (None when two definitions disagree)."""

    def __init__(
        self,
        bases: Mapping[str, str | None] | None = None,
        bodies: Mapping[str, tuple[tuple[str, ...], MeasureCall] | ScalarBody | None] | None = None,
    ) -> None:
        super().__init__(bases or {})
        self.bodies = dict(bodies or {})
        #: dit's functions the document's imports give names, by their full names (see :mod:`.dit_calls`).
        self.dit: dict[str, str] = {}


#: A declaration in JavaScript and its kin (``const d = kl(p, q);``, ``let mut d = kl(&p, &q);``): the rest of the
#: line is Python.
_DECLARATION = lazy(r"^(?:const|let(?:\s+mut)?|var|val|auto|double|float)\s+(?=[A-Za-z_]\w*\s*=[^=])")
#: Calls that print their argument, in Python and its neighbours (D, Java, C#, Go, C, Rust once its ``!`` is gone).
_PRINTS = (
    *("print", "console.log", "println", "writeln", "writefln", "printf", "fmt.Println", "fmt.Printf", "fmt.Print"),
    *("System.out.println", "System.out.printf", "System.out.print", "Console.WriteLine", "Console.Write"),
)
#: Rust's macros that print or test (``println!(...)``, ``assert!(...)``) and its borrows (``kl(&p, &q)``), which Python
#: does not parse.
_RUST = lazy(
    r"\b(?P<macro>println|print|format|assert|assert_eq)!(?=\()|(?<=[(,])(?P<space>\s*)&(?:mut\s+)?(?=[A-Za-z_\[])"
)
#: C++'s ``std::cout << kl(p, q) << std::endl;``: what it prints, between ``<<``.
_COUT = lazy(r"\s*(?:std::)?cout\s*<<(?P<shown>.*?);?\s*$")
_COUT_EXTRAS = lazy(r'\s*(?:(?:std::)?(?:endl|fixed|setprecision\(\s*[0-9]+\s*\))|"[^"]*"|\'[^\']*\')\s*')


#: A line of a language near Python that Python does not read: a statement ended by ``;``, a declaration of
#: those languages, ``//`` after code.
_C_LIKE = lazy(
    r";[ \t]*(?://[^\n]*)?$|[)\]][ \t]*//"
    r"|^[ \t]*(?:const|let|var|val|auto|fn|func|public|static|import[ \t]+std|#include|using)\b",
    re.MULTILINE,
)


def other_language(functions: dict[str, str | None], code: str) -> dict[str, str | None]:
    """The functions of a block of code, with SciPy's names (``entropy``) of no known base when the block is in
    another language (JavaScript, Java, Rust, C++, D...): there, an ``entropy`` the document does not define is not
    SciPy's, and its base is left open.

    >>> other_language({}, "System.out.println(entropy(p)); // 1.5")
    {'entropy': None, 'jensenshannon': None}
    >>> other_language({}, "print(entropy(p))  # 1.0397")
    {}
    """
    missing = [name for name in sorted(_SCIPY_NAMES) if name not in functions]
    if not missing or not _C_LIKE.search(code):
        return functions
    found = Functions({**functions, **dict.fromkeys(missing)}, getattr(functions, "bodies", None))
    found.dit = getattr(functions, "dit", {})
    return found


def as_python(code: str) -> str:
    """A line of Rust or C++ in Python's words, where they differ in what a line that prints or tests a value needs:
    Rust's macros lose their ``!`` and its borrows their ``&``; what ``std::cout`` shows is printed.

    >>> as_python("assert!((kl(&p, &q) - 0.51).abs() < 1e-2);"), as_python('std::cout << "H = " << H(p) << std::endl;')
    ('assert((kl(p, q) - 0.51).abs() < 1e-2);', 'print( H(p) )')
    """
    if "!" in code or "&" in code:
        code = _RUST.sub(lambda found: found.group("space") or found.group("macro") or "", code)
    if "cout" in code and (cout := _COUT.match(code)) is not None:
        shown = [part for part in cout.group("shown").split("<<") if not _COUT_EXTRAS.fullmatch(part)]
        code = f"print({shown[0]})" if len(shown) == 1 else ""
    return code


def ast_expression(code: str) -> ast.expr | None:
    """One line of code as an expression (the value of an assignment or of a statement), or None.

    Lines of the languages near Python are read as Python once their own forms are put in its words: Rust's
    ``println!("{}", kl(&p, &q));`` and C++'s ``std::cout << kl(p, q) << std::endl;`` print ``kl(p, q)``.

    >>> dotted(ast_expression("const d = kl(p, q);").func)
    'kl'
    >>> ast.unparse(ast_expression('println!("{:.4}", kl(&p, &q));')), ast.unparse(ast_expression("cout << H(p);"))
    ("println('{:.4}', kl(p, q))", 'print(H(p))')
    """
    tree = _parsed_line(_DECLARATION.sub("", as_python(code.strip())))
    if tree is None or len(tree.body) != 1:
        return None
    statement = tree.body[0]
    return statement.value if isinstance(statement, ast.Expr | ast.Assign | ast.AnnAssign) else None


@lru_cache(maxsize=4)
def _parsed_line(code: str) -> ast.Module | None:
    """A line of code parsed, or None. The readers of a line (its call, a family's entropy, its comment) each ask
    for it in turn: it is parsed once. The tree is shared, and no reader changes it."""
    try:
        return ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def measure_call(node: ast.expr | None, bases: Mapping[str, str | None] | None = None) -> MeasureCall | None:
    """The measure a value computes, seen through ``print``, ``round``, ``float`` and f-strings; else None.

    ``bases`` gives the log base of functions the document defines, or :data:`FOREIGN` for
    those it imports from another library (see :func:`document_functions`).
    """
    node = unwrapped(node)
    if isinstance(node, ast.UnaryOp | ast.Call) and (inline := written_sum(node)) is not None:
        return inline
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _entropy_and_divergence(measure_call(node.left, bases), measure_call(node.right, bases))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow) and _is_two(node.right):
        distance = measure_call(node.left, bases)  # jensenshannon(p, q) ** 2: the JSD
        return replace(distance, measure="jsd") if distance and distance.measure == "js_distance" else None
    if not isinstance(node, ast.Call):
        return None
    name = dotted(node.func)
    if name in _KL_DIV:
        return _kl_div(node)
    if isinstance(bases, Functions) and name in bases.bodies:
        body = bases.bodies[name]
        return _from_body(node, name, body) if body is not None else _by_name(node, name)
    summed = isinstance(node.func, ast.Attribute) and node.func.attr == "sum" and not node.args  # rel_entr(p, q).sum()
    if ((name in _SUMS and len(node.args) == 1) or summed) and not node.keywords:
        inner = node.func.value if summed and isinstance(node.func, ast.Attribute) else node.args[0]
        elementwise = dotted(inner.func) if isinstance(inner, ast.Call) else ""
        if isinstance(inner, ast.Call) and (
            elementwise in _ELEMENTWISE or (bases or {}).get(elementwise) == SCIPY_KL_DIV
        ):
            names = _names(inner.args)
            return MeasureCall("kl", names, "e", "rel_entr") if names is not None and len(names) == 2 else None
        return None
    prefix, _, function = name.rpartition(".")
    function = function if function in FUNCTIONS else snake_case(function)
    if function not in FUNCTIONS or prefix not in _LIBRARIES or (bases or {}).get(function) == FOREIGN:
        return None
    normalises = function in _SCIPY_NAMES and (bases or {}).get(function, "e") == "e"  # scipy.stats.entropy does
    arguments, given = node.args, None
    if normalises and len(arguments) == 3:  # SciPy's base as a third argument: jensenshannon(p, q, 2.0)
        arguments, given = arguments[:2], _base_value(arguments[2])
    names = _names([*arguments, *(k.value for k in node.keywords if k.arg in ("qk", "pk", "p", "q"))], normalises)
    keywords = {k.arg for k in node.keywords} - {"qk", "pk", "p", "q", "base", "axis"}
    if names is None or keywords or not 1 <= len(names) <= 2:
        return None
    measure = FUNCTIONS[function]
    if function == "entropy" and len(names) == 2:
        measure = "kl"  # scipy.stats.entropy(p, q)
    if (measure == "entropy") != (len(names) == 1):
        return None
    base = _base_argument(node) or given
    if base is None:
        base = (bases or {}).get(function, "e" if prefix or function in _SCIPY_NAMES else None)
    return MeasureCall(measure, names, base, function)


def _entropy_and_divergence(first: MeasureCall | None, second: MeasureCall | None) -> MeasureCall | None:
    """H(p) + D_KL(p||q), in either order and one base: the cross-entropy H(p, q).

    >>> measure_call(ast_expression("entropy(p, base=2) + entropy(p, q, base=2)")).text()
    'H(p, q)'
    """
    if first is None or second is None or first.base != second.base:
        return None
    entropy, divergence = (first, second) if first.measure == "entropy" else (second, first)
    if entropy.measure != "entropy" or divergence.measure != "kl" or entropy.names[0] != divergence.names[0]:
        return None
    return MeasureCall("cross_entropy", divergence.names, entropy.base, "entropy + kl")


def _from_body(
    node: ast.Call, function: str, body: tuple[tuple[str, ...], MeasureCall] | ScalarBody | None
) -> MeasureCall | None:
    """A call of a function the document defines, whose body computes a measure of its parameters (or of the
    probabilities it is given, :class:`~kldocs.checker.code_terms.ScalarBody`, written as numbers in the call).

    >>> body = (("a", "b"), MeasureCall("kl", ("b", "a"), "2", "sum"))
    >>> _from_body(ast_expression("divergence(p, q)"), "divergence", body).text()
    'D_KL(q||p)'
    >>> _from_body(ast_expression("h(4/5, 1/5)"), "h", ScalarBody("entropy", "2", "each", 2)).text()
    'H(=4/5, 1/5)'
    """
    if isinstance(body, ScalarBody):
        written = [written_number(argument) for argument in node.args]
        numbers = [item for item in written if item is not None]
        made = body.distributions(numbers) if len(numbers) == len(written) and not node.keywords else None
        listed = tuple(LITERAL + ", ".join(items) for items in made) if made is not None else None
        return MeasureCall(body.measure, listed, body.base, function) if listed is not None else None
    if body is None or node.keywords or len(node.args) != len(body[0]):
        return None
    names = _names(node.args)
    if names is None:
        return None
    given = dict(zip(body[0], names, strict=True))
    return MeasureCall(body[1].measure, tuple(given[name] for name in body[1].names), body[1].base, function)


def _by_name(node: ast.Call, function: str) -> MeasureCall | None:
    """A call of a function the document defines with a measure's name and a body that is not read: the measure its
    name says, of lists given as its arguments, in the base a ``base=`` argument gives, else in none (see
    :mod:`~kldocs.checker.named_functions`). An ``entropy`` given two lists is their KL divergence, as SciPy's is.

    >>> _by_name(ast_expression("jsd(d1, d2, d3)"), "jsd")
    MeasureCall(measure='jsd', names=('d1', 'd2', 'd3'), base=None, function='named:jsd')
    >>> _by_name(ast_expression("entropy(p, q, base=2)"), "entropy")
    MeasureCall(measure='kl', names=('p', 'q'), base='2', function='named:entropy')
    """
    measure = FUNCTIONS.get(snake_case(function))
    base = _base_argument(node)
    plain = all(keyword.arg == "base" for keyword in node.keywords) and base != "unknown"
    names = _names(node.args) if measure is not None and plain else None
    if measure is None or names is None:
        return None
    if measure == "entropy" and len(names) == 2:
        measure = "kl"
    counts = {"entropy": (1,), "kl": (2,), "cross_entropy": (2,)}.get(measure, (2, 3, 4))
    return MeasureCall(measure, names, base, NAMED + function) if len(names) in counts else None


#: PyTorch's KL divergence: ``kl_div(input, target)`` takes the log of the second distribution first.
_KL_DIV = frozenset({"torch.kl_div", "F.kl_div", "torch.nn.functional.kl_div", "nn.functional.kl_div"})


#: The "function" of ``F.kl_div(..., reduction="batchmean")``: the KL divergence of a batch of one row only.
BATCHMEAN = "kl_div batchmean"


def batchmean_call(node: ast.expr | None) -> MeasureCall | None:
    """``F.kl_div(q.log(), p, reduction="batchmean")``: the sum divided by the first dimension of ``q``, which is
    D_KL(p||q) only when ``p`` and ``q`` are one row each (see :class:`~kldocs.checker.code_names.Named`).

    >>> batchmean_call(ast_expression("F.kl_div(q.log(), p, reduction='batchmean')")).function
    'kl_div batchmean'
    """
    node = unwrapped(node)
    return _kl_div(node, batchmean=True) if isinstance(node, ast.Call) and dotted(node.func) in _KL_DIV else None


def _kl_div(node: ast.Call, *, batchmean: bool = False) -> MeasureCall | None:
    """``torch.kl_div(torch.log(q), p, reduction="sum")``: D_KL(p||q) in nats, when summed (``"sum"`` or 2).

    Any other reduction averages the terms, which is not the divergence (but ``"batchmean"`` when
    ``batchmean``, see :func:`batchmean_call`); a log target is not read.

    >>> _kl_div(ast_expression("F.kl_div(q.log(), p, reduction='sum')")).text()
    'D_KL(p||q)'
    >>> _kl_div(ast_expression("torch.kl_div(torch.log(q), p)")) is None
    True
    """
    positional = list(node.args)
    keywords = {keyword.arg: keyword.value for keyword in node.keywords}
    reduction = positional.pop() if len(positional) == 3 else keywords.pop("reduction", None)
    arguments = positional + [keywords.pop(key) for key in ("input", "target") if key in keywords]
    summed = isinstance(reduction, ast.Constant) and reduction.value in ("sum", 2)
    averaged = batchmean and isinstance(reduction, ast.Constant) and reduction.value == "batchmean"
    if len(arguments) != 2 or keywords or not (averaged if batchmean else summed):
        return None
    logged, target = arguments[0], arguments[1]
    if isinstance(logged, ast.Call) and not logged.keywords:
        if dotted(logged.func) in ("torch.log", "np.log", "numpy.log") and len(logged.args) == 1:
            logged = logged.args[0]
        elif isinstance(logged.func, ast.Attribute) and logged.func.attr == "log" and not logged.args:
            logged = logged.func.value
        else:
            return None
    else:
        return None
    names = _names([target, logged])
    return MeasureCall("kl", names, "e", BATCHMEAN if batchmean else "kl_div") if names is not None else None


def snake_case(name: str) -> str:
    """A function's name as Python spells it: ``klDivergence`` and ``KLDivergence`` are ``kl_divergence``.

    >>> [snake_case(name) for name in ("klDivergence", "KLDivergence", "crossEntropy", "KL", "entropy")]
    ['kl_divergence', 'kl_divergence', 'cross_entropy', 'kl', 'entropy']
    """
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def unwrapped(node: ast.expr | None) -> ast.expr | None:
    """The value inside ``print(...)`` (beside text, ``print("KL:", x)``), ``round(..., 4)``, ``float(...)``,
    ``f"{...:.4f}"`` and a tensor's ``.item()``."""
    while node is not None:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "item":
            node = node.func.value if not node.args and not node.keywords else None
        elif isinstance(node, ast.Call) and dotted(node.func) in (*_PRINTS, *_KEEPERS) and node.args:
            values = [arg for arg in node.args if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str))]
            shares = any(isinstance(arg, ast.Constant) and "%%" in str(arg.value) for arg in node.args)
            if dotted(node.func) in _PRINTS and (len(values) != 1 or shares):  # printf("%.1f%%", ...): a share
                return None
            node = values[0] if dotted(node.func) in _PRINTS else node.args[0]
        elif isinstance(node, ast.JoinedStr):  # f"{kl:.4f}", f"KL = {kl:.4f} bits": the one value it shows
            shown = [value for value in node.values if isinstance(value, ast.FormattedValue)]
            spec = shown[0].format_spec if len(shown) == 1 else None
            percent = spec is not None and "%" in ast.unparse(spec)  # f"{kl:.1%}" shows a hundred times it
            node = shown[0].value if len(shown) == 1 and not percent else None
        else:
            return node
    return None


def _is_two(node: ast.expr) -> bool:
    """``2`` (or ``2.0``), the power that squares."""
    return isinstance(node, ast.Constant) and not isinstance(node.value, bool) and node.value in (2, 2.0)


def _names(arguments: Iterable[ast.expr], normalises: bool = False) -> tuple[str, ...] | None:
    """The names of the arguments; a list of numbers (``[0.5, 0.5]``) stands as :data:`LITERAL` and its numbers.

    ``normalises``: the function divides weights by their sum (SciPy's ``entropy([1, 2, 1])``).
    """
    arguments = list(arguments)
    names = []
    for argument in arguments:
        argument = _unwrapped_argument(argument)
        if isinstance(argument, ast.Name):
            names.append(argument.id)
        elif (numbers := literal_numbers(argument, normalises)) is not None:
            names.append(LITERAL + ", ".join(numbers))
    return tuple(names) if len(names) == len(arguments) else None


def _unwrapped_argument(node: ast.expr) -> ast.expr:
    """The distribution an argument passes: ``p`` in ``np.array(p)``, ``list(p.values())`` or ``torch.tensor(p)``.

    >>> dotted(_unwrapped_argument(ast_expression("np.array(list(p.values()))")))
    'p'
    """
    for _ in range(4):
        if not isinstance(node, ast.Call) or node.keywords:
            break
        if len(node.args) == 1 and (dotted(node.func) in ARRAYS or dotted(node.func) == "list"):
            node = node.args[0]
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "values" and not node.args:
            node = node.func.value  # a dict's values, in order
        else:
            break
    return node


def _base_argument(node: ast.Call) -> str | None:
    for keyword in node.keywords:
        if keyword.arg == "base":
            return _base_value(keyword.value)
    return None


def _base_value(value: ast.expr) -> str:
    """The log base an argument gives (``2``, ``2.0``, ``np.e``), or ``"unknown"``.

    >>> _base_value(ast_expression("2.0")), _base_value(ast_expression("math.e")), _base_value(ast_expression("3"))
    ('2', 'e', 'unknown')
    """
    number = value.value if isinstance(value, ast.Constant) else None
    if isinstance(number, int | float) and not isinstance(number, bool) and float(number).is_integer():
        written = str(int(number))
    else:
        written = str(value.value) if isinstance(value, ast.Constant) else dotted(value)
    return BASES.get(written, "unknown")
