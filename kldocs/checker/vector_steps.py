r"""Where the statements of R or Julia stand, and the lines each printed: a console's, a knitr chunk's, a script's
with a block of output below it.

- a console: the statements after R's ``>`` (and ``+`` lines) or Julia's ``julia>`` prompt, each with the lines
  below it; a knitr chunk, each statement with the ``##`` or ``#>`` lines below it;
- a script with a block of output below it: each statement that prints (in R any call that is not an assignment
  nor :data:`~kldocs.checker.vector_code.SILENT`, ``cat``; in Julia ``println``) takes its lines in turn, and all
  lines must be taken.

:mod:`~kldocs.checker.vector_output` reads the values those lines show.

>>> [(step.statement, step.shown) for step in knitr_steps("H(p)\n## [1] 1.485475", 0)]
[('H(p)', [(5, '   [1] 1.485475')])]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.vector_code import SILENT, statements

_NUMBER = r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
IS_NUMBER = lazy(_NUMBER)
INDEXED = lazy(r"[ \t]*\[(?P<index>[0-9]+)\](?P<values>(?:[ \t]+" + _NUMBER + r")+)[ \t]*")
TIBBLE = lazy(r"[ \t]*# A (?:tibble|data frame): [0-9]+ (?:x|×) [0-9]+[ \t]*")
TYPES = lazy(r"(?:[ \t]*<[a-z]{2,5}>)+[ \t]*")
_KNITR = lazy(r"[ \t]*#[#>] ?")
#: A line knitr or reprex pasted into a chunk.
KNITR_LINE = lazy(r"^[ \t]*#[#>]", re.MULTILINE)
_R_PROMPT = lazy(r"[ \t]*> ?")
_R_MORE = lazy(r"[ \t]*\+ ?")
JULIA_PROMPT = lazy(r"[ \t]*julia> ?")


@dataclass
class Step:
    """A statement and the lines shown below it: where each starts in the document and its text."""

    statement: str
    shown: list[tuple[int, str]] = field(default_factory=list)


def console_steps(text: str, offset: int, language: str) -> list[Step] | None:
    r"""The statements a console typed (after R's ``>`` and ``+`` or Julia's ``julia>``), with the lines shown below
    each; None when the text does not start with a prompt.

    >>> [(step.statement, step.shown) for step in console_steps("> kl(p, q)\n[1] 0.05", 0, "r")]
    [('kl(p, q)', [(11, '[1] 0.05')])]
    """
    prompt = _R_PROMPT if language == "r" else JULIA_PROMPT
    steps: list[Step] = []
    for start, line in _lines_at(text, offset):
        typed = prompt.match(line)
        open_ = steps and not steps[-1].shown and _open(steps[-1].statement, language)
        more = _R_MORE.match(line) if language == "r" else re.match(r"[ \t]{6}", line)
        if typed is not None and (
            language == "julia" or line[typed.end() - 1 :].startswith(" ") or line.strip() == ">"
        ):
            steps.append(Step(line[typed.end() :]))
        elif more is not None and open_:
            steps[-1].statement += "\n" + line[more.end() :]
        elif steps and line.strip():
            steps[-1].shown.append((start, line))
        elif not steps and line.strip():
            return None
    return steps or None


def _lines_at(text: str, offset: int) -> Iterator[tuple[int, str]]:
    """Each line of text, with where it starts (text starting at ``offset``)."""
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _open(statement: str, language: str) -> bool:
    """Whether a statement goes on past its last line (a bracket or a Julia block still open)."""
    cut = list(statements(statement, language))
    return bool(cut) and cut[-1][1] == statement.count("\n") and _unbalanced(cut[-1][2], language)


def _unbalanced(text: str, language: str) -> bool:
    depth = sum(text.count(open_) - text.count(close) for open_, close in ("()", "[]", "{}"))
    blocks = len(re.findall(r"^\s*(?:function|for|if|let|while)\b", text, re.MULTILINE)) if language == "julia" else 0
    blocks -= len(re.findall(r"(?<![\w.])end\b", text)) if language == "julia" else 0
    return depth > 0 or blocks > 0


def knitr_steps(code: str, offset: int) -> list[Step]:
    """The statements of a chunk of R, each with the ``##`` or ``#>`` lines knitr or reprex pasted below it."""
    steps: list[Step] = []
    pending: list[str] = []
    for start, line in _lines_at(code, offset):
        shown = _KNITR.match(line)
        if shown is None or (not steps and not pending):
            pending.append(line)
            continue
        if pending:
            steps.extend(Step(text) for _, _, text in statements("\n".join(pending), "r"))
            pending = []
        if steps:
            steps[-1].shown.append((start, " " * shown.end() + line[shown.end() :]))
    steps.extend(Step(text) for _, _, text in statements("\n".join(pending), "r"))
    return steps


def script_steps(code: str, output: str, output_offset: int, language: str) -> list[Step] | None:
    """The statements of a script, each statement that prints with the lines of ``output`` it printed, in turn;
    None when the lines do not line up with those statements."""
    steps = [Step(text) for _, _, text in statements(code, language)]
    lines = []
    for start, line in _lines_at(output, output_offset):
        if line.strip():
            knitr = _KNITR.match(line)
            lines.append((start, " " * knitr.end() + line[knitr.end() :] if knitr else line))
    printing = [step for step in steps if _prints(step.statement, language)]
    if not printing or not lines:
        return None
    at = 0
    for number, step in enumerate(printing):
        taken = _taken(lines, at, step.statement, language, last=number == len(printing) - 1)
        if taken == 0:
            return None
        step.shown, at = lines[at : at + taken], at + taken
    return steps if at == len(lines) else None


def _prints(statement: str, language: str) -> bool:
    """Whether a statement of a script prints: in Julia a ``println``; in R a call that is not silent nor an
    assignment."""
    text = statement.strip()
    if language == "julia":
        return re.match(r"(?:println|print)\s*\(", text) is not None
    if re.match(r"[A-Za-z_.][\w.]*\s*(?:<-|=(?!=))", text) or not text or text.startswith("#"):
        return False
    called = re.match(r"([A-Za-z_.][\w.:]*)\s*\(", text)
    return called is None or called.group(1) not in SILENT


def _taken(lines: list[tuple[int, str]], at: int, statement: str, language: str, *, last: bool) -> int:
    """How many of the lines from ``at`` a printing statement printed (0: they do not fit)."""
    if at >= len(lines):
        return 0
    if language == "julia" or re.match(r"\s*cat\s*\(", statement):
        return 1
    first = INDEXED.fullmatch(lines[at][1])
    if first is not None and first.group("index") == "1":
        count = 1
        while at + count < len(lines) and (more := INDEXED.fullmatch(lines[at + count][1])) and more["index"] != "1":
            count += 1
        return count
    pairs = 0
    while at + pairs + 1 < len(lines) and named_numbers(lines[at + pairs : at + pairs + 2]) is not None:
        pairs += 2  # a named vector: names above values
    return pairs or _table_length(lines, at) or (len(lines) - at if last else 0)


def _table_length(lines: list[tuple[int, str]], at: int) -> int:
    """The lines of a data frame or tibble from ``at``: maybe ``# A tibble: 2 × 2``, a header, maybe the columns'
    types, then rows numbered 1, 2, ... (0 when there are none)."""
    count = 1 if TIBBLE.fullmatch(lines[at][1]) else 0
    count += 1  # the header
    count += at + count < len(lines) and TYPES.fullmatch(lines[at + count][1]) is not None
    rows = 0
    while at + count + rows < len(lines) and lines[at + count + rows][1].split()[:1] == [str(rows + 1)]:
        rows += 1
    return count + rows if rows else 0


def named_numbers(shown: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """A named vector's values: lines of names, each above a line of as many numbers."""
    if len(shown) % 2:
        return None
    found: list[tuple[int, str]] = []
    for (_, names), (start, values) in zip(shown[::2], shown[1::2], strict=True):
        numbers = list(re.finditer(r"\S+", values))
        if len(names.split()) != len(numbers) or not all(IS_NUMBER.fullmatch(each.group()) for each in numbers):
            return None
        if any(IS_NUMBER.fullmatch(name) for name in names.split()):
            return None
        found.extend((start + each.start(), each.group()) for each in numbers)
    return found
