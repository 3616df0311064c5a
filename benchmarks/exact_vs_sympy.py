"""Exact H(P), H(P,Q) and D_KL(P||Q) with 15 certified digits: kldocs against SymPy.

The SymPy route is the obvious one: an ``Add`` of ``Rational * log(Rational)``
terms, then ``evalf(15)``. It runs only at the sizes where it finishes in
reasonable time. Distributions are random integer weights in [1, 10**6]
normalised to sum to 1, so every probability is a different rational.

Run: ``.venv/bin/python benchmarks/exact_vs_sympy.py``
"""

from __future__ import annotations

import sys
import time
from fractions import Fraction
from functools import partial

import kldocs
from benchmarks.common import fresh, median_seconds, random_pair, row

SIZES = (100, 1_000, 10_000, 1_000_000)
SYMPY_MAX = 10_000


def with_kldocs(P: kldocs.Distribution, Q: kldocs.Distribution) -> list[str]:
    P, Q = fresh(P, Q)
    return [m.decimal(15) for m in (kldocs.entropy(P), kldocs.cross_entropy(P, Q), kldocs.kl(P, Q))]


def with_sympy(P: kldocs.Distribution, Q: kldocs.Distribution) -> list[str]:
    import sympy

    p = [sympy.Rational(x.numerator, x.denominator) for x in P.probabilities or ()]
    q = [sympy.Rational(x.numerator, x.denominator) for x in Q.probabilities or ()]
    entropy = -sympy.Add(*[a * sympy.log(a) for a in p])
    cross = -sympy.Add(*[a * sympy.log(b) for a, b in zip(p, q, strict=True)])
    divergence = sympy.Add(*[a * sympy.log(a / b) for a, b in zip(p, q, strict=True)])
    return [str(value.evalf(15)) for value in (entropy, cross, divergence)]


def main() -> None:
    import sympy  # imported before timing, so its import is not counted

    del sympy
    print(row("n", "build P, Q (s)", "kldocs exact H+CE+KL (s)", "SymPy Add + evalf (s)", "SymPy / kldocs"))
    print(row("---", "---", "---", "---", "---"))
    for n in SIZES:
        start = time.perf_counter()
        P, Q = random_pair(n, seed=n)
        build = time.perf_counter() - start
        repeats = 3 if n >= 100_000 else 5
        ours = median_seconds(partial(with_kldocs, P, Q), repeats)
        if n <= SYMPY_MAX:
            theirs = median_seconds(partial(with_sympy, P, Q), 1)
            a, b = with_kldocs(P, Q), with_sympy(P, Q)
            assert all(abs(Fraction(x) - Fraction(y)) < Fraction(1, 10**10) for x, y in zip(a, b, strict=True)), (a, b)
            print(row(n, f"{build:.2f}", f"{ours:.3f}", f"{theirs:.2f}", f"{theirs / ours:.0f}x"))
        else:
            print(row(n, f"{build:.2f}", f"{ours:.3f}", "not run", ""))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
