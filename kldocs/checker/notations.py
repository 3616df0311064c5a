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


def distance_defined(statement: Statement) -> str | None:
    r"""The note for ``JS(P,Q) = \sqrt{JSD(P\|Q)}``, a definition of the document's own symbol as the JS distance of
    the same pair (which holds by definition); None for any other statement.

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> text = r"JS(P,Q) = \sqrt{JSD(P\|Q)}"
    >>> distance_defined(statements(tokenize(text), text)[0])
    'it defines JS(P,Q) as the Jensen-Shannon distance, the square root of the JSD'
    """
    left, right = statement.left, statement.right
    if not (isinstance(left, MeasureNode) and isinstance(right, MeasureNode)):
        return None
    if left.symbol.measure not in ("jsd", "js_distance") or right.symbol.measure != "js_distance":
        return None
    if left.symbol.args != right.symbol.args or statement.relation != "=":
        return None
    return f"it defines {statement.left_text} as the Jensen-Shannon distance, the square root of the JSD"
