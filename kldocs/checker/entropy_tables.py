r"""A table of binary entropies or of a log of ``p``: a column ``p`` and a column ``H(p)`` or ``−log(p)``.

The header names the parameter (``p``, ``q``, ``θ``, maybe after words:
``probability p``) and, in another column, the entropy of it: ``H(p)``,
``H_b(p)``, ``H_2(p)``, ``h(p)``, maybe with its unit (``H(p) (bits)``).
Each row with a probability in ``[0, 1]`` and a decimal is read as the
entropy of ``(p, 1 - p)`` written out (see
:mod:`~kldocs.checker.explicit_entropy`), in the header's unit or else the
document's base (a unit said in the two lines above the table counts as
the header's).

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("| p | H(p) in bits |\n|---|---|\n| 0.1 | 0.469 |\n| 0.5 | 1.000 |\n", "a.md")
>>> [claim.text for claim in entropy_table_claims(document)]
['-(0.1 \\log(0.1) + 9/10 \\log(9/10)) = 0.469 bits', '-(0.5 \\log(0.5) + 1/2 \\log(1/2)) = 1.000 bits']

A column headed by a positive log of the parameter (``−log(p)``, ``-log2 p``,
``log(1/p)``, ``−p log p``) gives, on each row, that formula with the row's
probability in place of the letter (a value may follow ``≈``). A log with
no base is in the unit in which most rows hold, if any:

>>> document = parse_text("| probability p | loss −log(p) |\n|---|---|\n| 0.5 | ≈ 0.69 |\n| 0.1 | 2.3 |\n", "a.md")
>>> [claim.text for claim in entropy_table_claims(document)]
['−log(0.5) \\approx 0.69 nats', '−log(0.1) = 2.3 nats']
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from fractions import Fraction
from typing import NamedTuple

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceTable, SourceText
from kldocs.checker.explicit_entropy import explicit_entropies

#: The parameter's heading: a letter (maybe after words: ``probability p``), ``P(x)`` or ``p_i``.
_PARAMETER = re.compile(
    r"^(?:.*\s)?\$?\s*(?P<name>(?:[A-Za-z](?:\s*\(\s*[a-z](?:_\{?[a-z0-9]\}?)?\s*\)|_\{?[a-z0-9]\}?)?)|\\theta|θ|\\pi|π)"
    r"\s*\$?\s*$"
)
_UNIT = re.compile(r"(?<![A-Za-z])(?P<unit>bits?|nats?)(?![A-Za-z])", re.IGNORECASE)
_PROBABILITY = re.compile(r"^\s*\$?\s*(?P<value>[01](?:\.[0-9]+)?|\.[0-9]+|[0-9]+/[0-9]+)\s*\$?\s*$")
_VALUE = re.compile(
    r"^\s*(?P<about>≈|~|\\approx)?\s*[*_$]{0,2}\s*(?P<value>[0-9]+(?:\.[0-9]+)?)\s*[*_$]{0,2}\s*(?:bits?|nats?)?\s*$"
)
_LOG = r"\\?(?:log|ln)(?:_?\{?(?:2|10|e)\}?|₂)?"
#: The self-information -log p named in words, in the languages the checker reads.
_SELF_INFORMATION = re.compile(
    r"surprisal|self[- ]information|information content|自信息|信息量|情報量|自己情報|자기\s*정보|정보량|"
    r"autoinformaci[óo]n|informaci[óo]n propia|Informationsgehalt|auto-?information|autoinforma[çc][ãa]o",
    re.IGNORECASE,
)
#: Words that make a heading an average of the self-information (an entropy), not the self-information.
_AVERAGE = re.compile(r"average|expected|mean|平均|期望|期待|평균|medi[ao]|mittlere|moyenne|entrop", re.IGNORECASE)


def entropy_table_claims(document: SourceText, lines: Sequence[tuple[int, str]] = ()) -> Iterator[CommentClaim]:
    """The claims of every table of binary entropies or of logs of a probability in the document.

    ``lines``: lines of prose and printed output with their offsets, where a table may be written as text
    (``p  H(p)`` over rows of numbers, or pipes with no ``|---|`` row).
    """
    for table in (*document.tables, *_text_tables(lines)):
        columns = _columns(table)
        if columns is not None:
            yield from _rows(document, table, columns, columns.unit or _unit_above(document, table.offset))


#: Longest line whose words are looked through for the self-information (a table's header is short).
_SHORT = 200
#: The row under a table's header that only draws its line: ``|---|---|`` (with any number of cells).
_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|?)+\s*$")


def _text_tables(lines: Sequence[tuple[int, str]]) -> Iterator[SourceTable]:
    """Tables written as text whose header names a parameter and its entropy or log: ``p  H(p)``, then rows."""
    for index, (offset, header) in enumerate(lines):
        if not _may_head(header):
            continue
        cells = _cells(header)
        if cells is None or not 2 <= len(cells) <= 6:
            continue
        rows = []
        below = lines[index + 1 : index + 200]
        if below and _RULE.match(below[0][1]):
            below = below[1:]  # a rule whose cells need not match the header's (|---| under three cells)
        for row_offset, line in below:
            row = _cells(line)
            if row is None or len(row) != len(cells) or not any(_VALUE.match(cell) for cell in row):
                break
            rows.append((row_offset, tuple(row)))
        if rows:
            yield SourceTable(tuple(cells), offset, tuple(rows))


def _may_head(line: str) -> bool:
    """True for a line that may head a table of values of a parameter (a cheap test, most prose lines fail it)."""
    if "log" in line or "ln" in line:
        return True
    if "(" in line and ("H" in line or "h" in line or "I" in line):
        return True
    return ("|" in line or "(" in line) and len(line) <= _SHORT and _SELF_INFORMATION.search(line) is not None


def _cells(line: str) -> list[str] | None:
    """The cells of a line: between pipes, or else separated by runs of spaces (``H(p) in bits`` stays one)."""
    stripped = line.strip()
    if len(stripped) >= 3 and stripped[0] == "|" and stripped[-1] == "|":
        return [cell.strip() for cell in stripped[1:-1].split("|")]
    if not stripped:
        return None
    cells = re.split(r"\s{2,}|\t", stripped)
    return cells if len(cells) > 1 else stripped.split()


class _Columns(NamedTuple):
    """The parameter's column and letter, the column of its values, their unit and the formula that gives them
    (None for the binary entropy ``H(p)``)."""

    parameter: int
    letter: str
    values: int
    unit: str | None
    formula: str | None


def _columns(table: SourceTable) -> _Columns | None:
    """The columns of the parameter and of its values, when the header has both."""
    for index, cell in enumerate(table.header):
        name = _PARAMETER.match(cell)
        if name is None:
            continue
        written = re.escape(name.group("name"))
        entropy = re.compile(rf"(?<![A-Za-z])(?:H|h)(?:_\{{?(?:b|2|B)\}}?)?\s*\\?\(\s*\$?{written}\$?\s*\\?\)")
        for other, heading in enumerate(table.header):
            formula = _log_formula(heading, written) if other != index else None
            if other != index and (formula is not None or entropy.search(heading)):
                unit = _UNIT.search(heading)
                return _Columns(index, name.group("name"), other, unit.group("unit") if unit else None, formula)
    return None


def _log_formula(heading: str, letter: str) -> str | None:
    """A positive log of the parameter the heading names: ``−log(p)``, ``-p log2 p``, ``log(1/p)``; else None.

    >>> _log_formula("loss −log(p)", "p"), _log_formula("-p log_2 p (bits)", "p"), _log_formula("log(p)", "p")
    ('−log(p)', '-p log_2 p', None)

    A heading that names the self-information in words or as ``I(p)`` stands for ``-log(p)``
    (not an average of it, which is an entropy):

    >>> _log_formula("surprisal (bits)", "p"), _log_formula("自信息量", "p"), _log_formula("平均信息量", "p")
    ('-log(p)', '-log(p)', None)
    """
    weight = rf"(?:{letter}\s*[·*]?\s*)?"
    found = re.search(
        rf"(?<![A-Za-z0-9_\\])(?:[-−]\s*{weight}{_LOG}\s*(?:\(\s*{letter}\s*\)|{letter})"
        rf"|{weight}{_LOG}\s*(?:\(\s*1\s*/\s*{letter}\s*\)|\\frac\{{1\}}\{{{letter}\}}))(?![A-Za-z0-9_^(])",
        heading.replace("$", " "),
    )
    if found is not None:
        return found.group()
    named = _SELF_INFORMATION.search(heading) or re.search(rf"(?<![A-Za-z])I\s*\(\s*\$?{letter}\$?\s*\)", heading)
    return f"-log({letter})" if named is not None and not _AVERAGE.search(heading) else None


def _rows(document: SourceText, table: SourceTable, columns: _Columns, unit: str | None) -> Iterator[CommentClaim]:
    parameter, column, formula = columns.parameter, columns.values, columns.formula
    read: list[tuple[str, re.Match[str], int]] = []  # each row's probability as written, its value, where it is
    for offset, cells in table.rows:
        if len(cells) <= max(parameter, column):
            continue
        probability, value = _PROBABILITY.match(cells[parameter]), _VALUE.match(cells[column])
        if probability is not None and value is not None and 0 <= Fraction(probability.group("value")) <= 1:
            where = _cell_offset(document, offset, cells, column) + value.start("value")
            read.append((probability.group("value"), value, where))
    if formula is None:
        for written, value, where in read:
            text = f"H({written}, {1 - Fraction(written)}) = {value.group('value')} {unit or ''}".rstrip()
            shift = text.index("= ") + 2
            yield from explicit_entropies(text, where - shift)
        return
    if unit is None and not _BASED.search(formula):
        unit = _shared_unit(formula, [(Fraction(written), value.group("value")) for written, value, _ in read])
    letter = re.compile(rf"(?<![A-Za-z\\]){re.escape(columns.letter)}(?![A-Za-z])")
    for written, value, where in read:
        relation = "\\approx" if value.group("about") else "="
        text = f"{letter.sub(written, formula)} {relation} {value.group('value')} {unit or ''}"
        yield CommentClaim(text.rstrip(), where)


#: A log whose base is written: ``ln``, ``log2``, ``\log_{10}``, ``log₂``.
_BASED = re.compile(r"ln|log(?:_?\{?(?:2|10|e)\}?|₂)")


def _shared_unit(formula: str, rows: list[tuple[Fraction, str]]) -> str | None:
    """The unit in which most rows (two at least) of a column of logs with no base hold: a column is worked with
    one log, whatever base the rest of the document uses.

    >>> _shared_unit("-log(p)", [(Fraction(1, 2), "0.69"), (Fraction(1, 10), "2.30"), (Fraction(1, 100), "2.30")])
    'nats'
    """
    weighted = bool(re.match(r"[-−]?\s*[^-−\s\\l]", formula))  # -p log p, p log(1/p): a weight before the log
    held: dict[str, int] = {}
    for unit, base in (("nats", math.e), ("bits", 2.0)):
        held[unit] = sum(
            _rounds_to(value, -(float(p) if weighted else 1.0) * math.log(p) / math.log(base)) for p, value in rows if p
        )
    best = max(held.values())
    winners = [unit for unit, count in held.items() if count == best]
    return winners[0] if len(winners) == 1 and best >= 2 and 2 * best > len(rows) else None


def _rounds_to(written: str, value: float) -> bool:
    """True when ``value`` rounds to the decimal as written (a float is close enough to choose a base)."""
    places = len(written.partition(".")[2])
    return abs(value - float(written)) <= 0.5 * 10.0**-places + 1e-12


def _unit_above(document: SourceText, offset: int) -> str | None:
    """A unit said in the two lines above a table ("In nats:", "(values in bits)"), if one is."""
    start = document.text.rfind("\n", 0, max(0, document.text.rfind("\n", 0, offset)))
    start = document.text.rfind("\n", 0, max(0, start)) + 1
    units = {match.group("unit").lower().rstrip("s") for match in _UNIT.finditer(document.text[start:offset])}
    return units.pop() if len(units) == 1 else None


def _cell_offset(document: SourceText, offset: int, cells: tuple[str, ...], index: int) -> int:
    """Where cell ``index`` of a row starts in the document (the row starts at ``offset``)."""
    position = offset
    for cell in cells[:index]:
        found = document.text.find(cell, position)
        position = found + len(cell) if found >= 0 else position
    found = document.text.find(cells[index], position)
    return found if found >= 0 else offset
