r"""Displays as notebooks write them, made plain: one pair of braces around the whole formula, and measures named
in words in a chain (``$${KLD = crossentropy - entropy = H(p,q) - H(p)}$$``).

A formula's readers look for a measure at its start, so braces around the whole display are written as spaces;
a member of a chain that names measures in words only (``crossentropy - entropy``) has them written as symbols
(``CE - H``), which name no distributions: the chain's members with arguments are read as its claims. Every
place keeps its offset.

>>> from kldocs.checker.reading import parse_text
>>> text = "$${KLD = crossentropy - entropy = H(p,q) - H(p)}$$\n\n$${a}{b}$$\n"
>>> [region.text for region in parse_text(text, "a.md").math]
[' KLD = CE           - H       = H(p,q) - H(p) ', '{a}{b}']
"""

from __future__ import annotations

import re
from dataclasses import replace

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

#: A measure's name in words inside a formula, perhaps in ``\text{}``: the group ``cross`` for the cross-entropy.
_WORD = (
    r"(?:\\(?:text|mathrm|textrm|operatorname)\s*\{\s*)?"
    r"(?:(?P<cross>[Cc]ross[-_ ]?\\?_?[Ee]ntropy)|[Ee]ntropy)(?:\s*\})?"
)
#: A member of a chain made of such names only, joined by plus and minus signs.
_WORDS_ONLY = lazy(rf"\s*(?:{_WORD})(?:\s*[-+−]\s*(?:{_WORD.replace('?P<cross>', '')}))*\s*")
_ONE_WORD = lazy(_WORD)


def plain_displays(document: SourceText) -> SourceText:
    """The document with each formula that is one brace group written without its braces, and the members of a
    chain that name measures in words written with their symbols."""
    changed = {}
    for region in document.math:
        text = _unbraced(region.text)
        if "ntropy" in text and text.count("=") >= 2:
            text = _symbols(text)
        if text != region.text:
            changed[region.offset] = replace(region, text=text)
    if not changed:
        return document
    return replace(document, math=tuple(changed.get(region.offset, region) for region in document.math))


def _unbraced(text: str) -> str:
    """``text`` without the braces around it when it is one brace group, spaces in their places."""
    first, last = len(text) - len(text.lstrip()), len(text.rstrip()) - 1
    if last > first and text[first] == "{" and text[last] == "}" and _closes_at(text, first) == last:
        return f"{text[:first]} {text[first + 1 : last]} {text[last + 1 :]}"
    return text


def _symbols(text: str) -> str:
    """``text`` with the members of its chain that are measures in words only written with symbols, padded."""
    members = text.split("=")
    if not any("(" in member for member in members):
        return text
    return "=".join(_ONE_WORD.sub(_symbol, member) if _WORDS_ONLY.fullmatch(member) else member for member in members)


def _symbol(match: re.Match[str]) -> str:
    return ("CE" if match.group("cross") else "H").ljust(len(match.group()))


def _closes_at(text: str, start: int) -> int:
    """Where the brace group opening at ``start`` closes (escaped braces ``\\{`` skipped), or -1."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char in "{}" and text[index - 1 : index] == "\\":
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
    return -1
