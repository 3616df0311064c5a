r"""A calculator's result stated above the table that gives its distributions: the headline is about that table.

An online calculator's results page states the value first and then the table it was worked from::

    **D_KL(P || Q) = 0.0326 bits**

    | x | P(x) | Q(x) | P(x) log2(P(x)/Q(x)) |
    |---|------|------|----------------------|
    | 1 | 0.4  | 0.3  | 0.1660               |

Read in order, P and Q are not yet defined at the headline, and its value went unchecked. A claim of a measure of
distributions the document has not defined yet (or of a measure named in words, "KL divergence: 0.0326 bits", where
none is defined yet) is judged with a Markdown table's (or an HTML ``<table>``'s) distributions when that table
starts at most :data:`ROWS` rows below it, in the same section, defines every distribution the claim names, and no
other distribution is defined between the two (a table further down, or one under a new heading, is another
example's). A value in words is not read above a table with a column of terms ("P(x) log2(P(x)/Q(x))"), whose
direction and base it would have to take from that column, nor any value above terms in base 10.

>>> from kldocs.checker.reading import parse_text
>>> from kldocs.checker.claims import find_claims
>>> document = parse_text("D(P||Q) = 0.0326 bits\n\n| x | P | Q |\n|---|---|---|\n| a | 0.4 | 0.3 |\n"
...                       "| b | 0.6 | 0.7 |\n", "calc.md")
>>> [[(d.name, d.line) for d in found] for found in tables_below(document, find_claims(document)).values()]
[[('P', 3), ('Q', 3)]]
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.documents import SourceText
from kldocs.checker.found import Found
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.trees import measures_in

#: Most rows between a headline and the first row of its table.
ROWS = 6
#: A header with a column of terms of the measure: "P(x) log2(P(x)/Q(x))", "p_i ln(p_i/q_i)".
_TERMS = lazy(r"(?i)(?<![a-z])(?:log|ln|lg)(?![a-z])")
#: A column of terms in base 10: "P(x) log10(P(x)/Q(x))".
_TERMS_IN_TENS = lazy(r"(?i)(?<![a-z])(?:log_?\{?10\}?|lg)(?![a-z0-9])")
#: How the line that starts a table opens: a Markdown table's row, or HTML's ``<table>`` or its first ``<tr>``.
_TABLE_STARTS = ("|", "<table", "<TABLE", "<tr", "<TR")


def tables_below(document: SourceText, items: Sequence[object]) -> dict[int, list[DistributionDefinition]]:
    """For the offset of each claim of a value that names distributions: the definitions of the table right below
    it that give all of them (see the module's text); claims with none are left out."""
    definitions = sorted((item for item in items if isinstance(item, DistributionDefinition)), key=_offset)
    if not definitions or not any(isinstance(item, (Found, ProseValue)) for item in items):
        return {}
    lines = document.text.split("\n")
    starts = [definition.offset for definition in definitions]
    found: dict[int, list[DistributionDefinition]] = {}
    defined: set[str] = set()  # the names defined above the claim looked at
    following = 0
    for item in sorted((item for item in items if isinstance(item, (Found, ProseValue))), key=_offset):
        while following < len(definitions) and starts[following] <= item.offset:
            defined.add(definitions[following].name)
            following += 1
        if following == len(definitions):
            continue
        if isinstance(item, ProseValue):  # "KL divergence: 0.0326 bits", where nothing is defined yet
            names = set() if defined else {definitions[following].name}
        elif item.statement.relation not in ("=", "~") or measures_in(item.statement.right):
            continue  # a bound, or an identity between measures: not a value
        else:
            names = {name for symbol in measures_in(item.statement.left) for name in symbol.args or ()}
        if not names or names & defined:
            continue  # a name defined above: in force already
        table_row = document.row(starts[following])
        if document.row(item.offset) + ROWS < table_row or not lines[table_row].lstrip().startswith(_TABLE_STARTS):
            continue
        table = []
        for definition in itertools.islice(definitions, following, None):
            if document.row(definition.offset) != table_row:
                break
            table.append(definition)
        if terms_decide(lines[table_row], named=not isinstance(item, ProseValue)):
            continue
        if isinstance(item, ProseValue):
            if len(table) != (1 if item.measure == "entropy" else 2):
                continue  # an entropy above two distributions: whose is it?
            names = {definition.name for definition in table}  # the words name none: the table's are theirs
        if document.section(item.offset) == document.section(starts[following]) and names <= {d.name for d in table}:
            found[item.offset] = [definition for definition in table if definition.name in names]
    return found


def terms_decide(header: str, *, named: bool) -> bool:
    """Whether a table's ``header`` has a column of terms that decides what a value above it means, so that the value
    is not to be read from its own words: its direction and base for a value that ``named`` no distributions, its
    base for any when the terms are in base 10 (bans, a base a value with no unit is not read in).

    >>> terms_decide("| x | P(x) | Q(x) | P(x) log2(P(x)/Q(x)) |", named=False)
    True
    >>> terms_decide("| x | P | Q |", named=False), terms_decide("| x | P | Q | P ln(P/Q) |", named=True)
    (False, False)
    >>> terms_decide("| x | P | Q | P log10(P/Q) |", named=True)
    True
    """
    return bool((not named and _TERMS.search(header)) or _TERMS_IN_TENS.search(header))


def _offset(item: DistributionDefinition | Found | ProseValue) -> int:
    return item.offset


def headline_note(table: list[DistributionDefinition] | None, note: str) -> str:
    """``note`` told where the distributions of a headline's table are given, when ``table`` is that table.

    >>> headline_note([DistributionDefinition(5, "P = (0.5, 0.5)", "P", (), ())], "it holds")
    'it holds (P from the table on line 5 below it)'
    """
    if not table:
        return note
    names = " and ".join(definition.name for definition in table)
    return f"{note} ({names} from the table on line {table[0].line} below it)"
