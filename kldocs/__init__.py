"""kldocs: exact KL divergence and its relatives, for teaching and checking.

>>> import kldocs
>>> P = kldocs.parse_distribution("0.2, 0.5, 0.3")
>>> Q = kldocs.parse_distribution("3/10 2/5 3/10", name="Q")
>>> kldocs.kl(P, Q).latex()
'-\\\\frac{4}{5} \\\\ln 2 - \\\\frac{1}{5} \\\\ln 3 + \\\\frac{1}{2} \\\\ln 5'
>>> print(kldocs.kl(P, Q))
D_KL(P‖Q) = −4/5 ln 2 − 1/5 ln 3 + 1/2 ln 5 ≈ 0.0304788 nats
"""

from __future__ import annotations

import importlib

#: ``typing.TYPE_CHECKING`` without importing ``typing`` (and ``re``) at start-up; type checkers read it as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from kldocs.display import Shown, ShownValue, derivation, in_language, worked_example
    from kldocs.errors import InputError
    from kldocs.exact import Base, BaseLike, ExactValue, LogSum
    from kldocs.families import Family, FamilyQuantity, bernoulli, binomial, categorical, exponential, geometric

    # isort: split
    from kldocs.families import mvnormal, normal, poisson, uniform
    from kldocs.inputs import Distribution, DistributionLike, parse_distribution, read_distribution_file
    from kldocs.measures import Quantity, Term, cross_entropy, entropy, jeffreys, jsd, kl, mixture

__version__ = "0.1.0"

#: Where each public name lives. They are imported on first use, so that ``import kldocs`` (and the
#: command line, whose start-up must already answer Ctrl-C with one line) loads nothing heavy;
#: pages to show in Jupyter bring Jinja and the templates, which ``kldocs compute`` never needs.
_HOMES = {
    "kldocs.display": ("Shown", "ShownValue", "derivation", "in_language", "worked_example"),
    "kldocs.errors": ("InputError",),
    "kldocs.exact": ("Base", "BaseLike", "ExactValue", "LogSum"),
    "kldocs.families": (
        "Family",
        "FamilyQuantity",
        "bernoulli",
        "binomial",
        "categorical",
        "exponential",
        "geometric",
        "mvnormal",
        "normal",
        "poisson",
        "uniform",
    ),
    "kldocs.inputs": ("Distribution", "DistributionLike", "parse_distribution", "read_distribution_file"),
    "kldocs.measures": ("Quantity", "Term", "cross_entropy", "entropy", "jeffreys", "jsd", "kl", "mixture"),
}
_HOME = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'kldocs' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    _register_display()
    return value


def _register_display() -> None:
    """Let Distributions show themselves in Jupyter, once kldocs is in use (every public name brings the inputs)."""
    from kldocs.inputs.distribution import register_display

    register_display(_show_distribution)


def _show_distribution(distribution: Distribution, mime: str) -> str:
    """A Distribution in Jupyter, by :func:`kldocs.display.show_distribution` (imported on first display)."""
    from kldocs.display import show_distribution

    return show_distribution(distribution, mime)


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOME])


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
