r"""Read the statements a piece of maths or a line of prose makes, within the document's budget.

A document is read up to :data:`MAX_STATEMENTS` statements and
:data:`MAX_DOCUMENT_TOKENS` symbols of maths; a :class:`Budget` keeps count,
and the note :func:`stop_note` marks where reading stopped. Long prose lines
are cut into sentences, a question is not a claim, a statement the prose
around it denies ("it is not true that") is dropped, a formula keeps the base
of the unit written after the next value on its line, and prose the unit its
sentence names before it ("In nats, D(R‖S) ≈ 0.1308").

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The value is $H(P) = 1.5$, or $1.5$ bits.\n", "a.md")
>>> region = document.math[0]
>>> [(found.statement.text, found.line_unit) for found in math_statements(document, region, Budget())]
[('H(P) = 1.5', '2')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kldocs.checker.base_statements import UNIT_WORD, base_name
from kldocs.checker.chains import Problem, Statement, statements
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.found import Found, Unreadable
from kldocs.checker.latex_numbers import MeasureNode
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import scaled_after, scaled_before
from kldocs.checker.negations import denied_at
from kldocs.checker.property_claims import shorten
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.prose_tokens import without_markup
from kldocs.checker.sentence_units import unit_before
from kldocs.checker.tokens import MAX_TOKENS, Token, TooComplexError, tokenize, unboxed
from kldocs.checker.trees import measures_in
from kldocs.checker.zero_tails import without_zero_tail

#: Most statements read from one document; the rest is reported as not checked.
MAX_STATEMENTS = 1000
#: Most symbols of maths tokenized in one document.
MAX_DOCUMENT_TOKENS = 100_000
#: The fewest symbols a piece of maths counts as: reading one costs more than its symbols (10 MB of code
#: fences of ``x = 1`` lines took 6 s to use up the symbols three at a time).
MIN_TOKENS = 10
#: Prose lines longer than this are cut into sentences before they are read.
LONG_LINE = 400
STOPPED = (
    f"reading stopped here: a document is read up to {MAX_STATEMENTS:,} claims and "
    f"{MAX_DOCUMENT_TOKENS:,} symbols of maths, and the rest is not checked"
)


def stop_note(document: SourceText, offset: int) -> Unreadable:
    """The note that reading stopped at ``offset``."""
    return Unreadable(document.line(offset), "…", STOPPED, offset)


@dataclass
class Budget:
    """How much more maths is read; ``stopped`` says where reading stopped, once it has."""

    tokens: int = MAX_DOCUMENT_TOKENS
    statements: int = MAX_STATEMENTS
    stopped: Unreadable | None = None

    def spend(self, document: SourceText, offset: int, tokens: int, statements: int = 0) -> None:
        self.tokens -= tokens
        self.statements -= statements
        if self.stopped is None and (self.tokens <= 0 or self.statements <= 0):
            self.stopped = stop_note(document, offset)


# --- statements --------------------------------------------------------------------------------------------

_CLAIMISH = lazy(r"KL|JS|D_|H\s*\(|\\log|\\ln|log\s*\(|ln\s*\(")
_RELATION_HINT = lazy(
    r"[=≈≃≒≤≥<>≠]|\\(?:approx|leq?(?:slant)?|geq?(?:slant)?|neq?|simeq|sim|lt|gt|coloneqq|equiv)(?![A-Za-z])|\)(?:\s*[A-Za-z][a-z]{4,9})?:\s*-?[0-9.]"
)


def math_statements(document: SourceText, region: Region, budget: Budget) -> Iterator[Found | Unreadable]:
    if not _RELATION_HINT.search(region.text):
        return
    yield from _read(document, region, region.text, 0, budget, prose=False)


def prose_statements(document: SourceText, region: Region, budget: Budget) -> Iterator[Found | Unreadable]:
    if not _RELATION_HINT.search(region.text):
        return
    if len(region.text) <= LONG_LINE and "?" not in region.text:
        yield from _read(document, region, region.text, 0, budget, prose=True)
        return
    for match in _SENTENCE.finditer(region.text):
        piece = match.group()
        if _RELATION_HINT.search(piece) and not piece.rstrip().endswith("?"):
            yield from _read(document, region, piece, match.start(), budget, prose=True)


_SENTENCE = lazy(r"(?:[^.!?]|[.!?](?!\s))++[.!?]*+")


def _read(
    document: SourceText, region: Region, text: str, shift: int, budget: Budget, *, prose: bool
) -> Iterator[Found | Unreadable]:
    if budget.stopped is not None:
        return
    offset = region.offset + shift
    text = without_zero_tail(unboxed(without_markup(text) if prose else text))  # −(1×log(0.1) + 0×log(0.5) + ...)
    if prose and "\n" + BLANK in text:
        text = _CONTINUED.sub(lambda match: _continued(document, offset, match), text)
    if prose and ")" in text:
        text = _ENUMERATION.sub(lambda match: " " * len(match.group()), text)
        text = _REFERENCE.sub(lambda match: " " * len(match.group()), text)
    try:
        tokens = tokenize(text)
    except TooComplexError as error:
        budget.spend(document, offset, MAX_TOKENS)
        if _CLAIMISH.search(text[:10000]):
            yield Unreadable(document.line(offset), shorten(text), str(error), offset)
        return
    problems: list[Problem] = []
    found = statements(tokens, text, before=region.before, after=region.after, prose=prose, problems=problems)
    budget.spend(document, offset, max(len(tokens), MIN_TOKENS), len(found) + len(problems))
    symbols = _free_symbols(tokens)
    line_unit = _line_unit(document, region) if region.kind == "inline" else None
    for statement in found:
        offset = region.offset + shift + statement.offset
        start = region.offset + shift + min(statement.left.start, statement.right.start)
        if isinstance(statement.left, MeasureNode) and scaled_before(document.text, start):
            continue  # "72% of D(P||Q): 0.531 / 0.737", "half of $H(P) = 0.5$": a share of the measure, not its value
        if scaled_after(document.text, offset + len(statement.right_text)):
            continue  # "D(P||Q) = H(P) 的 2 倍", "H(P,Q) = 2 倍 H(P)": a multiple, not the right side's value
        if statement.relation == "~" and _for_near_distributions(document.text, start, statement):
            continue  # "for nearby distributions KL is about symmetric: D(P||Q) ≈ D(Q||P)": not of the pair in force
        if _FLATTENED.search(statement.left_text) or _FLATTENED.search(statement.right_text):
            yield Unreadable(document.line(offset), shorten(statement.text), _FLATTENED_REASON, offset)
            continue
        if not denied_at(document.text, start, offset + len(statement.right_text)):
            unit = unit_before(document.text, start) if prose else line_unit  # "In nats, D(R‖S) ≈ 0.1308"
            yield Found(document.line(region.place(shift + statement.offset)), statement, symbols, offset, unit)
    for problem in problems:
        offset = region.offset + shift + problem.offset
        yield Unreadable(document.line(offset), problem.text, problem.reason, offset)


#: Words that say an approximation holds for distributions close to each other, or in a limit.
_NEAR = lazy(
    r"(?<![^\W\d_])(?:nearby|close|similar|neighbou?ring|infinitesimal\w*|(?:first|second)[- ]order|limit|"
    r"asymptotic\w*|locally|small\s+(?:perturbation|change|difference|deviation)s?|cercan[oa]s|próxim[oa]s|"
    r"proches|voisines|benachbart\w*|nahe|близк\w+)(?![^\W\d_])|接近|相近|近い|가까운",
    re.IGNORECASE,
)


def _for_near_distributions(text: str, start: int, statement: Statement) -> bool:
    """Whether an approximation between measures (``D(P||Q) ≈ D(Q||P)``) is said, in its sentence, to hold for
    distributions close to each other or in a limit, rather than for the ones in force.

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> text = "For nearby distributions, D(P||Q) ≈ D(Q||P)."
    >>> (statement,) = statements(tokenize(text[25:]), text[25:])
    >>> _for_near_distributions(text, 25, statement), _for_near_distributions("So " + text[25:], 3, statement)
    (True, False)
    """
    if not (measures_in(statement.left) and measures_in(statement.right)):
        return False
    opening = max(text.rfind(mark, max(0, start - 300), start) for mark in (". ", "\n\n", "! ", "? ")) + 1
    return _NEAR.search(text, max(opening, start - 300), start) is not None


#: A fraction divided by a fraction on one line, the outer slash spaced (``1/2 log(1/2 / 1/4)``): a stacked
#: fraction flattened (from a PDF), whose left-to-right reading (1/8) is not the one meant (2).
_FLATTENED = lazy(r"[0-9]\s+/\s+[0-9]+(?:\.[0-9]+)?/[0-9]")
_FLATTENED_REASON = "a fraction over a fraction written on one line (1/2 / 1/4) may be a stacked fraction flattened"


#: The label of an item at the start of a line: ``(a)``, ``b)``, ``(iii)``, ``(2)``; no maths.
_ENUMERATION = lazy(r"^[ \t]*\(?(?:[a-h]|[ivx]{1,4}|[0-9]{1,2})\)(?=[ \t]+\S)", re.MULTILINE)
#: A reference to a part of an exercise ("see Q1(b)", "Exercise 2(c)", "vgl. Aufgabe 3(a)"): its letter is no
#: variable of the formulas around it.
_REFERENCE = lazy(
    r"\b(?:(?:see|cf\.?|siehe|vgl\.|voir|véase|ver|veja|vedi)\s+(?:[A-Z][A-Za-z]{0,9}\.?\s?)?|(?:Question|Exercise|Ex\.|"
    r"Problem|Part|Aufgabe|Übung|Teil|Exercice|Ejercicio|Exercício|Esercizio|Задача)\s?)[0-9]{0,3}(?:\.[0-9]{1,2})?"
    r"\((?:[a-h]|[ivx]{1,4})\)"
)
#: A list item that starts with ``=`` (``- = 0.469 bits``): the chain of the item above goes on.
_CONTINUED = lazy(f"(?<=\n){BLANK}+(?=[ \t]*=)")
_LIST_MARKER = lazy(r"[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ \t]*")


def _continued(document: SourceText, offset: int, match: re.Match[str]) -> str:
    """Spaces for a list marker blanked before ``=`` (so the chain goes on); anything else blanked stays."""
    written = document.text[offset + match.start() : offset + match.end()]
    return " " * len(written) if _LIST_MARKER.fullmatch(written) else match.group()


#: How far along its line a formula's unit is looked for: a line of thousands of formulas was searched to its end
#: for each of them.
UNIT_REACH = 300


#: A unit word after a formula: English, or the Chinese, Japanese and Korean ones (``$... = 0.105$ 比特``).
_UNIT_AFTER = lazy(UNIT_WORD.pattern + "|(?P<cjk>比特|奈特|ビット|ナット|비트|나트|내트)")


def _line_unit(document: SourceText, region: Region) -> str | None:
    """The unit right after the next value on the same line (within :data:`UNIT_REACH` characters), if no other
    unit word comes first."""
    start = region.offset + len(region.text) + 1
    if document.text[start - 1 : start + 1] in ("\\)", "\\]"):
        start += 1  # the formula closes with ``\)``: the unit comes after its two characters
    end = document.text.find("\n", start, start + UNIT_REACH)
    rest = document.text[start : min(len(document.text), start + UNIT_REACH) if end < 0 else end]
    match = _UNIT_AFTER.search(rest)
    if match is None:
        return None
    before = rest[: match.start()].rstrip(" ~")
    if not before or before.endswith("$") or before[-1:].isdigit():  # right after the formula, or its value
        return base_name(match.group("unit") or match.group("cjk"))
    return None


def _free_symbols(tokens: list[Token]) -> tuple[str, ...]:
    names = []
    for token in tokens:
        if token.kind == "ident":
            name = re.sub(r"[{}\s]", "", token.text)
            if name not in names:
                names.append(name)
    return tuple(names)
