r"""Read a Python file: its code for the code readers, its comment lines and docstrings as prose.

The file is one block of code (as a fenced block in Markdown is), read by the
same readers; its comment lines and docstrings (found by :mod:`~kldocs.checker.code_prose`)
are prose, with the file's own line numbers (and so are the texts of its dictionaries' strings, quiz and lesson data:
:func:`~kldocs.checker.code_fields.python_fields`), and a docstring's examples (``>>> entropy([1, 1])``, then
``1.0``) are sessions, run with the functions the file defines. A file is read up to
:data:`~kldocs.checker.markdown_reader.MAX_BLOCK_LINES` lines (as a block of code in Markdown) and
:data:`MAX_CHARACTERS` characters, and the report says where
reading stopped.

A plain-text file that is in fact a Python script is read the same way
(:func:`is_python`): the whole text must parse as Python and hold an ``import``,
a ``def`` or a ``class`` at its top level, or start with a line only code could be. Prose almost never parses as Python
(two words side by side are a syntax error), so a page of text is never taken for code.

>>> doc = read_python("import math\n# H(P) = 1 bit for a fair coin\np = [0.5, 0.5]\n", "coin.py")
>>> [(doc.line(region.offset), region.text.strip("§")) for region in doc.prose]
[(2, 'H(P) = 1 bit for a fair coin')]
>>> is_python("import math\nx = 1\n"), is_python("We import math here.\n")
(True, False)
"""

from __future__ import annotations

import ast
import re

from kldocs.checker.code_fields import python_fields
from kldocs.checker.code_prose import comment_spans, docstring_spans, hide_bullets
from kldocs.checker.documents import Builder, Region, Skipped, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.markdown_reader import MAX_BLOCK_LINES
from kldocs.checker.prompt_cells import is_script
from kldocs.checker.sessions import session_blocks

#: Most characters of a Python file read: far more than a script about entropy holds, and a 10 MB list of
#: numbers on one line cut to this is read by the code readers in about a second.
MAX_CHARACTERS = 500_000

#: A line at the top level that a Python script holds and prose hardly ever starts with.
_SCRIPT_LINE = lazy(r"^(?:import [A-Za-z_]|from [A-Za-z_.]+ import |def [A-Za-z_]\w*\(|class [A-Za-z_])", re.M)


def read_python(text: str, name: str) -> SourceText:
    """Read the code, comment lines and docstrings of a Python file (up to the limits above)."""
    end = _read_up_to(text)
    code = text[:end]
    # The document is the part read: its lines are indexed, and the text after code is looked at, no further.
    builder = Builder(code, name, "python")
    if end < len(text):
        reason = f"reading stopped here: a Python file is read up to {MAX_BLOCK_LINES:,} lines"
        reason += f" and {MAX_CHARACTERS:,} characters"
        builder.skipped.append(Skipped(end, text[end : end + 60], reason))
    from kldocs.checker.code_names import parsed

    tree = parsed(code)
    for begin, stop in comment_spans(code, tree):
        builder.prose(begin, stop)
        hide_bullets(builder, begin, stop)
    program = code
    for begin, stop in docstring_spans(code, tree) if tree is not None else ():
        builder.docstring(begin, stop)
        hide_bullets(builder, begin, stop)
        for start, end in session_blocks(code[begin:stop]):  # its examples, run with the file's functions
            start, end = begin + start, begin + end
            builder.code.append(Region("code", code[start:end], start))
            program = program[:start] + re.sub(r"[^\n]", " ", code[start:end]) + program[end:]  # read once, here
    for begin, stop, shown in python_fields(code, tree) if tree is not None else ():  # quiz data: its texts
        builder.prose(begin, stop)
        if shown != code[begin:stop]:
            builder.rewrite(begin, shown)
    if code.strip():
        builder.code.append(Region("code", program, 0))
    return builder.build()


def is_python(text: str) -> bool:
    """True for text that is a Python script: it parses, and has an ``import``, ``def`` or ``class`` at the top,
    or is a program by :func:`~kldocs.checker.prompt_cells.is_script` (its first line is code, and no line is a
    value pasted below it)."""
    if _read_up_to(text) < len(text):
        return False
    if is_script(text):
        return True
    if _SCRIPT_LINE.search(text) is None:
        return False
    from kldocs.checker.code_names import parsed

    tree = parsed(text)
    kinds = ast.Import | ast.ImportFrom | ast.FunctionDef | ast.ClassDef
    return tree is not None and any(isinstance(statement, kinds) for statement in tree.body)


def _read_up_to(text: str) -> int:
    """Where reading a Python file stops: after its last whole line within the limits (the end when it fits)."""
    end = min(len(text), MAX_CHARACTERS)
    lines = 0
    position = text.find("\n")
    while 0 <= position < end:
        lines += 1
        if lines == MAX_BLOCK_LINES:
            return position + 1 if position + 1 < len(text) else len(text)
        position = text.find("\n", position + 1)
    if end < len(text):  # over the characters: stop after the last whole line that fits
        cut = text.rfind("\n", 0, end)
        return cut + 1 if cut >= 0 else end
    return end
