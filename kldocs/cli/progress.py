"""One progress display for every long command: a live line per stage on a terminal, nothing elsewhere.

Commands pass the ``progress(stage, done, total)`` callback that
:func:`kldocs.render.publish.publish` and :mod:`kldocs.render.pool` take.
The display is rich's: it redraws by itself ten times a second, so the
spinner and the elapsed time move while one long step runs (a PDF
compiling), it keeps to the terminal's width, and it is cleared when the
command ends, so the paths printed next start on a clean line. It stays
quiet when standard error is not a terminal, and with ``--quiet``.

>>> import io
>>> with progress_display(io.StringIO()) as progress:
...     progress is None
True
>>> list(counted(["a", "b"], "steps", lambda stage, done, total: print(stage, done, total)))
steps 0 2
steps 1 2
steps 2 2
['a', 'b']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO, TypeVar

#: Called as ``progress(stage, done, total)`` while working.
Progress = Callable[[str, int, int], None]

T = TypeVar("T")


@contextmanager
def progress_display(stream: TextIO, quiet: bool = False) -> Iterator[Progress | None]:
    """A progress callback that draws on ``stream`` while the block runs, or None when nothing should show."""
    if quiet or not stream.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeElapsedColumn(), console=Console(file=stream), transient=True) as display:
        tasks = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = display.add_task(stage, total=total)
            # Drawn at once, not at the next of the ten redraws a second: a stage that passes quickly still shows.
            display.update(tasks[stage], completed=done, total=total, refresh=True)

        yield progress


def counted(items: Sequence[T], stage: str, progress: Progress | None) -> Iterator[T]:
    """Each item in turn, counted as done on ``progress`` (if any) once the caller has finished with it."""
    for done, item in enumerate(items):
        if progress is not None:
            progress(stage, done, len(items))
        yield item
    if progress is not None:
        progress(stage, len(items), len(items))
