"""A document cut into slides: one idea per frame.

A frame holds at most one large block (a derivation, a table or a chart),
with the short paragraphs that lead up to it; paragraphs on their own are
grouped two to a frame, and a long derivation continues on the next frames.

>>> from kldocs.models.blocks import Paragraph, Section, Table
>>> doc = Document("handout", "en", "T", "", (Section("S", (Paragraph(()), Table((), ()), Paragraph(()))),))
>>> [len(frame.blocks) for frame in frames(doc)]
[2, 1]
"""

from __future__ import annotations

from dataclasses import dataclass

from kldocs.models.blocks import Block, MathChain, Paragraph
from kldocs.models.document import Document

#: Paragraphs on a frame without a large block.
PARAGRAPHS_PER_FRAME = 2
#: Lines of a derivation on one frame.
LINES_PER_FRAME = 4


@dataclass(frozen=True)
class Frame:
    """One slide: a title and its blocks."""

    title: str
    blocks: tuple[Block, ...]

    @property
    def has_text(self) -> bool:
        """True when paragraphs share the frame (a chart then gets less height)."""
        return any(isinstance(block, Paragraph) for block in self.blocks)


def frames(document: Document) -> tuple[Frame, ...]:
    """The document's sections cut into frames, in order."""
    result: list[Frame] = []
    for section in document.sections:
        pending: list[Block] = []
        for block in section.blocks:
            if isinstance(block, Paragraph):
                pending.append(block)
                continue
            leading = pending[-PARAGRAPHS_PER_FRAME:]
            result.extend(_paragraph_frames(section.heading, pending[: len(pending) - len(leading)]))
            first, *rest = _pieces(block)
            result.append(Frame(section.heading, (*leading, first)))
            result.extend(Frame(section.heading, (piece,)) for piece in rest)
            pending = []
        result.extend(_paragraph_frames(section.heading, pending))
    return tuple(result)


def _pieces(block: Block) -> list[Block]:
    """A long derivation in pieces that fit on a frame; any other block whole."""
    if not isinstance(block, MathChain) or len(block.lines) <= LINES_PER_FRAME:
        return [block]
    count = -(-len(block.lines) // LINES_PER_FRAME)
    step = -(-len(block.lines) // count)  # pieces of even length: 5 lines become 3 + 2, not 4 + 1
    return [MathChain(block.lines[i : i + step]) for i in range(0, len(block.lines), step)]


def _paragraph_frames(title: str, paragraphs: list[Block]) -> list[Frame]:
    step = PARAGRAPHS_PER_FRAME
    return [Frame(title, tuple(paragraphs[i : i + step])) for i in range(0, len(paragraphs), step)]
