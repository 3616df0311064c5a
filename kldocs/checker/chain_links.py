r"""Links of a chain that no claim was read from: ``= -\sum p \log q + D(p \| q)`` after a definition that was.

A formula ``H(p) = -\sum_x p \log p = -\sum_x p \log q - D(p \| q) \le \dots`` is a chain of members joined by
relations (:mod:`~kldocs.checker.chain_parts`). When a claim was read from one of its links (the definition of
``H(p)``) but not from another (a link between two sums, which no reader evaluates), the report would show the
chain as checked while part of it was not. Each such link is listed as not read, with its line and its text.

A link to a lone name (``H = -0.8 \\log_2 0.8 - ...``) names a value and claims nothing: it is not listed. A claim
covers the links from the first member its text opens with to the last member its text ends with (or
that holds its value); members are compared without their spaces (nor ``\\left``, ``\\right``).

>>> from kldocs.checker.reading import parse_text
>>> from kldocs.checker.checked import Checked
>>> text = "$$H(p) = -\\sum_x p \\log p = -\\sum_x p \\log q - D(p\\|q)$$\n"
>>> read = Checked((1,), "H(p) = -\\sum_x p \\log p", "definition", "holds", None, "the definition")
>>> [(entry.line, entry.text) for entry in unread_links(parse_text(text, "a.md"), [(2, read)])]
[(1, '-\\sum_x p \\log p = -\\sum_x p \\log q - D(p\\|q)')]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kldocs.checker.chain_parts import Link, rows, split_row
from kldocs.checker.checked import Checked
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import Token, TooComplexError, tokenize
from kldocs.checker.unread import SHOWN, Unread

#: Relations, one of which a formula holds twice or more to be a chain of two links or more (a cheap screen).
_RELATION = lazy(r"[=≈≤≥<>]|\\(?:approx|le|ge|leq|geq|lt|gt|equiv)(?![A-Za-z])")
#: The longest formula whose links are looked at (a longer one is not tokenized again).
_LONGEST = 4000


@dataclass(frozen=True)
class _Member:
    start: int
    end: int
    bare: str  # its text without spaces
    label: bool  # a lone name (``H``, ``KL``) that names the value after it and claims nothing itself


def unread_links(document: SourceText, results: Sequence[tuple[int, Checked]]) -> list[Unread]:
    """The links of the document's chains (in its formulas) that no claim of ``results`` covers, in a chain that
    some claim does cover."""
    by_line: dict[int, list[tuple[int, str]]] = {}
    for offset, checked in results:
        for line in checked.lines:
            by_line.setdefault(line, []).append((offset, _bare(checked.text)))
    if not by_line:
        return []
    found: list[Unread] = []
    for region in document.math:
        if len(region.text) > _LONGEST or len(_RELATION.findall(region.text, 0, _LONGEST)) < 2:
            continue
        first, last = document.line(region.offset), document.line(region.offset + len(region.text))
        claims = [claim for line in range(first, last + 1) for claim in by_line.get(line, ())]
        if claims:
            found.extend(_unread_in(document, region, claims))
    return found


def _unread_in(document: SourceText, region: Region, claims: list[tuple[int, str]]) -> Iterator[Unread]:
    for members, links in _chains(region.text):
        covered: set[int] = set()
        for offset, text in claims:
            covered.update(_covered(members, offset - region.offset, text))
        if not covered:
            continue
        for index, link in enumerate(links, start=1):
            if index in covered or members[index - 1].label or members[index].label:
                continue
            before, after = members[index - 1], members[index]
            left, right = region.text[before.start : before.end], region.text[after.start : after.end]
            shown = f"{_flat(left)} {link.text} {_flat(right)}"
            shown = shown if len(shown) <= SHOWN else shown[: SHOWN - 1] + "…"
            offset = region.offset + before.start
            yield Unread(document.line(offset), shown, offset, document.row_cell(document.row(offset)), link=True)


def _covered(members: list[_Member], offset: int, text: str) -> range:
    """The links (by the index of the member after each) that a claim of ``text`` whose value is at ``offset``
    covers."""
    opening = next((index for index, member in enumerate(members) if text.startswith(member.bare)), None)
    if opening is None:
        return range(0)
    ending = max(
        (
            index
            for index, member in enumerate(members)
            if index > opening and (text.endswith(member.bare) or member.start <= offset < member.end)
        ),
        default=opening,
    )
    return range(opening + 1, ending + 1)


def _chains(text: str) -> Iterator[tuple[list[_Member], list[Link]]]:
    """The chains of a formula with two links or more: their members and the links between them."""
    try:
        tokens = tokenize(text)
    except TooComplexError:
        return
    members: list[_Member] = []
    links: list[Link] = []
    for row in rows(tokens):
        items = split_row(row)
        if not (members and items[0] == [] and len(items) > 1 and isinstance(items[1], Link)):
            yield from _long(members, links)  # a row that opens with a relation goes on with the chain above
            members, links = [], []
        pending: Link | None = None
        for item in items:
            if isinstance(item, Link):
                pending = item
            elif isinstance(item, str):  # a condition or a new assignment: a chain of its own
                yield from _long(members, links)
                members, links, pending = [], [], None
            elif item:
                if members and pending is None:  # two parts with no relation between them: not one chain
                    yield from _long(members, links)
                    members, links = [], []
                if members and pending is not None:
                    links.append(pending)
                start, end = item[0].start, item[-1].end
                label = len(item) == 1 and (item[0].kind in ("ident", "word") or _bare_measure(item[0]))
                members.append(_Member(start, end, _bare(text[start:end]), label))
                pending = None
    yield from _long(members, links)


def _long(members: list[_Member], links: list[Link]) -> Iterator[tuple[list[_Member], list[Link]]]:
    if len(members) >= 3 and len(links) == len(members) - 1:
        yield members, links


def _bare_measure(token: Token) -> bool:
    """True for a measure's symbol with no arguments (``H``, ``D_{KL}``): a name, not a measure of anything."""
    return token.kind == "measure" and token.symbol is not None and token.symbol.args is None


def _bare(text: str) -> str:
    """The text without its spaces and sizing of brackets (``\\left[``), as claims show it."""
    return "".join(text.replace("\\left", "").replace("\\right", "").split())


def _flat(text: str) -> str:
    return " ".join(text.split())
