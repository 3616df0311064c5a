"""Timing helpers shared by the benchmark scripts (standard library only).

Each figure is the median of several runs, and every comparison is a ratio
against a baseline timed in the same process, so a noisy shared machine
moves both sides together.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import numpy as np

import kldocs


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


def random_pair(n: int, seed: int, largest: int = 10**6) -> tuple[kldocs.Distribution, kldocs.Distribution]:
    """Two random rational distributions of ``n`` outcomes, as ``--normalize`` makes them.

    The weights are integers in [1, largest] rescaled to sum to 1, so nearly
    every probability is a different rational.
    """
    rng = np.random.default_rng(seed)
    P = kldocs.parse_distribution(rng.integers(1, largest, n), normalize=True)
    Q = kldocs.parse_distribution(rng.integers(1, largest, n), name="Q", normalize=True)
    return P, Q


def fresh(P: kldocs.Distribution, Q: kldocs.Distribution) -> tuple[kldocs.Distribution, kldocs.Distribution]:
    """The same numbers in new objects, so that nothing remembered is reused."""
    return P.renamed("P"), Q.renamed("Q")
