"""Page builds, each in a new process (cold): the worked example and the handout.

Baseline: ``python -c pass`` in the same run. Targets: ``kldocs example``
(n = 3, md + html) under 3 s; ``kldocs handout`` (what ``make handout``
runs: every format, English and Korean) under 60 s.

Run: ``.venv/bin/python -m benchmarks.pages``
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

from benchmarks.common import median_seconds, row

PAIR = ["--p", "0.2, 0.5, 0.3", "--q", "0.3, 0.4, 0.3"]


def run(arguments: list[str], out: Path) -> None:
    """One cold run into an empty output folder."""
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([sys.executable, *arguments], check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    out = Path(tempfile.mkdtemp(prefix="kldocs-bench-"))
    target = ["--out", str(out)]
    cases = (
        ("kldocs example, md + html", ["-m", "kldocs", "example", *PAIR, "--format", "md,html", *target], 5),
        ("kldocs example, pdf", ["-m", "kldocs", "example", *PAIR, "--format", "pdf", *target], 3),
        ("kldocs handout (make handout): all formats, en + ko", ["-m", "kldocs", "handout", *target], 1),
    )
    baseline = median_seconds(partial(run, ["-c", "pass"], out), 5)
    print(row("command (cold, new process)", "median (s)", "ratio to python -c pass"))
    print(row("---", "---", "---"))
    print(row("python -c pass", f"{baseline:.3f}", "1"))
    for name, arguments, repeats in cases:
        seconds = median_seconds(partial(run, arguments, out), repeats)
        print(row(name, f"{seconds:.2f}", f"{seconds / baseline:.0f}"))
        sys.stdout.flush()
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
