"""A document cut into slides: one idea per frame.

A frame holds at most one large block (a derivation, a table or a chart),
with the short paragraphs that lead up to it; paragraphs on their own are
grouped two to a frame.

>>> from kldocs.models.blocks import Paragraph, Section, Table
>>> doc = Document("handout", "en", "T", "", (Section("S", (Paragraph(()), Table((), ()), Paragraph(()))),))
>>> [len(frame.blocks) for frame in frames(doc)]
[2, 1]
"""

from __future__ import annotations

from dataclasses import dataclass

from kldocs.models.blocks import Block, Paragraph
from kldocs.models.document import Document

#: Paragraphs on a frame without a large block.
PARAGRAPHS_PER_FRAME = 2


@dataclass(frozen=True)
class Frame:
    """One slide: a title and its blocks."""

    title: str
    blocks: tuple[Block, ...]


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
            result.append(Frame(section.heading, (*leading, block)))
            pending = []
        result.extend(_paragraph_frames(section.heading, pending))
    return tuple(result)


def _paragraph_frames(title: str, paragraphs: list[Block]) -> list[Frame]:
    step = PARAGRAPHS_PER_FRAME
    return [Frame(title, tuple(paragraphs[i : i + step])) for i in range(0, len(paragraphs), step)]
