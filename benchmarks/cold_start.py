"""``kldocs compute`` cold start, against a bare ``python -c pass``.

Each run is a new process, so imports are paid every time. The script also
lists any heavy library the compute path imported (it should be none of
SymPy, SciPy or matplotlib).

Run: ``.venv/bin/python benchmarks/cold_start.py``
"""

from __future__ import annotations

import subprocess
import sys

from benchmarks.common import median_seconds, row

REPEATS = 15
COMPUTE = ["-m", "kldocs", "compute", "--p", "0.2, 0.5, 0.3", "--q", "0.3, 0.4, 0.3"]
HEAVY = ("sympy", "scipy", "matplotlib", "jinja2")


def run(arguments: list[str]) -> None:
    subprocess.run([sys.executable, *arguments], check=True, stdout=subprocess.DEVNULL)


def heavy_imports() -> list[str]:
    probe = (
        "import sys; from kldocs.cli import main; main(sys.argv[1:]); "
        f"print('heavy:' + ','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe, *COMPUTE[2:]], check=True, capture_output=True, text=True)
    marker = next(line for line in result.stdout.splitlines() if line.startswith("heavy:"))
    return [m for m in marker.removeprefix("heavy:").split(",") if m]


def main() -> None:
    baseline = median_seconds(lambda: run(["-c", "pass"]), REPEATS)
    compute = median_seconds(lambda: run(COMPUTE), REPEATS)
    print(row("command", "median (ms)", "ratio to python -c pass"))
    print(row("---", "---", "---"))
    print(row("python -c pass", f"{baseline * 1000:.0f}", "1.0"))
    print(row("kldocs compute (n = 3)", f"{compute * 1000:.0f}", f"{compute / baseline:.1f}"))
    print(f"\nheavy libraries imported by compute: {', '.join(heavy_imports()) or 'none'}")


if __name__ == "__main__":
    main()
