r"""markdown-it as the Markdown reader uses it: a block parser and an inline parser with dollar maths
(``$...$``, ``$$...$$``, ``\(...\)``, ``\[...\]``) and tables, whose tables make no more tokens than a
document reads.

markdown-it makes three tokens of every table cell (``td_open``, ``inline``,
``td_close``), and it parses a chunk of lines whole before the reader counts
its tokens against :data:`~kldocs.checker.markdown_reader.MAX_BLOCK_TOKENS`: a
chunk of 66 tables of 5,000 columns made two million tokens (9.6 s and 700 MB)
to read 30,000 of them. :func:`table_guard` is a block rule that runs before
markdown-it's ``table`` rule: it counts the table's columns and rows without
making a token and takes the tokens the table will make from ``env["tokens"]``
(what the document may still read); when they are more than that, it makes
one ``table_unread`` token of the table's lines instead, where the reader
stops.

>>> blocks, _ = parsers()
>>> wide = "|" + "a|" * 50 + "\n|" + "-|" * 50 + "\n|" + "1|" * 50 + "\n\ntext\n"
>>> [(token.type, token.map, token.meta) for token in blocks.parse(wide, {"tokens": 100})][:2]
[('table_unread', [0, 3], {'cells': 100}), ('paragraph_open', [4, 5], {})]
>>> len(blocks.parse(wide, {"tokens": 1000}))  # 310 for the table (two rows of 50 cells), 3 for the paragraph
313
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock

#: The kind of the token that stands for a table that is not read.
TABLE_UNREAD = "table_unread"


@cache
def parsers() -> tuple[MarkdownIt, MarkdownIt]:
    """A block parser (inline rules off, for speed) and an inline parser, both with dollar maths and tables."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin
    from mdit_py_plugins.texmath import texmath_plugin

    def parser() -> MarkdownIt:
        markdown = MarkdownIt("commonmark").use(
            dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True
        )
        return markdown.use(texmath_plugin, delimiters="brackets")

    blocks = parser().use(front_matter_plugin).enable("table")
    blocks.block.ruler.before("table", "table_guard", table_guard)
    blocks.disable("inline")
    inlines = parser().enable("table")
    # Links, emphasis and entities do not change what is maths, code or prose; skipping them halves the work.
    inlines.disable(["link", "image", "autolink", "emphasis", "entity", "strikethrough"], ignoreInvalid=True)
    return blocks, inlines


def table_guard(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A block rule: a table at line ``start`` whose tokens are more than ``state.env["tokens"]`` becomes one
    ``table_unread`` token (``meta["cells"]`` its cells); a smaller one is left to the ``table`` rule."""
    if start + 2 > end or "tokens" not in state.env:
        return False
    second = state.bMarks[start + 1] + state.tShift[start + 1]  # a delimiter row starts so; most lines do not
    if second >= state.eMarks[start + 1] or state.src[second] not in "|-:":
        return False
    if state.src.find("|", state.bMarks[start], state.eMarks[start]) < 0:  # nor has a header row no "|"
        return False
    from markdown_it.rules_block.table import table

    if not table(state, start, end, True):
        return False
    delimiter = state.src[second : state.eMarks[start + 1]].strip()
    columns = delimiter.strip("|").count("|") + 1
    stop = _lines_end(state, start + 2, end)  # the table ends here or before: its tokens are at most
    if _tokens(stop - start - 1, columns) > state.env["tokens"]:
        stop = _table_end(state, start + 2, stop)  # then count them as the table rule does
    rows = stop - start - 1  # the header and the body's rows
    if _tokens(rows, columns) <= state.env["tokens"]:
        if not silent:
            state.env["tokens"] -= _tokens(rows, columns)
        return False
    if not silent:
        token = state.push(TABLE_UNREAD, "", 0)
        token.map = [start, stop]
        token.meta = {"cells": rows * columns}
        state.line = stop
    return True


def _tokens(rows: int, columns: int) -> int:
    """The tokens markdown-it makes of a table: three a cell, two a row, and the table's own six."""
    return rows * (3 * columns + 2) + 6


def _lines_end(state: StateBlock, line: int, end: int) -> int:
    """The first blank or less indented line from ``line`` on, where a table ends at the latest."""
    while line < end and state.sCount[line] >= state.blkIndent and not state.isEmpty(line):
        line += 1
    return line


def _table_end(state: StateBlock, line: int, end: int) -> int:
    """The line after a table whose body starts at ``line``: where markdown-it's ``table`` rule ends it."""
    terminators = state.md.block.ruler.getRules("blockquote")
    while line < end:
        if state.sCount[line] < state.blkIndent or state.is_code_block(line) or state.isEmpty(line):
            break
        if any(rule(state, line, end, True) for rule in terminators):
            break
        line += 1
    return line
