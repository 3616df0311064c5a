"""Inputs chosen to make exact arithmetic slow, timed cold through the command line.

Each input is small (a few hundred bytes) but built so that factoring its
integers into primes would be hard: denominators that are products of two
large primes, rescaled totals of 80 and 560 digits, a document full of
logarithms of such numbers (thirty such fractions pass the size limit on a
total and are refused at once), and files of 500 and 2,000 fractions
over such denominators, whose mixture has thousands of large numerators
that share factors. kldocs keeps those integers whole (logarithms over a
coprime base), so each must finish in well under 2 s with certified
decimals. The baseline is ``kldocs compute`` on the reference pair, in the
same run.

Run: ``.venv/bin/python -m benchmarks.hostile_exact``
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

import sympy

from benchmarks.common import median_seconds, row

REPEATS = 3


def semiprime(digits: int, seed: int) -> int:
    """A product of two primes of ``digits / 2`` digits each."""
    rng = random.Random(seed)
    half = digits // 2
    first, second = (int(sympy.nextprime(rng.randrange(10 ** (half - 1), 10**half))) for _ in range(2))
    return first * second


def many(count: int) -> str:
    """``count`` fractions with 40-digit semiprime denominators, as one --p string."""
    return " ".join(f"{10 + k}/{semiprime(40, k)}" for k in range(count))


def shares(count: int, total: int) -> str:
    """``count`` random fractions over ``total`` that add up to 1, one per line: a mixture of two such
    distributions has ``count`` distinct numerators of about 70 digits that share factors."""
    rng = random.Random(count)
    weights = [rng.randrange(1, 10**9) for _ in range(count - 1)]
    return "".join(f"{w}/{total}\n" for w in [*weights, total - sum(weights)])


def kldocs(*arguments: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "kldocs", *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )


def main() -> None:
    a, b = semiprime(36, 1), semiprime(38, 2)
    tokens = " ".join(f"{10 + k}/{semiprime(40, k)}" for k in (1, 2, 3))
    cases = {
        "reference pair (baseline)": ["compute", "--p", "0.2 0.5 0.3", "--q", "0.3 0.4 0.3", "--digits", "15"],
        "semiprime denominators (36 and 38 digits)": [
            "compute", "--p", f"1/{a} {a - 1}/{a}", "--q", f"3/{b} {b - 3}/{b}", "--digits", "15",
        ],
        "three 43-character fractions, --normalize": [
            "compute", "--p", tokens, "--q", "1 1 1", "--normalize", "--digits", "15",
        ],
        "fourteen 43-character fractions, --normalize (a 560-digit total)": [
            "compute", "--p", many(14), "--q", " ".join(["1"] * 14), "--normalize", "--digits", "15",
        ],
        "thirty 43-character fractions, --normalize (refused)": [
            "compute", "--p", many(30), "--q", " ".join(["1"] * 30), "--normalize", "--digits", "15",
        ],
    }  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        document = Path(folder) / "hostile.md"
        lines = ["$P = (0.5, 0.5)$", ""] + [f"$H(P) = \\ln {semiprime(38, seed)}$" for seed in range(5, 10)]
        document.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cases[f"a {document.stat().st_size}-byte document of logs of semiprimes"] = ["check", str(document)]
        for count in (500, 2000):
            files = [Path(folder) / f"{name}{count}.csv" for name in ("p", "q")]
            for path, total in zip(files, (semiprime(32, 11), semiprime(36, 12)), strict=True):
                path.write_text(shares(count, total), encoding="utf-8")
            name = f"{count} categories over 32- and 36-digit semiprime denominators (files)"
            cases[name] = ["compute", "--p-file", str(files[0]), "--q-file", str(files[1]), "--digits", "15"]
        print(row("input", "median (s), cold", "ratio to the baseline"))
        print(row("---", "---", "---"))
        baseline = None
        for name, arguments in cases.items():
            seconds = median_seconds(partial(kldocs, *arguments), REPEATS)
            baseline = baseline or seconds
            print(row(name, f"{seconds:.2f}", f"{seconds / baseline:.1f}x"))


if __name__ == "__main__":
    main()
