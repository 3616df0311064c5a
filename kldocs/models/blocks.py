"""The building blocks of every page: plain data that templates lay out.

A page is a list of :class:`Section` objects, each a heading and a list of
blocks: :class:`Paragraph` (text with inline math), :class:`MathChain` (an
aligned chain of equalities with a note per line), :class:`Table` and
:class:`Chart`. Nothing here knows any output format.

Text and math are kept apart on purpose. Math is LaTeX written by kldocs
itself; text may contain user data such as labels and titles, and each
format escapes it. A user string can never end up inside math:
:func:`rich` refuses to put a :class:`Label` into a math segment.

>>> paragraph = rich("Category [[label]] has $p = [[p]]$.", label=Label("<b>"), p="0.2")
>>> [(segment.kind, segment.content) for segment in paragraph.segments]
[('text', 'Category <b> has '), ('math', 'p = 0.2'), ('text', '.')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Literal

SegmentKind = Literal["text", "math"]
ParagraphStyle = Literal["plain", "note", "result", "question", "follow_up"]

_FIELD = re.compile(r"\[\[(\w+)\]\]")

ChartSize = Literal["page", "sheet", "slide"]
#: The width, in millimetres, at which every template places a chart of each size: a page chart across
#: most of an A4 text column (170 mm), a sheet chart beside the exercises it illustrates, a slide chart
#: across a frame. The renderer draws each size for its width, so its type keeps its size on paper.
CHART_WIDTHS_MM: dict[ChartSize, float] = {"page": 156.0, "sheet": 105.0, "slide": 140.0}


class Label(str):
    """A string that came from the user (a label, a title): text only, never math."""


@dataclass(frozen=True)
class Segment:
    """A run of plain text, or of inline math (LaTeX written by kldocs)."""

    kind: SegmentKind
    content: str


@dataclass(frozen=True)
class Paragraph:
    """Text with inline math; ``style`` ``"note"`` marks an aside or a warning, ``"question"`` an exercise,
    ``"follow_up"`` a plain line that completes the block before it (a result's precise digits: kept on its page).
    """

    block: ClassVar[str] = "paragraph"
    segments: tuple[Segment, ...]
    style: ParagraphStyle = "plain"

    def leads_into(self, following: object) -> bool:
        """True when the paragraph introduces ``following``, which must then start on the paragraph's page.

        Text and notes introduce a derivation, table or chart; a result
        introduces only the derivation that proves it (an answer). A result
        that closes a derivation, and its follow-up, let a chart after them
        start a page.

        >>> chain = MathChain(())
        >>> [Paragraph((), style).leads_into(chain) for style in ("plain", "result", "follow_up")]
        [True, True, False]
        >>> Paragraph((), "result").leads_into(Table((), ()))
        False
        """
        if self.style in ("plain", "note"):
            return isinstance(following, (MathChain, Table, Chart))
        return self.style == "result" and isinstance(following, MathChain)


#: Text with inline math, e.g. a step note or a caption.
Inline = tuple[Segment, ...]


@dataclass(frozen=True)
class MathLine:
    """One line of an aligned chain: ``lhs relation rhs`` and a note in words (with inline math).

    ``shown`` is ``rhs`` as it is set when it is too wide for one line: its
    pieces, one per row, the later ones with an empty relation column (see
    :func:`kldocs.models.chains.fitted`); empty when ``rhs`` fits.
    """

    lhs: str
    relation: str
    rhs: str
    note: Inline = ()
    holds: bool = True
    shown: tuple[str, ...] = ()

    @property
    def rows(self) -> tuple[str, ...]:
        """The right side as set, one string per row.

        >>> MathLine("x", "=", "1 + 2").rows
        ('1 + 2',)
        """
        return self.shown or (self.rhs,)


@dataclass(frozen=True)
class MathChain:
    """A display chain of (in)equalities, one :class:`MathLine` per step."""

    block: ClassVar[str] = "chain"
    lines: tuple[MathLine, ...]


@dataclass(frozen=True)
class Cell:
    """A table cell: text (escaped per format) or math.

    ``pad`` stands for the characters (digits and a decimal point) whose
    width is left blank after the content, so that right-aligned decimals
    line up on their decimal points.
    """

    content: str
    kind: SegmentKind = "text"
    align: Literal["left", "right", "center"] = "left"
    pad: str = ""


def decimal_cells(values: Sequence[str]) -> tuple[Cell, ...]:
    """Right-aligned cells whose decimal points line up (``∞`` and integers too).

    >>> [(c.content, c.pad) for c in decimal_cells(["0.0314", "0.00782", "∞"])]
    [('0.0314', '0'), ('0.00782', ''), ('∞', '.00000')]
    """
    places = [len(value.partition(".")[2]) if "." in value else None for value in values]
    widest = max((place for place in places if place is not None), default=0)

    def pad(place: int | None) -> str:
        return "0" * (widest - place) if place is not None else ("." + "0" * widest if widest else "")

    return tuple(Cell(value, "text", "right", pad(place)) for value, place in zip(values, places, strict=True))


def decimal_rows(*columns: Sequence[str]) -> tuple[tuple[Cell, ...], ...]:
    """Rows of cells from columns of numbers, each column aligned on its decimal points.

    >>> [[c.pad for c in row] for row in decimal_rows(["0.1", "0.15"], ["0.35", "1"])]
    [['0', ''], ['', '.00']]
    """
    return tuple(zip(*(decimal_cells(column) for column in columns), strict=True))


@dataclass(frozen=True)
class Table:
    """A table with a header row and a caption (text with inline math).

    Columns of decimals line up on the decimal point: see :func:`decimal_cells`.
    """

    block: ClassVar[str] = "table"
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: Inline = ()


@dataclass(frozen=True)
class Chart:
    """A chart to draw; the presentation layer turns it into SVG, PDF or PNG.

    Attributes
    ----------
    name
        File stem, e.g. ``"distributions"``.
    kind
        ``"bars"`` (grouped bars), ``"signed_bars"``, ``"stacked"`` (with
        the top series enlarged beside it and every value labelled),
        ``"lines"`` (from 0 up), ``"curves"`` (lines that may go below 0:
        densities, a function of a parameter), ``"pairs"`` (curves two by two,
        one panel for each pair, side by side, the first solid and the second
        dashed in the same two colours in every panel), ``"area"`` (one curve with
        the area between it and 0 shaded, above and below in two colours), or
        ``"fit"`` (the first series as bars, the others as lines over them);
        over a plane: ``"contours"`` (each series a density, as contour lines)
        or ``"heatmap"`` (one series, coloured above and below 0).
    categories
        Labels along the x axis (user data: drawn with math parsing off); for ``"pairs"``, each panel's
        x-axis title instead (written by kldocs; ``$...$`` is math).
    series
        ``(legend, values)`` pairs, plain floats; legends are written by
        kldocs and may hold ``$...$`` math.
    x_label, y_label, title
        Axis and chart titles (written by kldocs; ``$...$`` is math).
    alt
        A sentence describing the chart for readers who cannot see it (plain text).
    x_values
        For ``"lines"``, ``"curves"``, ``"pairs"`` and ``"area"``: the x coordinates.
    y_values
        For ``"contours"`` and ``"heatmap"``: the y coordinates; each series then holds
        one value per grid point, row by row (``y`` outer, ``x`` inner).
    levels
        For ``"contours"``: the heights of each series' lines (one tuple per series, increasing);
        empty: a few heights chosen by the renderer.
    caption
        What the page prints under the chart (text with inline math);
        default: ``alt``.
    size
        ``"page"`` for handouts, ``"sheet"`` for an exercise sheet (narrower,
        so the questions keep their room), ``"slide"`` for a deck (larger
        type); placed at :data:`CHART_WIDTHS_MM`.
    """

    block: ClassVar[str] = "chart"
    name: str
    kind: Literal["bars", "signed_bars", "stacked", "lines", "fit", "curves", "pairs", "area", "contours", "heatmap"]
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    x_label: str
    y_label: str
    title: str
    alt: str
    x_values: tuple[float, ...] = ()
    caption: Inline = ()
    size: ChartSize = "page"
    y_values: tuple[float, ...] = ()
    levels: tuple[tuple[float, ...], ...] = ()

    @property
    def shown_caption(self) -> Inline:
        """The caption, or the alt text as one text segment."""
        return self.caption or (Segment("text", self.alt),)


@dataclass(frozen=True)
class Items:
    """A list of short items (text with inline math), bulleted or numbered."""

    block: ClassVar[str] = "items"
    items: tuple[Paragraph, ...]
    numbered: bool = False


Block = Paragraph | MathChain | Table | Chart | Items


@dataclass(frozen=True)
class Section:
    """A heading and its blocks; ``new_page`` starts it on a new page where pages exist (answers)."""

    heading: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    new_page: bool = False


def fill(template: str, **params: str) -> str:
    """Replace ``[[name]]`` fields; LaTeX braces are left alone.

    >>> fill("x_{[[i]]} = [[value]]", i="1", value="0.2")
    'x_{1} = 0.2'
    """
    return _FIELD.sub(lambda match: params[match.group(1)], template)


def rich(template: str, style: ParagraphStyle = "plain", **params: str) -> Paragraph:
    """A paragraph from a catalog message with ``$...$`` math and ``[[name]]`` fields.

    Parameters
    ----------
    template
        Text in which ``$...$`` marks inline math written by kldocs.
    style
        How the paragraph is set off.
    params
        Values for ``[[name]]`` fields. A :class:`Label` may only fill a
        field in a text segment.

    Raises
    ------
    ValueError
        When a Label would land inside math.
    """
    segments = []
    for index, piece in enumerate(template.split("$")):
        kind: SegmentKind = "math" if index % 2 else "text"
        if not piece:
            continue
        if kind == "math":
            for name in _FIELD.findall(piece):
                if isinstance(params[name], Label):
                    raise ValueError(f"user text {name!r} cannot go inside math")
        segments.append(Segment(kind, fill(piece, **params)))
    return Paragraph(tuple(segments), style)


def inline(template: str, **params: str) -> Inline:
    r"""Text with inline math from a catalog message (see :func:`rich`).

    >>> [segment.kind for segment in inline("Apply $\\log x \\le x - 1$.")]
    ['text', 'math', 'text']
    """
    return rich(template, "plain", **params).segments


def numbered(paragraph: Paragraph, number: int) -> Paragraph:
    """The paragraph with ``"<number>. "`` in front, for exercises and answers."""
    return Paragraph((Segment("text", f"{number}. "), *paragraph.segments), paragraph.style)
