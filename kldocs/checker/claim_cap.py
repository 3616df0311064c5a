r"""The cap on the claims one document gives, applied once more to every way of reading together.

Each way of reading (maths, code comments, printed output, prose) stops at its own budget, and the claims they give
are cut again, all together, at :data:`~kldocs.checker.statement_reading.MAX_STATEMENTS`; :func:`horizon` says
where reading stopped, after which nothing is judged.

>>> from kldocs.checker.found import Unreadable
>>> horizon([Unreadable(3, "…", STOPPED, 40)]), horizon([])
(40, None)
"""

from __future__ import annotations

from collections.abc import Sequence

from kldocs.checker.claim_items import Item
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.documents import SourceText
from kldocs.checker.found import FamilyText, Found, Unreadable
from kldocs.checker.property_claims import Property
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.statement_reading import MAX_STATEMENTS, STOPPED, stop_note

#: The items a report lists as claims, which :data:`MAX_STATEMENTS` counts.
CLAIM_KINDS = (DistributionDefinition, Found, Property, ProseValue, FamilyText)


def claim_count(items: Sequence[object]) -> int:
    return sum(1 for item in items if isinstance(item, CLAIM_KINDS))


def at_most(document: SourceText, items: list[Item]) -> list[Item]:
    """The items (in document order) up to the :data:`MAX_STATEMENTS`-th claim, and a note where reading stopped.

    Every way of reading (maths, code comments, printed output, prose) adds claims, so the cap is
    applied once more to all of them together.
    """
    seen = 0
    for index, item in enumerate(items):
        seen += isinstance(item, CLAIM_KINDS)
        if seen > MAX_STATEMENTS:
            kept = items[:index]
            stopped = any(isinstance(i, Unreadable) and i.reason == STOPPED for i in kept)
            return kept if stopped else [*kept, stop_note(document, item.offset)]
    return items


def horizon(items: list[Item]) -> int | None:
    """Where reading stopped (the offset of the note that says so), or None when the whole document was read."""
    return next((item.offset for item in items if isinstance(item, Unreadable) and item.reason == STOPPED), None)
