"""``kldocs handout``: the lecture handout and its Beamer deck.

Writes, for each language, into ``--out/<lang>/``: ``handout.md`` (PNG
charts beside it), ``handout.html``, ``handout.tex`` and
``handout-slides.tex`` (PDF charts beside them), and with ``pdf`` the two
compiled PDFs. Without ``--p/--q/--q2`` the handout uses its default pairs.
"""

from __future__ import annotations

import argparse
import sys
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
    read_languages,
    read_model,
    read_one,
    read_settings,
)

FORMATS = ("md", "html", "tex", "beamer", "pdf")
DEFAULT_FORMATS = ",".join(FORMATS)


def register(commands: Any) -> None:
    """Add the ``handout`` subcommand."""
    parser = commands.add_parser("handout", help="write the lecture handout and slides (English and Korean)")
    add_distribution_options(parser, second_model=True)
    add_output_options(parser, FORMATS, DEFAULT_FORMATS, "build/handout", language="en,ko")
    add_digits_option(parser, 3)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build the handout in every language asked for; print the files written."""
    from kldocs.models.handout import DEFAULT_P, DEFAULT_Q, DEFAULT_Q2, handout
    from kldocs.render.build import render_files, write_all
    from kldocs.render.pdf import lualatex_available

    formats = read_formats(args)
    languages = read_languages(args)
    settings = read_settings(args)
    digits = read_digits(args, MAX_PAGE_DIGITS)
    if _given(args, "p") or _given(args, "q") or _given(args, "q2"):
        # The defaults are one set of three: your own data needs all three, of one length.
        P = read_one(args, "p")
        Q, Q2 = read_model(args, "q", P), read_model(args, "q2", P)
    else:
        P = read_one(args, "p", DEFAULT_P)
        Q, Q2 = read_model(args, "q", P, DEFAULT_Q), read_model(args, "q2", P, DEFAULT_Q2)
    if "pdf" in formats and not lualatex_available() and args.format == DEFAULT_FORMATS:
        # Only the default list drops PDF quietly; asking for pdf by name fails clearly.
        formats.remove("pdf")
        print("kldocs: note: LuaLaTeX not found, so no PDF was built (Debian: texlive-luatex)", file=sys.stderr)
    files: dict[str, bytes] = {}
    for language in languages:
        document = handout(
            P, Q, Q2, language=language, base=read_base(args), title=args.title, author=args.author, digits=digits
        )
        rendered = render_files(document, formats, settings, slides=True)
        files.update({f"{language}/{name}": content for name, content in rendered.items()})
    for path in write_all(Path(args.out), files):  # every language, or nothing
        print(path)
    return 0


def _given(args: argparse.Namespace, which: str) -> bool:
    """True when ``--<which>`` or ``--<which>-file`` was given."""
    return getattr(args, which) is not None or getattr(args, f"{which}_file") is not None
