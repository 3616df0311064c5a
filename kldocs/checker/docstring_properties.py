r"""Properties listed in a docstring under the name of the measure its function computes.

A docstring whose first line is the name of one measure (``Kullback-Leibler Divergence``)
and which lists its features states them of that measure:

- ``- Range: [0, ∞)`` (or ``범위``, ``值域``, ``範囲``): it has no upper bound; ``[0, 1]`` or ``[0, log 2]``:
  it is bounded (true of the JSD, false of KL);
- ``- Not a metric`` (``Metric 아님``, ``不是度量``): it is no metric.

Only these item forms are read; the entropy's range (``[0, log n]``) depends on ``n`` and is not. A docstring
whose first line opens with the measure's name and goes on with its formula (``KL divergence D(p||q) = ...``)
states of it the sentences that are only a list of its properties: ``Always non-negative, not symmetric.``,
``Symmetric and bounded: 0 <= JS <= log 2.``

>>> from kldocs.checker.reading import parse_text
>>> code = 'def kl(p, q):\n    \"\"\"\n    KL Divergence\n\n    - Range: [0, ∞)\n    - Not a metric\n    \"\"\"\n'
>>> document = parse_text("```python\n" + code + "```\n", "a.md")
>>> [(item.line, item.measure, item.property, item.negated) for item in docstring_properties(document, 999)]
[(6, 'kl', 'negative', True), (6, 'kl', 'bounded', True), (7, 'kl', 'metric', True)]
>>> code = 'def js(p, q):\n    \"\"\"Jensen-Shannon divergence JS = ...\n\n    Symmetric and bounded.\n    \"\"\"\n'
>>> document = parse_text("```python\n" + code + "```\n", "a.md")
>>> [(item.measure, item.property, item.negated) for item in docstring_properties(document, 999)]
[('jsd', 'symmetric', False), ('jsd', 'bounded', False)]
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
        if measure is None and (measure := _leading_measure(lines[0])) in _MEASURES:
            yield from _listed(document, start, text, measure)
            continue
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


#: The words that open a first line, before its formula: ``KL divergence`` in ``KL divergence D(p||q) = ...``.
_LEAD = lazy(r"\s*+(?P<lead>[A-Za-z][A-Za-z\- ]{0,60})(?=[A-Za-z]?\s*(?:\(|\[|=))")
#: One property, bare: ``always non-negative``, ``not symmetric``, ``bounded``, ``not a metric``.
_PREDICATE = (
    r"(?:always\s+)?(?P<negative>non-?negative|nonnegative|>=\s*0)|(?P<not>not\s+|a)?(?P<symmetric>symmetric)"
    r"|(?P<unbounded>unbounded|not\s+bounded)|(?P<bounded>bounded)|(?P<nometric>not\s+a\s+metric)"
)
_BARE = re.sub(r"\?P<\w+>", "?:", _PREDICATE)
#: A sentence that is only a list of properties, maybe before a colon: ``Symmetric and bounded: 0 <= JS <= log 2.``
_LISTED = lazy(
    r"(?:^|(?<=[.;]\s)|(?<=\n))\s*(?P<list>(?:" + _BARE + r")(?:\s*(?:,|and|,\s*and)\s*(?:" + _BARE + r"))*)"
    r"\s*(?=[.;:]|\n|$)",
    re.IGNORECASE,
)
_ONE = lazy(_PREDICATE, re.IGNORECASE)
#: A NumPy or Google docstring section after the description (``Parameters`` over dashes, ``Args:``): its entries
#: speak of arguments (``symmetric : bool``), not of the measure.
_SECTION = lazy(
    r"^[ \t]*+(?:Parameters|Args|Arguments|Keyword\s+Arguments|Returns?|Yields|Raises|Attributes|Examples?)"
    r"[ \t]*+(?::|\n[ \t]*+-{3,})",
    re.MULTILINE,
)


def _leading_measure(line: str) -> str | None:
    """The measure whose name opens ``line`` right before a formula (``Jensen-Shannon divergence JS(p||q) =``)."""
    lead = _LEAD.match(line)
    words = [] if lead is None else lead.group("lead").split()
    named = (title_measure(" ".join(words[:count])) for count in range(len(words), 0, -1))
    return next((measure for measure in named if measure is not None), None)


def _listed(document: SourceText, start: int, text: str, measure: str) -> Iterator[Property]:
    """The properties of ``measure`` in the sentences of a docstring that only list them (before its sections)."""
    section = _SECTION.search(text)
    for listed in _LISTED.finditer(text if section is None else text[: section.start()]):
        offset = start + listed.start("list")
        for one in _ONE.finditer(listed.group("list")):
            kind, negated = _KINDS[one.lastgroup or ""]
            negated = negated or (kind == "symmetric" and (one.group("not") or "").strip().lower() in ("not", "a"))
            yield Property(document.line(offset), listed.group("list"), measure, kind, negated, offset)


#: Each bare property: what it says and whether it denies it.
_KINDS = {
    "negative": ("negative", True),
    "symmetric": ("symmetric", False),
    "unbounded": ("bounded", True),
    "bounded": ("bounded", False),
    "nometric": ("metric", True),
}
