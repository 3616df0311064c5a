r"""The prose inside Python code: docstrings, and in a Python file its comment lines.

A docstring (or any string written as a statement of its own, as authors write
notes between examples) is text in the author's words: ``D_KL(P || Q1) ≈ 0.0001``
there is a claim like one in a paragraph. Only triple-quoted strings are read,
and only when the block parses as Python (with :func:`~kldocs.checker.code_names.parsed`,
whose tree the code readers share); the code around them stays code, read by
the code readers. In a ``.py`` file, lines that hold nothing but a comment
are its prose too (a comment after code stays with the code it follows).

>>> from kldocs.checker.documents import Builder
>>> code = 'def kl(p, q):\n    \"\"\"Not symmetric: KL(P||Q) != KL(Q||P).\"\"\"\n    return 0\n'
>>> builder = Builder(code, "a.md", "markdown")
>>> add_code(builder, 0, len(code))
>>> [region.text.strip("§") for region in builder.build().prose]
['Not symmetric: KL(P||Q) != KL(Q||P).']
>>> comment_spans("# The KL divergence is 0.5\nx = 1  # not prose\n", None)
[(2, 26)]
"""

from __future__ import annotations

import ast
import bisect
import itertools
import re

from kldocs.checker.documents import Builder, Region, line_starts
from kldocs.checker.lazy_patterns import lazy

_TRIPLE = lazy(r"[rRuU]?(?:\"\"\"|''')")
#: A line that is a comment and nothing else (its ``#`` and the space after it are not prose).
_COMMENT_LINE = lazy(r"^[ \t]*#+[ \t]?", re.MULTILINE)


def add_code(builder: Builder, start: int, end: int, body: str | None = None) -> None:
    """Record ``builder.text[start:end]`` as a block of code, and its docstrings as prose; ``body`` stands for the
    text, each of its characters where the text's is (a session whose line breaks were lost, given them back;
    indented code with each line's indentation moved to its end, ``start`` after the first line's)."""
    if end <= start:
        return
    body = builder.text[start:end] if body is None else body
    builder.code.append(Region("code", body, start))
    for begin, stop in docstring_spans(body):
        builder.docstring(start + begin, start + stop)
        hide_bullets(builder, start + begin, start + stop)


def hide_bullets(builder: Builder, start: int, end: int) -> None:
    """Show the list markers of a docstring's or comment's bullets (``- H(P) = 1.5 bits``) as spaces: a dash before
    words is a bullet, as in Markdown, not a minus sign; one before a number or a logarithm stays.

    >>> builder = Builder("- H(P) = 1.5 bits\\n- 0.5 log 2\\n", "a.py", "python")
    >>> builder.prose(0, 30)
    >>> hide_bullets(builder, 0, 30)
    >>> [region.text for region in builder.build().prose]
    ['  H(P) = 1.5 bits', '- 0.5 log 2']
    """
    text = builder.text[start:end]
    if "- " not in text and "* " not in text and "• " not in text:
        return
    for match in _BULLET.finditer(text):
        builder.rewrite(start + match.start("marker"), " ")


#: A bullet at the start of a line: its marker, then words (not a number, a bracket or a logarithm).
_BULLET = lazy(r"^[ \t]*(?P<marker>[-*+•])[ \t]+(?=[^\W\d_])(?!\\?(?:log|ln|frac)(?![A-Za-z]))", re.MULTILINE)


def docstring_spans(code: str, tree: ast.Module | None = None) -> list[tuple[int, int]]:
    r"""Where the text of each triple-quoted string statement of ``code`` is (quotes left out), or of one assigned
    as a docstring (``__doc__ = '''...'''``, ``kl.__doc__ = ...``).

    >>> code = "x = 1\n'''Q = [0.4, 0.6]'''\ny = 'no'\nf.__doc__ = '''H = 1'''\n"
    >>> [code[a:b] for a, b in docstring_spans(code)]
    ['Q = [0.4, 0.6]', 'H = 1']
    """
    if '"""' not in code and "'''" not in code:
        return []  # nothing to find: the block is not parsed again
    if tree is None:
        from kldocs.checker.code_names import parsed

        tree = parsed(code)
    if tree is None:
        return []
    columns = Columns(code)
    spans = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Expr | ast.Assign) or not isinstance(node.value, ast.Constant):
            continue
        if isinstance(node, ast.Assign) and not _assigns_docstring(node):
            continue
        string = node.value  # (after ``__doc__ =``)
        if not isinstance(string.value, str) or string.end_lineno is None or string.end_col_offset is None:
            continue
        begin = columns.offset(string.lineno, string.col_offset)
        stop = columns.offset(string.end_lineno, string.end_col_offset)
        opening = _TRIPLE.match(code, begin, stop)
        if opening is not None and stop - opening.end() >= 3:
            spans.append((opening.end(), stop - 3))
    return sorted(spans)


def _assigns_docstring(node: ast.Assign) -> bool:
    """``__doc__ = ...`` or ``Foo.__doc__ = ...``: a docstring given after the definition."""
    return all(
        (isinstance(target, ast.Name) and target.id == "__doc__")
        or (isinstance(target, ast.Attribute) and target.attr == "__doc__")
        for target in node.targets
    )


def comment_spans(code: str, tree: ast.Module | None) -> list[tuple[int, int]]:
    """The text of the comment lines of a Python file (``tree``: the file parsed, or None), in order.

    A line that starts with ``#`` inside a string that spans lines is not a comment; when the
    file does not parse, comment lines are read only if it holds no triple quotes at all.
    """
    starts = line_starts(code)
    inside: list[tuple[int, int]] = []  # the lines (0-based, first and last) that strings spanning lines cover
    if tree is not None:
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant | ast.JoinedStr) and (node.end_lineno or 0) > node.lineno:
                inside.append((node.lineno - 1, (node.end_lineno or 0) - 1))
    elif '"""' in code or "'''" in code:
        return []
    covered = _covered_lines(inside)
    spans = []
    for match in _COMMENT_LINE.finditer(code):
        if bisect.bisect_right(starts, match.start()) - 1 not in covered:
            line_end = code.find("\n", match.end())
            spans.append((match.end(), len(code) if line_end < 0 else line_end))
    return spans


def _covered_lines(spans: list[tuple[int, int]]) -> set[int]:
    """The lines inside strings that span lines, but for the first (which may start with a comment above)."""
    covered: set[int] = set()
    reach = -1  # the last line covered so far: strings inside strings (an f-string's parts) add nothing
    for first, last in sorted(spans):
        covered.update(range(max(first + 1, reach + 1), last + 1))
        reach = max(reach, last)
    return covered


class Columns:
    """Character offsets of ``ast``'s (1-based line, UTF-8 byte column) positions in ``code``.

    A line of ASCII is read as it is; another line's byte offsets are worked out once, so that
    many strings on one long line cost no more than the line.
    """

    def __init__(self, code: str) -> None:
        self.code = code
        self.starts = line_starts(code)
        self.bytes: dict[int, list[int] | None] = {}

    def offset(self, line: int, column: int) -> int:
        begin = self.starts[line - 1]
        if line not in self.bytes:
            row = self.code[begin : self.starts[line] if line < len(self.starts) else len(self.code)]
            self.bytes[line] = None if row.isascii() else list(itertools.accumulate(len(c.encode()) for c in row))
        widths = self.bytes[line]
        return begin + (column if widths is None else bisect.bisect_right(widths, column))
