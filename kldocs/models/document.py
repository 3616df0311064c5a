"""A whole page as plain data: title, sections, and the charts it shows.

>>> from kldocs.models.blocks import Section
>>> doc = Document("example", "en", "A title", "", (Section("One"),))
>>> doc.charts()
()
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kldocs.models.blocks import Chart, Section

if TYPE_CHECKING:
    from kldocs.models.deck import Deck
    from kldocs.models.source import Source


@dataclass(frozen=True)
class Document:
    """One page (worked example, handout, exercise sheet) ready for any format.

    Attributes
    ----------
    kind
        What the page is, and the stem of its file names: ``"example"``.
    language
        ``"en"`` or ``"ko"``.
    title, author
        Shown at the top (user text, escaped per format).
    sections
        The content.
    subtitle
        A line under the title.
    slides
        The page as a slide deck, when it has one (the handout).
    source
        The data the page was computed from, for a format that computes it again (a notebook).
    """

    kind: str
    language: str
    title: str
    author: str
    sections: tuple[Section, ...]
    subtitle: str = ""
    slides: Deck | None = None
    source: Source | None = None

    def charts(self, *, slides: bool = False) -> tuple[Chart, ...]:
        """Every chart the page shows, in order; with ``slides``, also the deck's (drawn at slide size)."""
        page = tuple(block for section in self.sections for block in section.blocks if isinstance(block, Chart))
        return page + (self.slides.charts() if slides and self.slides is not None else ())
