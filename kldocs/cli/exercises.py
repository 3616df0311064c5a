"""``kldocs exercises``: randomised exercise sheets with verified answer keys.

``kldocs exercises --count N --seed S [--categories K] [--kinds LIST]
[--base e|2|10] [--digits D] [--lang en|ko] [--format LIST] [--out DIR]``
draws N variants from the seed (the same seed gives the same files) and
writes, as asked by ``--format``: the sheet and the answer key (``md``,
``html``, ``tex``, ``pdf``), ``key.json`` (``json``) and ``quiz.xml``
(``moodle``), into ``--out`` (default ``build/exercises``).

On a terminal a progress display shows on stderr (not with ``--quiet``);
elsewhere the command is quiet apart from the paths it prints. ``ipynb``
writes the sheet and the key as notebooks: the key's code cells compute
every answer again.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from kldocs.cli.options import (
    PAGE_FORMATS,
    add_output_options,
    read_output,
    read_page_options,
    report,
    whole_number,
)
from kldocs.cli.progress import progress_display
from kldocs.errors import InputError

if TYPE_CHECKING:
    from kldocs.exercises.draw import ExerciseSet
    from kldocs.models.options import PageOptions
    from kldocs.render.publish import Output, Published

#: The command's default formats (kldocs.exercises.kinds.OUTPUT_FORMATS lists them all).
DEFAULT_FORMATS = "md,json"


def register(commands: Any) -> None:
    """Add the ``exercises`` subcommand."""
    from kldocs.exercises.kinds import DEFAULT_KINDS, KINDS, OUTPUT_FORMATS

    parser = commands.add_parser(
        "exercises",
        help="write randomised exercise sheets, their worked answer keys and a Moodle quiz",
        description="Draw variants from a seed (the same seed gives the same files). Each page format asked for "
        f"({', '.join(PAGE_FORMATS)}) writes both the students' sheet (sheet.md, ...) and its worked answer key "
        "(answers.md, ...); json writes key.json and moodle the quiz quiz.xml.",
    )
    group = parser.add_argument_group("variants")
    group.add_argument("--count", type=whole_number, default=10, metavar="N", help="how many variants (default 10)")
    group.add_argument(
        "--seed",
        type=whole_number,
        default=0,
        metavar="S",
        help="the seed, 0 or more (default 0); the same seed, the same files",
    )
    group.add_argument(
        "--categories",
        type=whole_number,
        default=3,
        metavar="K",
        help="categories per distribution, 2 to 6 (default 3)",
    )
    group.add_argument(
        "--kinds",
        default=",".join(DEFAULT_KINDS),
        metavar="LIST",
        help=f"question kinds, a comma list of {', '.join(KINDS)} (default: all but infinite; "
        "closer and infinite exclude each other)",
    )
    group.add_argument("--base", default="e", metavar="B", help="log base of the answers: e (default), 2 or 10")
    group.add_argument(
        "--digits",
        type=whole_number,
        default=4,
        metavar="D",
        help="significant digits of the answers, 2 to 10 (default 4)",
    )
    add_output_options(parser, OUTPUT_FORMATS, DEFAULT_FORMATS, "build/exercises")
    family = parser.add_argument_group("parametric families")
    family.add_argument(
        "--family",
        metavar="NAME",
        help="draw pairs of a family instead of finite distributions (normal, exponential, poisson, geometric, "
        "bernoulli, binomial, uniform, categorical with --categories K, mvnormal in two dimensions); "
        "kinds kl, reverse, ce, entropy (the default), and jsd",
    )
    parser.add_argument("--no-charts", action="store_true", help="leave out the bar chart of each variant")
    parser.add_argument("--jobs", type=whole_number, metavar="N", help="worker processes (default: one per core)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Draw the variants, work out the sheet and the answer key, publish every format asked for."""
    from kldocs.exercises import draw_exercises

    output = read_output(args)
    options = read_page_options(args, digits=args.digits)
    if args.jobs is not None and args.jobs < 1:
        raise InputError("--jobs", f"must be at least 1, got {args.jobs}")
    kinds = [item.strip() for item in args.kinds.split(",") if item.strip()]
    if args.family is not None:
        return report(args, _publish_family(args, output, options, kinds))
    with progress_display(sys.stderr, args.quiet) as progress:
        exercises = draw_exercises(
            args.seed,
            args.count,
            categories=args.categories,
            kinds=kinds,
            base=args.base,
            digits=args.digits,
            progress=progress,
        )
        published = _publish(exercises, output, options, charts=not args.no_charts, jobs=args.jobs, progress=progress)
    return report(args, published)


def _publish_family(args: argparse.Namespace, output: Output, options: PageOptions, kinds: list[str]) -> Published:
    """A family sheet and its answer key (pages) and its JSON key; a quiz and notebooks are for finite sheets."""
    from kldocs.exercises.family_draw import FAMILY_DEFAULT_KINDS, draw_family_exercises
    from kldocs.exercises.kinds import DEFAULT_KINDS
    from kldocs.models.family_exercises import family_answer_key, family_key_data, family_sheet
    from kldocs.render.publish import Page, publish

    for name in ("moodle", "ipynb"):
        if name in output.formats:
            raise InputError("--format", f"{name} is not written for --family; choose from md, html, tex, pdf, json")
    if args.kinds == ",".join(DEFAULT_KINDS):  # not chosen: what a family sheet asks by default
        kinds = list(FAMILY_DEFAULT_KINDS)
    exercises = draw_family_exercises(
        args.family, args.seed, args.count, kinds, args.base, args.digits, categories=args.categories
    )
    extra: dict[str, bytes] = {}
    if "json" in output.formats:
        key = json.dumps(family_key_data(exercises, options.language), ensure_ascii=False, indent=2) + "\n"
        extra["key.json"] = key.encode()
    pages = []
    if set(output.formats) & set(PAGE_FORMATS):
        pages = [
            Page(family_sheet(exercises, options), "sheet"),
            Page(family_answer_key(exercises, options), "answers"),
        ]
    return publish(pages, output, extra=extra)


def _publish(
    exercises: ExerciseSet, output: Output, options: PageOptions, *, charts: bool, jobs: int | None, progress: Any
) -> Published:
    """The sheet and the answer key (answers and charts worked out in parallel), the JSON key and the quiz."""
    from kldocs.models.exercises import answer_key, exercise_sheet, key_data
    from kldocs.render.moodle import quiz_xml
    from kldocs.render.pool import draw_charts, pool_map, worker_count, worker_pool
    from kldocs.render.publish import Page, publish

    extra: dict[str, bytes] = {}
    if "json" in output.formats:
        key = json.dumps(key_data(exercises, options.language), ensure_ascii=False, indent=2) + "\n"
        extra["key.json"] = key.encode()
    if "moodle" in output.formats:
        extra["quiz.xml"] = quiz_xml(exercises, options.language, output.settings)
    if not set(output.formats) & set(PAGE_FORMATS):
        return publish([], output, extra=extra)
    workers = worker_count(jobs, len(exercises.variants))
    with worker_pool(workers) as pool:
        sheet = exercise_sheet(exercises, options, charts=charts)
        draw = draw_charts(sheet.charts(), output.formats, options.language, pool, output.settings.engine, progress)
        answers = answer_key(exercises, options, mapper=pool_map(pool, len(exercises.variants), workers, progress))
    pages = [Page(sheet, "sheet"), Page(answers, "answers")]
    return publish(pages, output, extra=extra, draw=draw, threads=min(workers, 2), progress=progress)
