r"""Numbers a program printed with no label: ``print(kl_divergence(p, q))`` and, below it, ``0.2896596952``.

A block of code followed by its output (a fenced block with no language or
``text``, an indented block, or a notebook cell's first output) is read
together: each ``print`` at the top level of the code prints one line, so
when the lines of output are exactly as many as the prints, the n-th line is
what the n-th print printed. A line is read when it is what the print
would show with a number in place of the measure it computes: the number
alone, or with the print's own text around it (``print("KL:", kl(p, q))``
and ``KL: 0.2008``). Code with no print whose last statement is a call shows
that call's value, as an interactive session does. Output pasted back into the code as comment lines
at its end (``# 出力例:``, then ``# KL(P||Q): 0.2332``) is read as output (where output stands is found by
:mod:`~kldocs.checker.output_places`).
Anything less certain (a print in a loop or a
function, a print with ``sep=`` or ``end=``, a count that differs, a line
that does not fit) is not read. Code is parsed with :mod:`ast`, never run.

>>> code = "def kl(p, q):\n    return np.sum(p * np.log2(p / q))\nprint(kl(p, q))\nprint('H:', entropy(p))"
>>> [claim.text for claim in printed_claims(code, "0.2896596952239761\nH: 0.8018", 100, {"kl": "2"})]
['D_KL(p||q) = 0.2896596952 bits', 'H(p) = 0.8018 nats']
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping

from kldocs.checker.axis_values import SHOWN_ARRAY, axis_calls
from kldocs.checker.code_arithmetic import Worked, shown_claim
from kldocs.checker.code_calls import (
    MeasureCall,
    ast_expression,
    dotted,
    measure_call,
)
from kldocs.checker.code_comments import CommentClaim, call_claim, claim_text, literal_inputs, normal_claim, printed
from kldocs.checker.code_names import Earlier, Named, parsed
from kldocs.checker.code_run import Run, shown_formulas
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.library_distributions import made_objects, object_measure
from kldocs.checker.looped_output import is_print, looped_claims
from kldocs.checker.named_functions import is_named
from kldocs.checker.normal_calls import NormalCall
from kldocs.checker.output_places import output_after as output_after  # printed_tables imports these from here
from kldocs.checker.output_places import text_output_after as text_output_after
from kldocs.checker.print_parts import NUMBER as _NUMBER
from kldocs.checker.print_parts import cut_off, format_parts, shown_values
from kldocs.checker.print_parts import literal as _literal
from kldocs.checker.restated_results import restated, unit_of
from kldocs.checker.sessions import session_program
from kldocs.checker.typed_values import NDARRAY_TAG, WRAPPED, as_computed, wrapped_number

_UNIT_WORD = lazy(r"(?<![A-Za-z_])(nats?|bits?)(?![A-Za-z])", re.IGNORECASE)


def printed_claims(
    code: str,
    output: str,
    output_offset: int,
    bases: Mapping[str, str | None] | None = None,
    earlier: Earlier | None = None,
    *,
    exact: bool = False,
) -> Iterator[CommentClaim]:
    """The claims the output lines make about the measures the code's prints compute.

    ``earlier``: what blocks of code above this one gave names (see :class:`~kldocs.checker.code_names.Earlier`);
    ``exact``: the numbers are doubles as printed (R's, Julia's), never single-precision floats read to fewer digits.
    """
    tree = parsed(code)
    prints = _top_level_prints(tree, code)
    shown = output.split("\n")
    lines = [(index, line) for index, line in enumerate(shown) if line.strip() and not NDARRAY_TAG.fullmatch(line)]
    tagged = len(lines) < len([line for line in shown if line.strip()])  # MXNet's arrays, in single precision
    if tree is not None and prints is not None and lines and len(prints) > 1:  # all values run together on a line
        start = output.index(lines[0][1])
        named = Named(tree, bases, earlier)
        together = list(_run_together(prints, lines[0][1], output_offset + start, named, bases))
        if together:
            yield from together
            return
    if tree is not None and prints is None:  # prints in a loop over a list: each turn's line
        yield from looped_claims(code, output, output_offset, earlier.values if earlier is not None else {})
    if tree is None or prints is None or len(prints) != len(lines):
        return
    named = Named(tree, bases, earlier)
    starts = [0]
    for line in output.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    for call, (index, line) in zip(prints, lines, strict=True):
        shape = _shape(call, bases, named, prints)
        if shape is None and any(named.doubts(value, call.lineno) for value in shown_values(call)):
            yield CommentClaim("", output_offset + starts[index] + len(line) - len(line.lstrip()), muted=True)
        if shape is None:
            continue
        pattern, measure, literal = shape
        wrapped = WRAPPED.fullmatch(line)
        inner, indent = wrapped_number(wrapped) if wrapped else (line.strip(), len(line) - len(line.lstrip()))
        match = pattern.fullmatch(inner)
        cut = ""
        if match is None:  # the last digits left out: ``JS distance: 0.1803...``
            inner, cut = cut_off(inner)
            match = pattern.fullmatch(inner) if cut else None
        if match is None or (cut and match.end("number") != len(inner)):
            continue
        if isinstance(measure, MeasureCall) and is_named(measure) and _SAYS_WHAT.match(inner, 0, match.start("number")):
            continue  # "JSD(p||q) = 0.0283" of a function known by its name: the line says what it is, read as prose
        number = match.group("number")
        number = number + cut if cut or exact else as_computed(number, line, wrapped is not None or tagged)
        if isinstance(measure, NormalCall):  # a distribution object's value, as written when its digits are right
            number = measure.shown(match.group("number"), number)
        claim = _shown(measure, number, output_offset + starts[index] + indent + match.start("number"), literal)
        if claim is not None:
            yield claim


_SPACES = lazy(r"\s*")
#: A printed line that opens with a measure of named arguments and an equals sign or colon: ``JSD(p||q) = ``.
_SAYS_WHAT = lazy(
    r"\s*(?:D_?KL|KL|JSD?|H|CE|D)\s*\(\s*[A-Za-z]\w{0,8}\s*(?:\|\||‖|,|;|\|)\s*[A-Za-z]\w{0,8}\s*\)\s*[=:]"
)


def _skip_spaces(line: str, position: int) -> int:
    spaces = _SPACES.match(line, position)
    return spaces.end() if spaces is not None else position


def _run_together(
    prints: list[ast.Call], line: str, offset: int, named: Named, bases: Mapping[str, str | None] | None
) -> Iterator[CommentClaim]:
    """What the prints printed on one line, run together as pages lose line breaks (``KL P: 0.02 KL Q: 0.08``): each
    print's text and value in turn, with nothing else on the line; none unless every print's shape is known."""
    shapes = [_shape(call, bases, named, prints) for call in prints]
    found = []
    position = _skip_spaces(line, 0)
    for shape in shapes:
        match = shape[0].match(line, position) if shape is not None and shape[0].pattern else None
        if shape is None or match is None or (match.end() < len(line) and not line[match.end()].isspace()):
            return
        found.append((shape, match))
        position = _skip_spaces(line, match.end())
    if position < len(line):
        return
    for (_, measure, literal), match in found:
        claim = _shown(measure, match.group("number"), offset + match.start("number"), literal)
        if claim is not None:
            yield claim


def _shown(measure: MeasureCall | Worked | NormalCall, number: str, where: int, literal: str) -> CommentClaim | None:
    """The claim a printed number makes about the measure (or formula) its print shows, with the unit its text says."""
    if isinstance(measure, NormalCall):
        return normal_claim(measure, number, where)
    if isinstance(measure, Worked):
        text, fits = shown_claim(measure, printed(number))
        return CommentClaim(text, where) if fits else CommentClaim("", where, note=text)
    unit = _UNIT_WORD.search(literal)
    return call_claim(measure, number, where, unit.group(1) if unit else None)


_CLOSING = lazy(r"\n?(?:[ \t]*(?:`{3,}|~{3,})[ \t]*\n)?(?:[ \t]*\n)*")


def result_after(
    document: SourceText, code: Region, bases: Mapping[str, str | None] | None = None
) -> CommentClaim | None:
    r""" "This gives 0.0401 nats." (or "结果约为 0.693", see :mod:`.restated_results`) on the line right below code
    whose last statement computes a measure.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("```python\nkl = np.sum(p * np.log(p / q))\n```\n\nThis gives 0.0401 nats.\n", "a.md")
    >>> result_after(document, document.code[0]).text
    'D_KL(p||q) = 0.0401 nats'
    """
    end = code.offset + len(code.text)
    gap = _CLOSING.match(document.text, end)
    match = restated(document.text, gap.end()) if gap is not None else None
    measure = _last_measure(code.text, bases) if match is not None else None
    if match is None or measure is None:
        return None
    text = claim_text(measure, match.group("number"), unit_of(match), approximate=bool(match.group("about")))
    return None if text is None else CommentClaim(text, match.start("number"), inputs=literal_inputs(measure))


_ONE_LINE = lazy(
    r"[ \t]*[*_]{0,2}(?:output|outputs|result|results|prints|salida|resultado|risultato|uscita|ausgabe|ergebnis|"
    r"sortie|résultat|вывод|результат|输出|结果|출력|결과|出力|結果)[*_]{0,2}\s*[:：][*_]{0,2}[ \t]*"
    r"(?P<numbers>-?[0-9]+\.[0-9]+(?:[ \t]*[,;]?[ \t]+-?[0-9]+\.[0-9]+)*)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def one_line_output(
    document: SourceText, code: Region, bases: Mapping[str, str | None] | None = None
) -> Iterator[CommentClaim]:
    r"""``输出：0.5108 0.3681`` right below code with as many prints, each printing one value alone.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("```python\nprint(entropy(p, q))\nprint(entropy(q, p))\n```\n输出：0.51 0.37\n", "a.md")
    >>> [claim.text for claim in one_line_output(document, document.code[0])]
    ['D_KL(p||q) = 0.51 nats', 'D_KL(q||p) = 0.37 nats']
    """
    end = code.offset + len(code.text)
    gap = _CLOSING.match(document.text, end)
    match = _ONE_LINE.match(document.text, gap.end()) if gap is not None else None
    prints = _top_level_prints(parsed(code.text), code.text) if match is not None else None
    if match is None or prints is None:
        return
    numbers = list(re.finditer(_NUMBER, match.group("numbers")))
    if len(numbers) != len(prints):
        return
    for call, number in zip(prints, numbers, strict=True):
        shape = _shape(call, bases)
        if shape is None or shape[2].strip() or shape[0].fullmatch(number.group()) is None:
            continue
        assert isinstance(shape[1], MeasureCall)  # (a formula is read only with what the code's names hold)
        text = claim_text(shape[1], number.group("number"))
        if text is not None:
            where = match.start("numbers") + number.start("number")
            yield CommentClaim(text, where, inputs=literal_inputs(shape[1]))


def _last_measure(code: str, bases: Mapping[str, str | None] | None) -> MeasureCall | None:
    """The measure the last statement of the code computes, shows or assigns (through names it assigned)."""
    tree = parsed(code)
    assigned: dict[str, MeasureCall | None] = {}
    last: MeasureCall | None = None
    for statement in tree.body if tree is not None else []:
        last = None
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            last = _through_names(statement.value, assigned, bases)
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                assigned[target.id] = None if target.id in assigned else last
        elif isinstance(statement, ast.Expr):
            last = _through_names(statement.value, assigned, bases)
    return last


def _through_names(
    node: ast.expr, assigned: Mapping[str, MeasureCall | None], bases: Mapping[str, str | None] | None
) -> MeasureCall | None:
    """The measure a value computes, ``print(kl)`` seen through the assignment ``kl = ...`` (assigned once)."""
    inner = (
        node.args[0] if isinstance(node, ast.Call) and dotted(node.func) == "print" and len(node.args) == 1 else node
    )
    if isinstance(inner, ast.Name):
        return assigned.get(inner.id)
    return measure_call(node, bases)


#: A prompt: Python's, IPython's, or R's (``> `` and a space).
_PROMPT = lazy(r"^[ \t]*(?:>>>|In \[[0-9]*\]:|>(?=[ \t]))[ \t]?(?P<code>.*)$")
#: A value shown: alone, after ``Out[3]:``, in NumPy's type, or after R's index ``[1]``.
#: A value a session showed; a doctest's may end in dots that stand for the digits it leaves out (``0.8570...``,
#: byexample's ``0.8570<...>``).
_SHOWN = lazy(
    r"^[ \t]*(?:Out\[[0-9]*\]:[ \t]*)?(?:\[1\][ \t]+)?(?:np\.float64\()?"
    + _NUMBER
    + r"(?P<cut>\.\.\.|<\.\.\.>)?\)?[ \t]*$"
)
#: An R console: a prompt, then a value shown after its index; or a prompt of a call or an assignment, maybe more
#: prompts, then a line shown.
_R_SESSION = lazy(
    r"^[ \t]*> [^\n]*\n[ \t]*\[1\] |^[ \t]*> [^\n]*(?:\(|<-)[^\n]*\n(?:[ \t]*[>+] [^\n]*\n)*[ \t]*[^\s>+]",
    re.MULTILINE,
)


def has_session(text: str) -> bool:
    r"""Whether text holds an interactive session: Python's or IPython's prompts, Julia's, or R's ``> `` over
    ``[1] 0.69``.

    >>> has_session(">>> entropy(p)\n0.69"), has_session("> entropy(p)\n[1] 0.69"), has_session("> a quote")
    (True, True, False)
    """
    r_console = "> " in text and _R_SESSION.search(text) is not None
    return ">>>" in text or "In [" in text or "julia> " in text or r_console


def session_claims(
    code: str, offset: int, bases: Mapping[str, str | None] | None = None, earlier: Earlier | None = None
) -> Iterator[CommentClaim]:
    r"""An interactive session in a block: ``>>> entropy([0.5, 0.5], [0.9, 0.1])`` and the value shown below it.

    The program the session types (see :mod:`~kldocs.checker.sessions`) tells what its names hold
    (``>>> h = entropy(pk)``, then ``>>> h``); ``earlier``: what blocks above gave names.

    >>> [claim.text for claim in session_claims(">>> stats.entropy(p, q, base=2)\n0.2896", 0)]
    ['D_KL(p||q) = 0.2896 bits']
    >>> [claim.text for claim in session_claims(">>> pk = [0.5, 0.5]\n>>> h = entropy(pk)\n>>> h\n0.6931", 0)]
    ['H(P_{#}) = 0.6931 nats']
    """
    lines = code.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    program = session_program(code)
    tree = parsed(program) if program is not None else None
    if tree is not None:
        named = Named(tree, bases, earlier)
        run = Run(named.values)
        for statement in tree.body:
            shows_formula = run.formula(statement.value) if isinstance(statement, ast.Expr) else None
            run.execute(statement)
            below = statement.end_lineno or len(lines)  # the line below the statement (0-based)
            shown = _SHOWN.match(lines[below]) if below < len(lines) else None
            array = SHOWN_ARRAY.match(lines[below]) if below < len(lines) and shown is None else None
            if isinstance(statement, ast.Expr) and array is not None:
                yield from _along_axis(statement.value, tree, array, offset + starts[below], bases)
            if not isinstance(statement, ast.Expr) or shown is None:
                continue
            value = statement.value
            call = named.call(value, statement.lineno) or named.measure(value, statement.lineno)
            followed = call is None or (shows_formula is not None and isinstance(call, MeasureCall) and is_named(call))
            shows = shows_formula if followed else call  # >>> -(0.5*math.log2(0.5))*2, or a function of its own
            where = offset + starts[below] + shown.start("number")
            claim = _shown(shows, _written(shown), where, "") if shows is not None else None
            if claim is not None:
                yield claim
        return
    # a Python file cut short in a docstring: a function it defines may compute anything, not a library's measure
    defined = set(_DEFINED.findall(code)) if "def" in code else set()
    for index, line in enumerate(lines[:-1]):
        prompt = _PROMPT.match(line)
        shown = _SHOWN.match(lines[index + 1])
        node = ast_expression(prompt.group("code")) if prompt and shown else None
        call = measure_call(node, bases) if node is not None else None
        if call is None or shown is None or _called_name(node) in defined:
            continue
        text = claim_text(call, _written(shown))
        if text is not None:
            where = offset + starts[index + 1] + shown.start("number")
            yield CommentClaim(text, where, inputs=literal_inputs(call))


_DEFINED = lazy(r"^[ \t]*def[ \t]+(\w+)", re.MULTILINE)


def _called_name(node: ast.expr | None) -> str:
    """The name a call calls, without its module (``stats.entropy(p)``: ``entropy``); empty for no call."""
    return dotted(node.func).rpartition(".")[2] if isinstance(node, ast.Call) else ""


def _written(shown: re.Match[str]) -> str:
    """The value a session showed, with dots for digits left out (``0.8570...``) when it ends in dots of either kind."""
    return shown.group("number") + ("..." if shown.group("cut") else "")


def _along_axis(
    node: ast.expr, tree: ast.Module, array: re.Match[str], offset: int, bases: Mapping[str, str | None] | None
) -> Iterator[CommentClaim]:
    """The values of an array a session showed below a measure taken along an axis (see :mod:`.axis_values`)."""
    numbers = list(re.finditer(r"[^,\s]+", array.group("numbers")))
    for call, number in zip(axis_calls(node, tree, len(numbers), bases), numbers, strict=False):
        text = claim_text(call, number.group())
        if text is not None:
            where = offset + array.start("numbers") + number.start()
            yield CommentClaim(text, where, inputs=literal_inputs(call))


def _top_level_prints(tree: ast.Module | None, code: str) -> list[ast.Call] | None:
    """The ``print`` calls of the code (``tree``, parsed from ``code``), each a statement of its own at the top level;
    None if any is not. Code in ASCII that never writes ``print`` has none: its tree is not walked to find them."""
    if tree is None:
        return None
    maybe = "print" in code or not code.isascii()  # (a name in other letters may read as print: "ｐｒｉｎｔ")
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and is_print(node)] if maybe else []
    top = [
        statement.value
        for statement in tree.body
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call) and is_print(statement.value)
    ]
    if len(top) != len(calls) or any(call.keywords for call in top):
        return None
    last = tree.body[-1] if tree.body else None
    if not top and isinstance(last, ast.Expr) and isinstance(last.value, ast.Call | ast.Name):
        shown = ast.Call(ast.Name("print", ast.Load()), [last.value], [])  # shown as a session shows it
        return [ast.copy_location(shown, last)]
    return top


def _formulas(named: Named, prints: list[ast.Call] | None) -> dict[int, Worked]:
    """The formulas of the values the prints show, the code followed up to each (kept with ``named``: once a block)."""
    if named.formulas is None:
        top = {id(call) for call in prints or []}

        def shown(statement: ast.stmt) -> list[ast.expr]:
            value = statement.value if isinstance(statement, ast.Expr) else None
            if isinstance(value, ast.Call) and id(value) in top:
                return shown_values(value)
            return [value] if value is not None and prints and any(call.args[:1] == [value] for call in prints) else []

        named.formulas = shown_formulas(named.tree, named.values, shown)
    return named.formulas


def _followed_rather(measure: MeasureCall | NormalCall, named: Named, line: int) -> bool:
    """Whether a measure's value is rather the formula the code is followed to: a function known only by its name
    (whose body the code reader may follow), a measure of a list the code works out (``probabilities = [c / n for c
    in counts.values()]``, no list the document writes), or of a list the code writes that is no distribution
    (counts, ``entropy([3, 1, 4])``, which SciPy divides by their sum)."""
    if not isinstance(measure, MeasureCall):
        return False
    written = named.written_lists
    if is_named(measure) or any(name in named.changes and name not in written for name in measure.names):
        return True
    given = [written[name][1] for name in measure.names if name in written and written[name][0] < line]
    return any(_total(numbers) not in (None, 1.0) for numbers in given)


def _total(numbers: list[str]) -> float | None:
    """The sum of numbers written out, rounded to 9 places (None when one is not a plain number: ``1/3``)."""
    try:
        return round(sum(float(each) for each in numbers), 9)
    except ValueError:
        return None


def _shape(
    call: ast.Call,
    bases: Mapping[str, str | None] | None,
    named: Named | None = None,
    prints: list[ast.Call] | None = None,
) -> tuple[re.Pattern[str], MeasureCall | Worked | NormalCall, str] | None:
    """What the print shows, as a pattern with the measure's value as ``number``; its measure (or the formula of a
    value the code works out, see :mod:`.code_run`) and its text.

    ``named``: what the code's names hold before the print (see :class:`~kldocs.checker.code_names.Named`);
    ``prints``: all the prints of its code, whose values are followed through the code in turn.
    """
    pieces: list[str] = []
    literal: list[str] = []
    measure: MeasureCall | Worked | NormalCall | None = None
    for argument in call.args:
        parts = format_parts(argument)
        written = []
        for part in parts:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                if "\n" in part.value:
                    return None  # more than one line
                written.append(_literal(part.value))
                literal.append(part.value)
                continue
            value = part.value if isinstance(part, ast.FormattedValue) else part
            if measure is not None:
                return None
            if named is None:
                measure = measure_call(value, bases)
            else:
                measure = object_measure(value, made_objects(named.tree), bases) or named.call(value, call.lineno)
                measure = measure or named.measure(value, call.lineno)
                if measure is None or _followed_rather(measure, named, call.lineno):
                    measure = _formulas(named, prints).get(id(value)) or measure
            if measure is None:
                return None
            written.append(_NUMBER)
        pieces.append(r"\s*".join(written))
    if measure is None:
        return None
    return re.compile(r"\s*".join(pieces) if pieces else ""), measure, " ".join(literal)
