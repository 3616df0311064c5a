r"""An equation between measures that is a universal identity once one of its terms has its sign flipped.

``H(P) = H(P,Q) + D(P\|Q)`` fails for every pair with P ≠ Q one way only (its right side is never the smaller), so
by itself it might be a claim about special pairs; but ``H(P) = H(P,Q) - D(P\|Q)`` holds for every pair, so the
written equation holds exactly where the term ``D(P\|Q)`` is 0: a term no one writes to be 0, its sign flipped.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> text = r"H(P) = H(P,Q) + D(P\|Q)"
>>> (statement,) = [s for s in statements(tokenize(text), text) if not s.fallback]
>>> [text[term.start : term.end] for _, term in flipped_terms(statement.right)]
['H(P,Q)', 'D(P\\|Q)']
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kldocs.checker.latex_numbers import Node, Sum
from kldocs.checker.trees import measures_in

#: Most terms a side may have for each of them to be flipped in turn.
MAX_TERMS = 6


def flipped_terms(node: Node) -> Iterator[tuple[Node, Node]]:
    """Each way of flipping the sign of one term that names a measure in a sum of two or more terms: the side with
    that term flipped, and the term."""
    if not isinstance(node, Sum) or not 2 <= len(node.terms) <= MAX_TERMS:
        return
    for index, (_, term) in enumerate(node.terms):
        if measures_in(term):
            terms = tuple((-each if place == index else each, other) for place, (each, other) in enumerate(node.terms))
            yield replace(node, terms=terms), term
