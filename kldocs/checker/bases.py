r"""Which log base each claim is read in, and what the document says about bases.

The base of a claim is, in this order: a unit written with its value
("0.044 bits", "0.044 (bits)"); the logarithms of its own formula or chain
(``\ln``, ``\log_2``); the unit of the value its chain leads to ("... =
0.1115 - 0.0864 ≈ 0.0251 (nats)": every step is in nats); a unit after a
later value on the same line; the ``--base`` option; a base named in words
within :data:`BESIDE` lines of the claim and in its section ("log的底为2"
on the line below ``-(1/2log1/2+...)``), when those lines name one; the
base its section names most often ("in bits", "natural log", ``\log_2`` in
a general formula); the base the document's opening (before the first
heading) names most often. Where nothing says, the claim is read in each
usual base (e and 2) and holds when it holds in one of them, which the
report names; when it holds in none, the note gives its value in each and
the claim names no base. A base named in another section is not taken: one "measured
in bits" paragraph does not turn a natural-log section into bits.

>>> from kldocs.checker.claims import find_claims
>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("# A\n\nAll logs are natural.\n\n# B\n\nIn bits here.\n", "a.md")
>>> rules = BaseRules(document, find_claims(document), None)
>>> rules.document_choice().how, rules.section_base(document.text.index("In bits"))
('stated', Fraction(2, 1))
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from kldocs.checker.claims import BaseStatement, Found, Item
from kldocs.checker.documents import SourceText
from kldocs.checker.latex_numbers import BaseKey
from kldocs.checker.scope import base_name, parse_base, unit_name
from kldocs.checker.trees import log_bases

#: The bases a claim is tried in when nothing says which one it uses.
USUAL_BASES: tuple[BaseKey, ...] = (None, Fraction(2))
Source = Literal["unit", "formula", "forced", "beside", "section", "stated", "any"]
#: Lines above or below a claim where a base named in words is the claim's own.
BESIDE = 2


@dataclass(frozen=True)
class BaseChoice:
    """What the document says about log bases, for the report's header.

    Attributes
    ----------
    name
        ``"e"``, ``"2"``, ``"10"``..., or ``"per claim"`` when the document names none.
    how
        ``"forced"`` (``--base``), ``"stated"`` (the document names it) or ``"per claim"``
        (each unlabelled value is read in the usual base in which it holds).
    detail
        One sentence for the report.
    """

    name: str
    how: Literal["forced", "stated", "per claim"]
    detail: str


class BaseRules:
    """The base statements of a document, by section, and the rules above."""

    def __init__(self, document: SourceText, items: Sequence[Item], forced: BaseKey | None, is_forced: bool = False):
        self.document = document
        self.forced = forced
        self.is_forced = is_forced or forced is not None
        self.statements = [item for item in items if isinstance(item, BaseStatement)]
        self.worded: dict[int, list[BaseStatement]] = {}  # the bases named in words on each row
        for statement in self.statements:
            if statement.worded:
                self.worded.setdefault(document.row(statement.offset), []).append(statement)
        self.by_section: dict[int, list[BaseStatement]] = {}
        for statement in self.statements:
            self.by_section.setdefault(document.section(statement.offset), []).append(statement)
        first_section = document.sections[0] if document.sections else len(document.text) + 1
        self.opening = [statement for statement in self.statements if statement.offset < first_section]
        if not document.sections:
            self.opening = self.statements
        # the base each section (and the opening) names most often, tallied once, not once a claim
        self.section_majority = {section: _majority(named)[0] for section, named in self.by_section.items()}
        self.opening_majority = _majority(self.opening)[0] if self.opening else None

    def document_choice(self) -> BaseChoice:
        """The base the report's header names, and why."""
        if self.is_forced:
            name = base_name(self.forced)
            return BaseChoice(name, "forced", f"log base {name} ({unit_name(self.forced)}), set with --base")
        if not self.statements:
            return BaseChoice(
                "per claim",
                "per claim",
                "the document names no log base; a value without a unit or log of its own is read in the usual "
                "base (e or 2; 10 too for a bare log of numbers) in which it holds, and the report says which",
            )
        named, detail = _majority(self.opening or self.statements)
        scope = "its opening" if self.opening and self.document.sections else "the document"
        sections = len({self.document.section(item.offset) for item in self.statements})
        more = f"; {sections} sections name a base of their own" if sections > 1 else ""
        return BaseChoice(named, "stated", f"{scope} names it: {detail}{more}")

    def section_base(self, offset: int) -> BaseKey | None:
        """The base named in the section holding ``offset`` (or in the opening), else None."""
        named = self.section_majority.get(self.document.section(offset), self.opening_majority)
        return None if named is None else parse_base(named)

    def for_claim(self, found: Found) -> tuple[BaseKey, Source]:
        """The base of one claim and what decided it (base None with ``"any"``: try the usual bases)."""
        statement = found.statement
        if statement.unit is not None:
            return parse_base(statement.unit), "unit"
        explicit = (log_bases(statement.left) | log_bases(statement.right) | statement.chain_bases) - {"doc"}
        if len(explicit) == 1:
            return parse_base(next(iter(explicit))), "formula"
        if statement.chain_unit is not None:
            return parse_base(statement.chain_unit), "unit"
        if found.line_unit is not None:
            return parse_base(found.line_unit), "unit"
        if self.is_forced:
            return self.forced, "forced"
        row, section = self.document.row(found.offset), self.document.section(found.offset)
        beside = {
            statement.base
            for near in range(row - BESIDE, row + BESIDE + 1)
            for statement in self.worded.get(near, ())
            if self.document.section(statement.offset) == section  # not the next section's heading
        }
        if len(beside) == 1:
            return parse_base(beside.pop()), "beside"
        named = self.section_majority.get(section)
        if named is not None:
            return parse_base(named), "section"
        if self.opening_majority is not None:
            return parse_base(self.opening_majority), "stated"
        return None, "any"


def _majority(statements: Sequence[BaseStatement]) -> tuple[str, str]:
    """The base named most often (the first named on a tie), and a phrase saying so."""
    tally = Counter(statement.base for statement in statements)
    first = {statement.base: statement for statement in reversed(statements)}
    named = max(tally, key=lambda base: (tally[base], -first[base].offset))
    if len(tally) == 1:
        return named, f'"{first[named].text}" on line {first[named].line}'
    others = ", ".join(f"base {base} {_times(count)}" for base, count in tally.items() if base != named)
    return named, f"base {named} {_times(tally[named])} ({others})"


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"
