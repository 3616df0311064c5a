"""What claim finding gives, item by item: the kinds of record :func:`~kldocs.checker.claims.find_claims` returns.

>>> from kldocs.checker.found import Unreadable
>>> isinstance(Unreadable(1, "x", "why", 0), Item.__args__)
True
"""

from __future__ import annotations

from kldocs.checker.base_statements import BaseStatement
from kldocs.checker.code_definitions import Changed
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.found import FamilyText, Found, Unreadable
from kldocs.checker.notations import DistanceNotation
from kldocs.checker.property_claims import Property
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.unread import Unread

#: One thing a document was found to claim or to leave unread, in document order.
Item = (
    DistributionDefinition
    | Found
    | Property
    | BaseStatement
    | Unreadable
    | ProseValue
    | DistanceNotation
    | Unread
    | FamilyText
    | Changed
)
