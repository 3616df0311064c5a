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
heading) names most often; bits, in a section that writes bits after a value (or a fair coin's entropy as a bare 1) in
a document that writes no other unit (:mod:`~kldocs.checker.value_units`); but a claim that writes a plain ``\log``
does not take a base named only by the ``\ln`` of a formula elsewhere (a writer who uses both means two bases). Where
nothing says, the claim is read in each usual base (e and 2) and holds when it holds in one of them, which the
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

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from kldocs.checker.chains import Statement
from kldocs.checker.claims import BaseStatement, Found, Item
from kldocs.checker.documents import SourceText
from kldocs.checker.latex_numbers import BaseKey
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import base_name, parse_base, unit_name
from kldocs.checker.trees import log_bases, written_bases
from kldocs.checker.value_units import ValueUnits

#: The bases a claim is tried in when nothing says which one it uses.
USUAL_BASES: tuple[BaseKey, ...] = (None, Fraction(2))
Source = Literal["unit", "formula", "forced", "beside", "section", "stated", "values", "any", "plain log", "library"]
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
        self.opening = _opening(document, self.statements)
        # the base each section (and the opening) names most often, tallied once, not once a claim
        own, self.opening_majority = _majorities(document, self.statements)
        self.named_sections = len(own)  # sections that name a base themselves, not by the heading above them
        self.section_majority = _inherited(document, own)
        # A formula's \ln says what \ln is, not what a plain \log is: a writer who uses both means two bases.
        besides_ln = [statement for statement in self.statements if statement.worded or statement.base != "e"]
        plain_log, opening = _majorities(document, besides_ln)
        self.plain_log_majority = _inherited(document, plain_log), opening
        self.values = ValueUnits(document, items)  # "Its entropy is 1 bit." above a bare "Its entropy is 0.5."

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
                "base (e or 2; 10 too for a formula that writes a plain log) in which it holds, and the report "
                "says which",
            )
        named, detail = _majority(self.opening or self.statements, self.document)
        scope = "its opening" if self.opening and self.document.sections else "the document"
        sections = self.named_sections
        more = f"; {sections} sections name a base of their own" if sections > 1 else ""
        if not self.opening and len(self.section_majority) < len(self.document.sections):  # the others: as it holds
            parts = "cells" if self.document.cells else "sections"
            total = len(self.document.sections)
            scope = f"one of its {parts}" if sections == 1 else f"{sections} of its {total} {parts}"
            more = f"; the other {parts} name none, and a value there is read in the usual base in which it holds"
        return BaseChoice(named, "stated", f"{scope} names it: {detail}{more}")

    def section_base(self, offset: int) -> BaseKey | None:
        """The base named in the section holding ``offset`` (or in the opening), else None."""
        named = self.section_majority.get(self.document.section(offset), self.opening_majority)
        return None if named is None else parse_base(named)

    def note_base(self, offset: int) -> BaseKey | None:
        r"""The base a note at ``offset`` gives its own numbers in: ``--base``, the section's stated base, the one unit
        named on its line, bits where the section gives its values in bits; else None (nats).

        >>> from kldocs.checker.reading import parse_text
        >>> document = parse_text("So $D = 0.0440$ bits. KL is not symmetric.\n", "a.md")
        >>> BaseRules(document, [], None).note_base(25)
        Fraction(2, 1)
        """
        if self.is_forced:
            return self.forced
        named = self.section_base(offset)
        if named is not None:
            return named
        return self.on_its_line(offset) or (Fraction(2) if self.values.in_bits(offset) else None)

    def for_claim(self, found: Found) -> tuple[BaseKey, Source]:
        """The base of one claim and what decided it (base None with ``"any"`` or ``"plain log"``: try the usual
        bases; the second when the base the document names comes from its ``\\ln``, and the claim writes ``\\log``)."""
        statement = found.statement
        if statement.unit is not None:
            return parse_base(statement.unit), "unit"
        explicit = (written_bases(statement.left) | written_bases(statement.right) | statement.chain_bases) - {"doc"}
        if len(explicit) == 1:
            return parse_base(next(iter(explicit))), "formula"
        if statement.chain_unit is not None:
            return parse_base(statement.chain_unit), "unit"
        if found.line_unit is not None:
            return parse_base(found.line_unit), "unit"
        if self.is_forced:
            return self.forced, "forced"
        computed = self._printing_code_base(found.offset)
        if computed == _LIBRARY:  # the library's own unit, which the document's words do not set
            return None, "library"
        if computed is not None:
            return parse_base(computed), "formula"
        row, section = self.document.row(found.offset), self.document.section(found.offset)
        near_rows = [
            (near, statement)
            for near in range(row - BESIDE, row + BESIDE + 1)
            for statement in self.worded.get(near, ())
            if self.document.section(statement.offset) == section  # not the next section's heading
            and not (near > row and self._gives_a_value(statement))  # "in bits this would be 0.1887": its own
        ]
        own = {statement.base for near, statement in near_rows if near == row and statement.offset < found.offset}
        beside = own if len(own) == 1 else {statement.base for _, statement in near_rows}  # "With base-10 logs, D"
        if len(beside) == 1:
            return parse_base(beside.pop()), "beside"
        chosen = _named(self.section_majority, self.opening_majority, section)
        written = log_bases(statement.left) | log_bases(statement.right) | statement.chain_bases
        if "doc" in written or _PLAIN_LOG.search(statement.source):  # a plain log, read or only written
            for_plain_log = _named(*self.plain_log_majority, section)
            if for_plain_log != chosen:
                return for_plain_log or (None, "plain log")
        if chosen is not None:
            return chosen
        logs = bool(written) or _PLAIN_LOG.search(statement.source) is not None
        if logs and self._written_here(found):  # a formula's own plain log may mean ln, whatever the values are in
            return None, "any"
        return (Fraction(2), "values") if self.values.in_bits(found.offset) else (None, "any")

    def _written_here(self, found: Found) -> bool:
        """Whether the claim's formula is the document's own text, not one kldocs wrote for a list it read."""
        source = found.statement.source.strip()
        text = self.document.text
        return (
            bool(source) and source in text[max(0, found.offset - len(source) - 200) : found.offset + len(source) + 200]
        )

    def on_its_line(self, offset: int) -> BaseKey | None:
        r"""The one base the units and logarithms written near ``offset`` on its line name, else None: of the bases a
        claim holds in, the one its note names (``H(X,Y) = \log_2 9 \approx 3.17$ bits and $I(X;Y) \approx 0``: bits).

        >>> from kldocs.checker.reading import parse_text
        >>> document = parse_text("So $H = 3.17$ bits and $I \\approx 0$.\n", "a.md")
        >>> BaseRules(document, [], None).on_its_line(20)
        Fraction(2, 1)
        """
        text, row = self.document.text, self.document.row(offset)
        start = max(self.document.row_start(row), offset - _LINE_REACH)
        end = text.find("\n", offset, offset + _LINE_REACH)
        stop = end if end >= 0 else min(len(text), offset + _LINE_REACH)
        named = {"2" if match.group("two") else "e" for match in _LINE_BASES.finditer(text, start, stop)}
        return parse_base(named.pop()) if len(named) == 1 else None

    def _gives_a_value(self, statement: BaseStatement) -> bool:
        """Whether the line that names a base gives a value of its own ("in bits this would be 0.1887"), which the
        unit speaks of, not a claim on a line above."""
        text, offset = self.document.text, statement.offset
        start = text.rfind("\n", max(0, offset - _LINE_REACH), offset) + 1 or max(0, offset - _LINE_REACH)
        end = text.find("\n", offset, offset + _LINE_REACH)
        return _DECIMAL.search(text, start, end if end >= 0 else min(len(text), offset + _LINE_REACH)) is not None

    def _printing_code_base(self, offset: int) -> str | None:
        """For printed output, the name of the one base the block of code right above it takes its logarithms in
        (``np.log2``: ``"2"``; ``np.log``: ``"e"``), :data:`_LIBRARY` when it calls a library's measures (Julia's
        ``kldivergence(p, q)`` prints nats in a document written in bits), else None: the output is in the code's
        unit."""
        if not self.document.printed(offset):
            return None
        index = bisect.bisect_right(self._code_starts, offset) - 1
        return self._code_bases[index] if index >= 0 else None

    @functools.cached_property
    def _code_starts(self) -> list[int]:
        return [region.offset for region in self.document.code]

    @functools.cached_property
    def _code_bases(self) -> list[str | None]:
        """The one base each block of code takes its logarithms in (read once a block, not once a claim)."""
        return [_one_base(region.text[-_CODE_READ:]) for region in self.document.code]


#: Most characters looked at on each side of a base's words for a value on its line.
_LINE_REACH = 200
#: Units and logarithms that name a base on a claim's line (English, Chinese, Japanese and Korean units).
_LINE_BASES = lazy(
    r"(?<![A-Za-z_])(?:(?P<two>bits?|比特|ビット|비트|\\log_\{?2\b|log2\b)|(?P<e>nats?|奈特|ナット|나트|내트|\\ln\b))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
#: A decimal number.
_DECIMAL = lazy(r"[0-9]\.[0-9]")
#: Most characters at the end of a block of code read for the base of its logarithms.
_CODE_READ = 20_000
#: The logarithms code takes, by base: ``np.log2(p)``, ``math.log(p)``.
_CODE_LOGS = (
    ("2", lazy(r"\blog2\s*\(")),
    ("10", lazy(r"\blog10\s*\(")),
    ("e", lazy(r"\b(?:np|numpy|math|torch|jnp|tf)\.log\s*\(|\bln\s*\(")),
)
#: Calls of library measures, each in its own base (``entropy(p)`` in nats, ``entropy(p, base=2)`` in bits; Julia's
#: ``kldivergence``, R's ``KL``): the readers of calls know those, and a block that makes them says nothing of one
#: base for its output, which is read in the usual base in which it holds.
_LIBRARY_CALLS = lazy(
    r"\b(?:entropy|kl_div|rel_entr|jensenshannon|kl_?divergence|cross_?entropy|crossentropy|renyientropy"
    r"|mutual_info\w*|mutinformation|KL|JSD)\s*\("
)
#: What :func:`_one_base` names for a block that calls library measures.
_LIBRARY = "library"


def _one_base(code: str) -> str | None:
    """The name of the one base a block of code takes its logarithms in (``"e"`` for ``np.log``), None when it takes
    several, :data:`_LIBRARY` when it calls library measures.

    >>> _one_base("h = -np.sum(p * np.log2(p))"), _one_base("d = np.log(p) - np.log2(q)"), _one_base("np.log(p)")
    ('2', None, 'e')
    >>> _one_base("println(kldivergence(p, q))"), _one_base("def KL(p, q):\\n    return sum(np.log2(p / q))\\nKL(p, q)")
    ('library', '2')
    """
    if any(_library_call(code, match) for match in _LIBRARY_CALLS.finditer(code)):
        return _LIBRARY
    found = {base for base, pattern in _CODE_LOGS if pattern.search(code)}
    return found.pop() if len(found) == 1 else None


def _library_call(code: str, call: re.Match[str]) -> bool:
    """Whether a call of a measure's name is the library's: the block does not define the name itself (``def KL(``,
    ``function KL(``, ``KL <- function``)."""
    name = re.escape(call.group().split("(")[0].strip())
    return re.search(rf"(?:\bdef|\bfunction)\s+{name}\s*\(|\b{name}\s*(?:<-|=)\s*function\b", code) is None


def _named(by_section: dict[int, str], opening: str | None, section: int) -> tuple[BaseKey, Source] | None:
    """The base a section names, else the one the opening names, and which of the two it was."""
    if section in by_section:
        return parse_base(by_section[section]), "section"
    return (parse_base(opening), "stated") if opening is not None else None


_PLAIN_LOG = lazy(r"\\log(?![_A-Za-z])")


def _majorities(document: SourceText, statements: Sequence[BaseStatement]) -> tuple[dict[int, str], str | None]:
    """The base each section names most often, and the one the opening (before the first heading) does."""
    by_section: dict[int, list[BaseStatement]] = {}
    for statement in statements:
        by_section.setdefault(document.section(statement.offset), []).append(statement)
    opening = _opening(document, statements)
    named = {section: _majority(named)[0] for section, named in by_section.items()}
    return named, (_majority(opening)[0] if opening else None)


#: A heading and its level: Markdown's ``#`` marks, LaTeX's sectioning commands.
_HEADING = lazy(
    r"(?P<marks>#{1,6})[ \t]|\\(?P<command>part|chapter|section|subsection|subsubsection|paragraph)(?![A-Za-z])"
)
_LATEX_LEVELS = {"part": 0, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}


def _inherited(document: SourceText, named: dict[int, str]) -> dict[int, str]:
    r"""``named`` (a base by section), each section that names no base given the base of the nearest heading above
    it of a higher level that names one: a subsection of "# Lecture 7", whose text says "logarithms are base 2", is in
    base 2 (one pass over the headings, a stack of the open ones).

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("# L\n\nIn bits.\n\n## A\n\nx\n\n# M\n\ny\n", "a.md")
    >>> sorted(_inherited(document, {0: "2"}).items())
    [(0, '2'), (15, '2')]
    """
    found = dict(named)
    open_headings: list[tuple[int, int]] = []  # (level, section) of the headings enclosing the current one
    for section in document.sections:
        heading = _HEADING.match(document.text, section)
        if heading is None:
            open_headings = []
            continue
        marks = heading.group("marks")
        level = len(marks) if marks else _LATEX_LEVELS[heading.group("command")]
        while open_headings and open_headings[-1][0] >= level:
            open_headings.pop()
        if section not in found and open_headings and open_headings[-1][1] in found:
            found[section] = found[open_headings[-1][1]]
        open_headings.append((level, section))
    return found


def _opening(document: SourceText, statements: Sequence[BaseStatement]) -> list[BaseStatement]:
    """The statements before the first heading (all of them in a document without headings)."""
    first_section = document.sections[0] if document.sections else len(document.text) + 1
    return [statement for statement in statements if statement.offset < first_section]


def _majority(statements: Sequence[BaseStatement], document: SourceText | None = None) -> tuple[str, str]:
    """The base named most often (the first named on a tie), and a phrase saying so (where, in a notebook, with the
    cell: ``"bits" in cell 4, line 1``)."""
    tally = Counter(statement.base for statement in statements)
    first = {statement.base: statement for statement in reversed(statements)}
    named = max(tally, key=lambda base: (tally[base], -first[base].offset))
    if len(tally) == 1:
        cell = document.cell(first[named].offset) if document is not None else None
        output = " output" if document is not None and document.in_output(first[named].offset) else ""
        where = f"in cell {cell}{output}, line" if cell is not None else "on line"
        return named, f'"{first[named].text}" {where} {first[named].line}'
    others = ", ".join(f"base {base} {_times(count)}" for base, count in tally.items() if base != named)
    return named, f"base {named} {_times(tally[named])} ({others})"


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


def candidate_bases(statement: Statement) -> tuple[BaseKey, ...]:
    """The usual bases, and 10 for a formula that writes a plain ``log`` (``log(2) = 0.301``,
    ``H = -(1/2 log 1/2 + 1/2 log 1/2) = 0.3010``): the common logarithm of calculators and tables."""
    if any("doc" in log_bases(side) for side in (statement.left, statement.right)):
        return (*USUAL_BASES, Fraction(10))
    return USUAL_BASES
