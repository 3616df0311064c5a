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

This module follows the document, keeping the distributions in force, and judges its definitions, properties
and values in prose; :mod:`~kldocs.checker.formula_verdicts` judges the claims its formulas make.

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
from dataclasses import replace

from kldocs.checker.alternatives import Definitions, gives_after
from kldocs.checker.bases import BaseRules
from kldocs.checker.carried_rounding import RoundedValues
from kldocs.checker.chain_links import unread_links
from kldocs.checker.checked import Checked, Report
from kldocs.checker.claim_cap import horizon
from kldocs.checker.claims import FamilyText, Found, Item, Unreadable, find_claims
from kldocs.checker.code_definitions import Changed
from kldocs.checker.constructed_joints import names_variables
from kldocs.checker.conventions import unless_convention
from kldocs.checker.definition_checks import check_definition
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.document_claims import with_whole_document_claims
from kldocs.checker.documents import SourceText
from kldocs.checker.expanded_entropy import Expansions
from kldocs.checker.family_claims import family_checks
from kldocs.checker.first_sides import arithmetic_only, unread_first_side
from kldocs.checker.formula_verdicts import Event, FormulaJudge, formula_start
from kldocs.checker.given_after import Ahead, claim_of, lacking, names_used, read
from kldocs.checker.glued_bases import noted
from kldocs.checker.headline_tables import headline_note, tables_below
from kldocs.checker.judge_prose import WorkedAbove
from kldocs.checker.judging import (
    Verdict,
)
from kldocs.checker.letter_cases import LetterCases
from kldocs.checker.merged_claims import merged
from kldocs.checker.mixture_names import mixture_bindings
from kldocs.checker.named_lists import NamedList
from kldocs.checker.node_sides import compared_with_nodes
from kldocs.checker.other_entropies import unless_other_entropy
from kldocs.checker.printing_functions import own_functions
from kldocs.checker.properties import judge_property
from kldocs.checker.property_claims import Property
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.prose_verdicts import ProseContext, judge_prose_claim
from kldocs.checker.quoted_mistakes import unless_quoted
from kldocs.checker.resolved_values import History, resolved
from kldocs.checker.restated_claims import restated_claims
from kldocs.checker.scalar_names import scalar_letters, unless_scalar
from kldocs.checker.scope import (
    Binding,
    KnownDistributions,
)
from kldocs.checker.table_scope import (
    cannot_evaluate,
    in_cell,
    of_random_variables,
    table_labels,
)
from kldocs.checker.table_sources import written_distributions
from kldocs.checker.two_way_words import unless_two_way
from kldocs.checker.unread import Unread, claimed_rows, not_read
from kldocs.checker.variable_scopes import introductions, new_exercises
from kldocs.checker.worded_names import unread_bindings
from kldocs.checker.wrong_operands import WrongValues
from kldocs.exact import Base


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


class _Checker:
    def __init__(self, document: SourceText, items: list[Item], forced: Base | None) -> None:
        self.document = document
        self.items = items
        self.bases = BaseRules(document, items, forced.value if forced is not None else None, forced is not None)
        self.definitions = Definitions(follows=functools.partial(gives_after, document))
        self.formulas = FormulaJudge(document, items, self.bases, self.definitions)
        self.snapshots: list[dict[str, Binding]] = []  # the distributions in force, one set for each version
        self.worked = WorkedAbove(document, items)
        self.history = History()  # every distribution bound, for the numbers no claim was read from
        self.ahead_versions = 0  # the sets of bindings made for claims judged with distributions given after them

    def run(self) -> Report:
        results: list[tuple[int, Checked]] = []
        events: list[Event] = []
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
        built = names_variables(
            (item.statement.text for item in self.items if isinstance(item, Found)), self.document.text
        )
        tables = written_distributions(self.document, built)  # joint tables, lists of events, matrices, channels
        self.formulas.tables = tables
        self.formulas.labels = table_labels(self.document, tables)  # and each table's label ("Table A")
        pending = collections.deque(sorted((with_cell(*entry) for entry in family_names + tables), key=lambda e: e[0]))
        stale = False  # whether ``current`` has changed since ``snapshot`` was taken
        expansions = Expansions()  # the distributions read from entropies written out
        listed: list[Binding] = []  # the distributions named and listed in a sentence
        cases = LetterCases(self.document)  # p defined in a later section than P is the P of the claims after it
        # Where an exercise starts, or a sentence takes new variables, those before are no longer in force.
        last = max((item.offset for item in self.items), default=-1)  # no scope that starts after it matters
        starts = collections.deque(sorted((*new_exercises(self.document), *introductions(self.document, last + 1))))
        headlines = tables_below(self.document, self.items)  # values stated above the table they come from
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
                    self.history.add(offset, defined)
                    continue
                checked, binding = check_definition(defined, current)
                binding = with_cell(offset, binding)[1]
                cases.bind(current, binding, offset)
                self.history.add(offset, binding)
                if isinstance(defined, NamedList):
                    listed.append(binding)
                self.definitions.remember(binding)
                if checked is not None:
                    results.append((offset, checked))
            for item in line_items:  # H(S) = -(5/11 log 5/11 + ...), S defined nowhere and no value: S is read from it
                if isinstance(item, Found):
                    valued = functools.partial(self.formulas.has_fallback, item)  # worked out only where it matters
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
                    if item.offset in headlines:  # a calculator's result above the table it was worked from
                        table = {d.name: check_definition(d, current)[1] for d in headlines[item.offset]}
                        in_force = {**in_force, **table}
                        self.snapshots.append(in_force)
                        version, stale = version + 1, True  # its own set of bindings; the next claim's is new
                    events.append(Event(item, in_force, version))
        wrong = WrongValues()  # values found false so far, which arithmetic below may carry on
        carried = RoundedValues()  # values stated rounded so far, which a combination below may carry on
        first = [self._event(event) for event in events]
        others = [(e.item.offset, names_used(e.item)) for e, j in zip(events, first, strict=True) if read(j)]
        ahead = Ahead(self.document, list(zip(self.history.offsets, self.history.bindings, strict=True)), others)
        for event, judged in zip(events, first, strict=True):
            judged = self._ahead(event, judged, ahead) if lacking(judged) else judged
            judged = judged if judged is None else carried.follow(event.item, wrong.follow(event.item, judged))
            if judged is not None:
                note = headline_note(headlines.get(event.item.offset), expansions.note(event.item.offset, judged.note))
                results.append((event.item.offset, replace(judged, note=note)))
        results = with_whole_document_claims(self.document, results, families, until)
        results = restated_claims(self.document, results, [event.item for event in events])
        results = unless_other_entropy(self.document, unless_quoted(self.document, results))
        results = unless_two_way(self.document, unless_convention(self.document, results))
        results = noted(self.document, results)  # log20,25 read as log₂ 0,25
        results = compared_with_nodes(results)  # H(Weak) = ... = 0.811 under "Weak: 8 samples (6 Yes, 2 No)"
        choice = self.bases.document_choice()
        claimed = claimed_rows(self.document, [offset for offset, _ in results], self.items)
        unread = not_read(self.document, claimed, [item for item in self.items if isinstance(item, Unread)], until)
        section_base = self.bases.note_base if self.bases.is_forced else self.bases.section_base
        more, unread = resolved(self.document, unread, self.history, section_base, ahead.following)
        results.extend(more)
        results.sort(key=lambda pair: pair[0])
        placed = [self._placed(offset, checked) for offset, checked in results]
        links = [link for link in unread_links(self.document, results) if until is None or link.offset < until]
        unread = tuple(sorted([*unread, *links], key=lambda entry: entry.offset)) if links else unread
        return Report(self.document.name, tuple(merged(placed)), choice, unread)

    def _ahead(self, event: Event, judged: Checked | None, ahead: Ahead) -> Checked | None:
        """A claim that found no distribution above it, judged again with those given just after it."""
        claim = claim_of(event.item)
        found = None if claim is None else ahead.bindings(claim, event.bindings)
        if found is None:
            return judged
        bindings, where = found
        self.ahead_versions -= 1  # a set of bindings of its own: no value judged with another is reused
        again = self._event(Event(event.item, bindings, self.ahead_versions))
        if again is None or again.verdict == "unchecked":
            return judged
        return replace(again, note=f"{again.note}; {where}")

    def _placed(self, offset: int, checked: Checked) -> Checked:
        """The claim with its notebook cell, when the document is a notebook."""
        if not self.document.cells:
            return checked
        return replace(checked, cell=self.document.cell(offset), output=self.document.in_output(offset))

    # --- claims ---------------------------------------------------------------------------------------------

    def _event(self, event: Event) -> Checked | None:
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
            formulas = self.formulas
            context = ProseContext(
                self.document, self.bases, formulas.labels, lambda: formulas.single, lambda: self._own_functions
            )
            return judge_prose_claim(item, event.bindings, earlier, self.worked.above(item), context)
        statement = item.statement
        unevaluable = cannot_evaluate(statement.chain_measures, event.bindings)
        if statement.fallback and not unevaluable:
            return None  # the chain's measures are checked instead
        checked = self.formulas.judged(event, item, unevaluable)
        if checked is None:
            return None
        if statement.fallback:
            return arithmetic_only(checked, statement)
        start = formula_start(item, statement)
        return unread_first_side(checked, self.document.text[max(0, start - 120) : start])

    @functools.cached_property
    def _own_functions(self) -> dict[str, str]:  # the measure functions the code defines, read once
        return own_functions([region.text for region in self.document.code])
