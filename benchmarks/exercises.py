"""``kldocs exercises``: 100 variants with charts, Markdown and PDF, against the 60 s budget.

Each run is a new ``kldocs`` process writing into a fresh folder, so
imports, the worker pool, every chart and both LuaLaTeX runs are paid
every time. The same command with ``--jobs 1`` shows what the process
pool gains on this machine.

Run: ``.venv/bin/python -m benchmarks.exercises [--count 100] [--repeats 3]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import median_seconds, row

#: The budget for 100 variants with charts, md + pdf.
BUDGET_SECONDS = 60.0


def command(count: int, out: Path, jobs: int | None) -> list[str]:
    arguments = ["-m", "kldocs", "exercises", "--count", str(count), "--seed", "2024", "--format", "md,pdf"]
    arguments += ["--out", str(out)]
    return [sys.executable, *arguments, *(["--jobs", str(jobs)] if jobs is not None else [])]


def timed(count: int, jobs: int | None, repeats: int) -> float:
    folder = Path(tempfile.mkdtemp(prefix="kldocs-bench-"))

    def once() -> None:
        out = folder / "out"
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run(command(count, out, jobs), check=True, stdout=subprocess.DEVNULL)

    try:
        return median_seconds(once, repeats)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("lualatex") is None:
        sys.exit("lualatex is needed for the PDF (Debian: texlive-luatex)")
    cores = os.cpu_count() or 1
    parallel = timed(args.count, None, args.repeats)
    serial = timed(args.count, 1, args.repeats)
    print(f"kldocs exercises --count {args.count} --format md,pdf (charts on), median of {args.repeats} runs\n")
    print(row("workers", "median (s)", "budget (s)", "within budget"))
    print(row("---", "---", "---", "---"))
    print(row(f"{cores} (one per core)", f"{parallel:.1f}", f"{BUDGET_SECONDS:.0f}", parallel < BUDGET_SECONDS))
    print(row("1 (--jobs 1)", f"{serial:.1f}", f"{BUDGET_SECONDS:.0f}", serial < BUDGET_SECONDS))
    print(f"\nspeed-up from the process pool: {serial / parallel:.2f}x on {cores} cores")


if __name__ == "__main__":
    main()
