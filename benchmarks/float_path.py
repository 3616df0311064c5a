"""The float path on raw NumPy arrays against ``scipy.stats.entropy`` and bare NumPy, in one run.

Cases: D_KL of two raw arrays of n = 10**3 and n = 10**6 floats, a batch of
1000 x 1000 (1000 distributions of 1000 categories, ``axis=1``), and the
10**6 case on distributions parsed beforehand. kldocs validates its input
every time (no NaN, no negative value, every distribution sums to 1) and
falls back to a careful sum when cancellation threatens; SciPy rescales
its input and computes ``rel_entr``; the bare line does neither.

Baseline: ``np.sum(p * np.log(p / q))`` (``axis=1`` for the batch). Each
figure is a median; the ratios compare timings of the same run.

Run: ``.venv/bin/python -m benchmarks.float_path``
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

import kldocs
from benchmarks.common import median_seconds, row

#: (case, repeats, p, q, axis)
Case = tuple[str, int, np.ndarray, np.ndarray, int | None]


def cases() -> list[Case]:
    rng = np.random.default_rng(0)

    def draw(*shape: int) -> np.ndarray:
        values = rng.random(shape) + 0.01
        return values / values.sum(axis=-1, keepdims=True)

    return [
        ("n = 10^3", 501, draw(1000), draw(1000), None),
        ("n = 10^6", 31, draw(10**6), draw(10**6), None),
        ("1000 x 1000, axis=1", 31, draw(1000, 1000), draw(1000, 1000), 1),
    ]


def timings(p: np.ndarray, q: np.ndarray, axis: int | None, repeats: int) -> dict[str, float]:
    from scipy import stats

    contenders: dict[str, Callable[[], object]] = {
        "bare": lambda: np.sum(p * np.log(p / q), axis=axis),
        "scipy": lambda: stats.entropy(p, q, axis=axis if axis is not None else 0),
        "kldocs": (lambda: kldocs.kl(p, q, axis=axis)) if axis is not None else (lambda: float(kldocs.kl(p, q))),
    }
    results = {name: function() for name, function in contenders.items()}
    assert np.allclose(np.asarray(results["bare"], dtype=float), np.asarray(results["scipy"], dtype=float))
    assert np.allclose(np.asarray(results["bare"], dtype=float), np.asarray(results["kldocs"], dtype=float))
    return {name: median_seconds(function, repeats) for name, function in contenders.items()}


def main() -> None:
    print(row("D_KL on raw arrays", "bare NumPy (ms)", "scipy.stats.entropy (ms)", "kldocs.kl (ms)",
              "kldocs / SciPy", "kldocs / bare NumPy"))  # fmt: skip
    print(row("---", "---:", "---:", "---:", "---:", "---:"))
    for name, repeats, p, q, axis in cases():
        t = timings(p, q, axis, repeats)
        print(row(name, *(f"{t[key] * 1000:.3g}" for key in ("bare", "scipy", "kldocs")),
                  f"{t['kldocs'] / t['scipy']:.2f}", f"{t['kldocs'] / t['bare']:.2f}"))  # fmt: skip
    _, repeats, p, q, _ = cases()[1]
    P, Q = kldocs.parse_distribution(p), kldocs.parse_distribution(q, name="Q")
    bare = median_seconds(lambda: np.sum(p * np.log(p / q)), repeats)
    parsed = median_seconds(lambda: float(kldocs.kl(P, Q)), repeats)
    print()
    print(f"n = 10^6 on parsed distributions: kldocs.kl {parsed * 1000:.3g} ms, {parsed / bare:.2f} x bare NumPy")


if __name__ == "__main__":
    main()
