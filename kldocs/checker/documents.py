r"""Read a document and locate its maths: Markdown, LaTeX, plain text or a Jupyter notebook.

The result is a :class:`Document`: the text, a map from character offsets to
line numbers, the formulas (inline ``$...$`` and ``\(...\)``, display
``$$...$$``, ``\[...\]`` and LaTeX maths environments), the prose around them
(logical lines, with formulas and code blanked out so that offsets still
line up) and any Markdown tables.

Plain text exported from slides has no delimiters at all; its lines are
prose, and a line that starts with a relation (``≈ 0.0305``) continues the
formula of the line before.

Limits: files over :data:`MAX_BYTES` are refused, and so is anything that is
not UTF-8 text; both raise :class:`~kldocs.InputError` naming the file.

>>> doc = parse_text("We find $H(P) = 1.03$ nats.\n\n$$D_{KL}(P \\| Q)\n= 0.0305$$\n", "notes.md")
>>> [(region.kind, doc.line(region.offset), region.text) for region in doc.math]
[('inline', 1, 'H(P) = 1.03'), ('display', 3, 'D_{KL}(P \\| Q)\n= 0.0305')]
>>> doc.math[0].after
' nats.'
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kldocs.errors import InputError

#: Largest file read, in bytes.
MAX_BYTES = 10_000_000
#: Longest inline formula, in characters (a lone dollar sign does not swallow a page).
MAX_INLINE = 2000
#: How much prose next to an inline formula is kept for its units and conditions.
CONTEXT = 40

Format = Literal["markdown", "latex", "text", "notebook"]
_FORMATS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".tex": "latex",
    ".ltx": "latex",
    ".latex": "latex",
    ".ipynb": "notebook",
}
_MATH_ENVIRONMENTS = (
    "equation",
    "equation*",
    "align",
    "align*",
    "alignat",
    "alignat*",
    "gather",
    "gather*",
    "multline",
    "multline*",
    "eqnarray",
    "eqnarray*",
    "displaymath",
    "math",
    "flalign",
    "flalign*",
)
_BLANK = "§"
_CONTINUES = re.compile(r"^\s*(?:=|≈|≃|≤|≥|<|>|≠|\\approx|\\simeq|\\leq?|\\geq?|\\neq?|[+−×·/](?!\s*[A-Za-z]{2}))")
_OPEN_END = re.compile(r"(?:=|≈|≤|≥|[+\-−×·*/]|\\approx|\\times|\\cdot)\s*$")


@dataclass(frozen=True)
class Region:
    """A stretch of the document: a formula or a logical line of prose.

    Attributes
    ----------
    kind
        ``"inline"``, ``"display"`` or ``"prose"``.
    text
        The text of the formula (without delimiters) or of the prose.
    offset
        Where ``text`` starts in :attr:`Document.text`.
    before, after
        Up to :data:`CONTEXT` characters of prose on the same line before and
        after an inline formula (``"if "``, ``" nats."``); empty otherwise.
    """

    kind: Literal["inline", "display", "prose"]
    text: str
    offset: int
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class Table:
    """A Markdown table: the header cells and the body rows, each row with its line number."""

    header: tuple[str, ...]
    line: int
    rows: tuple[tuple[int, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Document:
    """A document ready for claim finding.

    Attributes
    ----------
    name
        The file name as given.
    format
        ``"markdown"``, ``"latex"``, ``"text"`` or ``"notebook"``.
    text
        The readable text (for a notebook, its Markdown cells one after another).
    line_numbers
        The line number shown for each line of ``text``: the line in the file.
    math, prose, paragraphs
        Formulas; logical lines of prose; whole paragraphs of prose (for sentences
        that wrap), the last two with formulas and code blanked out.
    tables
        Markdown tables.
    """

    name: str
    format: Format
    text: str
    line_numbers: tuple[int, ...]
    math: tuple[Region, ...]
    prose: tuple[Region, ...]
    paragraphs: tuple[Region, ...]
    tables: tuple[Table, ...]
    _line_starts: tuple[int, ...] = ()

    def line(self, offset: int) -> int:
        """The line number (1-based, as in the file) of a character offset in :attr:`text`."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return self.line_numbers[max(0, min(index, len(self.line_numbers) - 1))]


_LIST_MARKER = re.compile(r"^([ \t>]*)(\d{1,9}[.)]|[-*+])(?=[ \t])", re.MULTILINE)


def read_document(path: str | Path) -> Document:
    """Read and segment a file; the format follows the extension (anything unknown is plain text).

    Raises
    ------
    InputError
        The file is missing, unreadable, larger than :data:`MAX_BYTES`, not
        UTF-8 text, or (for ``.ipynb``) not a notebook.
    """
    path = Path(path)
    field = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(field, "is a folder, not a document")
        if size > MAX_BYTES:
            raise InputError(field, f"is {size:,} bytes; documents larger than {MAX_BYTES:,} bytes are not read")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(field, "no such file") from None
    except PermissionError:
        raise InputError(field, "permission denied") from None
    except OSError as error:
        raise InputError(field, f"cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise InputError(field, f"is larger than {MAX_BYTES:,} bytes; it is not read")
    return parse_bytes(data, field, _FORMATS.get(path.suffix.lower(), "text"))


def parse_bytes(data: bytes, name: str, format: Format) -> Document:
    """Decode and segment the bytes of a document."""
    if b"\x00" in data:
        raise InputError(name, "looks like a binary file, not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(name, f"is not UTF-8 text (byte {data[error.start]:#04x} at offset {error.start})") from None
    return parse_text(text, name, format)


def parse_text(text: str, name: str = "document", format: Format | None = None) -> Document:
    """Segment text that is already decoded; the format defaults to the name's extension."""
    if format is None:
        format = _FORMATS.get(Path(name).suffix.lower(), "text")
    if format == "notebook":
        text, numbers = _notebook_text(text, name)
        format_for_segments: Format = "markdown"
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        numbers = list(range(1, text.count("\n") + 2))
        format_for_segments = format
    if format_for_segments != "latex":
        # "5. KL(P||Q) = 0.3" is item 5 of a list, not 5 times KL: blank the marker, keep the columns.
        text = _LIST_MARKER.sub(lambda match: match.group(1) + " " * len(match.group(2)), text)
    starts = [0] + [match.end() for match in re.finditer("\n", text)]
    math, blanked = _segments(text, format_for_segments)
    math = _joined_displays(text, math)
    prose = tuple(_logical_lines(blanked))
    paragraphs = tuple(_paragraphs(blanked))
    tables = tuple(_tables(text, starts, numbers)) if format_for_segments != "latex" else ()
    return Document(name, format, text, tuple(numbers), tuple(math), prose, paragraphs, tables, tuple(starts))


# --- notebooks ---------------------------------------------------------------------------------------------


def _notebook_text(raw: str, name: str) -> tuple[str, list[int]]:
    """The Markdown cells joined, and for each line its line number in the ``.ipynb`` file.

    Jupyter writes one JSON string per source line, so each line is found in
    the file in order; when that fails (a minified notebook), lines are
    numbered through the joined Markdown instead.
    """
    try:
        notebook = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(name, f"is not a Jupyter notebook: {getattr(error, 'msg', 'nested too deeply')}") from None
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise InputError(name, "is not a Jupyter notebook: no list of cells")
    lines: list[str] = []
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(piece, str) for piece in source):
            source = "".join(source)
        if not isinstance(source, str):
            raise InputError(name, "is not a Jupyter notebook: a cell source is not text")
        lines.extend(source.replace("\r\n", "\n").split("\n"))
        lines.append("")
    file_lines = raw.split("\n")
    numbers = _file_line_numbers(lines, file_lines)
    return "\n".join(lines), numbers


def _file_line_numbers(lines: Sequence[str], file_lines: Sequence[str]) -> list[int]:
    numbers: list[int] = []
    cursor = 0
    for line in lines:
        if not line:
            numbers.append(numbers[-1] if numbers else 1)
            continue
        wanted = (json.dumps(line, ensure_ascii=False)[1:-1], json.dumps(line)[1:-1])
        found = None
        for index in range(cursor, len(file_lines)):
            if wanted[0] in file_lines[index] or wanted[1] in file_lines[index]:
                found = index
                break
        if found is None:
            return list(range(1, len(lines) + 1))
        numbers.append(found + 1)
        cursor = found + 1  # one source line per file line, or this is not the usual layout
    return numbers or [1]


# --- formulas ----------------------------------------------------------------------------------------------


_INTERESTING = {
    "markdown": re.compile(r"[\\$`\n]"),
    "text": re.compile(r"[\\$`\n]"),
    "latex": re.compile(r"[\\$%\n]"),
}


def _segments(text: str, format: Format) -> tuple[list[Region], str]:
    """Find the formulas; return them and the text with formulas, code and comments blanked."""
    regions: list[Region] = []
    blanks: list[tuple[int, int]] = []
    missing: set[str] = set()  # closing delimiters known to be absent after some point
    length = len(text)
    markdown = format in ("markdown", "text")
    interesting = _INTERESTING.get(format, _INTERESTING["text"])

    def find(closing: str, start: int) -> int:
        if closing in missing:
            return -1
        index = text.find(closing, start)
        if index < 0:
            missing.add(closing)
        return index

    def fence_end(start: int) -> int | None:
        """Where a fenced code block that opens at ``start`` ends (None if no fence opens there)."""
        fence = re.match(r" {0,3}(`{3,}|~{3,})", text[start : start + 40]) if markdown else None
        if fence is None:
            return None
        close = find("\n" + fence.group(1)[:3], start + len(fence.group()))
        if close < 0:
            return length
        line_end = text.find("\n", close + 1)
        return length if line_end < 0 else line_end

    position = 0
    first = fence_end(0)
    if first is not None:
        blanks.append((0, first))
        position = first
    while position < length:
        match = interesting.search(text, position)
        if match is None:
            break
        position = match.start()
        char = text[position]
        if char == "\n":
            end = fence_end(position + 1)
            if end is not None:
                blanks.append((position + 1, end))
                position = end
            else:
                position += 1
            continue
        if char == "\\" and position + 1 < length:
            following = text[position + 1]
            if following in "$%":
                position += 2
                continue
            if following in "[(":
                closing = "\\]" if following == "[" else "\\)"
                end = find(closing, position + 2)
                if end >= 0:
                    kind: Literal["inline", "display"] = "display" if following == "[" else "inline"
                    _add(regions, _region(text, kind, position + 2, end))
                    blanks.append((position, end + 2))
                    position = end + 2
                    continue
            if text.startswith("\\begin{", position):
                environment = re.match(r"\\begin\{([A-Za-z*]{1,20})\}", text[position : position + 30])
                if environment and environment.group(1) in _MATH_ENVIRONMENTS:
                    closing = f"\\end{{{environment.group(1)}}}"
                    body = position + len(environment.group())
                    end = find(closing, body)
                    if end >= 0:
                        _add(regions, _region(text, "display", body, end))
                        blanks.append((position, end + len(closing)))
                        position = end + len(closing)
                        continue
            position += 2 if following == "\\" else 1
            continue
        if char == "%":
            end = text.find("\n", position)
            end = length if end < 0 else end
            blanks.append((position, end))
            position = end
            continue
        if char == "`":
            run = re.match(r"`+", text[position : position + 20])
            assert run is not None
            ticks = run.group()
            end = find(ticks, position + len(ticks)) if len(ticks) < 3 else -1
            if end >= 0 and "\n\n" not in text[position:end]:
                blanks.append((position, end + len(ticks)))
                position = end + len(ticks)
                continue
            position += len(ticks)
            continue
        if char == "$":
            if text.startswith("$$", position):
                end = find("$$", position + 2)
                if end >= 0:
                    _add(regions, _region(text, "display", position + 2, end))
                    blanks.append((position, end + 2))
                    position = end + 2
                    continue
                position += 2
                continue
            end = _inline_end(text, position)
            if end >= 0:
                _add(regions, _region(text, "inline", position + 1, end))
                blanks.append((position, end + 1))
                position = end + 1
                continue
        position += 1
    return regions, _blank(text, blanks)


def _add(regions: list[Region], region: Region | None) -> None:
    if region is not None:
        regions.append(region)


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every character of the spans (except line breaks) replaced by a placeholder."""
    pieces = []
    previous = 0
    for start, end in spans:
        pieces.append(text[previous:start])
        pieces.append(re.sub(r"[^\n]", _BLANK, text[start:end]))
        previous = end
    pieces.append(text[previous:])
    return "".join(pieces)


_BETWEEN_DISPLAYS = re.compile(r"\s*(?:\$\$|\\\])\s*(?:\$\$|\\\[)\s*")
_STARTS_WITH_RELATION = re.compile(r"\s*(?:&\s*)?(?:=|≈|≤|≥|<|>|≠|\\(?:approx|simeq|leq?|geq?|neq?|lt|gt)(?![A-Za-z]))")


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
            if _BETWEEN_DISPLAYS.fullmatch(gap) and _STARTS_WITH_RELATION.match(region.text):
                filler = "\\\\" + "".join("\n" if char == "\n" else " " for char in gap[2:])
                joined[-1] = Region("display", previous.text + filler + region.text, previous.offset)
                continue
        joined.append(region)
    return joined


def _inline_end(text: str, start: int) -> int:
    """The closing ``$`` of an inline formula opened at ``start``, or -1 (currency, a lone dollar)."""
    if start + 1 >= len(text) or text[start + 1].isspace():
        return -1
    index = start + 1
    limit = min(len(text), start + MAX_INLINE)
    while index < limit:
        found = text.find("$", index, limit)
        if found < 0:
            return -1
        if "\n\n" in text[start:found]:
            return -1
        if text[found - 1] == "\\":
            index = found + 1
            continue
        if text[found - 1].isspace():
            return -1
        return found
    return -1


def _region(text: str, kind: Literal["inline", "display"], start: int, end: int) -> Region | None:
    if not text[start:end].strip():
        return None
    if kind == "display":
        return Region(kind, text[start:end], start)
    line_begin = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_begin, start - 1 - CONTEXT) : max(line_begin, start - 1)]
    after = text[end + 1 : min(line_end, end + 1 + CONTEXT)]
    return Region(kind, text[start:end], start, before, after)


# --- prose -------------------------------------------------------------------------------------------------


def _logical_lines(blanked: str) -> list[Region]:
    """Lines of prose; a line that starts with a relation or an operator joins the line before."""
    regions: list[Region] = []
    offset = 0
    current_start, current_end = -1, -1
    for line in blanked.split("\n"):
        end = offset + len(line)
        stripped = line.replace(_BLANK, " ").strip()
        if stripped:
            joins = current_start >= 0 and (
                _CONTINUES.match(stripped) is not None
                or _OPEN_END.search(blanked[current_start:current_end].replace(_BLANK, " ")) is not None
            )
            if joins:
                current_end = end
            else:
                if current_start >= 0:
                    regions.append(Region("prose", blanked[current_start:current_end], current_start))
                current_start, current_end = offset, end
        elif current_start >= 0:
            regions.append(Region("prose", blanked[current_start:current_end], current_start))
            current_start = -1
        offset = end + 1
    if current_start >= 0:
        regions.append(Region("prose", blanked[current_start:current_end], current_start))
    return regions


def _paragraphs(blanked: str) -> list[Region]:
    """Blank-line separated paragraphs, line breaks turned into spaces (offsets unchanged)."""
    found = []
    for match in re.finditer(r"[^\n]++(?:\n[^\n]++)*+", blanked):
        text = match.group().replace("\n", " ")
        if text.replace(_BLANK, " ").strip():
            found.append(Region("prose", text, match.start()))
    return found


_TABLE_ROW = re.compile(r"^\s{0,3}\|(.*)\|\s*$")
_DELIMITER_ROW = re.compile(r"^\s{0,3}\|(?:\s*:?-{1,}:?\s*\|)+\s*$")


def _tables(text: str, starts: Sequence[int], numbers: Sequence[int]) -> list[Table]:
    tables: list[Table] = []
    lines = text.split("\n")
    index = 0
    while index + 1 < len(lines):
        header = _TABLE_ROW.match(lines[index])
        if header and _DELIMITER_ROW.match(lines[index + 1]):
            rows = []
            row_index = index + 2
            while row_index < len(lines) and (row := _TABLE_ROW.match(lines[row_index])):
                rows.append((numbers[row_index], _cells(row.group(1))))
                row_index += 1
            tables.append(Table(_cells(header.group(1)), numbers[index], tuple(rows)))
            index = row_index
        else:
            index += 1
    return tables


def _cells(row: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in re.split(r"(?<!\\)\|", row))
