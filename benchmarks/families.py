"""Parametric families: deriving each closed form cold, and evaluating measures exactly.

1. **Deriving cold.** Each family derivation is built and verified in a new
   process (SymPy imported beforehand, so the figure is the derivation's
   own cost: its integrals, sums and normal forms), in seconds of CPU, which
   other processes on a shared machine do not inflate. The Gaussian KL is
   also timed as the project's main branch derives it (integrating against
   two arbitrary normal densities), when that checkout is given, for the
   ratio the standardised derivation gains.
2. **Evaluating exactly.** With the derivations done (kept per process),
   every measure of a family pair is evaluated exactly at parameters drawn
   at random, and compared with SymPy putting the same numbers into the same
   closed form and rounding it to 30 digits (``subs`` then ``evalf``: a
   float, with no exact form), timed in the same run.

Run: ``.venv/bin/python -m benchmarks.families [MAIN_CHECKOUT]``
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

from benchmarks.common import median_seconds, row
from kldocs.families import Family

#: Every family derivation, by family.
DERIVATIONS = (
    "bernoulli",
    "bernoulli_cross_entropy",
    "bernoulli_entropy",
    "categorical_kl",
    "binomial_kl",
    "geometric_kl",
    "geometric_cross_entropy",
    "geometric_entropy",
    "poisson_kl",
    "exponential_kl",
    "exponential_cross_entropy",
    "exponential_entropy",
    "uniform_kl",
    "uniform_cross_entropy",
    "uniform_entropy",
    "gaussian",
    "normal_cross_entropy",
    "normal_entropy",
    "vae_kl",
    "multivariate_normal_kl",
    "multivariate_normal_cross_entropy",
    "multivariate_normal_entropy",
)
REPEATS = 3
EVALUATIONS = 40
_PROBE = (
    "import sys, time, sympy\n"
    "from kldocs.derivations.registry import get\n"
    "from kldocs.derivations.verify import verify\n"
    "start = time.process_time()\n"
    "assert verify(get(sys.argv[1])).holds\n"
    "print(time.process_time() - start)\n"
)


def derive_cold(name: str, checkout: Path | None = None) -> float:
    """Median seconds to build and verify derivation ``name`` in a new process (SymPy already imported)."""
    times = []
    for _ in range(REPEATS):
        environment = {**os.environ, "PYTHONPATH": str(checkout)} if checkout is not None else None
        result = subprocess.run(
            [sys.executable, "-c", _PROBE, name],
            check=True,
            capture_output=True,
            text=True,
            env=environment,
            cwd=checkout,  # "python -c" puts the working folder first on the path
        )
        times.append(float(result.stdout.strip()))
    return sorted(times)[len(times) // 2]


def _pairs(family: str, rng: random.Random) -> tuple[Family, Family]:
    from kldocs import families

    def fraction(low: int, high: int, denominator: int) -> Fraction:
        return Fraction(rng.randrange(low * denominator, high * denominator), denominator) or Fraction(1, denominator)

    makers = {
        "normal": lambda name: families.normal(fraction(-3, 3, 8), fraction(1, 4, 8), name=name),
        "exponential": lambda name: families.exponential(fraction(1, 5, 7), name=name),
        "poisson": lambda name: families.poisson(fraction(1, 8, 5), name=name),
        "geometric": lambda name: families.geometric(Fraction(rng.randrange(1, 20), 20), name=name),
        "binomial": lambda name: families.binomial(1000, Fraction(rng.randrange(1, 20), 20), name=name),
        "uniform": lambda name: families.uniform(-rng.randrange(1, 5), rng.randrange(1, 5), name=name),
        "mvnormal": lambda name: families.mvnormal(
            [fraction(-2, 2, 4), fraction(-2, 2, 4)],
            [[2, Fraction(1, 2)], [Fraction(1, 2), fraction(1, 3, 4)]],
            name=name,
        ),
    }
    return makers[family]("P"), makers[family]("Q")


def evaluate_exactly(family: str) -> tuple[float, float]:
    """Median seconds per exact KL (kldocs) and per SymPy subs + evalf of the same closed form."""

    from kldocs.families.closed_forms import bindings, closed_form
    from kldocs.measures import kl

    rng = random.Random(7)
    pairs = [_pairs(family, rng) for _ in range(EVALUATIONS)]
    kl(*pairs[0])  # derive once: the figure is the evaluation, not the derivation
    exact = median_seconds(lambda: [kl(P, Q).decimal(30) for P, Q in pairs], 3) / len(pairs)

    def with_sympy() -> None:
        for P, Q in pairs:
            expression = closed_form(type(P), "kl")
            expression.xreplace(bindings("kl", P, Q)).evalf(30)

    symbolic = median_seconds(with_sympy, 3) / len(pairs)
    return exact, symbolic


def main() -> None:
    checkout = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(row("derivation", "derive and verify, cold (s of CPU)"))
    print(row("---", "---"))
    for name in DERIVATIONS:
        print(row(name, f"{derive_cold(name):.2f}"))
    if checkout is not None:
        before, after = derive_cold("gaussian", checkout), derive_cold("gaussian")
        print(
            f"\ngaussian as {checkout} derives it: {before:.2f} s; standardised: {after:.2f} s ({before / after:.1f}x)"
        )
    print()
    print(
        row("family (KL, random parameters)", "kldocs exact + 30 digits (ms)", "SymPy subs + evalf(30) (ms)", "ratio")
    )
    print(row("---", "---", "---", "---"))
    for family in ("normal", "exponential", "poisson", "geometric", "binomial", "uniform", "mvnormal"):
        exact, symbolic = evaluate_exactly(family)
        print(row(family, f"{exact * 1000:.2f}", f"{symbolic * 1000:.2f}", f"{symbolic / exact:.1f}"))


if __name__ == "__main__":
    main()
