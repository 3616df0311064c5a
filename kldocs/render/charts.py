"""Draw the charts of a page with matplotlib (imported only here).

Every text in a chart that may come from the user (category labels, titles)
is drawn with math parsing off, so a label like ``$\\frac{1}{$`` prints as
typed instead of breaking the chart. Output is reproducible: no dates or
random ids are written into SVG, PDF or PNG files.

>>> from kldocs.models.blocks import Chart
>>> chart = Chart("demo", "bars", ("a", "b"), (("P", (0.5, 0.5)),), "x", "p", "P", "two bars")
>>> svg = render_chart(chart, "svg", "en")
>>> svg.startswith(b"<?xml")
True
"""

from __future__ import annotations

import io
import warnings
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from kldocs.models.blocks import Chart

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ChartFormat = Literal["svg", "pdf", "png"]

#: Colours for the series, in order (colour-blind safe, from the Okabe-Ito set).
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9")
#: Fonts that cover Hangul, in order of preference.
KOREAN_FONTS = ("NanumGothic", "NanumBarunGothic", "Noto Sans CJK KR", "Noto Sans KR", "UnDotum")
_SIZE = (6.4, 3.4)
_METADATA = {"svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}, "png": {"Software": None}}


def render_chart(chart: Chart, format: ChartFormat, language: str) -> bytes:
    """The chart as SVG, PDF or PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context(_style(language)), warnings.catch_warnings():  # type: ignore[arg-type]
        # Without a Hangul font matplotlib warns once per missing glyph; _style already said it once.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        figure = _draw(chart)
        buffer = io.BytesIO()
        figure.savefig(buffer, format=format, metadata=_METADATA[format], dpi=160)
        plt.close(figure)
    return buffer.getvalue()


def _style(language: str) -> dict[str, Any]:
    fonts = ["DejaVu Sans"]
    korean = korean_font()
    if language == "ko":
        if korean is None:
            warnings.warn("no Korean font found (install fonts-nanum); Korean chart text may not show", stacklevel=3)
        else:
            fonts.insert(0, korean)
    elif korean is not None:
        fonts.append(korean)  # a fallback: a Hangul label on an English page still shows
    return {
        "font.family": fonts,
        "font.size": 10,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "svg.hashsalt": "kldocs",
        "axes.unicode_minus": False,
        "text.parse_math": False,  # labels are user text: "$x$" must print as typed
    }


@cache
def korean_font() -> str | None:
    """The name of an installed font with Hangul, or None."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in KOREAN_FONTS if name in installed), None)


def _draw(chart: Chart) -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=_SIZE, layout="constrained")
    axes = figure.add_subplot()
    if chart.kind == "lines":
        for index, (name, values) in enumerate(chart.series):
            axes.plot(chart.x_values, values, label=name, color=COLOURS[index % len(COLOURS)], linewidth=2)
        axes.set_ylim(bottom=0)
    else:
        _bars(axes, chart)
    axes.set_xlabel(chart.x_label)
    axes.set_ylabel(chart.y_label)
    axes.set_title(chart.title)
    if len(chart.series) > 1 or chart.kind == "stacked":
        axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return figure


def _bars(axes: object, chart: Chart) -> None:
    from matplotlib.axes import Axes

    assert isinstance(axes, Axes)
    positions = range(len(chart.categories))
    count = len(chart.series)
    if chart.kind == "stacked":
        bottoms = [0.0] * len(chart.categories)
        for index, (name, values) in enumerate(chart.series):
            axes.bar(positions, values, 0.5, bottom=bottoms, label=name, color=COLOURS[index % len(COLOURS)])
            bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    else:
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
    axes.set_xticks(list(positions), list(chart.categories), rotation=45 if len(chart.categories) > 6 else 0)
