"""The uniform family on an interval ``[a, b]`` with ``a < b``.

>>> from fractions import Fraction
>>> Uniform(Fraction(0), Fraction(2)).support().within(Uniform(Fraction(0), Fraction(1)).support())
False
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import ClassVar

from kldocs.errors import InputError
from kldocs.families.family import Family, Range, Support
from kldocs.families.parameters import Affine, Scalar


@dataclass(frozen=True)
class Uniform(Family):
    """The uniform distribution on ``[a, b]``."""

    a: Scalar
    b: Scalar

    key: ClassVar[str] = "uniform"
    title: ClassVar[str] = "uniform"
    latex_name: ClassVar[str] = r"\mathcal{U}"
    parameter_names: ClassVar[tuple[str, ...]] = ("a", "b")
    ranges: ClassVar[tuple[Range, ...]] = ("real", "real")
    aliases: ClassVar[dict[str, str]] = {"low": "a", "high": "b", "lower": "a", "upper": "b"}
    derivations: ClassVar[dict[str, str]] = {
        "kl": "uniform_kl",
        "cross_entropy": "uniform_cross_entropy",
        "entropy": "uniform_entropy",
    }
    shape: ClassVar[tuple[str, str] | None] = ("kldocs.derivations.identities.uniform", "UNIFORM")

    def __post_init__(self) -> None:
        super().__post_init__()
        if isinstance(self.a, Fraction) and isinstance(self.b, Fraction) and self.a >= self.b:
            raise InputError(f"{self.name}.b", f"must be greater than a = {self.a}, got {self.b}")
        for end in ("a", "b"):
            if isinstance(getattr(self, end), Affine):
                raise InputError(f"{self.name}.{end}", "a uniform distribution's ends must be numbers")

    @property
    def width(self) -> Fraction:
        return self.b - self.a  # type: ignore[operator]

    def support(self) -> Support:
        return Support(self.a, self.b)  # type: ignore[arg-type]

    def density(self, x: float) -> float:
        return 1 / float(self.width) if float(self.a) <= x <= float(self.b) else 0.0  # type: ignore[arg-type]

    def plotted_range(self) -> tuple[float, float]:
        margin = float(self.width) / 4
        return float(self.a) - margin, float(self.b) + margin  # type: ignore[arg-type]
