r"""The link of an entropy's chain that bounds it by the collision (order-2 Rényi) entropy ``-\log \sum_i p_i^2``.

By Jensen's inequality ``-\sum p \log p \ge -\log \sum p^2`` for every distribution (equal only when it is uniform on
its support), so the entropy is at least the collision entropy: a chain written ``\le`` has the link turned round.
A strict ``>`` fails for a uniform distribution and is left alone.

>>> collision_link(r"H = -\sum_i p_i \log p_i \le -\log \sum_i p_i^2")
(4, '-\\sum_i p_i \\log p_i \\le -\\log \\sum_i p_i^2', False)
>>> collision_link(r"H = -\sum_x p(x) \log p(x) \ge \log \frac{1}{\sum_x p(x)^2}")[2]
True
>>> collision_link(r"H = -\sum_i p_i \log p_i = 1.5 \le -\log \sum_i p_i^2") is None
True
>>> collision_link(r"H = -\sum_{i=1}^n p_i \ln p_i \leq \ln \frac{1}{\sum_i p_i^2}")[2]
False
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy

#: A relation, then the collision entropy: ``\le -\log \sum_i p_i^2``, ``\geq \log\frac{1}{\sum p(x)^2}``.
_LINK = lazy(
    r"(?P<relation>\\leq?(?![A-Za-z])|\\geq?(?![A-Za-z])|[≤≥]|<=|>=)\s*"
    r"(?:-\s*(?:\\log|\\ln|log|ln)(?:_\{?(?:2|e|10)\}?|2)?\s*(?:\\left)?[(\[]?\s*"
    r"|(?:\\log|\\ln|log|ln)(?:_\{?(?:2|e|10)\}?|2)?\s*(?:\\left)?[(\[]?\s*\\frac\s*\{\s*1\s*\}\s*\{\s*)"
    r"(?:\\sum|Σ|∑)(?:_\{?[a-z]\}?|_\{[a-z]\s*=\s*1\}\^\{?[nNkK]\}?)?\s*"
    r"(?:[pP]_\{?[a-z]\}?|[pP]\s*\(\s*[a-z]\s*\))\s*(?:\^\s*\{?2\}?|²)\s*(?:\\right)?[)\]]?\s*\}?"
)
#: Where the sum of the entropy's own definition starts: the link's left side is written from there.
_SUM = lazy(r"-\s*(?:\\sum|Σ|∑)")
#: Another relation between the sum and the link: then the link does not bound the sum.
_BETWEEN = lazy(r"[=<>≤≥≈]|\\(?:le|ge|approx|lt|gt)")
#: A braced subscript, whose ``=`` (``\sum_{i=1}^n``) is no relation.
_SUBSCRIPT = lazy(r"_\{[^{}]*\}")
#: Most characters of the sum the link bounds.
_MAX_SUM = 120


def collision_link(text: str) -> tuple[int, str, bool] | None:
    """The collision-entropy link right after the sum that defines an entropy in ``text``: where the sum starts, the
    link as written from there, and whether it holds (``\\ge``); None when there is none."""
    lead = _SUM.search(text)
    if lead is None:
        return None
    found = _LINK.search(text, lead.end(), lead.end() + _MAX_SUM)
    if found is None or _BETWEEN.search(_SUBSCRIPT.sub("", text[lead.end() : found.start()])):
        return None
    link = text[lead.start() : found.end()].strip()
    return lead.start(), link, found.group("relation") in ("\\ge", "\\geq", "≥", ">=")
