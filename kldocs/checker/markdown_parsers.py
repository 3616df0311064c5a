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

from kldocs.checker.lazy_patterns import lazy

if TYPE_CHECKING:
    from collections.abc import Callable

    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock

    BlockRule = Callable[[StateBlock, int, int, bool], bool]

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
    front_matter = blocks.block.ruler.getRules("")[0]
    blocks.block.ruler.at("front_matter", metadata_only(front_matter))
    blocks.block.ruler.before("table", "table_guard", table_guard)
    blocks.disable("inline")
    inlines = parser().enable("table")
    # Links, emphasis and entities do not change what is maths, code or prose; skipping them halves the work.
    inlines.disable(["link", "image", "autolink", "emphasis", "entity", "strikethrough"], ignoreInvalid=True)
    return blocks, inlines


#: A line of metadata: ``title: Entropy``, or the lines YAML also allows around it (a comment, a list item,
#: an indented continuation, a blank line).
_METADATA_KEY = lazy(r"[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|$)")
_METADATA_OTHER = lazy(r"#|-[ \t]|[ \t]|$")


def metadata_only(front_matter: BlockRule) -> BlockRule:
    r"""``front_matter`` taken only where its block is metadata: one ``key: value`` line or more and no line of
    text. A slide deck that opens and closes with ``---`` holds its slides between them.

    >>> blocks, _ = parsers()
    >>> [token.type for token in blocks.parse("---\ntitle: Entropy\n---\ntext\n", {})][:2]
    ['front_matter', 'paragraph_open']
    >>> [token.type for token in blocks.parse("---\n# Slide\n\nH(P) = 1.5 bits\n---\n", {})][:2]
    ['hr', 'heading_open']
    """

    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        tokens, line = len(state.tokens), state.line
        if not front_matter(state, start, end, False):
            return False
        lines = state.tokens[-1].content.splitlines()
        metadata = any(_METADATA_KEY.match(text) for text in lines) and all(
            _METADATA_KEY.match(text) or _METADATA_OTHER.match(text) for text in lines
        )
        if silent or not metadata:
            del state.tokens[tokens:]
            state.line = line
        return metadata

    return rule


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
