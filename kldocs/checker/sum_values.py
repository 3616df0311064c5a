r"""A sum with no left side set equal to a value: ``Σi pi . log2(1/pi) = 1.75``, ``-\sum_i p_i \ln p_i = 1.03``.

The sum is read with :func:`~kldocs.checker.formula_shapes.sign_of_definition`
as if ``H(P) =`` stood before it; when it is the entropy (or the entropy with
its sign flipped), the line claims ``H(P) = value`` (or ``-H(P) = value``)
about the distribution it names: the defined distribution whose name is the
weight's letter, else the only one defined above. With two or more defined and
none named by the letter, which one is meant is not said, and it is not read.
Indices written as letters after the sum and the weight (``Σi pi``) and `` . ``
as a product are read as ``Σ_i p_i`` and a product.

>>> [claim.text for claim in sum_values("Σi pi . log2(1/pi) = 1.75 bits", 0, ["P"])]
['H(P) = 1.75 bits']
>>> [claim.text for claim in sum_values(r"\sum_x p(x) \log p(x) = -1.03", 0, ["P", "Q"])]
['-H(P) = -1.03']
>>> list(sum_values(r"\sum_x r(x) \log r(x) = 1.03", 0, ["P", "Q"])), list(sum_values(r"\sum p \log p <= 0", 0, ["P"]))
([], [])
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.formula_shapes import sign_of_definition
from kldocs.checker.lazy_patterns import lazy

_CLAIM = lazy(
    r"(?:^|(?<=\$))[ \t]*(?P<sum>[-−]?[ \t]*(?:\\sum|Σ|∑)[^=\n$<>≤≥≈!:]{1,160}?)(?P<relation>=|≈|\\approx)"
    r"[ \t]*(?P<value>-?[0-9]+(?:\.[0-9]+)?)"
    r"(?![0-9./])(?:[ \t]*(?P<unit>bits?|nats?)(?![A-Za-z]))?",
    re.MULTILINE,
)
#: ``Σi pi``: an index letter written after the sum sign and the weight without an underscore.
_INDEX = lazy(r"(?P<sum>Σ|∑)(?P<index>[ijkx])[ \t]+(?P<weight>[pPqQ])(?P=index)\b")
_WEIGHT_LETTER = lazy(r"(?:\\sum|Σ|∑)(?:_\{?[a-z]\}?|_\{[^{}]*\})?\s*(?P<weight>[PpQq])")


def sum_values(text: str, offset: int, defined: Sequence[str]) -> Iterator[CommentClaim]:
    """The claims of ``text`` (which starts at ``offset``), about the distributions ``defined`` above (latest last)."""
    for match in _CLAIM.finditer(text):
        written = _INDEX.sub(_indexed, match.group("sum"))
        if _INDEX.search(match.group("sum")):
            written = re.sub(r"\b([pPqQ])i\b", r"\1_i", written).replace(" . ", " ")
        shape = sign_of_definition("H(P) = " + written)
        if shape is None or shape[0] != "entropy":
            continue
        weight = _WEIGHT_LETTER.search(written.translate({0x2212: "-"}))
        named = [name for name in defined if weight is not None and name == weight.group("weight").upper()]
        name = named[-1] if named else defined[-1] if len(defined) == 1 else None
        if name is None:
            continue
        unit = f" {match.group('unit')}" if match.group("unit") else ""
        sign = "" if shape[1] > 0 else "-"
        relation = "=" if match.group("relation") == "=" else "\\approx"
        claim = f"{sign}H({name}) {relation} {match.group('value')}{unit}"
        yield CommentClaim(claim, offset + match.start("value"))


def _indexed(match: re.Match[str]) -> str:
    return f"{match.group('sum')}_{match.group('index')} {match.group('weight')}_{match.group('index')}"
