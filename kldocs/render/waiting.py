"""Waiting for worker threads and processes so that Ctrl-C and SIGTERM still stop kldocs.

The operating system may deliver a signal sent to the process to any of its
threads: a page-rendering thread, a pool's manager thread, a thread of
NumPy's BLAS. CPython then only notes it, and runs the handler when the
main thread next runs Python code. A main thread blocked in an untimed
``future.result()`` would never get there, and a stopped kldocs would hang
with its LuaLaTeX still running. So the main thread waits in short steps.

>>> from concurrent.futures import ThreadPoolExecutor
>>> with ThreadPoolExecutor(2) as pool:
...     list(in_order(pool, pow, [2, 3, 4], [2, 2, 2], chunk=2))
[4, 9, 16]
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import Executor, Future, wait
from itertools import islice
from typing import Any, TypeVar

#: How long the main thread waits at a time before it lets pending signal handlers run.
STEP_SECONDS = 0.05
#: After a stop, how long running tasks may take to unwind (a PDF engine killed, its folder removed) before
#: kldocs leaves without them (a page whose template runs on is not waited for).
STOP_GRACE_SECONDS = 5.0

T = TypeVar("T")


def awaited(future: Future[T]) -> T:
    """The future's result (or its exception), waited for in steps of :data:`STEP_SECONDS`."""
    while True:
        try:
            return future.result(timeout=STEP_SECONDS)
        except TimeoutError:
            if future.done():  # the work itself raised TimeoutError
                raise


def in_order(
    pool: Executor, function: Callable[..., T], *iterables: Iterable[Any], chunk: int = 1
) -> Generator[T, None, None]:
    """``pool.map(function, *iterables)``, ``chunk`` calls to a task, with every wait done by :func:`awaited`.

    Tasks not yet started are cancelled when the caller stops early (or is stopped).
    """
    calls = zip(*iterables, strict=True)
    futures: list[Future[list[T]]] = []
    while batch := list(islice(calls, chunk)):
        futures.append(pool.submit(_call_each, function, batch))
    try:
        for future in futures:
            yield from awaited(future)
    except BaseException:  # stopped: tasks not started never start; a running one gets a little time to unwind
        wait([future for future in futures if not future.cancel()], timeout=STOP_GRACE_SECONDS)
        raise
    finally:
        for future in futures:
            future.cancel()


def _call_each(function: Callable[..., T], batch: Sequence[tuple[Any, ...]]) -> list[T]:
    """``function`` called with each tuple of arguments in turn (a plain function, for worker processes)."""
    return [function(*arguments) for arguments in batch]
