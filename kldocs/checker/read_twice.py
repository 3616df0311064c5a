r"""Where two readers read the same claim, which reading stands: a range's two ends are not bounds again, a value
inside a certain outcome's property is no value of the distributions, a value read from counts is not read again as
one of symbols.

>>> inside(4, [(0, 3), (4, 9)]), inside(9, [(4, 9)])
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kldocs.checker.documents import SourceText
from kldocs.checker.found import Found, Unreadable
from kldocs.checker.property_claims import Property
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.trees import measure_form

#: Properties of a certain outcome ("... has an entropy of 0"): the value they say is no value of the distributions.
OF_CERTAIN = frozenset({"zero_iff_certain", "max_certain"})


def outside_ranges(found: Iterable[Found | Unreadable], ranges: list[Property]) -> Iterator[Found | Unreadable]:
    """The claims of a formula but the bounds of a chain its range claims read already (``0 \\le D(P\\|Q) \\le 1``:
    its two ends, said once)."""
    spans = [(item.offset, item.offset + len(item.text)) for item in ranges]
    for item in found:
        bound = isinstance(item, Found) and item.statement.relation not in ("=", "~")
        if not (bound and any(start <= item.offset < end for start, end in spans)):
            yield item


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` falls in one of the spans (each from its start, up to its end)."""
    return any(start <= offset < end for start, end in spans)


def of_symbols(item: object) -> bool:
    """A claim whose left side is measures of symbols only (``H(D)``, ``H(Y) - H(Y|X)``)."""
    return isinstance(item, Found) and bool(measure_form(item.statement.left))


def row_value(document: SourceText, item: object) -> tuple[int, str] | None:
    """The row of a claim read from a formula and the value it writes (``H ≈ 1.75`` gives ``1.75``), else None."""
    if not isinstance(item, Found):
        return None
    return document.row(item.offset), item.statement.right_text.strip()


def prose_row_value(document: SourceText, item: ProseValue) -> tuple[int, str]:
    """The row of a value given in words and the number it writes, as :func:`row_value` gives a formula's."""
    return document.row(item.offset), item.written
