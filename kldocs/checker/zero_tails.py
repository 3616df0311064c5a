r"""A sum of weighted logarithms cut short with an ellipsis once its weights add up to 1: the rest weigh nothing.

A cross-entropy with a one-hot label is often written ``L = −(1×log(0.1) + 0×log(0.5) + ...)``: the weights
written are the label's, a distribution, and they already make 1, so every term the dots stand for has weight 0
and the sum is the terms written. The dots (with their plus) are then read as spaces; a sum whose written weights
make less than 1 (the dots may hold the rest) is left as it is.

>>> without_zero_tail("L = −(1×log(0.1) + 0×log(0.5) + ...) = 2.303")
'L = −(1×log(0.1) + 0×log(0.5)      ) = 2.303'
>>> without_zero_tail("L = −(0.5×log(0.1) + ...) = 2.303")
'L = −(0.5×log(0.1) + ...) = 2.303'
"""

from __future__ import annotations

import re
from fractions import Fraction

from kldocs.checker.lazy_patterns import lazy

#: The marks of a sum cut short.
DOTS = ("...", "…", "dots")
_TERM = (
    r"[0-9]{1,3}(?:\.[0-9]{1,6})?\s*(?:×|\*|\\times|\\cdot|·)\s*\\?(?:log|ln)(?:_?\{?[0-9]{1,2}\}?|₂)?\s*"
    r"(?:\(\s*[0-9.]{1,12}\s*\)|\{\s*[0-9.]{1,12}\s*\}|[0-9.]{1,12})"
)
_CUT_SUM = lazy(rf"(?P<terms>{_TERM}(?:\s*\+\s*{_TERM}){{0,11}})(?P<tail>\s*\+\s*(?:\.\.\.|…|\\[lc]?dots(?![A-Za-z])))")
_WEIGHT = lazy(r"([0-9]{1,3}(?:\.[0-9]{1,6})?)\s*(?:×|\*|\\times|\\cdot|·)")


def without_zero_tail(text: str) -> str:
    """``text`` with the ellipsis of each such sum (and the plus before it) as spaces; offsets unchanged."""
    if not any(dots in text for dots in DOTS):
        return text
    return _CUT_SUM.sub(_cut, text)


def _cut(match: re.Match[str]) -> str:
    weights = [Fraction(weight) for weight in _WEIGHT.findall(match.group("terms"))]
    if sum(weights) != 1:
        return match.group()
    return match.group("terms") + " " * len(match.group("tail"))
