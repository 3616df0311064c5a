r"""Judge each claim of a document: holds, false, or unchecked (and why), with the correct value.

Order matters: a distribution is in force from the line that defines it
until it is redefined (definitions on a claim's own line count, as in "for
$P = (...)$"). Every value comes from the exact core; a decimal claim holds
when the true value rounds to it at the claim's own precision.

The log base of a claim is, in this order: a unit written next to it
("0.044 bits"); the base of the logarithms in its own formula (``\ln``,
``\log_2``); a unit after a later value on the same line; the ``--base``
option; the base the document names most often ("in bits", "natural log",
``\log_2`` in a general formula); else the base among e, 2 and 10 that makes
the most numeric claims hold (e on a tie).

A false claim is explained when the number belongs to a usual slip (the
other direction, the other base, the cross-entropy, the JS distance, half
the Jeffreys divergence). A claim that fails for the distributions in force
but holds for a definition given in the lines right after it ("where Q = ...")
holds; one that holds only for a definition elsewhere is unchecked, and the
note names that definition.

>>> from kldocs.checker.documents import parse_text
>>> report = check_document(parse_text("$P = (0.2, 0.5, 0.3)$, $Q = (0.3, 0.4, 0.3)$.\n\n"
...                                    "$D_{KL}(P \\| Q) = 0.0305$ and $D_{KL}(Q \\| P) = 0.0305$.\n", "a.md"))
>>> [(claim.kind, claim.verdict, claim.value) for claim in report.claims]  # doctest: +NORMALIZE_WHITESPACE
[('definition', 'holds', None), ('definition', 'holds', None), ('kl', 'holds', '0.03047875404'),
 ('kl', 'false', '0.03238211191')]
>>> report.base.how, report.claims[2].unit
('per claim', 'nats')
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Literal

from kldocs.checker.approximate import has_rounded_logs, overlaps, value_range
from kldocs.checker.bases import USUAL_BASES, BaseChoice, BaseRules
from kldocs.checker.chains import Statement
from kldocs.checker.claims import Found, Item, Property, Unreadable, find_claims
from kldocs.checker.diagnosis import (
    claimed_interval,
    explain,
    identify,
    matches,
    nearest_terms,
    precision_words,
    term_check,
)
from kldocs.checker.distributions import Definition
from kldocs.checker.documents import Document
from kldocs.checker.judge_prose import judge_prose_value
from kldocs.checker.latex_numbers import (
    Environment,
    Infinity,
    Measure,
    Node,
    evaluate,
    has_logs,
    literal,
    log_bases,
    measure_form,
    measures_in,
    term_nodes,
    written_place,
)
from kldocs.checker.properties import judge_property
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.scope import Binding, Scope, UnboundNameError, base_name, parse_base, shown, trial_pairs, unit_name
from kldocs.checker.tokens import OUT_OF_SCOPE, MeasureSymbol
from kldocs.checker.unread import Unread, unread_lines
from kldocs.checker.values import BaseKey, EvaluationError, Exact, UndecidableError, rounded_at
from kldocs.errors import InputError
from kldocs.exact import Base
from kldocs.inputs import parse_distribution

Verdict = Literal["holds", "false", "unchecked"]
#: Every kind of claim, as it appears in reports.
KINDS = (
    "definition",
    "kl",
    "entropy",
    "cross_entropy",
    "jsd",
    "jeffreys",
    "js_distance",
    "expression",
    "identity",
    "jsd_definition",
    "symmetry",
    "bound",
    "metric",
)
_CANDIDATE_BASES: tuple[BaseKey, ...] = (None, Fraction(2), Fraction(10))
#: Most combinations of other definitions tried for a claim that fails for the ones in force.
MAX_ALTERNATIVES = 30
#: A definition this many lines after a claim may be what the claim is about ("where Q = ...").
FOLLOWING_LINES = 12
#: Significant digits of the correct value in reports.
DIGITS = 10


@dataclass(frozen=True)
class Checked:
    """One claim and its verdict, as reported.

    Attributes
    ----------
    lines
        Every line the claim appears on (slide builds repeat claims).
    text
        The claim as written.
    kind
        One of :data:`KINDS`.
    verdict
        ``"holds"``, ``"false"`` or ``"unchecked"``.
    value
        The correct value as a decimal string, or None when there is no single number.
    note
        Why, in one sentence.
    base, unit
        The log base the value was read in (``"e"``, ``"2"``, ``"10"``) and its unit
        (``"nats"``, ``"bits"``, ``"bans"``); None when the claim has no value in a unit.
    cell, output
        For a notebook: the cell, and whether the lines count within its printed output.
    """

    lines: tuple[int, ...]
    text: str
    kind: str
    verdict: Verdict
    value: str | None
    note: str
    base: str | None = None
    unit: str | None = None
    cell: int | None = None
    output: bool = False


@dataclass(frozen=True)
class Report:
    """Every claim of a document with its verdict."""

    file: str
    claims: tuple[Checked, ...]
    base: BaseChoice
    unread: tuple[Unread, ...] = ()

    @property
    def false_count(self) -> int:
        return sum(1 for claim in self.claims if claim.verdict == "false")

    def count(self, verdict: Verdict) -> int:
        return sum(1 for claim in self.claims if claim.verdict == verdict)


def check_document(document: Document, base: Base | None = None) -> Report:
    """Find and judge every claim of ``document``.

    Parameters
    ----------
    document
        A document from :func:`~kldocs.checker.documents.read_document`.
    base
        Force the base of claims that do not carry their own unit or log base.
    """
    return _Checker(document, find_claims(document), base).run()


@dataclass(frozen=True)
class _Outcome:
    kind: str
    verdict: Verdict
    value: str | None
    note: str


@dataclass(frozen=True)
class _Event:
    item: Found | Property | Unreadable | ProseValue
    bindings: dict[str, Binding]


class _Checker:
    def __init__(self, document: Document, items: list[Item], forced: Base | None) -> None:
        self.document = document
        self.items = items
        self.bases = BaseRules(document, items, forced.value if forced is not None else None, forced is not None)
        self.history: dict[str, list[Binding]] = {}
        self.memo: dict[tuple[object, ...], _Outcome] = {}
        self.chains: dict[tuple[str, int], list[Statement]] = {}
        for item in items:
            if isinstance(item, Found):
                key = (item.statement.source, item.offset - item.statement.offset)
                self.chains.setdefault(key, []).append(item.statement)

    def run(self) -> Report:
        results: list[tuple[int, Checked]] = []
        events: list[_Event] = []
        current: dict[str, Binding] = {}
        for _, group in itertools.groupby(self.items, key=lambda item: self.document.row(item.offset)):
            line_items = list(group)
            for item in line_items:
                if isinstance(item, Definition):
                    checked, binding = self._definition(item, current)
                    current[item.name] = binding
                    self._remember(binding)
                    results.append((item.offset, checked))
            for item in line_items:
                if isinstance(item, (Found, Property, Unreadable, ProseValue)):
                    events.append(_Event(item, dict(current)))
        for event in events:
            judged = self._event(event)
            if judged is not None:
                results.append((event.item.offset, judged))
        choice = self.bases.document_choice()
        results.sort(key=lambda pair: pair[0])
        placed = [self._placed(offset, checked) for offset, checked in results]
        claimed = {self.document.row(offset) for offset, _ in results}
        for item in self.items:
            if isinstance(item, Found):
                start = item.offset - item.statement.offset
                first = start + min(item.statement.left.start, item.statement.right.start)
                claimed.update(range(self.document.row(first), self.document.row(item.offset) + 1))
        unread = tuple(unread_lines(self.document, claimed))
        return Report(self.document.name, tuple(_merged(placed)), choice, unread)

    def _placed(self, offset: int, checked: Checked) -> Checked:
        """The claim with its notebook cell, when the document is a notebook."""
        if not self.document.cells:
            return checked
        return replace(checked, cell=self.document.cell(offset), output=self.document.in_output(offset))

    # --- definitions ----------------------------------------------------------------------------------------

    def _definition(self, item: Definition, current: dict[str, Binding]) -> tuple[Checked, Binding]:
        try:
            distribution = parse_distribution(list(item.values), name=item.name)
            if item.labels is not None:
                with contextlib.suppress(InputError):
                    distribution = parse_distribution(list(item.values), item.labels, name=item.name)
        except InputError as error:
            problem = error.problem.split("; use --normalize")[0]
            binding = Binding(item.name, None, item.line, item.text, problem)
            if _rounded_to_one(item):
                note = f"{item.name} sums to {float(sum(item.values)):g}, not 1: its probabilities are rounded"
                return Checked((item.line,), item.text, "definition", "unchecked", None, note), binding
            note = f"{item.name} is not a probability distribution: {problem}"
            return Checked((item.line,), item.text, "definition", "false", None, note), binding
        binding = Binding(item.name, distribution, item.line, item.text)
        note = f"a distribution over {len(distribution)} outcomes that sums to 1"
        previous = current.get(item.name)
        if previous is not None and previous.distribution != distribution:
            note += f"; it replaces the {item.name} of line {previous.line} from here on"
        return Checked((item.line,), item.text, "definition", "holds", None, note), binding

    def _remember(self, binding: Binding) -> None:
        if binding.distribution is not None:
            self.history.setdefault(binding.name, []).append(binding)

    # --- claims ---------------------------------------------------------------------------------------------

    def _event(self, event: _Event) -> Checked | None:
        item = event.item
        if isinstance(item, Unreadable):
            return Checked((item.line,), item.text, "expression", "unchecked", None, f"not read: {item.reason}")
        if isinstance(item, Property):
            kind, holds, note = judge_property(item, Scope(event.bindings))
            return Checked((item.line,), item.text, kind, "holds" if holds else "false", None, note)
        if isinstance(item, ProseValue):
            stated = self.bases.forced if self.bases.is_forced else self.bases.section_base(item.offset)
            bases = [stated] if self.bases.is_forced or stated is not None else list(USUAL_BASES)
            verdict, value, note, named = judge_prose_value(item, event.bindings, bases)
            unit = unit_name(parse_base(named)) if named is not None else None
            return Checked((item.line,), item.text, item.measure, verdict, value, note, named, unit)  # type: ignore[arg-type]
        statement = item.statement
        unevaluable = _unevaluable(statement.chain_measures, event.bindings)
        if statement.fallback and not unevaluable:
            return None  # the chain's measures are checked instead
        outside = [symbol for symbol in measures_in(statement.left) + measures_in(statement.right) if _outside(symbol)]
        if outside:
            if any(other.fallback for other in self._chain_statements(item)):
                return None
            note = (
                f"{outside[0].text()} is a joint or conditional entropy or a mutual information of random variables, "
                "which kldocs does not check (it needs their joint distribution)"
            )
            return Checked((item.line,), statement.text, "expression", "unchecked", None, note)
        if unevaluable and not statement.fallback and self._has_fallback(item):
            return None  # "H(X) = -0.8 log 0.8 - ... = 0.722" with X never defined: its numbers are checked
        base, source = self.bases.for_claim(item)
        if source == "any":
            return self._any_base(event)
        outcome = self._outcome(event, base)
        return self._checked(item, outcome, base)

    def _checked(self, item: Found, outcome: _Outcome, base: BaseKey) -> Checked:
        statement = item.statement
        uses_base = bool(statement.chain_measures) or has_logs(statement.left) or has_logs(statement.right)
        name, unit = (base_name(base), unit_name(base)) if uses_base else (None, None)
        return Checked(
            (item.line,), statement.text, outcome.kind, outcome.verdict, outcome.value, outcome.note, name, unit
        )

    def _any_base(self, event: _Event) -> Checked:
        """Nothing says which base: the claim holds when it holds in one of the usual bases, named in the note."""
        assert isinstance(event.item, Found)
        outcomes = [(base, self._outcome(event, base)) for base in USUAL_BASES]
        first_base, first = outcomes[0]
        if all((outcome.verdict, outcome.value) == (first.verdict, first.value) for _, outcome in outcomes):
            return self._checked(event.item, first, first_base)
        for base, outcome in outcomes:
            if outcome.verdict == "holds":
                note = outcome.note + f" (read in {unit_name(base)}: the document names no log base)"
                return self._checked(event.item, replace(outcome, note=note), base)
        if first.verdict == "false":
            others = "; ".join(f"{o.value} {unit_name(b)}" for b, o in outcomes[1:] if o.value is not None)
            note = first.note + f" (the document names no log base, and it holds in neither base: {others})"
            return self._checked(event.item, replace(first, note=note), first_base)
        return self._checked(event.item, first, first_base)

    def _chain_statements(self, item: Found) -> list[Statement]:
        return self.chains.get((item.statement.source, item.offset - item.statement.offset), [])

    def _has_fallback(self, item: Found) -> bool:
        return any(other.fallback for other in self._chain_statements(item))

    def _outcome(self, event: _Event, base: BaseKey) -> _Outcome:
        assert isinstance(event.item, Found)
        found = event.item
        key = (
            found.statement.text,
            found.statement.relation,
            found.symbols,
            base,
            tuple(
                (name, binding.distribution.probabilities if binding.distribution else binding.problem)
                for name, binding in sorted(event.bindings.items())
            ),
        )
        if key not in self.memo:
            self.memo[key] = self._judge(event, base)
        return self.memo[key]

    def _judge(self, event: _Event, base: BaseKey) -> _Outcome:
        assert isinstance(event.item, Found)
        found = event.item
        statement = found.statement
        kind = kind_of(statement)
        symbols = measures_in(statement.left) + measures_in(statement.right)
        scope = Scope(event.bindings, mixture_pair=_mixture_pair(symbols, event.bindings))
        try:
            if kind == "js_distance":
                return _js_distance(statement, scope, base)
            if kind == "jsd_definition":
                special = _half_jeffreys(statement, scope, base)
                if special is not None:
                    return special
            if _is_general(symbols, scope):
                return _general(statement, kind, symbols, base)
            outcome = _specific(statement, kind, scope, base)
        except UndecidableError as error:
            return _Outcome(kind, "unchecked", None, str(error))
        except (EvaluationError, ArithmeticError) as error:
            lengths = "outcomes" in str(error)
            matched = self._matching_lengths(statement, kind, scope, base, symbols) if lengths else None
            return matched or _Outcome(kind, "unchecked", None, _sentence(str(error)))
        if outcome.verdict != "false":
            return outcome
        other = self._other_definitions(statement, scope, base, symbols, found.line)
        if other is not None:
            return other
        free = [name for name in found.symbols if name not in event.bindings]
        if free and measures_in(statement.right):
            return replace(
                outcome,
                verdict="unchecked",
                value=None,
                note=f"it sits in a formula about {', '.join(free[:4])}, so it is read as a statement about "
                "those symbols, not about the distributions defined here",
            )
        return outcome

    def _other_definitions(
        self, statement: Statement, scope: Scope, base: BaseKey, symbols: list[MeasureSymbol], line: int
    ) -> _Outcome | None:
        """For a claim that fails here: does it hold for another definition of its distributions?

        When it holds for definitions given in the lines right after it ("where Q = ..."),
        it holds; when only for definitions elsewhere, it cannot be told which one is meant.
        """
        names = _plain_names(symbols)
        options = [self._distinct(name) for name in names]
        if not names or any(not option for option in options) or all(len(option) < 2 for option in options):
            return None
        for choice in itertools.islice(itertools.product(*options), MAX_ALTERNATIVES):
            changed = [b for b in choice if scope.bindings[b.name].distribution != b.distribution]
            if not changed:
                continue
            bindings = dict(scope.bindings)
            bindings.update({binding.name: binding for binding in choice})
            trial = Scope(bindings, mixture_pair=scope.mixture_pair)
            try:
                outcome = _specific(statement, kind_of(statement), trial, base)
            except (EvaluationError, ArithmeticError):
                continue
            if outcome.verdict != "holds":
                continue
            near = [self._defined_after(binding, line) for binding in changed]
            if all(binding is not None for binding in near):
                given = "; ".join(f"{b.text} (line {b.line})" for b in near if b is not None)
                return replace(outcome, note=f"it holds for {given}, given just after it")
            used = changed[0]
            here = scope.bindings[used.name]
            note = (
                f"it holds for {used.text} (line {used.line}) but not for the {used.name} in force here, "
                f"{here.text} (line {here.line})"
            )
            return replace(outcome, verdict="unchecked", value=None, note=note)
        return None

    def _matching_lengths(
        self, statement: Statement, kind: str, scope: Scope, base: BaseKey, symbols: list[MeasureSymbol]
    ) -> _Outcome | None:
        """Distributions in force of different lengths: the latest definitions that fit together, said so."""
        names = _plain_names(symbols)
        options = [list(reversed(self._distinct(name))) for name in names]
        if not names or any(not option for option in options):
            return None
        for choice in itertools.islice(itertools.product(*options), MAX_ALTERNATIVES):
            if len({len(binding.distribution) for binding in choice if binding.distribution is not None}) != 1:
                continue
            bindings = dict(scope.bindings)
            bindings.update({binding.name: binding for binding in choice})
            try:
                outcome = _specific(statement, kind, Scope(bindings, mixture_pair=scope.mixture_pair), base)
            except (EvaluationError, ArithmeticError):
                continue
            used = "; ".join(f"{b.text} (line {b.line})" for b in choice if scope.bindings.get(b.name) != b)
            return replace(outcome, note=f"{outcome.note} (with {used}: the distributions in force differ in length)")
        return None

    def _distinct(self, name: str) -> list[Binding]:
        """The different distributions ever given to ``name``, each at its first definition."""
        found: list[Binding] = []
        for binding in self.history.get(name, []):
            if all(other.distribution != binding.distribution for other in found):
                found.append(binding)
        return found

    def _defined_after(self, binding: Binding, line: int) -> Binding | None:
        """The same distribution defined in the few lines after ``line``, if it is."""
        for other in self.history.get(binding.name, []):
            if line < other.line <= line + FOLLOWING_LINES and other.distribution == binding.distribution:
                return other
        return None


# --- judging one statement ---------------------------------------------------------------------------------


def kind_of(statement: Statement) -> str:
    """The kind of claim a statement makes (see :data:`KINDS`)."""
    left, right = statement.left, statement.right
    left_symbols, right_symbols = measures_in(left), measures_in(right)
    single = left if isinstance(left, Measure) else None
    if statement.relation in ("<", "<=", ">", ">=") and (left_symbols or right_symbols):
        return "bound"
    if single is not None and right_symbols:
        if single.symbol.measure == "jsd" and any(symbol.measure == "kl" for symbol in right_symbols):
            return "jsd_definition"
        if isinstance(right, Measure) and right.symbol.measure == single.symbol.measure:
            args, other = single.symbol.args, right.symbol.args
            if args is not None and other is not None and tuple(reversed(args)) == other and args != other:
                return "symmetry"
        return "identity"
    if single is not None and (literal(right) is not None or isinstance(right, Infinity)):
        return single.symbol.measure
    if left_symbols and right_symbols:
        return "identity"
    return "expression"


def _specific(statement: Statement, kind: str, scope: Scope, base: BaseKey) -> _Outcome:
    """Judge a statement about the distributions in force."""
    environment = scope.environment(base)
    left = evaluate(statement.left, environment)
    right = evaluate(statement.right, environment)
    holds = _relation_holds(left, statement.relation, statement.right, right)
    subject = _subject(statement)
    value = decimal_text(left)
    if not holds and statement.relation in ("=", "~") and _rounded_step(statement, environment):
        note = f"{subject} = {value}, which the rounded numbers in the logarithms of {statement.right_text} allow"
        return _Outcome(kind_of(statement), "holds", value, note)
    if isinstance(statement.left, Measure) and not left.is_finite:
        reason = _infinite_reason(statement.left.symbol, scope, base)
        note = f"{subject} is infinite{reason}"
        if not holds:
            note += f", not {statement.right_text}"
        return _Outcome(kind, "holds" if holds else "false", value, note)
    unit = f" {unit_name(base)}" if measures_in(statement.left) else ""
    if value == "1":
        unit = unit.rstrip("s")
    known = ""
    if not measures_in(statement.left) and has_logs(statement.left) and statement.relation in ("=", "~"):
        # An expansion with no name: say which measure it is, or which of its terms is off.
        found = identify(left, scope, base)
        if found is not None:
            known = f", which is {found}"
        elif literal(statement.right) is not None:
            near = nearest_terms(statement.left, statement.source, scope, base)
            if near is not None:
                symbol, clause = near
                true_value = decimal_text(scope.value(symbol, base))
                note = f"it looks like {symbol.text()} = {true_value}, but {clause}"
                return _Outcome(kind, "false", true_value, note)
    bounds = claimed_interval(statement.right, statement.relation == "~")
    written = literal(statement.right)
    if statement.relation == "=" and written is not None and written.place is None:
        if holds:
            return _Outcome(kind, "holds", value, f"{subject} = {value}{unit} exactly{known}")
        note = f"{subject} = {value}{unit}, not {statement.right_text}"
        return _Outcome(kind, "false", value, note + _why_wrong(statement, scope, base, right))
    if statement.relation in ("=", "~") and bounds is not None and written is not None:
        place = 0 if written.place is None else written.place
        rounded = rounded_at(left, place)
        if not holds and _short(left):
            note = f"{subject} = {value}{unit} exactly, not {statement.right_text}"
            return _Outcome(kind, "false", value, note + _why_wrong(statement, scope, base, right))
        if holds:
            note = f"{subject} = {value}{unit}{known}, which rounds to {statement.right_text} at "
            return _Outcome(kind, "holds", value, note + precision_words(place))
        note = f"{subject} = {value}{unit}, which is {rounded} at {precision_words(place)}, not {statement.right_text}"
        return _Outcome(kind, "false", value, note + _why_wrong(statement, scope, base, right))
    if statement.relation in ("=", "~"):
        return _equation(statement, kind, scope, base, left, right, holds, subject, value, unit)
    shown_right = decimal_text(right) if right.has_logs() else statement.right_text
    sign = {"!=": "≠", "<=": "≤", ">=": "≥", "<": "<", ">": ">"}[statement.relation]
    note = f"{subject} = {value}{unit}, " + ("so" if holds else "so it is not the case that")
    note += f" {subject} {sign} {shown_right}"
    if kind == "symmetry" and statement.relation == "!=" and isinstance(statement.right, Measure):
        note = f"{subject} = {value} and {statement.right.symbol.text()} = {decimal_text(right)}{unit}"
    return _Outcome(kind, "holds" if holds else "false", value, note)


def _equation(
    statement: Statement,
    kind: str,
    scope: Scope,
    base: BaseKey,
    left: Exact,
    right: Exact,
    holds: bool,
    subject: str,
    value: str,
    unit: str,
) -> _Outcome:
    """An equation whose right side is an exact expression (or measures), not a rounded number."""
    verdict: Verdict = "holds" if holds else "false"
    if kind == "symmetry" and isinstance(statement.left, Measure) and isinstance(statement.right, Measure):
        other = statement.right.symbol.text()
        if holds:
            return _Outcome(kind, verdict, value, f"{subject} = {other} = {value}{unit} for these distributions")
        name = "KL divergence" if statement.left.symbol.measure == "kl" else "this measure"
        note = f"{name} is not symmetric: {subject} = {value} but {other} = {decimal_text(right)}{unit}"
        return _Outcome(kind, verdict, value, note)
    if isinstance(statement.left, Measure) and has_logs(statement.right) and not measures_in(statement.right):
        every, clause = False, ""
        if statement.left.symbol.measure in ("kl", "entropy", "cross_entropy") and len(term_nodes(statement.right)) > 1:
            quantity = scope.quantity(statement.left.symbol, base)
            every, clause = term_check(quantity, statement.right, statement.source, scope, base)
        if holds:
            detail = "; each term matches one category" if every else ""
            return _Outcome(kind, verdict, value, f"equals {subject} = {value}{unit} exactly{detail}")
        note = f"{subject} = {value}{unit}, but the expression is {decimal_text(right)}"
        return _Outcome(kind, verdict, value, note + (f"; {clause}" if clause else ""))
    if not measures_in(statement.left) and not measures_in(statement.right):
        known = identify(left, scope, base)
        if holds:
            note = f"both sides equal {value}" + (f", which is {known}" if known else "")
            return _Outcome(kind, verdict, value, note)
        near = nearest_terms(statement.left, statement.source, scope, base)
        note = f"the left side is {value}, not {statement.right_text}"
        if near is not None:
            symbol, clause = near
            true_value = decimal_text(scope.value(symbol, base))
            return _Outcome(kind, "false", true_value, f"it looks like {symbol.text()} = {true_value}, but {clause}")
        return _Outcome(kind, verdict, value, note + (f" ({known})" if known else ""))
    if holds:
        return _Outcome(kind, verdict, value, f"both sides equal {value}{unit} for these distributions")
    return _Outcome(kind, verdict, value, f"{subject} = {value}{unit}, but the right side is {decimal_text(right)}")


def _rounded_step(statement: Statement, environment: Environment) -> bool:
    """True when a side with rounded numbers inside its logarithms allows the other side's value."""
    if not (has_rounded_logs(statement.left) or has_rounded_logs(statement.right)):
        return False
    left, right = value_range(statement.left, environment), value_range(statement.right, environment)
    return left is not None and right is not None and overlaps(left, right)


def _why_wrong(statement: Statement, scope: Scope, base: BaseKey, right: Exact) -> str:
    """``"; 0.0324 is D_KL(Q||P), the other direction"``, or a log base that would make it hold, or ``""``."""
    if isinstance(statement.left, Measure):
        slip = explain(statement.left.symbol, scope, base, statement.right, right, statement.relation == "~")
        return f"; {statement.right_text} is {slip}" if slip else ""
    if not measures_in(statement.left) and "doc" in log_bases(statement.left):
        return _other_log_base(statement, scope, base)
    return ""


def _other_log_base(statement: Statement, scope: Scope, base: BaseKey) -> str:
    """For a formula with a plain ``\\log`` that fails: the base in which it would hold, if any."""
    for other in _CANDIDATE_BASES:
        if other == base:
            continue
        try:
            environment = scope.environment(other)
            left, right = evaluate(statement.left, environment), evaluate(statement.right, environment)
        except (EvaluationError, ArithmeticError):
            continue
        if _relation_holds(left, statement.relation, statement.right, right):
            return f"; it holds with logarithms to base {base_name(other)}, not {base_name(base)}"
    return ""


def _relation_holds(left: Exact, relation: str, node: Node, right: Exact) -> bool:
    if relation in ("=", "~"):
        return matches(left, node, right, relation == "~")
    if relation == "!=":
        return not left.equals(right)
    order = _order(left, right)
    return {"<": order < 0, "<=": order <= 0, ">": order > 0, ">=": order >= 0}[relation]


def _order(left: Exact, right: Exact) -> int:
    if left.infinite or right.infinite:
        return (left.infinite > right.infinite) - (left.infinite < right.infinite)
    return (left - right).sign()


def _subject(statement: Statement) -> str:
    if isinstance(statement.left, Measure):
        return statement.left.symbol.text()
    return "the left side" if measures_in(statement.left) or has_logs(statement.left) else statement.left_text


def _infinite_reason(symbol: MeasureSymbol, scope: Scope, base: BaseKey) -> str:
    if symbol.args is None or len(symbol.args) != 2:
        return ""
    quantity = scope.quantity(symbol, base)
    for term in quantity.terms():
        if term.status == "infinite":
            first, second = symbol.args
            return f": {term.label} has probability {term.p} under {first} but 0 under {second}"
    return ""


# --- statements without the document's distributions ------------------------------------------------------


def _is_general(symbols: Sequence[MeasureSymbol], scope: Scope) -> bool:
    for symbol in symbols:
        if symbol.args is None:
            return True
        for name in symbol.args:
            try:
                scope.distribution(name)
            except UnboundNameError:
                return True
    return False


def _general(statement: Statement, kind: str, symbols: Sequence[MeasureSymbol], base: BaseKey) -> _Outcome:
    """Try a statement about unspecified distributions on the trial pairs."""
    names = _plain_names(symbols)
    if len(names) > 2:
        return _Outcome(kind, "unchecked", None, f"{', '.join(names)} are not defined before this line")
    counterexample = None
    tried: list[tuple[Exact, Exact]] = []
    for first, second in trial_pairs():
        pair = (first, second)
        bindings = {name: Binding(name, distribution, 0, name) for name, distribution in zip(names, pair, strict=False)}
        scope = Scope(bindings, mixture_pair=tuple(names) if len(names) == 2 else ("P", "Q"), general=pair)  # type: ignore[arg-type]
        if len(names) < 2:
            bindings.setdefault("P", Binding("P", first, 0, "P"))
            bindings.setdefault("Q", Binding("Q", second, 0, "Q"))
            scope = Scope(bindings, mixture_pair=("P", "Q"), general=pair)
        environment = scope.environment(base)
        left = evaluate(statement.left, environment)
        right = evaluate(statement.right, environment)
        tried.append((left, right))
        if not _relation_holds(left, statement.relation, statement.right, right):
            counterexample = (first, second, left, right)
            if statement.relation != "!=":
                break
        elif statement.relation == "!=":
            return _Outcome(kind, "holds", None, "the two sides differ for some distributions, as claimed")
    equation_with_number = statement.relation in ("=", "~") and not measures_in(statement.right)
    if counterexample is None:
        note = "holds for every pair of distributions tried, including different and disjoint supports"
        return _Outcome(kind, "holds", None, note)
    if equation_with_number:
        missing = [name for name in names] or ["the distributions"]
        note = (
            f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not defined before this line, "
            "so the value cannot be checked"
        )
        if any(symbol.args is None for symbol in symbols):
            note = "the measure is written without its distributions, so the value cannot be checked"
        return _Outcome(kind, "unchecked", None, note)
    first, second, left, right = counterexample
    where = f"P = {shown(first)}, Q = {shown(second)}"
    subject = _subject(statement)
    if statement.relation in ("=", "~") and kind != "symmetry":
        if _sign_flipped(tried):
            note = f"the right side is minus {subject}: the sign is flipped (for {where}, {left.decimal(4)} against "
            return _Outcome(kind, "false", None, note + f"{right.decimal(4)})")
        note = (
            f"it holds only for some distributions (not for {where}); an equation between measures of "
            "distributions the document does not give is not tested as a universal identity"
        )
        return _Outcome(kind, "unchecked", None, note)
    if kind == "symmetry":
        note = (
            f"not symmetric in general: for {where}, {subject} = {left.decimal(4)} but the other is {right.decimal(4)}"
        )
    elif kind == "bound" and not left.is_finite:
        note = f"{subject} has no upper bound: for {where} it is infinite"
    else:
        note = f"fails for {where}: the left side is {left.decimal(4)}, the right side {right.decimal(4)}"
    return _Outcome(kind, "false", None, note)


def _sign_flipped(tried: Sequence[tuple[Exact, Exact]]) -> bool:
    """True when the right side is the negative of the left on every finite trial, and not always 0."""
    finite = [(left, right) for left, right in tried if left.is_finite and right.is_finite]
    return (
        bool(finite)
        and all((left + right).rational_value() == 0 for left, right in finite)
        and any(left.rational_value() != 0 for left, _ in finite)
    )


def _js_distance(statement: Statement, scope: Scope, base: BaseKey) -> _Outcome:
    """``JS(P || Q) distance: 0.648``: the square root of the JSD, compared through its square."""
    assert isinstance(statement.left, Measure) and statement.left.symbol.args is not None
    jsd = scope.value(MeasureSymbol("jsd", statement.left.symbol.args), base)
    written = literal(statement.right)
    if written is None or statement.relation not in ("=", "~"):
        return _Outcome("js_distance", "unchecked", None, "only a value of the Jensen-Shannon distance is checked")
    shown = f"sqrt(JSD) = sqrt({jsd.decimal(6)} {unit_name(base)})"
    if matches(jsd, statement.right, Exact.number(written.value), statement.relation == "~", square_root=True):
        return _Outcome(
            "js_distance", "holds", None, f"the JS distance is {shown}, which rounds to {statement.right_text}"
        )
    return _Outcome("js_distance", "false", None, f"the JS distance is {shown}, not {statement.right_text}")


def _half_jeffreys(statement: Statement, scope: Scope, base: BaseKey) -> _Outcome | None:
    """A "JSD" defined as (D_KL(P||Q) + D_KL(Q||P))/2: half the Jeffreys divergence."""
    form = measure_form(statement.right)
    if form is None or len(form) != 2 or set(form.values()) != {Fraction(1, 2)}:
        return None
    first, second = form
    if first.measure != "kl" or second.measure != "kl" or first.args is None or second.args is None:
        return None
    if tuple(reversed(first.args)) != second.args:
        return None
    a, b = first.args
    definition = f"JSD = 1/2 D_KL({a}||M) + 1/2 D_KL({b}||M) with M = ({a}+{b})/2"
    try:
        jsd_value = scope.value(MeasureSymbol("jsd", (a, b)), base)
        half = (scope.value(first, base) + scope.value(second, base)).scale(Fraction(1, 2))
    except EvaluationError:
        note = f"this is half the Jeffreys divergence, not the Jensen-Shannon divergence, which is {definition}"
        return _Outcome("jsd_definition", "false", None, note)
    note = (
        f"this is half the Jeffreys divergence, {half.decimal(4)} {unit_name(base)} here, not the Jensen-Shannon "
        f"divergence, which is {definition} = {jsd_value.decimal(4)}"
    )
    return _Outcome("jsd_definition", "false", decimal_text(jsd_value), note)


def _rounded_to_one(item: Definition) -> bool:
    """True when probabilities written to k decimals miss 1 by no more than their rounding (1/3 as 0.333)."""
    if any(value < 0 for value in item.values):
        return False
    places = [written_place(text) for text in item.written]
    if any(place is None or place > -2 for place in places):
        return False  # one decimal is not a rounding of anything finer
    slack = sum((Fraction(10) ** place / 2 for place in places if place is not None), Fraction(0))
    return Fraction(0) < abs(sum(item.values, Fraction(0)) - 1) <= slack


def _outside(symbol: MeasureSymbol) -> bool:
    return symbol.measure in OUT_OF_SCOPE


def _unevaluable(symbols: Sequence[MeasureSymbol], bindings: dict[str, Binding]) -> bool:
    """True when a measure of the chain is out of scope or names a distribution that is not defined."""
    scope = Scope(bindings)
    for symbol in symbols:
        if _outside(symbol):
            return True
        for name in symbol.args or ():
            if name in ("M", "m") or name.startswith("("):
                continue
            try:
                scope.distribution(name)
            except UnboundNameError:
                return True
            except EvaluationError:
                continue
    return False


# --- helpers -----------------------------------------------------------------------------------------------


def _explicit_bases(statement: Statement) -> set[str]:
    return (log_bases(statement.left) | log_bases(statement.right) | statement.chain_bases) - {"doc"}


def _plain_names(symbols: Iterable[MeasureSymbol]) -> list[str]:
    names: list[str] = []
    for symbol in symbols:
        for name in symbol.args or ():
            parts = [name]
            if name.startswith("(") and name.endswith(")/2"):
                parts = name[1:-3].split("+")
            for part in parts:
                if part not in names and part not in ("M", "m"):
                    names.append(part)
    return names


def _mixture_pair(symbols: Sequence[MeasureSymbol], bindings: dict[str, Binding]) -> tuple[str, str] | None:
    for symbol in symbols:
        if symbol.measure == "jsd" and symbol.args is not None and len(symbol.args) == 2:
            return symbol.args[0], symbol.args[1]
    for first, second in (("P", "Q"), ("p", "q")):
        if first in bindings and second in bindings:
            return first, second
    return None


def _short(value: Exact) -> bool:
    """True for a value with a short exact decimal (1.5, 0.25), which needs no rounding to be shown."""
    from kldocs.exact.display import short_decimal

    exact = value.rational_value()
    return exact is not None and short_decimal(exact) is not None


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


def decimal_text(value: Exact) -> str:
    """The value for a report: an exact short decimal when it has one, else 10 significant digits."""
    exact = value.rational_value()
    if exact is not None:
        from kldocs.exact.display import short_decimal

        short = short_decimal(exact, DIGITS)
        if short is not None:
            return short
    return value.decimal(DIGITS)


def _sentence(message: str) -> str:
    return message[:1].lower() + message[1:] if message else "it could not be evaluated"


def _merged(claims: Sequence[Checked]) -> list[Checked]:
    """Identical claims (same text, kind, verdict, value and note) become one, with all their lines."""
    first: dict[tuple[object, ...], Checked] = {}
    lines: dict[tuple[object, ...], set[int]] = {}
    for claim in claims:
        key = (claim.kind, claim.text, claim.verdict, claim.value, claim.note, claim.cell, claim.output)
        first.setdefault(key, claim)
        lines.setdefault(key, set()).update(claim.lines)
    return [replace(claim, lines=tuple(sorted(lines[key]))) for key, claim in first.items()]
