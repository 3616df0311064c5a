"""Timing helpers shared by the benchmark scripts (standard library only).

Each figure is the median of several runs, and every comparison is a ratio
against a baseline timed in the same process, so a noisy shared machine
moves both sides together.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(function: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``function()`` over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(*cells: object) -> str:
    """One Markdown table row."""
    return "| " + " | ".join(str(cell) for cell in cells) + " |"
