r"""Entropy of probabilities written as its arguments: ``H(1/2, 1/4, 1/4) = 1.5 bits``.

The arguments are the distribution (they must sum to 1, else the claim is
not read), so the claim is its sum written out: ``-(1/2 \log(1/2) + ...) =
1.5 bits``, judged as any formula is, in the unit written with the value
(or the document's base). Terms with probability 0 add nothing.

>>> [claim.text for claim in explicit_entropies("Here H(1/2, 1/4, 1/4) = 1.5 bits.", 0)]
['-(1/2 \\log(1/2) + 1/4 \\log(1/4) + 1/4 \\log(1/4)) = 1.5 bits']
>>> list(explicit_entropies("H(1/2, 1/2) + 1/2 H(1/2, 1/2) = 1.5 bits", 0))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.lazy_patterns import lazy

_NUMBER = r"[0-9]+(?:\.[0-9]+)?(?:/[0-9]+)?"
_CLAIM = lazy(
    rf"(?<![A-Za-z_\\])H\s*\(\s*(?P<arguments>{_NUMBER}(?:\s*[,;]\s*{_NUMBER}){{1,11}})\s*\)\s*"
    rf"(?P<relation>=|≈|\\approx)\s*(?P<value>{_NUMBER})(?![0-9./])(?:\s*(?P<unit>bits?|nats?)(?![A-Za-z]))?"
)


#: What ends right before an entropy that is a term or a factor of a larger side: an operator, a number, a brace.
_TERM_BEFORE = lazy(r"(?:[-+*/·×}0-9)]|\\cdot|\\times)\s*$")


def explicit_entropies(text: str, offset: int) -> Iterator[CommentClaim]:
    """The claims ``H(p1, p2, ...) = value`` of a line, as formulas kldocs reads (``offset``: where the line starts)."""
    if "H" not in text:
        return
    for match in _CLAIM.finditer(text):
        if _TERM_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "... + \frac{1}{2} H(1/2, 1/2) = 1.5": one term of a sum, not the side
        written = re.split(r"\s*[,;]\s*", match.group("arguments"))
        if sum(Fraction(item) for item in written) != 1:
            continue
        terms = " + ".join(f"{item} \\log({item})" for item in written if Fraction(item) != 0)
        unit = f" {match.group('unit')}" if match.group("unit") else ""
        relation = "\\approx" if match.group("relation") != "=" else "="
        yield CommentClaim(f"-({terms}) {relation} {match.group('value')}{unit}", offset + match.start("value"))
