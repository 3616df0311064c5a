r"""Long formulas broken across lines, and the width they take, estimated from their LaTeX.

A derivation line that puts in the numbers of five categories twice (the
Jensen-Shannon divergence) is one and a half page widths long; shrinking it
would make it unreadable. :func:`break_sum` cuts such a right side before a
``+`` or ``-`` of its outer sum, and inside a wide ``\left( ... \right)`` group
when it must (closing the line with ``\right.`` and opening the next with
``\left.``, so each line is a formula of its own); never inside a narrow
group such as ``(x - n_1)`` or a plain bracket such as ``f(m + u, y)``.
Each row is measured as it is shown, its bracket marks included. Widths are estimated in
ems of the surrounding type by :func:`width`: the model knows no fonts, but
an estimate is enough to decide where a line ends.

>>> round(width(r"0.2 \ln \frac{0.2}{0.3}"), 1)
4.0
>>> break_sum(r"a + b + c", 3.0)
('a + b', '+ c')
>>> break_sum(r"f(a + b) + c", 3.0)
('f(a + b)', '+ c')
>>> break_sum(r"\frac{1}{2} \left(a + b\right) + c", 3.0)
('\\frac{1}{2} \\left(a + b\\right)', '+ c')
>>> break_sum(r"\frac{1}{2} \left(a + b + c + d + e + f + g + h\right) + c", 8.0)[1]
'\\left. {} + e + f + g\\right.'
"""

from __future__ import annotations

import re

#: Tokens of the LaTeX kldocs prints: a command, an escaped character, a number, a space, any other character.
_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|\d+(?:\.\d+)?|\s+|.", re.DOTALL)
#: Widths (em) of commands that stand for a glyph or a space; any other command is one glyph wide.
_COMMANDS = {
    r"\ln": 1.2, r"\log": 1.6, r"\exp": 1.7, r"\sum": 1.6, r"\int": 0.8, r"\cdots": 1.4, r"\quad": 1.0,
    r"\qquad": 2.0, r"\,": 0.17, r"\;": 0.28, r"\ ": 0.33, r"\infty": 1.0, r"\parallel": 0.8, r"\mathrm": 0.0,
    r"\text": 0.0, r"\left": 0.0, r"\right": 0.0, r"\displaystyle": 0.0,
}  # fmt: skip
#: Relations and binary operators, with the space TeX puts around them.
_OPERATORS = {"+": 1.3, "-": 1.3, "=": 1.4, "<": 1.4, ">": 1.4, r"\le": 1.4, r"\ge": 1.4, r"\ne": 1.4, r"\approx": 1.4}
#: Width of a character that is neither a digit, a letter nor an operator (brackets, commas, points).
_NARROW = 0.35
#: Sub- and superscripts are set smaller.
_SCRIPT = 0.7
#: What goes before a continued line, so that it reads as the rest of the line above (``{}`` keeps its
#: operator binary, spaced as in the line above).
CONTINUED = r"\quad {} "


def width(latex: str) -> float:
    r"""Estimated width of ``latex`` in ems: a fraction as wide as its wider part, scripts smaller.

    >>> width(r"\frac{12}{3}") < width("123")
    True
    >>> width("x_{1}") < width("x1")
    True
    """
    tokens = [token for token in _TOKEN.findall(latex) if not token.isspace()]
    return _width(tokens, 0, len(tokens))[0]


def _width(tokens: list[str], start: int, stop: int) -> tuple[float, int]:
    """The width of tokens[start:stop], or up to the ``}`` closing a group opened before ``start``."""
    total, index = 0.0, start
    while index < stop:
        token = tokens[index]
        index += 1
        if token == "}":
            return total, index
        if token == "{":
            inner, index = _width(tokens, index, stop)
            total += inner
        elif token in (r"\frac", r"\tfrac", r"\dfrac"):
            top, index = _group(tokens, index, stop)
            bottom, index = _group(tokens, index, stop)
            total += max(top, bottom) + 0.2
        elif token == r"\begin":
            inner, index = _environment(tokens, index, stop)
            total += inner
        elif token in ("_", "^"):
            script, index = _group(tokens, index, stop)
            total += _SCRIPT * script
        elif token in _OPERATORS:
            total += _OPERATORS[token]
        elif token.startswith("\\"):
            total += _COMMANDS.get(token, 0.6)
        elif token[0].isdigit():
            total += 0.5 * sum(1 for char in token if char.isdigit()) + 0.28 * token.count(".")
        else:
            total += 0.55 if token.isalpha() else _NARROW
    return total, index


def _environment(tokens: list[str], index: int, stop: int) -> tuple[float, int]:
    r"""The width of a matrix (``\begin{pmatrix} a & b \\ c & d \end{pmatrix}``) from after its ``\begin``: its
    widest cell in each column, with the space between columns and the brackets, and where it ends.

    >>> round(width(r"\begin{pmatrix}1 & \frac{1}{2}\\\frac{1}{2} & 2\end{pmatrix}"), 1)
    3.0
    """
    _, index = _group(tokens, index, stop)  # the environment's name
    rows: list[list[float]] = [[0.0]]
    start, depth = index, 0
    while index < stop:
        token = tokens[index]
        depth += {"{": 1, "}": -1}.get(token, 0)
        if depth == 0 and token in ("&", "\\\\", r"\end"):
            rows[-1][-1] = width("".join(tokens[start:index]))
            if token == "&":
                rows[-1].append(0.0)
            elif token == "\\\\":
                rows.append([0.0])
            else:
                _, index = _group(tokens, index + 1, stop)
                break
            start = index + 1
        index += 1
    columns = max(len(row) for row in rows)
    widest = [max(row[k] if k < len(row) else 0.0 for row in rows) for k in range(columns)]
    return sum(widest) + 0.8 * (columns - 1) + 0.8, index


def _group(tokens: list[str], index: int, stop: int) -> tuple[float, int]:
    """The width of one argument: a braced group or a single token."""
    if index < stop and tokens[index] == "{":
        return _width(tokens, index + 1, stop)
    return _width(tokens, index, min(index + 1, stop))


def break_sum(latex: str, budget: float, first: float = 0.0) -> tuple[str, ...]:
    r"""``latex`` cut before ``+`` and ``-`` into lines no wider than ``budget`` ems where it can be.

    The first line has ``first`` ems less room (what stands left of it);
    later lines begin with the operator. A term wider than the budget stays
    whole on a line of its own. Brackets opened with ``\left`` and cut
    apart are closed with ``\right.`` and reopened with ``\left.``.

    >>> break_sum("a + b - c", 10.0)
    ('a + b - c',)
    """
    terms = _terms(latex)
    lines: list[list[int]] = [[]]
    room = budget - first
    for index in range(len(terms)):
        # A row is measured as it will be shown: its reopened and closed brackets included.
        if lines[-1] and width(_row(terms, [*lines[-1], index])) > room:
            lines.append([])
            room = budget - width(CONTINUED)
        lines[-1].append(index)
    if len(lines) == 1:
        return (latex,)
    return tuple(_row(terms, line) for line in lines)


def _row(terms: list[tuple[str, int]], line: list[int]) -> str:
    r"""Terms ``line`` (consecutive indices) as one row: brackets open before it reopened with ``\left.``, those
    still open after it closed with ``\right.``."""
    opened = terms[line[0]][1]
    still_open = terms[line[-1] + 1][1] if line[-1] + 1 < len(terms) else 0
    text = " ".join(terms[index][0] for index in line)
    # After a reopened bracket, {} keeps the operator binary (it would open the bracket's formula as a sign).
    return r"\left. " * opened + ("{} " if opened else "") + text + r"\right." * still_open


def _terms(latex: str) -> list[tuple[str, int]]:
    r"""The pieces between top-level ``+`` and ``-``, each with how many ``\left`` brackets are open where it starts.

    A sum inside a narrow ``\left( ... \right)`` (``(x - n_1)``, narrower than :data:`CUT_GROUP`) is not cut.
    """
    tokens = _TOKEN.findall(latex)
    narrow = _narrow_groups(tokens)
    terms: list[tuple[str, int]] = []
    current: list[str] = []
    depth, lefts, opened, parens, inside_narrow = 0, 0, 0, 0, 0
    for position, token in enumerate(tokens):
        before = tokens[position - 1] if position else ""
        after = tokens[position + 1] if position + 1 < len(tokens) else ""
        if token in "()" and before not in (r"\left", r"\right"):  # f(a + b, y): a plain bracket is not cut
            parens += 1 if token == "(" else -1
        if token in (r"\begin", r"\end"):  # a matrix is never cut
            parens += 1 if token == r"\begin" else -1
        cut = depth == 0 and parens == 0 and inside_narrow == 0
        if token in "+-" and cut and before.isspace() and after.isspace() and "".join(current).strip():
            terms.append(("".join(current).strip(), opened))
            current, opened = [], lefts
        current.append(token)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif token == r"\left" and depth == 0:
            lefts += 1
            inside_narrow += position in narrow
        elif token == r"\right" and depth == 0:
            lefts -= 1
            inside_narrow -= position in narrow
    terms.append(("".join(current).strip(), opened))
    return terms


#: A ``\left( ... \right)`` group narrower than this (ems) is never cut apart.
CUT_GROUP = 12.0


def _narrow_groups(tokens: list[str]) -> set[int]:
    r"""Positions of the ``\left`` and ``\right`` tokens (outside braces) of groups narrower than :data:`CUT_GROUP`."""
    found: set[int] = set()
    stack: list[int] = []
    depth = 0
    for position, token in enumerate(tokens):
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif token == r"\left" and depth == 0:
            stack.append(position)
        elif token == r"\right" and depth == 0 and stack:
            start = stack.pop()
            if width("".join(tokens[start:position])) < CUT_GROUP:
                found.update((start, position))
    return found
