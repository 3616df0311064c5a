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

import itertools
import math
import re
from collections.abc import Callable, Iterator, Sequence
from fractions import Fraction
from typing import NamedTuple

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceTable, SourceText
from kldocs.checker.explicit_entropy import explicit_entropies
from kldocs.checker.lazy_patterns import lazy

#: The parameter's heading: a letter (maybe after words: ``probability p``), ``P(x)`` or ``p_i``.
_PARAMETER = lazy(
    r"^(?:.*\s)?\$?\s*(?P<name>(?:[A-Za-z](?:\s*\(\s*[a-z](?:_\{?[a-z0-9]\}?)?\s*\)|_\{?[a-z0-9]\}?)?)|\\theta|θ|\\pi|π)"
    r"\s*\$?\s*$"
)
_UNIT = lazy(r"(?<![A-Za-z])(?P<unit>bits?|nats?)(?![A-Za-z])", re.IGNORECASE)
_PROBABILITY = lazy(r"^\s*+\$?\s*(?P<value>[01](?:\.[0-9]+)?|\.[0-9]+|[0-9]+/[0-9]+)\s*\$?\s*$")
_VALUE = lazy(
    r"^\s*+(?P<about>≈|~|\\approx)?\s*[*_$]{0,2}\s*(?P<value>[-−]?[0-9]+(?:\.[0-9]+)?)\s*[*_$]{0,2}\s*(?:bits?|nats?)?\s*$"
)
_LOG = r"\\?(?:log|ln)(?:_?\{?(?:2|10|e)\}?|₂)?"
#: The self-information -log p named in words, in the languages the checker reads.
_SELF_INFORMATION = lazy(
    r"surprisal|self[- ]information|information content|自信息|信息量|情報量|自己情報|자기\s*정보|정보량|"
    r"autoinformaci[óo]n|informaci[óo]n propia|Informationsgehalt|auto-?information|autoinforma[çc][ãa]o",
    re.IGNORECASE,
)
#: Words that make a heading an average of the self-information (an entropy), not the self-information.
_AVERAGE = lazy(r"average|expected|mean|平均|期望|期待|평균|medi[ao]|mittlere|moyenne|entrop", re.IGNORECASE)


def entropy_table_claims(document: SourceText, lines: Sequence[tuple[int, str]] = ()) -> Iterator[CommentClaim]:
    """The claims of every table of binary entropies or of logs of a probability in the document.

    ``lines``: lines of prose and printed output with their offsets, where a table may be written as text
    (``p  H(p)`` over rows of numbers, or pipes with no ``|---|`` row).
    """
    for table in (*document.tables, *_text_tables(lines)):
        columns = _columns(table)
        if columns is None:
            continue
        based = columns.formula is not None and _BASED.search(columns.formula.text) is not None
        # a column whose formula writes its own log (ln, log2, log10) counts in that unit, whatever is said above
        yield from _rows(
            document, table, columns, columns.unit or (None if based else unit_above(document, table.offset))
        )


#: Longest line whose words are looked through for the self-information (a table's header is short).
_SHORT = 200
#: The row under a table's header that only draws its line: ``|---|---|`` (with any number of cells).
#: A table's rule line; possessive runs: a line of 3,000 spaces was split 3,000 ways, and 3,000 dashes before
#: other text split between the group's repetitions in exponentially many ways.
_RULE = lazy(r"^\s*+\|?(?:\s*+:?-{3,}+:?\s*+\|?)++\s*$")


def _text_tables(lines: Sequence[tuple[int, str]]) -> Iterator[SourceTable]:
    """Tables written as text whose header names a parameter and its entropy or log: ``p  H(p)``, then rows.

    A row of the table above, with a value in it, heads no table of its own: in a paragraph of hundreds of lines
    ``H(P) = 1 bit`` each line was a header over the next 200 (30 s for 10 MB).
    """
    covered = -1  # the index of the last row of the table found last
    for index, (offset, header) in enumerate(lines):
        if not _may_head(header):
            continue
        cells = _cells(header)
        if cells is None or not 2 <= len(cells) <= 6:
            continue
        if index <= covered and any(_VALUE.match(cell) for cell in cells):
            continue
        rows = []
        first = index + 1
        if first < len(lines) and _RULE.match(lines[first][1]):
            first += 1  # a rule whose cells need not match the header's (|---| under three cells)
        for row_offset, line in lines[first : index + 200]:
            row = _cells(line)
            if row is None or len(row) != len(cells) or not any(_VALUE.match(cell) for cell in row):
                break
            rows.append((row_offset, tuple(row)))
        if rows:
            covered = first + len(rows) - 1
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


class _Formula(NamedTuple):
    """A heading's formula: as written, the parameters it takes, and its value with natural logs (to choose a unit)."""

    text: str
    letters: tuple[str, ...]
    size: Callable[[tuple[float, ...]], float]


class _Columns(NamedTuple):
    """The columns and names of the parameters (the first one's for ``H(p)``), the column of the values, their unit
    and the formula that gives them (None for the binary entropy ``H(p)``)."""

    parameters: tuple[tuple[int, str], ...]
    values: int
    unit: str | None
    formula: _Formula | None


def _columns(table: SourceTable) -> _Columns | None:
    """The columns of the parameters and of their values, when the header has both."""
    found = [(index, _PARAMETER.match(cell)) for index, cell in enumerate(table.header)]
    named = [(index, match.group("name")) for index, match in found if match is not None]
    for index, name in named:
        written = re.escape(name)
        entropy = re.compile(rf"(?<![A-Za-z])(?:H|h)(?:_\{{?(?:b|2|B)\}}?)?\s*\\?\(\s*\$?{written}\$?\s*\\?\)")
        for other, heading in enumerate(table.header):
            formula = _log_formula(heading, written) if other != index else None
            binary = other != index and _binary_formula(heading, written)
            if other != index and (formula is not None or binary or entropy.search(heading)):
                return _Columns(((index, name),), other, _unit(heading) or _log_unit(heading), formula)
    for (first, a), (second, b) in itertools.permutations(named, 2):
        for other, heading in enumerate(table.header):
            formula = _pair_formula(heading, _name(a), _name(b)) if other not in (first, second) else None
            if formula is not None:
                return _Columns(((first, a), (second, b)), other, _unit(heading), formula)
    return None


def _unit(heading: str) -> str | None:
    unit = _UNIT.search(heading)
    return unit.group("unit") if unit else None


def _log_formula(heading: str, letter: str) -> _Formula | None:
    """A positive log of the parameter the heading names: ``−log(p)``, ``-p log2 p``, ``log(1/p)``; else None.

    >>> [_log_formula(heading, "p") for heading in ("loss −log(p)", "-p log_2 p (bits)", "log(p)")]
    ... # doctest: +ELLIPSIS
    [_Formula(text='−log(p)', ...), _Formula(text='-p log_2 p', ...), None]

    A heading that names the self-information in words or as ``I(p)`` stands for ``-log(p)``
    (not an average of it, which is an entropy):

    >>> headings = ("surprisal (bits)", "自信息量", "平均信息量")
    >>> [getattr(_log_formula(heading, "p"), "text", None) for heading in headings]
    ['-log(p)', '-log(p)', None]
    """
    weight = rf"(?P<weight>{letter}\s*[·*]?\s*)?"
    found = re.search(
        rf"(?<![A-Za-z0-9_\\])(?:[-−]\s*{weight}{_LOG}\s*(?:\(\s*{letter}\s*\)|{letter})"
        rf"|(?P<inverse>{weight.replace('weight', 'inverse_weight')}{_LOG}\s*"
        rf"(?:\(\s*1\s*/\s*{letter}\s*\)|\\frac\{{1\}}\{{{letter}\}})))(?![A-Za-z0-9_^(])",
        heading.replace("$", " "),
    )
    letters = (letter.replace("\\", ""),)
    if found is not None and _continued(heading.replace("$", " "), found.start(), found.end()):
        return None  # one term of a longer formula (``−p log p − (1−p) log(1−p)``, ``Σ −p log p``)
    if found is not None:
        weighted = found.group("weight") or found.group("inverse_weight")
        size = _weighted_term if weighted else _self_information
        return _Formula(found.group(), letters, size)
    named = _SELF_INFORMATION.search(heading) or re.search(rf"(?<![A-Za-z])I\s*\(\s*\$?{letter}\$?\s*\)", heading)
    return (
        _Formula(f"-log({letters[0]})", letters, _self_information)
        if named is not None and not _AVERAGE.search(heading)
        else None
    )


#: What goes on before a term of a formula: an operator, a sum, an opening bracket (a heading's words and ``=`` do not).
_BEFORE_TERM = lazy(r"(?:[-−+±·*×/(\[{]|Σ|∑|\\sum(?:_\{[^{}]*\}|_\S)?|\bsum)\s*$")
#: What goes on after a term of a formula: an operator and another term (not a unit in brackets).
_AFTER_TERM = lazy(r"^\s*[-−+±·*×/^]\s*[^\s)\]]")
#: The second term of the binary entropy, ``(1−p) log(1−p)``, once the letter is put in for ``{}``.
_COMPLEMENT_TERM = r"\(\s*1\s*[-−]\s*{0}\s*\)\s*[·*]?\s*{1}\s*\(\s*1\s*[-−]\s*{0}\s*\)"


def _continued(heading: str, start: int, end: int) -> bool:
    """True when a term found in a heading is part of a longer formula: an operator or a sum before or after it.

    >>> heading = "Entropy = −p log₂p − (1−p)log₂(1−p)"
    >>> _continued(heading, 10, 18), _continued("loss −log(p) (bits)", 5, 12)
    (True, False)
    """
    return _BEFORE_TERM.search(heading, 0, start) is not None or _AFTER_TERM.match(heading[end:]) is not None


def _binary_formula(heading: str, letter: str) -> bool:
    """True for a heading that writes out the binary entropy of the parameter: ``−p log p − (1−p) log(1−p)``.

    >>> _binary_formula("$H(p) = -p log_2 p - (1-p) log_2(1-p)$", "p"), _binary_formula("−p log p", "p")
    (True, False)
    """
    text = re.sub(r"\\(?:left|right)|[${}]", " ", heading)
    first = rf"(?<![A-Za-z0-9_])[-−]\s*{letter}\s*[·*]?\s*{_LOG}\s*(?:\(\s*{letter}\s*\)|{letter})(?![A-Za-z0-9_])"
    second = _COMPLEMENT_TERM.format(letter, _LOG)
    return re.search(rf"{first}\s*[-−]\s*{second}", text) is not None


def _log_unit(heading: str) -> str | None:
    """The unit a heading's written log base gives: ``log₂`` bits, ``ln`` nats (one base only), else None.

    >>> _log_unit("−p log₂p − (1−p)log₂(1−p)"), _log_unit("-p ln p"), _log_unit("-p log p")
    ('bits', 'nats', None)
    """
    units = {
        "bits" if base[-1] in "2₂" else "nats" for base in re.findall(r"log_?\{?2\}?|log₂|ln|log_?\{?e\}?", heading)
    }
    return units.pop() if len(units) == 1 else None


def _self_information(values: tuple[float, ...]) -> float:
    return -math.log(values[0])


def _weighted_term(values: tuple[float, ...]) -> float:
    return -values[0] * math.log(values[0])


def _name(name: str) -> str:
    """The pattern of a column's name in its header's formula: as written, or its letter alone for a name written
    with its argument (``P`` for ``P(x)``, as in ``P log(P/Q)``).

    >>> bool(re.fullmatch(_name("P(x)"), "P")), bool(re.fullmatch(_name("P(x)"), "P(x)")), _name("p_i")
    (True, True, 'p_i')
    """
    letter = _ARGUMENT.fullmatch(name)
    if letter is None:
        return re.escape(name)
    return rf"(?:{re.escape(name)}|{letter[1]}(?![A-Za-z0-9_(]))"


#: A name written with its argument: ``P(x)``, ``q(x_i)``.
_ARGUMENT = lazy(r"([A-Za-z])\s*\(.*\)")


def _pair_formula(heading: str, first: str, second: str) -> _Formula | None:
    """A term of a KL divergence or cross-entropy of two parameters: ``P(x) log(P(x)/Q(x))``, ``-p log q``.

    >>> _pair_formula("P(x) log(P(x)/Q(x))", re.escape("P(x)"), re.escape("Q(x)")).text
    'P(x) log(P(x)/Q(x))'
    """
    text = heading.replace("$", " ")
    ratio = rf"(?:\(\s*{first}\s*/\s*{second}\s*\)|{first}\s*/\s*{second}|\\frac\{{{first}\}}\{{{second}\}})"
    term = re.search(rf"(?<![A-Za-z0-9_\\-−]){first}\s*[·*]?\s*{_LOG}\s*{ratio}(?![A-Za-z0-9_^(])", text)
    letters = (first.replace("\\", ""), second.replace("\\", ""))
    if term is not None and _continued(text, term.start(), term.end()):
        return None  # a term of a longer formula: ``p log(p/q) + (1−p) log((1−p)/(1−q))``
    if term is not None:
        return _Formula(term.group(), letters, lambda values: values[0] * math.log(values[0] / values[1]))
    cross = re.search(
        rf"(?<![A-Za-z0-9_\\])[-−]\s*{first}\s*[·*]?\s*{_LOG}\s*(?:\(\s*{second}\s*\)|{second})(?![A-Za-z0-9_^(])", text
    )
    if cross is not None and _continued(text, cross.start(), cross.end()):
        return None  # ``−p log q − (1−p) log(1−q)``, the binary cross-entropy
    if cross is not None:
        return _Formula(cross.group(), letters, lambda values: -values[0] * math.log(values[1]))
    return None


def _rows(document: SourceText, table: SourceTable, columns: _Columns, unit: str | None) -> Iterator[CommentClaim]:
    parameters, column, formula = columns.parameters, columns.values, columns.formula
    read: list[_Row] = []
    for offset, cells in table.rows:
        if len(cells) <= max(column, *(index for index, _ in parameters)):
            continue
        if any(_TOTAL.fullmatch(cell) for cell in cells) or (
            read and len(parameters) > 1 and all(_ONE.fullmatch(cells[i]) for i, _ in parameters)
        ):
            continue  # the row of totals: each column's sum (1 for each distribution's), not a term
        probabilities = [_PROBABILITY.match(cells[index]) for index, _ in parameters]
        value = _VALUE.match(cells[column])
        written = tuple(match.group("value") for match in probabilities if match is not None)
        if value is not None and len(written) == len(parameters) and all(0 <= Fraction(p) <= 1 for p in written):
            where = cell_offset(document, offset, cells, column) + value.start("value")
            read.append(_Row(written, value.group("value").replace("−", "-"), bool(value.group("about")), where))
    if formula is None:
        for row in read:
            first = row.probabilities[0]
            text = f"H({first}, {1 - Fraction(first)}) = {row.value} {unit or ''}".rstrip()
            shift = text.index("= ") + 2
            yield from explicit_entropies(text, row.offset - shift)
        return
    if unit is None and not _BASED.search(formula.text):
        unit = _shared_unit(
            formula, [(tuple(float(Fraction(p)) for p in row.probabilities), row.value) for row in read]
        )
    for row in read:
        text = formula.text
        for (_, name), probability in zip(parameters, row.probabilities, strict=True):
            text = re.sub(rf"(?<![A-Za-z\\]){_name(name)}(?![A-Za-z])", probability, text)
        relation = "\\approx" if row.about else "="
        yield CommentClaim(f"{text} {relation} {row.value} {unit or ''}".rstrip(), row.offset)


class _Row(NamedTuple):
    """A row read: its probabilities as written, its value (with ``-`` for a minus), ``≈`` before it, where it is."""

    probabilities: tuple[str, ...]
    value: str
    about: bool
    offset: int


#: A row's label that makes it the row of totals, in the languages the checker reads.
_TOTAL = lazy(
    r"[\s*_$]*(?:total|sum|Σ|∑|\\sum|summe|gesamt|somme|suma|soma|totale|somma|итого|сумма|合計|合计|总和|총합|합계)"
    r"[\s*_$:]*",
    re.IGNORECASE,
)
#: A probability of 1, as a row of totals gives it.
_ONE = lazy(r"\s*\$?\s*1(?:\.0*)?\s*\$?\s*")
#: A log whose base is written: ``ln``, ``log2``, ``\log_{10}``, ``log₂``.
_BASED = lazy(r"ln|log(?:_?\{?(?:2|10|e)\}?|₂)")


def _shared_unit(formula: _Formula, rows: list[tuple[tuple[float, ...], str]]) -> str | None:
    """The unit in which most rows (two at least) of a column of logs with no base hold: a column is worked with
    one log, whatever base the rest of the document uses.

    >>> rows = [((0.5,), "0.69"), ((0.1,), "2.30"), ((0.01,), "2.30")]
    >>> _shared_unit(_Formula("-log(p)", ("p",), _self_information), rows)
    'nats'
    """
    held: dict[str, int] = {}
    for unit, base in (("nats", math.e), ("bits", 2.0)):
        held[unit] = sum(
            _rounds_to(value, formula.size(values) / math.log(base)) for values, value in rows if all(values)
        )
    best = max(held.values())
    winners = [unit for unit, count in held.items() if count == best]
    return winners[0] if len(winners) == 1 and best >= 2 and 2 * best > len(rows) else None


def _rounds_to(written: str, value: float) -> bool:
    """True when ``value`` rounds to the decimal as written (a float is close enough to choose a base)."""
    places = len(written.partition(".")[2])
    return abs(value - float(written)) <= 0.5 * 10.0**-places + 1e-12


def unit_above(document: SourceText, offset: int) -> str | None:
    """A unit said in the two lines above a table ("In nats:", "(values in bits)"), if one is."""
    start = document.text.rfind("\n", 0, max(0, document.text.rfind("\n", 0, offset)))
    start = document.text.rfind("\n", 0, max(0, start)) + 1
    units = {match.group("unit").lower().rstrip("s") for match in _UNIT.finditer(document.text[start:offset])}
    return units.pop() if len(units) == 1 else None


def cell_offset(document: SourceText, offset: int, cells: tuple[str, ...], index: int) -> int:
    """Where cell ``index`` of a row starts in the document (the row starts at ``offset``)."""
    position = offset
    for cell in cells[:index]:
        found = document.text.find(cell, position)
        position = found + len(cell) if found >= 0 else position
    found = document.text.find(cells[index], position)
    return found if found >= 0 else offset
