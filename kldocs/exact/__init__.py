"""Exact core: canonical sums of logarithms, bases, certified decimals.

Values are ``sum_p c_p ln(p) / ln(b)`` with rational ``c_p`` over primes
``p`` (:class:`LogSum`, :class:`ExactValue`), or +infinity.
"""

from kldocs.exact.base import Base
from kldocs.exact.logsum import LogSum
from kldocs.exact.rounding import round_significant
from kldocs.exact.value import ExactValue

__all__ = ["Base", "ExactValue", "LogSum", "round_significant"]
