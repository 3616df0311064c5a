r"""MathML for the web pages: latex2mathml's elements, spaced and broken as TeX would set them.

Browsers lay MathML out by MathML Core, whose operator dictionary differs
from TeX's spacing in a few places; :func:`to_mathml` mends each on the
element tree before it is written:

- a function name (``ln``, ``log``, ``log_2``...) gets the invisible
  function-application operator and TeX's thin spaces around it, also after
  a closing parenthesis: ``0.2 ln 0.2``, ``(p_i - q_i) log``;
- a sign with nothing before it to add to or subtract from (at the start,
  after ``(``, ``,`` or ``=``) is a prefix sign, set against its operand:
  ``(0.5, -1)``, ``-∞``, not spaced like a subtraction;
- ``\iff``, which latex2mathml writes as an identifier, is a relation with
  TeX's wide space, and ``∞`` is a symbol, not an operator with space around it;
- parentheses around a formula no taller than a line do not stretch;
- an inline formula wider than :data:`SPLIT_EMS` is cut after its outer
  relations, ``+`` and ``-`` (and after commas) into pieces a browser may
  wrap between lines, as TeX breaks inline maths: a browser breaks no formula.

>>> print(to_mathml(r"(0.5, -1)"))  # doctest: +ELLIPSIS
<math ...><mo stretchy="false">(</mo><mn>0.5</mn><mo>,</mo><mo form="prefix">−</mo><mn>1</mn>...
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

#: Names set upright as functions: MathML Core spaces none of them, so a thin space goes around each.
FUNCTIONS = frozenset({"ln", "log", "exp", "arg", "min", "max"})
#: An inline formula wider than this (ems, estimated from its LaTeX) is cut into pieces that may wrap: a
#: phone's text column holds about 21 ems of maths.
SPLIT_EMS = 12.0
#: Elements that make a formula taller than a line: fences around them may stretch.
_TALL = frozenset({"mfrac", "munderover", "munder", "mover", "msqrt", "mroot", "mtable"})
#: Elements whose children are arguments in fixed places (base, script, numerator...), not a row.
_FIXED = frozenset({"msub", "msup", "msubsup", "mfrac", "munder", "mover", "munderover", "mroot"})
#: What a function name is set apart from by a thin space (TeX: an ordinary symbol, a closing or a large operator).
_BEFORE_FUNCTION = frozenset({"mn", "mi", "msub", "msup", "msubsup", "mfrac", "mrow", "mstyle", "msqrt", "munderover"})
_SIGNS = frozenset("+−-±∓")
_OPENING = frozenset("([{⟨")
_CLOSING = frozenset(")]}⟩")
#: After these a sign is a subtraction (or addition), not a prefix: ``|x| - 1``, ``n! - 1``.
_ENDS_OPERAND = _CLOSING | frozenset("|‖!′″")
_RELATIONS = frozenset("=≈<>≤≥≠≡∝⟺⟹⇔⇒→")
#: Symbols latex2mathml writes as identifiers, with the space TeX puts on each side (``\iff`` is
#: ``\;\Longleftrightarrow\;``: a relation's thick space and another).
_AS_OPERATORS = {"⟺": "0.5556em", "⟹": "0.5556em", "±": None, "∓": None}
_NS = "http://www.w3.org/1998/Math/MathML"
_THIN = "0.1667em"


def to_mathml(latex: str, display: str = "inline") -> str:
    r"""The MathML of ``latex``, spaced as TeX spaces it (see the module notes); ``""`` for no maths.

    A long inline formula comes as several ``<math>`` elements in one ``<span class="formula">``.

    >>> "<mn>0.2</mn><mspace" in to_mathml(r"0.2 \ln \frac{1}{2}")
    True
    >>> to_mathml(" + ".join(["a_{1}"] * 12)).count("<math")
    12
    """
    from latex2mathml.converter import convert

    from kldocs.models.linebreak import width

    if not latex.strip():
        return ""
    root = ET.fromstring(convert(latex.replace(r"\arg", r"\mathrm{arg}"), display=display))
    for element in root.iter():
        _retag(element)
    _space_functions(root)
    _mark_prefix_signs(root)
    _unstretch_short_fences(root)
    ET.register_namespace("", _NS)
    pieces = _pieces(root) if display == "inline" and width(latex) > SPLIT_EMS else [root]
    if len(pieces) == 1:
        return ET.tostring(root, encoding="unicode")
    shown = "<wbr/>".join(ET.tostring(piece, encoding="unicode") for piece in pieces)
    return f'<span class="formula">{shown}</span>'


def _tag(element: Any) -> str:
    return str(element.tag).rpartition("}")[2]


def _text(element: Any) -> str:
    return (element.text or "").strip()


def _new(tag: str, text: str | None = None, **attributes: str) -> Any:
    element = ET.Element(f"{{{_NS}}}{tag}", attributes)
    element.text = text
    return element


def _retag(element: Any) -> None:
    """``⟺`` as a relation with TeX's space, ``∞`` as a symbol."""
    if _tag(element) == "mi" and _text(element) in _AS_OPERATORS:
        element.tag = f"{{{_NS}}}mo"
        space = _AS_OPERATORS[_text(element)]
        if space is not None:
            element.set("lspace", space)
            element.set("rspace", space)
    elif _tag(element) == "mo" and _text(element) == "∞":
        element.tag = f"{{{_NS}}}mi"


def _is_function(element: Any) -> bool:
    """``ln``, or ``log_2`` (a function name with a subscript)."""
    if _tag(element) in ("mi", "mo") and _text(element) in FUNCTIONS:
        return True
    return _tag(element) in ("msub", "munder") and len(element) > 0 and _is_function(element[0])


def _opens_group(element: Any) -> bool:
    """True when ``element`` starts with an opening parenthesis (no space goes before it)."""
    while _tag(element) == "mrow" and len(element):
        element = element[0]
    return _tag(element) == "mo" and _text(element) in ("(", "[", "\u2061")


def _is_closing(element: Any) -> bool:
    """A closing parenthesis or bracket (of ``(...)``, ``\\left(...\\right)``)."""
    if _tag(element) != "mo" or element.get("form") == "prefix":
        return False
    return _text(element) in _CLOSING or (element.get("fence") == "true" and element.get("form") == "postfix")


def _ends_operand(element: Any) -> bool:
    """A closing parenthesis, a bar or a postfix operator: what stands before it is an operand."""
    return _is_closing(element) or (_tag(element) == "mo" and _text(element) in _ENDS_OPERAND)


def _is_opening(element: Any) -> bool:
    if _tag(element) != "mo" or element.get("form") == "postfix":
        return False
    return _text(element) in _OPENING or (element.get("fence") == "true" and element.get("form") == "prefix")


def _space_functions(parent: Any) -> None:
    for child in list(parent):
        _space_functions(child)
    if _tag(parent) in _FIXED:
        for child in list(parent):
            if _tag(child) == "mo" and child.text == "\u2061":
                parent.remove(child)
        return
    children = list(parent)
    for index in range(len(children) - 1, -1, -1):
        child = children[index]
        if not _is_function(child):
            continue
        after = children[index + 1] if index + 1 < len(children) else None
        if after is not None and _tag(after) == "mo" and after.text == "\u2061":
            parent.remove(after)
            after = children[index + 2] if index + 2 < len(children) else None
        position = list(parent).index(child)
        additions = [_new("mo", "\u2061")]
        if after is not None and not _opens_group(after):
            additions.append(_new("mspace", width=_THIN))
        for offset, element in enumerate(additions, start=1):
            parent.insert(position + offset, element)
        before = children[index - 1] if index > 0 else None
        if before is not None and (_tag(before) in _BEFORE_FUNCTION or _ends_operand(before)):
            parent.insert(position, _new("mspace", width=_THIN))


def _mark_prefix_signs(parent: Any) -> None:
    """A sign with no operand before it in its row is a prefix sign: MathML Core sets it against its operand."""
    for child in parent:
        _mark_prefix_signs(child)
    if _tag(parent) in _FIXED:
        return
    before = None
    for child in parent:
        if _tag(child) == "mspace":
            continue
        sign = _tag(child) == "mo" and _text(child) in _SIGNS and not child.get("form")
        if sign and (before is None or (_tag(before) == "mo" and not _ends_operand(before))):
            child.set("form", "prefix")
        before = child


def _unstretch_short_fences(element: Any) -> None:
    for child in element:
        _unstretch_short_fences(child)
    fences = [child for child in element if _tag(child) == "mo" and child.get("fence") == "true"]
    if len(fences) == 2 and not any(_tag(node) in _TALL for node in element.iter()):
        for fence in fences:
            fence.set("stretchy", "false")


def _pieces(root: Any) -> list[Any]:
    """The formula cut after each outer relation, ``+``, ``-`` and comma, each piece a ``<math>`` of its own.

    Outer: not inside a bare parenthesis (a comma is a cut inside one too); a ``\\left(...\\right)`` group is one
    element of the row and never cut. The operator at a cut keeps the spacing it has inside the row.
    """
    row = root[0] if len(root) == 1 and _tag(root[0]) == "mrow" else root
    pieces: list[list[Any]] = [[]]
    depth = 0
    children = list(row)
    for index, child in enumerate(children):
        pieces[-1].append(child)
        if _is_opening(child):
            depth += 1
        elif _is_closing(child):
            depth = max(depth - 1, 0)
        elif _tag(child) == "mo" and index < len(children) - 1:
            text = _text(child)
            outer = depth == 0 and (text in _RELATIONS or (text in _SIGNS and child.get("form") != "prefix"))
            if outer or text == ",":
                child.set("form", child.get("form") or "infix")
                pieces.append([])
    result = []
    for children_of_piece in pieces:
        math = _new("math", display="inline")
        piece_row = _new("mrow")
        piece_row.extend(children_of_piece)
        math.append(piece_row)
        result.append(math)
    return result
