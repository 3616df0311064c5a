r"""The lines later readers walk: every line of prose or printed output, and those where a final answer may stand.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The entropy is\n\n$$H = 1$$\n\nso 1 bit.\n", "a.md")
>>> [line for _, line in answer_lines(document, printed_lines(document)) if line.strip()]
['The entropy is', 'H = 1', 'so 1 bit.']
"""

from __future__ import annotations

from kldocs.checker.documents import SourceText
from kldocs.checker.prose_rows import BLANK


def printed_lines(document: SourceText) -> list[tuple[int, str]]:
    """Every line of prose or output, with its offset (tables in printed output are found in them)."""
    found = []
    for region in document.prose:
        offset = region.offset
        for line in region.text.split("\n"):
            found.append((offset, line.replace(BLANK, " ")))
            offset += len(line) + 1
    return found


def answer_lines(document: SourceText, prose_lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines of prose and of display maths, in order: where a final answer may stand below its formula."""
    displayed = []
    for region in document.math:
        if region.kind == "display":
            offset = region.offset
            for line in region.text.split("\n"):
                displayed.append((offset, line))
                offset += len(line) + 1
    return sorted([*prose_lines, *displayed])  # two sorted runs: linear
