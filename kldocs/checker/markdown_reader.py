r"""Read Markdown (and plain text) with markdown-it-py and its dollar-math plugin.

CommonMark decides what is a code block, an HTML comment, a table or a
paragraph; the dollar-math plugin decides what is ``$...$`` and ``$$...$$``.
Only the positions are this module's business: markdown-it tokens carry line
ranges, and each formula or code span is found again in its line, so every
region points into the original text.

The work is bounded: blocks are parsed in chunks of lines (a chunk ends
before its last top-level block, which is parsed again with the next one),
inline parsing runs only on paragraphs that can hold a formula, and reading
stops with a note after :data:`MAX_LINES` lines, :data:`MAX_CHARACTERS` characters,
:data:`MAX_BLOCK_TOKENS` blocks or a paragraph longer than :data:`MAX_PARAGRAPH` characters.

>>> doc = read_markdown("Text $H(P) = 1$ here.\n\n```python\nx = '$D = 9$'\n```\n    H(P) = 2 bits\n", "a.md")
>>> [(region.kind, region.text) for region in doc.math]
[('inline', 'H(P) = 1')]
>>> [region.text.strip() for region in doc.prose]
['Text §§§§§§§§§§ here.', 'H(P) = 2 bits']
>>> [region.text for region in doc.code]
["x = '$D = 9$'"]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from kldocs.checker.code_prose import add_code
from kldocs.checker.code_spans import read_as_prose
from kldocs.checker.documents import Builder, Format, Region, Skipped, SourceTable, SourceText
from kldocs.checker.glued_output import code_output_runs
from kldocs.checker.image_formulas import Image, alt_formulas, around_images
from kldocs.checker.inline_markup import markup_rewrites, plain_delimiters, unescaped_maths
from kldocs.checker.inline_spans import Offsets, span
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.markdown_parsers import TABLE_UNREAD, parsers
from kldocs.checker.prompt_cells import (
    MAX_CELL_CHARACTERS,
    MAX_CELL_LINES,
    bare_code,
    code_cells,
    could_be_code,
    indented_code,
    joined_body,
    program_end,
)
from kldocs.checker.text_lines import Lines, after_line

if TYPE_CHECKING:
    from markdown_it.token import Token

#: Most block tokens read from one document (a paragraph is three); the rest is reported as not read.
MAX_BLOCK_TOKENS = 30_000
#: Most lines read from one document (a notebook's cells together); the rest is reported as not read.
MAX_LINES = 50_000
#: Most characters read from one document (about a thousand pages of prose; a notebook's cells together): every
#: way of reading passes over each character, and 10 MB of prose took 8 s.
MAX_CHARACTERS = 2_000_000
#: Most characters of paragraphs with formulas or code spans parsed inline in one document.
MAX_INLINE = 400_000
#: Most characters of paragraphs parsed to tell whether they are code that lost its fence.
MAX_BARE_CODE = 400_000
#: Most characters of those paragraphs whose lines are tried one by one as programs flattened on a line.
MAX_FLAT_PARAGRAPHS = 20_000
#: Longest paragraph whose formulas are read, in characters.
MAX_PARAGRAPH = 50_000
#: Lines parsed at a time.
CHUNK_LINES = 2000
#: Longest single block (a list, a quotation, a table) read, in lines.
MAX_BLOCK_LINES = 4000
#: Code block languages that are printed output or plain text, read like prose.
TEXT_LANGUAGES = frozenset({"", "text", "txt", "output", "out", "console", "plaintext", "plain", "none", "log", "math"})

#: A language named after a fence (``python``, ``c++``, ``objective-c``); anything else (``L=−(1×log(0.1)+...)``) is
#: a formula pasted after the backticks, and the block is printed text.
_LANGUAGE = lazy(r"[\w+#.{}-]*$")


#: The words that name a problem, in the languages the checker reads.
_PROBLEM = r"(?:question|problem|exercise|example|ejercicio|problema|exercice|aufgabe|문제|問題|习题|例题|задача)"
#: A heading that starts a problem of its own: ``## Question 2``, ``### Exercise 3.1``, ``## 문제 2``.
PROBLEM_HEADING = lazy(
    rf"(?i){_PROBLEM}\s{{0,3}}[0-9]"
    r"|\b(?:another|new|next|second|third|fourth|other)\s+(?:example|case|exercise|problem|question)"
)
#: A paragraph that opens with a problem's label, plain or bold: ``Problem 2.``, ``**Exercise 3.1**``.
_PROBLEM_LABEL = lazy(
    rf"(?i)\s{{0,3}}(?:\*\*|__)?\s?{_PROBLEM}\s{{0,3}}[0-9]{{1,3}}(?:\.[0-9]{{1,3}})?\s{{0,3}}(?:[.:)]|\*\*|__|$)"
)


@dataclass
class MarkdownBudget:
    """What is left to read of one document, shared by all its Markdown parts (a notebook's cells)."""

    tokens: int = field(default_factory=lambda: MAX_BLOCK_TOKENS)
    lines: int = field(default_factory=lambda: MAX_LINES)
    characters: int = field(default_factory=lambda: MAX_CHARACTERS)
    inline: int = field(default_factory=lambda: MAX_INLINE)
    bare_code: int = field(default_factory=lambda: MAX_BARE_CODE)
    flat: int = field(default_factory=lambda: MAX_FLAT_PARAGRAPHS)
    stopped: bool = False


def read_markdown(text: str, name: str, format: Format = "markdown") -> SourceText:
    """Read a Markdown or plain-text document (in plain text, indentation does not make code, but a
    notebook's cells copied with their ``In [n]:`` prompts do: see :mod:`~kldocs.checker.prompt_cells`; a page
    that is a Python program is read by :mod:`~kldocs.checker.python_reader`)."""
    builder = Builder(_within_reach(text, format == "text"), name, format)
    text = builder.text
    if format != "text":
        add_markdown(builder, 0, len(text))
        return builder.build()
    budget = MarkdownBudget()
    start = 0
    for cell in code_cells(text):
        between = bool(text[start : cell.start].strip())
        if between:
            add_markdown(builder, start, cell.start, plain=True, budget=budget)
        if budget.lines <= 0 or budget.characters <= 0:  # the cells above used it up: this notes where reading stops
            add_markdown(builder, cell.start, len(text), plain=True, budget=budget)
        if budget.stopped:
            return builder.build()
        budget.lines -= text.count("\n", cell.start if between else start, cell.end)  # lines read as a cell
        budget.characters -= cell.end - (cell.start if between else start)
        add_code(builder, *cell.code, body=cell.session or None)
        if cell.output is not None:
            builder.output(*cell.output)
        start = cell.end
    add_markdown(builder, start, len(text), plain=True, budget=budget)
    return builder.build()


def _within_reach(text: str, cells: bool) -> str:
    """``text`` up to the line after the last one reading can reach (:data:`MAX_LINES` lines, or the line
    :data:`MAX_CHARACTERS` falls in; in plain text, a copied notebook cell that starts within them is read
    whole): nothing further is read, and every line cut off no longer costs a pass of each way of reading
    (10 MB of two-character lines held five million).

    >>> len(_within_reach("x\\n" * (MAX_LINES + 9), cells=False)) == 2 * (MAX_LINES + 2)
    True
    """
    lines, characters = (MAX_CELL_LINES, MAX_CELL_CHARACTERS) if cells else (0, 0)
    after_lines = after_line(text, 0, MAX_LINES + lines + 2)
    after_characters = after_line(text, MAX_CHARACTERS + characters, 2)
    shown = MAX_CHARACTERS + characters + 200  # a line that goes past the limit is not read: its start is shown
    return text[: min(after_lines, after_characters, shown)]


def add_markdown(
    builder: Builder, start: int, end: int, *, plain: bool = False, budget: MarkdownBudget | None = None
) -> None:
    """Read ``builder.text[start:end]`` as Markdown into ``builder``, within ``budget`` (a new one if None)."""
    _Reader(builder, start, end, plain, budget or MarkdownBudget()).run()


class _Reader:
    def __init__(self, builder: Builder, start: int, end: int, plain: bool, budget: MarkdownBudget) -> None:
        self.builder = builder
        self.text = builder.text
        self.start = start
        self.plain = plain
        self.lines = Lines(self.text, builder.line_starts, start, end)
        self.starts = self.lines.starts
        self.budget = budget
        self.table: list[tuple[int, list[str]]] | None = None  # rows of the table being read, header first
        self.in_cell = False
        self.line = 0  # the line of the last block seen
        self.item_line: int | None = None  # the line of a "- " list item whose text is not read yet
        self.paragraph = False  # whether the last block seen opened a paragraph
        self.covered = 0  # the line after the last of a program copied as text (see _bare_code)

    def run(self) -> None:
        if self.budget.stopped:  # an earlier part of the document used it up, and said so
            return
        for token in self._blocks():
            if self.budget.inline < 0:
                offset = self.starts[token.map[0]] if token.map else self.starts[-1]
                reason = f"reading stopped here: a document's formulas are read up to {MAX_INLINE:,} characters"
                self.builder.skipped.append(Skipped(offset, self.text[offset : offset + 60], reason))
                self.budget.stopped = True
                return
            self._block(token)

    # --- blocks, chunk by chunk ---------------------------------------------------------------------------------

    def _blocks(self) -> Iterator[Token]:
        blocks, _ = parsers()
        first, size = 0, CHUNK_LINES
        by_lines = min(len(self.lines), max(0, self.budget.lines))
        total = min(by_lines, self.lines.within(self.budget.characters))
        self.budget.lines -= total
        self.budget.characters -= self.lines.span(total)
        limit = MAX_BLOCK_LINES
        while first < total:
            last = min(total, first + size)
            source = self.lines.joined(first, last)
            tokens = blocks.parse(source, {"tokens": self.budget.tokens})  # what tables may make: see table_guard
            if last < total:
                cut = _last_top_level_start(tokens)
                if cut <= 0:
                    if size >= limit:
                        reason = f"reading stopped here: a block of more than {limit:,} lines is not read"
                        self.builder.skipped.append(Skipped(self.starts[first], self.lines[first][:80], reason))
                        return
                    size *= 2  # one block longer than a chunk: take more lines, for the blocks after it too
                    continue
                tokens = [token for token in tokens if token.map is None or token.map[0] < cut]
                tokens = tokens[: _index_of_top_level(tokens, cut)]
            else:
                cut = last - first
            self.budget.tokens -= len(tokens)
            if self.budget.tokens < 0:
                self._stop(first, "Markdown blocks")
                return
            for token in tokens:
                if token.map is not None:
                    token.map = [token.map[0] + first, token.map[1] + first]
                if token.type == TABLE_UNREAD and token.map is not None:
                    self._stop(token.map[0], f"Markdown blocks (a table of {token.meta['cells']:,} cells)")
                    return
                yield token
            first += cut
        if total < len(self.lines):
            bound = f"{MAX_LINES:,} lines" if total == by_lines else f"{MAX_CHARACTERS:,} characters"
            reason = f"reading stopped here: a document is read up to {bound}"
            self.builder.skipped.append(Skipped(self.starts[total], self.lines[total][:80], reason))
            self.budget.stopped = True

    def _stop(self, line: int, what: str) -> None:
        """Reading stops at ``line``: :data:`MAX_BLOCK_TOKENS` ``what`` are read."""
        reason = f"reading stopped here: a document is read up to {MAX_BLOCK_TOKENS:,} {what}"
        self.builder.skipped.append(Skipped(self.starts[line], self.lines[line][:80], reason))
        self.budget.stopped = True

    def _block(self, token: Token) -> None:
        if token.map is not None and token.map[0] < self.covered:
            return  # a line of a program copied as text, read as code
        kind = token.type
        paragraph, self.paragraph = self.paragraph, kind == "paragraph_open"
        if token.map is not None:
            self.line = token.map[0]
        elif kind == "math_block":
            self._bracketed_display(token)
            return
        if kind == "paragraph_open" and token.map and _PROBLEM_LABEL.match(self.lines[token.map[0]]):
            self.builder.exercises.append(self.starts[token.map[0]])  # "Problem 2. Let X be ..."
        if kind == "heading_open" and token.map:
            self.builder.sections.append(self.starts[token.map[0]])
            if PROBLEM_HEADING.search(self.lines[token.map[0]]):  # its random variables are its own
                self.builder.exercises.append(self.starts[token.map[0]])
        elif kind == "table_open":
            self.table = []
        elif kind == "tr_open" and self.table is not None and token.map:
            self.table.append((self.starts[token.map[0]], []))
        elif kind in ("th_open", "td_open"):
            self.in_cell = True
        elif kind in ("th_close", "td_close"):
            self.in_cell = False
        elif kind == "table_close" and self.table:
            (header_offset, header), *rows = self.table
            body = tuple((offset, tuple(cells)) for offset, cells in rows)
            self.builder.tables.append(SourceTable(tuple(header), header_offset, body))
            self.table = None
        elif kind == "list_item_open" and token.markup == "-" and token.map:
            self.item_line = token.map[0]
        elif kind == "inline" and token.map:
            if self.in_cell and self.table:
                self.table[-1][1].append(token.content.strip())
            elif paragraph and self.budget.bare_code > 0 and self._bare_code(token.map[0], token.map[1]):
                return
            item_line, self.item_line = self.item_line, None
            if item_line == token.map[0] and _STARTS_LIKE_MATHS.match(token.content) and not self._dash(token):
                return
            self._inline(token, reveal=not self.in_cell)
        elif kind in ("fence", "code_block") and token.map:
            self._code(token)
        elif kind in ("math_block", "math_block_label") and token.map:
            self._display(token)
        elif kind == "html_block" and token.map and _TEXT_HTML.match(token.content):
            self._html(token)

    def _html(self, token: Token) -> None:
        """Read the text and maths of an HTML block (``<div>$$ D(P||Q) = ... $$</div>``) as a paragraph's: pages
        that wrap their formulas in tags for the browser's maths engine. Comments, scripts and ``<pre>`` are not."""
        from markdown_it.token import Token

        content = token.content.rstrip("\n")
        self._inline(Token("inline", "", 0, map=token.map, content=content))

    def _bare_code(self, first: int, stop: int) -> bool:
        """Whether lines ``first`` to ``stop - 1`` (a paragraph) are code that lost its fence; if so, it is code."""
        source = self.lines.joined(first, stop)
        if not could_be_code(source):
            return False
        self.budget.bare_code -= len(source)
        found = bare_code(source, lines=self.budget.flat > 0)  # or a line that is a flattened program (see there)
        self.budget.flat -= 0 if found is not None and found[1] == source else len(source)
        whole = found is not None and found[1] == source
        end = program_end(self.lines, first, stop) if whole and self.plain else stop
        if found is not None and end > stop:  # comments and paragraphs after it are the program's too
            self.covered = end
            found = (0, self.lines.joined(first, end))
        if found is not None:
            self.builder.code.append(Region("code", found[1], self.starts[first] + found[0]))
        return whole or (found is None and self.plain and self._glued_output(first, stop))

    def _glued_output(self, first: int, stop: int) -> bool:
        """Whether lines ``first`` to ``stop - 1`` are code with its output right under it, no blank line between
        (see :mod:`.glued_output`); if so, each run of code is code and each run of output read as text."""
        from markdown_it.token import Token

        runs = code_output_runs([self.lines[index] for index in range(first, stop)])
        for code, begin, end in runs or ():
            content = self.lines.joined(first + begin, first + end)
            if code:
                self.builder.code.append(Region("code", content, self.starts[first + begin]))
            else:
                self._inline(Token("inline", "", 0, map=[first + begin, first + end], content=content))
        return runs is not None

    def _dash(self, token: Token) -> bool:
        """A "- " item whose text starts like maths (``- 0.6667 * log2(0.6667) - ...``): is its dash kept?

        In plain text the dash is a minus sign: it is read with the line. In
        Markdown it may be a list marker or a minus, so an item that states
        something about logarithms is not read (and said so); others are read
        as list items. Returns False when the item is not to be read.
        """
        line = token.map[0]  # type: ignore[index]
        dash = self.starts[line] + self.lines[line].find("-")
        if self.plain:
            self.builder.prose(dash, dash + 2)
            return True
        if not _LOG_CLAIM.search(token.content) or _QUANTITY.match(token.content):
            return True  # nothing about logarithms, or a quantity with its unit ("- 1 nat = 1/ln 2 bits"): no minus
        reason = "a list item that starts with a number: its '-' may be a minus sign or a list marker"
        self.builder.skipped.append(Skipped(dash, self.lines[line].strip()[:80], reason))
        return False

    # --- code and output ----------------------------------------------------------------------------------------

    def _code(self, token: Token) -> None:
        first, stop = token.map  # type: ignore[misc]
        if token.type == "fence":
            first += 1
        body_lines = token.content.split("\n")
        if body_lines and body_lines[-1] == "":
            body_lines.pop()
        stop = min(stop, first + len(body_lines))
        if stop <= first:
            return
        begin, end = self.starts[first], self.starts[stop - 1] + len(self.lines[stop - 1])
        language = token.info.strip().split(" ")[0].lower() if token.type == "fence" else ""
        if self.plain and token.type == "code_block" and joined_body(self.builder, begin, end):
            return
        indented = indented_code(self.text[begin:end]) if token.type == "code_block" else None
        if indented is not None:  # code set off by its indentation, read from its first character on
            width, moved = indented
            add_code(self.builder, begin + width, end, body=moved)
            return
        if (self.plain and token.type == "code_block") or language in TEXT_LANGUAGES or not _LANGUAGE.match(language):
            self.builder.output(begin, end)
        else:
            add_code(self.builder, begin, end)

    def _display(self, token: Token) -> None:
        first = token.map[0]  # type: ignore[index]
        line = self.lines[first]
        opening = line.find("$$")
        begin = self.starts[first] + (opening + 2 if opening >= 0 else 0)
        self.builder.formula("display", begin, begin + len(token.content), unescaped_maths(token.content))

    def _bracketed_display(self, token: Token) -> None:
        """A ``\\[ ... \\]`` block: the plugin gives no line range, so it is found after the last block."""
        opening = self.text.find(token.markup + token.content, self.starts[min(self.line, len(self.starts) - 1)])
        if opening >= 0:
            begin = opening + len(token.markup)
            self.builder.formula("display", begin, begin + len(token.content))

    # --- paragraphs, headings and table cells ------------------------------------------------------------------

    def _inline(self, token: Token, reveal: bool = True) -> None:
        content = token.content
        offsets = self._content_offsets(token)
        if len(content) > MAX_PARAGRAPH:
            if any(char.isdigit() for char in content[:MAX_PARAGRAPH]):
                reason = f"a paragraph of {len(content):,} characters is longer than {MAX_PARAGRAPH:,}; not read"
                self.builder.skipped.append(Skipped(offsets.at(0), content[:60], reason))
            return
        builder = self.builder if reveal else None
        if not any(mark in content for mark in "$`<\\"):
            offsets.reveal(builder, 0, len(content))
            return
        content = plain_delimiters(content)
        _, inlines = parsers()
        self.budget.inline -= len(content)
        children = inlines.parseInline(content)[0].children or []
        kept = self._rewrite(content, offsets) if builder is not None else set()
        cursor = 0
        images = alt_formulas(content)
        for child in children:
            found = span(child, content, cursor)
            if found is None or (child.type == "html_inline" and found[0] in kept):
                continue
            begin, end = found
            self._reveal(builder, offsets, images, cursor, begin)
            if child.type in ("math_inline", "math_inline_double"):
                alone = content.strip() == content[begin:end]  # a formula that is a paragraph of its own
                display = alone or child.type == "math_inline_double" or child.markup in ("$$", "\\[")
                inner = offsets.at(begin + len(child.markup))
                kind: Literal["inline", "display"] = "display" if display else "inline"
                self.builder.formula(kind, inner, inner + len(child.content), unescaped_maths(child.content))
            elif child.type == "code_inline" and read_as_prose(child.content):
                offsets.reveal(builder, begin + len(child.markup), end - len(child.markup))
            cursor = end
        self._reveal(builder, offsets, images, cursor, len(content))

    def _reveal(self, builder: Builder | None, offsets: Offsets, images: list[Image], begin: int, end: int) -> None:
        """Reveal content ``[begin, end)`` as prose, but for images that show a formula: their formulas are read."""
        if not images:  # the usual case
            offsets.reveal(builder, begin, end)
            return
        for kind, start, stop in around_images(images, begin, end):
            if kind == "prose":
                offsets.reveal(builder, start, stop)
            else:
                self.builder.formula("display", offsets.at(start), offsets.at(start) + stop - start)

    def _rewrite(self, content: str, offsets: Offsets) -> set[int]:
        r"""Show ``log<sub>2</sub>`` as ``log_2``, ``<sup>1</sup>/<sub>2</sub>`` as ``1/2``, ``\*`` as ``*`` in prose.

        Returns where the tags kept start.

        >>> doc = read_markdown("H(X)=0.5\\*log<sub>2</sub>2 = 0.5\n", "a.md")
        >>> doc.prose[0].text.strip()
        'H(X)=0.5 *log_2          2 = 0.5'
        """
        rewrites, kept = markup_rewrites(content)
        for start, replacement in rewrites:
            self.builder.rewrite(offsets.at(start), replacement)
        return kept

    def _content_offsets(self, token: Token) -> Offsets:
        """Where each line of an inline token's content sits in the text."""
        first, stop = token.map  # type: ignore[misc]
        starts: list[int] = []
        pieces = token.content.split("\n")
        for number, piece in enumerate(pieces):
            line_index = min(first + number, max(stop - 1, first), len(self.lines) - 1)
            found = self.lines[line_index].find(piece) if piece else 0
            starts.append(self.starts[line_index] + max(found, 0))
        return Offsets([len(piece) for piece in pieces], starts)


#: The text of a list item that starts like maths: a number, a bracket or a logarithm.
_STARTS_LIKE_MATHS = lazy(r"(?:[0-9]|\.[0-9]|\(|\\?(?:log|ln|frac)(?![A-Za-z]))")
#: An HTML block whose text is read: one that opens with an element's tag, not a comment, script, style or ``<pre>``.
_TEXT_HTML = lazy(r"\s*<(?!(?:script|style|pre|textarea)\b)[A-Za-z][A-Za-z0-9-]*(?:\s|/?>)", re.IGNORECASE)
#: A number with a unit of information after it, which no minus sign would start: ``1 nat``, ``8 bits``.
_QUANTITY = lazy(r"\s*[0-9]+(?:\.[0-9]+)?\s*(?:nats?|bits?|bans?|hartleys?|shannons?)(?![A-Za-z])", re.IGNORECASE)
#: A statement about logarithms: a log and a relation.
_LOG_CLAIM = lazy(r"(?<![A-Za-z])\\?(?:log|ln)(?![A-Za-z]).*?(?:=|≈|\\approx)", re.DOTALL)


def _last_top_level_start(tokens: list[Token]) -> int:
    """The first line of the last top-level block (which may continue past the chunk)."""
    starts = [token.map[0] for token in tokens if token.level == 0 and token.map is not None and token.nesting >= 0]
    return starts[-1] if starts else 0


def _index_of_top_level(tokens: list[Token], cut: int) -> int:
    for index, token in enumerate(tokens):
        if token.level == 0 and token.map is not None and token.map[0] >= cut and token.nesting >= 0:
            return index
    return len(tokens)
