"""The categorical family: probabilities of ``k`` categories, numbers or affine in one parameter.

``(theta, 1/4, 3/4 - theta)`` is a categorical distribution whose measures
are functions of ``theta``; the probabilities must add up to 1 for every
value of it.

>>> Categorical.from_text("theta, 1/4, 3/4 - theta").variable
'theta'
>>> Categorical.from_text("1/2, 1/3")
Traceback (most recent call last):
...
kldocs.errors.InputError: P.p: the probabilities add up to 5/6, not 1
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import ClassVar

from kldocs.errors import InputError
from kldocs.families.family import MAX_COUNT, Family, Range, Support
from kldocs.families.finite import Finite
from kldocs.families.parameters import Affine, Scalar, Value, _value, vector


@dataclass(frozen=True)
class Categorical(Finite):
    """A distribution over categories ``1, ..., k`` with probabilities ``p``."""

    p: tuple[Scalar, ...]

    key: ClassVar[str] = "categorical"
    title: ClassVar[str] = "categorical"
    latex_name: ClassVar[str] = r"\mathrm{Cat}"
    parameter_names: ClassVar[tuple[str, ...]] = ("p",)
    ranges: ClassVar[tuple[Range, ...]] = ("probability",)
    derivations: ClassVar[dict[str, str]] = {
        "kl": "categorical_kl",
        "cross_entropy": "categorical_cross_entropy",
        "entropy": "categorical_entropy",
    }

    def __post_init__(self) -> None:
        super().__post_init__()
        if not 2 <= len(self.p) <= MAX_COUNT:
            raise InputError(f"{self.name}.p", f"needs between 2 and {MAX_COUNT:,} categories, got {len(self.p)}")
        constant = sum((v.constant if isinstance(v, Affine) else v for v in self.p), Fraction(0))
        slope = sum((v.slope for v in self.p if isinstance(v, Affine)), Fraction(0))
        if constant != 1 or slope != 0:
            total = str(constant) if not slope else f"{constant} + {slope}*{self.variable}"
            raise InputError(f"{self.name}.p", f"the probabilities add up to {total}, not 1")

    @classmethod
    def from_text(cls, text: str, name: str = "P") -> Family:
        """The probabilities as a list: ``"1/5, 1/2, 3/10"``, ``"p=[theta, 1 - theta]"``."""
        body = text.strip()
        body = body.partition("=")[2].strip() if body.startswith("p") and "=" in body.split("[")[0] else body
        if "," not in body and not any(character.isalpha() for character in body.replace("e", "")):
            body = ", ".join(body.strip("[]").split())  # numbers separated by spaces, as --p takes them
        body = body if body.startswith("[") else "[" + body + "]"
        values: dict[str, Value] = {"p": vector(_value(body, f"{name}.p"), f"{name}.p")}
        return cls.from_values(values, name)

    @classmethod
    def from_values(cls, values: dict[str, Value], name: str) -> Family:
        return Categorical(vector(values["p"], f"{name}.p"), name=name)

    def outcomes(self) -> tuple[int, ...]:
        return tuple(range(1, len(self.p) + 1))

    def support(self) -> Support:
        return Support(Fraction(1), Fraction(len(self.p)), discrete=True)

    def probability(self, k: int) -> Fraction | None:
        if not 1 <= k <= len(self.p):
            return Fraction(0)
        value = self.p[k - 1]
        assert isinstance(value, Fraction)
        return value

    def plotted_range(self) -> tuple[float, float]:
        return 1.0, float(len(self.p))
