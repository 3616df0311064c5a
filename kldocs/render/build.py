"""Render one page model in every format asked for, in memory.

:func:`render_files` gives every file of a page by name (the page in each
format, its charts, its PDFs); :func:`kldocs.render.publish.publish` calls
it for every page and writes the lot.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial

from markupsafe import Markup

from kldocs.models.blocks import Chart
from kldocs.models.document import Document
from kldocs.render.charts import ChartFormat, render_chart
from kldocs.render.environment import Format, Settings
from kldocs.render.notebook import render_notebook
from kldocs.render.pages import render_page
from kldocs.render.pdf import compile_pdf
from kldocs.render.typst_pdf import compile_typst

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


#: Draws one chart in one file format; the default is :func:`kldocs.render.charts.render_chart`.
ChartSource = Callable[[Chart, ChartFormat], bytes]


def render_files(
    document: Document,
    formats: Iterable[str],
    settings: Settings | None = None,
    *,
    stem: str | None = None,
    slides: bool = False,
    draw: ChartSource | None = None,
) -> dict[str, bytes]:
    """Every file of the document in each format, by file name, in memory.

    Markdown gets PNG charts beside it, a notebook (``ipynb``) has them attached
    to its cells, HTML has its SVG charts inline, LaTeX gets PDF charts beside
    it, and ``pdf`` compiles the page with the engine of ``settings``: Typst
    from the Typst templates (with charts in the Typst pages' type), or
    LuaLaTeX from the LaTeX source. With
    ``slides``, the page also has a deck (``beamer`` writes its Beamer source,
    ``<stem>-slides.tex``, and a printable one without overlays,
    ``<stem>-slides-print.tex``; ``pdf`` compiles both, ``<stem>-slides.pdf``
    and ``<stem>-slides-print.pdf``).

    Parameters
    ----------
    stem
        The start of every file name; default the document's kind.
    draw
        Where chart files come from, e.g. charts drawn beforehand in
        parallel; default: drawn here.
    """
    settings = settings or Settings()
    wanted = list(dict.fromkeys(formats))
    stem = stem or document.kind
    charts = document.charts()
    if draw is None:
        draw = partial(_draw_here, language=document.language)
    files: dict[str, bytes] = {}
    if "md" in wanted:
        names = {chart.name: f"{stem}-{chart.name}.png" for chart in charts}
        for chart in charts:
            files[names[chart.name]] = draw(chart, "png")
        files[f"{stem}.md"] = render_page(document, "md", settings, names).encode()
    if "ipynb" in wanted:
        files[f"{stem}.ipynb"] = render_notebook(document, settings, {c.name: draw(c, "png") for c in charts}).encode()
    if "html" in wanted:
        svgs = {chart.name: Markup(inline_svg(draw(chart, "svg"))) for chart in charts}
        files[f"{stem}.html"] = render_page(document, "html", settings, svgs).encode()
    if {"tex", "beamer", "pdf"} & set(wanted):
        tex_charts = document.charts(slides=slides)
        names = {chart.name: f"{stem}-{chart.name}.pdf" for chart in tex_charts}
        latex = {"tex", "beamer"} & set(wanted) or settings.engine == "lualatex"
        chart_files = {names[chart.name]: draw(chart, "pdf") for chart in tex_charts} if latex else {}
        sources = _sources(document, "tex", "beamer", settings, names, stem, slides) if latex else {}
        for name, (kind, source) in sources.items():
            if kind in wanted:
                files[f"{name}.tex"] = source.encode()
                files.update(chart_files)
        if "pdf" in wanted and settings.engine == "typst":
            typst_charts = {names[chart.name]: draw(chart, "typst-pdf") for chart in tex_charts}
            for name, (_, source) in _sources(document, "typst", "typst-slides", settings, names, stem, slides).items():
                files[f"{name}.pdf"] = compile_typst(source, typst_charts)
        elif "pdf" in wanted:
            for name, (_, source) in sources.items():
                files[f"{name}.pdf"] = compile_pdf(source, chart_files)
    return files


def _sources(
    document: Document, page: Format, deck: Format, settings: Settings, charts: dict[str, str], stem: str, slides: bool
) -> dict[str, tuple[Format, str]]:
    """The page in one family (LaTeX, Typst), and with ``slides`` its deck and printable deck, by file stem."""
    sources = {stem: (page, render_page(document, page, settings, charts))}
    if slides:
        sources[f"{stem}-slides"] = (deck, render_page(document, deck, settings, charts))
        sources[f"{stem}-slides-print"] = (deck, render_page(document, deck, settings, charts, printable=True))
    return sources


def _draw_here(chart: Chart, format: ChartFormat, *, language: str) -> bytes:
    return render_chart(chart, format, language)


def inline_svg(svg: bytes) -> str:
    """SVG bytes as an element to place in HTML: no XML prolog, no comments.

    matplotlib repeats every text of the chart in a comment (escaped, so
    ``--`` cannot close it early); the comments add nothing to the page.
    """
    text = svg.decode()
    return _COMMENT.sub("", text[text.index("<svg") :])
