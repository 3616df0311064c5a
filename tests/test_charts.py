"""Charts: category labels that never overlap and type readable at the printed size, measured with matplotlib."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from kldocs.exercises import draw_exercises
from kldocs.models.blocks import CHART_WIDTHS_MM, Chart
from kldocs.models.document import Document
from kldocs.models.exercises import exercise_sheet
from kldocs.render.charts import drawing
from kldocs.render.environment import Format, Settings
from kldocs.render.pages import render_page

#: Labels a new user typed: a Typst command, TeX, and a long phrase.
LONG = ('#read("/etc/hostname")', r"$x_1$ \alpha", "a very long category name")
LABEL_SETS = {
    "three long": LONG,
    "five long": (*LONG, "another fairly long name", "the fifth category of all"),
    "twelve words": tuple(f"group {i} of the survey" for i in range(12)),
    "sixty short": tuple(f"c{i}" for i in range(60)),
}


def _chart(labels: tuple[str, ...], size: str = "page", kind: str = "bars") -> Chart:
    n = len(labels)
    series: tuple[tuple[str, tuple[float, ...]], ...] = (
        ("$P$", tuple(1 / n for _ in labels)),
        ("$Q$", tuple((i + 1) / (n * (n + 1) / 2) for i in range(n))),
    )
    if kind == "signed_bars":
        series = (("terms", tuple((-1) ** i / n for i in range(n))),)
    return Chart("c", kind, labels, series, "category", "probability", "title", "alt", size=size)  # type: ignore[arg-type]


def _assert_readable_categories(chart: Chart) -> None:
    """Visible category labels do not overlap, and each is its category, wrapped or cut with an ellipsis."""
    with drawing(chart, "en") as figure:
        figure.draw_without_rendering()
        renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
        labels = [label for label in figure.axes[0].get_xticklabels() if label.get_text()]
        assert labels
        for label, category in zip(labels, chart.categories[:: -(-len(chart.categories) // len(labels))], strict=True):
            text, whole = " ".join(label.get_text().split()), " ".join(category.split())
            assert text == whole or (text.endswith("\u2026") and whole.startswith(text[:-1])), text
        rotations = {label.get_rotation() for label in labels}
        assert len(rotations) == 1
        (rotation,) = rotations
        if rotation == 0:
            boxes = [label.get_window_extent(renderer) for label in labels]
            assert all(left.x1 <= right.x0 for left, right in itertools.pairwise(boxes))
        else:
            # Parallel slanted labels: the distance between two of them, across the slant, holds a line of text.
            anchors = [figure.axes[0].transData.transform((x, 0))[0] for x in figure.axes[0].get_xticks()]
            line = max(
                renderer.get_text_width_height_descent(label.get_text(), label.get_fontproperties(), False)[1]
                for label in labels
            )
            gaps = [b - a for a, b in itertools.pairwise(anchors)]
            assert min(gaps) * math.sin(math.radians(rotation)) >= line


@pytest.mark.parametrize("size", ["page", "slide"])
@pytest.mark.parametrize("kind", ["bars", "signed_bars"])
@pytest.mark.parametrize("name", list(LABEL_SETS))
def test_category_labels_never_overlap(name: str, kind: str, size: str) -> None:
    _assert_readable_categories(_chart(LABEL_SETS[name], size, kind))


def test_long_labels_are_laid_out_differently_from_short_ones() -> None:
    with drawing(_chart(LABEL_SETS["five long"]), "en") as figure:
        long = figure.axes[0].get_xticklabels()
        assert any("\n" in label.get_text() for label in long) or long[0].get_rotation() != 0
    with drawing(_chart(("a", "b", "c")), "en") as figure:
        assert [label.get_text() for label in figure.axes[0].get_xticklabels()] == ["a", "b", "c"]


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.text(st.characters(codec="ascii", categories=("L", "N", "P", "Zs")), min_size=1, max_size=40)
        .map(str.strip)
        .filter(bool),
        min_size=2,
        max_size=12,
        unique=True,
    )
)
def test_any_labels_never_overlap(labels: list[str]) -> None:
    _assert_readable_categories(_chart(tuple(labels)))


#: Smallest type, in points on paper, of any text in a chart on a page or an exercise sheet.
MIN_PRINTED_POINTS = 8.0


def _printed_points(chart: Chart) -> float:
    """The smallest type in the drawn chart, in points, at the width the templates place it."""
    with drawing(chart, "en") as figure:
        scale = CHART_WIDTHS_MM[chart.size] / (figure.get_figwidth() * 25.4)
        texts = [text for text in figure.findobj(Text) if text.get_visible() and text.get_text().strip()]
        assert len(texts) > 10  # ticks, legend, axis titles
        return min(float(text.get_fontsize()) for text in texts) * scale


def _sheet() -> Document:
    return exercise_sheet(draw_exercises(7, 3, categories=5), charts=True)


def test_exercise_sheet_charts_are_readable_on_paper() -> None:
    charts = [block for section in _sheet().sections for block in section.blocks if isinstance(block, Chart)]
    assert len(charts) == 3
    for chart in charts:
        assert _printed_points(chart) >= MIN_PRINTED_POINTS, chart.name
        # The same chart drawn for a full page and shrunk to the sheet's width would not be (so this can fail).
        assert _printed_points(replace(chart, size="page")) * CHART_WIDTHS_MM["sheet"] / CHART_WIDTHS_MM["page"] < 8


@pytest.mark.parametrize("size", ["page", "sheet", "slide"])
def test_every_chart_size_keeps_its_type_on_paper(size: str) -> None:
    assert _printed_points(_chart(LABEL_SETS["five long"], size)) >= MIN_PRINTED_POINTS


@pytest.mark.parametrize("format", ["typst", "tex"])
def test_pages_place_each_chart_at_the_width_it_was_drawn_for(format: Format) -> None:
    source = render_page(_sheet(), format, Settings(), {f"variant-7-00{i}": f"v{i}.pdf" for i in (1, 2, 3)})
    widths = re.findall(r"v\d\.pdf.*?(\d+(?:\.\d+)?)mm|width=(\d+(?:\.\d+)?)mm\]\{v\d", source)
    assert [float(a or b) for a, b in widths] == [CHART_WIDTHS_MM["sheet"]] * 3


#: Least white space, in ems of the tick labels, between an axis title's ink and the nearest tick label's.
MIN_TITLE_GAP = 0.6
AXIS_TITLES = {"en": ("category", "probability"), "ko": ("범주", "확률")}


def _ink(image: np.ndarray, box: Bbox) -> tuple[int, int, int, int] | None:
    """The inked pixels' left, right, top and bottom (image rows) inside a display box, or None."""
    height = image.shape[0]
    left, top = math.floor(box.x0), height - math.ceil(box.y1)
    region = image[top : height - math.floor(box.y0), left : math.ceil(box.x1), :3].astype(int).sum(axis=2) < 600
    columns, rows = np.nonzero(region.any(axis=0))[0], np.nonzero(region.any(axis=1))[0]
    if not len(columns):
        return None
    return left + columns[0], left + columns[-1], top + rows[0], top + rows[-1]


@pytest.mark.parametrize("size", ["page", "sheet", "slide"])
@pytest.mark.parametrize("language", ["en", "ko"])
def test_axis_titles_keep_clear_of_the_tick_labels(language: str, size: str) -> None:
    x_title, y_title = AXIS_TITLES[language]
    chart = replace(_chart(("x1", "x2", "x3"), size), x_label=x_title, y_label=y_title)
    with drawing(chart, language) as figure:
        figure.canvas.draw()
        image = np.asarray(figure.canvas.buffer_rgba())  # type: ignore[attr-defined]
        renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
        axes = figure.axes[0]
        em = float(axes.get_yticklabels()[0].get_fontsize()) * figure.dpi / 72

        def inks(labels: list[Text]) -> list[tuple[int, int, int, int]]:
            found = [_ink(image, label.get_window_extent(renderer)) for label in labels]
            return [ink for ink in found if ink is not None]

        (y_ink,) = inks([axes.yaxis.label])
        (x_ink,) = inks([axes.xaxis.label])
        assert min(ink[0] for ink in inks(axes.get_yticklabels())) - y_ink[1] >= MIN_TITLE_GAP * em
        assert x_ink[2] - max(ink[3] for ink in inks(axes.get_xticklabels())) >= MIN_TITLE_GAP * em


@pytest.mark.parametrize(("dimension", "rows"), [(3, 1), (6, 2)])
def test_pairs_of_curves_get_one_panel_each_on_one_scale_with_one_legend(dimension: int, rows: int) -> None:
    from kldocs.families import mvnormal
    from kldocs.models.plane_charts import joint_densities
    from kldocs.models.words import Words

    P = mvnormal([0] * dimension, var=list(range(1, dimension + 1)))
    chart = joint_densities(P, mvnormal([1] * dimension, var=[1] * dimension, name="Q"), Words("en"))
    with drawing(chart, "en") as figure:
        panels = [axes for axes in figure.axes if axes.get_visible()]
        assert len(panels) == dimension and len({round(axes.get_position().y0, 3) for axes in panels}) == rows
        assert [axes.get_xlabel() for axes in panels] == [f"$x_{{{j}}}$" for j in range(1, dimension + 1)]
        assert len({axes.get_ylim() for axes in panels}) == 1  # one scale: heights compare across panels
        assert all(axes.get_legend() is None for axes in panels) and len(figure.legends) == 1
        styles = [[line.get_linestyle() for line in axes.get_lines()] for axes in panels]
        assert styles == [["-", "--"]] * dimension  # P solid, Q dashed in every panel
