r"""A document ready for claim finding: its text, formulas, prose, code, tables and sections.

The formats are read by libraries (:mod:`~kldocs.checker.markdown_reader` with
markdown-it-py, :mod:`~kldocs.checker.latex_reader` with pylatexenc,
:mod:`~kldocs.checker.notebook_reader` from the notebook's JSON); each fills a
:class:`Builder`, which keeps every offset pointing into :attr:`SourceText.text`.
Prose is the text with formulas, code, comments and markup blanked out
(line breaks kept), so a position in the prose is a position in the document.

Printed output (an output cell, a fenced block without a language, an
indented block) is read like prose: ``KL(P || Q): 1.927 bits`` there is a claim.
Code is not prose; only the distributions it defines (``p = [0.1, 0.4, 0.5]``)
and comments that state a value are read from it.

Files are read with the project's bounded reader (:func:`kldocs.inputs.files.read_text`);
a format kldocs does not read (``.docx``, ``.pdf``...) is refused with one
:class:`~kldocs.InputError` naming the file.

>>> from kldocs.checker.reading import parse_text
>>> doc = parse_text("We find $H(P) = 1.03$ nats.\n\n$$D_{KL}(P \\| Q)\n= 0.0305$$\n", "notes.md")
>>> [(region.kind, doc.line(region.offset), region.text) for region in doc.math]
[('inline', 1, 'H(P) = 1.03'), ('display', 3, 'D_{KL}(P \\| Q)\n= 0.0305')]
>>> doc.math[0].after
' nats.'
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_rows import logical_lines, paragraphs, revealed_rows
from kldocs.checker.sessions import session_program

#: How much prose next to an inline formula is kept for its units and conditions.
CONTEXT = 40

Format = Literal["markdown", "latex", "text", "notebook", "python"]
#: A formula longer than this holds far more symbols than a formula is read up to (2,000): it is skipped whole.
MAX_FORMULA_CHARACTERS = 100_000
#: Most blocks of code read in one document, most lines of code in all, and the longest block read, in
#: characters: each block is parsed and walked several ways, each statement too (12,500 four-line blocks took
#: 30 s, 50,000 lines of lists 13 s, and one block of a 10 MB line 3 GB).
MAX_CODE_BLOCKS = 1000
MAX_CODE_LINES = 10_000
MAX_CODE_CHARACTERS = 100_000


@dataclass(frozen=True)
class Region:
    """A stretch of the document: a formula, a logical line of prose or output, or a block of code.

    Attributes
    ----------
    kind
        ``"inline"``, ``"display"``, ``"prose"`` or ``"code"``.
    text
        The text of the formula (without delimiters), of the prose, or of the code.
    offset
        Where ``text`` starts in :attr:`SourceText.text`.
    before, after
        Up to :data:`CONTEXT` characters of prose on the same line before and
        after an inline formula (``"if "``, ``" nats."``); empty otherwise.
    session
        For code shown as an interactive session (``>>> entropy(p)`` then ``0.69``), the session as shown,
        and ``text`` is the program its prompts type, as long as it (see :mod:`~kldocs.checker.sessions`).
    written
        For a formula whose macros were expanded into a longer ``text``, its length as written: a place in
        ``text`` past it is still in the formula (see :mod:`~kldocs.checker.user_macros`); 0 otherwise.
    """

    kind: Literal["inline", "display", "prose", "code"]
    text: str
    offset: int
    before: str = ""
    after: str = ""
    session: str = ""
    written: int = 0

    def place(self, position: int) -> int:
        """The offset in the document of ``position`` in ``text`` (within the formula as written).

        >>> Region("inline", "D(p || q) = 0.5", 40, written=8).place(12), Region("inline", "H = 1", 9).place(4)
        (47, 13)
        """
        return self.offset + (min(position, self.written - 1) if self.written else position)


@dataclass(frozen=True)
class SourceTable:
    """A table: the header cells and the body rows, each row with the offset of its first cell."""

    header: tuple[str, ...]
    offset: int
    rows: tuple[tuple[int, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Skipped:
    """Part of a document that was not read, and why (over a limit, or not parsable)."""

    offset: int
    text: str
    reason: str


@dataclass(frozen=True)
class SourceText:
    """A document ready for claim finding.

    Attributes
    ----------
    name
        The file name as given.
    format
        ``"markdown"``, ``"latex"``, ``"text"`` or ``"notebook"``.
    text
        The text (for a notebook, its cells and outputs one after another).
    line_numbers
        For a notebook, the line number shown for each line of ``text`` (the line within its
        cell or output); empty for other documents, whose lines are numbered from 1.
    cells, output_rows
        For a notebook, the cell number (1-based) of each line of ``text``, and which
        lines (0-based rows) are printed output; empty otherwise.
    math, prose, paragraphs, code
        Formulas; logical lines of prose and printed output; whole paragraphs (for sentences
        that wrap), the last two with formulas and code blanked out; code blocks.
    tables
        Tables (Markdown, HTML-free).
    outputs
        Blocks of printed output (also read as prose): an output block, a notebook cell's output.
    sections
        Offsets where a section starts (a heading, ``\\section``, a notebook cell).
    exercises
        Offsets where an item of a LaTeX document's outermost list starts: an exam's question, a
        problem set's problem, whose random variables (``X``, ``Y``...) are its own.
    docstrings
        Where the docstrings of code are (start and end offsets, in order), which are also prose.
    skipped
        What was not read.
    glued
        Where a base 2 glued to its argument was read as a subscript (``log20,25`` as ``log₂0.25``: the ``₂``'s
        offset; see :mod:`~kldocs.checker.glued_bases`).
    guessed
        Those of them where the base's end was guessed (``log23`` as ``log₂3``: see
        :mod:`~kldocs.checker.glued_integers`): a claim on their line is never called false.
    """

    name: str
    format: Format
    text: str
    line_numbers: tuple[int, ...]
    math: tuple[Region, ...]
    prose: tuple[Region, ...]
    paragraphs: tuple[Region, ...]
    tables: tuple[SourceTable, ...] = ()
    code: tuple[Region, ...] = ()
    outputs: tuple[Region, ...] = ()
    sections: tuple[int, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    cells: tuple[int, ...] = ()
    output_rows: frozenset[int] = frozenset()
    exercises: tuple[int, ...] = ()
    docstrings: tuple[tuple[int, int], ...] = ()
    glued: tuple[int, ...] = ()
    guessed: tuple[int, ...] = ()
    _line_starts: tuple[int, ...] = ()

    def row(self, offset: int) -> int:
        """The 0-based index of the line of ``text`` that holds ``offset`` (document order, never resets)."""
        # bisect_right gives at most the number of lines, so only an offset before the first line is out of range
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def row_start(self, row: int) -> int:
        """Where a line of ``text`` (0-based, as :meth:`row` numbers it) starts."""
        return self._line_starts[max(0, min(row, len(self._line_starts) - 1))] if self._line_starts else 0

    def line(self, offset: int) -> int:
        """The line number shown for an offset: the line in the file, or in its notebook cell."""
        return self.row_line(self.row(offset))

    def row_line(self, row: int) -> int:
        """The line number shown for a row (as :meth:`row` numbers it): :meth:`line` of an offset in it."""
        return self.line_numbers[min(row, len(self.line_numbers) - 1)] if self.line_numbers else row + 1

    def cell(self, offset: int) -> int | None:
        """The notebook cell (1-based) an offset is in, or None outside notebooks."""
        return self.cells[self.row(offset)] if self.cells else None

    def row_cell(self, row: int) -> int | None:
        """The notebook cell (1-based) of a row, or None outside notebooks: :meth:`cell` of an offset in it."""
        return self.cells[row] if self.cells else None

    def in_output(self, offset: int) -> bool:
        """True for a notebook's printed output (its line numbers count within the output)."""
        return self.row(offset) in self.output_rows

    def printed(self, offset: int) -> bool:
        """True inside printed output of any kind: a notebook's, or a block of output in the text."""
        index = bisect.bisect_right(self.output_starts, offset) - 1
        inside = index >= 0 and offset < self.outputs[index].offset + len(self.outputs[index].text)
        return self.in_output(offset) or inside

    @functools.cached_property
    def output_starts(self) -> list[int]:
        """Where each block of output starts, in document order (found by bisection, not by a walk of all)."""
        return [region.offset for region in self.outputs]

    def in_docstring(self, offset: int) -> bool:
        """True inside a docstring of code (read as prose, but about the function it documents)."""
        index = bisect.bisect_right(self.docstrings, (offset, len(self.text) + 1)) - 1
        return index >= 0 and offset < self.docstrings[index][1]

    def rewritten(self, change: Callable[[str], str]) -> SourceText:
        """The document with ``change`` (which keeps every length) made to its text and to each region's.

        >>> from kldocs.checker.reading import parse_text
        >>> parse_text("K = 1\\n", "a.md").rewritten(str.lower).prose[0].text
        'k = 1'
        """

        def regions(found: tuple[Region, ...]) -> tuple[Region, ...]:
            return tuple(
                replace(region, text=change(region.text), before=change(region.before), after=change(region.after))
                for region in found
            )

        return replace(
            self,
            text=change(self.text),
            math=regions(self.math),
            prose=regions(self.prose),
            paragraphs=regions(self.paragraphs),
            outputs=regions(self.outputs),
        )

    def section(self, offset: int) -> int:
        """The offset where the section holding ``offset`` starts (0 before the first heading)."""
        index = bisect.bisect_right(self.sections, offset) - 1
        return self.sections[index] if index >= 0 else 0


@dataclass
class Builder:
    """Collects what a reader finds, as offsets into one text; :meth:`build` makes the :class:`SourceText`.

    Everything starts blanked; :meth:`prose` reveals the characters a reader
    knows to be prose or printed output.
    """

    text: str
    name: str
    format: Format
    line_numbers: list[int] | None = None
    cells: list[int] | None = None
    output_rows: set[int] = field(default_factory=set)
    math: list[Region] = field(default_factory=list)
    code: list[Region] = field(default_factory=list)
    outputs: list[Region] = field(default_factory=list)
    tables: list[SourceTable] = field(default_factory=list)
    sections: list[int] = field(default_factory=list)
    exercises: list[int] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    _shown: list[tuple[int, int]] = field(default_factory=list)
    _starts: list[int] | None = None
    docstrings: list[tuple[int, int]] = field(default_factory=list)
    _rewritten: dict[int, str] = field(default_factory=dict)

    def prose(self, start: int, end: int) -> None:
        """Mark ``text[start:end]`` as prose (or printed output)."""
        if end > start:
            self._shown.append((start, end))

    def docstring(self, start: int, end: int) -> None:
        """Mark ``text[start:end]`` as a docstring of code: prose that speaks of the function it documents."""
        self.prose(start, end)
        if end > start:
            self.docstrings.append((start, end))

    def output(self, start: int, end: int) -> None:
        """Mark ``text[start:end]`` as a block of printed output, read as prose and beside the code above it."""
        self.prose(start, end)
        if end > start:
            self.outputs.append(Region("prose", self.text[start:end], start))

    def rewrite(self, start: int, replacement: str) -> None:
        """Show markup in prose as the maths it stands for, with as many characters (``\\*`` as `` *``)."""
        for index, char in enumerate(replacement):
            self._rewritten[start + index] = char

    def formula(self, kind: Literal["inline", "display"], start: int, end: int, inner: str | None = None) -> None:
        """Record a formula whose body is ``text[start:end]`` (or ``inner``, read from the same place)."""
        body = self.text[start:end] if inner is None else inner
        if not body.strip():
            return
        if len(body) > MAX_FORMULA_CHARACTERS:  # far more symbols than a formula is read up to: not read at all
            reason = f"a formula of more than {MAX_FORMULA_CHARACTERS:,} characters is not read"
            self.skipped.append(Skipped(start, body[:60], reason))
            return
        if kind == "display":
            self.math.append(Region(kind, body, start))
            return
        line_begin = self.text.rfind("\n", max(0, start - CONTEXT - 1), start) + 1
        line_end = self.text.find("\n", end, end + CONTEXT + 1)
        line_end = min(len(self.text), end + CONTEXT + 1) if line_end < 0 else line_end
        before = self.text[max(line_begin, start - 1 - CONTEXT) : max(line_begin, start - 1)]
        after = self.text[min(end + 1, line_end) : line_end]
        self.math.append(Region(kind, body, start, before, after))

    @property
    def line_starts(self) -> list[int]:
        """Where each line of the text starts (computed once, in C speed)."""
        if self._starts is None:
            self._starts = line_starts(self.text)
        return self._starts

    def build(self) -> SourceText:
        code = tuple(map(_as_program, self._code_read()))  # first: what it does not read joins the parts skipped
        starts = self.line_starts
        rows = revealed_rows(self.text, starts, self._shown, self._rewritten)
        self.math.sort(key=lambda region: region.offset)
        return SourceText(
            self.name,
            self.format,
            self.text,
            tuple(self.line_numbers or ()),
            tuple(_joined_displays(self.text, self.math)),
            tuple(Region("prose", line, offset) for line, offset in logical_lines(rows)),
            tuple(Region("prose", paragraph, offset) for paragraph, offset in paragraphs(rows)),
            tuple(self.tables),
            code,
            tuple(sorted(self.outputs, key=lambda region: region.offset)),
            tuple(sorted(set(self.sections))),
            tuple(self.skipped),
            tuple(self.cells or ()),
            frozenset(self.output_rows),
            tuple(sorted(self.exercises)),
            tuple(sorted(self.docstrings)),
            _line_starts=tuple(starts),
        )

    def _code_read(self) -> list[Region]:
        """The blocks of code read, in order; each block too long, and the first past the count, is noted as
        not read."""
        read: list[Region] = []
        lines = 0
        for region in sorted(self.code, key=lambda region: region.offset):
            lines += region.text.count("\n") + 1
            if len(region.text) > MAX_CODE_CHARACTERS:
                reason = f"a block of code of more than {MAX_CODE_CHARACTERS:,} characters is not read"
                self.skipped.append(Skipped(region.offset, region.text[:60], reason))
            elif len(read) == MAX_CODE_BLOCKS or lines > MAX_CODE_LINES:
                limit = f"{MAX_CODE_BLOCKS:,} blocks" if len(read) == MAX_CODE_BLOCKS else f"{MAX_CODE_LINES:,} lines"
                reason = f"code is read up to {limit} a document; none after this is read"
                self.skipped.append(Skipped(region.offset, region.text[:60], reason))
                break
            else:
                read.append(region)
        return read


def _as_program(code: Region) -> Region:
    """A block of code that is an interactive session, as the program its prompts type (the session kept)."""
    program = session_program(code.text) if ">>>" in code.text or "In [" in code.text else None
    return code if program is None else Region("code", program, code.offset, session=code.text)


def line_starts(text: str) -> list[int]:
    """The offset where each line starts: a running sum of the lines' lengths, all of it in C (no numpy, whose
    import alone costs more than this takes on a million lines).

    >>> line_starts("ab\\ncd\\n")
    [0, 3, 6]
    """
    starts = list(itertools.accumulate(map((1).__add__, map(len, text.split("\n"))), initial=0))
    starts.pop()  # the start of the line after the last
    return starts


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with where it starts in it.

    >>> list(text_lines("a\\nbc"))
    [(0, 'a'), (2, 'bc')]
    """
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


_BETWEEN_DISPLAYS = lazy(r"\s*(?:\$\$?|\\\])\s*(?:\$\$?|\\\[)\s*")
_STARTS_WITH_RELATION = lazy(
    r"(?:\s|\\[,;:! ])*(?:&\s*)?"
    r"(?:=|≈|≃|≒|≤|≥|<|>|≠|\\(?:approx|simeq|leq?(?:slant)?|geq?(?:slant)?|neq?|lt|gt)(?![A-Za-z]))"
)


def _joined_displays(text: str, regions: list[Region]) -> list[Region]:
    """Join ``$$a = b$$`` and a following ``$$= c$$`` (slides build formulas this way) into one formula.

    The delimiters between the two become a row break padded to the same
    length, so offsets in the joined text still point into the document.
    """
    joined: list[Region] = []
    for region in regions:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == region.kind == "display":
            gap_start = previous.offset + len(previous.text)
            gap = text[gap_start : region.offset]
            if len(gap) < 40 and _BETWEEN_DISPLAYS.fullmatch(gap) and _STARTS_WITH_RELATION.match(region.text):
                filler = "\\\\" + "".join("\n" if char == "\n" else " " for char in gap[2:])
                joined[-1] = Region("display", previous.text + filler + region.text, previous.offset)
                continue
        joined.append(region)
    return joined
