"""Draw the charts of a page with matplotlib (imported only here).

Category labels come from the user: they are drawn with math parsing off,
so a label like ``$\\frac{1}{$`` prints as typed instead of breaking the
chart. The texts kldocs writes (legends, axis titles) may hold ``$...$``
math, set in Computer Modern like the pages. Output is reproducible: no
dates or random ids are written into SVG, PDF or PNG files.

>>> from kldocs.models.blocks import Chart
>>> chart = Chart("demo", "bars", ("a", "b"), (("P", (0.5, 0.5)),), "x", "p", "P", "two bars")
>>> svg = render_chart(chart, "svg", "en")
>>> svg.startswith(b"<?xml")
True
"""

from __future__ import annotations

import io
import math
import textwrap
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from kldocs.models.blocks import Chart
from kldocs.render.fonts import KOREAN_FAMILY, korean_fonts

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: A chart file: SVG (HTML), PNG (Markdown, notebooks), PDF for LaTeX, or ``typst-pdf``: a PDF in the type of
#: the Typst pages (:data:`TYPST_FONTS`), which differs from LaTeX's.
ChartFormat = Literal["svg", "pdf", "png", "typst-pdf"]

#: Colours for the series, in order (colour-blind safe, from the Okabe-Ito set).
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9")
#: Fonts that cover Hangul, in order of preference: serif for pages (beside NanumMyeongjo text), sans for slides.
_KOREAN_SERIF = ("NanumMyeongjo", "Noto Serif CJK KR", "NanumGothic", "NanumBarunGothic", "Noto Sans CJK KR", "UnDotum")
KOREAN_FONTS = {
    "page": _KOREAN_SERIF,
    "sheet": _KOREAN_SERIF,
    "slide": ("NanumGothic", "NanumBarunGothic", "Noto Sans CJK KR", "Noto Sans KR", "UnDotum"),
}
#: Figure size in inches of each chart size: a page chart fills a text column, a sheet chart about two
#: thirds of one, a slide chart a frame's width (each placed at :data:`~kldocs.models.blocks.CHART_WIDTHS_MM`).
FIGURE_SIZES = {"page": (6.4, 3.4), "sheet": (4.3, 2.5), "slide": (6.0, 2.7)}
#: Type size in points of the smallest chart text (ticks, legend) before the chart is scaled to its width.
FONT_SIZES = {"page": 10.0, "sheet": 9.0, "slide": 12.0}
#: Space between an axis title and the tick labels, in ems of the chart's type.
LABEL_GAP = 0.7
#: Text fonts that match the documents: Computer Modern serif beside Latin Modern pages, sans beside Beamer.
TEXT_FONTS = {"page": "cmr10", "sheet": "cmr10", "slide": "cmss10"}
#: Characters for which those TeX-encoded fonts hold other glyphs (``{`` is an en dash, ``\`` an opening
#: quote, ``"`` a closing one, ``_`` a dot accent, ``~`` a raised tilde, ...): a user label with any of them
#: is drawn in a Unicode font of the same kind instead.
TEX_ENCODED = frozenset("\"'<>\\^_`{|}~")
UNICODE_FONTS = {"page": "DejaVu Serif", "sheet": "DejaVu Serif", "slide": "DejaVu Sans"}
#: The text fonts of the Typst pages (New Computer Modern, drawn in its cmr10 original) and slides (DejaVu Sans),
#: with Hangul from Nanum Gothic, the Korean font Typst has (:mod:`kldocs.render.fonts`).
TYPST_FONTS = {"page": "cmr10", "sheet": "cmr10", "slide": "DejaVu Sans"}
#: Most category labels along an axis (one every so many categories beyond that).
MOST_LABELS = 40
#: Category labels that do not fit side by side are wrapped onto at most this many lines, else slanted.
WRAPPED_LINES = 3
#: Slant of category labels that do not fit flat, in degrees, and the longest slanted label in characters
#: (a longer one ends in an ellipsis: the table beside the chart has it whole).
SLANT = 40
SLANTED_CHARACTERS = 18
#: Fewest characters a line of a wrapped label keeps (slanted labels below that).
SHORTEST_LINE = 6
#: Share of the space between two categories that a flat label may fill, and the gap between slanted labels in lines.
FILL = 0.92
SLANTED_GAP = 1.15
_METADATA = {"svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}, "png": {"Software": None}}


def render_chart(chart: Chart, format: ChartFormat, language: str) -> bytes:
    """The chart as SVG, PDF or PNG bytes (``typst-pdf``: a PDF in the type of the Typst pages)."""
    buffer = io.BytesIO()
    kind = "pdf" if format == "typst-pdf" else format
    with drawing(chart, language, typst=format == "typst-pdf") as figure:
        figure.savefig(buffer, format=kind, metadata=_METADATA[kind], dpi=160)
    return buffer.getvalue()


@contextmanager
def drawing(chart: Chart, language: str, *, typst: bool = False) -> Iterator[Figure]:
    """The chart as a matplotlib figure, in the style of its size and language, closed afterwards.

    >>> chart = Chart("demo", "bars", ("a", "b"), (("P", (0.5, 0.5)),), "x", "p", "P", "two bars")
    >>> with drawing(chart, "en") as figure:
    ...     [label.get_text() for label in figure.axes[0].get_xticklabels()]
    ['a', 'b']
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context(_style(language, chart.size, typst)), warnings.catch_warnings():  # type: ignore[arg-type]
        # Without a Hangul font matplotlib warns once per missing glyph; _style already said it once.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        figure = _draw(chart)
        try:
            yield figure
        finally:
            plt.close(figure)


def _style(language: str, size: str = "page", typst: bool = False) -> dict[str, Any]:
    """matplotlib settings for a chart of ``size``, in the type of the LaTeX pages or (``typst``) the Typst ones."""
    fonts = [(TYPST_FONTS if typst else TEXT_FONTS)[size], "DejaVu Sans"]
    korean = korean_font("slide" if typst else size)  # Typst sets Hangul in Nanum Gothic, as the LaTeX slides do
    if language == "ko":
        if korean is None:
            warnings.warn(
                "no Korean font found (pip install koreanize-matplotlib, or install fonts-nanum); "
                "Korean chart text may not show",
                stacklevel=3,
            )
        else:
            fonts.insert(1, korean)
    elif korean is not None:
        fonts.append(korean)  # a fallback: a Hangul label on an English page still shows
    return {
        "font.family": fonts,
        "font.size": FONT_SIZES[size],
        # Between an axis title and its tick labels; Hangul fills its em box, so the default 4 pt looks touching.
        "axes.labelpad": LABEL_GAP * FONT_SIZES[size],
        "mathtext.fontset": "cm",
        "axes.titlesize": "large",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "svg.hashsalt": "kldocs",
        # A minus sign, not a hyphen, before negative ticks: cmr10 has none, so its ticks are set as mathtext (its
        # own minus, in the same digits); other fonts draw U+2212 (from DejaVu Sans where a font lacks it).
        "axes.unicode_minus": True,
        "axes.formatter.use_mathtext": fonts[0] == "cmr10",
        "text.parse_math": True,  # kldocs' own texts are math where they say so; user labels turn it off
    }


@cache
def korean_font(size: str = "page") -> str | None:
    """The name of a font with Hangul for a chart of this size, or None.

    A system font comes first (:data:`KOREAN_FONTS`); without one, the Nanum
    Gothic that comes with pip (:mod:`kldocs.render.fonts`, the Typst PDFs'
    Korean font) is added to matplotlib's fonts, so that no chart shows
    empty boxes on a machine without Korean fonts.
    """
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    found = next((name for name in KOREAN_FONTS[size] if name in installed), None)
    if found is None and korean_fonts():
        for path in korean_fonts():
            font_manager.fontManager.addfont(str(path))
        found = KOREAN_FAMILY
    return found


def _draw(chart: Chart) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=FIGURE_SIZES[chart.size], layout="constrained")
    FigureCanvasAgg(figure)  # a renderer to measure text with, before the file's own
    if chart.kind == "pairs":
        return _panels(figure, chart)
    if chart.kind == "stacked":
        axes, zoom = figure.subplots(1, 2, width_ratios=(2.2, 1))
        _stacked(axes, zoom, chart)
    else:
        axes = figure.add_subplot()
        if chart.kind == "lines":
            for index, (name, values) in enumerate(chart.series):
                axes.plot(chart.x_values, values, label=name, color=COLOURS[index % len(COLOURS)], linewidth=2)
            axes.set_ylim(bottom=0)
        elif chart.kind == "curves":
            for index, (name, values) in enumerate(chart.series):
                axes.plot(chart.x_values, values, label=name, color=COLOURS[index % len(COLOURS)], linewidth=2)
        elif chart.kind == "area":
            _area(axes, chart)
        elif chart.kind == "contours":
            _contours(axes, chart)
        elif chart.kind == "heatmap":
            _heatmap(figure, axes, chart)
        elif chart.kind == "fit":
            _fit(axes, chart)
        else:
            _bars(axes, chart)
    axes.set_xlabel(chart.x_label)
    axes.set_ylabel(chart.y_label)
    if chart.size != "slide":  # on a slide the frame title says it
        axes.set_title(chart.title)
    if len(chart.series) > 1:
        # Bars: the legend beside the axes; stacked bars: under them; lines: where they leave room.
        places = {"bars": ("upper left", (1.0, 1.0)), "stacked": ("upper center", (0.5, -0.15))}
        loc, anchor = places.get(chart.kind, ("best", None))
        axes.legend(frameon=False, loc=loc, bbox_to_anchor=anchor, ncols=2 if chart.kind == "stacked" else 1)
    if chart.kind in ("bars", "signed_bars", "fit"):
        _fit_categories(figure, axes, chart)
    return figure


def _fit_categories(figure: Figure, axes: Any, chart: Chart) -> None:
    """Category labels along x that never overlap, measured with the figure's renderer.

    In order: flat as typed; wrapped at spaces onto at most :data:`WRAPPED_LINES`
    lines of the space a category has (a word too long for it cut with an
    ellipsis); slanted and cut to :data:`SLANTED_CHARACTERS`; then the same
    with only every second, fourth, ... category labelled.
    """
    if not chart.categories:
        return
    step = -(-len(chart.categories) // MOST_LABELS)
    while True:
        labels = list(chart.categories)[::step]
        _categories(axes, chart, step, labels)
        if _surely_fit(figure, axes, len(labels)):
            return
        slot, widths, line = _measure(figure, axes, step)
        characters = [int(len(label) * FILL * slot / width) for label, width in zip(labels, widths, strict=True)]
        while max(widths) > FILL * slot and min(characters) >= SHORTEST_LINE:
            _categories(axes, chart, step, [_wrapped(label, n) for label, n in zip(labels, characters, strict=True)])
            slot, widths, line = _measure(figure, axes, step)
            characters = [
                n if width <= FILL * slot else n * 4 // 5 for n, width in zip(characters, widths, strict=True)
            ]
        if max(widths) <= FILL * slot:
            return
        _categories(axes, chart, step, [_shortened(label, SLANTED_CHARACTERS) for label in labels], SLANT)
        slot, _, line = _measure(figure, axes, step)
        if slot * math.sin(math.radians(SLANT)) >= SLANTED_GAP * line or step >= len(chart.categories):
            return
        step *= 2


def _surely_fit(figure: Figure, axes: Any, count: int) -> bool:
    """Whether the labels fit flat even if the axes took only half the figure's width (no layout needed: fast)."""
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]  # an Agg canvas (_draw)
    widest = max(label.get_window_extent(renderer).width for label in axes.get_xticklabels())
    return bool(widest <= FILL * figure.bbox.width / 2 / count)


def _measure(figure: Figure, axes: Any, step: int) -> tuple[float, list[float], float]:
    """The space between two labelled categories, the labels' widths and the height of one line, in pixels."""
    figure.draw_without_rendering()  # runs the layout, so the axes have their final width
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]  # an Agg canvas (_draw)
    left, right = axes.transData.transform([(0, 0), (step, 0)])
    labels = axes.get_xticklabels()
    widths = [label.get_window_extent(renderer).width for label in labels]
    line = renderer.get_text_width_height_descent("Ag", labels[0].get_fontproperties(), ismath=False)[1]
    return float(right[0] - left[0]), widths, float(line)


def _wrapped(label: str, characters: int) -> str:
    """The label on lines of at most ``characters``, broken at spaces.

    Cut with an ellipsis where a word is too long or the lines run out.

    >>> print(_wrapped("a very long category name", 10))
    a very
    long
    category…
    >>> print(_wrapped('#read("/etc/hostname") now', 12))
    #read("/etc…
    >>> print(_wrapped("M0WA-AA000", 6))  # never at a hyphen: shown on two lines it would read "M0WA- AA000"
    M0WA-…
    """
    lines = textwrap.wrap(label, characters, break_long_words=False, break_on_hyphens=False) or [label]
    for index, line in enumerate(lines):
        last = index == WRAPPED_LINES - 1 or len(line) > characters
        if last:
            rest = " ".join(lines[index:])
            return "\n".join([*lines[:index], _shortened(rest, characters)])
    return "\n".join(lines)


def _shortened(text: str, characters: int) -> str:
    """The text, cut to ``characters`` with an ellipsis if longer.

    >>> _shortened("a very long category name", 12)
    'a very long…'
    """
    return text if len(text) <= characters else text[: characters - 1].rstrip() + "\u2026"


def _categories(axes: Any, chart: Chart, step: int, labels: list[str], rotation: float = 0) -> None:
    """Category labels along x (every ``step``-th): user text, drawn with math parsing off."""
    positions = list(range(len(chart.categories)))[::step]
    slanted = {"ha": "right", "rotation_mode": "anchor"} if rotation else {"ha": "center"}
    axes.set_xticks(positions, labels, rotation=rotation, **slanted)
    for label in axes.get_xticklabels():
        label.set_parse_math(False)  # "$x$" must print as typed
        if TEX_ENCODED & set(label.get_text()):
            fonts = [font for font in label.get_fontfamily() if font not in TEXT_FONTS.values()]
            label.set_fontfamily([UNICODE_FONTS[chart.size], *fonts])


def _bars(axes: Any, chart: Chart) -> None:
    positions = range(len(chart.categories))
    count = len(chart.series)
    width = 0.8 / count
    for index, (name, values) in enumerate(chart.series):
        offsets = [x + (index - (count - 1) / 2) * width for x in positions]
        if chart.kind == "signed_bars":
            bars = axes.bar(offsets, values, width, label=name)
            for bar, value in zip(bars, values, strict=True):
                bar.set_color(COLOURS[0] if value >= 0 else COLOURS[1])
        else:
            axes.bar(offsets, values, width, label=name, color=COLOURS[index % len(COLOURS)])
    if chart.kind == "signed_bars":
        axes.axhline(0, color="black", linewidth=0.8)


def _stacked(axes: Any, zoom: Any, chart: Chart) -> None:
    """Stacked bars with every part labelled, and the top parts enlarged beside them.

    The top part (a KL divergence on an entropy) is often a few per cent of
    its bar: the panel beside it draws the top parts alone on their own
    scale, so they can be read.
    """
    positions = list(range(len(chart.categories)))
    bottoms = [0.0] * len(positions)
    bars: Any = None
    for index, (name, values) in enumerate(chart.series):
        bars = axes.bar(positions, values, 0.5, bottom=bottoms, label=name, color=COLOURS[index % len(COLOURS)])
        if index == 0:
            axes.bar_label(bars, [_number(v) for v in values], label_type="center", color="white")
        bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    axes.bar_label(bars, [_number(total) for total in bottoms], padding=2)
    axes.set_ylim(top=max(bottoms) * 1.2)
    axes.set_xlim(-0.6, len(positions) - 0.4)
    axes.set_xticks(positions, list(chart.categories))
    top_name, top_values = chart.series[-1]
    enlarged = zoom.bar(positions, top_values, 0.5, color=COLOURS[(len(chart.series) - 1) % len(COLOURS)])
    zoom.bar_label(enlarged, [_number(v) for v in top_values], padding=2)
    zoom.set_ylim(top=max(top_values) * 1.25 if max(top_values) > 0 else 1)
    zoom.set_xticks(positions, list(chart.categories))
    zoom.set_ylabel(top_name)


def _area(axes: Any, chart: Chart) -> None:
    """One curve and the area between it and 0: above in the first colour, below in the second."""
    ((name, values),) = chart.series[:1]
    xs = list(chart.x_values)
    axes.axhline(0, color="0.5", linewidth=0.8)
    axes.plot(xs, values, label=name, color=COLOURS[0], linewidth=2)
    above = [max(v, 0.0) for v in values]
    below = [min(v, 0.0) for v in values]
    axes.fill_between(xs, above, 0, color=COLOURS[0], alpha=0.3, linewidth=0)
    axes.fill_between(xs, below, 0, color=COLOURS[1], alpha=0.4, linewidth=0)


def _grid(chart: Chart, values: tuple[float, ...]) -> Any:
    """A series over the plane as rows (one per y value) of values (one per x value)."""
    import numpy

    return numpy.array(values, dtype=float).reshape(len(chart.y_values), len(chart.x_values))


#: The most panels side by side in a row of a ``"pairs"`` chart (more go on further rows).
PANELS_PER_ROW = 4


def _panels(figure: Figure, chart: Chart) -> Figure:
    """Each pair of curves in a panel of its own (first solid, second dashed, the same colours in every panel),
    on one scale, titled along x by its category; one legend beside them, the chart's title above all."""
    count = len(chart.series) // 2
    rows, columns = math.ceil(count / PANELS_PER_ROW), min(count, PANELS_PER_ROW)
    grid = figure.subplots(rows, columns, sharex=True, sharey=True, squeeze=False)
    for index, axes in enumerate(grid.flat):
        if index >= count:
            axes.set_visible(False)
            continue
        for side, (name, values) in enumerate(chart.series[2 * index : 2 * index + 2]):
            style = "-" if side == 0 else "--"
            axes.plot(chart.x_values, values, style, label=name, color=COLOURS[side], linewidth=2)
        axes.set_xlabel(chart.categories[index] if index < len(chart.categories) else chart.x_label)
        if index % columns == 0:
            axes.set_ylabel(chart.y_label)
    grid.flat[0].set_ylim(bottom=0)
    handles, labels = grid.flat[0].get_legend_handles_labels()
    figure.legend(handles, labels, frameon=False, loc="outside right upper")  # beside the panels, over no curve
    if chart.size != "slide":  # on a slide the frame title says it
        figure.suptitle(chart.title)
    return figure


def _contours(axes: Any, chart: Chart) -> None:
    """Each density as contour lines in its colour (solid, then dashed), at its :attr:`Chart.levels` (else at a
    few heights matplotlib chooses), on equal scales along x and y."""
    styles = ("solid", "dashed", "dotted")
    for index, (name, values) in enumerate(chart.series):
        colour, style = COLOURS[index % len(COLOURS)], styles[index % len(styles)]
        levels = chart.levels[index] if index < len(chart.levels) else 6
        axes.contour(chart.x_values, chart.y_values, _grid(chart, values), levels, colors=colour, linestyles=style)
        axes.plot([], [], color=colour, linestyle=style, label=name)  # contour sets have no legend entry of their own
    axes.set_aspect("equal", adjustable="datalim")


def _heatmap(figure: Figure, axes: Any, chart: Chart) -> None:
    """One series as colours: above 0 in the first colour, below in the second, 0 white, with a colour bar."""
    from matplotlib.colors import LinearSegmentedColormap, TwoSlopeNorm

    ((name, values),) = chart.series[:1]
    grid = _grid(chart, values)
    low, high = float(grid.min()), float(grid.max())
    norm = TwoSlopeNorm(0.0, min(low, -1e-12), max(high, 1e-12))
    colours = LinearSegmentedColormap.from_list("signed", [COLOURS[1], "#FFFFFF", COLOURS[0]])
    mesh = axes.pcolormesh(chart.x_values, chart.y_values, grid, cmap=colours, norm=norm, shading="auto")
    figure.colorbar(mesh, ax=axes, label=name)
    axes.set_aspect("equal", adjustable="datalim")


def _fit(axes: Any, chart: Chart) -> None:
    """The first series as bars (the data), every other one as a line over them (a fitted model)."""
    positions = list(range(len(chart.categories)))
    (name, values), *fits = chart.series
    axes.bar(positions, values, 0.8, label=name, color="#BBBBBB")
    styles = ("-", "--", ":")
    for index, (fit_name, fit_values) in enumerate(fits):
        axes.plot(
            positions,
            fit_values,
            styles[index % len(styles)],
            label=fit_name,
            color=COLOURS[index % len(COLOURS)],
            linewidth=2.5,
        )


def _number(value: float) -> str:
    """A value label: three significant digits."""
    return f"{value:.3g}"
