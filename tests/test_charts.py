"""Charts: category labels that never overlap, measured with matplotlib's renderer."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs.models.blocks import Chart
from kldocs.render.charts import drawing

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
