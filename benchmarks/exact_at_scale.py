"""Every exact measure at n = 10**6, against mpmath and against KL; parsing a million counts.

Two random rational distributions (integer weights in [1, 10**6], rescaled
to sum to 1, as ``--normalize`` does) are measured cold: new Distribution
objects each repeat, so nothing computed earlier is reused. Every value is
certified to 15 significant digits. Figures are medians and ratios within
one run:

- each of H, H(P,Q), D_KL and JSD alone, and all eight measures of
  ``kldocs compute`` together;
- JSD / KL: the JSD needs the mixture M = (P+Q)/2, whose numerators are a
  million distinct integers of about 60 bits, each with its own certified
  logarithm;
- a plain ``mpmath.fsum`` of the KL terms at 30 digits (not certified), the
  obvious way to get a trustworthy double-checked number, as a baseline;
- reading 10**6 integer counts with ``--normalize`` from a file, against a
  bare ``numpy.loadtxt`` of the same file;
- KL, JSD and all eight again for weights up to 10**7 and 10**12: the
  mixture's numerators then pass 64 bits, and the weights pass the prime
  sieve.

Run: ``.venv/bin/python -m benchmarks.exact_at_scale``
"""

from __future__ import annotations

import sys
import tempfile
from functools import partial
from pathlib import Path

import mpmath
import numpy as np

import kldocs
from benchmarks.common import fresh, median_seconds, random_pair, row
from kldocs.measures.summary import all_measures

N = 10**6
DIGITS = 15
REPEATS = 3


def one(measure: str, P: kldocs.Distribution, Q: kldocs.Distribution) -> str:
    P, Q = fresh(P, Q)
    quantity = kldocs.entropy(P) if measure == "entropy" else getattr(kldocs, measure)(P, Q)
    return str(quantity.decimal(DIGITS))


def eight(P: kldocs.Distribution, Q: kldocs.Distribution) -> list[str]:
    P, Q = fresh(P, Q)
    return [quantity.decimal(DIGITS) for quantity in all_measures(P, Q).values()]


def mpmath_kl(p: list[float], q: list[float]) -> mpmath.mpf:
    with mpmath.workdps(30):
        return mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b)) for a, b in zip(p, q, strict=True))


def read_counts(path: Path) -> kldocs.Distribution:
    return kldocs.read_distribution_file(path, normalize=True)


def main() -> None:
    P, Q = random_pair(N, seed=N)
    print(row("what (n = 10^6, 15 certified digits)", "median (s)", "ratio"))
    print(row("---", "---", "---"))
    timings = {
        name: median_seconds(partial(one, name, P, Q), REPEATS) for name in ("entropy", "cross_entropy", "kl", "jsd")
    }
    for name, seconds in timings.items():
        print(row(name, f"{seconds:.2f}", f"{seconds / timings['kl']:.1f}x KL"))
    total = median_seconds(partial(eight, P, Q), REPEATS)
    print(row("all eight measures of compute", f"{total:.2f}", f"{total / timings['kl']:.1f}x KL"))
    p, q = P.as_array().tolist(), Q.as_array().tolist()
    baseline = median_seconds(partial(mpmath_kl, p, q), 1)
    print(row("mpmath fsum of the KL terms at 30 digits", f"{baseline:.2f}", f"{baseline / timings['kl']:.1f}x KL"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "counts.csv"
        np.savetxt(path, np.random.default_rng(1).integers(1, 10**6, N), fmt="%d")
        parse = median_seconds(partial(read_counts, path), REPEATS)
        bare = median_seconds(partial(np.loadtxt, path, dtype=np.int64), REPEATS)
        print(row("read 10^6 counts with --normalize", f"{parse:.2f}", f"{parse / bare:.1f}x numpy.loadtxt"))
    for largest in (10**7, 10**12):
        P, Q = random_pair(N, seed=largest, largest=largest)
        kl = median_seconds(partial(one, "kl", P, Q), REPEATS)
        jsd = median_seconds(partial(one, "jsd", P, Q), REPEATS)
        total = median_seconds(partial(eight, P, Q), REPEATS)
        weights = f"weights up to 10^{len(str(largest)) - 1}"
        print(row(f"{weights}: kl", f"{kl:.2f}", "1.0x KL"))
        print(row(f"{weights}: jsd", f"{jsd:.2f}", f"{jsd / kl:.1f}x KL"))
        print(row(f"{weights}: all eight", f"{total:.2f}", f"{total / kl:.1f}x KL"))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
