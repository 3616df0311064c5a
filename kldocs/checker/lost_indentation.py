r"""A function whose indentation a web page lost, every line at column 0, indented again by its structure.

Pages that lose indentation keep the line breaks: ``def kld(p, q):``, then ``total = 0``, ``for a, b in zip(p, q):``,
``total += a * math.log(a / b)``, ``return total``, all at column 0. The structure gives most of the indentation back:
a line after one that ends in ``:`` opens a block one level deeper, ``elif``/``else``/``except``/``finally`` stand
at the level of the block they continue, and ``return`` ends the function: right after a header it is that block's
only statement, else it stands in the function's own body, which it ends. Where the structure does not say where a
line goes (a second statement after the first of a block inside the function's body: the loop's, or after it?) the
function is not given back, and neither is one that does not parse once indented so.

>>> print(reindented(["def kld(p, q):", "total = 0", "for a, b in zip(p, q):", "if a > 0:",
...                   "total += a * math.log(a / b)", "return total"]))
def kld(p, q):
    total = 0
    for a, b in zip(p, q):
        if a > 0:
            total += a * math.log(a / b)
    return total
>>> reindented(["def f(p):", "for x in p:", "y = x", "z = y", "return z"]) is None
True
"""

from __future__ import annotations

import ast

#: Keywords that continue the block of the header above them, at its level.
_CONTINUING = ("elif ", "elif(", "else:", "except", "finally:")
#: Most lines of a function indented again.
MAX_LINES = 60


def reindented(lines: list[str]) -> str | None:
    """The lines of one function (its ``def`` first) indented by their structure, or None when that is unsure or
    does not parse."""
    if not lines or not lines[0].startswith("def ") or len(lines) > MAX_LINES:
        return None
    headers: list[int] = []  # the levels of the headers whose blocks are open
    closed: int | None = None  # the level of the header whose block a return just closed
    level, out, fresh, ended = 0, [], False, False
    for raw in lines:
        line = raw.strip()
        if ended or not line:
            return None  # a line after the function's last return, or a blank one: not this function's
        if line.startswith(_CONTINUING):
            target = closed if closed is not None else headers[-1] if headers and headers[-1] < level else None
            if target is None or target < 1:
                return None
            while headers and headers[-1] >= target:
                headers.pop()
            level = target
        elif line.startswith("return") and not fresh:
            level, headers, ended = 1, headers[:1], True
        elif not fresh and level > 1:
            return None  # a second line in a nested block: in it, or after it?
        out.append("    " * level + line)
        closed, fresh = None, line.endswith(":")
        if fresh:
            headers.append(level)
            level += 1
        elif line.startswith("return") and level > 1:
            level -= 1  # a block's only return ends that block
            closed = level
            headers = [header for header in headers if header < level]
    code = "\n".join(out)
    try:
        ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return code
