"""Slow parts in worker processes: charts drawn and answers worked out in parallel.

Results are taken in submission order, so the output does not depend on
which worker finished first. On one core (or ``--jobs 1``) everything runs
in this process.

>>> worker_count(1000, 3) <= 3
True
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

from kldocs.models.blocks import Chart
from kldocs.models.document import Document
from kldocs.render.build import ChartSource
from kldocs.render.charts import ChartFormat, render_chart
from kldocs.render.environment import Engine
from kldocs.render.waiting import awaited, in_order

#: Called as ``progress(stage, done, total)`` while working.
Progress = Callable[[str, int, int], None]
#: The chart file each page format needs (a PDF made by Typst needs charts in its own type).
CHART_FORMATS: dict[str, ChartFormat] = {
    "md": "png",
    "ipynb": "png",
    "html": "svg",
    "tex": "pdf",
    "beamer": "pdf",
    "pdf": "pdf",
}


def chart_formats(page_formats: Iterable[str], engine: Engine) -> tuple[ChartFormat, ...]:
    """The chart files that the page formats need, each once.

    >>> chart_formats(["md", "tex", "pdf"], "typst")
    ('png', 'pdf', 'typst-pdf')
    """
    typst: dict[str, ChartFormat] = {"pdf": "typst-pdf"} if engine == "typst" else {}
    return tuple(
        dict.fromkeys(typst.get(item) or CHART_FORMATS[item] for item in page_formats if item in CHART_FORMATS)
    )


def worker_count(jobs: int | None, work: int) -> int:
    """Worker processes to start: ``jobs`` (default one per core), but never more than the cores or the work."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(jobs if jobs is not None else cores, cores, work))


@contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """A process pool (None for one worker) that drops the tasks not yet started on failure or Ctrl-C."""
    if workers <= 1:
        yield None
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        yield pool
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise
    pool.shutdown()


def chart_files(chart: Chart, formats: tuple[ChartFormat, ...], language: str) -> tuple[bytes, ...]:
    """The chart drawn in each of ``formats`` (a plain function, for worker processes)."""
    return tuple(render_chart(chart, format, language) for format in formats)


def draw_charts(
    charts: Sequence[Chart],
    page_formats: Iterable[str],
    language: str,
    pool: Executor | None,
    engine: Engine,
    progress: Progress | None = None,
) -> ChartSource:
    """Every chart in every file format the page formats need, drawn now (in the pool), as a chart source."""
    formats = chart_formats(page_formats, engine)
    # In the pool every chart is submitted at once; here each is drawn in turn, so progress shows between them.
    results: Iterator[tuple[bytes, ...]] = (
        (awaited(future) for future in [pool.submit(chart_files, chart, formats, language) for chart in charts])
        if pool is not None
        else (chart_files(chart, formats, language) for chart in charts)
    )
    if progress is not None:
        progress("charts", 0, len(charts))
    drawn: dict[tuple[str, str], bytes] = {}
    for done, (chart, contents) in enumerate(zip(charts, results, strict=True), 1):
        drawn.update({(chart.name, format): content for format, content in zip(formats, contents, strict=True)})
        if progress is not None:
            progress("charts", done, len(charts))

    def draw(chart: Chart, format: ChartFormat) -> bytes:
        return drawn[(chart.name, format)]

    return draw


def draw_page_charts(
    document: Document, page_formats: Iterable[str], slides: bool, pool: Executor, engine: Engine
) -> ChartSource:
    """The charts of one page (and of its deck, with ``slides``), each in the files its formats use, drawn in the pool.

    A page chart is drawn for every format asked for; a chart of the deck
    only as PDF, for the LaTeX and Typst decks.
    """
    wanted = chart_formats(page_formats, engine)
    page = document.charts()
    deck = [chart for chart in document.charts(slides=slides) if chart not in page]
    pdfs = tuple(item for item in wanted if item in ("pdf", "typst-pdf"))
    work = [(chart, wanted) for chart in page] + [(chart, pdfs) for chart in deck if pdfs]
    pending = [(chart, formats, pool.submit(chart_files, chart, formats, document.language)) for chart, formats in work]
    drawn: dict[tuple[str, str], bytes] = {}
    for chart, formats, future in pending:
        contents = awaited(future)
        drawn.update({(chart.name, format): content for format, content in zip(formats, contents, strict=True)})

    def draw(chart: Chart, format: ChartFormat) -> bytes:
        return drawn[(chart.name, format)]

    return draw


def pool_map(
    pool: Executor | None, total: int, workers: int, progress: Progress | None = None, stage: str = "answers"
) -> Callable[..., Iterator[Any]]:
    """A ``map`` that runs in the pool when there is one, reporting progress in order as ``stage``.

    >>> shown = []
    >>> list(pool_map(None, 2, 1, lambda *report: shown.append(report), "models")(abs, [-1, -2]))
    [1, 2]
    >>> shown
    [('models', 0, 2), ('models', 1, 2), ('models', 2, 2)]
    """

    def mapper(function: Callable[..., Any], *iterables: Iterable[Any]) -> Iterator[Any]:
        if progress is not None:
            progress(stage, 0, total)
        if pool is None:
            results: Iterable[Any] = map(function, *iterables)
        else:
            results = in_order(pool, function, *iterables, chunk=max(1, total // (workers * 4)))
        for done, result in enumerate(results, 1):
            if progress is not None:
                progress(stage, done, total)
            yield result

    return mapper
