r"""Symbols a document defines for itself: ``JS(P,Q) = \\sqrt{...}`` makes its ``JS`` the Jensen-Shannon distance.

Most documents write ``JS`` or ``JSD`` for the divergence; some define it as
the square root, the distance. A value given to the symbol after such a
definition is judged as a distance.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("$$ JS(P,Q) = \\sqrt{\\frac{KL(P,M) + KL(Q,M)}{2}} $$\n", "a.md")
>>> [(notation.line, notation.name) for notation in distance_notations(document, document.math[0])]
[(1, 'JS')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from kldocs.checker.chains import Statement
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.latex_numbers import MeasureNode
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import MeasureSymbol
from kldocs.checker.written_precision import literal


@dataclass(frozen=True)
class DistanceNotation:
    """A symbol the document defines as the square root of the JSD (``JS(P,Q) = \\sqrt{...}``): the JS distance.

    ``name`` is the symbol as written before its arguments, without markup (``"JS"``).
    """

    line: int
    name: str
    offset: int = 0


_SQUARE_ROOT_OF = lazy(
    r"(?P<name>(?:\\(?:mathrm|operatorname|text)\{\s*)?(?:JSD?|D_\{?\s*(?:\\mathrm\{)?JS\}?\}?)\}?)"
    r"\s*(?:\\left)?\(\s*[^()=]{1,30}\)\s*(?:=|:=|\\coloneqq|\\equiv|\\triangleq)\s*\\sqrt(?![A-Za-z])"
)


def distance_notations(document: SourceText, region: Region) -> Iterator[DistanceNotation]:
    """``JS(P,Q) = \\sqrt{...}``: from here on the document's ``JS`` is the Jensen-Shannon distance."""
    if "\\sqrt" not in region.text:
        return
    for match in _SQUARE_ROOT_OF.finditer(region.text):
        offset = region.offset + match.start()
        yield DistanceNotation(document.line(offset), symbol_name(match.group("name")), offset)


def symbol_name(written: str) -> str:
    r"""A measure's name as written before its arguments, without markup: ``\mathrm{JS}`` -> ``JS``.

    >>> symbol_name(r"D_{\mathrm{JS}}(P \| Q)")
    'D_JS'
    """
    name = written.split("(")[0]
    return re.sub(r"\\(?:mathrm|operatorname|text|left)|[{}\s\\]", "", name)


def as_distance(statement: Statement, offset: int, notations: Sequence[DistanceNotation]) -> Statement:
    """``JS(P,Q) = 0.0508`` after the document defined ``JS`` as the square root of the JSD: a distance."""
    left = statement.left
    if not isinstance(left, MeasureNode) or left.symbol.measure != "jsd" or literal(statement.right) is None:
        return statement
    name = symbol_name(statement.left_text)
    if not any(notation.offset < offset and notation.name == name for notation in notations):
        return statement
    return replace(statement, left=replace(left, symbol=MeasureSymbol("js_distance", left.symbol.args)))
