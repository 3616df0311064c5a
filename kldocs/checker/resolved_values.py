r"""Numbers no reader took, matched to what their line speaks of: one reading for every way of writing a value.

A line listed as not read (:mod:`~kldocs.checker.unread`) names a measure and holds a number, written in any way a
reader did not follow ("which is about 0.47 bits", a table with a unit column, a printed line). Its words
(:mod:`~kldocs.checker.line_words`) give the measures it speaks of, the unit of each number (none: e and 2, or
the section's base) and the textbook distributions it names (a fair coin, a fair die, uniform over n outcomes, a
certain outcome, a coin with its p written). The candidate distributions are, nearest first: those the line names
(by their names, or as textbook cases), then the last :data:`NEARBY` distributions in force above it. Each reading
(a measure of a candidate, or of an ordered pair, in a base) is computed exactly and compared with the number at
its written precision (it rounds to it, or, written to three or more significant digits, is cut off to it).

- The number **holds** when it equals one reading, or every reading it equals is the same value of one measure;
  the note says what it was matched to.
- Otherwise the line stays not read, never false: a number that fits no reading may be another quantity the
  words around it name (twice the entropy for a pair of draws, a bound, a perplexity, a value quoted as someone
  else's), and only a reader that understands those words can say it is wrong.

Coincidences: a number written to ``s`` significant digits lands on one given reading by chance about once in
``4.5 * 10**(s-1)`` (two of the ``9 * 10**(s-1)`` numbers of its decade: rounded, or cut off). A match is kept
when the line names the measure and the distributions (at most two readings, in the unit written), or when the
readings tried so far (``k``) make a chance match unlikely: ``k * 2 / (9 * 10**(s-1)) <= CHANCE``. So a one-digit
number only ever matches a reading the line names, and one of four digits may match one of the ~100 readings of
the distributions nearby. ``benchmarks/resolved_chance.py`` measures it with random numbers.

>>> from kldocs.checker import check_document
>>> from kldocs.checker.reading import parse_text
>>> report = check_document(parse_text("Let $Q = (0.9, 0.1)$.\n\nIts entropy, which is about 0.469 bits, is small.\n",
...                                    "a.md"))
>>> [(claim.verdict, claim.value) for claim in report.claims][1:], report.unread
([('holds', '0.4689955936')], ())
>>> print(report.claims[1].note)
0.469 bits is H(Q), Q = (0.9, 0.1) at line 1: H(Q) = 0.4689955936 bits, which rounds to 0.469
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.checked import Checked
from kldocs.checker.documents import SourceText
from kldocs.checker.float_estimates import SLACK, estimated_again
from kldocs.checker.judging import decimal_text
from kldocs.checker.latex_numbers import BaseKey
from kldocs.checker.line_words import Spoken, Written, case_numbers, doubt, spoken
from kldocs.checker.scope import Binding, base_name, measured, unit_name
from kldocs.checker.unread import PRINT_REACH, Unread
from kldocs.errors import EvaluationError
from kldocs.exact import ExactValue

#: The distributions given just after a line with none in force (offset of the line, most names): see given_after.
Following = Callable[[int, int], list[tuple[int, Binding]]]
#: Distributions in force above a line tried when the line names none (nearest first).
NEARBY = 4
#: Most lines looked at in one document, numbers on one line, and outcomes of a candidate distribution.
MOST_LINES = 2000
MOST_NUMBERS = 8
MOST_OUTCOMES = 256
#: Characters of its line shown each side of a number read.
AROUND = 40
#: The chance of a coincidental match a kept match may have at most (see the module's docstring).
CHANCE = 0.025
#: Bases tried for a number with no unit, when its section names none: e and 2.
_USUAL: tuple[BaseKey, ...] = (None, Fraction(2))
_UNIT_BASES: dict[str, BaseKey] = {"nats": None, "bits": Fraction(2), "bans": Fraction(10)}
_SYMBOLS = {"entropy": "H", "perplexity": "PP", "cross_entropy": "H", "kl": "D_KL", "jsd": "JSD"}
_PAIRS = {"cross_entropy": True, "kl": True, "jsd": False}  # True: ordered
_KINDS = {"perplexity": "expression"}


@dataclass(frozen=True)
class Candidate:
    """A distribution a number may speak of: a name in force or a textbook case, and where it was given."""

    name: str
    probabilities: tuple[Fraction, ...]
    given: str  # "Q = (0.9, 0.1) at line 1", or "a fair coin"
    section: int | None  # the offset of the section it was given in (None: a textbook case, given on the line)


@dataclass(frozen=True)
class Reading:
    """One value a number may be: a measure of one or two candidates in a base, with its exact value."""

    measure: str
    of: tuple[Candidate, ...]
    base: BaseKey
    value: ExactValue

    def symbol(self) -> str:
        """``H(Q)``, ``D_KL(P||Q)``, ``H(a fair coin)``."""
        names = [candidate.name for candidate in self.of]
        separator = "||" if self.measure == "kl" else ", "
        return f"{_SYMBOLS[self.measure]}({separator.join(names)})"

    def described(self) -> str:
        """``H(Q), Q = (0.9, 0.1) at line 1``."""
        given = [candidate.given for candidate in self.of if candidate.given != candidate.name]
        return self.symbol() + (", " + " and ".join(given) if given else "")

    def unit(self) -> str:
        return "" if self.measure == "perplexity" else " " + unit_name(self.base)


class History:
    """The distributions bound in a document, in order, each with its offset: those in force at any point."""

    def __init__(self) -> None:
        self.offsets: list[int] = []
        self.bindings: list[Binding] = []

    def add(self, offset: int, binding: Binding) -> None:
        """Note ``binding`` from ``offset`` on (bindings arrive in the document's order)."""
        index = bisect.bisect_right(self.offsets, offset)
        self.offsets.insert(index, offset)
        self.bindings.insert(index, binding)

    def before(self, offset: int, most: int = 64) -> Iterator[tuple[int, Binding]]:
        """The bindings in force at ``offset``, nearest first, each name once (its latest binding), up to ``most``
        looked at."""
        seen: set[str] = set()
        index = bisect.bisect_right(self.offsets, offset)
        for at in range(index - 1, max(-1, index - 1 - most), -1):
            binding = self.bindings[at]
            if binding.name not in seen:
                seen.add(binding.name)
                yield self.offsets[at], binding


def resolved(
    document: SourceText,
    unread: Sequence[Unread],
    history: History,
    section_base: Callable[[int], BaseKey | None],
    following: Following | None = None,
) -> tuple[list[tuple[int, Checked]], tuple[Unread, ...]]:
    """The claims read from ``unread`` lines (with their offsets), and the lines still not read.

    ``section_base`` gives the base a section names (or None), used for numbers with no unit; ``following``, the
    distributions given just after a line with none in force (see :mod:`~kldocs.checker.given_after`).
    """
    claims: list[tuple[int, Checked]] = []
    left: list[Unread] = []
    for index, entry in enumerate(unread):
        found = [] if index >= MOST_LINES else _line_claims(document, entry, history, section_base, following)
        claims.extend(found)
        if not found:
            left.append(entry)
    return claims, tuple(left)


def _line_claims(
    document: SourceText,
    entry: Unread,
    history: History,
    section_base: Callable[[int], BaseKey | None],
    following: Following | None,
) -> list[tuple[int, Checked]]:
    start = document.text.rfind("\n", 0, entry.offset) + 1
    end = document.text.find("\n", entry.offset)
    line = document.text[start : len(document.text) if end < 0 else end]
    words = spoken(line)
    if words.other or words.doubt is not None or not words.numbers or len(words.numbers) > MOST_NUMBERS:
        return []
    if doubt(_lead(document, start)) is not None:  # "It is not true that" on the line before
        return []
    row = line.lstrip().startswith("|")
    heading = _heading(document, start) if row or not words.measures else ""
    above = spoken(heading)  # a table's header gives the unit of its rows, and their measure if they name none
    measures = words.measures or above.measures
    if not measures or above.other or above.doubt is not None:
        return []
    units = words.units or above.units
    skipped = case_numbers(line.lower())
    numbers = [number for number in words.numbers if number.start not in skipped]
    named, nearby = _candidates(document, line, words, history, start, following)
    claims = []
    for number in numbers:
        bases = _bases(number, units, section_base(start))
        matched = _judged(number, measures, named, nearby, bases)
        checked = None if matched is None else _holds(line, number, matched, entry)
        if checked is not None:
            claims.append((start + number.start, checked))
    return claims


def _lead(document: SourceText, start: int) -> str:
    """The line before the one at ``start`` when the sentence it starts goes on into it (it ends in no stop)."""
    if start < 2:
        return ""
    before = document.text[document.text.rfind("\n", 0, start - 1) + 1 : start - 1].strip()
    return "" if not before or before[-1] in ".!?:。！？" or before.startswith("|") else before


def _heading(document: SourceText, start: int) -> str:
    """What a line with no measure word is under: its table's header row, or the ``print(...)`` just above it (with
    the lines above that, when it names no measure itself)."""
    above = document.text[max(0, start - 4000) : start].split("\n")[:-1]
    here = document.text[start : start + 2]
    if here.lstrip().startswith("|"):
        rows = 0
        for text in reversed(above):
            if not text.lstrip().startswith("|"):
                break
            rows += 1
        return above[len(above) - rows] if rows else ""
    near = above[-PRINT_REACH - 2 :]
    printing = next((index for index in range(len(near) - 1, -1, -1) if "print(" in near[index]), None)
    if printing is None or spoken(near[printing]).measures:
        return "" if printing is None else near[printing]
    return " ".join(near[: printing + 1])  # print(h) under h = entropy(...): what the lines above it compute


def _candidates(
    document: SourceText, line: str, words: Spoken, history: History, start: int, following: Following | None = None
) -> tuple[list[Candidate], list[Candidate]]:
    """The distributions ``line`` names (by name in the order written, then its textbook cases), and those in force
    above it that it does not name, nearest first (up to :data:`NEARBY`); with none in force, those ``following``
    gives just after it, in their order."""
    named: list[tuple[int, Candidate]] = []
    nearby: list[Candidate] = []
    bound = list(history.before(start + len(line)))
    after = ""
    if following is not None and not any(_candidate(document, offset, b) for offset, b in bound):
        bound, after = following(start, NEARBY), ", after it"
    for offset, binding in bound:
        candidate = _candidate(document, offset, binding, after)
        if candidate is None:
            continue
        where = re.search(rf"(?<![A-Za-z0-9_]){re.escape(binding.name)}(?![A-Za-z0-9_])", line)
        if where is not None:
            named.append((where.start(), candidate))
        elif len(nearby) < NEARBY:
            nearby.append(candidate)
    cases = [Candidate(name, values, name, None) for name, values in words.cases]
    return [candidate for _, candidate in sorted(named, key=lambda pair: pair[0])] + cases, nearby


def _candidate(document: SourceText, offset: int, binding: Binding, after: str = "") -> Candidate | None:
    distribution = binding.distribution
    if distribution is None or binding.changed or binding.unsure or binding.mixture or binding.scalar:
        return None
    values = distribution.probabilities
    if values is None or len(values) > MOST_OUTCOMES or len(binding.name) > 12:
        return None
    shown = " ".join(binding.text.split())
    shown = shown if len(shown) <= 60 else shown[:59] + "…"
    return Candidate(binding.name, values, f"{shown} at {binding.where()}{after}", document.section(offset))


def _bases(number: Written, units: tuple[str, ...], section: BaseKey | None) -> tuple[BaseKey, ...]:
    """The bases a number may be in: its own unit, else the one unit of its line (or its table's header), else the
    section's base, else e and 2."""
    if number.unit is not None:
        return (_UNIT_BASES[number.unit],)
    if len(units) == 1:
        return (_UNIT_BASES[units[0]],)
    return _USUAL if section is None or units else (section,)


def _readings(measures: Sequence[str], of: Sequence[Candidate], bases: Sequence[BaseKey]) -> Iterator[Reading]:
    """Each reading of ``measures`` over the candidates ``of`` in ``bases``, its value not yet worked out (zero)."""
    for measure in measures:
        if measure in ("entropy", "perplexity"):
            groups: list[tuple[Candidate, ...]] = [(candidate,) for candidate in of]
        else:
            groups = [
                (first, second)
                for i, first in enumerate(of)
                for j, second in enumerate(of)
                if (i != j if _PAIRS[measure] else i < j) and len(first.probabilities) == len(second.probabilities)
            ]
        for group in groups:
            for base in (None,) if measure == "perplexity" else bases:
                yield Reading(measure, group, base, ExactValue.number(0))


def _judged(
    number: Written,
    measures: Sequence[str],
    named: list[Candidate],
    nearby: list[Candidate],
    bases: Sequence[BaseKey],
) -> list[Reading] | None:
    """The readings ``number`` matches (one value of one measure), or None when it matches none (or several that
    disagree, or too many were tried for a match to mean anything)."""
    tried = 0
    for stage, candidates in enumerate((named, named + nearby)):
        if stage and not nearby:
            break
        matches: list[Reading] = []
        count = 0
        for reading in _readings(measures, candidates, bases):
            count += 1
            value = _matched(reading, number.literal.value, number)
            if value is not None:
                matches.append(Reading(reading.measure, reading.of, reading.base, value))
        tried = count
        if not matches:
            continue
        first = matches[0]
        if any(m.measure != first.measure or m.base != first.base or m.value != first.value for m in matches):
            return None
        spoke = stage == 0 and count <= 2 and (number.digits >= 2 or first.value.compare(number.literal.value) == 0)
        if not spoke and tried * 2 > CHANCE * 9 * 10 ** (number.digits - 1):
            return None
        return matches
    return None


def _matched(reading: Reading, claimed: Fraction, number: Written) -> ExactValue | None:
    """The exact value of ``reading`` when ``number`` is it at its written precision, else None."""
    measure = "entropy" if reading.measure == "perplexity" else reading.measure
    pair = tuple(candidate.probabilities for candidate in reading.of)
    estimate = estimated_again(measure, pair, reading.base)
    if estimate is None:
        return None
    low, high = number.literal.bounds()
    if reading.measure == "perplexity":
        if low <= 0:
            return None
        if not float(low) * (1 - 1e-6) <= 2.718281828459045**estimate <= float(high) * (1 + 1e-6):
            return None
        low_value, high_value = ExactValue.log(low), ExactValue.log(high)
    else:
        slack = SLACK * (1 + abs(estimate))
        if not float(low) - slack <= estimate <= float(high) + slack:
            return None
        low_value, high_value = ExactValue.number(low), ExactValue.number(high)
    try:
        value = measured(measure, tuple((c.name, c.probabilities) for c in reading.of), reading.base).exact
    except EvaluationError:
        return None
    if value is None or not value.is_finite or value.compare(low_value) < 0 or value.compare(high_value) > 0:
        return None
    return value if reading.measure != "perplexity" else ExactValue.number(claimed)


def _holds(line: str, number: Written, matches: list[Reading], entry: Unread) -> Checked:
    """The claim that ``number`` on ``line`` is ``matches[0]`` (and the others, the same value)."""
    reading, others = matches[0], matches[1:]
    unit = number.unit[:-1] if number.unit and number.literal.value == 1 else number.unit
    written = number.text + (f" {unit}" if unit else "")
    how = "rounds to" if _rounds(reading, number) else "is cut off, not rounded, to"
    shown = decimal_text(reading.value) if reading.measure != "perplexity" else number.text
    also = "".join(f" (as is {other.described()})" for other in others[:2])
    if reading.measure == "perplexity":
        note = f"{written} is the perplexity of {reading.of[0].given}: e^H with H = {reading.symbol()[3:-1]}'s entropy"
    else:
        exact = f"{reading.symbol()} = {shown}{reading.unit()}"
        what = exact if reading.described() == reading.symbol() else f"{reading.described()}{also}: {exact}"
        note = f"{written} is {what}, which {how} {number.text.lstrip('-−')}"
    return Checked(
        (entry.line,),
        _claim_text(line, number),
        _KINDS.get(reading.measure, reading.measure),
        "holds",
        shown,
        note,
        None if reading.measure == "perplexity" else base_name(reading.base),
        None if reading.measure == "perplexity" else unit_name(reading.base),
    )


def _rounds(reading: Reading, number: Written) -> bool:
    literal = number.literal
    half = Fraction(10) ** (literal.place if literal.place is not None else 0) / 2
    low, high = (literal.value - half, literal.value + half) if literal.place is not None else (literal.value,) * 2
    return reading.measure == "perplexity" or (reading.value.compare(low) >= 0 and reading.value.compare(high) <= 0)


def _claim_text(line: str, number: Written) -> str:
    """The number with the words around it on its line (up to :data:`AROUND` characters each side).

    >>> line = "In the first run of the model, the cross-entropy came out at 1.737 bits, as we had hoped it would."
    >>> _claim_text(line, spoken(line).numbers[0])
    '… the model, the cross-entropy came out at 1.737 bits, as we had hoped it would.'
    """
    first = line.rfind(" ", 0, max(0, number.start - AROUND)) + 1
    last = line.find(" ", min(len(line), number.end + AROUND))
    last = len(line) if last < 0 else last
    return ("… " if first else "") + " ".join(line[first:last].split()) + (" …" if last < len(line) else "")
