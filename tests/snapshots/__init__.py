"""Golden snapshots of the rendered handout and deck, in every text format and both languages.

Charts are left out (placeholders name them; the notebook attaches a
placeholder's bytes): they are binary and belong to matplotlib's version.
After a deliberate change, look at the new files before you accept them. Regenerate them with::

    python -m tests.snapshots
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from kldocs.models.options import PageOptions

#: Where the snapshots live.
FOLDER = Path(__file__).resolve().parent
#: The one command that rewrites every snapshot.
COMMAND = "python -m tests.snapshots"
#: The date on the title slide of every snapshot.
DATE = "2026-01-01"
#: (file name, format, printable) for each rendering.
RENDERINGS = (
    ("handout.md", "md", False),
    ("handout.html", "html", False),
    ("handout.tex", "tex", False),
    ("handout-slides.tex", "beamer", False),
    ("handout-slides-print.tex", "beamer", True),
    ("handout.typ", "typst", False),
    ("handout-slides.typ", "typst-slides", False),
    ("handout-slides-print.typ", "typst-slides", True),
    ("handout.ipynb", "ipynb", False),
)
LANGUAGES = ("en", "ko")


def render_all() -> dict[str, str]:
    """Every snapshot's current text, by path relative to :data:`FOLDER`."""
    from kldocs.models.handout import default_distributions, handout
    from kldocs.render.environment import Settings
    from kldocs.render.notebook import render_notebook
    from kldocs.render.pages import render_page

    texts = {}
    for language in LANGUAGES:
        document = handout(*default_distributions(), PageOptions(language=language, author="A. Lecturer", date=DATE))
        charts = [chart.name for chart in document.charts(slides=True)]
        for name, format, printable in RENDERINGS:
            if format == "ipynb":
                pngs = {chart: f"chart {chart}".encode() for chart in charts}
                texts[f"{language}/{name}"] = render_notebook(document, Settings(), pngs)
                continue
            if format == "html":
                placed = {
                    chart: Markup(f'<svg class="chart-placeholder" data-name="{chart}"></svg>') for chart in charts
                }
            else:
                placed = {chart: Markup(f"handout-{chart}.{'png' if format == 'md' else 'pdf'}") for chart in charts}
            texts[f"{language}/{name}"] = render_page(document, format, Settings(), placed, printable=printable)  # type: ignore[arg-type]
    return texts


def main() -> None:
    """Rewrite every snapshot from the current code."""
    for name, text in render_all().items():
        path = FOLDER / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
