"""A signal that lands on a worker thread still stops kldocs at once: the main thread never waits untimed."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from kldocs.cli.process import stopped_by_signals
from kldocs.render.waiting import awaited, in_order

#: How long the worker would go on if nothing stopped it; the main thread must not wait for it.
WORK_SECONDS = 20.0
#: Time for the main thread to be blocked in its wait before the signal comes.
SETTLE_SECONDS = 0.5


def signalled_work(release: threading.Event) -> Callable[[int], int]:
    """Work that sends SIGINT to its own (worker) thread, as the OS may do with a Ctrl-C, then goes on."""

    def work(value: int) -> int:
        time.sleep(SETTLE_SECONDS)
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)
        release.wait(WORK_SECONDS)
        return value

    return work


WAYS: dict[str, Callable[[ThreadPoolExecutor, Callable[[int], int]], object]] = {
    "awaited": lambda pool, work: awaited(pool.submit(work, 1)),
    "in_order": lambda pool, work: list(in_order(pool, work, [1, 2])),
}


@pytest.mark.parametrize("way", WAYS)
def test_ctrl_c_on_a_worker_thread_interrupts_the_main_thread_wait(way: str) -> None:
    release = threading.Event()
    with ThreadPoolExecutor(1) as pool:
        start = time.monotonic()
        try:
            with stopped_by_signals(), pytest.raises(KeyboardInterrupt):
                WAYS[way](pool, signalled_work(release))
            waited = time.monotonic() - start
        finally:
            release.set()
    assert waited < WORK_SECONDS / 2


def test_results_come_in_order_and_errors_from_the_work_pass_through() -> None:
    def slow_first(value: int) -> int:
        time.sleep(0.2 if value == 0 else 0)
        return value * 10

    def fails(value: int) -> int:
        raise TimeoutError(f"the work's own timeout {value}")

    with ThreadPoolExecutor(3) as pool:
        assert list(in_order(pool, slow_first, range(7), chunk=2)) == [0, 10, 20, 30, 40, 50, 60]
        with pytest.raises(TimeoutError, match="own timeout 3"):
            awaited(pool.submit(fails, 3))
        future: Future[int] = pool.submit(slow_first, 0)
        assert awaited(future) == 0
