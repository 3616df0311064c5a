"""Formulas typed in a line of prose, a measure's name first: ``H(X|Y) = - Σ Σ P(X = xi, Y = yj) ln P(X = xi)``.

Plain-text pages and answers write definitions without any maths markup. Each
sum sign in a paragraph is taken with the measure's name before it on the same
line (``H(``, ``I(`` or ``D(``, at most :data:`REACH` characters back) and what
follows it up to the end of the line, a full stop or the first word of prose;
a formula with inline maths in it is the maths readers' and is not taken.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("Its entropy is H(X) = - Σ P(X = xi) ln P(X = xi) for each X.\\n", "a.txt")
>>> [text for _, text in typed_formulas(document, document.paragraphs[0])]
['H(X) = - Σ P(X = xi) ln P(X = xi)']
"""

from __future__ import annotations

from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_rows import BLANK

#: A sum sign, as typed or as LaTeX left in prose, or a sum typed as a word before a probability (``sum sum p(x,y)``).
_SUM_SIGN = lazy(r"\\sum|∑|Σ|(?<![A-Za-z\\])sum(?=(?:\s{1,3}sum)?\s{1,3}[Pp]\()")
#: A measure's name with its bracket: the start of a formula.
_NAME = lazy(r"(?<![A-Za-z\\])[HID]\s?\(")
#: Where a typed formula ends: a full stop or semicolon before a space, a line break, or a word of prose.
_END = lazy(r"[.;](?=\s|$)|\n|(?<![A-Za-z\\_])(?P<word>[A-Za-z]{3,})(?![A-Za-z(_{])")
#: Words that belong to a formula: its logarithms and sums as typed.
_FORMULA_WORDS = frozenset({"log", "sum", "prob", "exp"})
#: Most characters between a measure's name and its sum sign.
REACH = 80
#: Most characters of a formula after its sum sign.
_LONGEST = 300


def typed_formulas(document: SourceText, region: Region) -> Iterator[tuple[int, str]]:
    """Each formula typed in the paragraph: where it starts in the document, and its text as written."""
    text = region.text
    written = document.text[region.offset : region.offset + len(text)]
    if len(written) != len(text):
        return
    after = 0
    for sign in _SUM_SIGN.finditer(text):
        if sign.start() < after:
            continue
        line_start = written.rfind("\n", max(after, sign.start() - REACH), sign.start()) + 1
        names = list(_NAME.finditer(text, max(after, line_start, sign.start() - REACH), sign.start()))
        end = _end(written, sign.end())
        if not names or end is None:
            continue
        start = names[-1].start()
        if BLANK not in text[start:end]:
            yield region.offset + start, written[start:end].rstrip()
        after = end


def _end(written: str, at: int) -> int | None:
    """Where the formula whose sum sign ends at ``at`` ends; None past :data:`_LONGEST` characters."""
    stop = min(len(written), at + _LONGEST)
    for match in _END.finditer(written, at, stop):
        if match.group("word") is None or match.group("word").lower() not in _FORMULA_WORDS:
            return match.start()
    return stop if stop == len(written) else None
