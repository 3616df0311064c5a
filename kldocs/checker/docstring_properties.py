r"""Properties listed in a docstring under the name of the measure its function computes.

A docstring whose first line is the name of one measure (``Kullback-Leibler Divergence``)
and which lists its features states them of that measure:

- ``- Range: [0, ∞)`` (or ``범위``, ``值域``, ``範囲``): it has no upper bound; ``[0, 1]`` or ``[0, log 2]``:
  it is bounded (true of the JSD, false of KL);
- ``- Not a metric`` (``Metric 아님``, ``不是度量``): it is no metric.

Only these item forms are read; the entropy's range (``[0, log n]``) depends on ``n`` and is not.

>>> from kldocs.checker.reading import parse_text
>>> code = 'def kl(p, q):\n    \"\"\"\n    KL Divergence\n\n    - Range: [0, ∞)\n    - Not a metric\n    \"\"\"\n'
>>> document = parse_text("```python\n" + code + "```\n", "a.md")
>>> [(item.line, item.measure, item.property, item.negated) for item in docstring_properties(document, 999)]
[(6, 'kl', 'negative', True), (6, 'kl', 'bounded', True), (7, 'kl', 'metric', True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.pronoun_properties import title_measure
from kldocs.checker.property_claims import Property
from kldocs.checker.stated_ranges import interval_claims

_ITEM = lazy(r"^[ \t]*+[-*•][ \t]++(?P<item>[^\n]{1,200})$", re.MULTILINE)
_RANGE = lazy(r"(?:range|범위|值域|取值范围|範囲)\s*[:：]\s*", re.IGNORECASE)
_NOT_METRIC = lazy(
    r"(?:not\s+an?\s+(?:true\s+)?metric|metric\s*(?:이\s*)?아님|메트릭\s*(?:이\s*)?아님|不是(?:一个)?度量)(?![A-Za-z])",
    re.IGNORECASE,
)
_LONGEST_TITLE = 80
_MEASURES = frozenset({"kl", "cross_entropy", "jsd", "js_distance", "jeffreys"})


def docstring_properties(document: SourceText, stop_at: int) -> Iterator[Property]:
    """The range and metric items of docstrings titled with a measure's name, up to ``stop_at``."""
    for start, end in document.docstrings:
        if start >= stop_at:
            return
        text = document.text[start:end]
        lines = text.strip().split("\n", 1)
        measure = title_measure(lines[0]) if len(lines[0]) <= _LONGEST_TITLE else None
        if measure not in _MEASURES or len(lines) < 2:
            continue
        for item in _ITEM.finditer(text):
            said, offset = item.group("item"), start + item.start("item")
            label = _RANGE.match(said)
            if label is not None:
                for kind, negated in interval_claims(measure, said[label.end() :]):
                    yield Property(document.line(offset), said.strip(), measure, kind, negated, offset)
            elif denied := _NOT_METRIC.match(said):
                yield Property(document.line(offset), denied.group(), measure, "metric", True, offset)
