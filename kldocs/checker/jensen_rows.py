r"""The rows of Gibbs' inequality proved with Jensen's: ``-D(p\|q) = \sum_x p(x) \log \frac{q(x)}{p(x)} \le \log
\sum_x p(x) \frac{q(x)}{p(x)} = \log \sum_x q(x) = \log 1 = 0``.

A row that continues a chain with ``=``, ``\le`` or ``\ge`` claims that relation, composed along the chain, with
its first side. The logarithm of the total of ``q`` weighed by ``p`` over ``p``, ``\log \sum_x p(x)
\frac{q(x)}{p(x)}`` (or ``\log \mathbb{E}_p[\frac{q(x)}{p(x)}]``), and of a distribution's own total, ``\log
\sum_x q(x)``, are read as ``\log 1 = 0``: the mass of ``q`` where ``p > 0`` is at most 1, so a bound of
``-D(p\|q)`` by it holds exactly when the bound by 0 does (Jensen's inequality, equality iff ``p = q``). Each row
whose side is such a logarithm is then judged as the bound it makes with the first side, tried on pairs of
distributions; rows of other sides are judged by :mod:`~kldocs.checker.derivation_steps` and the chains, and an
equation with such a logarithm (``-D(p\|q) = \log \sum_x q(x)``) is not judged.

>>> text = r"-D(p\|q) &= \sum_x p(x) \log \frac{q(x)}{p(x)} \\ &\le \log \sum_x p(x) \frac{q(x)}{p(x)} \\ &= 0"
>>> [(row.text, row.relation) for row in jensen_rows(text)]
[('\\log \\sum_x p(x) \\frac{q(x)}{p(x)}', '<=')]
>>> list(jensen_rows(r"\\sum_x p(x) \\\\ 0.5"))
[]
>>> log_of_total(r"-\log \mathbb{E}_{x \sim p}\left[\frac{q(x)}{p(x)}\right]"), log_of_total(r"\log \sum_x p(x)^2")
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kldocs.checker.lazy_patterns import lazy


@dataclass(frozen=True)
class JensenRow:
    """A row's side that is such a logarithm, where it starts in the text, and the relation the chain composes from
    the first side to it; ``first`` is the chain's first side as written."""

    first: str
    first_start: int
    text: str
    start: int
    relation: str


def jensen_rows(text: str) -> Iterator[JensenRow]:
    """The sides of a formula's chains that are the logarithm of a total, with the relation to the chain's first side
    (rows cut at ``\\\\``; a row that starts with a relation continues the chain above)."""
    first: tuple[str, int] | None = None
    relation: str | None = "="
    position = 0
    for row in _ROW_BREAK.split(text):
        start, position = position, position + len(row) + 2
        signs = list(_RELATION.finditer(row))
        ends = [sign.start() for sign in signs[1:]] + [len(row)] if signs else []
        head = row[: signs[0].start()] if signs else row
        if head.strip():  # a new chain starts with its own first side
            first, relation = (head.strip(), start + row.index(head.strip())), "="
        for sign, end in zip(signs, ends, strict=True):
            relation = _composed(relation, _bound(sign.group()))
            piece = row[sign.end() : end]
            side = piece.strip().rstrip(",.;").strip()
            if first is not None and relation is not None and side and log_of_total(side):
                yield JensenRow(first[0], first[1], side, start + sign.end() + piece.index(side), relation)


def log_of_total(side: str) -> bool:
    """Whether a side is, up to its sign, the logarithm of a total that is at most 1 and is 1 by convention:
    ``\\log \\sum_x q(x)``, ``\\log \\sum_x p(x) \\frac{q(x)}{p(x)}``, ``\\log \\mathbb{E}_p[\\frac{q(x)}{p(x)}]``."""
    found = _LOG_OF_TOTAL.fullmatch(side.strip())
    if found is None:
        return False
    if found.group("own") is not None:
        return True
    weight = found.group("weight") or found.group("expected")
    upper, lower = found.group("upper") or found.group("ex_upper"), found.group("lower") or found.group("ex_lower")
    return weight == lower != upper


def _bound(sign: str) -> str:
    if sign == "=":
        return "="
    return "<=" if sign in ("\\le", "\\leq", "≤", "\\leqslant") else ">="


def _composed(relation: str | None, step: str) -> str | None:
    """``=`` then ``<=`` is ``<=``; ``<=`` then ``>=`` says nothing (None)."""
    if relation is None or step == "=":
        return relation
    return step if relation in ("=", step) else None


_ROW_BREAK = lazy(r"\\\\")
_RELATION = lazy(r"(?<![<>!\\])=|\\(?:leq?|geq?)(?:slant)?(?![A-Za-z])|[≤≥]")
#: A distribution's value at the index ``{0}`` of its sum: ``q(x)``, ``q_i``.
_AT = r"(?:\s*\(\s*(?P={0})\s*\)|_\{{?(?P={0})\}}?)"
_FRACTION = r"\\frac\s*\{{\s*(?P<{1}>[PpQq]){0}\s*\}}\s*\{{\s*(?P<{2}>[PpQq]){0}\s*\}}"
_LOG_OF_TOTAL = lazy(
    r"-?\s*\\(?:log|ln)(?:_\{?(?:2|e|10)\}?)?\s*(?:\\left\s*)?[(\[]?\s*(?:"
    r"\\sum\s*_\s*\{?\s*(?P<own_index>[a-z])\s*\}?\s*(?P<own>[PpQq])" + _AT.format("own_index") + "|"
    r"\\sum\s*_\s*\{?\s*(?P<index>[a-z])\s*\}?\s*(?P<weight>[PpQq])"
    + _AT.format("index")
    + r"\s*(?:\\cdot\s*)?"
    + _FRACTION.format(_AT.format("index"), "upper", "lower")
    + "|"
    r"\\mathbb\s*\{?\s*E\s*\}?\s*_\s*\{?\s*(?:(?P<ex_index>[a-z])\s*\\sim\s*)?(?P<expected>[PpQq])\s*\}?\s*"
    r"(?:\\left\s*)?\[\s*" + _FRACTION.format(r"\s*\(\s*[a-z]\s*\)", "ex_upper", "ex_lower") + r"\s*(?:\\right\s*)?\]"
    r")\s*(?:\\right\s*)?[)\]]?"
)
