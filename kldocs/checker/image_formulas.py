r"""Formulas shown as pictures: an image whose alt text is the formula's LaTeX source.

Question-and-answer sites and wikis render a formula as a picture and keep its
source as the alt text, ``![\displaystyle H=0.5\log_2 2+0.5\log_2 2=1\text{ bit}](https://...)``;
a page saved as text or Markdown keeps only that. The alt text is read as a
displayed formula when it holds a LaTeX command and a relation; the image's
brackets and address are not prose. Some sites write the source twice in the
alt text, separated by a space: it is read once; Wikipedia wraps it in
``{\displaystyle ...}``: the group is opened.

>>> text = r"so ![\log_2 4 = 2](https://img.example/f.png) bits"
>>> [(text[a:b], text[c:d]) for a, b, c, d in alt_formulas(text)]
[('![\\log_2 4 = 2](https://img.example/f.png)', '\\log_2 4 = 2')]
>>> list(around_images(alt_formulas(text), 0, len(text)))
[('prose', 0, 3), ('formula', 5, 17), ('prose', 45, 50)]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Literal

from kldocs.checker.lazy_patterns import lazy

#: An image on one line: ``![alt](address)``, its alt text without brackets, its address without spaces or brackets
#: (neither with a dollar or a backquote: those are the inline parser's).
_IMAGE = lazy(r"!\[(?P<alt>[^\[\]\n$`]{1,2000})\]\([^()\s$`]{0,4000}\)")
#: A LaTeX command and a relation: the alt text is maths with a claim in it.
_COMMAND = lazy(r"\\[A-Za-z]")
_RELATION = lazy(r"[=<>]|\\(?:approx|le|ge|leq|geq|neq|ne)(?![A-Za-z])")
#: The group some sites wrap the source in: ``{\displaystyle H = 1}``.
_WRAPPER = lazy(r"\{\\(?:display|text)style(?![A-Za-z])")

#: An image read as a formula: where the image starts and ends, and where the formula it shows starts and ends.
Image = tuple[int, int, int, int]


def alt_formulas(content: str) -> list[Image]:
    """The images of ``content`` whose alt text is a formula, in order."""
    if "![" not in content:
        return []
    found: list[Image] = []
    for match in _IMAGE.finditer(content):
        alt = match["alt"]
        if _COMMAND.search(alt) is None or _RELATION.search(alt) is None:
            continue
        start, end = match.span("alt")
        wrapper = _WRAPPER.match(alt)
        if wrapper is not None and alt.endswith("}"):  # Wikipedia's {\displaystyle ...}
            start, end = start + wrapper.end(), end - 1
        half = (end - start - 1) // 2
        if content[start + half] == " " and content[start : start + half] == content[start + half + 1 : end]:
            end = start + half
        found.append((match.start(), match.end(), start, end))
    return found


def around_images(
    images: Sequence[Image], begin: int, end: int
) -> Iterator[tuple[Literal["prose", "formula"], int, int]]:
    """The pieces of ``[begin, end)``: prose between the images, and the formula each image shows."""
    cursor = begin
    for image_begin, image_end, formula_begin, formula_end in images:
        if image_end <= begin or image_begin >= end:
            continue
        if cursor < image_begin:
            yield "prose", cursor, image_begin
        yield "formula", formula_begin, formula_end
        cursor = image_end
    if cursor < end:
        yield "prose", cursor, end
