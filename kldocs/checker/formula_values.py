r"""A value in prose said to be a logarithm written beside it: "close to 3.32, which is $\log_2(10)$".

Prose often gives a number and then the closed form it is ("L'entropie sera
proche de 3.32, en effet, c'est $log_2(10)$", "about 2.58 bits, that is
$\log_2 6$"). The formula must follow the number in the same sentence after
"which is", "that is", "i.e.", "c'est" or "soit" (an "indeed" or "en effet"
may come between), hold a logarithm and nothing but numbers, and stand in
inline maths; the claim is then ``formula ≈ number``, judged as any value.

>>> [claim.text for claim in formula_values("Close to 3.32, which is $\\log_2(10)$.", 0)]
['\\log_2(10) ≈ 3.32']
>>> list(formula_values("About 0.5, which is $p(x)$.", 0))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.lazy_patterns import lazy

_VALUE_IS = lazy(
    r"(?<![0-9.,])(?P<value>[0-9]{1,6}\.[0-9]{1,12})(?![0-9])[ \t]*(?:bits?|nats?)?[ \t]*,?[ \t]*"
    r"(?:(?:en[ \t]+effet|indeed|in[ \t]+fact)[ \t]*,?[ \t]*)?"
    r"(?:c['’]est|which[ \t]+is|that[ \t]+is|i\.e\.,?|soit)[ \t]*"
    r"\$(?P<formula>[^$\n]{1,80})\$",
    re.IGNORECASE,
)
#: What the formula may hold: numbers, logarithms, fractions, brackets and operators.
_NUMBERS_ONLY = lazy(r"(?:[0-9.\s(){}\[\]+\-*/^_]|\\?(?:log|ln|lg)|\\frac|\\cdot|\\times|\\left|\\right)++")


def formula_values(text: str, offset: int) -> Iterator[CommentClaim]:
    """The claims ``formula ≈ value`` of a line of prose (``text`` as written, maths and all, starting at
    ``offset``)."""
    if "$" not in text or ("log" not in text and "ln" not in text):
        return
    for match in _VALUE_IS.finditer(text):
        formula = match.group("formula").strip()
        if ("log" in formula or "ln" in formula) and _NUMBERS_ONLY.fullmatch(formula):
            yield CommentClaim(f"{formula} ≈ {match.group('value')}", offset + match.start("value"))
