r"""Entropy of probabilities written as its arguments: ``H(1/2, 1/4, 1/4) = 1.5 bits``.

The arguments are the distribution (they must sum to 1, else the claim is
not read), so the claim is its sum written out: ``-(1/2 \log(1/2) + ...) =
1.5 bits``, judged as any formula is, in the unit written with the value
(or the document's base). Terms with probability 0 add nothing.

>>> [claim.text for claim in explicit_entropies("Here H(1/2, 1/4, 1/4) = 1.5 bits.", 0)]
['-(1/2 \\log(1/2) + 1/4 \\log(1/4) + 1/4 \\log(1/4)) = 1.5 bits']
>>> list(explicit_entropies("H(1/2, 1/2) + 1/2 H(1/2, 1/2) = 1.5 bits", 0))
[]

The binary entropy function of one probability is the entropy of it and its complement:

>>> [claim.text for claim in explicit_entropies("so H_b(0.1) = 0.469 bits", 0)]
['-(0.1 \\log(0.1) + 0.9 \\log(0.9)) = 0.469 bits']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.lazy_patterns import lazy

_NUMBER = r"[0-9]+(?:\.[0-9]+)?(?:/[0-9]+)?"
#: The binary entropy function's name: ``H_b``, ``H_{\text{b}}``, ``h_b``, ``H_{bin}`` (not ``H_2``, which may be
#: Rényi's entropy of order 2).
_BINARY = r"[Hh]_\{?\s*(?:\\(?:text|mathrm|rm)\s*\{?\s*)?(?:b|bin)\s*\}?\s*\}?"
_CLAIM = lazy(
    rf"(?:(?<![A-Za-z_\\])H\s*\(\s*(?P<arguments>{_NUMBER}(?:\s*[,;]\s*{_NUMBER}){{1,11}})"
    rf"|(?<![A-Za-z_\\]){_BINARY}\s*\(\s*(?P<probability>{_NUMBER}))\s*\)\s*"
    rf"(?P<relation>=|≈|\\approx)\s*(?P<value>{_NUMBER})(?![0-9./])(?:\s*(?P<unit>bits?|nats?)(?![A-Za-z]))?"
)


#: What ends right before an entropy that is a term or a factor of a larger side: an operator, a number, a brace.
_TERM_BEFORE = lazy(r"(?:[-+*/·×}0-9)]|\\cdot|\\times)\s*$")


def explicit_entropies(text: str, offset: int) -> Iterator[CommentClaim]:
    """The claims ``H(p1, p2, ...) = value`` of a line, as formulas kldocs reads (``offset``: where the line starts)."""
    if "H" not in text and "h_" not in text:
        return
    for match in _CLAIM.finditer(text):
        if _TERM_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "... + \frac{1}{2} H(1/2, 1/2) = 1.5": one term of a sum, not the side
        if match.group("probability") is not None:  # H_b(p) = H(p, 1 - p)
            probability = match.group("probability")
            rest = str(1 - Decimal(probability)) if "/" not in probability else str(1 - Fraction(probability))
            written = [probability, rest] if Fraction(probability) <= 1 else []
        else:
            written = re.split(r"\s*[,;]\s*", match.group("arguments"))
        if sum(Fraction(item) for item in written) != 1:
            continue
        terms = " + ".join(f"{item} \\log({item})" for item in written if Fraction(item) != 0)
        unit = f" {match.group('unit')}" if match.group("unit") else ""
        relation = "\\approx" if match.group("relation") != "=" else "="
        yield CommentClaim(f"-({terms}) {relation} {match.group('value')}{unit}", offset + match.start("value"))
