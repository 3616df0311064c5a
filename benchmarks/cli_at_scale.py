"""``kldocs compute`` end to end at n = 10**6, each run a new process, against baselines in the same run.

Three pairs of count files, 10**6 lines each, read with ``--normalize``:

- random: the weights of :func:`benchmarks.common.random_pair` (integers in
  [1, 10**6], nearly every probability a different rational);
- Zipf: word counts ``5e7 / rank**1.07`` against Poisson-perturbed counts of
  the same ranks (a few large counts, a long tail of small ones);
- histogram: two histograms of 2 * 10**6 samples over 10**6 bins, a normal
  against a Student t; both have empty bins where the other has counts, so
  cross-entropies, KL both ways and Jeffreys are infinite.

Each is run as a table and with ``--json``. Baselines, also new processes:
``python -c "import kldocs"`` (start-up) and ``numpy.loadtxt`` of the same
two files (reading them and nothing else). Peak memory is the child's
maximum resident set size.

Run: ``.venv/bin/python -m benchmarks.cli_at_scale [--repeats N]``
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.common import random_pair, row

N = 10**6
#: Runs a child and prints its wall time and peak memory (the wrapper's only child is the command).
_MEASURE = (
    "import resource, subprocess, sys, time; start = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def write_pairs(folder: Path) -> dict[str, tuple[Path, Path]]:
    """The three pairs of count files."""
    rng = np.random.default_rng(N)
    P, Q = random_pair(N, seed=N)
    ranks = np.arange(1, N + 1)
    zipf = (5e7 / ranks**1.07).astype(np.int64) + 1
    bins = np.linspace(-6, 6, N + 1)
    counts = {
        "random": (np.asarray(P.integer_weights[0]), np.asarray(Q.integer_weights[0])),
        "Zipf": (zipf, rng.poisson(zipf * 1.3).astype(np.int64) + 1),
        "histogram with zeros": (
            np.histogram(rng.normal(size=2 * N), bins)[0],
            np.histogram(rng.standard_t(5, size=2 * N), bins)[0],
        ),
    }
    pairs = {}
    for name, (p, q) in counts.items():
        paths = folder / f"{name.split()[0]}_p.csv", folder / f"{name.split()[0]}_q.csv"
        for path, values in zip(paths, (p, q), strict=True):
            np.savetxt(path, values, fmt="%d")
        pairs[name] = paths
    return pairs


def measure(command: list[str], repeats: int) -> tuple[float, float]:
    """Median wall time (s) and largest peak memory (MB) of ``command`` in a new process."""
    times, peaks = [], []
    for _ in range(repeats):
        result = subprocess.run([sys.executable, "-c", _MEASURE, *command], check=True, capture_output=True, text=True)
        seconds, kilobytes = result.stdout.split()
        times.append(float(seconds))
        peaks.append(int(kilobytes) / 1024)
    return sorted(times)[len(times) // 2], max(peaks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=1, help="runs per figure (the median is shown)")
    repeats = parser.parse_args().repeats
    python = [sys.executable]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        pairs = write_pairs(Path(folder))
        start_up, start_up_memory = measure([*python, "-c", "import kldocs"], repeats)
        print(row("pair (n = 10^6)", "command", "wall (s)", "peak (MB)", "x import kldocs", "x numpy.loadtxt"))
        print(row("---", "---", "---:", "---:", "---:", "---:"))
        print(row("", "python -c 'import kldocs'", f"{start_up:.2f}", f"{start_up_memory:.0f}", "1.0", ""))
        for name, (p, q) in pairs.items():
            load = f"import numpy; [numpy.loadtxt(f, dtype=numpy.int64) for f in ({str(p)!r}, {str(q)!r})]"
            loaded, loaded_memory = measure([*python, "-c", load], repeats)
            print(row(name, "numpy.loadtxt of both files", f"{loaded:.2f}", f"{loaded_memory:.0f}", "", "1.0"))
            compute = [*python, "-m", "kldocs", "compute", "--p-file", str(p), "--q-file", str(q), "--normalize"]
            for label, extra in (("kldocs compute", []), ("kldocs compute --json", ["--json"])):
                seconds, memory = measure([*compute, *extra], repeats)
                ratios = f"{seconds / start_up:.1f}", f"{seconds / loaded:.1f}"
                print(row(name, label, f"{seconds:.2f}", f"{memory:.0f}", *ratios))
            sys.stdout.flush()
    print(f"\n{repeats} run(s) per figure; {time.perf_counter() - started:.0f} s in all")


if __name__ == "__main__":
    main()
