r"""Find the distributions a document defines: in formulas, prose, tables, labelled lists and code.

- ``P = (0.2, 0.5, 0.3)``, ``P(x) = \\{0.2, 0.5, 0.3\\}``, ``Q=[...]``, ``p = [0.10, 0.40, 0.50]``;
- labelled items: ``{'H': 0.5, 'T': 0.5}``, ``\\{\\text{sun: } 0.5, \\text{rain: } 0.5\\}``;
- labelled probabilities on one line or nearby lines: ``P(heads) = 0.8``, ``P(tails) = 0.2``;
- a table with a column headed ``P`` (Markdown, a LaTeX ``array``, or printed output:
  :mod:`~kldocs.checker.table_distributions`);
- an assignment in code: ``p = np.array([0.1, 0.9])``, ``q <- c(0.5, 0.5)`` (:mod:`~kldocs.checker.code_definitions`).

Every probability is exact (:class:`~fractions.Fraction`); nothing is evaluated as code.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("$P(y=1) = 0.7$ and $P(y=0) = 0.3$.\\n", "a.md")
>>> [(d.name, d.values, d.labels) for d in labelled_definitions(document, list(document.math))]
[('P', (Fraction(7, 10), Fraction(3, 10)), ('y=1', 'y=0'))]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.latex_numbers import Environment, EvaluationError, ParseError, evaluate, parse
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import TooComplexError, tokenize
from kldocs.checker.trees import is_number_only
from kldocs.checker.weighted_sums import WEIGHTED_SUM


@dataclass(frozen=True)
class DistributionDefinition:
    """A distribution the document defines.

    Attributes
    ----------
    line
        Where it is defined.
    text
        As written (a table becomes ``P = (0.2, 0.5, 0.3)``).
    name
        ``P``, ``Q``, ``Q_1``...
    values
        The probabilities, exact.
    written
        The probabilities as written.
    labels
        Category labels when the document gives them (a table, ``P(a) = ...``).
    """

    line: int
    text: str
    name: str
    values: tuple[Fraction, ...]
    written: tuple[str, ...]
    labels: tuple[str, ...] | None = None
    offset: int = 0


# --- definitions -------------------------------------------------------------------------------------------

#: A distribution's name: ``P``, ``Q_1``, ``Q_{ab}``, ``Q1`` (a digit written without its ``_``), ``p``.
_INDEX = r"(?:_\{[A-Za-z0-9]{1,12}\}|_[A-Za-z0-9]|[0-9])"
_NAME = rf"(?:[A-Z]{_INDEX}?'?|[pqrm]{_INDEX}?)"
_DEFINITION = lazy(
    rf"(?<![A-Za-z0-9_\\{{])(?P<name>{_NAME})(?:\s*\(\s*[a-z]\s*\))?\s*(?:=|:=|\\coloneqq)\s*"
    rf"(?:(?:{WEIGHTED_SUM})\s*=\s*)?"  # M = 0.3P + 0.7Q = (0.65, 0.35): a mixture's values
    r"(?:\\left\s*)?(?P<open>\(|\[|\\\{|\\lbrace|\\langle|⟨|\{)"
    r"(?P<body>(?:[^()\[\]{}\n\\]|\\[a-zA-Z]++|\\[,;:! %]|\{[^{}\n]{0,40}\}){1,400}?)"
    r"(?:\\right\s*)?(?:\)|\]|\\\}|\\rbrace|\\rangle|⟩|\})"
    # Not a list that an operator then divides or scales (``p = [2.0, 1.0, 1.0] / 4.0``); a spaced dash opens words.
    r"(?!\s*(?:[+*/×·^@]|-(?!\s+[A-Za-z])|\\(?:cdot|times|div)(?![A-Za-z])))"
)
#: Words that open a remark in brackets after a probability: "P(b) = 3/4 (so that they sum to 1)".
_REMARK = r"(?:to|so|as|since|because|which|that|i\.e\.|e\.g\.|adjusted|corrected|assumed|rounded)\b"
_LABELLED = lazy(
    r"(?<![A-Za-z\\])(?P<name>[A-CEFGK-Za-z])\(\s*(?P<label>[A-Za-z0-9]{1,12}(?:_\{?[0-9]{1,3}\}?)?"
    r"(?:\s*=\s*[A-Za-z0-9]{1,8})?)\s*\)\s*=\s*"
    r"(?P<value>[0-9]*\.?[0-9]+(?:\s*/\s*[0-9]+)?|\\[dt]?frac\{[0-9]+\}\{[0-9]+\})(?![0-9]|\.[0-9]|\s*[-+*/×·^])"
    r"(?!\s*\((?!" + _REMARK + r"))"  # a bracket multiplies, unless it opens a remark: "(to ensure they sum to 1)"
)
#: ``Q(A) = Q(B) = 0.5``: probabilities of one distribution given one value; the last link is a :data:`_LABELLED`.
_SHARED = lazy(
    r"(?<![A-Za-z\\])(?P<name>[A-CEFGK-Za-z])(?P<links>\(\s*[A-Za-z0-9]{1,12}\s*\)(?:\s*=\s*(?P=name)\(\s*[A-Za-z0-9]{1,12}\s*\)"
    r"(?=\s*=))+)"
)
_LINK = lazy(r"\(\s*(?P<label>[A-Za-z0-9]{1,12})\s*\)")
#: Labelled probabilities of one distribution are this many lines apart at most (one per line in lists).
LABEL_GAP = 2
NOT_NAMES = frozenset({"H", "D", "J"})
NAME_PATTERN = lazy(_NAME)
#: ``\mathcal X = \{0, 1\}``: an alphabet (the set of outcomes), not a distribution.
_ALPHABET_FONT = lazy(r"\\math(?:cal|scr|bb|frak|sf)\s*$")
#: Random variables' letters: ``X = \{0, 1\}`` in set braces lists X's values, not probabilities.
_VARIABLE_LETTERS = frozenset("STUVWXYZ")


def definitions(document: SourceText, region: Region) -> Iterator[DistributionDefinition]:
    text = region.text
    if "=" not in text:
        return
    for match in _DEFINITION.finditer(text):
        name = re.sub(r"[{}]", "", match.group("name"))
        if name in NOT_NAMES or _ALPHABET_FONT.search(text, max(0, match.start() - 12), match.start()):
            continue
        items = split_items(match.group("body"))
        labels, items = _item_labels(items)
        values = rationals(items)
        if values is None or len(values) < 2 or _outcome_set(name, match.group("open"), values):
            continue
        offset = region.offset + match.start()
        written = tuple(_written(item) for item in items)
        shown = f"{name} = ({', '.join(written)})"
        yield DistributionDefinition(document.line(offset), shown, name, values, written, labels, offset)


def _outcome_set(name: str, opening: str, values: tuple[Fraction, ...]) -> bool:
    r"""True for a random variable's values in set braces (``X = \{0, 1\}``), which are not probabilities.

    >>> _outcome_set("X", r"\{", (Fraction(0), Fraction(1))), _outcome_set("P", r"\{", (Fraction(0), Fraction(1)))
    (True, False)
    """
    braces = opening in ("{", "\\{", "\\lbrace")
    return braces and name[0] in _VARIABLE_LETTERS and all(value.denominator == 1 for value in values)


_ITEM_LABEL = lazy(
    r"^(?:\\(?:text|mathrm|textrm)\{\s*)?['\"]?(?P<label>[A-Za-z0-9_ ]{1,20}?)['\"]?\s*:\s*\}?\s*(?P<value>.+)$"
)


def _item_labels(items: list[str]) -> tuple[tuple[str, ...] | None, list[str]]:
    """``'H': 0.5`` or ``\\text{sun: } 0.5`` items: their labels and the bare values (else no labels)."""
    matches = [_ITEM_LABEL.match(item) for item in items]
    if not items or any(match is None for match in matches):
        return None, items
    labels = tuple(match.group("label").strip() for match in matches if match is not None)
    if len(set(labels)) != len(labels):
        return None, items
    return labels, [match.group("value").strip() for match in matches if match is not None]


def labelled_definitions(document: SourceText, regions: list[Region]) -> Iterator[DistributionDefinition]:
    """``P(heads) = 0.8`` and ``P(tails) = 0.2``, in one formula or over nearby lines, that sum to 1."""
    runs: dict[str, list[tuple[int, str, str]]] = {}  # name -> (offset, label, value) of each probability
    found: list[DistributionDefinition] = []

    def close(name: str) -> None:
        matches = runs.pop(name, [])
        labels = [_label_key(label) for _, label, _ in matches]
        if len(matches) < 2 or len(set(labels)) != len(labels):
            return
        if len({label.split("=")[0] for label in labels if "=" in label}) > 1:
            return  # P(X=0) and P(Y=0): one value of each of two variables, not one distribution
        written = tuple(re.sub(r"\s", "", value) for _, _, value in matches)
        values = rationals(list(written))
        if values is None or sum(values) != 1:
            return
        offset = matches[0][0]
        shown = ", ".join(f"{name}({label}) = {value}" for label, value in zip(labels, written, strict=True))
        found.append(DistributionDefinition(document.line(offset), shown, name, values, written, tuple(labels), offset))

    for region in regions:
        for offset, name, label, value in _labelled_probabilities(region):
            run = runs.get(name)
            if run and (document.row(offset) - document.row(run[-1][0]) > LABEL_GAP or _repeats(label, run)):
                close(name)  # far from the last, or a label given again: the next distribution of that name
            runs.setdefault(name, []).append((offset, label, value))
    for name in list(runs):
        close(name)
    yield from sorted(found, key=lambda definition: definition.offset)


def _repeats(label: str, run: list[tuple[int, str, str]]) -> bool:
    """Whether ``label`` was given a probability already in ``run`` (a branch's ``P(Yes)`` after its parent's).

    >>> _repeats("Yes", [(0, "Yes", "2/3"), (9, "No", "1/3")]), _repeats("No", [(0, "Yes", "2/3")])
    (True, False)
    """
    key = _label_key(label)
    return any(_label_key(given) == key for _, given, _ in run)


def _label_key(label: str) -> str:
    """A label as compared with others: without braces and spaces (``{Yes}`` and ``Yes`` are one)."""
    return re.sub(r"[{}\s]", "", label)


def _labelled_probabilities(region: Region) -> Iterator[tuple[int, str, str, str]]:
    r"""Each ``P(label) = value`` of a region as (offset, name, label, value); ``Q(A) = Q(B) = 0.5`` gives two.

    >>> [found[1:] for found in _labelled_probabilities(Region("inline", "P(A) = 0.2, Q(A) = Q(B) = 0.5", 0))]
    [('P', 'A', '0.2'), ('Q', 'A', '0.5'), ('Q', 'B', '0.5')]
    """
    if "=" not in region.text or "(" not in region.text:  # in every match: a cheap test before the patterns
        return
    chains = list(_SHARED.finditer(region.text))
    for match in _LABELLED.finditer(region.text):
        name, start = match.group("name"), match.start()
        chain = next((c for c in chains if c.start() < start < c.end() and c.group("name") == name), None)
        labels = [match.group("label")] if chain is None else [link[1] for link in _LINK.finditer(chain.group("links"))]
        for label in labels:
            yield region.offset + (start if chain is None else chain.start()), name, label, match.group("value")


#: A number with a decimal comma, as lists separated by semicolons write it: ``(0,5; 0,25; 0,25)``.
_DECIMAL_COMMA = lazy(r"\s*+[0-9]++(?:,[0-9]++)?+\s*+")


def split_items(body: str) -> list[str]:
    r"""The items of a list's body, split at commas and semicolons outside braces; a list separated by semicolons
    whose items are numbers with decimal commas is split at its semicolons only.

    >>> split_items("0.5, 1/4, 0.25"), split_items("0,5; 0,25; 0,25")
    (['0.5', '1/4', '0.25'], ['0.5', '0.25', '0.25'])
    """
    pieces = body.split(";")
    if len(pieces) > 1 and "," in body and all(_DECIMAL_COMMA.fullmatch(piece) for piece in pieces):
        return [piece.strip().replace(",", ".") for piece in pieces]
    items, depth, start = [], 0, 0
    for index, char in enumerate(body):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char in ",;" and depth == 0 and body[max(0, index - 1) : index] != "\\":
            items.append(body[start:index])
            start = index + 1
    items.append(body[start:])
    return [item for item in (piece.strip() for piece in items)]


def _written(item: str) -> str:
    return " ".join(re.sub(r"\\[,;:! ]|\\right|\\left", " ", item).split())


def rationals(items: list[str]) -> tuple[Fraction, ...] | None:
    """Each item as an exact number, or None if any item is not a plain number."""
    return _numbers(tuple(items))


@lru_cache(maxsize=1024)
def _numbers(items: tuple[str, ...]) -> tuple[Fraction, ...] | None:
    values = []
    for item in items:
        if not item or len(item) > 80:
            return None
        try:
            node = parse(tokenize(item.replace("\\%", "%"), 60))
        except (ParseError, TooComplexError):
            return None
        if not is_number_only(node):
            return None
        try:
            value = evaluate(node, Environment()).rational_value()
        except EvaluationError:
            return None
        if value is None:
            return None
        values.append(value)
    return tuple(values)
