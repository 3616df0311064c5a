"""``kldocs check FILE``: check the numbers and definitions a document claims.

Prints one verdict per claim (holds, false, or unchecked and why) with the
correct value; ``--json`` prints the report as one JSON object and
``--format md`` also writes it as a Markdown page into ``--out``. The exit
code is 1 when a claim is false, 0 otherwise.

>>> import tempfile, pathlib
>>> from kldocs.cli import main
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "slide.md").write_text("$P = (0.5, 0.5)$, $H(P) = 1$ bit.")
>>> main(["check", str(folder / "slide.md"), "--json"])  # doctest: +ELLIPSIS
{"file": ..., "false": 0, "claims": [...
0
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kldocs.cli.options import read_out
from kldocs.errors import InputError
from kldocs.exact import Base

FORMATS = ("md",)


def register(commands: Any) -> None:
    """Add the ``check`` subcommand."""
    parser = commands.add_parser(
        "check",
        help="check the numeric claims and definitions in a Markdown, LaTeX, Typst, text, notebook or Python file",
    )
    parser.add_argument("file", metavar="FILE", help="a .md, .tex, .typ, .txt, .ipynb or .py document")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the readable report")
    parser.add_argument("--format", metavar="md", help="also write the report as Markdown into --out")
    parser.add_argument("--out", default="build/check", metavar="DIR", help="output folder (default build/check)")
    parser.add_argument(
        "--base", metavar="e|2|10", help="read claims that give no unit or log base in this base (default: as stated)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check the file and print the report; 1 when a claim is false, else 0."""
    from kldocs.checker import check_file
    from kldocs.checker.report import as_json, terminal, uses_colour

    formats = _formats(args.format)
    base = Base.parse(args.base, "--base") if args.base is not None else None
    out = read_out(args) if "md" in formats else None
    with _few_collections():
        report = check_file(args.file, base)
        shown = json.dumps(as_json(report), ensure_ascii=False) if args.json else None
    written = None
    if out is not None:  # the page's templates (Jinja) are loaded only for a page
        from kldocs.render.check_report import write_report

        written = write_report(report, out)
    if shown is not None:
        print(shown)
        if written is not None:
            print(f"kldocs: wrote {written}", file=sys.stderr)
    else:
        print(terminal(report, colour=uses_colour(sys.stdout)))
        if written is not None:
            print(f"\nwrote {written}")
    return 1 if report.false_count else 0


@contextmanager
def _few_collections() -> Iterator[None]:
    """Collect cyclic garbage less often while a document is checked, as most of what is read lives until the report.

    The checker makes hundreds of thousands of small objects that live until its report: Python's collector,
    run every 700 of them, took a tenth of the time of a 10 MB notebook. Every 10,000 it takes a third of that;
    rarer still (every 50,000) let the garbage of deep recursion pile up, and LaTeX nested 100 deep took longer.
    What start-up made (modules, patterns) is set aside, so that no collection walks it again.

    >>> before = gc.get_threshold()
    >>> with _few_collections():
    ...     gc.get_threshold()[0] > before[0]
    True
    >>> gc.get_threshold() == before
    True
    """
    thresholds = gc.get_threshold()
    ours = gc.get_freeze_count() == 0  # a caller's own frozen objects are left as they are
    if ours:
        gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if ours:
            gc.unfreeze()


def _formats(text: str | None) -> list[str]:
    if text is None:
        return []
    wanted = [item.strip() for item in text.split(",") if item.strip()]
    if not wanted:
        raise InputError("--format", "no format given")
    for item in wanted:
        if item not in FORMATS:
            raise InputError("--format", f"{item!r} is not one of {', '.join(FORMATS)}")
    return wanted
