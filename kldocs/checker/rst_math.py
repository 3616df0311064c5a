r"""reStructuredText's and MyST's maths written as dollar maths, so that the Markdown reader finds the formulas.

Sphinx documents write a display as a ``.. math::`` directive over an indented block (blank lines inside it
separate equations, options such as ``:label:`` come first) and an inline formula as the ``:math:`` role; MyST
Markdown writes the role ``{math}`...``` and a fence opened with ```` ```{math} ````. Each becomes ``$$...$$`` or
``$...$`` on the same lines, so every line keeps its number.

>>> print(as_dollar_maths(".. math::\n   :label: h\n\n   H(X) = 1\n\nThe role :math:`D(P\\|Q) = 0` here.\n"))
<BLANKLINE>
<BLANKLINE>
<BLANKLINE>
$$H(X) = 1$$
<BLANKLINE>
The role $D(P\|Q) = 0$ here.
<BLANKLINE>
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

#: The directive, with a formula on its own line or none: ``.. math::``, ``.. math:: H = 1``.
_DIRECTIVE = lazy(r"(?m)^(?P<indent>[ \t]*)\.\.[ \t]+math::[ \t]*(?P<inline>[^\n]*)$")
#: The role, reStructuredText's or MyST's: ``:math:`H(X)``` or ``{math}`H(X)```.
_ROLE = lazy(r"(?::math:|\{math\})`(?P<body>[^`\n]{1,2000})`")
#: A MyST fence of maths, its body up to the closing fence.
_FENCE = lazy(
    r"(?m)^(?P<indent>[ \t]{0,3})(?P<fence>```+|~~~+)[ \t]*\{math\}[ \t]*\n(?P<body>(?:.*\n){0,200}?)"
    r"[ \t]{0,3}(?P=fence)[ \t]*$"
)
#: An option line at the top of a directive's body: ``:label: eq-h``, ``:nowrap:``.
_OPTION = lazy(r"[ \t]*:[A-Za-z-]{1,20}:(?:[ \t][^\n]*)?")
#: Lines of a directive's body read at most.
MAX_BODY_LINES = 200


def as_dollar_maths(text: str) -> str:
    """``text`` with its directives, fences and roles of maths written as dollar maths, line for line."""
    if ".. math::" not in text and "math}" not in text and ":math:`" not in text:
        return text
    lines = text.split("\n")
    row, counted = 0, 0
    for match in _DIRECTIVE.finditer(text):
        row += text.count("\n", counted, match.start())  # counted on from the last directive: one pass in all
        counted = match.start()
        _display(lines, row, len(match.group("indent")), match.group("inline"))
    text = "\n".join(lines)
    if "{math}" in text:
        text = _FENCE.sub(_fenced, text)
    return _ROLE.sub(lambda match: f"${match.group('body')}$", text)


def _display(lines: list[str], at: int, indent: int, inline: str) -> None:
    """Rewrite in place the directive on line ``at`` (indented by ``indent``) and its body, the lines indented
    further, its options dropped."""
    lines[at] = f"$${inline.strip()}$$" if inline.strip() else ""
    body: list[int] = []
    for index in range(at + 1, min(len(lines), at + 1 + MAX_BODY_LINES)):
        line = lines[index]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break  # the body ends where the indentation does
        if not any(lines[position].strip() for position in body) and _OPTION.fullmatch(line):
            lines[index] = ""
            continue
        body.append(index)
    _equations(lines, body)


def _equations(lines: list[str], body: list[int]) -> None:
    """Each equation of a body (a run of lines between blank ones) as one ``$$...$$`` display on the same lines."""
    group: list[int] = []
    for index in [*body, -1]:
        if index >= 0 and lines[index].strip():
            lines[index] = lines[index].strip()
            group.append(index)
        elif group:
            lines[group[0]] = "$$" + lines[group[0]]
            lines[group[-1]] += "$$"
            group = []


def _fenced(match: re.Match[str]) -> str:
    """A MyST fence of maths as displays on the same lines, its fences blank."""
    body = match.group("body").split("\n")[:-1]
    _equations(body, list(range(len(body))))
    return "\n".join(["", *body, ""])
