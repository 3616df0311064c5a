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
from dataclasses import dataclass, field
from typing import ClassVar, Literal

SegmentKind = Literal["text", "math"]

_FIELD = re.compile(r"\[\[(\w+)\]\]")


class Label(str):
    """A string that came from the user (a label, a title): text only, never math."""


@dataclass(frozen=True)
class Segment:
    """A run of plain text, or of inline math (LaTeX written by kldocs)."""

    kind: SegmentKind
    content: str


@dataclass(frozen=True)
class Paragraph:
    """Text with inline math; ``style`` ``"note"`` marks an aside or a warning."""

    block: ClassVar[str] = "paragraph"
    segments: tuple[Segment, ...]
    style: Literal["plain", "note", "result"] = "plain"


@dataclass(frozen=True)
class MathLine:
    """One line of an aligned chain: ``lhs relation rhs`` and a note in words."""

    lhs: str
    relation: str
    rhs: str
    note: str = ""
    holds: bool = True


@dataclass(frozen=True)
class MathChain:
    """A display chain of (in)equalities, one :class:`MathLine` per step."""

    block: ClassVar[str] = "chain"
    lines: tuple[MathLine, ...]


@dataclass(frozen=True)
class Cell:
    """A table cell: text (escaped per format) or math."""

    content: str
    kind: SegmentKind = "text"
    align: Literal["left", "right", "center"] = "left"


@dataclass(frozen=True)
class Table:
    """A table with a header row; ``caption`` is plain text."""

    block: ClassVar[str] = "table"
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""


@dataclass(frozen=True)
class Chart:
    """A chart to draw; the presentation layer turns it into SVG, PDF or PNG.

    Attributes
    ----------
    name
        File stem, e.g. ``"distributions"``.
    kind
        ``"bars"`` (grouped bars), ``"signed_bars"``, ``"stacked"`` or ``"lines"``.
    categories
        Labels along the x axis (user data: drawn with math parsing off).
    series
        ``(legend text, values)`` pairs, plain floats.
    x_label, y_label, title
        Axis and chart titles (plain text).
    alt
        A sentence describing the chart for readers who cannot see it.
    x_values
        For ``"lines"``: the x coordinates.
    """

    block: ClassVar[str] = "chart"
    name: str
    kind: Literal["bars", "signed_bars", "stacked", "lines"]
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    x_label: str
    y_label: str
    title: str
    alt: str
    x_values: tuple[float, ...] = ()


Block = Paragraph | MathChain | Table | Chart


@dataclass(frozen=True)
class Section:
    """A heading and its blocks."""

    heading: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)


def fill(template: str, **params: str) -> str:
    """Replace ``[[name]]`` fields; LaTeX braces are left alone.

    >>> fill("x_{[[i]]} = [[value]]", i="1", value="0.2")
    'x_{1} = 0.2'
    """
    return _FIELD.sub(lambda match: params[match.group(1)], template)


def rich(template: str, style: Literal["plain", "note", "result"] = "plain", **params: str) -> Paragraph:
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


def numbered(paragraph: Paragraph, number: int) -> Paragraph:
    """The paragraph with ``"<number>. "`` in front, for exercises and answers."""
    return Paragraph((Segment("text", f"{number}. "), *paragraph.segments), paragraph.style)
