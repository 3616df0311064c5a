r"""A formula in a comparison table's column of formulas: ``| KL | Σ P log(P/Q) |``, ``| JS | ½[KL(P‖M)+KL(Q‖M)] |``.

The row's measure gives the formula's left side: ``D_KL(P||Q) = `` before a KL row's cell, ``H(P,Q) = `` before a
cross-entropy's, ``H(P) = `` before an entropy's (only in a row named by the measure's name alone, not "Reverse KL",
"KL(Q‖P)" or "H(Q, P)": see :func:`~kldocs.checker.table_properties.table_properties`), and the definition is
judged as :mod:`~kldocs.checker.sum_definitions` judges one written out (its sign, its weights, its logarithm). A
JS row's cell is read for its two KL divergences and the factor one half: of P and Q from one mixture M (right), or
of P from Q and Q from P (the average of the two directions, half the Jeffreys divergence: not the JSD). Anything
else in the cell (a value, a word, a formula of another shape) is left alone.

>>> formula_claim("kl", "$\\sum_x P(x) \\log \\frac{P(x)}{Q(x)}$"), formula_claim("kl", "-Σ P log(P/Q)")
(('sum_definition', False), ('sum_definition', True))
>>> formula_claim("jsd", "½[KL(P‖M)+KL(Q‖M)]"), formula_claim("jsd", "(KL(P||Q) + KL(Q||P))/2")
(('mixture_average', False), ('jsd_average', False))
"""

from __future__ import annotations

import re

from kldocs.checker.formula_shapes import sign_of_definition
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.sum_definitions import defined_kind

#: The left side put before a cell's formula, by the row's measure.
_LEFT = {"kl": r"D_{KL}(P \| Q)", "cross_entropy": "H(P, Q)", "entropy": "H(P)"}
#: One half, before the two KL divergences or dividing their sum.
_HALF = lazy(r"½|1\s*/\s*2|\\[dt]?frac\s*\{\s*1\s*\}\s*\{\s*2\s*\}|0\.5|[)\]}]\s*/\s*2(?![0-9])")
#: A KL divergence of two capital letters: ``KL(P‖M)``, ``D_{KL}(Q \| M)``.
_TERM = lazy(
    r"(?:KL|D_?\s*\{?\s*(?:\\(?:text|mathrm|rm)\s*\{\s*)?KL\s*\}?\s*\}?|D)\s*(?:\\left)?[(\[]\s*(?P<x>[A-Z])\s*"
    r"(?:\\\||\|\||‖|\\parallel|\\Vert|\||,)\s*(?P<y>[A-Z])\s*(?:\\right)?[)\]]"
)
#: Most characters of a cell read as a formula.
_LONGEST = 300


def formula_claim(measure: str, cell: str) -> tuple[str, bool] | None:
    """What a table cell's formula says of the row's ``measure``: ``(property, negated)``, or None."""
    formula = cell.strip().strip("$`").strip()
    if not formula or len(formula) > _LONGEST:
        return None
    if measure == "jsd":
        return _jsd(formula)
    left = _LEFT.get(measure)
    if left is None:
        return None
    shape = sign_of_definition(formula if "=" in formula else f"{left} = {formula}")
    if shape is None or shape[0] != measure:
        return None
    return defined_kind(shape[1])


def _jsd(formula: str) -> tuple[str, bool] | None:
    """The JSD as half the sum of two KL divergences: from a mixture M, or the two directions of P and Q."""
    terms = [(match.group("x"), match.group("y")) for match in _TERM.finditer(formula)]
    if len(terms) != 2 or _HALF.search(formula) is None or re.search(r"[-−]\s*(?:KL|D)", formula):
        return None
    (p, m), (q, n) = terms
    if m == n and len({p, q, m}) == 3:
        return "mixture_average", False
    if (p, m) == (n, q) and p != m:
        return "jsd_average", False
    return None
