"""``kldocs example``: a worked-example page set for P and Q.

Writes ``example.md`` (with PNG charts), ``example.html`` (self-contained),
``example.tex`` (with PDF charts) and ``example.pdf``, as asked by
``--format``, into ``--out`` (default ``build/example``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kldocs.cli.options import (
    MAX_PAGE_DIGITS,
    add_digits_option,
    add_distribution_options,
    add_output_options,
    read_base,
    read_digits,
    read_formats,
    read_language,
    read_pair,
    read_settings,
)


def register(commands: Any) -> None:
    """Add the ``example`` subcommand."""
    parser = commands.add_parser("example", help="write a step-by-step worked example for P and Q")
    add_distribution_options(parser)
    add_output_options(parser, ("md", "html", "tex", "pdf"), "md,html", "build/example")
    add_digits_option(parser, 3)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build the page and write it; print the files written."""
    from kldocs.models.example import worked_example
    from kldocs.render.build import build

    formats = read_formats(args)
    language = read_language(args)
    settings = read_settings(args)
    digits = read_digits(args, MAX_PAGE_DIGITS)
    P, Q = read_pair(args)
    document = worked_example(
        P, Q, base=read_base(args), language=language, title=args.title, author=args.author, digits=digits
    )
    for path in build(document, formats, Path(args.out), settings):
        print(path)
    return 0
