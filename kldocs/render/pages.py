"""Render a :class:`~kldocs.models.document.Document` to the text of one format.

A page kind may have its own template (``html/example.html.j2``); otherwise
the generic ``<format>/page.<ext>.j2`` lays out its sections.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kldocs.catalog import catalog
from kldocs.models.document import Document
from kldocs.models.slides import frames
from kldocs.render.environment import Format, Settings, environment, render

EXTENSIONS: dict[Format, str] = {"md": "md", "html": "html", "tex": "tex", "beamer": "tex"}


def render_page(document: Document, format: Format, settings: Settings, charts: Mapping[str, str]) -> str:
    """The document as Markdown, HTML or LaTeX source.

    Parameters
    ----------
    document
        The page model.
    format
        ``"md"``, ``"html"``, ``"tex"`` or ``"beamer"`` (the page cut into
        slides, see :mod:`kldocs.models.slides`).
    settings
        Rendering settings (the user's template folder).
    charts
        For each chart name, what the template places: a file name (Markdown,
        LaTeX) or the inline SVG (HTML).
    """
    env = environment(format, settings)
    extension = EXTENSIONS[format]
    if format == "beamer":
        names = [f"beamer/{document.kind}.tex.j2", "beamer/deck.tex.j2"]
        context: dict[str, Any] = {"frames": frames(document)}
    else:
        names = [f"{format}/{document.kind}.{extension}.j2", f"{format}/page.{extension}.j2"]
        context = {}
    return render(env, names, doc=document, charts=charts, t=catalog(document.language), **context)
