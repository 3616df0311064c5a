"""kldocs: exact KL divergence and its relatives, for teaching and checking.

>>> import kldocs
>>> P = kldocs.parse_distribution("0.2, 0.5, 0.3")
>>> Q = kldocs.parse_distribution("3/10 2/5 3/10", name="Q")
>>> kldocs.kl(P, Q).latex()
'-\\\\frac{4}{5} \\\\ln 2 - \\\\frac{1}{5} \\\\ln 3 + \\\\frac{1}{2} \\\\ln 5'
>>> print(kldocs.kl(P, Q))
D_KL(P‖Q) = −4/5 ln 2 − 1/5 ln 3 + 1/2 ln 5 ≈ 0.0304788 nats
"""

from typing import TYPE_CHECKING, Any

from kldocs.errors import InputError
from kldocs.exact import Base, BaseLike, ExactValue, LogSum
from kldocs.families import Family, FamilyQuantity
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
from kldocs.inputs import Distribution, DistributionLike, parse_distribution, read_distribution_file
from kldocs.inputs.distribution import register_display
from kldocs.measures import Quantity, Term, cross_entropy, entropy, jeffreys, jsd, kl, mixture

if TYPE_CHECKING:
    from kldocs.display import Shown, ShownValue, derivation, in_language, worked_example

__version__ = "0.1.0"

#: Names made on first use: pages to show in Jupyter bring Jinja and the templates, which
#: ``kldocs compute`` never needs.
_SHOWN = ("Shown", "ShownValue", "derivation", "in_language", "worked_example")


def _show_distribution(distribution: Distribution, mime: str) -> str:
    """A Distribution in Jupyter, by :func:`kldocs.display.show_distribution` (imported on first display)."""
    from kldocs.display import show_distribution

    return show_distribution(distribution, mime)


register_display(_show_distribution)


def __getattr__(name: str) -> Any:
    if name in _SHOWN:
        from kldocs import display

        return getattr(display, name)
    raise AttributeError(f"module 'kldocs' has no attribute {name!r}")


__all__ = [
    "Base",
    "BaseLike",
    "Distribution",
    "DistributionLike",
    "ExactValue",
    "Family",
    "FamilyQuantity",
    "InputError",
    "LogSum",
    "Quantity",
    "Shown",
    "ShownValue",
    "Term",
    "bernoulli",
    "binomial",
    "categorical",
    "cross_entropy",
    "derivation",
    "entropy",
    "exponential",
    "geometric",
    "in_language",
    "jeffreys",
    "jsd",
    "kl",
    "mixture",
    "mvnormal",
    "normal",
    "parse_distribution",
    "poisson",
    "read_distribution_file",
    "uniform",
    "worked_example",
]
