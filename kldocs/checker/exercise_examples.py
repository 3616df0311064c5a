r"""Worked examples of a coding exercise: ``Input: P = [0.5, 0.5], Q = [0.9, 0.1]`` then ``Output: 0.5108``.

A page that asks for a function (``kl_divergence(p, q)``) shows examples as
an input line and, on one of the next lines, the value the function returns
("Output:", "Expected:", "Returns:"). The inputs are named lists
(``P = [0.5, 0.5]``), a JSON object (``{"p": [0.5, 0.5], "q": [0.9, 0.1]}``)
or lists without names (``[0.5, 0.5], [0.9, 0.1]``, maybe in a call of the function
the page asks for: ``kl_divergence([0.5, 0.5], [0.9, 0.1])``), in the order the function
takes them; each is named after its line (``p_7``, or ``P_7`` and ``Q_7``
for lists without names) and is the definition of that line. A list and a class index (``[0.7, 0.2, 0.1], 0``)
are a predicted distribution and the one-hot distribution of the true class (``T_7``), counted from 0 or 1 as
an example that names class 0, or the last class counted from 1, tells. Pages copied as text run labels
together (``[0.7, 0.2, 0.1], 0Output:`` under ``Input:``, then ``0.3567Explanation:``); they are read apart.
The measure is the one the page is about: the
nearest heading above that names measures (it must name one), else the one
measure the functions the document names compute (``kl_divergence(p, q)``) and its statement says the function
returns ("return the categorical cross-entropy loss").
Anything less certain (an input that is not a distribution, two measures and
no heading to choose, one input for a divergence) is not read, and such an example's output is
listed as not read.

>>> from kldocs.checker.reading import parse_text
>>> text = "# KL divergence\n\nInput: {\"p\": [0.5, 0.5], \"q\": [0.9, 0.1]}\nOutput: 0.5108\n"
>>> found = examples(parse_text(text, "a.md"))
>>> [(d.name, d.values) for d in found.definitions]
[('p_3', (Fraction(1, 2), Fraction(1, 2))), ('q_3', (Fraction(9, 10), Fraction(1, 10)))]
>>> [claim.text for claim in found.claims]
['D_KL(p_{3}||q_{3}) = 0.5108']
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from dataclasses import dataclass, field
from fractions import Fraction

from kldocs.checker.code_calls import FUNCTIONS, MeasureCall
from kldocs.checker.code_comments import CommentClaim, claim_text
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import MEASURE_WORDS
from kldocs.checker.prose_claims import measure_named
from kldocs.errors import InputError
from kldocs.inputs.numbers import parse_number

_MARK = r"[*_`>\s-]*"
_INPUT = lazy(rf"^{_MARK}(?:example\s+)?inputs?{_MARK}:{_MARK}(?P<rest>.+?)[*_`\s]*$", re.IGNORECASE)
_OUTPUT = lazy(
    rf"^{_MARK}(?:expected(?:\s+output)?|output|returns?|result){_MARK}:{_MARK}"
    r"(?P<about>[~≈]\s*|about\s+|approx(?:\.|imately)?\s+)?(?P<number>-?[0-9]+(?:\.[0-9]+)?)(?![0-9.])"
    r"\s*\(?(?P<unit>nats?|bits?)?\)?[*_`\s.]*"
    r"(?-i:(?P<next>(?<=[0-9])[A-Z][a-z]{2,20}\s*:))?$",  # the next label glued on: "0.3567Explanation:"
    re.IGNORECASE,
)
#: An output label glued to the end of the line before it, as pages lose line breaks: "[0.7, 0.3], 0Output:".
_GLUED = lazy(r"^(?P<before>.*?[\])0-9])(?:Output|Expected(?: [Oo]utput)?)\s*:\s*$")
#: An input label alone on its line, with the inputs on the lines below it.
_INPUT_ALONE = lazy(rf"^{_MARK}(?:example\s+)?inputs?{_MARK}:{_MARK}$", re.IGNORECASE)
#: What a page says the function it asks for gives: "return the Kullback-Leibler divergence from q to p".
_ASKED = lazy(rf"\b(?:returns?|computes?|calculates?)\s+the\s+(?:[a-z]+\s+){{0,2}}?{MEASURE_WORDS}", re.IGNORECASE)
#: An output label alone on its line, with the value on the next line of prose or output.
_LABEL = lazy(rf"^{_MARK}(?:expected(?:\s+output)?|output|returns?|result){_MARK}:{_MARK}$", re.IGNORECASE)
_NAMED_LIST = lazy(r"(?<![\w.])(?P<name>[A-Za-z]\w{0,30})\s*=\s*(?P<body>\[[^\[\]]{1,400}\])")
#: Names of a true distribution and of a prediction: ``y_true``, ``y_pred``.
_TRUE = lazy(r"true|target|label|actual", re.IGNORECASE)
_PREDICTED = lazy(r"pred", re.IGNORECASE)
#: A log base given with the inputs: ``base=2`` (``"base": 2`` in JSON).
_BASE = lazy(r"[,;]?\s*[\"']?base[\"']?\s*[=:]\s*(?P<base>2|10|e|np\.e|math\.e)(?![\w.])")
_BASES = {"2": "2", "10": "10", "e": "e", "np.e": "e", "math.e": "e"}
_NAMED_LINE = lazy(r"^[\s`]*[A-Za-z]\w{0,30}\s*=\s*\[[^\[\]]{1,400}\][\s`,]*$")
_BETWEEN = lazy(r"^[\s,;`]*(?:and)?[\s,;`]*$")
#: A function named with its arguments: ``kl_divergence(p, q)`` (SciPy's ``entropy``, KL with two arguments, is not).
_CALLED = lazy(r"(?<![\w.])([a-z_]{2,40})\s*\(")
#: The function the page asks for, called on the inputs: ``kl_divergence([0.5, 0.5], [0.9, 0.1])``.
_CALL_OF_LISTS = lazy(r"(?P<function>[a-z_]{2,40})\s*\((?P<arguments>\s*\[[^()]*)\)")
_HEADING = lazy(r"^\s{0,3}(?:#{1,6}\s|\\(?:sub)*section\*?\{)")
#: An output line speaks of an input line at most this many lines above it.
REACH = 3


@dataclass
class Examples:
    """The inputs an exercise page defines, the claims its outputs make, and output lines not read."""

    definitions: list[DistributionDefinition] = field(default_factory=list)
    claims: list[CommentClaim] = field(default_factory=list)
    unread: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _Example:
    """An example read: its inputs as written (named after ``number``, the line that holds them), the log base
    given with them, the class a list and an index name (``[0.7, 0.3], 0``), and its output and where it is."""

    start: int
    number: int
    inputs: dict[str, list[str]]
    base: str | None
    index: int | None
    output: re.Match[str]
    offset: int


def examples(document: SourceText, until: int | None = None) -> Examples:
    """Every input and output pair of a document's prose and printed output (before offset ``until``)."""
    found = Examples()
    if ":" not in document.text:  # every output label has its colon: no rows need be laid out
        return found
    rows = _prose_rows(document, len(document.text) if until is None else until)
    if not any(_OUTPUT.match(line) or _LABEL.match(line) or _GLUED.match(line) for _, line in rows.values()):
        return found
    measures = _Measures(document)
    read: list[_Example] = []
    for row in sorted(rows):
        shown = _output(rows, row)
        line = _input_line(rows, row, shown[2]) if shown is not None else None
        if shown is None or line is None:  # no output, or an output with no input
            continue
        output, offset, _ = shown
        number = document.line(line[0])
        inputs, base, index = _inputs(line[1], number)
        if inputs is None:
            found.unread.append(offset)
            continue
        # named after their line too: an example's p is not the p of another example
        inputs = {(name if "_" in name else f"{name}_{number}"): items for name, items in inputs.items()}
        read.append(_Example(line[0], number, inputs, base, index, output, offset))
    first = _first_index(read)
    for example in read:
        inputs = example.inputs
        if example.index is not None:  # the class's one-hot distribution first: H(T, P) is -log P(class)
            inputs = _one_hot(example, first)
        measure = _measure(example.offset, len(inputs), measures) if inputs else None
        if measure is None or (example.index is not None and measure != "cross_entropy"):
            found.unread.append(example.offset)
            continue
        found.definitions.extend(_definitions(document, example.start, inputs))
        names = tuple(re.sub(r"_([0-9]+)$", r"_{\1}", name) for name in inputs)
        call = MeasureCall(measure, names, example.base, measure)
        output = example.output
        text = claim_text(call, output.group("number"), output.group("unit"), approximate=bool(output.group("about")))
        if text is not None:
            found.claims.append(CommentClaim(text, example.offset))
    return found


def _output(rows: dict[int, tuple[int, str]], row: int) -> tuple[re.Match[str], int, str] | None:
    """The output a row gives, where its number is, and the input glued before its label (``[0.7, 0.3], 0Output:``,
    else ""): "Output: 0.5108", or "Output:" with the number below it."""
    offset, line = rows[row]
    match = _OUTPUT.match(line)
    if match is not None:
        return match, offset + match.start("number"), ""
    glued = _GLUED.match(line)
    label = _LABEL.match(line) or glued
    below = next((r for r in range(row + 1, row + 4) if r in rows), None)
    if label is None or below is None:
        return None
    match = _OUTPUT.match("Output: " + rows[below][1].strip())
    if match is None:
        return None
    number = rows[below][1].index(match.group("number"))
    return match, rows[below][0] + number, glued.group("before") if glued else ""


def _input_line(rows: dict[int, tuple[int, str]], row: int, glued: str) -> tuple[int, str] | None:
    """Where the inputs of the output at ``row`` start, and the line that gives them from its "Input:" label on:
    the nearest input line above (which may go on over the lines below it: "Q = [0.9, 0.1]" on a line of its own),
    the lines under an "Input:" label alone, or the input glued before the output's label."""
    above = [r for r in range(row - 1, row - REACH - 1, -1) if r in rows]
    if glued:
        if _INPUT.match(glued):
            return rows[row][0], glued
        alone = above and _INPUT_ALONE.match(rows[above[0]][1])
        return (rows[row][0], f"Input: {glued}") if alone else None
    for r in above:
        if _INPUT_ALONE.match(rows[r][1]):
            between = [rows[b] for b in range(r + 1, row) if b in rows]
            return (between[0][0], "Input: " + ", ".join(line.strip(" ,") for _, line in between)) if between else None
        if _INPUT.match(rows[r][1]):
            lines = (rows[b][1] for b in range(r + 1, row) if b in rows)
            following = [line.strip(" ,") for line in itertools.takewhile(_NAMED_LINE.match, lines)]
            return rows[r][0], ", ".join([rows[r][1].rstrip(" ,"), *following])
    return None


def _first_index(read: list[_Example]) -> int | None:
    """How the document counts classes (0 or 1 for the first), told by an example that names class 0 or the
    last class of a 0-based count; None when no example tells, or two tell otherwise."""
    told = set()
    for example in read:
        if example.index is not None:
            size = len(next(iter(example.inputs.values())))
            told |= {0} if example.index == 0 else {1} if example.index == size else set()
    return told.pop() if len(told) == 1 else None


def _one_hot(example: _Example, first: int | None) -> dict[str, list[str]]:
    """The one-hot distribution of an example's class (``T_7``) and its predicted distribution, or nothing when
    the class cannot be told (the count unknown, or no such class)."""
    ((name, predicted),) = example.inputs.items()
    index = None if first is None or example.index is None else example.index - first
    if index is None or not 0 <= index < len(predicted):
        return {}
    return {f"T_{example.number}": ["1" if place == index else "0" for place in range(len(predicted))], name: predicted}


def _prose_rows(document: SourceText, until: int) -> dict[int, tuple[int, str]]:
    """Each row of the document before ``until`` that is prose or printed output: its offset and its line."""
    rows: dict[int, tuple[int, str]] = {}
    for region in document.prose:
        if region.offset >= until:
            break
        offset = region.offset
        for line in region.text.split("\n"):
            row = document.row(offset)
            start = document.text.rfind("\n", 0, offset) + 1
            end = document.text.find("\n", offset)
            rows.setdefault(row, (start, document.text[start : len(document.text) if end < 0 else end]))
            offset += len(line) + 1
    return rows


def _inputs(line: str, number: int) -> tuple[dict[str, list[str]] | None, str | None, int | None]:
    """The named distributions of input line ``number`` as written, in order (None unless each sums to 1),
    the log base a ``base=2`` among them gives, and the class an index after one list names (``[0.7, 0.3], 0``).

    Lists without names (``[0.5, 0.5], [0.9, 0.1]``) are named after the line: ``P_7`` and ``Q_7``.
    """
    match = _INPUT.match(line)
    rest = match.group("rest").strip("` ") if match else ""
    given = _BASE.search(rest)
    base = _BASES[given.group("base")] if given else None
    rest = rest[: given.start()] + rest[given.end() :] if given else rest
    index = None
    called = _CALL_OF_LISTS.fullmatch(rest)
    if called is not None and called.group("function") in FUNCTIONS:  # kl_divergence([0.5, 0.5], [0.9, 0.1])
        rest = called.group("arguments").strip()
    named: dict[str, list[str]] = {}
    if rest.startswith("["):
        try:
            loaded = json.loads(f"[{rest}]", parse_float=str, parse_int=str)
        except ValueError:
            return None, base, None
        if len(loaded) == 2 and isinstance(loaded[0], list) and isinstance(loaded[1], str) and loaded[1].isdigit():
            index, loaded = int(loaded[1]), loaded[:1]  # a predicted distribution and the index of the true class
        if not 1 <= len(loaded) <= 2 or not all(isinstance(value, list) for value in loaded):
            return None, base, None
        named = {f"{name}_{number}": [str(item) for item in value] for name, value in zip("PQ", loaded, strict=False)}
    elif rest.startswith("{"):
        try:
            loaded = json.loads(rest, parse_float=str, parse_int=str)
        except ValueError:
            return None, base, None
        if not isinstance(loaded, dict) or not all(isinstance(value, list) for value in loaded.values()):
            return None, base, None
        named = {str(key): [str(item) for item in value] for key, value in loaded.items()}
    else:
        position = 0
        for piece in _NAMED_LIST.finditer(rest):
            if not _BETWEEN.match(rest[position : piece.start()]):
                return None, base, None
            named[piece.group("name")] = [item.strip() for item in piece.group("body").strip("[]").split(",")]
            position = piece.end()
        if not _BETWEEN.match(rest[position:]):
            return None, base, None
    if any(not re.fullmatch("[A-Za-z](?:_[0-9]+)?", name) for name in named):
        named = _renamed(named, number)
    valid = all(_distribution(items) for items in named.values())
    return (named if named and valid else None), base, index


def _renamed(named: dict[str, list[str]], number: int) -> dict[str, list[str]]:
    """Inputs with longer names (``y_true``, ``dist_a``), as ``P_7`` and ``Q_7``: in their order, or the true
    distribution first when the names say which is true and which is predicted (``y_pred``, ``y_true``).

    >>> _renamed({"y_pred": ["0.8", "0.2"], "y_true": ["1", "0"]}, 7)
    {'P_7': ['1', '0'], 'Q_7': ['0.8', '0.2']}
    """
    items = list(named.items())
    if len(items) > 2:
        return {}
    if len(items) == 2 and _TRUE.search(items[1][0]) and _PREDICTED.search(items[0][0]):
        items.reverse()
    return {f"{letter}_{number}": written for letter, (_, written) in zip("PQ", items, strict=False)}


def _distribution(items: list[str]) -> tuple[Fraction, ...] | None:
    """The numbers of an input list that sums to 1, read within bounds (``1e999999999`` is refused at once)."""
    if any("%" in item for item in items):  # the grammar reads percentages; an input list holds none
        return None
    try:
        values = tuple(parse_number(item) for item in items)
    except InputError:
        return None
    return values if len(values) >= 2 and sum(values) == 1 and min(values) >= 0 else None


def _definitions(document: SourceText, offset: int, inputs: dict[str, list[str]]) -> list[DistributionDefinition]:
    definitions = []
    for name, written in inputs.items():
        values = _distribution(written)
        assert values is not None  # checked by _inputs
        shown = f"{name} = ({', '.join(written)})"
        definitions.append(
            DistributionDefinition(document.line(offset), shown, name, values, tuple(written), None, offset)
        )
    return definitions


class _Measures:
    """The measures a document's headings name, and those its functions compute, each found once."""

    def __init__(self, document: SourceText) -> None:
        self.document = document
        self.starts = (0, *sorted(set(document.sections)))
        self.headings: dict[int, set[str]] = {}
        self.functions: set[str] | None = None

    def nearest_heading(self, offset: int) -> set[str] | None:
        """What the nearest heading above ``offset`` that names measures names, if one does."""
        for start in reversed(self.starts[: bisect.bisect_right(self.starts, offset)]):
            if start not in self.headings:
                self.headings[start] = _heading_measures(self.document, start)
            if self.headings[start]:
                return self.headings[start]
        return None

    def of_functions(self) -> set[str]:
        """What the functions the document calls compute (``kl_divergence(p, q)``), the entropy aside, and what it
        says the function asked for returns ("return the KL divergence")."""
        if self.functions is None:
            called = set(_CALLED.findall(self.document.text))
            self.functions = {FUNCTIONS[name] for name in called if name in FUNCTIONS and name != "entropy"}
            self.functions |= {measure_named(match.group("measure")) for match in _ASKED.finditer(self.document.text)}
        return self.functions


def _heading_measures(document: SourceText, start: int) -> set[str]:
    end = document.text.find("\n", start)
    heading = document.text[start : len(document.text) if end < 0 else end]
    if not _HEADING.match(heading):
        return set()
    return {measure_named(match.group()) for match in re.finditer(MEASURE_WORDS, heading, re.IGNORECASE)}


def _measure(offset: int, count: int, measures: _Measures) -> str | None:
    """The measure of an example with ``count`` inputs: the one the nearest heading that names measures names,
    else the one the functions the document names (``kl_divergence(p, q)``) compute; None unless one fits."""
    named = measures.nearest_heading(offset)
    if named is None:
        named = measures.of_functions()
    (measure,) = named if len(named) == 1 else (None,)
    return measure if measure is not None and (measure == "entropy") == (count == 1) and count in (1, 2) else None
