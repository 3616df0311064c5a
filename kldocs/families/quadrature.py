"""The JSD of two multivariate normal distributions by numerical integration: an estimate, not a certificate.

With ``r = log q - log p`` and ``softplus(r) = log(1 + e^r)``,
``log(2p / (p + q)) = log 2 - softplus(r)``, so

    JSD(P, Q) = log 2 - E_P[softplus(log q - log p)] / 2 - E_Q[softplus(log p - log q)] / 2.

Each average is taken in the coordinates that make its own distribution
standard (``x = m + L z``, ``Sigma = L L^T``, ``z ~ N(0, I)``), where the
integrand is analytic and the weight Gaussian: the trapezoidal rule on a grid
of step ``h`` over ``[-10, 10]`` in each coordinate then converges
exponentially. The step halves until two grids agree within
:data:`TOLERANCE`; their difference is the error estimate. That is an
estimate, not a bound (nothing proves that a finer grid would not move
further), so the value is an :class:`~kldocs.families.estimated.Estimated`,
marked as not certified wherever it is shown.

>>> from kldocs.families import mvnormal
>>> value = mvnormal_jsd(mvnormal([0, 0], var=[1, 1]), mvnormal([1, 0], var=[1, 1], name="Q"))
>>> value.decimal(6), value.error < 1e-12
('0.111421', True)
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from kldocs.families.estimated import Estimated

if TYPE_CHECKING:
    from kldocs.families.multivariate_normal import MultivariateNormal

#: Two grids agreeing within this (nats) end the refinement of each average.
TOLERANCE = 1e-12
#: The grid covers ``[-REACH, REACH]`` in each standard coordinate (the Gaussian weight beyond is below 1e-22).
REACH = 10.0
#: The most grid points, by dimension (a finer grid is not tried).
MAX_POINTS = {1: 1 << 20, 2: 1 << 21, 3: 1 << 22}
#: The largest dimension integrated this way.
MAX_DIMENSION = max(MAX_POINTS)
#: Points evaluated at once (memory).
CHUNK = 1 << 17


def mvnormal_jsd(P: MultivariateNormal, Q: MultivariateNormal) -> Estimated:
    """``JSD(P, Q)`` in nats, with its estimated error (see the module notes).

    Raises
    ------
    ValueError
        Above :data:`MAX_DIMENSION` dimensions.
    """
    if P.dimension > MAX_DIMENSION:
        raise ValueError(f"the JSD is integrated numerically in up to {MAX_DIMENSION} dimensions, not {P.dimension}")
    first, second = _Gaussian.of(P), _Gaussian.of(Q)
    (a, error_a), (b, error_b) = _refined(first, second), _refined(second, first)
    return Estimated(math.log(2) - (a + b) / 2, (error_a + error_b) / 2)


def _refined(own: _Gaussian, other: _Gaussian) -> tuple[float, float]:
    """``E_own[softplus(log other - log own)]`` and its error estimate: the steps halve until two grids agree.

    ``own``'s standard coordinates are turned so that ``other``'s axes are theirs (``own`` stays standard);
    along an axis where ``other`` is narrow the step starts as narrow as its spread there, so a narrow
    density seen from a wide one is resolved from the start, and only along that axis. When a finer grid
    would pass :data:`MAX_POINTS`, the last difference is the estimate, however large.
    """
    import numpy

    inverse = numpy.linalg.inv(own.factor)
    spreads, axes = numpy.linalg.eigh(inverse @ other.factor @ other.factor.T @ inverse.T)
    frame = own.factor @ axes
    steps = numpy.minimum(1.0, numpy.sqrt(spreads))
    limit = MAX_POINTS[len(steps)]
    while _points(steps / 2) > limit:  # room for at least two grids
        steps = steps * 2
    previous = _average(own, other, frame, steps)
    while True:
        steps = steps / 2
        value = _average(own, other, frame, steps)
        gap = abs(value - previous)
        if gap <= TOLERANCE or _points(steps / 2) > limit:
            return value, gap
        previous = value


def _points(steps: Any) -> float:
    """How many points a grid of these steps has."""
    return math.prod(2 * REACH / step + 1 for step in steps)


class _Gaussian:
    """A normal distribution in floating point: mean, Cholesky factor, log-density."""

    def __init__(self, mean: Any, cov: Any) -> None:
        import numpy

        self.mean = mean
        self.factor = numpy.linalg.cholesky(cov)
        self.log_scale = -0.5 * len(mean) * math.log(2 * math.pi) - float(numpy.log(numpy.diag(self.factor)).sum())

    @classmethod
    def of(cls, family: MultivariateNormal) -> _Gaussian:
        import numpy

        mean = numpy.array([float(v) for v in family.mean])  # type: ignore[arg-type]
        cov = numpy.array([[float(v) for v in row] for row in family.cov])  # type: ignore[arg-type]
        return cls(mean, cov)

    def log_density(self, points: Any) -> Any:
        """``log`` of the density at each row of ``points``."""
        import numpy

        whitened = numpy.linalg.solve(self.factor, (points - self.mean).T)
        return self.log_scale - 0.5 * (whitened**2).sum(axis=0)


def _average(own: _Gaussian, other: _Gaussian, frame: Any, steps: Any) -> float:
    """``E_own[softplus(log other - log own)]`` by the trapezoidal rule with ``steps`` along the axes of ``frame``
    (``x = mean + frame z`` with ``z`` standard).

    >>> import numpy
    >>> same = _Gaussian(numpy.zeros(2), numpy.eye(2))
    >>> round(_average(same, same, numpy.eye(2), numpy.array([0.5, 0.5])), 12) == round(math.log(2), 12)
    True
    """
    import numpy

    lines = [numpy.arange(-REACH, REACH + step / 2, step) for step in steps]
    rest = numpy.stack(numpy.meshgrid(*lines[1:], indexing="ij"), axis=-1).reshape(-1, len(lines) - 1)
    rows = max(1, CHUNK // max(1, len(rest)))
    total = 0.0
    for start in range(0, len(lines[0]), rows):  # a block of values of the first coordinate at a time
        first = lines[0][start : start + rows]
        grid = numpy.column_stack([numpy.repeat(first, len(rest)), numpy.tile(rest, (len(first), 1))])
        weight = numpy.exp(-0.5 * (grid**2).sum(axis=1))
        points = own.mean + grid @ frame.T
        gap = other.log_density(points) - own.log_density(points)
        total += float((weight * numpy.logaddexp(0.0, gap)).sum())
    return total * float(numpy.prod(steps)) / math.sqrt(2 * math.pi) ** len(steps)
