"""``kldocs example``: a worked-example page set for P and Q.

Writes ``example.md`` (with PNG charts), ``example.html`` (self-contained),
``example.tex`` (with PDF charts), ``example.pdf`` and the notebook
``example.ipynb``, as asked by ``--format``, into ``--out`` (default
``build/example``). On a terminal a progress display shows on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kldocs.cli.family import add_family_options, read_families
from kldocs.cli.options import (
    PAGE_FORMATS,
    add_digits_option,
    add_distribution_options,
    add_output_options,
    read_output,
    read_page_options,
    read_pair,
    report,
)
from kldocs.cli.progress import progress_display

if TYPE_CHECKING:
    from kldocs.models.document import Document


def register(commands: Any) -> None:
    """Add the ``example`` subcommand."""
    parser = commands.add_parser("example", help="write a step-by-step worked example for P and Q")
    add_distribution_options(parser)
    add_family_options(parser)
    add_output_options(parser, PAGE_FORMATS, "md,html", "build/example")
    add_digits_option(parser, 3)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build the page and publish it; print the files written."""
    from kldocs.models.example import worked_example
    from kldocs.render.pool import draw_charts, pool_map
    from kldocs.render.publish import Page, publish

    output, options = read_output(args), read_page_options(args)
    families = read_families(args)
    build: Callable[..., Document]  # the page of two families, or of a finite pair
    pair: tuple[Any, Any]
    if families is not None:
        from kldocs.models.family_example import family_example

        build, pair = family_example, families
    else:
        build, pair = worked_example, read_pair(args)
    with progress_display(sys.stderr, args.quiet) as progress:  # stages: the page model, its charts, the page
        [document] = pool_map(None, 1, 1, progress, stage="models")(build, [pair[0]], [pair[1]], [options])
        draw = draw_charts(document.charts(), output.formats, options.language, None, output.settings.engine, progress)
        published = publish([Page(document, "example")], output, draw=draw, progress=progress)
    return report(args, published)
