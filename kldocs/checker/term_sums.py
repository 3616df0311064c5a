"""Terms worked out, then added on a line of their own: ``H = 0.3322 + 0.4644 + ...`` under ``H = -0.1*log2(0.1)...``.

The terms come from a line that sets a name to an expansion of numbers and
logarithms (``H = - 0.1 * log2(0.1) - 0.2 * log2(0.2) - ...``), or from
lines one under the other that each end in one such term (``entropy of a1 =
- 0.1 * log2(0.1)``). A few rows below, a line sets the name (for terms on
lines of their own, any name) to a sum of as many decimals (``H = 0.3322 +
0.4644 + ...``), each the value of one term, in order; the same line (``... =
1.8465``) or the next (a blank line between allowed) may set the name to one
number (``H ≈ 1.8464``). Each decimal is a claim about its term (in the order
written, unless the decimals fit the terms only in another order), and that
number a claim about the sum of the terms (so a total that inherits a wrong
term is false too). When an expansion has another count of terms than the
sum, the sum as written is one claim about the expansion. Nothing is read
when the sum is not made of plain decimals. A sentence a few rows under the
sum that gives "the entropy" a value again ("the entropy of the source is
approximately 2.7 bits/symbol") is a claim about the sum of the terms too.

>>> lines = [(0, "H = - 0.5 * log2(0.5) - 0.25 * log2(0.25) - 0.25 * log2(0.25)"), (100, "Adding up:"),
...          (200, "H = 0.5 + 0.5 + 0.4"), (300, "H = 1.4")]
>>> for claim in term_sums(lines, lambda offset: offset // 100):
...     print(claim.offset, claim.text)
204 - 0.5 * log2(0.5) = 0.5
210 -0.25 * log2(0.25) = 0.5
216 -0.25 * log2(0.25) = 0.4
304 - 0.5 * log2(0.5) - 0.25 * log2(0.25) - 0.25 * log2(0.25) = 1.4
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.chains import CONDITION_WORDS
from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.latex_numbers import Environment, Node, Number, ParseError, evaluate, parse
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import NOT_THE_VALUE
from kldocs.checker.screens import mentions
from kldocs.checker.tokens import TooComplexError, tokenize
from kldocs.checker.trees import has_logs, is_number_only, measures_in, term_nodes, written_bounds, written_place
from kldocs.errors import EvaluationError

#: Signs of a product: a line with one multiplies, and its numbers are factors rather than the terms' values.
_PRODUCTS = ("×", "*", "·", "\\times", "\\cdot")
#: Rows the sum may stand below its terms (a sentence such as "Simplify:" may come between).
REACH = 4
#: Most terms read for one sum.
MAX_TERMS = 40
_LINE = lazy(
    r"^\s*(?:[-*+]\s+)?(?P<name>[A-Za-z]{1,12}(?:\s?\([A-Za-z0-9_ ,;|]{1,20}\))?)\s*"
    r"(?P<relation>=|≈|~|\\approx)\s*(?P<rest>[^=≈~]{0,1999}?[^=≈~\s])"
    r"(?:\s*+(?P<again>=|≈|\\approx)\s*(?P<total>[0-9]+(?:\.[0-9]+)?)(?:\s*(?:bits?|nats?)(?![A-Za-z]))?)?\s*+[.,;]?\s*+$"
)
#: Longest line :data:`_LINE` can match (its name, 2,000 characters of right side and a total), spaces at its ends
#: aside: a longer one is passed over before the pattern tries each place its right side could end.
_LONGEST_LINE = 2100
#: The value said again in words: "the entropy of the source is approximately 2.7 bits/symbol".
_ANSWER = lazy(
    r"(?<![A-Za-z-])entropy(?:\s+of\s+(?:the|this|our)\s+(?:source|distribution|random\s+variable|variable|message))?"
    r"\s+(?:is|was|comes\s+to)\s+(?:about|approximately|roughly|around|nearly)\s+"
    r"(?P<number>[0-9]+\.[0-9]+)(?![0-9]|[.,][0-9])(?:\s*(?P<unit>bits?|nats?)(?![A-Za-z]))?" + NOT_THE_VALUE,
    re.IGNORECASE,
)
#: The last side of a line that ends in one term: ``... entropy of a1 = - 0.1 * log2(0.1)``.
_LAST_SIDE = lazy(r"=\s*+(?P<rest>[^=≈~]{0,199}?[^=≈~\s])\s*+[.,;]?\s*+$")


@dataclass(frozen=True)
class _Side:
    """The right side of ``name = ...`` on one line: its text, where it starts, and its tree."""

    name: str
    relation: str
    text: str
    offset: int
    node: Node
    total: tuple[str, str, int] | None = None  # ``= 1.75`` after a sum on the same line: relation, number, offset


@dataclass(frozen=True)
class _Terms:
    """What a sum below adds up: the terms' texts (each with its sign), the whole as a formula, and its name."""

    texts: tuple[str, ...]
    whole: str
    name: str | None
    row: int


def term_sums(lines: Iterable[tuple[int, str]], row: Callable[[int], int]) -> Iterator[CommentClaim]:
    """The claims of sums of worked terms; ``lines`` are ``(offset, text)`` in order, ``row`` gives an offset's row."""
    expansion: _Terms | None = None
    run: list[tuple[int, str]] = []  # terms on lines of their own, one under the other: (row, text)
    summed: tuple[_Side, _Terms] | None = None  # the sum on the row above, whose total may follow
    answered: tuple[int, _Terms] | None = None  # the row of the last sum or total, whose value prose may repeat
    for offset, text in lines:
        if answered is not None and row(offset) - answered[0] > REACH:
            answered = None
        if answered is not None and mentions(text, ("entrop",)):
            yield from _answer(answered[1], offset, text)
        if "=" not in text and "≈" not in text and "~" not in text and "\\approx" not in text:
            continue
        here = row(offset)
        near = summed is not None or any(here - above <= REACH for above in _rows(expansion, run))
        side = _side(offset, text, near)
        if summed is not None and side is not None and isinstance(side.node, Number):
            total, terms = summed
            if side.name == total.name and here - row(total.offset) <= 2:
                yield CommentClaim(f"{terms.whole} {_relation(side.relation)} {side.text}", side.offset)
                answered = (here, terms)
        summed = None
        if side is not None and has_logs(side.node) and 1 < len(term_nodes(side.node)) <= MAX_TERMS:
            expansion = _Terms(_signed(side.text, side.node), side.text, side.name, here)
            continue
        term = _single_term(text) if side is None or has_logs(side.node) else None
        if term is not None:
            run = [*run, (here, term)] if run and here - run[-1][0] == 1 and len(run) < MAX_TERMS else [(here, term)]
            continue
        if side is None or any(sign in side.text for sign in _PRODUCTS):  # 0.2 × (-2.32193): factors, not terms
            continue
        values = [node for _, node in term_nodes(side.node)]
        if len(values) < 2 or not all(isinstance(node, Number) for node in values):
            continue
        source = _source(expansion, run, side, here)
        if source is not None:
            yield from _claims(source, side)
            if side.total is not None:  # H = 0.5 + 0.5 + 0.375 + 0.375 = 1.75
                relation, number, at = side.total
                yield CommentClaim(f"{source.whole} {_relation(relation)} {number}", at)
            summed, answered = (side, source), (here, source)


def _rows(expansion: _Terms | None, run: list[tuple[int, str]]) -> list[int]:
    """The rows where the terms above end: the expansion's, and the last of the run's."""
    return [*([expansion.row] if expansion is not None else []), *([run[-1][0]] if run else [])]


def _answer(terms: _Terms, offset: int, text: str) -> Iterator[CommentClaim]:
    """ "the entropy of the source is approximately 2.7 bits/symbol" a few rows under the sum: its value again."""
    for match in _ANSWER.finditer(text):
        sentence = text[max(text.rfind(". ", 0, match.start()), 0) : match.start()]
        if CONDITION_WORDS.isdisjoint(re.findall(r"[a-z]+", sentence.lower())):
            unit = match.group("unit") or ""
            claim = f"{terms.whole} ≈ {match.group('number')} {unit}".rstrip()
            yield CommentClaim(claim, offset + match.start("number"))


def _source(expansion: _Terms | None, run: list[tuple[int, str]], side: _Side, here: int) -> _Terms | None:
    """The terms the sum on ``side`` adds up: the expansion of the same name above, else the run of terms above."""
    count = len(term_nodes(side.node))
    if expansion is not None and expansion.name == side.name and here - expansion.row <= REACH:
        return expansion
    if len(run) == count and here - run[-1][0] <= REACH:
        texts = tuple(text for _, text in run)
        return _Terms(texts, " + ".join(f"({text})" for text in texts), None, run[-1][0])
    return None


def _claims(terms: _Terms, side: _Side) -> Iterator[CommentClaim]:
    """Each decimal as the value of its term, or the sum as a whole when the counts differ."""
    relation = _relation(side.relation)
    values = term_nodes(side.node)
    if len(terms.texts) != len(values):
        yield CommentClaim(f"{terms.whole} {relation} {side.text}", side.offset)
        return
    numbers = [(sign, node) for sign, node in values if isinstance(node, Number)]
    for index, (sign, number) in zip(_paired(terms.texts, numbers), numbers, strict=True):
        value = side.text[number.start : number.end]
        claim = f"{terms.texts[index]} {relation} {'-' if sign < 0 else ''}{value}"
        yield CommentClaim(claim, side.offset + number.start)


def _paired(texts: tuple[str, ...], numbers: list[tuple[Fraction, Number]]) -> list[int]:
    """Which term each decimal is the value of: in order, unless the decimals fit the terms only in another order
    (``0.5 + 0.375 + 0.5`` for terms written ``a, b, c`` with ``c = 0.5``), so that a reordering is no mistake."""
    order = list(range(len(texts)))
    values = [values_in_bases(text) for text in texts]
    bounds = [_bounds(sign, number) for sign, number in numbers]
    if all(_fits(values[i], bounds[i]) for i in order):
        return order
    unused, chosen = list(order), []
    for index, interval in enumerate(bounds):
        fitting = [i for i in ([index] if index in unused else []) + unused if _fits(values[i], interval)]
        if not fitting:
            return order  # some decimal fits no term: the terms are judged in the order written
        unused.remove(fitting[0])
        chosen.append(fitting[0])
    return chosen


def values_in_bases(text: str) -> list[float]:
    """The values of a term with its logarithms in each usual base (one when the term names its base).

    >>> values_in_bases("-(-0.5 - 0.5)"), values_in_bases("log 100")
    ([1.0, 1.0, 1.0], [4.605170185988092, 6.643856189774724, 2.0])
    """
    node = _parsed(text)
    found = []
    for base in (None, Fraction(2), Fraction(10)):
        try:
            found.append(float(evaluate(node, Environment(base))) if node is not None else float("nan"))
        except (EvaluationError, ArithmeticError, OverflowError):
            continue
    return found


def _bounds(sign: Fraction, number: Number) -> tuple[float, float]:
    low, high = written_bounds(sign * number.value, written_place(number.text), 0)
    return float(low) - 1e-12, float(high) + 1e-12


def _fits(values: list[float], bounds: tuple[float, float]) -> bool:
    return any(bounds[0] <= value <= bounds[1] for value in values)


def _signed(text: str, node: Node) -> tuple[str, ...]:
    """The terms of an expansion as written, each with its sign; empty when a term has another factor."""
    found = []
    for factor, term in term_nodes(node):
        written = text[term.start : term.end]
        if abs(factor) != 1:
            return ()
        if factor < 0:
            written = f"-({written})" if written.lstrip()[:1] in "-+" else f"-{written}"
        found.append(written)
    return tuple(found)


def _side(offset: int, text: str, near: bool) -> _Side | None:
    """``name = expression`` of numbers (with or without logarithms) on a line, else None; without logarithms
    only when terms stand ``near`` above (else it could be no sum of them, and is not parsed)."""
    match = _LINE.match(text) if len(text) <= _LONGEST_LINE or len(text.strip()) <= _LONGEST_LINE else None
    if match is None or not (near or "log" in match.group("rest") or "ln" in match.group("rest")):
        return None
    node = _parsed(match.group("rest"))
    if node is None or not (has_logs(node) or is_number_only(node)):
        return None
    name = re.sub(r"\s", "", match.group("name"))
    total = None
    if match.group("total"):
        total = (match.group("again"), match.group("total"), offset + match.start("total"))
    return _Side(name, match.group("relation"), match.group("rest"), offset + match.start("rest"), node, total)


def _single_term(text: str) -> str | None:
    """The last side of a line when it is one term with a logarithm (``- 0.1 * log2(0.1)``), else None."""
    match = _LAST_SIDE.search(text)
    if match is None or ("log" not in match.group("rest") and "ln" not in match.group("rest")):
        return None
    body = match.group("rest").lstrip(" -")
    if "+" in body or " -" in body or "- " in body:
        return None  # more than one term: not worth parsing
    node = _parsed(match.group("rest"))
    if node is None or not has_logs(node) or len(term_nodes(node)) != 1:
        return None
    return match.group("rest")


def _parsed(text: str) -> Node | None:
    """The expression of numbers ``text`` holds (no measure, no name), else None."""
    try:
        node = parse(tokenize(text))
    except (ParseError, TooComplexError):
        return None
    return None if measures_in(node) else node


def _relation(written: str) -> str:
    return "=" if written == "=" else "≈"
