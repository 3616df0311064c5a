r"""The parts of one row of a formula, split at its relations: ``D(P||Q) = 0.2 \\ln 1.5 + ... \\approx 0.03``.

A formula is cut into rows (``\\\\`` in an aligned block) and each row into
parts at the relations and breaks outside brackets; each part is then read
as an expression (:class:`Part`), in whole or, in prose, at its start
(``0.03 nats``) and its end (``so H(P)``). :mod:`~kldocs.checker.chains`
joins the parts into chains.

>>> from kldocs.checker.tokens import tokenize
>>> [item if isinstance(item, Link) else [t.text for t in item] for item in split_row(tokenize("H(P) = 1.5 bits"))]
[['H(P)'], Link(relation='=', text='='), ['1.5', 'bits']]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from kldocs.checker.latex_numbers import Node, ParseError, parse, parse_prefix
from kldocs.checker.tokens import Token

_BARRIER_KINDS = frozenset({"word", "punct", "text", "other", "break"})


@dataclass(frozen=True)
class Part:
    """One part of a row, read as an expression in whole (``full``), or at its start and its end."""

    tokens: Sequence[Token]
    head: Node | None  # the expression at the start of the part (joins the relation before it)
    tail: Node | None  # the expression at the end of the part (joins the relation after it)
    full: bool
    head_stop: int  # index in tokens where the head ends
    tail_start: int  # index in tokens where the tail starts
    opaque: bool = False  # symbolic maths (``\sum_i p_i``): no value, but the chain runs through it


@dataclass(frozen=True)
class Link:
    """The relation between two parts, and how it is written."""

    relation: str
    text: str


def rows(tokens: Sequence[Token]) -> list[list[Token]]:
    """The rows of a formula (split at ``\\\\``), without equation numbers and alignment marks; a row that opens
    with an operator (``&+ 0.4 \\cdot (...)``, ``\\times 2``) goes on with the row above, one term of a sum set
    out over several rows.

    >>> from kldocs.checker.tokens import tokenize
    >>> [len(row) for row in rows(tokenize(r"H &= 0.6 \\cdot 1 \\\\ &+ 0.4 \\cdot 0.8 \\\\ &= 0.92"))]
    [9, 2]
    """
    found: list[list[Token]] = [[]]
    joined = False  # a row just joined to the one above: the spaces before its operator are dropped
    for index, token in enumerate(tokens):
        if token.kind == "row":
            joined = bool(found[-1]) and _goes_on(tokens, index + 1)
            if not joined:
                found.append([])
        elif not (joined and token.kind == "break" and token.detail in _SPACING):
            joined = joined and token.kind == "align"
            found[-1].append(token)
    return [_drop_equation_number(row) for row in found]


def _goes_on(tokens: Sequence[Token], start: int) -> bool:
    """True when the row that starts at ``start`` opens with an operator: ``&+``, ``&& -``, ``&\\quad +``, ``+``,
    ``\\cdot`` (a minus with no alignment mark before it may be a matrix's next entry, and starts a row of its own)."""
    first = start
    while first < len(tokens) and (
        tokens[first].kind == "align" or (tokens[first].kind == "break" and tokens[first].detail in _SPACING)
    ):
        first += 1
    aligned = first > start and any(token.kind == "align" for token in tokens[start:first])
    return first < len(tokens) and tokens[first].kind == "op" and (aligned or tokens[first].detail != "-")


#: Spaces written as breaks, which may stand between a row's alignment mark and its operator.
_SPACING = frozenset({"quad", "qquad"})


def _drop_equation_number(row: list[Token]) -> list[Token]:
    """Remove ``&& (3)`` at the end of a row, and the alignment marks.

    A number in brackets set apart by a space after the last side of a
    relation (``H(X,Y) = H(Y|X) + H(X) (10.27)``) is an equation number too,
    not a factor.
    """
    kinds = [token.kind for token in row]
    aligned = len(row) >= 4 and kinds[-4:] == ["align", "open", "number", "close"]
    spaced = (
        len(row) >= 5
        and kinds[-3:] == ["open", "number", "close"]
        and kinds[-4] in ("close", "ident", "measure", "number", "rbrace")
        and row[-3].start > row[-4].end
        and "relation" in kinds[:-4]
    )
    if aligned or spaced:
        row = row[:-3]
    return [token for token in row if token.kind != "align"]


def split_row(row: Sequence[Token], text: str = "") -> list[Sequence[Token] | Link | str]:
    """Parts and the links between them, split at relations and breaks outside brackets (``text``: what the tokens'
    offsets point into, which tells how wide the spaces between them are)."""
    items: list[Sequence[Token] | Link | str] = []
    depth, start = 0, 0
    for index, token in enumerate(row):
        if token.kind in ("open", "lbrace"):
            depth += 1
        elif token.kind in ("close", "rbrace"):
            depth = max(0, depth - 1)
        elif depth == 0 and token.kind == "relation":
            if items and (_next_assignment(row[start:index]) or _next_printed(row[start:index], text)):
                items.extend([row[start : index - 1], "assignment"])  # ``=0.125 N=``: N starts a new chain
                start = index - 1
            items.append(row[start:index])
            items.append(Link("=" if token.detail == "def" else token.detail, token.text))
            start = index + 1
        elif depth == 0 and token.kind == "break":
            items.append(row[start:index])
            items.append(token.detail)
            start = index + 1
    items.append(row[start:])
    return items


def _next_assignment(part: Sequence[Token]) -> bool:
    """True for ``0.125 N`` between two relations: one value, then the name the next assignment defines.

    >>> from kldocs.checker.tokens import tokenize
    >>> _next_assignment(tokenize("0.125 N")), _next_assignment(tokenize("N"))
    (True, False)
    """
    return len(part) >= 2 and part[-1].kind == "ident" and part[-2].kind in ("number", "close")


def _next_printed(part: Sequence[Token], text: str) -> bool:
    """True for ``1.0000  D(P||Q)`` between two relations, the number and the measure apart by a tab or two spaces or
    more: printed output, ``H(P)=1.0000  D(P||Q)=0.7370``, one value and then the next pair's name, no product.

    >>> from kldocs.checker.tokens import tokenize
    >>> texts = ("1.0000  D(P||Q)", "0.5\tH(Q)", "0.5 D(P||Q)", "0.5\\,D(P||Q)")
    >>> [_next_printed(tokenize(text), text) for text in texts]
    [True, True, False, False]
    """
    if len(part) != 2 or part[0].kind != "number" or part[1].kind != "measure":
        return False
    gap = text[part[0].end : part[1].start]
    return ("\t" in gap or "  " in gap) and not gap.strip()


_SUMS = frozenset({"\\sum", "∑", "Σ", "\\prod", "∏", "\\int", "∫", "\\mathbb", "\\mathbb{E}", "E_"})


def read_part(tokens: Sequence[Token], problems: list[str]) -> Part:
    """A part read as an expression; a limit met while reading (too long, too deep) is added to ``problems``."""
    if not tokens:
        return Part(tokens, None, None, False, 0, 0)
    last_sum = max((i for i, token in enumerate(tokens) if token.text in _SUMS), default=-1)
    if last_sum >= 0:
        return _after_sum(tokens, last_sum, problems)
    try:
        node = parse(tokens)
        return Part(tokens, node, node, True, len(tokens), 0)
    except ParseError as error:
        if _is_limit(str(error)):
            problems.append(str(error))
            return Part(tokens, None, None, False, 0, len(tokens))
    if not any(token.kind in _BARRIER_KINDS for token in tokens):
        return Part(tokens, None, None, False, 0, len(tokens), opaque=True)
    head, head_stop = None, 0
    try:
        head, head_stop = parse_prefix(tokens)
    except ParseError as error:
        if _is_limit(str(error)):
            problems.append(str(error))
    if head is not None and head_stop < len(tokens) and _joined(tokens, head_stop):
        head, head_stop = None, 0  # ``H(p,q) ‑ H(p)``: the maths goes on past the head, which is a piece of it
    tail, tail_start = None, len(tokens)
    barrier = max((i for i, token in enumerate(tokens) if token.kind in _BARRIER_KINDS), default=-1)
    if (
        0 <= barrier < len(tokens) - 1
        and _balanced(tokens[barrier + 1 :])
        and not _symbol_factor(tokens[barrier])
        and not _applied(tokens[barrier], tokens[barrier + 1])
        and not _joined(tokens, barrier)
    ):
        try:
            tail, tail_start = parse(tokens[barrier + 1 :]), barrier + 1
        except ParseError as error:
            if _is_limit(str(error)):
                problems.append(str(error))
    return Part(tokens, head, tail, False, head_stop, tail_start)


def _after_sum(tokens: Sequence[Token], last_sum: int, problems: list[str]) -> Part:
    """A part with a sum over i: no value, but in prose words after the sum may end it, and the maths after the
    words (``∑ Pn × Log(1/Pn) is defined, so 0.5×Log2(2)+0.5×Log2(2)``) is the tail that joins the next relation.

    >>> from kldocs.checker.tokens import tokenize
    >>> part = read_part(tokenize("∑ p log p here, so 0.5 + 0.5"), [])
    >>> part.head, [token.text for token in part.tokens[part.tail_start :]]
    (None, ['0.5', '+', '0.5'])
    """
    words = [i for i in range(last_sum + 1, len(tokens)) if tokens[i].kind in _WORD_BARRIERS]
    if not words or words[-1] == len(tokens) - 1:
        return Part(tokens, None, None, False, 0, len(tokens), opaque=True)  # a sum over i has no value here
    tail, tail_start = None, len(tokens)
    rest = tokens[words[-1] + 1 :]
    if _balanced(rest) and not _symbol_factor(tokens[words[-1]]):
        try:
            tail, tail_start = parse(rest), words[-1] + 1
        except ParseError as error:
            if _is_limit(str(error)):
                problems.append(str(error))
    return Part(tokens, None, tail, False, 0, tail_start)


#: What ends a sum in prose: words and punctuation (not a glyph such as ∑ itself).
_WORD_BARRIERS = frozenset({"word", "punct", "text"})
_SHORT_WORDS = frozenset({"so", "is", "as", "of", "at", "to", "in", "by", "or", "we", "it", "be", "an", "on", "if"})


def _symbol_factor(token: Token) -> bool:
    """True for a symbol such as ``kT`` before ``\\ln 2``: a physical constant times a log, not a value."""
    return (
        token.kind == "word"
        and len(token.text) <= 2
        and token.text.lower() not in _SHORT_WORDS
        and all(char.isascii() or "\u0370" <= char <= "\u03ff" for char in token.text)  # not 此时, 그래서
    )


#: Bars: maths when glued to a neighbour (``\\log|X|``, a norm), a separator between cells when spaced.
_BARS = frozenset("|‖∣")
#: Hyphens a copy puts for a minus sign (not the dashes of prose, ``—`` and ``–``), and primes.
_HYPHENS_AND_PRIMES = frozenset("‐‑‒'′")
#: The punctuation categories of Unicode: a glyph of theirs is prose, not maths.
_PUNCTUATION = frozenset({"Po", "Ps", "Pe", "Pi", "Pf"})


def _joined(tokens: Sequence[Token], index: int) -> bool:
    """True when the glyph at ``index`` cuts a member inside its maths: a bar glued to a neighbour
    (``\\log|X| - H(X)``, not the separator of ``1 bit | H(Q) = 0.469``), a prime, a TeX symbol such as ``\\|``, a
    hyphen or a mathematical sign (``H(p,q) ‑ H(p)``), or any other glyph but punctuation right before an operator
    (``x² - H(X)``). The piece beside it is then part of the member, never the whole of it.

    >>> from kldocs.checker.tokens import tokenize
    >>> [_joined(tokenize(text), 1) for text in ("X| - H", "1 | H", "a ‑ H", "a ， H", "a ， -", "so - H", "1 — so")]
    [True, False, True, False, False, False, False]
    """
    barrier = tokens[index]
    if barrier.kind != "other":
        return False
    glyph = barrier.text
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if glyph in _BARS:
        return (before is not None and before.end == barrier.start) or (
            after is not None and after.start == barrier.end
        )
    category = unicodedata.category(glyph[0])
    if glyph in _HYPHENS_AND_PRIMES or glyph.startswith("\\") or category == "Sm":
        return True
    return after is not None and after.kind == "op" and category not in _PUNCTUATION


def _applied(name: Token, following: Token) -> bool:
    """True for a function named in words and applied to the bracket right after it (``\\text{ceil}(\\log_2 3)``,
    ``round(x, 2)``): the bracket's value is not the value of the whole."""
    return name.kind in ("word", "text") and following.kind == "open" and following.start == name.end


def _balanced(tokens: Sequence[Token]) -> bool:
    depth = 0
    for token in tokens:
        if token.kind in ("open", "lbrace"):
            depth += 1
        elif token.kind in ("close", "rbrace"):
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


_LIMIT_WORDS = ("more than", "longer than", "out of range", "exponent", "nested", "significant digits")


def _is_limit(message: str) -> bool:
    return any(words in message for words in _LIMIT_WORDS)
