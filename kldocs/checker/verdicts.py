r"""Judge each claim of a document: holds, false, or unchecked (and why), with the correct value.

Order matters: a distribution is in force from the line that defines it
until it is redefined (definitions on a claim's own line count, as in "for
$P = (...)$"). Every value comes from the exact core; a decimal claim holds
when the true value rounds to it at the claim's own precision, or, written
to three or more significant digits, is cut off to it (the note says so).
Once a value has held only cut off, a later one of two significant digits
that is the true value cut off (``0.91`` for 0.9178) is left unchecked, not
called false: the document cuts values off.

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
holds; one that holds only for a definition elsewhere is unchecked (see
:mod:`~kldocs.checker.alternatives`), and the
note names that definition.

>>> from kldocs.checker.reading import parse_text
>>> report = check_document(parse_text("$P = (0.2, 0.5, 0.3)$, $Q = (0.3, 0.4, 0.3)$.\n\n"
...                                    "$D_{KL}(P \\| Q) = 0.0305$ and $D_{KL}(Q \\| P) = 0.0305$.\n", "a.md"))
>>> [(claim.kind, claim.verdict, claim.value) for claim in report.claims]  # doctest: +NORMALIZE_WHITESPACE
[('definition', 'holds', None), ('definition', 'holds', None), ('kl', 'holds', '0.03047875404'),
 ('kl', 'false', None)]
>>> report.base.how, report.claims[2].unit, report.claims[3].unit
('per claim', 'nats', None)
>>> print(report.claims[3].note.replace(": ", ":\n").replace("; ", ";\n"))
the document names no log base, and it holds in none of the usual bases:
in nats, D_KL(Q||P) = 0.03238211191 nats, which is 0.0324 at 4 decimal places, not 0.0305;
0.0305 is D_KL(P||Q), the other direction;
in bits, D_KL(Q||P) = 0.04671751226 bits, which is 0.0467 at 4 decimal places, not 0.0305;
0.0305 is D_KL(P||Q), the other direction, in nats
"""

from __future__ import annotations

import collections
import functools
import itertools
from dataclasses import dataclass, replace

from kldocs.checker.alternatives import Definitions, gives_after, pair_above
from kldocs.checker.bases import BaseRules, candidate_bases
from kldocs.checker.carried_rounding import RoundedValues
from kldocs.checker.chains import Statement
from kldocs.checker.checked import Checked, Report
from kldocs.checker.claim_cap import horizon
from kldocs.checker.claims import FamilyText, Found, Item, Unreadable, find_claims
from kldocs.checker.code_definitions import Changed
from kldocs.checker.conditions import reason_given, said_in_general, unless_conditional
from kldocs.checker.constructed_joints import names_variables
from kldocs.checker.conventions import unless_convention
from kldocs.checker.definition_checks import check_definition
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.document_claims import with_whole_document_claims
from kldocs.checker.documents import SourceText
from kldocs.checker.event_expansions import event_slip
from kldocs.checker.expanded_entropy import Expansions
from kldocs.checker.family_claims import family_checks
from kldocs.checker.first_sides import arithmetic_only, unread_first_side
from kldocs.checker.general_claims import general, is_general, plain_names, unbound_names
from kldocs.checker.glued_bases import noted
from kldocs.checker.impossible_values import impossible
from kldocs.checker.judge_prose import WorkedAbove
from kldocs.checker.judging import (
    Outcome,
    Verdict,
    half_jeffreys,
    js_distance,
    kind_of,
    mixture_pair,
    sentence,
    specific,
)
from kldocs.checker.latex_numbers import BaseKey
from kldocs.checker.letter_cases import LetterCases
from kldocs.checker.lost_signs import NEGATIVE_LOG, sign_lost, typed_without_minus
from kldocs.checker.marginal_bounds import beyond_marginals, margins_in_section
from kldocs.checker.measure_symbols import OUT_OF_SCOPE
from kldocs.checker.measure_terms import with_terms
from kldocs.checker.merged_claims import NO_BASE, merged
from kldocs.checker.mixture_names import mixture_bindings
from kldocs.checker.named_lists import NamedList
from kldocs.checker.notations import DistanceNotation, as_distance
from kldocs.checker.other_entropies import unless_other_entropy
from kldocs.checker.own_distributions import own_distribution_before
from kldocs.checker.premises import supposed_before, the_same
from kldocs.checker.printing_functions import own_functions
from kldocs.checker.properties import judge_property
from kldocs.checker.property_claims import Property
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.prose_verdicts import ProseContext, judge_prose_claim
from kldocs.checker.quoted_mistakes import unless_quoted
from kldocs.checker.restated_claims import restated_claims
from kldocs.checker.rounded_inputs import rounded_outcome, unless_given_elsewhere
from kldocs.checker.rounded_steps import rounded_behind
from kldocs.checker.scalar_names import scalar_letters, unless_scalar
from kldocs.checker.scope import (
    Binding,
    KnownDistributions,
    base_name,
    unit_name,
)
from kldocs.checker.shannon_measures import Searches, back_to_first_side, judge_shannon
from kldocs.checker.single_precision import computes_in_single, single_verdict, widened_statement
from kldocs.checker.supposed_conditions import REACH, supposed_outcome
from kldocs.checker.table_scope import (
    as_sixths,
    cannot_evaluate,
    from_table,
    in_cell,
    labelled_table,
    needs_table,
    of_another_table,
    of_random_variables,
    table_labels,
)
from kldocs.checker.table_sources import written_distributions
from kldocs.checker.trees import has_logs, measures_in, with_arguments
from kldocs.checker.two_way_words import unless_two_way
from kldocs.checker.unread import Unread, claimed_rows, not_read
from kldocs.checker.variable_scopes import introductions, new_exercises
from kldocs.checker.worded_names import unread_bindings
from kldocs.checker.wrong_operands import WrongValues
from kldocs.errors import EvaluationError
from kldocs.exact import Base, UndecidableError


def check_document(document: SourceText, base: Base | None = None) -> Report:
    """Find and judge every claim of ``document``.

    Parameters
    ----------
    document
        A document from :func:`~kldocs.checker.reading.read_document`.
    base
        Force the base of claims that do not carry their own unit or log base.
    """
    return _Checker(document, find_claims(document), base).run()


@dataclass(frozen=True)
class _Event:
    """A claim with the distributions in force on its line; ``version`` names that set of bindings
    (events between two definitions share it, and one dictionary), so judging a claim costs nothing per
    distribution defined above it."""

    item: Found | Property | Unreadable | ProseValue
    bindings: dict[str, Binding]
    version: int


#: False claims of a document told why they fail (the other direction, another base...); the rest get the value.
MAX_DIAGNOSED = 200
_ANY = ("any", "plain log", "library")  # what decides a claim's base when nothing does: the usual bases are tried


class _Checker:
    def __init__(self, document: SourceText, items: list[Item], forced: Base | None) -> None:
        self.document = document
        self.items = items
        self.bases = BaseRules(document, items, forced.value if forced is not None else None, forced is not None)
        self.definitions = Definitions(follows=functools.partial(gives_after, document))
        self.memo: dict[tuple[object, ...], Outcome] = {}
        self.labels: dict[str, str | None] = {}
        self.tables: list[tuple[int, Binding]] = []
        self.diagnosed = 0  # false claims told why they fail so far (see MAX_DIAGNOSED)
        self.searches = Searches()  # for the elemental quantities that prove Shannon inequalities
        self.cuts_off = False  # whether a value above held only cut off, not rounded (1.41 for 1.4171)
        self.snapshots: list[dict[str, Binding]] = []  # the distributions in force, one set for each version
        self.worked = WorkedAbove(document, items)
        self.chains: dict[tuple[str, int], list[Statement]] = {}
        self.distances = [item for item in items if isinstance(item, DistanceNotation)]
        for item in items:
            if isinstance(item, Found):
                key = (item.statement.source, item.offset - item.statement.offset)
                self.chains.setdefault(key, []).append(item.statement)

    def run(self) -> Report:
        results: list[tuple[int, Checked]] = []
        events: list[_Event] = []
        current: dict[str, Binding] = {}
        snapshot: dict[str, Binding] = {}
        scalars: tuple[str, ...] = ()
        version = 0
        made = [(item.offset, item.text) for item in self.items if isinstance(item, FamilyText)]
        finite = [(item.offset, item.name) for item in self.items if isinstance(item, DistributionDefinition)]
        until = horizon(self.items)  # where reading stopped, if it did: nothing after it is read
        families = family_checks(self.document, made, finite, until=until)
        # A name defined as a family member stands for no finite distribution from its line on.
        family_names = [
            (d.offset, Binding(d.name, None, self.document.line(d.offset), d.text, d.problem or None))
            for d in families.definitions
        ]
        family_names += unread_bindings(self.document)  # letters given distributions in words, or numbers
        family_names += mixture_bindings(self.document)  # M = (P+Q)/2, "let A be the mixture of P and Q"
        with_cell = functools.partial(in_cell, self.document)
        built = names_variables(item.statement.text for item in self.items if isinstance(item, Found))
        tables = written_distributions(self.document, built)  # joint tables, lists of events, matrices, channels
        self.labels, self.tables = table_labels(self.document, tables), tables  # and each table's label ("Table A")
        pending = collections.deque(sorted((with_cell(*entry) for entry in family_names + tables), key=lambda e: e[0]))
        stale = False  # whether ``current`` has changed since ``snapshot`` was taken
        expansions = Expansions()  # the distributions read from entropies written out
        listed: list[Binding] = []  # the distributions named and listed in a sentence
        cases = LetterCases(self.document)  # p defined in a later section than P is the P of the claims after it
        # Where an exercise starts, or a sentence takes new variables, those before are no longer in force.
        last = max((item.offset for item in self.items), default=-1)  # no scope that starts after it matters
        starts = collections.deque(sorted((*new_exercises(self.document), *introductions(self.document, last + 1))))
        for row, group in itertools.groupby(self.items, key=lambda item: self.document.row(item.offset)):
            line_items = list(group)
            while starts and starts[0] <= line_items[0].offset:
                start = starts.popleft()
                while pending and pending[0][0] < start:  # a table above the new scope binds, then gives way
                    given = pending.popleft()[1]
                    current[given.name] = given
                for name in [name for name in current if of_random_variables(name) or current[name] in listed]:
                    del current[name]  # random variables, and lists named in a sentence, belong to their exercise
                stale = True
            arriving: list[tuple[int, Binding | DistributionDefinition]] = [
                with_cell(
                    item.offset, Binding(item.name, None, item.line, item.text, item.reason, changed=not item.invalid)
                )
                for item in line_items
                if isinstance(item, Changed)
            ]
            while pending and self.document.row(pending[0][0]) <= row:
                arriving.append(pending.popleft())
            arriving += [(item.offset, item) for item in line_items if isinstance(item, DistributionDefinition)]
            stale = stale or bool(arriving)
            for offset, defined in sorted(arriving, key=lambda entry: entry[0]):
                if isinstance(defined, Binding):
                    cases.bind(current, defined, offset)
                    continue
                checked, binding = check_definition(defined, current)
                binding = with_cell(offset, binding)[1]
                cases.bind(current, binding, offset)
                if isinstance(defined, NamedList):
                    listed.append(binding)
                self.definitions.remember(binding)
                if checked is not None:
                    results.append((offset, checked))
            for item in line_items:  # H(S) = -(5/11 log 5/11 + ...), S defined nowhere and no value: S is read from it
                if isinstance(item, Found):
                    valued = functools.partial(self._has_fallback, item)  # worked out only where it matters
                    inferred = expansions.read(item.statement, item.line, item.offset, current, valued)
                    if inferred is not None:
                        current[inferred.name], stale = inferred, True
            for item in line_items:
                if isinstance(item, (Found, Property, Unreadable, ProseValue)):
                    if stale:
                        snapshot, version, stale = dict(current), version + 1, False
                        self.snapshots.append(snapshot)
                        scalars = scalar_letters(snapshot)  # p = 1/16 does not stop D(p||q) >= 0 below
                    in_force = (
                        unless_scalar(item.statement.text, snapshot, scalars) if isinstance(item, Found) else snapshot
                    )
                    events.append(_Event(item, in_force, version))
        wrong = WrongValues()  # values found false so far, which arithmetic below may carry on
        carried = RoundedValues()  # values stated rounded so far, which a combination below may carry on
        for event in events:
            judged = self._event(event)
            judged = judged if judged is None else carried.follow(event.item, wrong.follow(event.item, judged))
            if judged is not None:
                results.append(
                    (event.item.offset, replace(judged, note=expansions.note(event.item.offset, judged.note)))
                )
        results = with_whole_document_claims(self.document, results, families, until)
        results = restated_claims(self.document, results, [event.item for event in events])
        results = unless_other_entropy(self.document, unless_quoted(self.document, results))
        results = unless_two_way(self.document, unless_convention(self.document, results))
        results = noted(self.document, results)  # log20,25 read as log₂ 0,25
        choice = self.bases.document_choice()
        results.sort(key=lambda pair: pair[0])
        placed = [self._placed(offset, checked) for offset, checked in results]
        claimed = claimed_rows(self.document, [offset for offset, _ in results], self.items)
        unread = not_read(self.document, claimed, [item for item in self.items if isinstance(item, Unread)], until)
        return Report(self.document.name, tuple(merged(placed)), choice, unread)

    def _placed(self, offset: int, checked: Checked) -> Checked:
        """The claim with its notebook cell, when the document is a notebook."""
        if not self.document.cells:
            return checked
        return replace(checked, cell=self.document.cell(offset), output=self.document.in_output(offset))

    # --- claims ---------------------------------------------------------------------------------------------

    def _event(self, event: _Event) -> Checked | None:
        item = event.item
        if isinstance(item, Unreadable):
            note = item.reason if item.read else f"not read: {item.reason}"
            return Checked((item.line,), item.text, "expression", "unchecked", None, note)
        if isinstance(item, Property):
            base = self.bases.note_base(item.offset)
            kind, holds, note = judge_property(item, KnownDistributions(event.bindings), base)
            judged: Verdict = "unchecked" if holds is None else "holds" if holds else "false"
            return Checked((item.line,), item.text, kind, judged, None, note)
        if isinstance(item, ProseValue):
            earlier = self.snapshots[max(0, event.version - 4) : max(0, event.version - 1)][::-1]
            context = ProseContext(
                self.document, self.bases, self.labels, lambda: self._single, lambda: self._own_functions
            )
            return judge_prose_claim(item, event.bindings, earlier, self.worked.above(item), context)
        statement = item.statement
        unevaluable = cannot_evaluate(statement.chain_measures, event.bindings)
        if statement.fallback and not unevaluable:
            return None  # the chain's measures are checked instead
        checked = self._statement_event(event, item, unevaluable)
        if checked is None:
            return None
        if statement.fallback:
            return arithmetic_only(checked, statement)
        start = _formula_start(item, statement)
        return unread_first_side(checked, self.document.text[max(0, start - 120) : start])

    def _statement_event(self, event: _Event, item: Found, unevaluable: bool) -> Checked | None:
        statement = item.statement
        scope = KnownDistributions(event.bindings)
        symbols = measures_in(statement.left) + measures_in(statement.right)
        outside = [symbol for symbol in symbols if needs_table(symbol, scope)]
        why = impossible(statement, self.document.text) if outside else None
        if why is not None:  # H(Y|X) = -0.5: no joint distribution gives it
            return Checked((item.line,), statement.text, "bound", "false", None, why)
        start = _formula_start(item, statement)
        same = the_same(self.document.text[max(self.document.section(start), start - 400) : start], statement)
        if same is not None:  # "such that X=Y with probability 1. ... H(X,Y) = H(X)"
            return Checked((item.line,), statement.text, same[0], same[1], None, same[2])
        base, source = self.bases.for_claim(item)
        tried = candidate_bases(statement) if source in _ANY else (base,)
        impossible_here = beyond_marginals(statement, scope, tried) if outside else None
        if impossible_here is not None and (
            own_distribution_before(self.document.text[max(0, start - 300) : start])
            or not margins_in_section(statement, event.bindings, self.document, item.offset)
        ):
            impossible_here = None  # "Compare a pair of uniform bytes: H(X,Y) = 16 bits": other variables
        if impossible_here is not None:  # I(X;Y) = 2.243 where H(Y) = 1.743 bits: no joint table allows it
            return Checked((item.line,), statement.text, outside[0].measure, "false", None, impossible_here)
        slip = event_slip(statement) if outside else None
        if slip is not None:  # H(A|B=b_1) = -2 × 1/6 log 1/6: not a distribution given the event
            return Checked((item.line,), statement.text, "expression", "false", None, slip)
        if outside and any(other.fallback for other in self._chain_statements(item)):
            return None
        # An identity or inequality true of every joint distribution is said to be so, table or none.
        joint = any(symbol.measure in OUT_OF_SCOPE for symbol in symbols) and not self._has_fallback(item)
        shannon = judge_shannon(statement, self.searches) if outside or joint else None
        first_side = back_to_first_side(statement, self._chain_statements(item)) if shannon else None
        if shannon is not None and shannon[1] == "false" and first_side is not None:
            note = f"as a row of a derivation it says {first_side} = {statement.right_text}, which holds; the row above"
            shannon = ("identity", "holds", f"{note} is the one that differs")
        reason = (
            reason_given(self.document.text[max(0, start - 300) : start]) if shannon and first_side is None else None
        )
        if shannon is not None and shannon[1] == "false" and reason is not None:  # "Because both are uniform, ..."
            note = f"{shannon[2]}; but the sentence speaks of its own variables (“{reason} …”), which may make it hold"
            shannon = (shannon[0], "unchecked", note)
        if shannon is not None and (outside or shannon[1] == "holds"):
            kind, verdict, note = (
                shannon if shannon[1] == "holds" else supposed_before(self.document.text, item) or shannon
            )
            return Checked((item.line,), statement.text, kind, verdict, None, note)
        if outside:
            note = (
                f"{outside[0].text()} is a joint or conditional entropy or a mutual information of random variables, "
                "which kldocs does not check (it needs their joint distribution)"
            )
            return Checked((item.line,), statement.text, "expression", "unchecked", None, note)
        if unevaluable and not statement.fallback and self._has_fallback(item):
            return None  # "H(X) = -0.8 log 0.8 - ... = 0.722" with X never defined: its numbers are checked
        if source in _ANY:
            return self._any_base(event, NO_BASE["elsewhere" if source == "any" and self.bases.statements else source])
        outcome = self._outcome(event, base)
        logs = has_logs(statement.left) or has_logs(statement.right) or bool(statement.chain_measures)
        if source == "values" and logs:  # "Its entropy is 1 bit." above: a bare value is in bits, and the note says why
            outcome = replace(outcome, note=f"{outcome.note} (read in bits: {NO_BASE['values']})")
        return self._checked(event, outcome, base)

    def _checked(self, event: _Event, outcome: Outcome, base: BaseKey) -> Checked:
        item = event.item
        assert isinstance(item, Found)
        statement, chain = item.statement, self._chain_statements(item)
        if outcome.verdict == "false":  # an answer key's 1.585 - 1.485 = 0.100: the rounding is the author's
            behind = rounded_behind(statement, chain, KnownDistributions(event.bindings).environment(base))
            outcome = (
                outcome if behind is None else replace(outcome, verdict=behind[1], note=f"{outcome.note}; {behind[0]}")
            )
        uses_base = bool(statement.chain_measures) or has_logs(statement.left) or has_logs(statement.right)
        name, unit = (base_name(base), unit_name(base)) if uses_base else (None, None)
        return Checked(
            (item.line,), statement.text, outcome.kind, outcome.verdict, outcome.value, outcome.note, name, unit
        )

    def _any_base(self, event: _Event, reason: str) -> Checked:
        """Nothing says which base: the claim holds when it holds in one of the usual bases, named in the note.

        When it holds in none, nothing decides its base: the note says what it is in each base tried, each
        with its unit, and the claim gives no base, unit or value (a value would need a unit). So does an
        unchecked claim whose reason differs by base (a lost minus sign, read in nats or in bits).
        """
        assert isinstance(event.item, Found)
        outcomes = [(base, self._outcome(event, base)) for base in candidate_bases(event.item.statement)]
        first = outcomes[0][1]
        written = self.bases.on_its_line(event.item.offset)  # of the bases it holds in, the one its line writes
        outcomes.sort(key=lambda pair: pair[0] != written)
        if all(_alike(outcome, first) for _, outcome in outcomes):
            return self._checked(event, outcomes[0][1], outcomes[0][0])
        # A value the document may have cut off in one base is not called false in another.
        for cut_off in (False, True):
            for base, outcome in outcomes:
                if outcome.verdict == ("unchecked" if cut_off else "holds") and outcome.cut_off >= cut_off:
                    note = f"{outcome.note} (read in {unit_name(base)}: {reason})"
                    return self._checked(event, replace(outcome, note=note), base)
        tried = "; ".join(f"in {unit_name(base)}, {outcome.note}" for base, outcome in outcomes)
        # A base where some reading the document allows makes it true leaves it unchecked, not false.
        verdict: Verdict = "unchecked" if any(outcome.may_hold for _, outcome in outcomes) else first.verdict
        none = ", and it holds in none of the usual bases" if verdict == "false" else ""
        note = f"{reason}{none}: {tried}"
        statement = event.item.statement
        return Checked((event.item.line,), statement.text, first.kind, verdict, None, note)

    def _chain_statements(self, item: Found) -> list[Statement]:
        return self.chains.get((item.statement.source, item.offset - item.statement.offset), [])

    def _has_fallback(self, item: Found) -> bool:
        return any(other.fallback for other in self._chain_statements(item))

    def _outcome(self, event: _Event, base: BaseKey) -> Outcome:
        assert isinstance(event.item, Found)
        found = event.item
        key = (
            found.statement.text,
            found.statement.relation,
            found.symbols,
            base,
            event.version,
        )
        if key not in self.memo:
            measures = measures_in(found.statement.left) + measures_in(found.statement.right)
            judged = self._as_single(event, base, self._judge(event, base))
            read = as_sixths(judged, event.bindings, functools.partial(self._judge_with, event, base))
            outcome = from_table(read, measures, event.bindings)  # a table of rounded thirds is read as thirds
            self.memo[key] = with_terms(outcome, found.statement, KnownDistributions(event.bindings), base)
        outcome = self._unless_conditional(event, self.memo[key])
        if self.labels:  # "for table A", with table B in force: judged against table A when it comes above
            measures = measures_in(found.statement.left) + measures_in(found.statement.right)
            before = self.document.text[max(0, found.offset - 400) : found.offset]
            named = labelled_table(before, found.offset, self.tables, self.labels, event.bindings)
            if named is not None:
                outcome = from_table(self._judge_with(event, base, named), measures, named)
            outcome = of_another_table(outcome, measures, named or event.bindings, before, self.labels)
        if outcome.cut_off and outcome.verdict == "holds":
            self.cuts_off = True
        elif outcome.cut_off and self.cuts_off:
            note = (
                f"{outcome.note}; cut off, not rounded, it is {found.statement.right_text}, as this document writes "
                "values above, so it is not called false"
            )
            return replace(outcome, verdict="unchecked", note=note)
        return outcome

    def _judge(self, event: _Event, base: BaseKey) -> Outcome:
        assert isinstance(event.item, Found)
        found = event.item
        statement = found.statement
        symbols = measures_in(statement.left) + measures_in(statement.right)
        pair = pair_above(found.line, event.bindings) if any(s.args is None for s in symbols) else None
        if pair is not None:  # "D_{KL} = ..." right under the P and Q it uses
            named = (with_arguments(statement.left, pair), with_arguments(statement.right, pair))
            statement = replace(statement, left=named[0], right=named[1])
            symbols = measures_in(statement.left) + measures_in(statement.right)
        statement = as_distance(statement, found.offset, self.distances)
        kind = kind_of(statement)
        scope = KnownDistributions(event.bindings, mixture_pair=mixture_pair(symbols, event.bindings))
        try:
            if kind == "js_distance":
                return js_distance(statement, scope, base)
            if kind == "jsd_definition":
                special = half_jeffreys(statement, scope, base)
                if special is not None:
                    return special
            names = plain_names(symbols)
            if is_general(symbols, scope):
                start, end = _formula_start(found, statement), _formula_end(found, statement)
                around = self.document.text[max(0, start - 300) : start], self.document.text[end : end + REACH]
                supposed = supposed_outcome(statement, kind, names, around, scope, base)  # "If $P = Q$, then ..."
                unbound = unbound_names(symbols, scope)
                return supposed or general(statement, kind, symbols, base, unbound, self.document.text)
            outcome = specific(statement, kind, scope, base, diagnose=self.diagnosed < MAX_DIAGNOSED)
            self.diagnosed += outcome.verdict == "false"
        except UndecidableError as error:
            return Outcome(kind, "unchecked", None, str(error))
        except (EvaluationError, ArithmeticError) as error:
            universal = general(statement, kind, symbols, base) if kind == "identity" else None
            if universal is not None and universal.verdict == "holds":
                return universal  # H(p,q) = H(p) + D(p||q) holds whatever p is, read or not
            rounded = rounded_outcome(statement, kind, event.bindings, base)
            if rounded is not None:
                return unless_given_elsewhere(rounded, statement, event.bindings, self.definitions)
            lengths = "outcomes" in str(error)
            matched = self.definitions.matching_lengths(statement, kind, scope, base, symbols) if lengths else None
            return matched or Outcome(kind, "unchecked", None, sentence(str(error)))
        if outcome.verdict != "false":
            return outcome
        if sign_lost(statement, scope, base, outcome):
            if self._typed(found, statement):
                return replace(outcome, note=f"{outcome.note}; {NEGATIVE_LOG}")
            note = (
                f"the left side reads as {outcome.value}, a negative value where a positive one is written, so its "
                "minus sign was probably lost in reading; not judged"
            )
            return replace(outcome, verdict="unchecked", value=None, note=note)
        other = self.definitions.other_definitions(statement, scope, base, symbols, found.line)
        if other is not None:
            return other
        free = [name for name in found.symbols if name not in event.bindings]
        if free and measures_in(statement.right):
            uses = f"its formula also uses {', '.join(free[:4])}, which the document does not define"
            note = f"{uses}: it may be about other distributions than those given here, so it is not judged"
            return replace(outcome, verdict="unchecked", value=None, note=note)
        return outcome

    def _as_single(self, event: _Event, base: BaseKey, outcome: Outcome) -> Outcome:
        """A false value that the document's float32 code may have computed, judged to float32's digits."""
        found = event.item
        assert isinstance(found, Found)
        statement = widened_statement(found.statement) if outcome.verdict == "false" and self._single else None
        if statement is None:
            return outcome
        again = self._judge(replace(event, item=replace(found, statement=statement)), base)
        written = found.statement.right_text
        single = single_verdict((outcome.value, outcome.note), (again.verdict, again.value, again.note), written)
        if single is None:
            return outcome
        verdict, value, note = single
        return replace(again if verdict == "holds" else outcome, verdict=verdict, value=value, note=note)

    @functools.cached_property
    def _single(self) -> bool:  # whether the document's code computes in float32, read once
        return computes_in_single(self.document)

    def _judge_with(self, event: _Event, base: BaseKey, bindings: dict[str, Binding]) -> Outcome:
        return self._judge(replace(event, bindings=bindings), base)

    def _unless_conditional(self, event: _Event, outcome: Outcome) -> Outcome:
        found = event.item
        assert isinstance(found, Found)
        if outcome.verdict != "false":
            return outcome
        start = _formula_start(found, found.statement)
        if outcome.kind == "symmetry" and found.statement.relation == "!=":  # the pair happens to give equal values
            return _unequal_in_general(outcome, said_in_general(self.document.text[max(0, start - 300) : start]))
        symbols = measures_in(found.statement.left) + measures_in(found.statement.right)
        names = None if outcome.universal else {name for symbol in symbols for name in symbol.args or ()}
        earlier = bool(names) and all(
            event.bindings[name].line < found.line for name in names or () if name in event.bindings
        )
        return unless_conditional(outcome, self.document.text[max(0, start - 300) : start], names, earlier)

    @functools.cached_property
    def _own_functions(self) -> dict[str, str]:  # the measure functions the code defines, read once
        return own_functions([region.text for region in self.document.code])

    def _typed(self, found: Found, statement: Statement) -> bool:
        """A self-information or entropy expansion typed without its minus (see :func:`typed_without_minus`)."""
        start = found.offset - found.statement.offset + statement.left.start
        return typed_without_minus(statement, self.document.text[self.document.text.rfind("\n", 0, start) + 1 : start])


def _formula_start(found: Found, statement: Statement) -> int:
    """Where ``statement`` (read from ``found``'s formula) starts in the document: the text before it is its lead-in."""
    return found.offset - statement.offset + min(statement.left.start, statement.right.start)


def _formula_end(found: Found, statement: Statement) -> int:
    """Where ``statement`` (read from ``found``'s formula) ends in the document: the text after it may be its
    condition."""
    return found.offset - statement.offset + max(statement.left.end, statement.right.end)


def _unequal_in_general(outcome: Outcome, general: bool) -> Outcome:
    """A measure said to differ from its swapped self (``D(P||Q) \\neq D(Q||P)``) where the pair in force gives the
    same value both ways: true in general, which is what the sentence says or most likely means."""
    if general:
        note = f"said in general, and true: the two differ for most pairs (for these, {outcome.note})"
        return replace(outcome, verdict="holds", value=None, note=note)
    note = f"for these distributions the two are equal ({outcome.note}), but they differ in general, which is "
    return replace(outcome, verdict="unchecked", value=None, note=note + "what ≠ between them most often says")


def _alike(outcome: Outcome, other: Outcome) -> bool:
    """Whether two readings of a claim in different bases come to the same: the same verdict and value (and,
    without a value, the same note), so that the base makes no difference."""
    same = (outcome.verdict, outcome.value) == (other.verdict, other.value)
    return same and (outcome.value is not None or outcome.note == other.note)
