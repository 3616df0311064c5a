r"""Units written after values: ``0.0305 nats``, ``0.0251 (nats) or 0.036 (bits)``, ``\\text{ bits}``.

A unit decides the log base of the value it follows, and of the steps of
the chain that lead to that value. Units in brackets are taken out of the
maths before the chain is read; "a (nats) or b (bits)" becomes two values of
the same chain, each with its own unit.

>>> from kldocs.checker.tokens import tokenize
>>> tokens, units = written_units(tokenize("D = 0.1115 - 0.0864 ≈ 0.0251 (nats) or 0.036 (bits)"))
>>> [token.text for token in tokens][-3:], sorted(units.values())
(['0.0251', '≈', '0.036'], ['2', 'e'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import Token
from kldocs.exact import Base


def written_units(tokens: Sequence[Token]) -> tuple[list[Token], dict[int, str]]:
    """Units written after values, taken out of the maths: ``0.0251 (nats) or 0.036 (bits)``.

    A unit in brackets after a number is never maths: it is removed, and kept
    by where its number ends. A unit word between two values joined by "or"
    (``0.0251 nats or 0.036 bits``) is removed too, and the "or" becomes the
    relation before it, so that each value is a claim in its own unit.
    """
    kept: list[Token] = []
    units: dict[int, str] = {}
    index = 0
    tokens = _prefixes_as_powers(tokens)
    while index < len(tokens):
        token = tokens[index]
        unit, width = unit_after(tokens, index) if token.kind == "number" else (None, 0)
        kept.append(token)
        index += 1
        if unit is None:
            continue
        if width == 1 and not _alternative_follows(tokens, index + 1):
            continue  # a bare unit word stays a word: it ends the maths before it
        units[token.end] = unit
        index += width
        skip = _alternative_follows(tokens, index)
        if skip:
            relation = next((t for t in reversed(kept) if t.kind == "relation"), None)
            if relation is not None:
                word = tokens[index + skip - 1]
                kept.append(Token("relation", relation.text, word.start, word.end, relation.detail))
                index += skip
    return kept, units


_PREFIXED = lazy(r"(?P<prefix>k|K|M|G|kilo|mega|giga)(?P<unit>bits?|nats?)")
_POWERS = {"k": 3, "K": 3, "kilo": 3, "M": 6, "mega": 6, "G": 9, "giga": 9}


def _prefixes_as_powers(tokens: Sequence[Token]) -> Sequence[Token]:
    r"""``8.352 Mbits`` read as ``8.352 \times 10^{6}`` bits: the prefix becomes a power of ten, in place.

    >>> from kldocs.checker.tokens import tokenize
    >>> [token.text for token in _prefixes_as_powers(tokenize("8.352 Mbits"))]
    ['8.352', '\\times', '10', '^', '{', '6', '}', 'bits']
    """
    if not any(token.kind == "word" and _PREFIXED.fullmatch(token.text) for token in tokens):
        return tokens
    found: list[Token] = []
    for index, token in enumerate(tokens):
        match = _PREFIXED.fullmatch(token.text) if token.kind == "word" else None
        if match is None or index == 0 or tokens[index - 1].kind != "number":
            found.append(token)
            continue
        at = token.start
        found.extend(
            Token(kind, text, at, at, detail)
            for kind, text, detail in (
                ("op", "\\times", "*"),
                ("number", "10", ""),
                ("caret", "^", ""),
                ("lbrace", "{", ""),
                ("number", str(_POWERS[match.group("prefix")]), ""),
                ("rbrace", "}", ""),
            )
        )
        found.append(Token("word", match.group("unit"), token.start, token.end))
    return found


def unit_after(tokens: Sequence[Token], index: int) -> tuple[str | None, int]:
    """The unit written right after ``tokens[index]`` (``(nats)``, ``bits``), and how many tokens it takes."""
    following = tokens[index + 1 : index + 4]
    kinds = [token.kind for token in following]
    if kinds == ["open", "word", "close"] and following[0].text == "(" and following[2].text == ")":
        unit = unit_word(following[1].text)
        return (unit, 3) if unit else (None, 0)
    if kinds[:1] == ["word"] or (kinds[:1] == ["text"] and len(following[0].detail.split()) == 1):
        unit = unit_word(following[0].text if kinds[0] == "word" else following[0].detail)
        return (unit, 1) if unit else (None, 0)
    return None, 0


def _alternative_follows(tokens: Sequence[Token], index: int) -> int:
    """How many tokens stand before the same value given again in another unit, or 0 when it is not.

    ``or`` (or ``, or``) and a number with a unit, or a bracket (``(≈ 0.72 bits)``, ``(0.72 bits)``) that holds
    only a number and its unit.
    """
    words = [token.text.lower() for token in tokens[index : index + 3]]
    start = index + 1 if words[:1] == [","] else index
    if start >= len(tokens):
        return 0
    if tokens[start].kind == "word" and tokens[start].text.lower() == "or":
        given = start + 1
    elif tokens[start].kind == "open" and tokens[start].text == "(":
        given = start + 2 if start + 1 < len(tokens) and tokens[start + 1].kind == "relation" else start + 1
        unit, width = unit_after(tokens, given) if given < len(tokens) else (None, 0)
        closes = given + width + 1 < len(tokens) and tokens[given + width + 1].kind == "close"
        if unit is None or width != 1 or not closes or tokens[given + width + 1].text != ")":
            return 0
    else:
        return 0
    found = given < len(tokens) and tokens[given].kind == "number" and unit_after(tokens, given)[0] is not None
    return given - index if found else 0


def chain_units(values: list[tuple[int, str | None]]) -> list[str | None]:
    """For the values of one chain (where each ends, and its unit), the unit each is read in.

    A value takes the unit of the nearest value at or after it that has one;
    past the last unit, the last one: the steps of a chain are in the unit of
    the value they lead to.

    >>> chain_units([(10, None), (20, "e"), (30, "2"), (40, None)])
    ['e', 'e', '2', '2']
    """
    written = sorted((end, unit) for end, unit in values if unit is not None)
    if not written:
        return [None] * len(values)
    return [next((unit for end, unit in written if end >= at), written[-1][1]) for at, _ in values]


def unit_following(end: int, tokens: Sequence[Token], after: str, units: dict[int, str]) -> str | None:
    """The unit written after a value that ends at ``end``: taken out of the maths, the next word, or ``after``."""
    if end in units:
        return units[end]
    following = [token for token in tokens if token.start >= end and token.end > token.start]  # not a prefix's power
    if following:
        first = following[0]
        words = first.detail.split() if first.kind == "text" else [first.text] if first.kind == "word" else []
        return unit_word(words[0]) if words else None
    if after:
        match = re.match(r"[\s$}\\,;:!~(]*(?:\\(?:text|mathrm|textrm)\{)?\s*([^\W\d_]+)", after)  # also бит, 비트
        if match:
            return unit_word(match.group(1))
    return None


def unit_word(word: str) -> str | None:
    """The base a unit word names (``"bits"`` gives ``"2"``, and ``"나트이다"``, a unit with a particle, ``"e"``),
    or None."""
    glued = _WITH_PARTICLE.fullmatch(word)
    base = Base.from_unit(glued.group("unit") if glued is not None else word)
    return base.name if base is not None else None


#: A unit written with the particle or ending that follows it in Korean, Japanese or Chinese: ``비트이다``,
#: ``ナットです``, ``比特的``.
_WITH_PARTICLE = lazy(r"(?P<unit>비트|나트|내트|ビット|ナット|比特|奈特)[\uac00-\ud7af\u3040-\u309f的了]{1,5}")
