r"""Interactive Python sessions shown in a document: ``>>> H = entropy(pk, base=2)``, ``>>> H``, then ``1.0``.

A session is read as the program its prompts type (:func:`session_program`): the code after each ``>>>``
and ``...`` prompt (IPython's ``In [4]:`` and ``...:``), every other line (what the session showed, ``Out[4]: 1.0``)
blanked, each line as long as it was, so that
every line of the program is the line of the document it came from. The values the session showed are read
beside it by :func:`~kldocs.checker.printed_output.session_claims`.

A session pasted with its line breaks lost (a docstring's examples on one line of text:
``>>> H = entropy(pk) >>> H 1.0 The outcome...``) is given them back (:func:`collapsed_session`): before
each prompt, between a statement and the value shown after it (found by parsing, never by running), and
after that value. A line where some prompt's code and output cannot be told apart is not read as a session.

>>> shown = ">>> pk = [0.5, 0.5]  # fair\n>>> entropy(pk)\n0.6931"
>>> session_program(shown).split("\n")
['pk = [0.5, 0.5]  # fair    ', 'entropy(pk)    ', '      ']
>>> collapsed_session(">>> h = entropy(pk) >>> h 0.6931 The outcome")
'>>> h = entropy(pk)\n>>> h\n0.6931\nThe outcome'
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from kldocs.checker.lazy_patterns import lazy

_PROMPT_LINE = lazy(r"[ \t]*(?:>>>|\.\.\.|In \[[0-9]{0,6}\]:|\.\.\.+:)(?: |$)")
#: The first prompt of a session: Python's ``>>>``, or IPython's ``In [3]:`` with code after it on its line (a
#: prompt alone on its line heads a notebook's cell copied as text: see :mod:`~kldocs.checker.prompt_cells`).
_FIRST_PROMPT = lazy(r"[ \t]*(?:>>>|In \[[0-9]{0,6}\]: *\S)")
#: An IPython prompt or the value it shows (``Out[3]:``): after a blank line, the session goes on.
_IPYTHON_LINE = lazy(r"[ \t]*(?:In|Out) \[[0-9]{0,6}\]:")
#: Where the value a statement shows may start, after a space: a number, a truth value, an array or a tensor.
_SHOWN_START = lazy(r"\s(?=-?[0-9]|True\b|False\b|None\b|array\(|np\.float|tensor\()")
#: Most characters of one prompt's code and output on a collapsed line, and most places tried to split them.
MAX_SEGMENT = 600
MAX_TRIES = 6
#: Most prompts on collapsed lines read in a document (each is parsed up to MAX_TRIES + 1 times).
MAX_PROMPTS = 1000


def session_program(session: str) -> str | None:
    """The program a session types, as long as the session line by line; None when it is no session
    (its first line, after comment lines, is not a prompt) or the program does not parse."""
    lines = session.split("\n")
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    if not _FIRST_PROMPT.match(first):
        return None
    program = []
    for line in lines:
        prompt = _PROMPT_LINE.match(line)
        code = line[prompt.end() :] if prompt is not None else ""
        program.append(code + " " * (len(line) - len(code)))
    joined = "\n".join(program)
    return joined if _parses(joined) else None


def session_blocks(text: str) -> Iterator[tuple[int, int]]:
    r"""Where each session of ``text`` typed over lines of their own starts and ends: a line that starts with a
    prompt, the prompt and ``...`` lines after it and the lines each statement showed below it (a value, or an
    array that goes on over indented lines), up to a blank line or a line of text after a value shown, when
    the session's program parses (a docstring's examples pasted as text, whose ``>>>`` reads as a quote).

    >>> text = "Examples\n>>> entropy([0.5, 0.5])\n0.6931\nThat is ln 2.\n"
    >>> [text[start:end] for start, end in session_blocks(text)]
    ['>>> entropy([0.5, 0.5])\n0.6931']
    """
    position, prompts, found = 0, MAX_PROMPTS, _Prompts(text)
    while prompts > 0 and (at := found.after(position)) >= 0:
        start = text.rfind("\n", 0, at) + 1
        position = at + 4
        if text[start:at].strip() or not _FIRST_PROMPT.match(text, start):
            continue
        ipython = text.startswith("In [", at)
        end = start
        shown = False  # whether the last line taken is a value shown, not code
        while end < len(text) and prompts > 0:
            stop = text.find("\n", end)
            stop = len(text) if stop < 0 else stop
            line = text[end:stop]
            prompt = _PROMPT_LINE.match(line) is not None
            if not line.strip() and ipython and _IPYTHON_LINE.match(text, _next_line_at(text, stop)):
                position = end = stop + 1  # IPython's sessions set a blank line between a value and the next prompt
                continue
            if not line.strip() or (shown and not prompt and not line[:1].isspace()):
                break
            prompts -= prompt
            shown = not prompt
            position = end = stop + 1
        block = text[start : end - 1].rstrip() if end > start else ""
        if block and session_program(block) is not None:
            yield start, start + len(block)


class _Prompts:
    """Where the next ``>>> `` or ``In [`` of a text is, each kind found again only once passed (a text of many of
    one kind and none of the other is searched once for the other, not once for each)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found = {">>> ": -2, "In [": -2}  # where each was found last (-2: not searched yet; -1: none left)

    def after(self, position: int) -> int:
        """Where the next prompt from ``position`` starts, or -1."""
        for kind, at in self.found.items():
            if at != -1 and at < position:
                self.found[kind] = self.text.find(kind, position)
        left = [at for at in self.found.values() if at >= 0]
        return min(left) if left else -1


#: Most blank lines between two IPython prompts of one session.
_MOST_BLANK = 3


def _next_line_at(text: str, stop: int) -> int:
    """Where the first line that is not blank after the line ending at ``stop`` starts, within :data:`_MOST_BLANK`
    blank lines (else ``len(text)``)."""
    at = stop + 1
    for _ in range(_MOST_BLANK):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[at:end].strip():
            return at
        at = end + 1
    return len(text)


def collapsed_sessions(text: str) -> Iterator[tuple[int, int, str]]:
    """Each line of ``text`` with two prompts or more, as a session given its line breaks back: where the
    session starts (its first prompt), where the line ends, and the session (as long as that stretch)."""
    position, prompts = 0, MAX_PROMPTS
    while (at := text.find(">>> ", position)) >= 0:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        position = end + 1
        first = text.find(">>> ", text.rfind("\n", 0, at) + 1, end)
        count = text.count(">>> ", first, end)
        if count < 2:
            continue
        prompts -= count
        if prompts < 0:
            return
        session = collapsed_session(text[first:end])
        if session is not None:
            yield first, end, session


def collapsed_session(line: str) -> str | None:
    """The session on ``line`` (which starts with a prompt) with its line breaks given back, or None."""
    characters = list(line)
    starts = [match.start() for match in re.finditer(">>> ", line)]
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(line)
        if index + 1 < len(starts):
            if line[end - 1] != " ":
                return None
            characters[end - 1] = "\n"  # each prompt on a line of its own
        segment = line[start + 4 : end]
        split = _shown_at(segment.rstrip())
        if split is None:
            return None
        if split < len(segment.rstrip()):
            characters[start + 4 + split] = "\n"  # the value shown, on the next line
            shown = re.compile(r"\S+\s").match(segment, split + 1)
            if shown is not None:
                characters[start + 3 + shown.end()] = "\n"  # and what follows it (prose), on the line after
    return "".join(characters)


def _shown_at(segment: str) -> int | None:
    """Where the value a prompt's statement shows starts in ``segment`` (the space before it), its length when
    the whole segment is a statement, or None when neither can be told."""
    if len(segment) > MAX_SEGMENT:
        return None
    if _parses(segment):
        return len(segment)
    for tries, match in enumerate(_SHOWN_START.finditer(segment)):
        if tries == MAX_TRIES:
            break
        try:
            tree = ast.parse(segment[: match.start()])
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):  # only an expression shows a value
            return match.start()
    return None


def _parses(code: str) -> bool:
    try:
        ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True
