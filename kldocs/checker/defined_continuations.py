r"""Lines that go on with a definition of a measure of random variables: a line that opens with ``\equiv``.

Lecture notes write ``I(X;Y) \equiv H(X) - H(X|Y)`` and, on the next line, indented (often by a tab), only
``\equiv H(Y) - H(Y|X)``; that line says the measure the chain defines equals what follows, and is judged as that
identity (:func:`~kldocs.checker.shannon_measures.defined_line`). The measure is the one the first line defines,
found going up over other such lines.

>>> from kldocs.checker.reading import parse_text
>>> from kldocs.checker.statement_reading import Budget
>>> document = parse_text("I(X;Y) \\equiv H(X) - H(X|Y)\n\t\\equiv H(Y) - H(X|Y)\n", "notes.txt")
>>> region = document.paragraphs[0]
>>> [found.statement.text for found in continued_definitions(document, region, Budget())]
['I(X;Y) = H(Y) - H(X|Y)']
"""

from __future__ import annotations

from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText, text_lines
from kldocs.checker.found import Found
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.shannon_measures import defined_line
from kldocs.checker.statement_reading import Budget

#: A line that opens with the sign, after spacing, an alignment mark or a display's opening.
_CONTINUES = lazy(r"[ \t]*(?:\$\$?|\\\[)?[ \t]*&?[ \t]*(?:\\equiv(?![A-Za-z])|≡)")
#: A line that defines a measure of random variables: its name, then the sign.
_DEFINES = lazy(
    r"[ \t]*(?:\$\$?|\\\[)?[ \t]*(?:\\begin\{[a-z*]{1,12}\})?[ \t]*(?P<left>[HI]\s*\([^()\n]{1,40}\))[ \t]*&?[ \t]*"
    r"(?:\\equiv(?![A-Za-z])|≡)"
)
#: Lines gone up over, from a continued line to the line that defines.
_MAX_UP = 6
#: Characters of a line read.
_MAX_LINE = 400


def continued_definitions(document: SourceText, region: Region, budget: Budget) -> Iterator[Found]:
    """The identity each continued line of a region states: the defined measure equals its right side."""
    if "equiv" not in region.text and "≡" not in region.text:
        return
    written = document.text[region.offset : region.offset + len(region.text)]  # a paragraph's lines as written
    for start, line in text_lines(written):
        if len(line) > _MAX_LINE or _CONTINUES.match(line) is None:
            continue
        at = region.offset + start
        left = _defined_above(document.text, at)
        if left is not None and budget.stopped is None:
            prefix = f"{left} "
            yield from defined_line(document, at - len(prefix), prefix + line, budget)


def _defined_above(text: str, at: int) -> str | None:
    r"""The measure the nearest line above ``at`` that is no continuation defines, or None.

    >>> text = "I(X;Y) \\equiv H(X) - H(X|Y)\n\t\\equiv H(Y) - H(Y|X)\n\t\\equiv H(X) + H(Y) - H(X,Y)\n"
    >>> _defined_above(text, text.rindex("\t"))
    'I(X;Y)'
    """
    end = text.rfind("\n", 0, at)
    for _ in range(_MAX_UP):
        if end < 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        defines = _DEFINES.match(line)
        if defines is not None:
            return defines.group("left")
        if line.strip() and _CONTINUES.match(line) is None:
            return None
        end = begin - 1
    return None
