"""Exact core: sums of logarithms over coprime atoms, bases, the one exact value, certified decimals.

A value is ``r + sum_b L_b / ln(b)`` with rational ``r`` and exact
:class:`LogSum` parts ``L_b`` (rational multiples of logarithms of pairwise
coprime integers), or a signed infinity: :class:`ExactValue`.
"""

from kldocs.exact.base import Base, BaseLike
from kldocs.exact.logsum import LogSum
from kldocs.exact.rounding import UndecidableError, round_significant
from kldocs.exact.value import ExactValue

__all__ = ["Base", "BaseLike", "ExactValue", "LogSum", "UndecidableError", "round_significant"]
