"""Measures layer: entropy, cross-entropy, KL, Jeffreys and Jensen-Shannon.

Each measure has its own module and returns a :class:`Quantity`: exact for
exact distributions, a float for NumPy float arrays, in any log base.
"""

from kldocs.measures.cross_entropy import cross_entropy
from kldocs.measures.entropy import entropy
from kldocs.measures.jeffreys import jeffreys
from kldocs.measures.jensen_shannon import jsd, mixture
from kldocs.measures.kullback_leibler import kl
from kldocs.measures.quantity import Quantity, Term

__all__ = ["Quantity", "Term", "cross_entropy", "entropy", "jeffreys", "jsd", "kl", "mixture"]
