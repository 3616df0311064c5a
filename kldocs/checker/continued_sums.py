r"""A sum set out over lines whose next term opens a line with ``+``, kept one paragraph in Markdown and plain text.

Lessons write a weighted sum one term a line, the value at the end::

    H = 0.6 * (-0.5 log2 0.5 - 0.5 log2 0.5)
      + 0.4 * (-0.25 log2 0.25 - 0.75 log2 0.75) ≈ 0.9245

Markdown reads ``+ `` at the start of a line as a list item, which cuts the sum in two: the second term alone would
then be judged against the value of the whole. A line that opens with ``+`` and a term (a number, a bracket, a
fraction) right below a line that holds a relation and ends in maths (a digit or a closing bracket) goes on with it:
the space after its ``+`` is written as a no-break space, which no list marker takes, so every offset stays.

>>> print(with_continued_sums("H = 0.6 * 1.0\n  + 0.4 * 0.8113 = 0.9245\n\nTerms:\n+ 0.4 is one").replace("\xa0", "~"))
H = 0.6 * 1.0
  +~0.4 * 0.8113 = 0.9245
<BLANKLINE>
Terms:
+ 0.4 is one
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy

#: A line that opens with ``+`` and a term: a number, a bracket, a fraction.
_PLUS_LINE = lazy(r"\n[ \t]*\+(?P<space>[ \t])(?=[ \t]*(?:[−-]?[0-9(\[]|\\(?:frac|tfrac|dfrac|left|cdot)))")
#: A line above that holds a relation and ends in maths.
_ABOVE = lazy(r"[^\n]*(?:=|≈|\\approx)[^\n]*?[0-9)\]}][ \t]*$")
#: How much of the line above is looked at.
_REACH = 400


def with_continued_sums(text: str) -> str:
    """``text`` with each line that goes on with a sum above it kept out of a list (see the module's text)."""
    if "+" not in text:
        return text
    spaces = [
        match.start("space")
        for match in _PLUS_LINE.finditer(text)
        if _ABOVE.match(text, max(text.rfind("\n", 0, match.start()) + 1, match.start() - _REACH), match.start())
    ]
    if not spaces:
        return text
    pieces, last = [], 0
    for space in spaces:
        pieces += [text[last:space], "\xa0"]
        last = space + 1
    return "".join(pieces) + text[last:]
