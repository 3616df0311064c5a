r"""Maths in prose and pasted text, made ready for the chain reader.

- ``KL(P || Q): 1.927 bits`` (printed output): the colon is ``=``;
- a measure written without its distributions (``KL``) is a word in prose;
- a formula copied from a web page with its TeX gives the rendered glyphs
  first (``=(0.9ln0.9+0.1ln0.1)=``), then the TeX: the glyphs are no value.

>>> from kldocs.checker.tokens import tokenize
>>> [token.kind for token in prose_tokens(tokenize("KL(P || Q): 1.927"))]
['measure', 'relation', 'number']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import MeasureSymbol, Token

#: Forum markup pasted with a post (``0.9183[/b]``) and Markdown bold around a formula (``**KL(P || Q) ≥ 0**``,
#: not the power ``2**3``).
_MARKUP = lazy(
    r"\[/?(?:b|i|u|s|sup|sub|code|quote|center|color|size|font)(?:=[^\]\n]{0,20})?\]|"
    r"(?<![\w)\]*])\*\*(?=[^\s*])|(?<=[^\s*])\*\*(?![\w(*])",
    re.IGNORECASE,
)


def without_markup(text: str) -> str:
    """Prose with forum tags and bold marks as spaces, so offsets stay.

    >>> without_markup("- **KL(P || Q) ≥ 0** and 2**3 = 8 [b]1.5[/b]")
    '-   KL(P || Q) ≥ 0   and 2**3 = 8    1.5    '
    """
    return _MARKUP.sub(lambda match: " " * len(match.group()), text)


def prose_tokens(tokens: Sequence[Token]) -> list[Token]:
    """The tokens of a line of prose: general symbols as words, colons after measures as ``=``."""
    return _asides(
        _colon_claims(_sentence_ends([_as_word(token) if _general_symbol(token) else token for token in tokens]))
    )


#: A whole number with a full stop after it (``1.``; not ``0.6931...``, cut off).
_WHOLE_WITH_STOP = lazy(r"[0-9]+\.")


def _sentence_ends(tokens: list[Token]) -> list[Token]:
    """A number that ends a sentence keeps its digits, and its full stop becomes punctuation: in
    ``H(X) = 1. H(Y) = 0.811`` the ``1.`` is not a factor of ``H(Y)``.

    >>> from kldocs.checker.tokens import tokenize
    >>> [(token.kind, token.text) for token in _sentence_ends(tokenize("H = 1. H"))][2:]
    [('number', '1'), ('punct', '.'), ('ident', 'H')]
    """
    found: list[Token] = []
    for token, after in zip(tokens, [*tokens[1:], None], strict=True):
        if token.kind == "number" and _WHOLE_WITH_STOP.fullmatch(token.text) and after and after.start > token.end:
            found.append(Token("number", token.text[:-1], token.start, token.end - 1, token.detail))
            found.append(Token("punct", ".", token.end - 1, token.end))
        else:
            found.append(token)
    return found


def _asides(tokens: list[Token]) -> list[Token]:
    """Brackets around a claim of their own in prose, ``(log2(3) ≈ 1.585)``, are punctuation: the claim is read alone.

    >>> from kldocs.checker.tokens import tokenize
    >>> [token.kind for token in _asides(tokenize("bits (log2(3) ≈ 1.585)"))]
    ['word', 'punct', 'log', 'open', 'number', 'close', 'relation', 'number', 'punct']
    """
    found = list(tokens)
    stack: list[tuple[int, bool]] = []
    for index, token in enumerate(tokens):
        if token.kind == "open" and token.text == "(":
            stack.append((index, False))
        elif token.kind == "close" and token.text == ")" and stack:
            start, related = stack.pop()
            if related:
                found[start] = Token("punct", "(", tokens[start].start, tokens[start].end)
                found[index] = Token("punct", ")", token.start, token.end)
        elif token.kind == "relation" and stack:
            stack[-1] = (stack[-1][0], True)
    return found


def _colon_claims(tokens: Sequence[Token]) -> list[Token]:
    """Printed output says ``KL(P || Q): 1.927 bits`` and ``JS(P || Q) distance: 0.648``: the colon is ``=``."""
    found: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        found.append(token)
        index += 1
        if token.kind != "measure" or token.symbol is None or token.symbol.args is None:
            continue
        following = tokens[index : index + 2]
        if len(following) == 2 and following[0].kind == "word" and following[1].text == ":":
            word = following[0].text.lower()
            if word not in ("divergence", "distance", "entropy"):
                continue
            if word == "distance" and token.symbol.measure == "jsd":
                symbol = MeasureSymbol("js_distance", token.symbol.args)
                found[-1] = Token("measure", token.text, token.start, following[0].end, symbol=symbol)
            index += 1
            following = tokens[index : index + 1]
        if following and following[0].text == ":":
            colon = following[0]
            found.append(Token("relation", ":", colon.start, colon.end, "="))
            index += 1
    return found


def _general_symbol(token: Token) -> bool:
    return token.kind == "measure" and token.symbol is not None and token.symbol.args is None


def _as_word(token: Token) -> Token:
    return Token("word", token.text, token.start, token.end)


_TEX_COMMAND = lazy(r"\\(?:ln|log|frac|text|mathrm|sum)(?![A-Za-z])")


def garbled_copy(tokens: Sequence[Token], text: str) -> bool:
    """True for the rendered half of a formula copied from a web page with its TeX: ``=(0.9ln0.9+0.1ln0.1)=``.

    Such pages give each piece of a formula twice: the rendered glyphs run
    together, flush between two ``=`` and without their minus signs, then the
    TeX, spaced (``= -(0.9\\ln 0.9 + 0.1\\ln 0.1) =``). The glyphs are no value
    to judge; the chain runs through them.
    """
    if not tokens or _TEX_COMMAND.search(text) is None:
        return False
    start, end = tokens[0].start, tokens[-1].end
    written = text[start:end]
    flush = start > 0 and text[start - 1] == "=" and end < len(text) and text[end] == "="
    return flush and "\\" not in written
