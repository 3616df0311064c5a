r"""The entropy of a function of a random variable against the variable's own: ``H(f(X)) \le H(X)``.

A function of X carries no more information than X: ``H(f(X)) \le H(X)`` for every f, with equality when f is one
to one on X's values. The other way round (``H(f(X)) \ge H(X)``) fails for a constant f, and so is false unless its
sentence says f is one to one (invertible, a bijection), where it holds with equality. An equation or a strict
inequality between the two is not read: each holds for some functions.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("- 함수를 적용하면 엔트로피가 줄어든다: $H(f(X)) \\le H(X)$\n", "a.md")
>>> [(found.text, found.negated) for region in document.math for found in function_entropies(document, region)]
[('H(f(X)) \\le H(X)', False)]
>>> document = parse_text("$$H(X) \\le H(g(X))$$\n", "a.md")
>>> [(found.text, found.negated) for region in document.math for found in function_entropies(document, region)]
[('H(X) \\le H(g(X))', True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.negations import denied_at
from kldocs.checker.property_claims import Property

#: ``H(f(X))``: the entropy of a function (``f``, ``g``, ``h``, ``\phi``) of one random variable.
_OF_FUNCTION = r"H\s*\(\s*(?:[fgh]|\\phi|\\varphi|φ)\s*\(\s*(?P<{0}>(?![PQ])[A-Z](?:_\{{?[0-9a-z]\}}?)?)\s*\)\s*\)"
_OF_VARIABLE = r"H\s*\(\s*(?P<{0}>(?![PQ])[A-Z](?:_\{{?[0-9a-z]\}}?)?)\s*\)"
_AT_MOST = r"\\leq?(?![A-Za-z])|≤|<="
_AT_LEAST = r"\\geq?(?![A-Za-z])|≥|>="
#: The function's entropy first or second, with a non-strict relation.
_BOUND = lazy(
    rf"{_OF_FUNCTION.format('a')}\s*(?P<first>{_AT_MOST}|{_AT_LEAST})\s*{_OF_VARIABLE.format('b')}"
    rf"|{_OF_VARIABLE.format('c')}\s*(?P<second>{_AT_MOST}|{_AT_LEAST})\s*{_OF_FUNCTION.format('d')}"
)
#: Words that make the function one to one, where the larger entropy is the function's too.
_ONE_TO_ONE = lazy(
    r"one[\s-]to[\s-]one|invertib|bijecti|injecti|umkehrbar|inversible|biyecti|可逆|单射|双射|全単射|単射|일대일|가역",
    re.IGNORECASE,
)
#: What a formula with such a bound holds: a cheap test before the pattern.
_FUNCTION_MARKS = ("f(", "g(", "h(", "phi", "φ")
#: Characters of the paragraph before the formula searched for such words.
_BEFORE = 300


def function_entropies(document: SourceText, region: Region) -> Iterator[Property]:
    """Each bound between ``H(f(X))`` and ``H(X)`` in a formula, negated when it puts the function's entropy above."""
    text = region.text
    if "H" not in text or not any(mark in text for mark in _FUNCTION_MARKS):
        return
    for found in _BOUND.finditer(text):
        first, second = found.group("a") or found.group("d"), found.group("b") or found.group("c")
        if first != second:
            continue
        relation = found.group("first") or found.group("second")
        at_most = re.fullmatch(_AT_MOST, relation) is not None
        holds = at_most if found.group("first") else not at_most
        start, end = region.offset + found.start(), region.offset + found.end()
        nearby = document.text[max(0, start - _BEFORE) : end + _BEFORE // 3]
        if denied_at(document.text, start, end) or (not holds and _ONE_TO_ONE.search(nearby)):
            continue
        yield Property(document.line(start), found.group(), "entropy", "function_bound", not holds, start)
