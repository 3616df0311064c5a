r"""The pieces a ``print`` shows: its texts and its values, for f-strings, ``"%.3f" % x``, ``"{}".format(x)`` and
text joined with ``+`` to ``str(x)``, and the pattern of the line a print of one value prints.

Code is parsed with :mod:`ast`, never run (see :mod:`~kldocs.checker.printed_output`).

>>> from kldocs.checker.code_calls import ast_expression
>>> pattern, value = one_value(ast_expression("print(f'H = {h:.3f} bits')"))
>>> pattern.fullmatch("H = 0.811 bits")["number"], ast.unparse(value)
('0.811', 'h')
"""

from __future__ import annotations

import ast
import re

from kldocs.checker.code_calls import dotted
from kldocs.checker.lazy_patterns import lazy

#: A number a program prints.
NUMBER = r"(?P<number>-?[0-9]+\.[0-9]+(?:[eE][-+]?[0-9]+)?)"


def cut_off(line: str) -> tuple[str, str]:
    """A printed line without the dots that stand for digits left out after its last number (``JS: 0.1803...``), and
    ``"..."`` when it had them (else ``""``).

    >>> cut_off("JS: 0.1803..."), cut_off("ln 2 = 0.693…"), cut_off("done...")
    (('JS: 0.1803', '...'), ('ln 2 = 0.693', '...'), ('done...', ''))
    """
    for dots in ("...", "\u2026"):
        if line.endswith(dots) and line[: -len(dots)][-1:].isdigit():
            return line[: -len(dots)], "..."
    return line, ""


def one_value(call: ast.Call) -> tuple[re.Pattern[str], ast.expr] | None:
    """The one value a print shows among its texts, and the pattern of the line it prints (the value as
    ``number``); None when it shows no value or more than one, or more than a line.

    >>> from kldocs.checker.code_calls import ast_expression
    >>> pattern, value = one_value(ast_expression("print('KL: ' + str(d))"))
    >>> pattern.fullmatch("KL: 0.85")["number"], ast.unparse(value)
    ('0.85', 'd')
    """
    pieces: list[str] = []
    values: list[ast.expr] = []
    for argument in call.args:
        written = []
        for part in format_parts(argument):
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                if "\n" in part.value:
                    return None
                written.append(literal(part.value))
            else:
                values.append(part.value if isinstance(part, ast.FormattedValue) else part)
                written.append(NUMBER)
        pieces.append(r"\s*".join(written))
    return (re.compile(r"\s*".join(pieces)), values[0]) if len(values) == 1 and not call.keywords else None


def shown_values(call: ast.Call) -> list[ast.expr]:
    """The values a print shows (beside its text)."""
    parts = [part for argument in call.args for part in format_parts(argument)]
    return [part.value if isinstance(part, ast.FormattedValue) else part for part in parts]


_SPECIFIER = lazy(r"%[-+ 0#]*[0-9]*(?:\.[0-9]+)?[fFgGeEdisr]|\{[^{}]*\}")


def format_parts(argument: ast.expr) -> list[ast.expr]:
    """The pieces an argument of ``print`` shows: text and values, for f-strings, ``"%.3f" % x``, ``"{}".format(x)``
    and text joined with ``+`` to ``str(x)``.

    >>> from kldocs.checker.code_calls import ast_expression
    >>> [type(part).__name__ for part in format_parts(ast_expression("'KL: %.3f bits' % kl(p, q)"))]
    ['Constant', 'Call', 'Constant']
    >>> [type(part).__name__ for part in format_parts(ast_expression("'KL: ' + str(kl(p, q)) + ' nats'"))]
    ['Constant', 'Call', 'Constant']
    """
    if isinstance(argument, ast.JoinedStr):
        return list(argument.values)
    if isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Add):
        joined = _joined(argument)
        if joined is not None:
            return joined
    template, value = None, None
    if isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Mod):
        template, value = argument.left, argument.right
    elif isinstance(argument, ast.Call) and isinstance(argument.func, ast.Attribute) and argument.func.attr == "format":
        template = argument.func.value
        value = argument.args[0] if len(argument.args) == 1 and not argument.keywords else None
    if not isinstance(template, ast.Constant) or not isinstance(template.value, str) or value is None:
        return [argument]
    texts = _SPECIFIER.split(template.value)
    if len(texts) != 2 or isinstance(value, ast.Tuple):
        return [argument]  # one value, one place for it
    return [ast.Constant(texts[0]), value, ast.Constant(texts[1])]


def _joined(argument: ast.BinOp) -> list[ast.expr] | None:
    """The pieces of text joined with ``+`` (``'KL: ' + str(kl)``): texts and the values ``str`` turns into text;
    None when anything else is added (numbers added are arithmetic, not text)."""
    pieces: list[ast.expr] = []
    for side in (argument.left, argument.right):
        if isinstance(side, ast.BinOp) and isinstance(side.op, ast.Add):
            inner = _joined(side)
            if inner is None:
                return None
            pieces += inner
        elif isinstance(side, ast.Constant) and isinstance(side.value, str):
            pieces.append(side)
        elif isinstance(side, ast.Call) and dotted(side.func) == "str" and len(side.args) == 1 and not side.keywords:
            pieces.append(side.args[0])
        else:
            return None
    return pieces


def literal(text: str) -> str:
    """Text a print shows as it is, its runs of spaces allowed to differ."""
    return r"\s*".join(re.escape(word) for word in text.split())
