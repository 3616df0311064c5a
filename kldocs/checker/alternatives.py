"""Other definitions a claim may be about: a name defined more than once, or distributions of different lengths.

A document may define ``Q`` twice. A claim that fails for the ``Q`` in force
may hold for the other one: when that one is given in the few lines right
after the claim, in its paragraph or in the next one opening "where Q = ...",
the claim holds; when it is given elsewhere (the next example's own ``Q``),
it cannot be told which is meant, and the claim is unchecked with a note that
names the definition. When the distributions in force
differ in length, the latest definitions that fit together are used, and
the note says so.

>>> from kldocs.checker.scope import Binding
>>> from kldocs.inputs import parse_distribution
>>> history = Definitions()
>>> history.remember(Binding("Q", parse_distribution("0.5 0.5"), 1, "Q = (0.5, 0.5)"))
>>> history.remember(Binding("Q", parse_distribution("0.9 0.1"), 9, "Q = (0.9, 0.1)"))
>>> [binding.line for binding in history.distinct("Q")], history.defined_after(history.distinct("Q")[1], 3).line
([1, 9], 9)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from kldocs.checker.chains import Statement
from kldocs.checker.documents import SourceText
from kldocs.checker.general_claims import plain_names
from kldocs.checker.judging import Outcome, holds_here, kind_of, specific
from kldocs.checker.latex_numbers import BaseKey
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding, KnownDistributions, bound
from kldocs.checker.tokens import MeasureSymbol
from kldocs.errors import EvaluationError
from kldocs.inputs.distribution import Distribution

#: Most combinations of other definitions tried for a claim that fails for the ones in force.
MAX_ALTERNATIVES = 30
#: Most combinations tried in a whole document; past them a failing claim whose names were defined more than
#: once is left unchecked, not called false (a 10 MB notebook of redefinitions spent minutes here).
MAX_DOCUMENT_ALTERNATIVES = 600
#: A definition this many lines after a claim may be what the claim is about ("where Q = ...").
FOLLOWING_LINES = 12


@dataclass
class Definitions:
    """Every distribution each name was given, in the order of the document."""

    history: dict[str, list[Binding]] = field(default_factory=dict)
    #: Per name, each different distribution (by its ``_identity``) at its first definition, in order.
    firsts: dict[str, dict[tuple[object, ...], Binding]] = field(default_factory=dict)
    #: How many more combinations this document may try (:data:`MAX_DOCUMENT_ALTERNATIVES`).
    trials_left: int = field(default_factory=lambda: MAX_DOCUMENT_ALTERNATIVES)
    #: Whether a definition on the second line speaks of a claim on the first (see :func:`gives_after`).
    follows: Callable[[int, int], bool] = lambda claim, defined: True

    def remember(self, binding: Binding) -> None:
        """Add a definition (one with no distribution is not kept)."""
        if binding.distribution is not None:
            self.history.setdefault(binding.name, []).append(binding)
            self.firsts.setdefault(binding.name, {}).setdefault(_identity(binding.distribution), binding)

    def other_definitions(
        self, statement: Statement, scope: KnownDistributions, base: BaseKey, symbols: list[MeasureSymbol], line: int
    ) -> Outcome | None:
        """For a claim that fails here: does it hold for another definition of its distributions?

        When it holds for definitions given in the lines right after it ("where Q = ..."),
        it holds; when only for definitions elsewhere, it cannot be told which one is meant.
        """
        names = plain_names(symbols)
        options = [self.distinct(name) for name in names]
        if not names or any(not option for option in options):
            return None
        in_force = [getattr(bound(scope.bindings, name), "distribution", None) for name in names]
        pairs = zip(options, in_force, strict=True)
        if all(len(option) < 2 and option[0].distribution == now for option, now in pairs):
            return None  # each name was only ever given the distribution in force: there is no other
        for choice in itertools.islice(itertools.product(*options), MAX_ALTERNATIVES):
            changed = [
                b for b in choice if getattr(bound(scope.bindings, b.name), "distribution", None) != b.distribution
            ]
            if not changed:
                continue
            if self.trials_left <= 0:
                return _untried(statement, names)
            self.trials_left -= 1
            bindings = dict(scope.bindings)
            bindings.update({binding.name: binding for binding in choice})
            trial = KnownDistributions(bindings, mixture_pair=scope.mixture_pair)
            try:
                if not holds_here(statement, trial, base):  # most fail: their notes are not worth writing
                    continue
                outcome = specific(statement, kind_of(statement), trial, base)
            except (EvaluationError, ArithmeticError):
                continue
            if outcome.verdict != "holds":
                continue
            near = [self.defined_after(binding, line) for binding in changed]
            if all(binding is not None for binding in near):
                given = "; ".join(f"{b.text} ({b.where()})" for b in near if b is not None)
                return replace(outcome, note=f"it holds for {given}, given just after it")
            used = changed[0]
            here = bound(scope.bindings, used.name)
            now = "" if here is None else f", {here.text} ({here.where()})"
            note = f"it holds for {used.text} ({used.where()}) but not for the {used.name} in force here{now}"
            return replace(outcome, verdict="unchecked", value=None, note=note)
        return None

    def matching_lengths(
        self, statement: Statement, kind: str, scope: KnownDistributions, base: BaseKey, symbols: list[MeasureSymbol]
    ) -> Outcome | None:
        """Distributions in force of different lengths: the latest definitions that fit together, said so."""
        names = plain_names(symbols)
        options = [list(reversed(self.distinct(name))) for name in names]
        if not names or any(not option for option in options):
            return None
        for choice in itertools.islice(itertools.product(*options), MAX_ALTERNATIVES):
            if len({len(binding.distribution) for binding in choice if binding.distribution is not None}) != 1:
                continue
            bindings = dict(scope.bindings)
            bindings.update({binding.name: binding for binding in choice})
            try:
                outcome = specific(statement, kind, KnownDistributions(bindings, mixture_pair=scope.mixture_pair), base)
            except (EvaluationError, ArithmeticError):
                continue
            used = "; ".join(f"{b.text} ({b.where()})" for b in choice if scope.bindings.get(b.name) != b)
            return replace(outcome, note=f"{outcome.note} (with {used}: the distributions in force differ in length)")
        return None

    def distinct(self, name: str) -> list[Binding]:
        """The different distributions ever given to ``name``, each at its first definition."""
        return list(self.firsts.get(name, {}).values())

    def defined_after(self, binding: Binding, line: int) -> Binding | None:
        """The same distribution defined in the few lines after ``line``, if it is."""
        for other in self.history.get(binding.name, []):
            if line < other.line <= line + FOLLOWING_LINES and other.distribution == binding.distribution:
                return other if self.follows(line, other.line) else None
        return None


#: Words that open a paragraph giving what the formula above it used: "where", "with", "here", in other languages.
WHERE = lazy(
    r"[\s$*_]*(?:where|with|here|in\s+which|wobei|mit|hier|où|avec|donde|con|dove|onde|여기서|단,|이때|其中|这里|此处|"
    r"ここで|ただし)(?![A-Za-z])",
    re.IGNORECASE,
)


def gives_after(document: SourceText, claim: int, defined: int) -> bool:
    r"""True when a definition on line ``defined`` (numbered from 1) gives what a claim on line ``claim`` used: it is
    in the claim's paragraph, or in the paragraph after it when that one opens with "where" (a display's closing
    line may stand between). In a notebook, whose lines count within each cell, it is never told so.

    >>> from kldocs.checker.reading import parse_text
    >>> text = "$$D(P||Q) = 0.37$$\n\nwhere $P = (0.9, 0.1)$.\n\nNow $P = (0.5, 0.5)$.\n"
    >>> document = parse_text(text, "a.md")
    >>> gives_after(document, 1, 3), gives_after(document, 1, 5)
    (True, False)
    """
    if document.line_numbers or defined <= claim:
        return False
    between = document.text[document.row_start(claim) - 1 : document.row_start(defined - 1)]  # from the claim's end
    gaps = re.split(r"\n[ \t]*\n", between)
    if len(gaps) == 1:
        return True  # no blank line between: the same paragraph
    closing = all(re.fullmatch(r"\s*(?:\$\$|\\\]|\\end\{[A-Za-z*]{1,20}\})?\s*", gap) for gap in gaps[1:-1])
    return closing and len(gaps) <= 3 and bool(WHERE.match(gaps[-1].lstrip() + line_text(document, defined - 1)))


def line_text(document: SourceText, row: int) -> str:
    """The text of row ``row`` (numbered from 0) of ``document``, without its line break."""
    start = document.row_start(row)
    end = document.text.find("\n", start)
    return document.text[start : len(document.text) if end < 0 else end]


def _untried(statement: Statement, names: list[str]) -> Outcome:
    """A failing claim whose other definitions are past the document's budget: not judged either way."""
    note = (
        f"it does not hold for the {' and '.join(names)} in force here; {' and '.join(names)} "
        f"{'is' if len(names) == 1 else 'are'} defined more than once, and the other definitions were not tried "
        f"(a document is tried against at most {MAX_DOCUMENT_ALTERNATIVES} of them)"
    )
    return Outcome(kind_of(statement), "unchecked", None, note)


def _identity(distribution: Distribution) -> tuple[object, ...]:
    """What makes two distributions equal, as a dictionary key: labels and exact (or float) probabilities."""
    if distribution.probabilities is not None:
        return (distribution.labels, distribution.probabilities)
    return (distribution.labels, tuple(distribution.as_array().tolist()))


def pair_above(line: int, bindings: Mapping[str, Binding]) -> tuple[str, str] | None:
    """The P and Q (or p and q) defined in the few lines above ``line``, if both are."""
    for first, second in (("P", "Q"), ("p", "q")):
        near = [bindings.get(name) for name in (first, second)]
        if all(b is not None and b.distribution is not None for b in near) and all(
            0 <= line - b.line <= FOLLOWING_LINES for b in near if b is not None
        ):
            return first, second
    return None
