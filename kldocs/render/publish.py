"""The one place that publishes: every page in every format, then one write.

Each command builds its page models (a worked example, the handout in each
language, an exercise sheet and its answer key) and hands them to
:func:`publish` with the formats and the folder. Here every page is
rendered in memory (:func:`~kldocs.render.build.render_files`), a PDF that
a missing tool cannot build is reported and left out without costing the
other files, and everything is written by
:func:`~kldocs.render.output.write_all`: all of it, or nothing.

>>> from kldocs.inputs import parse_distribution
>>> from kldocs.models.example import worked_example
>>> import tempfile
>>> page = Page(worked_example(parse_distribution("0.5 0.5"), parse_distribution("0.25 0.75", name="Q")), "example")
>>> result = publish([page], Output(("md",), Path(tempfile.mkdtemp())))
>>> sorted(path.name for path in result.paths)[-1]
'example.md'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kldocs.models.document import Document
from kldocs.render.build import ChartSource, render_files
from kldocs.render.environment import Settings
from kldocs.render.output import check_names, write_all
from kldocs.render.pdf import MissingToolError
from kldocs.render.waiting import in_order

#: Called as ``progress(stage, done, total)`` while working.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Page:
    """One document to write.

    Attributes
    ----------
    document
        The page model.
    stem
        The start of its file names (``handout`` gives ``handout.md``, ``handout.pdf``...).
    folder
        A folder inside the output folder (``"en"``), or ``""``.
    slides
        Also write its slide deck (the handout).
    """

    document: Document
    stem: str
    folder: str = ""
    slides: bool = False


@dataclass(frozen=True)
class Output:
    """Where and how pages are written.

    Attributes
    ----------
    formats
        Page formats: ``md``, ``html``, ``tex``, ``beamer``, ``pdf``.
    out
        The output folder.
    settings
        Rendering settings (a folder of the user's own templates).
    """

    formats: tuple[str, ...]
    out: Path
    settings: Settings = field(default_factory=Settings)


@dataclass(frozen=True)
class Published:
    """What was written, and each PDF a missing tool kept from being built (why, in one line)."""

    paths: list[Path]
    missing: list[str] = field(default_factory=list)


def publish(
    pages: Sequence[Page],
    output: Output,
    *,
    extra: Mapping[str, bytes] | None = None,
    draw: ChartSource | None = None,
    threads: int = 1,
    progress: Progress | None = None,
) -> Published:
    """Render every page in every format, then write them all (and ``extra`` files) into ``output.out``.

    Parameters
    ----------
    pages
        The documents, with their file names.
    output
        Formats, folder and settings.
    extra
        Other files to write with the pages, by name (a JSON key, a quiz).
    draw
        Where chart files come from (charts drawn beforehand, in parallel);
        default: drawn while rendering.
    threads
        Pages rendered side by side (their PDFs compile at the same time);
        with more than one, and no ``draw``, the charts are drawn
        beforehand by as many worker processes (at most one per core).
    progress
        Told when the work starts, and about each page done.

    Raises
    ------
    InputError
        A bad template, or a LaTeX error other than a missing tool (a
        missing tool leaves that PDF out, says so in ``missing``, and
        costs no other file).
    """
    check_names(output.out, [name for page in pages for name in _page_names(page, output.formats)])
    missing: list[str] = []
    sources = (
        _drawn_in_processes(pages, output, threads, progress) if draw is None and threads > 1 else [draw] * len(pages)
    )

    def render(page: Page, source: ChartSource | None) -> dict[str, bytes]:
        try:
            rendered = render_files(
                page.document, output.formats, output.settings, stem=page.stem, slides=page.slides, draw=source
            )
        except MissingToolError as error:
            if "pdf" not in output.formats:
                raise
            missing.append(f"{_where(page)}: {error.problem}")
            without_pdf = tuple(item for item in output.formats if item != "pdf")
            rendered = render_files(
                page.document, without_pdf, output.settings, stem=page.stem, slides=page.slides, draw=source
            )
        prefix = f"{page.folder}/" if page.folder else ""
        return {prefix + name: content for name, content in rendered.items()}

    files: dict[str, bytes] = {}
    if progress is not None:
        progress("pages", 0, len(pages))
    pool = ThreadPoolExecutor(max_workers=max(1, min(threads, len(pages))))
    results = in_order(pool, render, pages, sources)
    try:
        for done, rendered in enumerate(results, 1):
            files.update(rendered)
            if progress is not None:
                progress("pages", done, len(pages))
    except BaseException:  # stopped or failed: pages rendering get a grace period to unwind, not more
        results.close()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    files.update(extra or {})
    return Published(write_all(output.out, files) if files else [], missing)


def _drawn_in_processes(
    pages: Sequence[Page], output: Output, threads: int, progress: Progress | None
) -> list[ChartSource | None]:
    """Each page's charts drawn beforehand by worker processes (matplotlib holds the GIL); None: drawn later."""
    from kldocs.render.pool import draw_page_charts, worker_count, worker_pool

    charts = sum(len(page.document.charts(slides=page.slides)) for page in pages)
    draws: list[ChartSource | None] = []
    with worker_pool(worker_count(threads, charts)) as pool:
        if pool is None:
            return [None] * len(pages)
        if progress is not None:
            progress("charts", 0, len(pages))
        for done, page in enumerate(pages, 1):
            draws.append(draw_page_charts(page.document, output.formats, page.slides, pool, output.settings.engine))
            if progress is not None:
                progress("charts", done, len(pages))
    return draws


#: The file each page format writes (charts and slide decks aside), by format.
_SUFFIXES = {"md": ".md", "ipynb": ".ipynb", "html": ".html", "tex": ".tex", "pdf": ".pdf"}


def _page_names(page: Page, formats: Sequence[str]) -> list[str]:
    """The names of a page's own files, known before it is rendered: ``en/handout.md``, ``en/handout.pdf``..."""
    prefix = f"{page.folder}/" if page.folder else ""
    return [prefix + page.stem + _SUFFIXES[format] for format in formats if format in _SUFFIXES]


def _where(page: Page) -> str:
    """How a message names a page: ``handout (en)``."""
    return f"{page.stem} ({page.folder})" if page.folder else page.stem
