r"""The class counts a node's entropy is given with, right after its value: ``H(left) = 0.918 (4 yes, 2 no)``.

Lessons often write a node's entropy first and its counts after it, in brackets or in the rest of the sentence:
``Entropy(Europe) = 1.0 (2 yes, 2 no)``, ``entropie = 0,971 (3 oui / 2 non)``, ``熵为 0.971（正例3个、负例2个）``,
"The entropy is 1.0, because there are 5 successes and 5 failures" (the nodes of :mod:`.class_counts`). Those
counts are the node's: a value they do not give is wrong.

Shorter words give counts that hold only for a yes/no class, or that say less: "(2 of each)", a pure node
"(2 Failures)", "(4 of 6 positive)", "(3개 중 2개)", "(3个中2个)". A value they give holds; one they do not give
is left unread (the classes may be more than two, the count may be of something else), never called false.

>>> counts_after(" (4 yes, 2 no)"), counts_after(" bits (2 of each)"), counts_after("（3개 중 2개가 양성）")
(((4, 2), True), ((2, 2), False), ((2, 1), False))
>>> counts_after(", because there are 5 successes and 5 failures."), counts_after(" (see 2 of them)")
(((5, 5), True), None)
"""

from __future__ import annotations

import re

from kldocs.checker.class_counts import CLASS_WORDS, nodes
from kldocs.checker.lazy_patterns import lazy

#: The value's brackets (after its unit), or the words that lead to the counts in its sentence.
_LEAD = lazy(
    r"\s*(?:(?:[^\W\d_]{1,12}\s*){0,2}(?P<open>[(（])(?P<inside>[^()（）]{1,80})[)）]"
    r"|,?\s*(?:because|since|as|with|given\s+that|da|weil|denn|car|puisque|parce\s+qu['’]|porque|pues|pois|ya\s+que"
    r"|因为|因為|なので|이므로|으로|로)\b(?P<rest>[^=\d.;。]{0,40}\d[^=;。]{0,80}))",
    re.IGNORECASE,
)
_ONE_CLASS = lazy(
    rf"(?:all\s+|only\s+|todos?\s+|tous\s+|alle\s+)?(?P<n>\d{{1,6}})\s*(?:{CLASS_WORDS})\s*(?:个|個|개|件|例)?",
    re.IGNORECASE,
)
_EACH = lazy(
    r"(?P<a>\d{1,6})\s+(?:of\s+each|each|de\s+chaque|de\s+cada|von\s+jedem|jeweils|de\s+cada\s+uma?)"
    r"|(?:je|chacun|cada\s+uno)\s+(?P<b>\d{1,6})|각각\s*(?P<c>\d{1,6})\s*개|各\s*(?P<d>\d{1,6})\s*[个個件]",
    re.IGNORECASE,
)
#: "4 of 6", "4 out of 6 positive", "4 von 6", "4 sur 6", "4 de 6"; "6개 중 4개", "6个中4个", "6件中4件".
_PART = lazy(
    r"(?P<k>\d{1,6})\s+(?:of|out\s+of|von|sur|de|из)\s+(?P<n>\d{1,6})(?:\s+[^\W\d_]+){0,2}"
    r"|(?P<n2>\d{1,6})\s*[개个個件]\s*(?:중|中)(?:に)?\s*(?P<k2>\d{1,6})\s*[개个個件](?:[가이が]?\s*[^\W\d_]{0,6})?",
    re.IGNORECASE,
)


def counts_after(tail: str) -> tuple[tuple[int, ...], bool] | None:
    """The counts that ``tail`` (what follows a value on its line) gives, and whether a value they do not give may be
    called false (see the module); None when it gives none."""
    lead = _LEAD.match(tail)
    if lead is None:
        return None
    if lead.group("open") is None:  # the rest of the sentence: one node, and nothing after it but its end
        found = nodes(lead.group("rest"))
        return (found[0].counts, True) if len(found) == 1 else None
    inside = lead.group("inside").strip()
    found = nodes(inside)
    if len(found) == 1 and found[0].start <= 1 and found[0].end >= len(inside) - 1:
        return found[0].counts, True
    each = _EACH.fullmatch(inside)
    if each is not None:
        return (int(next(count for count in each.groups() if count is not None)),) * 2, False
    one = _ONE_CLASS.fullmatch(inside)
    if one is not None:
        return (int(one.group("n")), 0), False
    part = _PART.fullmatch(inside)
    if part is not None:
        whole, share = int(part.group("n") or part.group("n2")), int(part.group("k") or part.group("k2"))
        return ((share, whole - share), False) if share <= whole else None
    return None
