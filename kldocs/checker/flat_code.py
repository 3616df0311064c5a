r"""A program that a web page flattened onto one line, given its line breaks back.

Pages that lose a code block's line breaks run its statements together with
spaces: ``import numpy as np p = np.array([0.5, 0.5]) print(entropy(p))``. A
statement ends where an expression ends (a name, a number, a string or a
closing bracket, outside brackets) and the next token starts one (a name, or
a keyword such as ``import`` or ``if``); the space between them is made a line
break, or a ``;`` after a compound statement's header (``for x in p:``, whose
body is everything after it: indentation was lost with the line breaks). The
result is as long as the line, so offsets still point into the document. It
must parse, else nothing is given back (an expression such as ``a if c else
b`` is cut at ``if``, does not parse, and the line is not read as code), and
each statement must be one code could be: an expression alone must be a call
(a sentence cut at its words parses too). Code is tokenized and parsed, never run.

>>> unflattened("import numpy as np p = [0.25, 0.75] print(entropy(p))")
'import numpy as np\np = [0.25, 0.75]\nprint(entropy(p))'
>>> unflattened("for x in p: h = x print(h)")
'for x in p: h = x;print(h)'

The guard of a script's main part (``if __name__ == '__main__':``) is always true for a program run as shown:
it is read as a statement that does nothing, and the statements of its body as the program's own.

>>> unflattened("if __name__ == '__main__': a = 1/2 print(a)")
"_= __name__ == '__main__'; a = 1/2\nprint(a)"
"""

from __future__ import annotations

import ast
import io
import keyword
import tokenize

from kldocs.checker.lazy_patterns import lazy

#: Keywords that start a statement; the first five start a compound one, whose body follows its colon.
_COMPOUND = frozenset({"if", "for", "while", "with", "def"})
_SIMPLE = frozenset({"import", "from", "return", "assert", "del", "pass", "raise", "global"})
#: The guard of a script's main part, whose body is the rest of the line (written ``_= __name__ == ...;``).
_MAIN_GUARD = lazy(r"(?<![\w.])if\s+__name__\s*==\s*(['\"])__main__\1\s*:")
#: Longest line read as a flattened program.
MAX_LINE = 4000


def unflattened(line: str) -> str | None:
    """``line`` (one line of text) with the spaces between its statements made line breaks or ``;``, when that
    parses as Python and makes more than one statement; else None."""
    if "\n" in line or len(line) > MAX_LINE:
        return None
    guard = _MAIN_GUARD.search(line)
    if guard is not None:  # always true for a program run as shown: a statement that does nothing, as long
        line = f"{line[: guard.start()]}_={line[guard.start() + 2 : guard.end() - 1]};{line[guard.end() :]}"
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(line).readline))
    except (tokenize.TokenError, SyntaxError):
        return None
    characters = list(line)
    depth, header, ended, end = 0, False, False, 0  # ended: the token before ends an expression, at column end
    for token in tokens:
        if token.type == tokenize.OP:
            depth += token.string in "([{"
            depth -= token.string in ")]}"
        word = token.string if token.type == tokenize.NAME else ""
        starts = bool(word) and (not keyword.iskeyword(word) or word in _COMPOUND or word in _SIMPLE)
        broken = depth == 0 and ended and starts and token.start[1] > end and line[end].isspace()
        if word in _COMPOUND and (broken or not end):
            if header:
                return None  # a compound statement in another's body: where the first body ends is lost
            header = True
        if broken:
            characters[end] = ";" if header and word not in _COMPOUND else "\n"
        ended = depth == 0 and (
            token.type in (tokenize.NUMBER, tokenize.STRING)
            or (bool(word) and not keyword.iskeyword(word))
            or word in ("True", "False", "None")
            or (token.type == tokenize.OP and token.string in ")]}")
        )
        end = token.end[1]
    program = "".join(characters)
    if program == line:
        return None
    try:
        tree = ast.parse(program)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    # A sentence cut into words parses too ("We call np.log(p) here"): every statement must be one code could be.
    loose = (node.value for node in ast.walk(tree) if isinstance(node, ast.Expr))
    return None if any(not isinstance(value, ast.Call) for value in loose) else program
