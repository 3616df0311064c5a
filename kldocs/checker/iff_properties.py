r"""Identities said to hold exactly under a condition: ``$H(Y \mid X) = H(Y)$ iff $X$ and $Y$ are independent``.

An inline formula is read with the words right after it on its line (its
maths delimiters as spaces), and a line of prose as typed, for:

- ``H(Y|X) = H(Y)`` if and only if the two variables are independent;
- ``I(X;Y) = 0`` if and only if they are independent (``X \perp Y``);
- ``H(Y|X) = 0`` if and only if Y is a function of X ("a deterministic function of", ``Y = f(X)``).

Each is true of every joint distribution; a condition in other words (or about other variables) is not read.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("- $I(X; Y) = 0$ iff $X \\perp Y$\n", "a.md")
>>> [(item.measure, item.property) for item in iff_properties(document, document.math[0])]
[('mutual_information', 'zero_iff_independent')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.formula_properties import IFF
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.property_claims import Property
from kldocs.checker.screens import ignoring_case, mentions

#: A conditional entropy's symbol, ``H(Y \mid X)``, and the mutual information's, ``I(X; Y)``.
_GIVEN = r"H\s*\(\s*(?P<y>[A-Z])\s*(?:\||\\mid|\\vert)\s*(?P<x>[A-Z])\s*\)"
#: A variable's letter: a capital, or one of the small letters some notes write variables with (``I(x,y)``).
_LETTER = r"(?:[A-Z]|[u-z](?![A-Za-z]))"
_INFORMATION = rf"I\s*\(\s*(?P<i>{_LETTER})\s*[;,]\s*(?P<j>{_LETTER})\s*\)"
#: Two random variables said to be independent: "X and Y are independent", ``X \perp Y``, "X 与 Y 相互独立", "x e y
#: son independientes", "X und Y unabhängig sind".
_INDEPENDENT = (
    rf"(?:(?P<u>{_LETTER})\s*(?:and|,|与|和|와|과|と|y|e|et|und|i)\s*(?P<v>{_LETTER})\s*"
    r"(?:(?:are|son|sont|sind|s[ãa]o|sono)\s+)?(?:statistically\s+|mutually\s+|estad[íi]sticamente\s+)?"
    r"(?:independientes|independentes|indipendenti|independent|ind[ée]pendant(?:e?s)?|unabh[äa]ngig"
    r"|(?:相互)?独立|독립)|(?P<u2>[A-Z])\s*(?:\\perp|⊥)\s*(?P<v2>[A-Z])(?![A-Za-z(]))"
)
_BETWEEN = r"\s{0,6}(?:\*\*)?" + IFF + r"(?:\*\*)?\s{0,6}"
#: ``H(Y|X) = H(Y)`` or ``I(X;Y) = 0`` exactly when X and Y are independent.
_INDEPENDENCE = lazy(
    rf"(?:{_GIVEN}\s*=\s*H\s*\(\s*(?P<same>[A-Z])\s*\)|{_INFORMATION}\s*=\s*0)\s+{_BETWEEN}{_INDEPENDENT}"
)
#: ``H(Y|X) = 0`` exactly when Y is a function of X: "Y is a deterministic function of X", ``Y = f(X)``.
_DETERMINED = lazy(
    rf"{_GIVEN}\s*=\s*0\s+{_BETWEEN}(?P<f>[A-Z])\s*(?:is\s+(?:a\s+)?(?:deterministic\s+)?function\s+of"
    r"|=\s*[fg]\s*\()\s*(?P<of>[A-Z])(?![A-Za-z])"
)
#: Words before the formula on its line that make it a question, a supposition or a mistake: it is not read.
_NOT_STATED = lazy(r"(?<![A-Za-z])(?:not|never|whether|suppose|claim|wrong|false|myth|if\s+we)(?![A-Za-z])", re.I)
#: Most characters read after the formula for its condition.
_REACH = 80


def iff_properties(document: SourceText, region: Region) -> Iterator[Property]:
    """The identity an inline formula (or a line of prose, as typed) states exactly under the condition after it,
    when it is one of these."""
    if region.kind == "prose":
        yield from _typed(document, region)
        return
    if region.kind != "inline" or len(region.text) > _REACH:
        return
    end = document.text.find("$", region.offset + len(region.text))
    if end < 0 or end > region.offset + len(region.text) + 2:
        return
    line_end = document.text.find("\n", end, end + _REACH)
    after = document.text[end + 1 : line_end if line_end >= 0 else end + _REACH].replace("$", " ")
    reach = max(0, region.offset - _REACH)  # the line's start, or as far back as is read on a long line
    line_start = max(reach, document.text.rfind("\n", reach, region.offset) + 1)
    if "?" in after or _NOT_STATED.search(document.text, line_start, region.offset):
        return  # asked, supposed or denied
    said = f"{region.text} {after}"
    for pattern in (_INDEPENDENCE, _DETERMINED):
        match = pattern.match(said)
        found = _property(match) if match is not None else None
        if match is not None and found is not None:
            shown = " ".join(f"{region.text} {after[: match.end() - len(region.text) - 1]}".split())
            yield Property(document.line(region.offset), shown, found[0], found[1], False, region.offset)


def _typed(document: SourceText, region: Region) -> Iterator[Property]:
    """The identities typed in a paragraph's prose: ``H(Y|X) = H(Y) if and only if X and Y are independent``."""
    text = region.text
    if not mentions(text, _IFF_ANCHORS) or not _IFF_WORD.search(text):
        return
    for pattern in (_INDEPENDENCE, _DETERMINED):
        for match in pattern.finditer(text):
            found = _property(match)
            start = max(text.rfind(mark, 0, match.start()) for mark in (". ", "? ", "! ", "\n")) + 1
            end = _SENTENCE_END.search(text, match.end())
            asked = "?" in text[match.end() : end.end() if end else len(text)]
            if found is not None and not asked and not _NOT_STATED.search(text, start, match.start()):
                offset = region.offset + match.start()
                shown = " ".join(match.group().split())
                yield Property(document.line(offset), shown, found[0], found[1], False, offset)


#: The words of "if and only if", one of which a paragraph must hold to be read for these.
_IFF_WORD = lazy(r"iff|only|exactly|precisely|⟺|⇔|当且仅当|s[oó]lo|seulement|somente|genau", re.IGNORECASE)
_IFF_ANCHORS = ignoring_case(
    "iff", "only", "exactly", "precisely", "⟺", "⇔", "当且仅当", "solo", "sólo", "seulement", "somente", "genau"
)
#: The end of a sentence.
_SENTENCE_END = lazy(r"[.?!。？](?:\s|$)|\n")


def _property(match: re.Match[str]) -> tuple[str, str] | None:
    """The measure and the property, when the condition names the formula's own two variables."""
    groups = match.groupdict()
    if groups.get("f") is not None:
        same = (groups["y"], groups["x"]) == (groups["f"], groups["of"]) and groups["y"] != groups["x"]
        return ("conditional_entropy", "zero_iff_function") if same else None
    said = {groups["u"] or groups["u2"], groups["v"] or groups["v2"]}
    if groups["i"] is not None:
        pair = {groups["i"], groups["j"]}
        return ("mutual_information", "zero_iff_independent") if pair == said and len(pair) == 2 else None
    pair = {groups["y"], groups["x"]}
    if groups["same"] != groups["y"] or pair != said or len(pair) != 2:
        return None
    return "conditional_entropy", "equal_iff_independent"
