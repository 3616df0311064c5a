r"""A source's distribution given without a name ("Verteilung der Quelle: A: 0,5, B: 0,25, C: 0,125, D: 0,125"),
read as the distribution of the one variable the measures after it speak of (``H(X) = 1,75 Bit``).

The line must open with words for a source's distribution ("source distribution", "Verteilung der Quelle",
"distribution de la source", "distribución de la fuente", "распределение источника", 信源分布, 情報源の分布,
정보원의 분포, "phân phối của nguồn"), then a colon and two to sixteen symbols with their probabilities
(``A: 0,5``, ``a = 1/4``), set apart by a comma and a space, a semicolon, ``/`` or ``|``, that sum to exactly 1.
It names the variable only when every measure written as a symbol after it, up to the next heading, is the
entropy of one and the same single letter (``H(X)``), and that letter is given no distribution of its own in the
document: ``H(X)`` and ``H(Y)`` after it, or a ``D(P‖Q)``, leave the list unnamed and unread.

>>> from kldocs.checker.reading import parse_text
>>> page = "Verteilung der Quelle: A: 0,5, B: 0,25, C: 0,125, D: 0,125\n\na) H(X) = 1,75 Bit\n"
>>> [(d.name, d.written, d.labels) for d in source_lists(parse_text(page, "a.md"))]
[('X', ('0.5', '0.25', '0.125', '0.125'), ('A', 'B', 'C', 'D'))]
>>> page = "Source distribution: a: 0.5, b: 0.5\n\nH(X) = 1 bit and H(Y) = 0 bits.\n"
>>> list(source_lists(parse_text(page, "a.md")))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.named_lists import NamedList
from kldocs.checker.screens import mentions

#: Words for a source's distribution, in the languages read.
_SOURCE = (
    r"(?:(?i:(?:source|symbol)\s+(?:probability\s+)?distribution|distribution\s+of\s+the\s+source|"
    r"Verteilung\s+der\s+Quelle|Quell(?:en)?verteilung|(?:distribution|loi)\s+de\s+la\s+source|"
    r"distribuci[óo]n\s+de\s+la\s+fuente|distribui[çc][ãa]o\s+da\s+fonte|распределение\s+источника|"
    r"phân\s+phối\s+(?:của\s+)?nguồn)|信源(?:的)?(?:概率)?分布|情報源の(?:確率)?分布|정보원의\s?(?:확률\s?)?분포)"
)
#: Folded words one of which is in every line :data:`_SOURCE` reads.
_ANCHORS = ("source", "quell", "fuente", "fonte", "источник", "nguồn", "信源", "情報源", "정보원")
#: A probability: ``0,5``, ``0.25``, ``1/8``.
_VALUE = r"(?:[0-9]{1,3}/[0-9]{1,4}|0[.,][0-9]{1,8}|1(?:[.,]0+)?(?![.,]?[0-9]))"
_ITEM = r"[A-Za-z0-9]{1,3}\s?[:=]\s?" + _VALUE
_SEPARATOR = r"(?:\s?,\s|\s?[;/|]\s?)"
_LINE = lazy(
    r"^[ \t]*(?:[-*+][ \t]+)?"
    + _SOURCE
    + r"[ \t]*[:：][ \t]*(?P<items>"
    + _ITEM
    + r"(?:"
    + _SEPARATOR
    + _ITEM
    + r"){1,15})[ \t]*[.;]?[ \t]*$",
    re.MULTILINE,
)
_PAIR = lazy(r"(?P<label>[A-Za-z0-9]{1,3})\s?[:=]\s?(?P<value>" + _VALUE + ")")
#: A measure written as a symbol, its arguments, up to a heading.
_SYMBOL = lazy(r"(?<![A-Za-z])(?P<measure>[HDIJ])(?:_\{?[A-Za-z0-9]+\}?)?\s*\(\s*(?P<args>[^()\n]{1,20}?)\s*\)")
_HEADING = lazy(r"^[ \t]*#{1,6}[ \t]|^\\(?:sub)*section\b", re.MULTILINE)


def source_lists(document: SourceText) -> Iterator[NamedList]:
    """The sources' distributions given without a name, each named after the one variable whose entropy follows
    (see the module's docstring)."""
    text = document.text
    if not mentions(text, _ANCHORS):
        return
    for match in _LINE.finditer(text):
        heading = _HEADING.search(text, match.end())
        name = _variable(text[match.end() : heading.start() if heading is not None else len(text)])
        if name is None or re.search(rf"(?<![A-Za-z]){name}\s*=\s*[(\[]", text):
            continue
        pairs = [(pair["label"], pair["value"].replace(",", ".")) for pair in _PAIR.finditer(match["items"])]
        labels = tuple(label for label, _ in pairs)
        values = tuple(Fraction(value) for _, value in pairs)
        if len(set(labels)) != len(labels) or any(value > 1 for value in values) or sum(values) != 1:
            continue
        written = tuple(value for _, value in pairs)
        offset = match.start("items")
        yield NamedList(
            document.line(offset), f"{name} = ({', '.join(written)})", name, values, written, labels, offset
        )


def _variable(after: str) -> str | None:
    """The one letter every measure symbol in ``after`` takes the entropy of, if there is one."""
    names = {(symbol["measure"], symbol["args"]) for symbol in _SYMBOL.finditer(after)}
    if len(names) != 1:
        return None
    measure, name = names.pop()
    return name if measure == "H" and re.fullmatch(r"[A-Z]", name) else None
