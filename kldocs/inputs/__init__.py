"""Inputs layer: text, files and arrays into validated distributions.

Everything here uses only the standard library (NumPy only when a NumPy
array is handed in). All validation and all input error messages live here.
"""

from kldocs.inputs.distribution import Distribution, DistributionLike, parse_distribution
from kldocs.inputs.files import read_distribution_file
from kldocs.inputs.numbers import parse_number

__all__ = ["Distribution", "DistributionLike", "parse_distribution", "parse_number", "read_distribution_file"]
