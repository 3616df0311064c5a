r"""What the prints in a loop over a list printed, line by line: ``for p in [0.1, 0.5]: print(p, h(p))``.

A program that tabulates a measure prints it in a loop over the values it tries, and its output has a line for
each turn. When the loop goes over a list the code gives (or ``range``, ``zip``, ``enumerate`` of such lists,
see :class:`~kldocs.checker.code_run.Run`) and its body is assignments and prints, the turns are followed in
order: each print's line is its texts, the numbers it shows as Python prints them (``0.1``, ``3``) and one value
worked out with logarithms, whose formula the number on that line is a claim about (judged as
:func:`~kldocs.checker.code_arithmetic.shown_claim` says). The lines of output must be exactly as many as the
prints made; a print with ``sep=`` or ``end=``, or a line that does not fit, is not read.

>>> code = "import math\nfor p in [0.5, 0.25]:\n    print(p, -p*math.log2(p) - (1-p)*math.log2(1-p))"
>>> [claim.text.rpartition(" = ")[2] for claim in looped_claims(code, "0.5 1.0\n0.25 0.8112781244591328", 0, {})]
['1.0', '0.8112781245']
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping

from kldocs.checker.code_arithmetic import Worked, readable, shown_claim
from kldocs.checker.code_comments import CommentClaim, printed
from kldocs.checker.code_names import parsed
from kldocs.checker.code_run import Run
from kldocs.checker.followed_functions import Known
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.print_parts import NUMBER, format_parts, literal

#: Most lines a loop's prints are followed for.
MAX_LINES = 500
_PLAIN = lazy(r"-?[0-9]+(?:\.[0-9]+)?")


def looped_claims(code: str, output: str, offset: int, values: Mapping[str, Known]) -> Iterator[CommentClaim]:
    """The claims the lines of ``output`` (at ``offset``) make, when the code's prints are in loops over lists."""
    tree = parsed(code)
    if tree is None or not any(isinstance(statement, ast.For) for statement in tree.body):
        return
    made = _printed_lines(tree, values)
    starts, lines = [], []
    position = 0
    for line in output.split("\n"):
        if line.strip():
            starts.append(offset + position + len(line) - len(line.lstrip()))
            lines.append(line.strip())
        position += len(line) + 1
    if made is None or len(made) != len(lines):
        return
    for (pattern, worked), line, start in zip(made, lines, starts, strict=True):
        match = pattern.fullmatch(line) if pattern is not None else None
        if match is None or worked is None:
            continue
        text, fits = shown_claim(worked, printed(match.group("number")))
        where = start + match.start("number")
        yield CommentClaim(text, where) if fits else CommentClaim("", where, note=text)


def _printed_lines(
    tree: ast.Module, values: Mapping[str, Known]
) -> list[tuple[re.Pattern[str] | None, Worked | None]] | None:
    """Each line the program prints, in order: its pattern and the formula of its value (None when not known);
    None when the prints cannot be followed."""
    run = Run(values)
    made: list[tuple[re.Pattern[str] | None, Worked | None]] = []
    for statement in tree.body:
        if isinstance(statement, ast.For):
            turns = run.rounds(statement)
            if turns is None or not all(_followed(each) for each in statement.body):
                return None
            for turn in turns:
                run.names.update(turn)
                for each in statement.body:
                    made.extend(_line(run, each))
                    run.execute(each)
        elif any(isinstance(node, ast.Call) and is_print(node) for node in ast.walk(statement)):
            if not isinstance(statement, ast.Expr) or not isinstance(statement.value, ast.Call):
                return None
            if not is_print(statement.value):
                return None
            made.extend(_line(run, statement))
        else:
            run.execute(statement)
        if len(made) > MAX_LINES:
            return None
    return made


def _followed(statement: ast.stmt) -> bool:
    """A statement of a loop's body that is followed: an assignment with no print in it, or a print."""
    if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call) and is_print(statement.value):
        return not statement.value.keywords
    prints = any(isinstance(node, ast.Call) and is_print(node) for node in ast.walk(statement))
    return isinstance(statement, ast.Assign) and not prints


def is_print(node: ast.Call) -> bool:
    """Whether a call is ``print(...)``."""
    return isinstance(node.func, ast.Name) and node.func.id == "print"


def _line(run: Run, statement: ast.stmt) -> list[tuple[re.Pattern[str] | None, Worked | None]]:
    """The line a print prints: its pattern and the one value with a logarithm it shows (Nones when not known)."""
    if not isinstance(statement, ast.Expr) or not isinstance(statement.value, ast.Call):
        return []
    call = statement.value
    pieces: list[str] = []
    shown: list[Worked] = []
    for argument in call.args:
        written = []
        for part in format_parts(argument):
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                if "\n" in part.value:
                    return [(None, None)]
                written.append(literal(part.value))
                continue
            node = part.value if isinstance(part, ast.FormattedValue) else part
            value = run.value(node)
            if isinstance(value, Worked) and readable(value):
                shown.append(value)
                written.append(NUMBER)
            elif (
                isinstance(value, Worked) and _PLAIN.fullmatch(value.text) and not isinstance(part, ast.FormattedValue)
            ):
                written.append(re.escape(value.text))  # a number as the code writes it, which Python prints so
            elif not written or written[-1] != r"\S+":  # unknowns side by side are one run of text (no backtracking)
                written.append(r"\S+")
        pieces.append(r"\s*".join(written))
    if len(shown) != 1:
        return [(None, None)]
    return [(re.compile(r"\s+".join(pieces)), shown[0])]
