r"""Code in a page copied as plain text: notebook cells (``In [58]:`` on a line of its own, the code, then its
output), or a whole page that is a Python program.

A notebook's web page copied as text keeps each code cell as its prompt, its
lines of code and, after a blank line, the lines it printed. A cell runs
from its prompt to the next prompt or to two blank lines in a row. Its first
run of lines is code, and must parse as Python (else the cell is not one);
the runs after it are code too, except a last run that no line of code
could be (no assignment, ``import``, ``def``, ``print(`` or comment), which
is the cell's output, or what follows ``Out[n]:``.

>>> text = "Intro\n\nIn [2]:\nkl = entropy(p, q)\nprint(kl)\n\n0.5108\n\n\nAfter.\n"
>>> [(text[cell.code[0] : cell.code[1]], text[cell.output[0] : cell.output[1]]) for cell in prompt_cells(text)]
[('kl = entropy(p, q)\nprint(kl)', '0.5108')]
>>> text = "In [2]:\nkl = entropy(p, q)\nprint(f'KL = {kl:.4f}')\n\nKL = 0.5108\n"
>>> [text[cell.output[0] : cell.output[1]] for cell in prompt_cells(text)]
['KL = 0.5108']
>>> text = "In [3]:\nentropy(p, q)\nOut[3]:\n0.5108\n"
>>> [(text[cell.code[0] : cell.code[1]], text[cell.output[0] : cell.output[1]]) for cell in prompt_cells(text)]
[('entropy(p, q)', '0.5108')]

A paragraph that parses as Python and has a statement only code could be (an ``import``, a ``print``,
``np.array(...)``) is code whose fence was lost in copying (:func:`is_bare_code`). A line of text with two
``>>>`` prompts or more is a session whose line breaks were lost
(:func:`code_cells`). A page that parses as Python as a whole, and whose first line is one only code could be (an
``import``, an assignment, a comment...), is a program saved as text (:func:`is_script`).

>>> is_script("import numpy as np\n\np = np.array([0.5, 0.5])\n"), is_script("Entropy\n")
(True, False)
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kldocs.checker.code_calls import NOT_PYTHON, dotted
from kldocs.checker.documents import Builder, Region
from kldocs.checker.flat_code import unflattened
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.sessions import collapsed_sessions, session_blocks
from kldocs.checker.text_lines import Lines

_PROMPT = lazy(r"^In \[[0-9 ]*\]:[ \t]*$", re.MULTILINE)
_OUT = lazy(r"^Out\[[0-9 ]*\]:[ \t]*\n?", re.MULTILINE)
#: A line only code could be: an assignment, a statement's keyword, a print, a comment.
_CODE_LINE_PATTERN = (
    r"^\s*(?:[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?\s*(?:,\s*[A-Za-z_]\w*\s*)*[-+*/%@]?=(?!=)"
    r"|(?:import|from|def|class|for|while|if|elif|else|with|return|try|except|assert)\b|print\s*\(|[#@%!])"
)
CODE_LINE = lazy(_CODE_LINE_PATTERN)
#: A line a print may give that reads like an assignment: a label, ``=`` and a number (maybe a unit).
_PRINTED_VALUE = lazy(r"^[ \t]*[^=\n]{1,60}=[ \t]*-?[0-9][0-9.]*(?:[eE][-+]?[0-9]+)?(?:[ \t]*[A-Za-z]{1,5})?[ \t]*$")
#: Most cells read as cells (a notebook has a few hundred; past these the text is read as text).
MAX_CELLS = 2000
#: Most lines, and characters, of one cell read.
MAX_CELL_LINES = 400
MAX_CELL_CHARACTERS = 40_000
#: Most lines, and characters, of a page read as one program.
MAX_SCRIPT_LINES = 2000
MAX_SCRIPT_CHARACTERS = 100_000


@dataclass(frozen=True)
class PromptCell:
    """A cell: where its prompt line starts, its code and its output (``(start, end)`` offsets), and where the
    line after it starts; ``session``: for a session whose line breaks were lost, the session with them given
    back (see :func:`~kldocs.checker.sessions.collapsed_sessions`), as long as the code."""

    start: int
    code: tuple[int, int]
    output: tuple[int, int] | None
    end: int
    session: str = ""


def code_cells(text: str) -> Iterator[PromptCell]:
    """The cells of a page copied as text and the sessions on one line each, in order, none overlapping."""
    cells = sorted(
        [
            *prompt_cells(text),
            *(PromptCell(s, (s, e), None, min(len(text), e + 1), shown) for s, e, shown in collapsed_sessions(text)),
            *(PromptCell(s, (s, e), None, min(len(text), e + 1)) for s, e in session_blocks(text)),
            *glued_fences(text),
        ],
        key=lambda cell: cell.start,
    )
    end = 0
    for cell in cells:
        if cell.start >= end:
            end = cell.end
            yield cell


#: A fence that opens a line (its info string may be the first line of code, as pages copied as text run them
#: together: ``\`\`\`from scipy.special import rel_entr``), and one glued to the end of a line (``0.5108\`\`\```).
_OPENING = lazy(r"^(?:`{3,}|~{3,})(?=[^`\n]*$)", re.MULTILINE)
_GLUED = lazy(r"^(?P<value>[^`\n]*[^`\s])(?:`{3,}|~{3,})[ \t]*$", re.MULTILINE)


def glued_fences(text: str) -> Iterator[PromptCell]:
    r"""Code in fences whose closing fence a page copied as text glued to the value the code showed: the code from
    the opening fence (a first line of code after the backticks too) to the blank lines above that value, which is
    its output. A fence closed on a line of its own is left to Markdown.

    >>> text = "```from math import log\n\nlog(2)\n\n0.6931471805599453```\n\nText.\n"
    >>> [(text[c.code[0] : c.code[1]], text[c.output[0] : c.output[1]]) for c in glued_fences(text)]
    [('from math import log\n\nlog(2)', '0.6931471805599453')]
    """
    if "```" not in text and "~~~" not in text:
        return
    position = 0
    while (opening := _OPENING.search(text, position)) is not None:
        next_fence = text.find(opening.group()[0] * 3, opening.end())
        if next_fence < 0:
            return
        line_start = text.rfind("\n", 0, next_fence) + 1
        glued = _GLUED.match(text, line_start) if line_start > opening.end() else None
        if glued is None:  # closed on a line of its own (or not at all): Markdown's
            line_end = text.find("\n", next_fence)
            position = len(text) if line_end < 0 else line_end + 1
            continue
        code_end = len(text[: line_start - 1].rstrip())
        begin = opening.end() + len(text[opening.end() : code_end]) - len(text[opening.end() : code_end].lstrip())
        if code_end > begin:
            yield PromptCell(opening.start(), (begin, code_end), (line_start, glued.end("value")), glued.end() + 1)
        position = glued.end()


def prompt_cells(text: str) -> Iterator[PromptCell]:
    """The cells of a page copied as text, in order (none when it has no ``In [n]:`` line)."""
    if "In [" not in text:
        return
    prompts = list(itertools.islice(_PROMPT.finditer(text), MAX_CELLS + 1))
    for index, prompt in enumerate(prompts[:MAX_CELLS]):
        stop = prompts[index + 1].start() if index + 1 < len(prompts) else len(text)
        runs = _runs(text, prompt.end() + 1, stop)
        shown = _OUT.search(text, runs[0][0], runs[-1][1]) if runs else None
        if shown is not None:  # Out[n]: marks the output, on its line or the next
            runs = _runs(text, prompt.end() + 1, shown.start())
            end = _end_of_run(text, shown.end(), stop)
            output: tuple[int, int] | None = (shown.end(), end)
        else:
            last = runs[-1] if len(runs) > 1 else None
            output = last if last is not None and _is_output(text, runs[0][0], last) else None
            end = runs[-1][1] if runs else 0
        code_runs = runs[:-1] if output is not None and shown is None else runs
        if output is None and shown is None and runs:
            code_runs, output = _numbers_below(text, runs)
        elif output is not None and shown is None and len(runs) > 1:  # numbers under the code, then a paragraph
            below, printed = _numbers_below(text, runs[:-1])
            if printed is not None:
                code_runs, output, end = below, printed, printed[1]
        if not code_runs or not parses(text[code_runs[0][0] : code_runs[0][1]]):
            continue
        yield PromptCell(prompt.start(), (code_runs[0][0], code_runs[-1][1]), output, min(len(text), end + 1))


def is_script(text: str) -> bool:
    """Whether a plain-text page is a Python program: its first line is code, the whole page parses, and no line
    is a number alone (printed output pasted below the code)."""
    first = text.lstrip()
    if not first or len(text) > MAX_SCRIPT_CHARACTERS or not CODE_LINE.match(first):
        return False
    if text.count("\n", 0, MAX_SCRIPT_CHARACTERS) >= MAX_SCRIPT_LINES:
        return False
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return not any(is_shown_value(statement) for statement in tree.body)


def is_shown_value(statement: ast.stmt) -> bool:
    """A line that is a number alone (``0.0204``, ``-1.5``): a value a program printed, pasted below it."""
    value = statement.value if isinstance(statement, ast.Expr) else None
    value = value.operand if isinstance(value, ast.UnaryOp) else value
    return isinstance(value, ast.Constant) and type(value.value) in (int, float)


_GLUED_COMMENT = lazy(r"^#[^\s#!]", re.MULTILINE)


def is_bare_code(paragraph: str) -> bool:
    """Whether a paragraph is Python code that lost its fence when the page was copied: it parses, and some
    statement could only be code (an ``import``, a ``def``, a ``print`` or a call of a module's function), or
    it shows the value of an R call below it (``#> [1] 0.5``), or a comment with no space after its ``#`` stands
    over a call.

    >>> is_bare_code("p = np.array([0.8, 0.2])"), is_bare_code("p = [0.8, 0.2]"), is_bare_code("figure.png")
    (True, False, False)
    >>> is_bare_code("#calculate (P || Q)\\nsum(rel_entr(P, Q))"), is_bare_code("# Results\\nsum(rel_entr(P, Q))")
    (True, False)
    """
    if not could_be_code(paragraph):
        return False
    try:
        tree = ast.parse(paragraph)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    if any(_only_code(statement) for statement in tree.body) or re.search(_SHOWN_MARK, paragraph, re.M) is not None:
        return True
    # A comment glued to its mark (``#calculate (P || Q)``, no heading) over a call: ``sum(rel_entr(P, Q))``.
    called = any(isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call) for statement in tree.body)
    return called and _GLUED_COMMENT.search(paragraph) is not None


def joined_body(builder: Builder, begin: int, end: int) -> bool:
    r"""Whether the indented lines ``begin`` to ``end`` go on with the code right above them that lost its fence (a
    function's body that a blank line cut); if so, they are that code's. Only blank lines may stand between, the
    code's last line must be indented, and the two must parse as one.

    >>> text = "def kl(p, q):\n    p = np.array(p)\n    \n    return np.sum(p * np.log(p / q))"
    >>> builder = Builder(text, "a.txt", "text")
    >>> builder.code.append(Region("code", text[:33], 0))
    >>> joined_body(builder, 39, len(text)), builder.code[0].text == text
    (True, True)
    """
    if not builder.code:
        return False
    code = builder.code[-1]
    stop = code.offset + len(code.text)
    last = code.text.rstrip().rpartition("\n")[2]
    if builder.text[stop:begin].strip() or not last[:1].isspace() or end - code.offset > MAX_CELL_CHARACTERS:
        return False
    if not parses(builder.text[code.offset : end]):
        return False
    builder.code[-1] = Region("code", builder.text[code.offset : end], code.offset)
    return True


def indented_code(block: str) -> tuple[int, str] | None:
    r"""A block indented as a whole (a page's code set off by four spaces, as Stack Exchange shows it) that is code
    once the indentation is taken off: how wide that indentation is, and the code with each line's indentation
    moved to its end (so that every line keeps its length and a character of a line is that width after the same
    character of the block), the last line's left off. None when it is not code (:func:`is_bare_code`).

    >>> indented_code("    import math\n    print(math.log(2))")
    (4, 'import math    \nprint(math.log(2))')
    >>> indented_code("    0.6931471805599453") is None
    True
    """
    lines = block.split("\n")
    width = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    if not width or len(block) > MAX_CELL_CHARACTERS:
        return None
    moved = "\n".join(line[width:] + line[:width] if line.strip() else line for line in lines).rstrip(" ")
    return (width, moved) if is_bare_code(moved) else None


def bare_code(paragraph: str, *, lines: bool = True) -> tuple[int, str] | None:
    r"""Where the code a paragraph holds starts in it, and that code: the whole paragraph when it is code that lost
    its fence (:func:`is_bare_code`), or a line of it that is a program which lost its line breaks too (see
    :mod:`~kldocs.checker.flat_code`), given them back (the lines around it, such as what it printed, are not
    code; ``lines``: whether to try its lines so). None when it holds no code.

    >>> bare_code("The code:\nimport math x = math.log(2) print(x)\nOutput: 0.69")
    (10, 'import math\nx = math.log(2)\nprint(x)')
    """
    if is_bare_code(paragraph) or is_c_like(paragraph):
        return 0, paragraph
    offset = 0
    for line in paragraph.split("\n") if lines else ():
        flat = unflattened(line) if could_be_code(line) else None
        if flat is not None and is_bare_code(flat):
            return offset, flat
        offset += len(line) + 1
    return None


#: A line of JavaScript (or C) a paragraph of code may hold: a comment, or one statement that ends in ``;``.
_C_LIKE_LINE = lazy(
    r"[ \t]*(?://[^\n]*|(?:(?:var|let|const)[ \t]+)?[\w$.]{1,60}(?:[ \t]*=[ \t]*[^;\n]{1,200}|[ \t]*\([^;\n]{0,200})?;[ \t]*(?://[^\n]*)?)"
)


def is_c_like(paragraph: str) -> bool:
    r"""Whether a paragraph is JavaScript or C that lost its fence: each line a statement that ends in ``;`` or a
    ``//`` comment, and some statement calls a function.

    >>> is_c_like("var y = entropy( 2.0, 1.0 );\n// returns ~1.419"), is_c_like("See the notes; and more;")
    (True, False)
    """
    if len(paragraph) > MAX_CELL_CHARACTERS or ";" not in paragraph:
        return False
    lines = [line for line in paragraph.split("\n") if line.strip()]
    statements = [line for line in lines if not line.lstrip().startswith("//")]
    return all(_C_LIKE_LINE.fullmatch(line) for line in lines) and any("(" in line for line in statements)


#: A value R shows below a call, as knitr (``## [1] 0.5``), reprex and pkgdown (``#> [1] 0.5``) paste it.
_SHOWN_MARK = r"^[ \t]*#[#>][ \t]*\[1\][ \t]"
#: What a paragraph of code must hold somewhere: an import, a def or class, a comment glued to its mark, or R's
#: shown value at a line's start...
_CODE_MARK = lazy(r"^[ \t]*(?:import|from|def|class)[ \t]|^#[^\s#!]|" + _SHOWN_MARK, re.MULTILINE)
#: ... or a print, a call of a module's function, a statement ended by ``);``: looked for only where a bracket is
#: (tried at every letter, this took five times as long as the rest on a paragraph of prose).
_CODE_CALL = lazy(r"print\(|\w\.\w+\(|\);[ \t]*$", re.MULTILINE)


def could_be_code(paragraph: str) -> bool:
    """Whether a paragraph is worth parsing (:func:`is_bare_code`): not too long, and it holds something only code
    could hold."""
    if len(paragraph) > MAX_CELL_CHARACTERS or paragraph.count("\n", 0, MAX_CELL_CHARACTERS) >= MAX_CELL_LINES:
        return False
    if ("(" in paragraph or ")" in paragraph) and _CODE_CALL.search(paragraph) is not None:
        return True
    return _CODE_MARK.search(paragraph) is not None


def _only_code(statement: ast.stmt) -> bool:
    if isinstance(statement, ast.Import | ast.ImportFrom | ast.FunctionDef | ast.ClassDef):
        return True
    calls = [node for node in ast.walk(statement) if isinstance(node, ast.Call)]
    return any(isinstance(call.func, ast.Attribute) or dotted(call.func) == "print" for call in calls)


def _end_of_run(text: str, start: int, stop: int) -> int:
    """Where the run of non-blank lines that goes on at ``start`` ends (before ``stop``)."""
    runs = _runs(text, start, stop)
    return runs[0][1] if runs else start


def _runs(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The runs of non-blank lines from ``start``, up to ``stop`` or two blank lines in a row."""
    runs: list[tuple[int, int]] = []
    run_start = run_end = -1
    blanks = 0
    position = start
    for line in text[start : min(stop, start + MAX_CELL_CHARACTERS)].split("\n")[:MAX_CELL_LINES]:
        if line.strip():
            run_start = position if run_start < 0 else run_start
            run_end, blanks = position + len(line), 0
        else:
            if run_start >= 0:
                runs.append((run_start, run_end))
                run_start = -1
            blanks += 1
            if blanks == 2:
                return runs
        position += len(line) + 1
    if run_start >= 0:
        runs.append((run_start, run_end))
    return runs


#: A line a program copied as text may go on with: code only (see :data:`CODE_LINE`), a call of a method
#: (``dist.sample([3])``), or an indented line of a body.
_GOES_ON = lazy(r"(?:" + _CODE_LINE_PATTERN + r")|^[A-Za-z_]\w*+(?:\.\w++)++\([^\n]*\)[ \t]*$|^[ \t]+\S")


def program_end(lines: Lines | Sequence[str], first: int, stop: int) -> int:
    r"""Where a program copied as text ends, whose first paragraph (lines ``first`` to ``stop - 1``) is code that
    lost its fence: past the blank lines and comment lines (which plain text would read as headings) between its
    paragraphs, up to its last line of code and the comment lines right below it (``# [1.4189385] with shape:
    [1]``), when every line up to there is one only code could be and the whole parses; else ``stop``.

    >>> lines = "import math\n\nx = math.log(2)\n# 0.6931\n\n# Results\nThe value is 0.69.".split("\n")
    >>> program_end(lines, 0, 1)
    4
    """
    end = scan = stop
    characters = 0
    while scan < len(lines) and scan - first < MAX_CELL_LINES:
        line = lines[scan]
        characters += len(line) + 1
        if characters > MAX_CELL_CHARACTERS or (line.strip() and not _GOES_ON.match(line)):
            break
        attached = line.lstrip().startswith("#") and bool(lines[scan - 1].strip()) and end == scan
        end = scan + 1 if (line.strip() and not line.lstrip().startswith("#")) or attached else end
        scan += 1
    return end if end > stop and parses("\n".join(lines[index] for index in range(first, end))) else stop


def parses(code: str) -> bool:
    r"""Whether ``code`` parses as Python, notebook magics and shell lines left out.

    >>> parses("%matplotlib inline\nx = 1"), parses("Entropia di p:  1.03")
    (True, False)
    """
    try:
        ast.parse(NOT_PYTHON.sub("", code))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


#: A number as ``print`` shows a float.
_NUMBER = r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
#: A number alone on a line, maybe in a library's type (``tensor(0.0201)``, ``np.float64(0.0201)``).
_NUMBER_LINE = lazy(
    r"[ \t]*(?:"
    + _NUMBER
    + r"|(?:tensor|array|np\.float(?:32|64)|float(?:32|64))\(\s*"
    + _NUMBER
    + r"(?:\s*,[^()\n]{0,60})?\))[ \t]*"
)


def _numbers_below(text: str, runs: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    r"""The code runs of a cell and its output, when the cell's last lines are numbers alone (maybe in a library's
    type, ``tensor(0.0201)``) printed right below the code, no blank line between (a page that dropped it): as many
    of them as the cell has ``print(`` calls at most, under a line of code. Else the runs as they are, and no output.

    >>> text = "p = {0: 1/3, 1: 2/3}\nprint(entropy(x, p))\n0.9182958340544896"
    >>> runs, output = _numbers_below(text, [(0, len(text))])
    >>> text[runs[0][0] : runs[0][1]], text[output[0] : output[1]]
    ('p = {0: 1/3, 1: 2/3}\nprint(entropy(x, p))', '0.9182958340544896')
    """
    start, end = runs[-1]
    lines = text[start:end].split("\n")
    numbers = 0
    while numbers < len(lines) - 1 and _NUMBER_LINE.fullmatch(lines[len(lines) - 1 - numbers]):
        numbers += 1
    code_lines = lines[: len(lines) - numbers]
    if not numbers or not CODE_LINE.match(code_lines[-1]):
        return runs, None
    if numbers > text.count("print(", runs[0][0], end):
        return runs, None
    code_end = start + len("\n".join(code_lines))
    return [*runs[:-1], (start, code_end)], (code_end + 1, end)


def _is_output(text: str, start: int, last: tuple[int, int]) -> bool:
    """Whether the last run of a cell is its output: no line of it could only be code, or each line is a value
    printed under a label (``KL = 0.0204``), one for each ``print(`` of the code above it."""
    lines = text[last[0] : last[1]].split("\n")
    if not any(CODE_LINE.match(line) for line in lines):
        return True
    return all(_PRINTED_VALUE.match(line) for line in lines) and text.count("print(", start, last[0]) == len(lines)
