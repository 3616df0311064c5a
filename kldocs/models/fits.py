"""Forward and reverse KL: fitting a one-peaked model to a two-peaked P.

A fixed example (it cannot be built from a handout's three categories): P
mixes two discretised normal bumps on ``GRID`` categories, the model is
one discretised normal ``Q(mu, sigma)`` on the same categories. Minimising
``D_KL(P || Q)`` (forward) spreads Q over both bumps (mass-covering);
minimising ``D_KL(Q || P)`` (reverse) puts Q on one bump (mode-seeking).

Each fit is found by a coarse grid search refined twice around the best
point, and then checked: with the public measures API (float path), no
neighbour at the last step in mu or sigma has a smaller divergence.

>>> forward, reverse = fits()
>>> forward.checked and reverse.checked
True
>>> forward.sigma > 3 * reverse.sigma   # one wide bump against one narrow bump
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

import numpy as np

#: Number of categories of the example.
GRID = 30
#: The two bumps of P: (weight, mean, standard deviation) on categories 1 to GRID; the heavier one on the left.
BUMPS = ((0.6, 9.0, 1.8), (0.4, 22.0, 1.8))
#: Search box for the model's (mu, sigma).
MU_RANGE = (1.0, float(GRID))
SIGMA_RANGE = (0.5, 12.0)
#: Step of the coarse grid, and how much finer each refinement is.
COARSE_STEP = 0.1
REFINEMENTS = (20, 20)

Direction = Literal["forward", "reverse"]


@dataclass(frozen=True)
class Fit:
    """The best one-peaked model in one direction.

    Attributes
    ----------
    direction
        ``"forward"`` minimises ``D_KL(P || Q)``, ``"reverse"`` ``D_KL(Q || P)``.
    mu, sigma
        The model's centre and spread, in categories.
    model
        Its probabilities.
    nats
        The minimal divergence, in nats (from :func:`kldocs.kl`).
    checked
        True when no neighbour at the final step has a smaller divergence.
    """

    direction: Direction
    mu: float
    sigma: float
    model: tuple[float, ...]
    nats: float
    checked: bool


def bump(mu: float | np.ndarray, sigma: float | np.ndarray) -> np.ndarray:
    """A normal density on the categories ``1 .. GRID``, normalised to sum to 1 (rows for arrays)."""
    x = np.arange(1, GRID + 1, dtype=float)
    mu_, sigma_ = np.asarray(mu, dtype=float)[..., None], np.asarray(sigma, dtype=float)[..., None]
    weights = np.exp(-0.5 * ((x - mu_) / sigma_) ** 2)
    return weights / weights.sum(axis=-1, keepdims=True)


@cache
def two_peaks() -> tuple[float, ...]:
    """P: the mixture of :data:`BUMPS`."""
    total = np.sum([weight * bump(mu, sigma) for weight, mu, sigma in BUMPS], axis=0)
    return tuple(float(v) for v in total / total.sum())


@cache
def fits() -> tuple[Fit, Fit]:
    """The forward and the reverse fit (computed once)."""
    return _fit("forward"), _fit("reverse")


def divergence(direction: Direction, mu: float, sigma: float) -> float:
    """``D_KL(P || Q)`` or ``D_KL(Q || P)`` in nats for the model ``(mu, sigma)``, by :func:`kldocs.kl`."""
    from kldocs.measures import kl

    p, q = np.array(two_peaks()), bump(mu, sigma)
    return float(kl(p, q)) if direction == "forward" else float(kl(q, p))


def _objective(direction: Direction, mus: np.ndarray, sigmas: np.ndarray) -> np.ndarray:
    """The divergence for many models at once (the search; the result is confirmed by :func:`divergence`)."""
    p, q = np.array(two_peaks()), bump(mus, sigmas)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        terms = p * np.log(p / q) if direction == "forward" else q * np.log(q / p)
    return np.asarray(np.nansum(terms, axis=-1))


def _fit(direction: Direction) -> Fit:
    step = COARSE_STEP
    mus = np.arange(MU_RANGE[0], MU_RANGE[1] + step / 2, step)
    sigmas = np.arange(SIGMA_RANGE[0], SIGMA_RANGE[1] + step / 2, step)
    mu, sigma = _best(direction, mus, sigmas)
    for factor in REFINEMENTS:
        fine = step / factor
        mus = mu + np.arange(-step, step + fine / 2, fine)
        sigmas = np.clip(sigma + np.arange(-step, step + fine / 2, fine), SIGMA_RANGE[0], None)
        mu, sigma, step = *_best(direction, mus, sigmas), fine
    value = divergence(direction, mu, sigma)
    neighbours = [(mu + a * step, sigma + b * step) for a in (-1, 0, 1) for b in (-1, 0, 1) if a or b]
    checked = all(divergence(direction, m, s) >= value for m, s in neighbours)
    model = tuple(float(v) for v in bump(mu, sigma))
    return Fit(direction, round(mu, 6), round(sigma, 6), model, value, checked)


def _best(direction: Direction, mus: np.ndarray, sigmas: np.ndarray) -> tuple[float, float]:
    grid_mu, grid_sigma = np.meshgrid(mus, sigmas, indexing="ij")
    values = _objective(direction, grid_mu.ravel(), grid_sigma.ravel())
    index = int(np.argmin(values))
    return float(grid_mu.ravel()[index]), float(grid_sigma.ravel()[index])
