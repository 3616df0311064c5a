"""Where the pieces of a Markdown paragraph's inline content sit in the document.

markdown-it gives a paragraph's content with its line breaks but without
positions; :class:`Offsets` maps a position in that content back to the
document, line by line, and :func:`span` finds a child token (a formula, a
code span, an HTML tag) again in the content.

>>> offsets = Offsets([5, 3], [100, 210])  # two lines, at offsets 100 and 210 of the document
>>> offsets.at(2), offsets.at(7)
(102, 211)
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token

    from kldocs.checker.documents import Builder


class Offsets:
    """Maps positions in an inline token's content to offsets in the document, line by line."""

    def __init__(self, lengths: list[int], starts: list[int]) -> None:
        self.lengths = lengths
        self.line_starts = starts
        self.content_starts: list[int] = []
        position = 0
        for length in lengths:
            self.content_starts.append(position)
            position += length + 1

    def at(self, position: int) -> int:
        index = max(0, bisect.bisect_right(self.content_starts, position) - 1)
        return self.line_starts[index] + position - self.content_starts[index]

    def reveal(self, builder: Builder | None, begin: int, end: int) -> None:
        """Reveal content ``[begin, end)`` as prose, one line piece at a time (nothing when no builder)."""
        if builder is None or end <= begin:
            return
        index = max(0, bisect.bisect_right(self.content_starts, begin) - 1)
        while index < len(self.lengths) and self.content_starts[index] < end:
            line_begin = max(begin, self.content_starts[index])
            line_end = min(end, self.content_starts[index] + self.lengths[index])
            builder.prose(self.at(line_begin), self.at(line_begin) + line_end - line_begin)
            index += 1


def span(child: Token, content: str, cursor: int) -> tuple[int, int] | None:
    """Where a formula, code span or inline HTML child sits in ``content`` (searching from ``cursor``)."""
    if child.type in ("math_inline", "math_inline_double"):
        needle = f"{child.markup}{child.content}{_CLOSING.get(child.markup, child.markup)}"
    elif child.type == "html_inline":
        needle = child.content
    elif child.type == "code_inline":
        opening = content.find(child.markup, cursor)
        if opening < 0:
            return None
        closing = content.find(child.markup, content.find(child.content, opening + len(child.markup)))
        return (opening, closing + len(child.markup)) if closing >= 0 else None
    else:
        return None
    begin = content.find(needle, cursor)
    return None if begin < 0 else (begin, begin + len(needle))


_CLOSING = {"\\(": "\\)", "\\[": "\\]"}
