"""The multivariate normal family ``N(mean, cov)`` in a few dimensions.

The covariance is checked up front: square, of the mean's size, symmetric
and positive definite (every leading minor positive, computed exactly).
In two and three dimensions any covariance has a derived closed form (the
``multivariate_normal_*`` and ``multivariate_normal_3d_*`` derivations, made
by one function); in more dimensions the covariance must be diagonal
(``var=[...]``). Coordinates with a diagonal covariance are independent, so
outside two dimensions two diagonal covariances take the sum of the
one-dimensional closed forms (the additivity identity), exact even when a
variance is not a square (its logarithm and its square root's square are
exact).

>>> from fractions import Fraction
>>> MultivariateNormal.from_text("mean=[0, 0], cov=[[1, 2], [2, 1]]")
Traceback (most recent call last):
...
kldocs.errors.InputError: P.cov: is not positive definite: the determinant of its first 2 rows and columns is -3
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar

from kldocs.errors import InputError
from kldocs.families.family import Family, Range, Support, _latex, check_range
from kldocs.families.parameters import Affine, Scalar, Value, read_parameters, vector

if TYPE_CHECKING:
    from kldocs.exact import ExactValue

#: The largest dimension taken.
MAX_DIMENSION = 8
#: The dimensions in which a full covariance has derived closed forms (``kldocs.derivations.registry`` lists them).
FULL_DIMENSIONS = (2, 3)


@dataclass(frozen=True)
class MultivariateNormal(Family):
    """A normal distribution in ``d`` dimensions with mean ``mean`` and covariance matrix ``cov``."""

    mean: tuple[Scalar, ...]
    cov: tuple[tuple[Scalar, ...], ...]

    key: ClassVar[str] = "mvnormal"
    title: ClassVar[str] = "multivariate normal"
    latex_name: ClassVar[str] = r"\mathcal{N}"
    parameter_names: ClassVar[tuple[str, ...]] = ("mean", "cov")
    ranges: ClassVar[tuple[Range, ...]] = ("real", "real")
    aliases: ClassVar[dict[str, str]] = {"mu": "mean", "covariance": "cov", "sigma": "cov"}
    derivations: ClassVar[dict[str, str]] = {
        "kl": "multivariate_normal_kl",
        "cross_entropy": "multivariate_normal_cross_entropy",
        "entropy": "multivariate_normal_entropy",
    }
    shape: ClassVar[tuple[str, str] | None] = ("kldocs.derivations.identities.multivariate_normal", "PARAMETERS")
    plottable: ClassVar[bool] = False

    def __post_init__(self) -> None:
        for value in self.scalars():
            if isinstance(value, Affine):
                raise InputError(f"{self.name}.mean", "a multivariate normal distribution takes numbers only")
        check_range(self.mean, "real", f"{self.name}.mean")
        d = len(self.mean)
        if not 1 <= d <= MAX_DIMENSION:
            raise InputError(f"{self.name}.mean", f"needs between 1 and {MAX_DIMENSION} entries, got {d}")
        if len(self.cov) != d or any(len(row) != d for row in self.cov):
            raise InputError(f"{self.name}.cov", f"must be {d} x {d}, as the mean has {d} entries")
        for i in range(d):
            for j in range(i):
                if self.cov[i][j] != self.cov[j][i]:
                    where = f"entry ({i + 1}, {j + 1}) is {self.cov[i][j]} but ({j + 1}, {i + 1}) is {self.cov[j][i]}"
                    raise InputError(f"{self.name}.cov", f"is not symmetric: {where}")
        for size in range(1, d + 1):
            minor = _determinant([list(row[:size]) for row in self.cov[:size]])
            if minor <= 0:
                raise InputError(
                    f"{self.name}.cov",
                    f"is not positive definite: the determinant of its first {size} rows and columns is {minor}",
                )
        if d > max(FULL_DIMENSIONS) and not self.diagonal:
            raise InputError(
                f"{self.name}.cov",
                f"a full covariance is derived in two and three dimensions; in {d} give a diagonal one (var=[...])",
            )

    @classmethod
    def from_text(cls, text: str, name: str = "P") -> Family:
        """``mean=[0, 0], cov=[[1, 1/2], [1/2, 2]]`` or, for a diagonal covariance, ``mean=[0, 0], var=[1, 2]``."""
        if re.search(r"\bvar(?:iance)?\s*=", text):
            values = read_parameters(text.replace("variance", "var"), ("mean", "var"), name, {"mu": "mean"})
            variances = vector(values["var"], f"{name}.var")
            size = len(variances)
            matrix: Value = tuple(
                tuple(variances[i] if i == j else Fraction(0) for j in range(size)) for i in range(size)
            )
            values = {"mean": values["mean"], "cov": matrix}
        else:
            values = read_parameters(text, cls.parameter_names, name, cls.aliases)
        return cls.from_values(values, name)

    @classmethod
    def from_values(cls, values: dict[str, Value], name: str) -> Family:
        mean = vector(values["mean"], f"{name}.mean")
        cov = values["cov"]
        rows = cov if isinstance(cov, tuple) and all(isinstance(row, tuple) for row in cov) else None
        if rows is None:
            raise InputError(f"{name}.cov", "must be a matrix such as [[1, 0], [0, 1]]")
        return MultivariateNormal(mean, tuple(vector(row, f"{name}.cov") for row in rows), name=name)

    @property
    def dimension(self) -> int:
        return len(self.mean)

    @property
    def diagonal(self) -> bool:
        return all(self.cov[i][j] == 0 for i in range(self.dimension) for j in range(self.dimension) if i != j)

    def derivation_of(self, measure: str) -> str:
        """The derivation of ``measure`` in this dimension (``multivariate_normal_3d_kl`` in three)."""
        name = self.derivations[measure]
        return name if self.dimension == 2 else name.replace("normal_", f"normal_{self.dimension}d_", 1)

    def symbols_at(self) -> tuple[str, str] | None:
        """The parameter symbols of this dimension's derivations (``PARAMETERS_3D`` in three)."""
        assert self.shape is not None
        module, attribute = self.shape
        return (module, attribute if self.dimension == 2 else f"{attribute}_{self.dimension}D")

    def closed_form_values(self) -> tuple[Scalar, ...]:
        """The values of the derivation's symbols: the mean, then the covariance's upper triangle row by row."""
        d = self.dimension
        return (*self.mean, *(self.cov[i][j] for i in range(d) for j in range(i, d)))

    def closed_form_nats(self, measure: str, other: Family | None) -> ExactValue | None:
        """Outside two dimensions, for diagonal covariances, the sum over the coordinates of the normal closed forms.

        None when the derivation in this dimension gives the value (two dimensions, or a full covariance).
        """
        full = not self.diagonal or (isinstance(other, MultivariateNormal) and not other.diagonal)
        if self.dimension == 2 or full:
            return None
        import sympy

        from kldocs.exact import ExactValue
        from kldocs.families.closed_forms import value_at
        from kldocs.families.normal import Normal

        def coordinate(family: Any, j: int) -> tuple[Any, Any]:
            variance = family.cov[j][j]
            return sympy.Rational(family.mean[j]), sympy.sqrt(sympy.Rational(variance.numerator, variance.denominator))

        total = ExactValue()
        for j in range(self.dimension):
            second = coordinate(other, j) if measure != "entropy" else ()
            total += value_at(measure, Normal, coordinate(self, j), second)
        return total

    def latex(self) -> str:
        mean = r"\begin{pmatrix}" + r" \\ ".join(_latex(v) for v in self.mean) + r"\end{pmatrix}"
        cov = r"\begin{pmatrix}" + r" \\ ".join(" & ".join(_latex(v) for v in row) for row in self.cov)
        return rf"\mathcal{{N}}\left({mean}, {cov}\end{{pmatrix}}\right)"

    def support(self) -> Support:
        return Support(None, None)

    def density(self, x: float) -> float:
        raise ValueError("a multivariate density takes a point: density_at((x1, x2, ...))")

    def density_at(self, point: tuple[float, ...]) -> float:
        """The density at a point of ``d`` coordinates, as a float, for charts.

        >>> from kldocs.families import mvnormal
        >>> round(mvnormal([0, 0], var=[1, 1]).density_at((0.0, 0.0)), 6)
        0.159155
        """
        import numpy

        cov = numpy.array([[float(v) for v in row] for row in self.cov])  # type: ignore[arg-type]
        gap = numpy.array(point) - numpy.array([float(v) for v in self.mean])  # type: ignore[arg-type]
        quadratic = float(gap @ numpy.linalg.solve(cov, gap))
        scale = math.sqrt((2 * math.pi) ** self.dimension * float(numpy.linalg.det(cov)))
        return math.exp(-quadratic / 2) / scale

    def marginal_density(self, j: int, x: float) -> float:
        """The density of coordinate ``j`` (from 0) alone at ``x``: normal, with the ``j``-th mean and variance."""
        mean, variance = float(self.mean[j]), float(self.cov[j][j])  # type: ignore[arg-type]
        return math.exp(-((x - mean) ** 2) / (2 * variance)) / math.sqrt(2 * math.pi * variance)

    def plotted_box(self) -> tuple[tuple[float, float], ...]:
        """Where a chart shows nearly all of the mass: four standard deviations each way along each coordinate."""
        return tuple(
            (float(m) - 4 * math.sqrt(float(self.cov[j][j])), float(m) + 4 * math.sqrt(float(self.cov[j][j])))  # type: ignore[arg-type]
            for j, m in enumerate(self.mean)
        )


def _determinant(matrix: list[list[Any]]) -> Fraction:
    """The determinant by exact Gaussian elimination."""
    rows = [[Fraction(value) for value in row] for row in matrix]
    size, result = len(rows), Fraction(1)
    for column in range(size):
        pivot = next((r for r in range(column, size) if rows[r][column] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != column:
            rows[column], rows[pivot] = rows[pivot], rows[column]
            result = -result
        result *= rows[column][column]
        for r in range(column + 1, size):
            factor = rows[r][column] / rows[column][column]
            rows[r] = [a - factor * b for a, b in zip(rows[r], rows[column], strict=True)]
    return result
