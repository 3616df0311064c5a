"""kldocs: exact KL divergence and its relatives, for teaching and checking.

>>> import kldocs
>>> P = kldocs.parse_distribution("0.2, 0.5, 0.3")
>>> Q = kldocs.parse_distribution("3/10 2/5 3/10", name="Q")
>>> kldocs.kl(P, Q).latex()
'-\\\\frac{4}{5} \\\\ln 2 - \\\\frac{1}{5} \\\\ln 3 + \\\\frac{1}{2} \\\\ln 5'
"""

from kldocs.errors import InputError
from kldocs.exact import Base, BaseLike, ExactValue, LogSum
from kldocs.inputs import Distribution, DistributionLike, parse_distribution, read_distribution_file
from kldocs.measures import Quantity, Term, cross_entropy, entropy, jeffreys, jsd, kl, mixture

__version__ = "0.1.0"

__all__ = [
    "Base",
    "BaseLike",
    "Distribution",
    "DistributionLike",
    "ExactValue",
    "InputError",
    "LogSum",
    "Quantity",
    "Term",
    "cross_entropy",
    "entropy",
    "jeffreys",
    "jsd",
    "kl",
    "mixture",
    "parse_distribution",
    "read_distribution_file",
]
