r"""A Typst document as Markdown, line for line, so that the Markdown reader and every claim reader read it.

Headings ``= Title`` become ``# Title``, numbered items ``+ item`` become ``1. item``, comments (``//``,
``/* */``) and labels go, raw blocks stay as the code blocks they already are, and each formula ``$...$`` becomes
dollar maths in LaTeX (:mod:`~kldocs.checker.typst_maths`; one it cannot convert becomes ``$\ldots$``, read as
nothing). Code after ``#`` is not prose: a call keeps only its content (``#box($P$)``, ``#note[...]``, a caption),
``#let p = (0.2, 0.5, 0.3)`` is the distribution ``p = (0.2, 0.5, 0.3)``, ``#table(columns: 3, ...)`` is a Markdown
table, ``#set``, ``#show``, ``#import``, a code block ``#{...}`` and the bodies of ``#if``, ``#for``, ``#while`` and
``#context`` are dropped, and any other ``#let q = p`` is code that gives ``q`` a value not read (:func:`read_typst`).
Every line keeps its number.

>>> print(markdown_from_typst('= KL\n#let p = (0.5, 0.5)\n// $H(p) = 2$\n$ H(p) = log_2 2 = 1 $ #box[bit]'))
# KL
p = (0.5, 0.5)
<BLANKLINE>
$$H(p) = \log_{2} 2 = 1$$ bit
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.typst_maths import latex_from_typst

#: What stands for a formula that could not be converted: no claim reader reads it.
UNREAD = "$\\ldots$"
_NAME = lazy(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*")
_NUMBERS = lazy(r"\(\s*(?:\d+(?:\.\d+)?(?:\s*/\s*\d+)?\s*,\s*)+\d+(?:\.\d+)?(?:\s*/\s*\d+)?\s*,?\s*\)")
_LET = lazy(r"let[ \t]+([A-Za-z_]\w*)[ \t]*=[ \t]*")
_LINE_START = lazy(r"[ \t]*(?:(=+)[ \t]+|(\+)[ \t]+|(-)[ \t]+|/[ \t]+([^:\n]*):)?")
_LABEL = lazy(r"<[\w:.-]+>")
_TICKS = lazy("`+")
_NAME_CHARACTER = lazy(r"[\w.-]")
#: Plain text: no character in it starts markup, a formula, code, a comment, an escape or a label, or ends a line.
_PLAIN = lazy(r"[^\n\[\]/`$\\#<]+")
_TABLE = lazy(r"table\(")
_CLOSURE = lazy(r"([A-Za-z_][\w-]*)[ \t]*=>[ \t]*")
_NAMED = lazy(r"([a-z-]+)[ \t]*:[ \t]*")
_CLOSING = {"(": ")", "[": "]", "{": "}"}
#: Characters that Markdown would read as markup when Typst escaped them.
_MARKDOWN_SPECIAL = frozenset("*_$#[]`<|")


#: Where a block comment opens or closes (they nest).
_COMMENT_MARK = lazy(r"/\*|\*/")
#: Code whose content is not the author's text: a binding, a rule, a code block or the body of a conditional, a
#: loop or a context (code, whose bindings are its own), or content laid out hidden or struck out.
_NOT_SAID = lazy(r"(?:let|set|show|import|include|hide|strike|if|for|while|context)\b|\{")
#: Keywords whose expression runs to the end of its line (and on through the brackets it opens).
_KEYWORDS = frozenset(("let", "set", "show", "import", "include", "if", "for", "while", "context"))


def markdown_from_typst(text: str) -> str:
    """The Typst ``text`` as Markdown with the same lines."""
    return read_typst(text)[0]


def read_typst(text: str) -> tuple[str, list[tuple[int, str]]]:
    """The Typst ``text`` as Markdown with the same lines, and each ``#let NAME = ...`` whose value is not a list
    of numbers as code (``NAME = ...``) with its line (counted from 0): the code readers mark NAME as given a value
    they cannot read, so that no earlier NAME stays in force."""
    scanner = _Scanner(text)
    written, _ = scanner.markup(0, None)
    lines, line, last = [], 0, 0
    for at, code in sorted(scanner.bindings):
        line += text.count("\n", last, at)
        last = at
        lines.append((line, code))
    return written, lines


def with_typst_bindings(document: SourceText, bindings: list[tuple[int, str]]) -> SourceText:
    """The ``document`` read from Typst with the bindings :func:`read_typst` found as code on their lines."""
    if not bindings:
        return document
    starts = [0, *(found.end() for found in re.finditer("\n", document.text))]
    added = [Region("code", code, starts[line]) for line, code in bindings if line < len(starts)]
    return replace(document, code=tuple(sorted((*document.code, *added), key=lambda region: region.offset)))


class _Scanner:
    """Reads the text in Typst's three modes (markup, maths, code); each method returns its Markdown and the end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.bindings: list[tuple[int, str]] = []  # (where, "NAME = value") of each binding not read as numbers

    def markup(self, at: int, closing: str | None) -> tuple[str, int]:
        """Markup from ``at`` up to ``closing`` (``]`` for a content block, None for the document)."""
        text, out, depth = self.text, list[str](), 0
        line_start = at == 0 or text[at - 1] == "\n"
        while at < len(text):
            if line_start:
                at = self.line_start(at, out)
                line_start = False
                continue
            character = text[at]
            if character == "\n":
                out.append("\n")
                at += 1
                line_start = True
            elif closing and character == "]" and depth == 0:
                return "".join(out), at + 1
            elif character in "[]":
                depth += 1 if character == "[" else -1
                out.append(character)
                at += 1
            elif text.startswith("//", at) and text[max(0, at - 1)] != ":":
                at = _line_end(text, at)
            elif text.startswith("/*", at):
                at = self.block_comment(at, out)
            elif character == "`":
                at = self.raw(at, out)
            elif character == "$":
                at = self.maths(at, out)
            elif character == "\\":
                at = self.escape(at, out)
            elif character == "#":
                at = self.hash(at, out)
            elif character == "<" and (label := _LABEL.match(text, at)):
                at = label.end()
            else:  # plain text, up to the next character that may start markup
                run = _PLAIN.match(text, at)
                stop = run.end() if run else at + 1
                out.append(text[at:stop])
                at = stop
        return "".join(out), at

    def line_start(self, at: int, out: list[str]) -> int:
        """A heading, a list item or a term at the start of a line, in Markdown; indentation only for lists."""
        match = _LINE_START.match(self.text, at)
        assert match is not None  # every part is optional
        heading, numbered, bullet, term = match.groups()
        indent = match.group().replace("\t", "  ")[: len(match.group()) - len(match.group().lstrip())]
        if heading:
            out.append("#" * len(heading) + " ")
        elif numbered:
            out.append(indent[:3] + "1. ")
        elif bullet:
            out.append(indent[:3] + "- ")
        elif term is not None:
            out.append(f"{term.strip()}: ")
        else:
            return at + len(match.group())
        return match.end()

    def block_comment(self, at: int, out: list[str]) -> int:
        """A ``/* ... */`` comment, which Typst nests: only its newlines are kept."""
        end, depth = at + 2, 1
        while depth and (found := _COMMENT_MARK.search(self.text, end)) is not None:
            depth += 1 if found.group() == "/*" else -1
            end = found.end()
        end = end if not depth else len(self.text)
        out.append("\n" * self.text.count("\n", at, end))
        return end

    def raw(self, at: int, out: list[str]) -> int:
        """Raw text as it is: Markdown writes code spans and fenced blocks with the same backticks."""
        run = _TICKS.match(self.text, at)
        assert run is not None  # the backtick at ``at``
        ticks = run.end() - at
        fence = "`" * ticks
        end = self.text.find(fence, at + ticks) if ticks != 2 else at
        end = len(self.text) if end < 0 else end + ticks
        out.append(self.text[at:end])
        return end

    def maths(self, at: int, out: list[str]) -> int:
        """A formula, converted; display maths when it opens or closes with a space. The content of code in it
        (a note beside a row: ``#note[Put in the numbers.]``) follows it on its last line, as prose."""
        body, end = self.maths_body(at + 1)
        latex = latex_from_typst(body)
        notes = [" ".join(self.content(start, stop).split()) for start, stop in _code_in(self, at + 1, end - 1)]
        notes = [note for note in notes if note]
        newlines = "\n" * body.count("\n")
        if latex is None or not latex.strip():
            out.append(UNREAD + newlines)
        elif body[:1].isspace() or body[-1:].isspace():
            before = "\n" * body[: len(body) - len(body.lstrip())].count("\n")
            after = "\n" * (body.count("\n") - latex.count("\n") - len(before))
            if "&" in latex or "\\\\" in latex:  # aligned rows, as LaTeX writes them
                latex = f"\\begin{{aligned}}{latex}\\end{{aligned}}"
            out.append(f"$${before}{latex}{after}$$")
        else:
            out.append(f"${latex}$")
        out.extend(f" {note}" for note in notes)
        return end

    def maths_body(self, at: int) -> tuple[str, int]:
        """The formula's text from ``at`` to its closing ``$``, each code expression in it (``#note[...]``)
        replaced by spaces and its newlines."""
        text, pieces = self.text, []
        while at < len(text) and text[at] != "$":
            if text[at] == "\\" and at + 1 < len(text):
                pieces.append(text[at : at + 2])
                at += 2
            elif text[at] == '"':
                end = _string_end(text, at, len(text))
                pieces.append(text[at:end])
                at = end
            elif text[at] == "#":
                end = self.expression_end(at + 1)
                pieces.append(" " + "\n" * text.count("\n", at, end))
                at = end
            else:
                pieces.append(text[at])
                at += 1
        return "".join(pieces), at + 1

    def escape(self, at: int, out: list[str]) -> int:
        """``\\X`` is the character X (kept escaped where Markdown would read it); a backslash at a line's end
        is a line break."""
        following = self.text[at + 1 : at + 2]
        if following in ("", "\n", " ", "\t"):
            return at + 1
        out.append(("\\" + following) if following in _MARKDOWN_SPECIAL else following)
        return at + 2

    def hash(self, at: int, out: list[str]) -> int:
        """Code after ``#``: a binding, a rule, or an expression whose content alone is kept."""
        let = _LET.match(self.text, at + 1)
        end = self.expression_end(at + 1)
        numbers = _NUMBERS.match(self.text, let.end()) if let else None
        if let and numbers and not self.text[numbers.end() : end].strip():
            out.append(f"{let.group(1)} = {' '.join(numbers.group().split())}")
            return end
        if let and self.text[let.end() : end].strip():
            self.bindings.append((at, f"{let.group(1)} = {' '.join(self.text[let.end() : end].split())}"))
        if _NOT_SAID.match(self.text, at + 1):  # a binding or rule; content hidden or struck out
            out.append("\n" * self.text.count("\n", at, end))
        else:
            out.append(self.content(at + 1, end))
        return end

    def expression_end(self, at: int) -> int:
        """Where the code expression from ``at`` ends: a name with its calls, content and code blocks (and, for a
        keyword, the rest of its line)."""
        text = self.text
        name = _NAME.match(text, at)
        if name and name.group() in _KEYWORDS:
            end = at
            while end < len(text) and text[end] != "\n":
                end = self.bracket_end(end) if text[end] in "([{" else end + 1
            return end
        end = name.end() if name else at
        while end < len(text) and text[end] in "([{":
            end = self.bracket_end(end)
        return end

    def bracket_end(self, at: int) -> int:
        """The position after the bracket that closes the one at ``at`` (strings, content and maths skipped)."""
        text, stack = self.text, [_CLOSING[self.text[at]]]
        at += 1
        while at < len(text) and stack:
            character = text[at]
            if character == "\\":
                at += 2
                continue
            if character == '"' and stack[-1] != "]":
                at = _string_end(text, at, len(text))
                continue
            if character == "$":
                at = self.maths_body(at + 1)[1]
                continue
            if character in _CLOSING:
                stack.append(_CLOSING[character])
            elif character == stack[-1]:
                stack.pop()
            at += 1
        return at

    def content(self, at: int, end: int) -> str:
        """The Markdown of a code expression: its content blocks and formulas, a table as a table, nothing else.

        Closures of one parameter passed side by side (``width => $...$, width => $...$``) are layouts of the same
        content, of which the function shows one: only the first is read, so that no claim is read twice.
        """
        text, pieces, closures = self.text, list[str](), set[str]()
        while at < end:
            character = text[at]
            table = _TABLE.match(text, at)
            closure = _CLOSURE.match(text, at) if character.isalpha() else None
            if closure and _word_start(text, at):
                if closure.group(1) in closures:
                    body_end = self.argument_end(closure.end(), end)
                    pieces.append("\n" * text.count("\n", at, body_end))
                    at = body_end
                else:
                    closures.add(closure.group(1))
                    at = closure.end()
            elif table and _word_start(text, at):
                close = self.bracket_end(table.end() - 1)
                pieces.append(_Table(self, table.end(), close - 1).markdown())
                at = close
            elif character == "[":
                close = self.bracket_end(at)
                pieces.append(self.markup(at + 1, "]")[0])
                at = close
            elif character == "$":
                written: list[str] = []
                at = self.maths(at, written)
                pieces.append("".join(written))
            elif character == '"':
                closing = _string_end(text, at, end)
                pieces.append("\n" * text.count("\n", at, closing))
                at = closing
            else:
                pieces.append("\n" if character == "\n" else "")
                at += 1
        return " ".join(piece for piece in pieces if piece)

    def argument_end(self, at: int, end: int) -> int:
        """The end of an argument from ``at``: the next comma outside brackets, strings and formulas."""
        text = self.text
        while at < end and text[at] != ",":
            if text[at] in "([{":
                at = self.bracket_end(at)
            elif text[at] == "$":
                at = self.maths_body(at + 1)[1]
            elif text[at] == '"':
                at = _string_end(text, at, end)
            else:
                at += 1
        return min(at, end)


class _Table:
    """``table(columns: 3, [x], [P], [Q], ...)``: its cells, by the line each starts on, as a Markdown table."""

    def __init__(self, scanner: _Scanner, start: int, end: int) -> None:
        self.scanner, self.start, self.end = scanner, start, end
        self.columns = 0
        self.cells: list[tuple[int, str]] = []  # (line counted from the call's, text)
        self.read(start, end)

    def read(self, at: int, end: int) -> None:
        text = self.scanner.text
        while at < end:
            character = text[at]
            named = _NAMED.match(text, at)
            if named and _word_start(text, at):
                value_end = self.scanner.argument_end(named.end(), end)
                if named.group(1) == "columns":
                    self.columns = _column_count(text[named.end() : value_end])
                at = value_end
            elif text.startswith("table.header(", at) or text.startswith("table.footer(", at):
                inner = text.index("(", at)
                close = self.scanner.bracket_end(inner)
                self.read(inner + 1, close - 1)
                at = close
            elif character == "[":
                close = self.scanner.bracket_end(at)
                cell = self.scanner.markup(at + 1, "]")[0]
                self.cells.append((text.count("\n", self.start, at), " ".join(cell.split()).replace("|", "\\|")))
                at = close
            elif character in "([":
                at = self.scanner.bracket_end(at)
            else:
                at += 1

    def markdown(self) -> str:
        """The table's lines, as many as the call's: rows on the lines their cells start on (the header one line
        earlier, above its rule), else packed from the call's first line; nothing when they do not fit."""
        lines = self.scanner.text.count("\n", self.start, self.end) + 1
        out = [""] * lines
        if self.columns < 2 or not self.cells or len(self.cells) % self.columns:
            return "\n".join(out)
        rows = [self.cells[index : index + self.columns] for index in range(0, len(self.cells), self.columns)]
        places = [row[0][0] for row in rows]
        if places[0] >= 1 and all(b > a for a, b in pairwise(places)) and places[-1] < lines - 1:
            placed, rule = [(places[0] - 1, rows[0]), *zip(places[1:], rows[1:], strict=True)], places[0]
        elif lines >= len(rows) + 2:
            placed, rule = [(0, rows[0]), *((index + 1, row) for index, row in enumerate(rows[1:], 1))], 1
        else:
            return "\n".join(out)
        out[rule] = "|" + "---|" * self.columns
        for line, row in placed:
            out[line] = "| " + " | ".join(cell for _, cell in row) + " |"
        return "\n".join(out)


def _code_in(scanner: _Scanner, at: int, end: int) -> list[tuple[int, int]]:
    """Where each code expression of a formula between ``at`` and ``end`` starts (after its ``#``) and ends."""
    text, found = scanner.text, []
    while at < end:
        if text[at] == "\\":
            at += 2
        elif text[at] == '"':
            at = _string_end(text, at, end)
        elif text[at] == "#":
            stop = scanner.expression_end(at + 1)
            found.append((at + 1, stop))
            at = stop
        else:
            at += 1
    return found


def _column_count(value: str) -> int:
    """``3`` or ``(auto, 1fr, 1fr)``: how many columns."""
    value = value.strip()
    if value.isdigit():
        return int(value)
    if value.startswith("(") and value.endswith(")"):
        return len([part for part in value[1:-1].split(",") if part.strip()])
    return 0


def _string_end(text: str, at: int, end: int) -> int:
    """The position after the string whose opening quote is at ``at``; ``end`` when it is not closed."""
    closing = text.find('"', at + 1)
    return end if closing < 0 else closing + 1


def _word_start(text: str, at: int) -> bool:
    """Whether a name starts at ``at``, not inside a longer name (``table`` but not ``my-table`` or ``x.table``)."""
    return at == 0 or not _NAME_CHARACTER.match(text, at - 1)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
