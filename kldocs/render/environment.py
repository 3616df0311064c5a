"""One Jinja2 environment per format family, configured in one place.

HTML and Markdown use Jinja's usual delimiters; LaTeX (article and Beamer)
uses ``\\VAR{...}`` and ``\\BLOCK{...}`` so that TeX's braces stay TeX's.
Every environment escapes all output for its format unless a filter has
marked it as already safe (see :mod:`kldocs.render.filters`). Autoescaping
is on everywhere, so that macro output counts as safe; for LaTeX and
Markdown the ``finalize`` hook escapes first, for that format, and marks
the result safe, so HTML escaping never touches it.

>>> env = environment("tex", Settings())
>>> env.from_string(r"\\VAR{label}").render(label="50% & $x$")
'50\\\\% \\\\& \\\\$x\\\\$'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import jinja2

from kldocs.render import filters

Format = Literal["md", "html", "tex", "beamer"]

#: The folder of the templates that ship with kldocs.
PACKAGED_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
#: In a source checkout the templates sit beside the package.
SOURCE_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"


@dataclass(frozen=True)
class Settings:
    """Rendering settings.

    Attributes
    ----------
    templates
        A folder of the user's own templates, searched before the packaged
        ones, so one template can be restyled by copying it there.
    """

    templates: Path | None = None


def template_folders(settings: Settings) -> list[Path]:
    """Where templates are looked up, the user's folder first."""
    folders = [settings.templates] if settings.templates is not None else []
    packaged = PACKAGED_TEMPLATES if PACKAGED_TEMPLATES.is_dir() else SOURCE_TEMPLATES
    return [*folders, packaged]


def environment(format: Format, settings: Settings) -> jinja2.Environment:
    """The Jinja2 environment for one output format."""
    loader = jinja2.FileSystemLoader([str(folder) for folder in template_folders(settings)])
    common = {"loader": loader, "trim_blocks": True, "lstrip_blocks": True, "undefined": jinja2.StrictUndefined}
    if format in ("tex", "beamer"):
        env = jinja2.Environment(
            block_start_string=r"\BLOCK{",
            block_end_string="}",
            variable_start_string=r"\VAR{",
            variable_end_string="}",
            comment_start_string=r"\#{",
            comment_end_string="}",
            line_comment_prefix="%#",
            autoescape=True,
            finalize=filters.finalizer(filters.escape_tex),
            **common,  # type: ignore[arg-type]
        )
        env.filters["math"] = filters.tex_inline
    elif format == "md":
        env = jinja2.Environment(
            autoescape=True,
            finalize=filters.finalizer(filters.escape_markdown),
            **common,  # type: ignore[arg-type]
        )
        env.filters["math"] = filters.markdown_inline
    else:
        env = jinja2.Environment(autoescape=True, **common)  # type: ignore[arg-type]
        env.filters["math"] = filters.mathml
        env.filters["display_math"] = filters.display_mathml
    env.filters["raw_math"] = filters.raw_math
    return env
