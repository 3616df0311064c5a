"""The float path at n = 10**6 against bare NumPy and SciPy.

Baseline: ``np.sum(p * np.log(p / q))``, the shortest correct-looking line.
kldocs adds zero handling and a careful fallback for cancellation, so the
ratio to the baseline is the price of those checks (target: at most 1.5).

Run: ``.venv/bin/python benchmarks/float_path.py``
"""

from __future__ import annotations

import numpy as np

import kldocs
from benchmarks.common import median_seconds, row

N = 1_000_000
REPEATS = 31


def main() -> None:
    from scipy import stats

    rng = np.random.default_rng(0)
    p = rng.random(N) + 0.01
    q = rng.random(N) + 0.01
    p /= p.sum()
    q /= q.sum()
    P = kldocs.parse_distribution(p)
    Q = kldocs.parse_distribution(q, name="Q")

    def bare() -> float:
        return float(np.sum(p * np.log(p / q)))

    def ours() -> float:
        return float(kldocs.kl(P, Q))

    def scipy_entropy() -> float:
        return float(stats.entropy(p, q))

    assert abs(bare() - ours()) < 1e-12 and abs(bare() - scipy_entropy()) < 1e-12
    baseline = median_seconds(bare, REPEATS)
    print(row("D_KL, n = 10^6 floats", "median (ms)", "ratio to bare NumPy"))
    print(row("---", "---", "---"))
    for name, function in (
        ("bare NumPy sum(p*log(p/q))", bare),
        ("kldocs.kl", ours),
        ("scipy.stats.entropy(p, q)", scipy_entropy),
    ):
        seconds = baseline if function is bare else median_seconds(function, REPEATS)
        print(row(name, f"{seconds * 1000:.1f}", f"{seconds / baseline:.2f}"))


if __name__ == "__main__":
    main()
