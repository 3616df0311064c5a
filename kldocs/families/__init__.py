"""Parametric families as first-class distributions: Bernoulli, categorical, binomial, geometric,
Poisson, exponential, uniform, normal and multivariate normal.

A family goes wherever a :class:`~kldocs.Distribution` goes:
``kldocs.kl(kldocs.normal(0, 1), kldocs.normal(1, 2))`` is exact
(``log 2 + 1/4 - 1/2``), from the closed form of a verified derivation.
Parameters are exact (``0.1`` is one tenth, as typed); a parameter given as
a name (``"theta"``, ``"1 - theta"``) makes every measure a function of it.
Importing this package imports no SymPy; computing a closed form does.

>>> import kldocs
>>> kldocs.kl(kldocs.normal(0, 1), kldocs.normal(1, 2)).text()
'-1/4 + log(2)'
>>> kldocs.normal(0, -1)
Traceback (most recent call last):
...
kldocs.errors.InputError: P.sigma: must be positive, got -1
"""

from __future__ import annotations

from kldocs.errors import InputError
from kldocs.families.bernoulli import Bernoulli
from kldocs.families.binomial import Binomial
from kldocs.families.categorical import Categorical
from kldocs.families.exponential import Exponential
from kldocs.families.family import Family, Support
from kldocs.families.geometric import Geometric
from kldocs.families.make import (
    bernoulli,
    binomial,
    categorical,
    exponential,
    geometric,
    mvnormal,
    normal,
    poisson,
    uniform,
)
from kldocs.families.measures import family_measure
from kldocs.families.multivariate_normal import MultivariateNormal
from kldocs.families.normal import Normal
from kldocs.families.poisson import Poisson
from kldocs.families.quantity import FamilyQuantity
from kldocs.families.uniform import Uniform
from kldocs.measures.pairs import register_family_measure

register_family_measure(family_measure)

#: Every family by its key (the ``--family`` names).
FAMILIES: dict[str, type[Family]] = {
    family.key: family
    for family in (
        Bernoulli,
        Categorical,
        Binomial,
        Geometric,
        Poisson,
        Exponential,
        Uniform,
        Normal,
        MultivariateNormal,
    )
}


def parse_family(key: str, text: str, name: str = "P") -> Family:
    """The family ``key`` with parameters read from ``text`` (``"mu=0, sigma=1"``).

    Raises
    ------
    InputError
        For an unknown family (naming the known ones) or bad parameters (naming the parameter).
    """
    found = FAMILIES.get(key.strip().lower())
    if found is None:
        raise InputError("--family", f"{key!r} is not one of {', '.join(FAMILIES)}")
    return found.from_text(text, name)


def is_family(value: object) -> bool:
    """True for a parametric family (which measures then dispatch to :mod:`kldocs.families.measures`)."""
    return isinstance(value, Family)


__all__ = [
    "FAMILIES",
    "Bernoulli",
    "Binomial",
    "Categorical",
    "Exponential",
    "Family",
    "FamilyQuantity",
    "Geometric",
    "MultivariateNormal",
    "Normal",
    "Poisson",
    "Support",
    "Uniform",
    "bernoulli",
    "binomial",
    "categorical",
    "exponential",
    "geometric",
    "is_family",
    "mvnormal",
    "normal",
    "parse_family",
    "poisson",
    "uniform",
]
