r"""A KL divergence taken from the plain sum of two distributions, ``D_{KL}(p \| p+q)``, where the mixture
``(p+q)/2`` belongs: the slip of a GAN proof that writes ``-\log 4 + D(p \| p+q) + D(q \| p+q)``.

``p + q`` sums to 2, so it is no distribution and ``D(p || p+q)`` is no divergence. Read as the sum it
writes, ``\sum p \log \frac{p}{p+q}``, it is ``D(p || (p+q)/2) - \log 2``
(:meth:`~kldocs.checker.scope.KnownDistributions.value`).
An equation with such a term whose sides differ on every pair of distributions tried by the same multiple of
``\log 2`` (what each term lost) is false, its note naming the mixture; one that holds on them holds only for that
reading, and one whose sides differ otherwise (a divergence the document defines for measures, ``+ b - a``) may
be about another quantity: both are left unchecked.

>>> from kldocs.checker.tokens import MeasureSymbol
>>> summed_in([MeasureSymbol("kl", ("p", "p+q")), MeasureSymbol("jsd", ("p", "q"))])
'p+q'
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from fractions import Fraction

from kldocs.checker.judging import Outcome
from kldocs.checker.tokens import MeasureSymbol
from kldocs.exact import ExactValue


def summed_in(symbols: Sequence[MeasureSymbol]) -> str | None:
    """The first plain sum of two distributions a KL divergence is taken from (``"p+q"``), if any."""
    for symbol in symbols:
        if symbol.measure == "kl" and symbol.args and "+" in symbol.args[-1] and not symbol.args[-1].endswith("/2"):
            return symbol.args[-1]
    return None


@functools.lru_cache(maxsize=256)
def summed_outcome(
    kind: str,
    summed: str,
    tried: tuple[tuple[ExactValue, ExactValue], ...],
    failed: str | None,
) -> Outcome:
    r"""The verdict on an equation with a KL divergence from the sum ``summed``, given the sides' values in nats (where
    log 2 is no rational number, so a constant such as 2 is not taken for 2 log 2) on the pairs ``tried`` and, when
    it failed for one, which (``failed``). The note says nothing that depends on the base, which the document may
    not name.

    >>> one, log2 = ExactValue.number(1), ExactValue.log(2)
    >>> outcome = summed_outcome("identity", "p+q", ((one, one + log2 * 2),), "P = (1, 0), Q = (0, 1)")
    >>> outcome.verdict, outcome.note[-57:]
    ('false', 'the right side is 2 log 2 more than the left on each pair')
    >>> summed_outcome("identity", "p+q", ((one, one),), None).verdict
    'unchecked'
    >>> summed_outcome("identity", "p+q", ((one, one + 2),), "P = (1, 0), Q = (0, 1)").verdict
    'unchecked'
    """
    mixture = "(" + summed + ")/2"
    if failed is None:
        note = (
            f"it holds only if D(·||{summed}) is read as the sum of p log(p/({summed})), but {summed} sums to 2 and is "
            f"no distribution; the divergence from the mixture {mixture} is log 2 more: not judged"
        )
        return Outcome(kind, "unchecked", None, note)
    finite = [(left, right) for left, right in tried if left.is_finite and right.is_finite]
    if not finite or len(finite) != len(tried) or any(left == right for left, right in finite):
        note = f"{summed} sums to 2 and is no distribution, and the equation does not fail on every pair: not judged"
        return Outcome(kind, "unchecked", None, note)
    gap = _gap(finite)
    if not gap:  # D(p || p+q) of a divergence the document defines for measures: another quantity, not this slip
        note = (
            f"{summed} sums to 2 and is no distribution, and the two sides differ by other than the multiple of log 2 "
            f"that taking it for the mixture {mixture} would make: not judged"
        )
        return Outcome(kind, "unchecked", None, note)
    note = (
        f"{summed} is no distribution (it sums to 2): the mixture is {mixture}; taken from {summed}, each KL "
        f"divergence is log 2 less than from {mixture}, and the two sides differ on every pair tried (first for "
        f"{failed}){gap}"
    )
    return Outcome(kind, "false", None, note, universal=True)


def _gap(values: Sequence[tuple[ExactValue, ExactValue]]) -> str:
    """``: the right side is 2 log 2 more than the left on each pair`` when the sides differ by the same small
    multiple of log 2 (a half to four) on every pair (values in nats), else nothing. The multiple is guessed from
    the first pair's difference in floating point, then checked exactly on every pair."""
    left, right = values[0]
    multiple = Fraction(round(2 * float((right - left).decimal(12)) / math.log(2)), 2)
    if multiple == 0 or abs(multiple) > 4:
        return ""
    log2 = ExactValue.log(2)
    if not all((right - left - log2 * multiple).rational_value() == 0 for left, right in values):
        return ""
    more, less = ("right", "left") if multiple > 0 else ("left", "right")
    count = "" if abs(multiple) == 1 else f"{abs(multiple)} "
    return f": the {more} side is {count}log 2 more than the {less} on each pair"
