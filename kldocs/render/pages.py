"""Render a :class:`~kldocs.models.document.Document` to the text of one format.

A page kind may have its own template (``html/example.html.j2``); otherwise
the generic ``<format>/page.<ext>.j2`` lays out its sections.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jinja2

from kldocs.catalog import catalog
from kldocs.errors import InputError
from kldocs.models.document import Document
from kldocs.models.slides import frames
from kldocs.render.environment import Format, Settings, environment

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
    template: jinja2.Template | None = None
    try:
        template = env.select_template(names)
        return template.render(doc=document, charts=charts, t=catalog(document.language), **context)
    except jinja2.TemplateSyntaxError as error:
        raise InputError("--templates", f"{error.name or names[0]}, line {error.lineno}: {error.message}") from None
    except jinja2.TemplateError as error:
        name = template.name if template is not None else names[0]
        raise InputError("--templates", f"{name} could not be rendered: {error.message}") from None
