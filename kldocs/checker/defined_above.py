r"""Claims about the distributions defined above a paragraph: probabilities times code lengths, and sums set to values.

:class:`DefinedAbove` keeps the definitions found so far in document order, each looked at once;
:func:`about_defined` reads a paragraph's entropy claims about them.

>>> from kldocs.checker.reading import parse_text
>>> from kldocs.checker.claims import find_claims
>>> document = parse_text("Let P = (0.5, 0.25, 0.25).\n\nH(P) = 0.5 × 1 + 0.25 × 2 + 0.25 × 2 = 1.5 bits.\n", "a.md")
>>> [definition.name for definition in DefinedAbove(find_claims(document)).before(len(document.text))]
['P']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kldocs.checker.claim_items import Item
from kldocs.checker.code_items import Read, claimed
from kldocs.checker.code_lengths import length_claims
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.sum_values import sum_values


class DefinedAbove:
    """The distributions defined among a list of items that only grows, in document order.

    Each item is looked at once: sorting every item found so far for each paragraph made 10 MB of short
    paragraphs take seconds.
    """

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.seen = 0
        self.offsets: list[int] = []
        self.definitions: list[DistributionDefinition] = []

    def before(self, offset: int) -> list[DistributionDefinition]:
        """The definitions at or before ``offset``, in document order (in the order found, at one offset)."""
        for item in self.items[self.seen :]:
            if isinstance(item, DistributionDefinition):
                index = bisect.bisect_right(self.offsets, item.offset)
                self.offsets.insert(index, item.offset)
                self.definitions.insert(index, item)
        self.seen = len(self.items)
        return self.definitions[: bisect.bisect_right(self.offsets, offset)]


def about_defined(document: SourceText, region: Region, known: DefinedAbove, *, prose: bool) -> Iterator[Read]:
    """Entropy claims about the distributions defined above: probabilities times code lengths in prose
    (:mod:`.code_lengths`), and a sum with no left side set equal to a value (:mod:`.sum_values`)."""
    text = region.text.replace(BLANK, " ")
    if prose and any(sign in text for sign in "×·*") and re.search(r"[0-9]\s*[×·*]\s*[0-9]", text):
        named = {item.name: item.values for item in known.before(region.offset)}
        yield from claimed(document, length_claims(text, region.offset, named))
    if any(mark in text for mark in ("\\sum", "Σ", "∑")) and len(text) <= 2000:
        names = [item.name for item in known.before(region.offset)]
        if names:
            yield from claimed(document, sum_values(text, region.offset, names))
