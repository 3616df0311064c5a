"""Every named derivation, in the order ``kldocs verify`` runs them.

>>> names()[:3]
('log_inequality', 'x_minus_1_log_x', 'nonnegative_term')
>>> get("gibbs").title
'derivation.gibbs.title'
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from types import MappingProxyType

from kldocs.derivations.identities import (
    additivity,
    asymmetry,
    base_change,
    bernoulli,
    binomial,
    categorical,
    cross_entropy_loss,
    exponential,
    geometric,
    gibbs,
    jeffreys,
    jensen_shannon,
    kl_cross_entropy,
    lemma_proofs,
    multivariate_normal,
    normal,
    poisson,
    uniform,
)
from kldocs.derivations.steps import Derivation

_FACTORIES: MappingProxyType[str, Callable[[], Derivation]] = MappingProxyType(
    {
        "log_inequality": lemma_proofs.log_inequality,
        "x_minus_1_log_x": lemma_proofs.x_minus_1_log_x,
        "nonnegative_term": lemma_proofs.nonnegative_term,
        "kl_cross_entropy": kl_cross_entropy.derivation,
        "gibbs": gibbs.derivation,
        "cross_entropy_loss": cross_entropy_loss.derivation,
        "asymmetry": asymmetry.derivation,
        "jeffreys": jeffreys.derivation,
        "jensen_shannon": jensen_shannon.derivation,
        "jsd_bounds": jensen_shannon.bounds,
        "base_change": base_change.derivation,
        "additivity": additivity.derivation,
        "bernoulli": bernoulli.derivation,
        "gaussian": normal.kl,
        # Parametric families: the closed forms the families layer evaluates.
        "bernoulli_cross_entropy": bernoulli.cross_entropy,
        "bernoulli_entropy": bernoulli.entropy,
        "categorical_kl": categorical.kl,
        "categorical_cross_entropy": categorical.cross_entropy,
        "categorical_entropy": categorical.entropy,
        "binomial_kl": binomial.kl,
        "geometric_kl": geometric.kl,
        "geometric_cross_entropy": geometric.cross_entropy,
        "geometric_entropy": geometric.entropy,
        "poisson_kl": poisson.kl,
        "exponential_kl": exponential.kl,
        "exponential_cross_entropy": exponential.cross_entropy,
        "exponential_entropy": exponential.entropy,
        "uniform_kl": uniform.kl,
        "uniform_cross_entropy": uniform.cross_entropy,
        "uniform_entropy": uniform.entropy,
        "normal_cross_entropy": normal.cross_entropy,
        "normal_entropy": normal.entropy,
        "vae_kl": normal.vae,
        "multivariate_normal_kl": multivariate_normal.kl,
        "multivariate_normal_cross_entropy": multivariate_normal.cross_entropy,
        "multivariate_normal_entropy": multivariate_normal.entropy,
        # The same derivations in three dimensions (one function writes both).
        "multivariate_normal_3d_kl": partial(multivariate_normal.kl, 3),
        "multivariate_normal_3d_cross_entropy": partial(multivariate_normal.cross_entropy, 3),
        "multivariate_normal_3d_entropy": partial(multivariate_normal.entropy, 3),
    }
)


def names() -> tuple[str, ...]:
    """The names of all derivations, in order."""
    return tuple(_FACTORIES)


@cache
def get(name: str) -> Derivation:
    """The derivation called ``name`` (built once).

    Raises
    ------
    KeyError
        When there is none; the message lists the known names.
    """
    if name not in _FACTORIES:
        raise KeyError(f"no derivation named {name!r}; known: {', '.join(_FACTORIES)}")
    return _FACTORIES[name]()


def all_derivations() -> tuple[Derivation, ...]:
    """Every derivation, in order."""
    return tuple(get(name) for name in _FACTORIES)
