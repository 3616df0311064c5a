"""Making a family from Python values: ``normal(0, 1)``, ``bernoulli("theta")``, ``mvnormal([0, 0], var=[1, 2])``.

These are the functions ``kldocs`` exports (``kldocs.normal`` and the
rest). They live apart from the modules that define each family so that
``kldocs.normal`` is this function for type checkers too, never the module
:mod:`kldocs.families.normal`. Parameters are numbers (``0.1`` is one tenth,
as typed) or text (``"1/3"``, ``"theta"``, ``"1 - theta"``), checked at once.

>>> normal(0, "1/2")
Normal(name='P', mu=Fraction(0, 1), sigma=Fraction(1, 2))
>>> mvnormal([0, 0], var=[1, 2]).dimension
2
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kldocs.errors import InputError
from kldocs.families.bernoulli import Bernoulli
from kldocs.families.binomial import Binomial
from kldocs.families.categorical import Categorical
from kldocs.families.exponential import Exponential
from kldocs.families.family import as_fraction
from kldocs.families.geometric import Geometric
from kldocs.families.multivariate_normal import MultivariateNormal
from kldocs.families.normal import Normal
from kldocs.families.parameters import Scalar, _value, scalar
from kldocs.families.poisson import Poisson
from kldocs.families.uniform import Uniform


def _parameter(value: Any, field: str) -> Scalar:
    """A number (int, Fraction, Decimal, a float as typed) or text (``"1/3"``, ``"theta"``, ``"1 - theta"``)."""
    if isinstance(value, str):
        return scalar(_value(value.strip(), field), field)
    return as_fraction(value)


def bernoulli(p: Any, *, name: str = "P") -> Bernoulli:
    """A Bernoulli distribution: 1 with probability ``p``, 0 with ``1 - p``.

    >>> from kldocs import bernoulli, kl
    >>> print(kl(bernoulli("1/4"), bernoulli("1/2")))
    D_KL(P‖Q) = −ln 2 + 3/4 ln 3 ≈ 0.130812 nats (exact finite sum)
    """
    return Bernoulli(_parameter(p, f"{name}.p"), name=name)


def categorical(probabilities: Sequence[Any] | str, *, name: str = "P") -> Categorical:
    """A categorical distribution over ``k`` categories (numbers, or affine in one variable).

    >>> from kldocs import categorical, entropy
    >>> print(entropy(categorical("1/2 1/4 1/4")))
    H(P) = 3/2 ln 2 ≈ 1.03972 nats (exact finite sum)
    """
    if isinstance(probabilities, str):
        found = Categorical.from_text(probabilities, name)
        assert isinstance(found, Categorical)
        return found
    return Categorical(tuple(_parameter(p, f"{name}.p") for p in probabilities), name=name)


def binomial(n: Any, p: Any, *, name: str = "P") -> Binomial:
    """The number of successes in ``n`` trials with success probability ``p``.

    >>> from kldocs import binomial
    >>> binomial(2, "1/2")
    Binomial(name='P', n=Fraction(2, 1), p=Fraction(1, 2))
    """
    return Binomial(_parameter(n, f"{name}.n"), _parameter(p, f"{name}.p"), name=name)


def geometric(p: Any, *, name: str = "P") -> Geometric:
    """The number of trials up to and including the first success (``k = 1, 2, ...``).

    >>> from kldocs import geometric, kl
    >>> print(kl(geometric("1/2"), geometric("1/3")))
    D_KL(P‖Q) = −3 ln 2 + 2 ln 3 ≈ 0.117783 nats (closed form, derived and checked)
    """
    return Geometric(_parameter(p, f"{name}.p"), name=name)


def poisson(rate: Any, *, name: str = "P") -> Poisson:
    """A Poisson distribution with rate (mean) ``rate``.

    >>> from kldocs import poisson, kl
    >>> print(kl(poisson(2), poisson(3)))
    D_KL(P‖Q) = 1 + 2 ln 2 − 2 ln 3 ≈ 0.189070 nats (closed form, derived and checked)
    """
    return Poisson(_parameter(rate, f"{name}.rate"), name=name)


def exponential(rate: Any, *, name: str = "P") -> Exponential:
    """An exponential distribution with rate ``rate`` (mean ``1/rate``).

    >>> from kldocs import exponential, entropy
    >>> print(entropy(exponential(2)))
    h(P) = 1 − ln 2 ≈ 0.306853 nats (closed form, derived and checked)
    """
    return Exponential(_parameter(rate, f"{name}.rate"), name=name)


def uniform(a: Any, b: Any, *, name: str = "P") -> Uniform:
    """The uniform distribution on ``[a, b]``.

    >>> from kldocs import uniform, kl
    >>> print(kl(uniform(0, 1), uniform(0, 2)))
    D_KL(P‖Q) = ln 2 ≈ 0.693147 nats (closed form, derived and checked)
    """
    return Uniform(_parameter(a, f"{name}.a"), _parameter(b, f"{name}.b"), name=name)


def normal(mu: Any = 0, sigma: Any = 1, *, name: str = "P") -> Normal:
    """The normal distribution with mean ``mu`` and standard deviation ``sigma``.

    >>> from kldocs import normal, kl
    >>> print(kl(normal(0, 1), normal(1, 2)))
    D_KL(P‖Q) = −1/4 + ln 2 ≈ 0.443147 nats (closed form, derived and checked)
    """
    return Normal(_parameter(mu, f"{name}.mu"), _parameter(sigma, f"{name}.sigma"), name=name)


def mvnormal(
    mean: Sequence[Any],
    cov: Sequence[Sequence[Any]] | None = None,
    *,
    var: Sequence[Any] | None = None,
    name: str = "P",
) -> MultivariateNormal:
    """A multivariate normal distribution: ``cov`` a covariance matrix, or ``var`` the variances of a diagonal one.

    >>> from kldocs import mvnormal, kl
    >>> print(kl(mvnormal([0, 0], var=[1, 1]), mvnormal([1, 0], cov=[[1, 0], [0, 1]])))
    D_KL(P‖Q) = 1/2 = 0.5 nats (closed form, derived and checked)
    """
    if (cov is None) == (var is None):
        raise InputError(f"{name}.cov", "give cov (a matrix) or var (the diagonal), one of them")
    if var is not None:
        cov = [[v if i == j else 0 for j in range(len(var))] for i, v in enumerate(var)]
    assert cov is not None
    means = tuple(_parameter(m, f"{name}.mean") for m in mean)
    matrix = tuple(tuple(_parameter(c, f"{name}.cov") for c in row) for row in cov)
    return MultivariateNormal(means, matrix, name=name)
