"""Gaussian closed form ``D(N(mu1, s1^2) || N(mu2, s2^2)) = log(s2/s1) + (s1^2 + (mu1-mu2)^2)/(2 s2^2) - 1/2``.

The three Gaussian integrals are carried out by SymPy (about a second).
"""

from __future__ import annotations

from typing import Any

from sympy import Eq, Function, Integral, Rational, Symbol, exp, log, oo, pi, sqrt

from kldocs.derivations.build import algebra, define, plus
from kldocs.derivations.steps import Derivation
from kldocs.derivations.symbols import KL_GAUSS

x = Symbol("x", real=True)
mu1, mu2 = Symbol("mu_1", real=True), Symbol("mu_2", real=True)
sigma1, sigma2 = Symbol("sigma_1", positive=True), Symbol("sigma_2", positive=True)
f1, f2 = Function("f_1"), Function("f_2")


def density(mean: Any, deviation: Any) -> Any:
    """The normal density with this mean and standard deviation, at ``x``."""
    return exp(-((x - mean) ** 2) / (2 * deviation**2)) / (sqrt(2 * pi) * deviation)


def _over_x(body: Any) -> Integral:
    return Integral(body, (x, -oo, oo))


def derivation() -> Derivation:
    mass = _over_x(f1(x))
    spread = _over_x(f1(x) * (x - mu1) ** 2)
    second = _over_x(f1(x) * (x - mu2) ** 2)
    definition = _over_x(f1(x) * log(f1(x) / f2(x)))
    return Derivation(
        "gaussian",
        "derivation.gaussian.title",
        (
            define(
                definition,
                "step.gaussian_definition",
                (KL_GAUSS, definition),
                (f1(x), density(mu1, sigma1)),
                (f2(x), density(mu2, sigma2)),
            ),
            algebra(
                _over_x(
                    f1(x)
                    * plus(log(sigma2 / sigma1), -((x - mu1) ** 2) / (2 * sigma1**2), (x - mu2) ** 2 / (2 * sigma2**2))
                ),
                "step.gaussian_log_ratio",
            ),
            algebra(
                plus(log(sigma2 / sigma1) * mass, -spread / (2 * sigma1**2), second / (2 * sigma2**2)), "step.linearity"
            ),
            algebra(Eq(mass, 1, evaluate=False), "step.gaussian_total_mass"),
            algebra(Eq(spread, sigma1**2, evaluate=False), "step.gaussian_variance"),
            algebra(Eq(second, sigma1**2 + (mu1 - mu2) ** 2, evaluate=False), "step.gaussian_second_moment"),
            algebra(
                plus(log(sigma2 / sigma1), (sigma1**2 + (mu1 - mu2) ** 2) / (2 * sigma2**2), -Rational(1, 2)),
                "step.substitute_moments",
            ),
        ),
        lhs=KL_GAUSS,
    )
