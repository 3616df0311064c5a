"""Parametric families: deriving each closed form cold, and evaluating measures exactly.

1. **Deriving cold.** Each family derivation is built and verified in a new
   process (SymPy imported beforehand, so the figure is the derivation's
   own cost: its integrals, sums and normal forms), in seconds of CPU, which
   other processes on a shared machine inflate less than wall time (the load
   is printed): once with no check kept from before (an empty
   ``KLDOCS_CACHE``), and once in a process after one that checked it (the
   check recalled from the cache). When another checkout is given (the
   project's main branch), each derivation is also timed as that checkout
   derives it with an empty cache, in the same run.
2. **Evaluating exactly.** With the derivations done (kept per process),
   every measure of a family pair is evaluated exactly at parameters drawn
   at random, and compared with SymPy putting the same numbers into the same
   closed form and rounding it to 30 digits (``subs`` then ``evalf``: a
   float, with no exact form), timed in the same run.
3. **The JSD of multivariate normals**, which has no closed form, by
   kldocs' certified integral along a line (15 digits proven), against
   SciPy's adaptive ``dblquad`` of the definition in the original
   coordinates (to 1e-11, not proven), in the same run; three and eight
   dimensions by kldocs only.
4. **The certified JSD of two normals** (one dimension), 25 digits proven by
   interval arithmetic, against mpmath's ``quad`` to 25 digits (not proven),
   for a narrow normal inside a wide one.

Run: ``.venv/bin/python -m benchmarks.families [MAIN_CHECKOUT]``
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path
from typing import Any

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
    "multivariate_normal_3d_kl",
    "multivariate_normal_3d_cross_entropy",
    "multivariate_normal_3d_entropy",
)
REPEATS = 3
EVALUATIONS = 40
_PROBE = (
    "import sys, time, sympy\n"
    "from kldocs.derivations.registry import get, names\n"
    "from kldocs.derivations.verify import verify\n"
    "if sys.argv[1] not in names(): print('nan'); sys.exit()\n"
    "start = time.process_time()\n"
    "assert verify(get(sys.argv[1])).holds\n"
    "print(time.process_time() - start)\n"
)


def derive_cold(name: str, checkout: Path | None = None, *, recalled: bool = False) -> float:
    """Median seconds to build and verify derivation ``name`` in a new process (SymPy already imported), with
    an empty cache, or (``recalled``) in a process after one that checked it; NaN when the checkout has no
    derivation of that name."""
    times = []
    for _ in range(REPEATS):
        with tempfile.TemporaryDirectory() as cache:
            environment = {**os.environ, "KLDOCS_CACHE": cache}
            if checkout is not None:
                environment["PYTHONPATH"] = str(checkout)
            runs = []
            for _ in range(2 if recalled else 1):
                runs.append(
                    subprocess.run(
                        [sys.executable, "-c", _PROBE, name],
                        check=True,
                        capture_output=True,
                        text=True,
                        env=environment,
                        cwd=checkout,  # "python -c" puts the working folder first on the path
                    )
                )
            times.append(float(runs[-1].stdout.strip()))
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


#: Pairs of multivariate normals for the JSD: a full covariance, a narrow one inside a wide one, more dimensions.
JSD_PAIRS = (
    ("full covariance", "mean=[0, 0], cov=[[1, 1/2], [1/2, 2]]", "mean=[1, 0], var=[1, 1]"),
    ("narrow inside wide (1/10)", "mean=[0, 0], var=[1/100, 1/100]", "mean=[0, 0], var=[1, 1]"),
    ("narrow inside wide (1/1000)", "mean=[0, 0], var=[1/1000000, 1]", "mean=[0, 0], var=[1, 1]"),
    ("three dimensions", "mean=[0, 0, 0], var=[1, 2, 3]", "mean=[1, 0, -1], cov=[[2, 1, 0], [1, 2, 0], [0, 0, 1/2]]"),
    ("three, narrow along one axis", "mean=[0, 0, 0], var=[1, 1, 1]", "mean=[0, 0, 0], var=[1/100, 1, 1]"),
    (
        "eight dimensions",
        "mean=[0, 0, 0, 0, 0, 0, 0, 0], var=[1, 1, 1, 1, 1, 1, 1, 1]",
        "mean=[1, 0, 0, 0, 0, 0, 0, 0], var=[2, 1, 1, 1, 1, 1, 1, 1]",
    ),
)
#: Digits of each certified JSD.
JSD_DIGITS = 15


def jsd_certified() -> None:
    """Seconds per certified JSD (15 digits) beside SciPy's dblquad of the definition (two dimensions)."""
    import time

    from kldocs.families.gaussian_jsd import mvnormal_jsd
    from kldocs.families.multivariate_normal import MultivariateNormal

    print(row("pair", "kldocs certified, 15 digits (s)", "SciPy dblquad (s)", "ratio", "difference"))
    print(row("---", "---", "---", "---", "---"))
    for label, p, q in JSD_PAIRS:
        P, Q = MultivariateNormal.from_text(p), MultivariateNormal.from_text(q, "Q")
        assert isinstance(P, MultivariateNormal) and isinstance(Q, MultivariateNormal)
        value = mvnormal_jsd(P, Q).decimal(JSD_DIGITS)
        ours = median_seconds(lambda P=P, Q=Q: mvnormal_jsd(P, Q).decimal(JSD_DIGITS), 3)  # type: ignore[misc]
        if P.dimension != 2:
            print(row(label, f"{ours:.3f}", "", "", ""))
            continue
        start = time.perf_counter()
        theirs = scipy_jsd(P, Q)
        seconds = time.perf_counter() - start
        difference = abs(theirs - float(value))
        print(row(label, f"{ours:.3f}", f"{seconds:.2f}", f"{seconds / ours:.0f}", f"{difference:.1e}"))


def scipy_jsd(P: Any, Q: Any) -> float:
    """The JSD of two-dimensional normals from the definition, by SciPy's adaptive ``dblquad`` to 1e-11, in the
    original coordinates over a box 12 standard deviations wide around both: an independent computation."""
    import math

    from scipy import integrate, stats

    frozen = [
        stats.multivariate_normal([float(v) for v in d.mean], [[float(v) for v in r] for r in d.cov]) for d in (P, Q)
    ]

    def integrand(y: float, x: float) -> float:
        p, q = (f.pdf([x, y]) for f in frozen)
        return 0.5 * sum(d * math.log(2 * d / (p + q)) for d in (p, q) if d > 0)

    box = [
        (min(float(d.mean[j]) - 12 * math.sqrt(float(d.cov[j][j])) for d in (P, Q)),
         max(float(d.mean[j]) + 12 * math.sqrt(float(d.cov[j][j])) for d in (P, Q)))
        for j in range(2)
    ]  # fmt: skip
    return float(integrate.dblquad(integrand, *box[0], *box[1], epsabs=1e-11, epsrel=1e-11)[0])


#: One-dimensional normal pairs (mu, sigma) for the certified JSD: the narrower, the harder.
CERTIFIED_PAIRS = ((("0", "1"), ("1", "2")), (("0", "1/10"), ("0", "1")), (("0", "1/1000"), ("0", "1")))


def certified_jsd() -> None:
    """Seconds per certified 25-digit JSD of two normals, beside mpmath.quad of the definition to 25 digits."""
    from kldocs import jsd
    from kldocs.families import normal

    print(row("P, Q (mu, sigma)", "kldocs certified, 25 digits (s)", "mpmath.quad, 25 digits (s)", "ratio", "agree"))
    print(row("---", "---", "---", "---", "---"))
    for first, second in CERTIFIED_PAIRS:
        P, Q = normal(*first), normal(*second, name="Q")
        ours = median_seconds(lambda P=P, Q=Q: jsd(P, Q).decimal(25), 3)  # type: ignore[misc]
        theirs = median_seconds(lambda f=first, s=second: _mpmath_jsd(f, s), 1)  # type: ignore[misc]
        agree = jsd(P, Q).decimal(25) == _mpmath_jsd(first, second)
        label = f"N({first[0]}, {first[1]}), N({second[0]}, {second[1]})"
        print(row(label, f"{ours:.3f}", f"{theirs:.3f}", f"{theirs / ours:.1f}", str(agree)))


def _mpmath_jsd(first: tuple[str, str], second: tuple[str, str]) -> str:
    """The JSD of two normals by mpmath.quad at 40 digits, split at each mean plus whole standard deviations."""
    import mpmath

    with mpmath.workdps(40):
        (a, b), (c, d) = (
            (mpmath.mpf(Fraction(x).numerator) / Fraction(x).denominator for x in pair) for pair in (first, second)
        )

        def term(x: Any) -> Any:
            p, q = mpmath.npdf(x, a, b), mpmath.npdf(x, c, d)
            m = (p + q) / 2
            return (p * mpmath.log(p / m) if p else 0) / 2 + (q * mpmath.log(q / m) if q else 0) / 2

        points = sorted({*(a + k * b for k in range(-12, 13)), *(c + k * d for k in range(-12, 13))})
        return str(mpmath.nstr(mpmath.quad(term, [-mpmath.inf, *points, mpmath.inf]), 25, strip_zeros=False))


def derive_all(checkout: Path | None) -> None:
    """The cold time of every derivation, checked afresh and recalled, beside the time as ``checkout`` derives it
    when one is given."""
    before = [f"as {checkout} derives it (s of CPU)"] if checkout is not None else []
    print(row("derivation", *before, "checked afresh (s of CPU)", "recalled (s of CPU)"))
    print(row("---", *["---"] * (len(before) + 2)))
    for name in DERIVATIONS:
        old = [f"{derive_cold(name, checkout):.2f}"] if checkout is not None else []
        print(row(name, *old, f"{derive_cold(name):.2f}", f"{derive_cold(name, recalled=True):.2f}"))


def main() -> None:
    derive_all(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print()
    print(
        row("family (KL, random parameters)", "kldocs exact + 30 digits (ms)", "SymPy subs + evalf(30) (ms)", "ratio")
    )
    print(row("---", "---", "---", "---"))
    for family in ("normal", "exponential", "poisson", "geometric", "binomial", "uniform", "mvnormal"):
        exact, symbolic = evaluate_exactly(family)
        print(row(family, f"{exact * 1000:.2f}", f"{symbolic * 1000:.2f}", f"{symbolic / exact:.1f}"))
    print()
    jsd_certified()
    print()
    certified_jsd()


if __name__ == "__main__":
    main()
