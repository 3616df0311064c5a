r"""The rows of a document that hold prose, and the lines and paragraphs they make.

A document's prose is its text with formulas, code, comments and markup blanked out (each character replaced by
:data:`BLANK`, line breaks kept), so a position in the prose is a position in the document. A row that starts
with a relation or an operator, or follows one that ends in one, goes on the line before it; consecutive rows
make a paragraph, their line breaks turned into spaces. Each line or paragraph is given as its text and where
it starts.

>>> text = "We find\n= 0.5 bits.\n\nNext."
>>> rows = revealed_rows(text, [0, 8, 20, 21], [(0, len(text))], {})
>>> logical_lines(rows), paragraphs(rows)
([('We find\n= 0.5 bits.', 0), ('Next.', 21)], [('We find = 0.5 bits.', 0), ('Next.', 21)])
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from kldocs.checker.lazy_patterns import lazy

#: What stands for a character that is not prose: a formula's, code's, a comment's or markup's.
BLANK = "§"
#: A line that goes on from the one above: a relation or an operator first (after ``&`` in an aligned chain).
_CONTINUES = lazy(
    r"^\s*+(?:&\s*)?(?:=|≈|≃|≒|≤|≥|<|>|≠|\\approx|\\simeq|\\leq?|\\geq?|\\neq?|[+−×·/](?!\s*[A-Za-z]{2}))"
)  # spaces possessive: a run before ``&`` was split with the one after it in every way (30 s for 10 MB)
_OPEN_END = lazy(r"(?:=|≈|≃|≒|≤|≥|[+\-−×·*/]|\\approx|\\times|\\cdot)\s*$")
#: What a line that :data:`_OPEN_END` matches ends in, but for spaces.
_OPEN_ENDS = ("=", "≈", "≃", "≒", "≤", "≥", "+", "-", "−", "×", "·", "*", "/", "\\approx", "\\times", "\\cdot")


Row = tuple[int, int, str]  # (row, offset of the row's start, the row with everything but prose blanked)


def revealed_rows(
    text: str, starts: list[int], spans: Iterable[tuple[int, int]], rewritten: dict[int, str]
) -> list[Row]:
    """The rows that hold prose, in order, each blanked except for its prose (rewritten where marked)."""
    marks = sorted(rewritten)
    pieces: dict[int, list[tuple[int, int]]] = {}
    position = 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        position = end
        row = bisect.bisect_right(starts, start) - 1
        while start < end:
            row_end = starts[row + 1] - 1 if row + 1 < len(starts) else len(text)
            piece_end = min(end, row_end)
            if piece_end > start:
                pieces.setdefault(row, []).append((start, piece_end))
            row += 1
            start = row_end + 1
    rows: list[Row] = []
    for row in sorted(pieces):
        begin = starts[row]
        parts, cursor = [], begin
        for start, end in pieces[row]:
            parts.append(BLANK * (start - cursor))
            piece = text[start:end]
            if bisect.bisect_left(marks, start) < bisect.bisect_left(marks, end):
                piece = "".join(rewritten.get(start + index, char) for index, char in enumerate(piece))
            parts.append(piece)
            cursor = end
        line = "".join(parts)
        if line.replace(BLANK, " ").strip():
            rows.append((row, begin, line))
    return rows


def logical_lines(rows: list[Row]) -> list[tuple[str, int]]:
    """Lines of prose; a line that starts with a relation or an operator joins the line before."""
    regions: list[tuple[str, int]] = []
    current: list[Row] = []
    for row in rows:
        stripped = row[2].replace(BLANK, " ").strip()
        joins = (
            bool(current)
            and row[0] == current[-1][0] + 1
            and (_CONTINUES.match(stripped) is not None or _open_end(current[-1][2][-200:].replace(BLANK, " ")))
        )
        if not joins and current:
            regions.append(_joined(current))
            current = []
        current.append(row)
    if current:
        regions.append(_joined(current))
    return regions


def _open_end(line: str) -> bool:
    """Whether ``line`` ends in a relation or an operator (:data:`_OPEN_END`), looked at first by its last characters.

    >>> _open_end("H(P) = 0.5 +  "), _open_end("H(P) = 0.5")
    (True, False)
    """
    return line.rstrip().endswith(_OPEN_ENDS) and _OPEN_END.search(line) is not None


def _joined(rows: list[Row], separator: str = "\n") -> tuple[str, int]:
    """The rows' prose joined by ``separator``, and where the first row starts."""
    return separator.join(row[2] for row in rows), rows[0][1]


def paragraphs(rows: list[Row]) -> list[tuple[str, int]]:
    """Runs of consecutive prose rows, line breaks turned into spaces (offsets unchanged)."""
    found: list[tuple[str, int]] = []
    current: list[Row] = []
    for row in rows:
        if current and row[0] != current[-1][0] + 1:
            found.append(_joined(current, " "))
            current = []
        current.append(row)
    if current:
        found.append(_joined(current, " "))
    return found
