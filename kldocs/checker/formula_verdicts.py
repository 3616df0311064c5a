r"""Judge the claim a formula makes (``D_{KL}(P \| Q) = 0.0305``), with the distributions in force on its line.

:class:`FormulaJudge` takes each formula's claim as :mod:`~kldocs.checker.verdicts` meets it, an :class:`Event`: its
log base decided, or the usual bases tried when nothing decides it; its value from the exact core, read as the
document writes its values (rounded or cut off), a false one told why when it is a usual slip; and the joint,
conditional and Shannon measures of random variables judged from their table or in general.

>>> from kldocs.checker.bases import BaseRules
>>> from kldocs.checker.claims import find_claims
>>> from kldocs.checker.reading import parse_text
>>> from kldocs.checker.scope import Binding
>>> from kldocs.inputs import parse_distribution
>>> document = parse_text("$P = (0.5, 0.5)$\n\n$H(P) = 1$ bit\n", "a.md")
>>> items = find_claims(document)
>>> found = next(item for item in items if isinstance(item, Found))
>>> judge = FormulaJudge(document, items, BaseRules(document, items, None, False), Definitions())
>>> P = Binding("P", parse_distribution("1/2 1/2"), 1, "P = (0.5, 0.5)")
>>> checked = judge.judged(Event(found, {"P": P}, 1), found, unevaluable=False)
>>> checked.verdict, checked.unit
('holds', 'bits')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from kldocs.checker.alternatives import Definitions, pair_above
from kldocs.checker.bases import BaseRules, candidate_bases
from kldocs.checker.chains import Statement
from kldocs.checker.checked import Checked
from kldocs.checker.claims import Found, Item, Unreadable
from kldocs.checker.conditions import CONDITION_REACH, reason_given, said_in_general, unless_conditional
from kldocs.checker.documents import SourceText
from kldocs.checker.event_expansions import event_slip
from kldocs.checker.general_claims import general, is_general, plain_names, unbound_names
from kldocs.checker.impossible_values import impossible
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
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.lost_signs import NEGATIVE_LOG, sign_lost, typed_without_minus
from kldocs.checker.marginal_bounds import beyond_marginals, margins_in_section
from kldocs.checker.measure_products import product_claim
from kldocs.checker.measure_symbols import OUT_OF_SCOPE
from kldocs.checker.measure_terms import with_terms
from kldocs.checker.merged_claims import NO_BASE
from kldocs.checker.notations import DistanceNotation, as_distance, distance_defined
from kldocs.checker.own_distributions import own_distribution_before
from kldocs.checker.pointwise_bounds import CONDITIONED, every_value_at
from kldocs.checker.premises import supposed_before, the_same
from kldocs.checker.property_claims import Property
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.rounded_inputs import rounded_outcome, unless_given_elsewhere
from kldocs.checker.rounded_steps import rounded_behind
from kldocs.checker.scope import (
    Binding,
    KnownDistributions,
    base_name,
    unit_name,
)
from kldocs.checker.shannon_measures import Searches, back_to_first_side, judge_shannon
from kldocs.checker.single_precision import computes_in_single, single_verdict, widened_statement
from kldocs.checker.structure_premises import structured_before
from kldocs.checker.supposed_conditions import REACH, supposed_outcome
from kldocs.checker.table_scope import (
    as_sixths,
    from_table,
    labelled_table,
    needs_table,
    of_another_table,
)
from kldocs.checker.trees import has_logs, measures_in, with_arguments
from kldocs.errors import EvaluationError
from kldocs.exact import UndecidableError


@dataclass(frozen=True)
class Event:
    """A claim with the distributions in force on its line; ``version`` names that set of bindings
    (events between two definitions share it, and one dictionary), so judging a claim costs nothing per
    distribution defined above it."""

    item: Found | Property | Unreadable | ProseValue
    bindings: dict[str, Binding]
    version: int


#: False claims of a document told why they fail (the other direction, another base...); the rest get the value.
MAX_DIAGNOSED = 200
_ANY = ("any", "plain log", "library")  # what decides a claim's base when nothing does: the usual bases are tried


class FormulaJudge:
    """The claims of a document's formulas, judged one by one in the order they come (a value cut off above
    leaves one cut off below unchecked; false claims past :data:`MAX_DIAGNOSED` get their value without the why)."""

    def __init__(self, document: SourceText, items: list[Item], bases: BaseRules, definitions: Definitions) -> None:
        self.document = document
        self.bases = bases
        self.definitions = definitions
        self.memo: dict[tuple[object, ...], Outcome] = {}
        self.labels: dict[str, str | None] = {}  # each table's label ("Table A"), set once the tables are read
        self.tables: list[tuple[int, Binding]] = []
        self.diagnosed = 0  # false claims told why they fail so far (see MAX_DIAGNOSED)
        self.searches = Searches()  # for the elemental quantities that prove Shannon inequalities
        self.cuts_off = False  # whether a value above held only cut off, not rounded (1.41 for 1.4171)
        self.chains: dict[tuple[str, int], list[Statement]] = {}
        self.distances = [item for item in items if isinstance(item, DistanceNotation)]
        for item in items:
            if isinstance(item, Found):
                key = (item.statement.source, item.offset - item.statement.offset)
                self.chains.setdefault(key, []).append(item.statement)

    def judged(self, event: Event, item: Found, unevaluable: bool) -> Checked | None:
        """The claim of ``item``'s formula, judged with ``event``'s distributions (``unevaluable``: its chain's
        measures cannot be evaluated with them); None when its chain's own numbers are checked instead."""
        statement = item.statement
        scope = KnownDistributions(event.bindings)
        symbols = measures_in(statement.left) + measures_in(statement.right)
        outside = [symbol for symbol in symbols if needs_table(symbol, scope)]
        why = impossible(statement, self.document.text) if outside else None
        if why is not None:  # H(Y|X) = -0.5: no joint distribution gives it
            return Checked((item.line,), statement.text, "bound", "false", None, why)
        start = formula_start(item, statement)
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
        joint = any(symbol.measure in OUT_OF_SCOPE for symbol in symbols) and not self.has_fallback(item)
        shannon = (judge_shannon(statement, self.searches) or product_claim(statement)) if outside or joint else None
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
        reversed_bound = shannon is not None and shannon[1] == "false" and shannon[2].startswith("the reverse is")
        if shannon is not None and reversed_bound and _said_of_a_case(self.document.text, item, start):
            note = f"{shannon[2]}; but its sentence says when it holds (equality, a condition), which may be so"
            shannon = (shannon[0], "unchecked", note)
        if shannon is not None and (outside or shannon[1] == "holds"):
            kind, verdict, note = (
                shannon
                if shannon[1] == "holds"
                else supposed_before(self.document.text, item)
                or structured_before(self.document.text, item, self.searches)
                or shannon
            )
            return Checked((item.line,), statement.text, kind, verdict, None, note)
        pointwise = every_value_at(self.document.text, item) if outside else None
        if pointwise is not None:  # "H(X|Y=y) <= H(X) for every y"
            return Checked((item.line,), statement.text, pointwise[0], pointwise[1], None, pointwise[2])
        if outside:
            note = (
                f"{outside[0].text()} is a joint or conditional entropy or a mutual information of random variables, "
                "which kldocs does not check (it needs their joint distribution)"
            )
            return Checked((item.line,), statement.text, "expression", "unchecked", None, note)
        if unevaluable and not statement.fallback and self.has_fallback(item):
            return None  # "H(X) = -0.8 log 0.8 - ... = 0.722" with X never defined: its numbers are checked
        if source in _ANY:
            return self._any_base(event, NO_BASE["elsewhere" if source == "any" and self.bases.statements else source])
        outcome = self._outcome(event, base)
        logs = has_logs(statement.left) or has_logs(statement.right) or bool(statement.chain_measures)
        if source == "values" and logs:  # "Its entropy is 1 bit." above: a bare value is in bits, and the note says why
            outcome = replace(outcome, note=f"{outcome.note} (read in bits: {NO_BASE['values']})")
        return self._checked(event, outcome, base)

    def _checked(self, event: Event, outcome: Outcome, base: BaseKey) -> Checked:
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

    def _any_base(self, event: Event, reason: str) -> Checked:
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

    def has_fallback(self, item: Found) -> bool:
        """Whether the chain of ``item``'s formula has a claim between parts that name no measure, read when the
        chain's measures cannot be evaluated."""
        return any(other.fallback for other in self._chain_statements(item))

    def _outcome(self, event: Event, base: BaseKey) -> Outcome:
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

    def _judge(self, event: Event, base: BaseKey) -> Outcome:
        assert isinstance(event.item, Found)
        found = event.item
        statement = found.statement
        symbols = measures_in(statement.left) + measures_in(statement.right)
        pair = pair_above(found.line, event.bindings) if any(s.args is None for s in symbols) else None
        if pair is not None:  # "D_{KL} = ..." right under the P and Q it uses
            named = (with_arguments(statement.left, pair), with_arguments(statement.right, pair))
            statement = replace(statement, left=named[0], right=named[1])
            symbols = measures_in(statement.left) + measures_in(statement.right)
        defined = distance_defined(statement)
        if defined is not None:  # JS(P,Q) = \sqrt{JSD(P\|Q)}: the document's own name for the distance
            return Outcome("definition", "holds", None, defined)
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
                start, end = formula_start(found, statement), _formula_end(found, statement)
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

    def _as_single(self, event: Event, base: BaseKey, outcome: Outcome) -> Outcome:
        """A false value that the document's float32 code may have computed, judged to float32's digits."""
        found = event.item
        assert isinstance(found, Found)
        statement = widened_statement(found.statement) if outcome.verdict == "false" and self.single else None
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
    def single(self) -> bool:
        """Whether the document's code computes in float32, read once."""
        return computes_in_single(self.document)

    def _judge_with(self, event: Event, base: BaseKey, bindings: dict[str, Binding]) -> Outcome:
        return self._judge(replace(event, bindings=bindings), base)

    def _unless_conditional(self, event: Event, outcome: Outcome) -> Outcome:
        found = event.item
        assert isinstance(found, Found)
        if outcome.verdict != "false":
            return outcome
        start = formula_start(found, found.statement)
        if outcome.kind == "symmetry" and found.statement.relation == "!=":  # the pair happens to give equal values
            return _unequal_in_general(outcome, said_in_general(self.document.text[max(0, start - 300) : start]))
        symbols = measures_in(found.statement.left) + measures_in(found.statement.right)
        names = None if outcome.universal else {name for symbol in symbols for name in symbol.args or ()}
        earlier = bool(names) and all(
            event.bindings[name].line < found.line for name in names or () if name in event.bindings
        )
        return unless_conditional(outcome, self.document.text[max(0, start - CONDITION_REACH) : start], names, earlier)

    def _typed(self, found: Found, statement: Statement) -> bool:
        """A self-information or entropy expansion typed without its minus (see :func:`typed_without_minus`)."""
        start = found.offset - found.statement.offset + statement.left.start
        return typed_without_minus(statement, self.document.text[self.document.text.rfind("\n", 0, start) + 1 : start])


#: Words that say when a bound holds, beside the condition words: "only", "with equality", "iff".
_WHEN_IT_HOLDS = lazy(
    r"(?<![^\W\d_])(?:only|equality|iff|nur|Gleichheit|seulement|égalité|solo|sólo|igualdad|uguaglianza|"
    r"только|равенств\w*)(?![^\W\d_])|仅|只有|等号|만\b|のみ|等しい",
    re.IGNORECASE,
)


def _said_of_a_case(text: str, item: Found, start: int) -> bool:
    """Whether the sentence around a bound whose reverse is Shannon's says when it holds (``H(X|Y) \\ge H(X)`` "when
    X and Y are independent", "holds only with equality"): then it is not claimed in general."""
    before = text[max(0, start - 200) : start]
    before = re.split(r"[.!?。](?:\s|$)", before)[-1]
    after = re.split(r"[.!?。](?:\s|$)", text[item.offset : item.offset + 300], maxsplit=1)[0]
    sentence = before + after
    return CONDITIONED.search(sentence) is not None or _WHEN_IT_HOLDS.search(sentence) is not None


def formula_start(found: Found, statement: Statement) -> int:
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
