"""Render a :class:`~kldocs.models.document.Document` to the text of one format.

A page kind may have its own template (``html/example.html.j2``); otherwise
the generic ``<format>/page.<ext>.j2`` lays out its sections. The Beamer
and ``typst-slides`` formats render the page's slide deck
(:mod:`kldocs.models.deck`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kldocs.catalog import catalog
from kldocs.models.deck import CHART_WIDTH_MM, LEAST_SCALE
from kldocs.models.document import Document
from kldocs.render.environment import Format, Settings, environment, render

EXTENSIONS: dict[Format, str] = {
    "md": "md",
    "html": "html",
    "tex": "tex",
    "beamer": "tex",
    "typst": "typ",
    "typst-slides": "typ",
}
#: The formats that render a page's slide deck, and their templates: one for the page's kind, else the generic one.
DECKS: dict[Format, tuple[str, str]] = {
    "beamer": ("beamer/{kind}.tex.j2", "beamer/deck.tex.j2"),
    "typst-slides": ("typst/{kind}-slides.typ.j2", "typst/deck.typ.j2"),
}


def render_page(
    document: Document, format: Format, settings: Settings, charts: Mapping[str, str], *, printable: bool = False
) -> str:
    """The document as Markdown, HTML, LaTeX or Typst source.

    Parameters
    ----------
    document
        The page model.
    format
        ``"md"``, ``"html"``, ``"tex"``, ``"typst"``, or ``"beamer"`` and
        ``"typst-slides"`` (the page's slide deck, see :mod:`kldocs.models.deck`).
    settings
        Rendering settings (the user's template folder).
    charts
        For each chart name, what the template places: a file name (Markdown,
        LaTeX) or the inline SVG (HTML).
    printable
        For a deck: one page per frame, without overlays, for print.
    """
    env = environment(format, settings)
    extension = EXTENSIONS[format]
    if format in DECKS:
        if document.slides is None:
            raise ValueError(f"the {document.kind} page has no slide deck")
        names = [name.format(kind=document.kind) for name in DECKS[format]]
        context: dict[str, Any] = {
            "deck": document.slides,
            "printable": printable,
            "chart_width": CHART_WIDTH_MM,
            "least_scale": LEAST_SCALE,
        }
    else:
        names = [f"{format}/{document.kind}.{extension}.j2", f"{format}/page.{extension}.j2"]
        context = {}
    return render(env, names, doc=document, charts=charts, t=catalog(document.language), **context)
