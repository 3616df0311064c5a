"""Charts of two multivariate normal distributions: contour lines of both densities and a heat map of the integrand.

In two dimensions the page shows both densities as contour lines over the
plane, drawn where they enclose 90%, 50% and 10% of each distribution's
probability (a normal density in the plane is ``peak * e^(-r^2/2)`` at
Mahalanobis distance ``r``, and the mass within ``r`` is ``1 - e^(-r^2/2)``,
so the line enclosing a share ``a`` is at ``peak * (1 - a)``), and
``p log(p/q)`` as colours (its integral over the plane is the KL
divergence); in other dimensions, the density of each coordinate alone
(its marginal) under P and under Q, one panel for each coordinate.

>>> from kldocs.families import mvnormal
>>> from kldocs.models.words import Words
>>> P, Q = mvnormal([0, 0], [[1, 0], [0, 1]]), mvnormal([1, 0], [[2, 1], [1, 2]], name="Q")
>>> chart = joint_densities(P, Q, Words("en"))
>>> chart.kind, len(chart.series[0][1]) == len(chart.x_values) * len(chart.y_values)
('contours', True)
"""

from __future__ import annotations

import math

from kldocs.exact import Base
from kldocs.families.multivariate_normal import MultivariateNormal
from kldocs.models.blocks import Chart
from kldocs.models.words import Words

#: Grid points along each axis of a chart over the plane.
GRID_POINTS = 81
#: Points along x in a chart of marginal densities.
CURVE_POINTS = 241
#: The shares of probability each density's contour lines enclose, from the outermost line in.
ENCLOSED = (0.9, 0.5, 0.1)


def joint_densities(P: MultivariateNormal, Q: MultivariateNormal, words: Words) -> Chart:
    """Both densities: contour lines over the plane in two dimensions, else the marginal densities."""
    if P.dimension != 2:
        return _marginals(P, Q, words)
    xs, ys = _grid(P, Q)
    series = tuple((f"${d.name}$", tuple(d.density_at((x, y)) for y in ys for x in xs)) for d in (P, Q))
    peaks = [d.density_at(tuple(float(m) for m in d.mean)) for d in (P, Q)]  # type: ignore[arg-type]
    return Chart(
        "densities",
        "contours",
        (),
        series,
        "$x_1$",
        "$x_2$",
        words("family.chart.joint.title"),
        words("family.chart.joint.alt"),
        xs,
        words.inline("family.chart.joint.caption"),
        y_values=ys,
        levels=tuple(tuple(peak * (1 - share) for share in ENCLOSED) for peak in peaks),
    )


def joint_integrand(P: MultivariateNormal, Q: MultivariateNormal, words: Words, base: Base) -> Chart | None:
    """``p log(p/q)`` over the plane as a heat map (in the page's unit); None outside two dimensions."""
    if P.dimension != 2:
        return None
    xs, ys = _grid(P, Q, within=P)
    scale = base.nats_per_unit
    values = []
    for y in ys:
        for x in xs:
            p, q = P.density_at((x, y)), Q.density_at((x, y))
            values.append(p * (math.log(p) - math.log(q)) / scale if p > 0 else 0.0)
    return Chart(
        "integrand",
        "heatmap",
        (),
        ((words("family.chart.plane.series"), tuple(values)),),
        "$x_1$",
        "$x_2$",
        words("family.chart.plane.title"),
        words("family.chart.plane.alt"),
        xs,
        words.inline("family.chart.plane.caption"),
        y_values=ys,
    )


def _marginals(P: MultivariateNormal, Q: MultivariateNormal, words: Words) -> Chart:
    boxes = [*P.plotted_box(), *Q.plotted_box()]
    low, high = min(b[0] for b in boxes), max(b[1] for b in boxes)
    xs = tuple(low + (high - low) * i / (CURVE_POINTS - 1) for i in range(CURVE_POINTS))
    series = tuple(
        (f"${d.name}$", tuple(d.marginal_density(j, x) for x in xs)) for j in range(P.dimension) for d in (P, Q)
    )
    return Chart(
        "densities",
        "pairs",
        tuple(f"$x_{{{j + 1}}}$" for j in range(P.dimension)),
        series,
        "$x$",
        words("family.chart.value"),
        words("family.chart.marginals.title"),
        words("family.chart.marginals.alt"),
        xs,
        words.inline("family.chart.marginals.caption"),
    )


def _grid(
    P: MultivariateNormal, Q: MultivariateNormal, within: MultivariateNormal | None = None
) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Evenly spaced x and y covering both distributions' boxes (or only ``within``'s)."""
    boxes = [within.plotted_box()] if within is not None else [P.plotted_box(), Q.plotted_box()]
    axes = []
    for j in range(2):
        low, high = min(box[j][0] for box in boxes), max(box[j][1] for box in boxes)
        axes.append(tuple(low + (high - low) * i / (GRID_POINTS - 1) for i in range(GRID_POINTS)))
    return axes[0], axes[1]
