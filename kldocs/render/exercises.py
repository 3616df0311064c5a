"""Write an exercise sheet in every format asked for, the slow parts in parallel.

This is the presentation step of ``kldocs exercises`` (it imports the
models and the renderers; the rest of :mod:`kldocs.exercises` does not).
It writes, into one folder and all at once (see
:func:`kldocs.render.build.write_all`: nothing is half-written):

``sheet.md|html|tex|pdf``      the student sheet (charts beside the Markdown and LaTeX);
``answers.md|html|tex|pdf``    the answer key with worked, checked steps;
``key.json``                   the JSON key for grading scripts;
``quiz.xml``                   the Moodle quiz.

The two costly parts, the worked answers (SymPy-checked derivations) and
the charts (matplotlib), run in a process pool over the available cores;
results are taken in submission order, so the output does not depend on
which worker finished first. The two documents (and their PDFs) are
rendered side by side.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from kldocs.errors import InputError
from kldocs.exercises.draw import ExerciseSet, Progress
from kldocs.exercises.kinds import OUTPUT_FORMATS
from kldocs.models.blocks import Chart
from kldocs.models.document import Document
from kldocs.models.exercises import answer_key, exercise_sheet, key_data
from kldocs.render.build import render_files, write_all
from kldocs.render.charts import ChartFormat, render_chart
from kldocs.render.environment import Settings
from kldocs.render.moodle import quiz_xml

#: The formats that are pages (sheet and answer key).
PAGE_FORMATS = ("md", "html", "tex", "pdf")
#: The chart file each page format needs.
CHART_FORMATS: dict[str, ChartFormat] = {"md": "png", "html": "svg", "tex": "pdf", "pdf": "pdf"}


def publish(
    exercises: ExerciseSet,
    formats: Iterable[str],
    out: Path,
    *,
    language: str = "en",
    title: str | None = None,
    author: str = "",
    charts: bool = True,
    settings: Settings | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the sheet, the answer key, the JSON key and the quiz as asked; return the paths written.

    Parameters
    ----------
    exercises
        The drawn variants.
    formats
        Any of ``md``, ``html``, ``tex``, ``pdf`` (sheet and answer key),
        ``json`` (``key.json``) and ``moodle`` (``quiz.xml``).
    out
        The output folder; files are staged beside it and moved in together.
    language
        ``"en"`` or ``"ko"``.
    title, author
        The header of the sheet and the key (user text).
    charts
        Draw a bar chart of each variant's distributions on the sheet.
    settings
        Rendering settings (a folder of the user's own templates).
    jobs
        Worker processes for answers and charts; default one per core, 1
        to work in this process only; never more than the cores or the
        variants (see :func:`worker_count`).
    progress
        Called as ``progress(stage, done, total)`` while working.

    Raises
    ------
    InputError
        For an unknown format, or when LuaLaTeX fails.
    """
    wanted = list(dict.fromkeys(formats))
    for item in wanted:
        if item not in OUTPUT_FORMATS:
            raise InputError("--format", f"{item!r} is not one of {', '.join(OUTPUT_FORMATS)}")
    settings = settings or Settings()
    workers = worker_count(jobs, len(exercises.variants))
    report = progress or _quiet
    files: dict[str, bytes] = {}
    pages = [item for item in wanted if item in PAGE_FORMATS]
    if pages:
        chart_formats = tuple(dict.fromkeys(CHART_FORMATS[item] for item in pages))
        parallel = workers > 1 and len(exercises.variants) > 1
        with _pool(workers) if parallel else nullcontext() as pool:
            sheet = exercise_sheet(exercises, language=language, title=title, author=author, charts=charts)
            pending = _draw_charts(sheet.charts(), chart_formats, language, pool)
            mapper = _mapper(pool, len(exercises.variants), workers, report)
            key = answer_key(exercises, language=language, title=title, author=author, mapper=mapper)
            drawn = _collect(pending, report)
        files.update(_pages((sheet, key), pages, drawn, settings, workers > 1, report))
    if "json" in wanted:
        files["key.json"] = (json.dumps(key_data(exercises, language), ensure_ascii=False, indent=2) + "\n").encode()
    if "moodle" in wanted:
        files["quiz.xml"] = quiz_xml(exercises, language)
    return write_all(out, files)


def worker_count(jobs: int | None, work: int) -> int:
    """Worker processes to start: ``jobs`` (default one per core), but never more than the cores or the work.

    >>> worker_count(1000, 3) <= 3
    True
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(jobs if jobs is not None else cores, cores, work))


def chart_files(chart: Chart, formats: tuple[ChartFormat, ...], language: str) -> tuple[bytes, ...]:
    """The chart drawn in each of ``formats`` (a plain function, for worker processes)."""
    return tuple(render_chart(chart, format, language) for format in formats)


# --- charts and answers in the pool -----------------------------------------------------------------


@contextmanager
def _pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A process pool that drops the tasks not yet started when the work fails or is interrupted (Ctrl-C)."""
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        yield pool
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise
    pool.shutdown()


Drawn = dict[tuple[str, str], bytes]


def _draw_charts(
    charts: tuple[Chart, ...], formats: tuple[ChartFormat, ...], language: str, pool: Executor | None
) -> list[tuple[Chart, tuple[ChartFormat, ...], Future[tuple[bytes, ...]] | tuple[bytes, ...]]]:
    """Start drawing every chart (in the pool), or draw them here when there is no pool."""
    if pool is None:
        return [(chart, formats, chart_files(chart, formats, language)) for chart in charts]
    return [(chart, formats, pool.submit(chart_files, chart, formats, language)) for chart in charts]


def _collect(
    pending: list[tuple[Chart, tuple[ChartFormat, ...], Future[tuple[bytes, ...]] | tuple[bytes, ...]]],
    report: Progress,
) -> Drawn:
    """Every chart's bytes by (chart name, format), in the order the charts were submitted."""
    drawn: Drawn = {}
    for done, (chart, formats, result) in enumerate(pending, 1):
        contents = result.result() if isinstance(result, Future) else result
        for format, content in zip(formats, contents, strict=True):
            drawn[(chart.name, format)] = content
        report("charts", done, len(pending))
    return drawn


def _mapper(pool: Executor | None, total: int, workers: int, report: Progress) -> Callable[..., Iterator[Any]]:
    """A ``map`` for :func:`answer_key`: in the pool when there is one, reporting progress in order."""

    def mapper(function: Callable[..., Any], *iterables: Iterable[Any]) -> Iterator[Any]:
        if pool is None:
            results: Iterable[Any] = map(function, *iterables)
        else:
            results = pool.map(function, *iterables, chunksize=max(1, total // (workers * 4)))
        for done, result in enumerate(results, 1):
            report("answers", done, total)
            yield result

    return mapper


# --- pages --------------------------------------------------------------------------------------------


def _pages(
    documents: tuple[Document, Document],
    formats: list[str],
    drawn: Drawn,
    settings: Settings,
    parallel: bool,
    report: Progress,
) -> dict[str, bytes]:
    """Both documents in each page format, with the charts drawn beforehand; side by side when there are cores."""
    stems = {"exercises": "sheet", "answers": "answers"}

    def draw(chart: Chart, format: ChartFormat) -> bytes:
        return drawn[(chart.name, format)]

    def render(document: Document) -> dict[str, bytes]:
        return render_files(document, formats, settings, stem=stems[document.kind], draw=draw)

    files: dict[str, bytes] = {}
    with ThreadPoolExecutor(max_workers=len(documents) if parallel else 1) as threads:
        for done, rendered in enumerate(threads.map(render, documents), 1):
            files.update(rendered)
            report("pages", done, len(documents))
    return files


def _quiet(stage: str, done: int, total: int) -> None:
    """The progress callback that says nothing."""
