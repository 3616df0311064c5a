"""``kldocs handout``: the lecture handout and its Beamer deck.

Writes, for each language, into ``--out/<lang>/``: ``handout.md`` (PNG
charts beside it), ``handout.html``, ``handout.tex``, ``handout-slides.tex``
and ``handout-slides-print.tex`` (PDF charts beside them), with ``pdf``
their compiled PDFs, and with ``ipynb`` the notebook ``handout.ipynb``. On a
terminal a progress display shows on stderr. Without ``--p/--q/--q2`` the handout uses its default
pairs; your own data needs all three, since the handout compares two
models Q and Q2 of one reference P.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from typing import Any

from kldocs.cli.options import (
    MAX_PAGE_DIGITS,
    add_digits_option,
    add_distribution_options,
    add_output_options,
    plain_line,
    print_notes,
    read_digits,
    read_languages,
    read_model,
    read_one,
    read_output,
    read_page_options,
    report,
)
from kldocs.cli.progress import progress_display
from kldocs.errors import InputError

FORMATS = ("md", "html", "tex", "beamer", "pdf", "ipynb")
DEFAULT_FORMATS = "md,html,tex,beamer,pdf"


def register(commands: Any) -> None:
    """Add the ``handout`` subcommand."""
    parser = commands.add_parser("handout", help="write the lecture handout and slides (English and Korean)")
    add_distribution_options(parser, second_model=True)
    add_output_options(parser, FORMATS, DEFAULT_FORMATS, "build/handout", language="en,ko")
    add_digits_option(parser, 3)
    parser.add_argument("--date", type=plain_line("--date"), help="the date on the title slide (default: today)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build the handout in every language asked for and publish it; print the files written."""
    from kldocs.models.handout import DEFAULT_P, DEFAULT_Q, DEFAULT_Q2, handout
    from kldocs.render.pool import pool_map, worker_count, worker_pool
    from kldocs.render.publish import Page, publish

    output, languages, digits = read_output(args), read_languages(args), read_digits(args, MAX_PAGE_DIGITS)
    given = [which for which in ("p", "q", "q2") if _given(args, which)]
    if given and len(given) < 3:
        missing = ", ".join(f"--{which}" for which in ("p", "q", "q2") if which not in given)
        raise InputError(
            missing,
            "the handout compares two models Q and Q2 of one reference P, so your own data needs all three",
        )
    notes: list[str] = []
    P = read_one(args, "p", None if given else DEFAULT_P, notes)
    Q = read_model(args, "q", P, None if given else DEFAULT_Q, notes)
    Q2 = read_model(args, "q2", P, None if given else DEFAULT_Q2, notes)
    print_notes(notes)
    options = [read_page_options(args, language, digits) for language in languages]
    with progress_display(sys.stderr, args.quiet) as progress:
        with worker_pool(worker_count(None, len(options))) as pool:  # each language's derivations checked on a core
            build = pool_map(pool, len(options), len(options), progress, stage="models")
            documents = list(build(partial(handout, P, Q, Q2), options))
        pages = [
            Page(document, "handout", language, slides=True)
            for document, language in zip(documents, languages, strict=True)
        ]
        published = publish(pages, output, threads=len(pages), progress=progress)  # every language, or nothing
    return report(args, published)


def _given(args: argparse.Namespace, which: str) -> bool:
    """True when ``--<which>`` or ``--<which>-file`` was given."""
    return getattr(args, which) is not None or getattr(args, f"{which}_file") is not None
