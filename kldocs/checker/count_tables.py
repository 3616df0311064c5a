r"""Pipe tables of a decision tree's nodes: an attribute's values down, the count of each class across.

``| Outlook | Yes | No | Entropy |`` over ``| Sunny | 2 | 3 | 0.971 |`` gives, on each row, a node named by its
first cell (counts of the columns headed by the classes' words: yes and no, ``+`` and ``-``, ``p_i`` and ``n_i``, in
the languages :mod:`~kldocs.checker.class_counts` reads), and the value of a column headed by a measure's name
(an entropy, ``I(p_i, n_i)``, a gain). A row of totals is no node. A table of measures by attribute
(``| Attribute | Gain |`` over ``| Outlook | 0.247 |``, or ``0,247``) gives each row's value of its attribute's
measure.

>>> lines = ["| Outlook | Yes | No | Entropy |", "|---|---|---|---|", "| Sunny | 2 | 3 | 0.971 |", "| Total | 9 | 5 |"]
>>> [(row.row, row.name, row.counts, row.values) for row in table_rows(lines)]
[(2, 'Sunny', (2, 3), (('entropy', '0.971', 18),))]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kldocs.checker.lazy_patterns import lazy

_POSITIVE = lazy(
    r"(?:play\s*=\s*)?(?:yes|\+|p|p_?\{?i\}?|pos(?:itive)?s?|s[ií]|ja|oui|sim|да|是|예|네|はい|正例|好瓜|positiv[oa]s?)"
    r"(?:\s*\(.*\))?",
    re.IGNORECASE,
)
_NEGATIVE = lazy(
    r"(?:play\s*=\s*)?(?:no|-|−|n|n_?\{?i\}?|neg(?:ative)?s?|nein|non|n[ãa]o|нет|否|아니오|아니요|いいえ|反例|负例|坏瓜|"
    r"negativ[oa]s?)(?:\s*\(.*\))?",
    re.IGNORECASE,
)
_MEASURES = (
    ("ratio", lazy(r"gain[\s_]*ratio|GR|信息增益(?:比|率)|增益率|ゲイン比|이득\s*비율?", re.IGNORECASE)),
    ("split", lazy(r"split[\s_]*info(?:rmation)?|IV|分裂信息|固有值", re.IGNORECASE)),
    (
        "gain",
        lazy(
            r"(?:information\s*|info\s*)?gain|IG|ganancia(?:\s+de\s+informaci[oó]n)?|informationsgewinn|ganho|"
            r"信息增益|情報利得|정보\s*이득",
            re.IGNORECASE,
        ),
    ),
    (
        "entropy",
        lazy(
            r"entrop(?:y|ie|ía|ia)|E|H|Info|I\s*\(\s*p_?\{?i\}?\s*,\s*n_?\{?i\}?\s*\)|熵|엔트로피|エントロピー",
            re.IGNORECASE,
        ),
    ),
)
#: What may follow a measure's name in a header: a unit, in brackets or not.
_UNIT = r"(?:\s*\(?\s*(?:bits?|nats?|비트|比特|ビット)\s*\)?)?"
_TOTAL = lazy(r"(?:total|totals|sum|합계|총계|合计|合計|总计|總計|gesamt|全体|전체|всего)\b.*", re.IGNORECASE)
_COUNT = lazy(r"\d{1,6}")
_VALUE = lazy(r"[*_]{0,2}(\d*[.,]\d+|\d+)[*_]{0,2}")
_RULE = lazy(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*")


@dataclass(frozen=True)
class TableRow:
    """A row of a table of nodes or measures: its line, its first cell, its counts (None for a table of measures),
    the values of its measures' columns (kind, as written, where in the line) and where its counts' cells end."""

    row: int
    name: str
    counts: tuple[int, ...] | None
    values: tuple[tuple[str, str, int], ...]
    end: int


def is_rule(line: str) -> bool:
    """The line under a table's header: ``|---|---|``."""
    return "-" in line and _RULE.fullmatch(line) is not None


def table_rows(lines: Sequence[str]) -> Iterator[TableRow]:
    """The rows of every table of nodes or of measures by attribute in ``lines`` (see the module)."""
    row = 0
    while row + 2 < len(lines):
        if not (lines[row].lstrip().startswith("|") and is_rule(lines[row + 1])):
            row += 1
            continue
        header = cells(lines[row])
        positive = [index for index, (_, cell) in enumerate(header) if _POSITIVE.fullmatch(cell)]
        negative = [index for index, (_, cell) in enumerate(header) if _NEGATIVE.fullmatch(cell)]
        measures = {index: _measure(cell) for index, (_, cell) in enumerate(header) if index}
        counted = len(positive) == 1 and len(negative) == 1 and 0 not in positive + negative
        below = row + 2
        while below < len(lines) and lines[below].lstrip().startswith("|"):
            found = _row(below, lines[below], len(header), (positive[0], negative[0]) if counted else None, measures)
            if found is not None:
                yield found
            below += 1
        row = below


def _measure(cell: str) -> str | None:
    name = re.sub(_UNIT + r"\s*$", "", cell.replace("$", "").replace("\\text", "").strip("{} "))
    return next((kind for kind, pattern in _MEASURES if pattern.fullmatch(name.strip("{} "))), None)


def _row(
    row: int, line: str, width: int, counted: tuple[int, int] | None, measures: dict[int, str | None]
) -> TableRow | None:
    found = cells(line)
    if len(found) != width or _TOTAL.fullmatch(found[0][1]) or not found[0][1]:
        return None
    counts = None
    if counted is not None:
        if not all(_COUNT.fullmatch(found[index][1]) for index in counted):
            return None
        counts = tuple(int(found[index][1]) for index in counted)
    values = []
    for index, kind in measures.items():
        match = _VALUE.fullmatch(found[index][1]) if kind is not None else None
        if match is not None and kind is not None:
            values.append((kind, match.group(1).replace(",", "."), found[index][0] + match.start(1)))
    if counts is None and not values:
        return None
    end = max(found[index][0] + len(found[index][1]) for index in counted) if counted else 0
    return TableRow(row, found[0][1], counts, tuple(values), end)


def cells(line: str) -> list[tuple[int, str]]:
    """The cells of a pipe table's line, each with where its text starts."""
    body = line.rstrip()
    start = body.index("|") + 1 if body.lstrip().startswith("|") else 0
    stop = len(body) - 1 if body.endswith("|") and len(body) > start else len(body)
    cells, at = [], start
    for part in body[start:stop].split("|"):
        text = part.strip()
        cells.append((at + (part.index(text) if text else 0), text))
        at += len(part) + 1
    return cells
