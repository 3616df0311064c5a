r"""Find what a document claims: distribution definitions, values, formulas, properties and its log base.

Everything is found in one pass over a :class:`~kldocs.checker.documents.Document`
and returned in document order as plain records; nothing is judged here
(that is :mod:`kldocs.checker.verdicts`).

- :class:`DistributionDefinition`: ``P = (0.2, 0.5, 0.3)``, ``P(x) = \{0.2, 0.5, 0.3\}``,
  ``Q=[...]``, ``P(a) = 0.2, P(b) = 0.5, P(c) = 0.3`` on one line, or a Markdown
  table with a column headed ``P``.
- :class:`~kldocs.checker.found.Found`: a statement ``left REL right`` from a formula or a line of
  prose (see :mod:`kldocs.checker.chains`), or from code and its output (:mod:`kldocs.checker.code_items`).
- :class:`Property`: a sentence such as "KL divergence is symmetric", "... is
  bounded", "... is a metric", "the Jensen-Shannon divergence is the average
  of the two KL divergences" (and their negations).
- :class:`BaseStatement`: words or notation that say which logarithm is meant
  ("in bits", "natural log", ``\log_2`` in a general formula).
- :class:`~kldocs.checker.found.Unreadable`: a formula that looks like a claim but is over a limit.
- :class:`~kldocs.checker.code_definitions.Changed`: a name code gives a value that is not read.

>>> from kldocs.checker.reading import parse_text
>>> items = find_claims(parse_text("Let $P = (0.2, 0.5, 0.3)$.\n\nKL divergence is symmetric.\n", "a.md"))
>>> [(type(item).__name__, item.line) for item in items]
[('DistributionDefinition', 1), ('Property', 3)]
"""

from __future__ import annotations

import bisect
import collections
import itertools
from collections.abc import Iterator
from dataclasses import replace

from kldocs.checker.above import Above
from kldocs.checker.alias_names import alias_names
from kldocs.checker.base_statements import BaseStatement as BaseStatement  # the records find_claims gives
from kldocs.checker.base_statements import math_bases, prose_bases
from kldocs.checker.bce_tables import bce_table_claims
from kldocs.checker.bits_in_words import bits_in_words
from kldocs.checker.bracketed_properties import bracketed_properties
from kldocs.checker.case_values import case_line_claims, case_table_claims
from kldocs.checker.case_weights import case_weight_items
from kldocs.checker.claim_cap import CLAIM_KINDS, at_most, claim_count
from kldocs.checker.claim_items import Item
from kldocs.checker.class_bullets import class_bullets
from kldocs.checker.class_maxima import class_maxima
from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.code_functions import document_functions, with_text_definitions
from kldocs.checker.code_items import Read, claimed, code_items, printed_items, unread_at
from kldocs.checker.code_names import Earlier, code_lists, code_measures, parsed
from kldocs.checker.code_versions import code_values
from kldocs.checker.coding_roles import coding_roles
from kldocs.checker.count_lines import count_claims
from kldocs.checker.defined_above import DefinedAbove, about_defined
from kldocs.checker.defined_continuations import continued_definitions
from kldocs.checker.distribution_order import distribution_order
from kldocs.checker.distributions import DistributionDefinition, definitions, labelled_definitions
from kldocs.checker.dit_calls import document_dits
from kldocs.checker.docstring_properties import docstring_properties
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.ent_output import ent_claims
from kldocs.checker.entropy_letters import as_meant, entropy_letter, variable_letters, with_entropy_letter
from kldocs.checker.entropy_tables import entropy_table_claims
from kldocs.checker.exercise_examples import examples
from kldocs.checker.explicit_entropy import explicit_entropies
from kldocs.checker.final_answers import final_answers
from kldocs.checker.flattened_values import flattened_values
from kldocs.checker.formula_properties import formula_properties, lone_formula_properties, named_in_place
from kldocs.checker.formula_truths import formula_forms
from kldocs.checker.formula_values import formula_values
from kldocs.checker.found import FamilyText as FamilyText
from kldocs.checker.found import Found, Unreadable
from kldocs.checker.function_entropies import function_entropies
from kldocs.checker.iff_properties import iff_properties
from kldocs.checker.independent_claims import independent_claims
from kldocs.checker.information_words import information_words
from kldocs.checker.listed_entropies import listed_entropies
from kldocs.checker.listed_properties import listed_properties
from kldocs.checker.maximum_entropy import maximum_entropy, maximum_entropy_proofs
from kldocs.checker.minimum_bounds import minimum_bounds
from kldocs.checker.named_lists import named_lists
from kldocs.checker.notations import distance_notations
from kldocs.checker.other_units import in_other_units
from kldocs.checker.outcome_lists import outcome_lists
from kldocs.checker.printed_output import has_session
from kldocs.checker.probability_terms import probability_terms
from kldocs.checker.pronoun_properties import pronoun_properties, titled_properties
from kldocs.checker.property_claims import Property as Property
from kldocs.checker.property_claims import properties
from kldocs.checker.prose_arithmetic import prose_arithmetic
from kldocs.checker.prose_claims import ProseValue, labelled_values, prose_values
from kldocs.checker.prose_line_claims import (
    labelled_line_claims,
    prose_comment_claims,
    restated_claims,
    result_statements,
)
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.quiz_answers import quiz_answers
from kldocs.checker.read_twice import OF_CERTAIN, inside, of_symbols, outside_ranges, prose_row_value, row_value
from kldocs.checker.reading_lines import answer_lines, printed_lines
from kldocs.checker.restated_chains import restated_chains
from kldocs.checker.restated_values import Restatements
from kldocs.checker.sample_estimates import unaveraged_estimates
from kldocs.checker.shannon_measures import Searches, defined_identities
from kldocs.checker.source_lists import source_lists
from kldocs.checker.split_claims import split_claims, written_lines
from kldocs.checker.stated_ranges import formula_ranges, range_properties
from kldocs.checker.statement_reading import (
    MAX_STATEMENTS,
    Budget,
    math_statements,
    prose_statements,
)
from kldocs.checker.string_entropy import Letters, string_entropies
from kldocs.checker.substituted_logs import substituted_logs
from kldocs.checker.sum_definitions import sum_definitions
from kldocs.checker.symbol_sentences import symbol_values
from kldocs.checker.table_distributions import array_definitions, table_definitions, text_table_definitions
from kldocs.checker.table_properties import table_properties
from kldocs.checker.term_sums import term_sums
from kldocs.checker.titled_bullets import titled_bullets
from kldocs.checker.unit_restatements import restated_in_unit
from kldocs.checker.unit_statements import unit_statements
from kldocs.checker.value_tables import value_table_claims
from kldocs.checker.variable_chains import chain_rules
from kldocs.checker.variable_definitions import variable_definitions
from kldocs.checker.variable_lists import variable_entropies
from kldocs.checker.vector_languages import output_above
from kldocs.checker.vector_output import any_session_claims
from kldocs.checker.worded_definitions import worded_definitions
from kldocs.checker.worded_identities import worded_identities
from kldocs.checker.worded_properties import worded_properties
from kldocs.checker.wrapped_sums import wrapped_sums
from kldocs.checker.written_totals import written_totals

#: Most unit words and base phrases read from one document's prose: they decide a majority and the base
#: beside a claim, and a document of millions of "bit"s took half a minute to tally.
MAX_BASE_STATEMENTS = 10_000


def find_claims(document: SourceText) -> list[Item]:
    """Every definition, statement, property and base statement, in document order.

    Reading stops (with an :class:`Unreadable` saying so) after
    :data:`~.statement_reading.MAX_STATEMENTS` statements and definitions, or
    :data:`~.statement_reading.MAX_DOCUMENT_TOKENS` symbols of maths (a piece of maths counts at least
    :data:`~.statement_reading.MIN_TOKENS`); nothing after that point is read, by any way of reading (:func:`horizon`).
    """
    items: list[Item] = list(table_definitions(document))
    items.extend(
        Unreadable(document.line(part.offset), part.text, part.reason, part.offset) for part in document.skipped
    )
    regions = sorted([*document.math, *document.prose, *document.code], key=lambda region: region.offset)
    items.extend(labelled_definitions(document, [region for region in regions if region.kind != "code"]))
    items.extend(named_lists(document))  # "True distribution $p$: A: 0.4, B: 0.3, C: 0.2, D: 0.1"
    items.extend(outcome_lists(document))  # "la ville A : sec 0,9 / pluvieux 0,1"
    items.extend(source_lists(document))  # "Verteilung der Quelle: A: 0,5, B: 0,25, ..." then H(X)
    prose_lines = printed_lines(document)
    # A LaTeX tabular read as a table is not read again from its lines.
    tabled = {document.line(offset) for table in document.tables for offset in (table.offset, *dict(table.rows))}
    untabled = [line for line in prose_lines if document.line(line[0]) not in tabled] if tabled else prose_lines
    items.extend(text_table_definitions(document, untabled))
    items.extend(claimed(document, entropy_table_claims(document, prose_lines)))
    items.extend(claimed(document, case_table_claims(document)))  # | Fair coin | 1 bit |
    if "<-" in document.text:  # B <- (0,1,8,1,0) = 0.639 under "Distribution & Entropy"
        items.extend(claimed(document, count_claims(prose_lines)))
    if "| ent" in document.text:  # echo -n "aaaa" | ent, then Entropy = 0.000000 bits per byte.
        items.extend(claimed(document, ent_claims(document.text)))
    budget = Budget()
    searches = Searches()  # for the chain rules' Shannon inequalities

    def pasted(line: Region) -> Iterator[Found | Unreadable]:  # output pasted into code, read as prose
        return prose_statements(document, line, budget)

    functions = with_text_definitions(document_functions(region.text for region in document.code), document.text)
    keys: dict[str, tuple[str, ...]] = {}
    batches: dict[str, tuple[int, list[str]]] = {}  # batches of one row, by name
    lists = code_lists(document.code, keys, batches)
    dits = document_dits(document.code, parsed)  # d = dit.Distribution(['HH', 'TT'], [1/2, 1/2]) in a cell above
    measures = code_measures(document.code, functions, lists)
    values = code_values(document.code, parsed)  # E = -0.4*m.log2(0.4) - ...: shown below as E
    all_code = "\n".join(region.text for region in document.code)
    displays: list[Region] = []
    known = DefinedAbove(items)  # the distributions defined so far
    counted = claims = 0  # how many of the items have been counted, and how many of those are claims
    printed: list[Read] = []  # lines of output read beside the code that printed them
    restatements = Restatements(document)
    letters = Letters(document)  # whether it speaks of letters, looked up once if ever
    code_rows: set[int] = set()  # rows whose claims code readers read (a comment below the call it gives)
    from_code: set[int] = set()  # those claims
    # Sessions shown as output (In [3]: entropy(...) / Out[3]: 1.0) are read as reading reaches them, so that
    # their claims count against the cap too.
    shown_sessions = collections.deque(output for output in document.outputs if has_session(output.text))
    sessions: list[Read] = []
    letter = entropy_letter(document)  # E(a) = -\sum w \ln w, "the entropy": its maths is read with H
    renamed: list[tuple[int, int]] = []  # where the formulas so read are (they wrote no H of their own)
    said_above: tuple[int, list[ProseValue]] = (-2, [])  # the values a prose line gave in words, and its row
    for region in regions:
        if letter is not None and region.kind in ("display", "inline") and "H" not in region.text:
            region = with_entropy_letter(region, letter)
            renamed.append((region.offset, region.offset + len(region.text)))
        if region.kind == "display":
            displays.append(region)
        while shown_sessions and shown_sessions[0].offset <= region.offset:
            output = shown_sessions.popleft()
            from_session = list(
                claimed(
                    document,
                    any_session_claims(output.text, output.offset, functions, above=output_above(document, output)),
                )
            )
            sessions.extend(from_session)
            claims += claim_count(from_session)
        counted, claims = len(items), claims + claim_count(items[counted:])
        if budget.stopped is None and claims > MAX_STATEMENTS:  # what comments and output gave counts too
            budget.spend(document, region.offset, 0, MAX_STATEMENTS)
        if budget.stopped is not None:
            break
        if region.kind == "code":
            at = region.offset  # what the blocks above it gave (a worked value: this block too)
            earlier = Earlier(
                Above(lists, at),
                keys,
                Above(measures, at),
                Above(batches, at),
                values.at(at, within=True),
                Above(dits, at),
            )
            for item in code_items(document, region, functions, all_code, earlier, pasted):
                if isinstance(item, DistributionDefinition):  # given first, each counted where it is
                    budget.spend(document, item.offset, 0, 1)
                elif isinstance(item, Found):
                    code_rows.add(document.row(item.offset))
                    from_code.add(id(item))
                items.append(item)
            output_claims = printed_items(document, region, functions, earlier)
            printed.extend(output_claims)
            claims += claim_count(output_claims)  # the output a block printed counts against the cap too
            continue
        defined = list(definitions(document, region))
        if region.kind == "display":
            defined += array_definitions(document, region)
        budget.spend(document, region.offset, 0, len(defined))
        items.extend(defined)
        if region.kind == "prose":
            first = len(items)  # where this line's claims start: a textbook case is read where no other reader reads
            plain = region.text.replace(BLANK, " ")
            written = list(string_entropies(plain, region.offset, letters))
            strings = list(claimed(document, written)) if written else []
            read_here = prose_statements(document, region, budget)
            if strings:  # a line read with the strings' letters counted is not read again without them
                string_rows = {document.row(item.offset) for item in strings}
                read_here = (item for item in read_here if document.row(item.offset) not in string_rows)
            items.extend(read_here)
            items.extend(strings)
            items.extend(prose_comment_claims(document, region.text, region.offset, functions))
            named = dict(symbol_values(document, region))  # "the entropy H(S) is 0.994": about S
            items.extend(claimed(document, (CommentClaim(t, o) for o, t in named.items())))
            dice = list(bits_in_words(plain, region.offset))  # a die's bits of entropy, N outcomes alike
            if dice or written:  # values read as these only
                named.update((claim.offset, claim.text) for claim in [*dice, *written])
            worded = [value for value in prose_values(document, region) if value.offset not in named]
            items.extend(worded)
            items.extend(result_statements(document, region, displays))
            items.extend(about_defined(document, region, known, prose=True))
            items.extend(sum_definitions(document, region))  # H(P) = −Σ p log₂ p typed as text
            items.extend(iff_properties(document, region))  # I(X;Y) = 0 iff X and Y are independent, typed
            items.extend(independent_claims(document, region))  # H(X|Y) = H(X) if X and Y are independent, typed
            items.extend(worded_identities(document, region))  # "mutual information equals the entropy of X minus ..."
            items.extend(function_entropies(document, region))  # H(f(X)) <= H(X) typed as text
            items.extend(alias_names(document, region))  # "the cross-entropy, also called relative entropy"
            items.extend(variable_definitions(document, region, budget))
            items.extend(defined_identities(document, region, budget))
            items.extend(continued_definitions(document, region, budget))
            items.extend(chain_rules(document, region, searches, budget))
            items.extend(minimum_bounds(document, region, searches, budget))
            labelled = list(labelled_values(document, region))
            labelled += flattened_values(region)  # H(Y) 1.364: a table's line flattened into text
            items.extend(claimed(document, (CommentClaim(t, o) for o, t in labelled)))
            read = {offset for offset, _ in labelled} | {value.offset for value in worded} | set(named)
            items.extend(labelled_line_claims(document, region, read))
            items.extend(restated_claims(restatements, region, read, items))
            items.extend(claimed(document, explicit_entropies(plain, region.offset)))
            as_written = document.text[region.offset : region.offset + len(region.text)]
            items.extend(claimed(document, substituted_logs(document, as_written, region.offset)))  # p = 0.05; log2(p)
            if BLANK in region.text:  # "close to 3.32, which is $log_2(10)$"
                items.extend(claimed(document, formula_values(as_written, region.offset)))
            items.extend(claimed(document, dice))
            taken = {document.row(item.offset) for item in items[first:] if isinstance(item, Found | ProseValue)}
            cases = [claim for claim in case_line_claims(document, region) if document.row(claim.offset) not in taken]
            items.extend(claimed(document, cases))  # "- Fair coin: 1 bit", "Die Entropie ... liegt bei 2,585 Bit."
            row = document.row(region.offset)
            here = [item for item in items[first:] if isinstance(item, ProseValue)]
            preceding = [*(said_above[1] if said_above[0] == row - 1 else []), *here]
            line = document.line(region.offset)
            items.extend(restated_in_unit(region.text, region.offset, line, preceding))  # "En nats sería 0.0552."
            said_above = (row, here)
        else:
            ranges = list(formula_ranges(document, region))  # $$0 \le D_{JS}(P\|Q) \le \ln 2$$
            items.extend(outside_ranges(math_statements(document, region, budget), ranges))
            items.extend(math_bases(document, region))
            items.extend(distance_notations(document, region))
            items.extend(iff_properties(document, region))  # $H(Y|X) = H(Y)$ iff $X$ and $Y$ are independent
            items.extend(independent_claims(document, region))  # $H(X,Y) = H(X) + H(Y)$ when X and Y are independent
            items.extend(lone_formula_properties(document, region))  # $$KL(p, q) = 0 \iff p = q$$, alone on its line
            items.extend(ranges)
            items.extend(formula_forms(document, region))  # Pinsker, \int \log\frac{dP}{dQ}\,dP, D(p\|u), IG
            items.extend(sum_definitions(document, region))
            items.extend(unaveraged_estimates(document, region))  # D(p||q) \approx \sum_{i=1}^N \log(p/q), no 1/N
            items.extend(variable_definitions(document, region, budget))  # H(X,Y) = -\sum p(x,y) \log p(x,y)
            items.extend(defined_identities(document, region, budget))  # I(X;Y|Z) \equiv H(X|Z) - H(X|Y,Z)
            items.extend(continued_definitions(document, region, budget))  # then a line "\equiv H(Y|Z) - H(Y|X,Z)"
            items.extend(chain_rules(document, region, searches, budget))  # H(X_1, \dots, X_n) = \sum_i ...
            items.extend(minimum_bounds(document, region, searches, budget))  # I(X;Y) \le \min\{H(X), H(Y)\}
            items.extend(function_entropies(document, region))  # H(f(X)) \le H(X)
            items.extend(about_defined(document, region, known, prose=False))
            items.extend(claimed(document, explicit_entropies(region.text, region.offset)))
            if region.kind == "display":  # an inline formula is read with its paragraph
                items.extend(claimed(document, substituted_logs(document, region.text, region.offset)))
    if budget.stopped is not None:
        items.append(budget.stopped)
    # A comment line or docstring is prose too: where the code readers read its claim, it is not read again.
    items = [
        item
        for item in items
        if not isinstance(item, Found | ProseValue)
        or id(item) in from_code
        or document.row(item.offset) not in code_rows
    ]
    stop_at = budget.stopped.offset if budget.stopped is not None else len(document.text)  # see horizon()
    shown = examples(document, stop_at)
    inputs = {(document.row(item.offset), item.name.partition("_")[0]) for item in shown.definitions}
    items = [
        i for i in items if not isinstance(i, DistributionDefinition) or (document.row(i.offset), i.name) not in inputs
    ]
    items.extend(shown.definitions)
    printed.extend(claimed(document, shown.claims))
    items.extend(unread_at(document, shown.unread))
    for output in shown_sessions:  # after the last region read, if reading did not stop before them
        if output.offset < stop_at:
            sessions.extend(
                claimed(
                    document,
                    any_session_claims(output.text, output.offset, functions, above=output_above(document, output)),
                )
            )
    printed.extend(sessions)
    # H(X|Y) = 0.322 P(a) + 0.918 P(b) under a table of the cases: read with the table's probabilities, not again alone.
    printed.extend(case_weight_items(document, stop_at))
    # | y | ŷ | loss | rows, and their mean: each row's binary cross-entropy, not read again as prose.
    printed.extend(claimed(document, bce_table_claims(document, stop_at)))
    # A printed line read with its print (whose unit is known) is not read again on its own.
    rows = {document.row(found.offset) for found in printed}
    items = [
        item for item in items if not isinstance(item, Found | ProseValue) or document.row(item.offset) not in rows
    ]
    items.extend(printed)
    claimed_rows = {document.row(item.offset) for item in items if isinstance(item, Found)}
    read_lines = [(offset, line) for offset, line in answer_lines(document, prose_lines) if offset < stop_at]
    answers = claimed(document, final_answers(read_lines, document.row))
    answers = itertools.chain(answers, claimed(document, quiz_answers(read_lines, document.row, document.text)))
    items.extend(item for item in answers if document.row(item.offset) not in claimed_rows)
    # | $D(P\|Q)$ | 0.4000 | under | quantity | value (bits) |: where no other reader read the row.
    tabled_values = (CommentClaim(text, at) for at, text in value_table_claims(document) if at < stop_at)
    items.extend(item for item in claimed(document, tabled_values) if document.row(item.offset) not in claimed_rows)
    # Past the cap's worth of them, every claim they give is cut by it (see _at_most): none is made.
    chained = list(claimed(document, itertools.islice(restated_chains(document, stop_at), MAX_STATEMENTS + 1)))
    items.extend(chained)
    splits = split_claims(written_lines(document), stop_at)  # Gain(S, Outlook) over nodes such as Sunny [2+, 3-]
    of_counts = list(claimed(document, itertools.islice(splits, MAX_STATEMENTS + 1)))
    # The same value read as a measure of letters no distribution defines (H(D) = 0.971): the counts' reading only.
    valued = {row_value(document, item) for item in of_counts} - {None}
    items = [item for item in items if not (row_value(document, item) in valued and of_symbols(item))]
    # "the entropy is 0.971 (3 yes, 2 no)": the counts' reading only, not the words' too.
    items = [item for item in items if not (isinstance(item, ProseValue) and prose_row_value(document, item) in valued)]
    items.extend(of_counts)
    summed = list(claimed(document, term_sums(read_lines, document.row)))
    summed += claimed(document, probability_terms(read_lines))  # p=0,4 (-p*log_2 p)=0,5288 p=0,3 ...
    valued_rows = claimed_rows | {document.row(item.offset) for item in items if isinstance(item, ProseValue)}
    # A total a chain of H steps ends in ("H ≈ 1.75" under "H = 0.5 + 0.5 + 0.75") is judged once, as its last step.
    totals_read = {row_value(document, item) for item in chained} - {None}
    items.extend(
        item
        for item in summed
        if document.row(item.offset) not in valued_rows and row_value(document, item) not in totals_read
    )
    valued_rows |= {document.row(item.offset) for item in summed}
    # H = 0.531 + 0.5 + 0.375 + 0.5 = 1.906, its terms worked out unread above; past the cap, none is kept
    totals = itertools.chain(
        itertools.islice(written_totals(read_lines), MAX_STATEMENTS + 1),
        itertools.islice(wrapped_sums(read_lines), MAX_STATEMENTS + 1),  # = 4/10 · 0,811 + / 6/10 · 0,918 / = 0,876
    )
    items.extend(
        replace(found, line=document.line(found.offset))
        for found in totals
        if document.row(found.offset) not in valued_rows
    )
    found = sorted(item.offset for item in items if isinstance(item, CLAIM_KINDS))  # where the claims so far are
    items.extend(table_properties(document, stop_at))  # "| Symmetric | No | Yes |" under "| | KL | JS |"
    items.extend(docstring_properties(document, stop_at))  # "- Range: [0, ∞)" under "KL Divergence"
    items.extend(maximum_entropy_proofs(document, stop_at))  # "let g be a Gaussian ... hence H(g) <= H(f)"
    stated_claims = 0  # properties found in the paragraphs read so far
    bases_left = MAX_BASE_STATEMENTS
    for paragraph in document.paragraphs:
        if paragraph.offset >= stop_at:  # reading stopped before it
            break
        if bisect.bisect_left(found, paragraph.offset) + stated_claims > MAX_STATEMENTS:
            break  # the cap is passed before this paragraph: nothing in it or after it would be kept (_at_most)
        subjects = named_in_place(document, paragraph)  # "KL divergence $D_{KL}(P\|Q)$ is ..." has its subject
        stated = [*properties(document, subjects, claimed_rows), *titled_properties(document, paragraph)]
        said = {(item.offset, item.property) for item in stated}
        stated += [item for item in worded_properties(document, subjects) if (item.offset, item.property) not in said]
        stated += listed_properties(document, paragraph)  # "- Not symmetric" under "- KL divergence"
        stated += titled_bullets(document, paragraph)  # "- 不对称" under "## KL散度的性质"
        stated += range_properties(document, paragraph)  # "- Range: [0, ∞)" under "## KL", "0 ≤ JS ≤ log 2"
        stated += class_maxima(document, paragraph)  # "- K classes: max H = log₂(K)"
        said_rows = {(document.row(item.offset), item.property) for item in stated}
        stated += [  # "## KL-Divergenz (nicht symmetrisch!)", when not read as "KL-Divergenz ... nicht symmetrisch"
            item
            for item in bracketed_properties(document, paragraph)
            if (document.row(item.offset), item.property) not in said_rows
        ]
        stated += pronoun_properties(document, paragraph, stated)
        stated += information_words(document, subjects)  # "MI is the reduction in uncertainty", "条件熵一定小于熵"
        stated += worded_definitions(document, paragraph)  # "the sum of each probability times the log of it"
        stated += coding_roles(document, paragraph)  # "-sum p log q ... samples of p with a code made for q"
        constrained = list(
            maximum_entropy(document, paragraph)
        )  # "for a given variance, the normal has maximum entropy"
        rows = {
            document.row(item.offset) for item in constrained
        }  # there, the uniform's largest is under that constraint
        stated = [item for item in stated if item.property != "max_uniform" or document.row(item.offset) not in rows]
        stated += constrained
        stated += unit_statements(document, paragraph)  # "base 10 -> nats", "1 nat = 1.4427 bits"
        stated += distribution_order(document, paragraph)  # "q(x) is always greater than or equal to p(x)"
        said_rows = {(document.row(item.offset), item.property) for item in stated}
        in_formulas = formula_properties(document, paragraph)  # "$D(P||Q) = 0$ iff $P = Q$", "KL散度 = 交叉熵 - 熵"
        stated += [item for item in in_formulas if (document.row(item.offset), item.property) not in said_rows]
        stated_claims += len(stated)
        certain = [(item.offset, item.offset + len(item.text)) for item in stated if item.property in OF_CERTAIN]
        if certain:  # "A certain event has an entropy of 0": the bound, not a value of the distributions in force
            items = [item for item in items if not isinstance(item, ProseValue) or not inside(item.offset, certain)]
        items.extend(stated)
        if bases_left > 0:
            bases = (item for item in prose_bases(document, paragraph) if not document.in_docstring(item.offset))
            said_bases = list(itertools.islice(bases, bases_left))  # a docstring's base is its function's
            bases_left -= len(said_bases)
            items.extend(said_bases)
    # "the set [2/9, 3/9, 4/9] gives the entropy 1.53": the list's own entropy, not one of the distributions in force;
    # "- Class A: 0.7" ..., "the true class is A", "交叉熵为 0.357": the bullets' own cross-entropy
    read = {item.offset for item in items if isinstance(item, Found)}
    listed = [*listed_entropies(document, read), *class_bullets(document, read)]
    taken = {claim.offset for claim in listed}
    items = [item for item in items if not isinstance(item, ProseValue) or item.offset not in taken]
    items.extend(claimed(document, listed))
    items.extend(prose_arithmetic(document, read | taken))  # "the uncertainty left is 3.17-0.93=2.24 bits"
    # "$P_X(x) = \{0.04, 0.96\}$" then "$H(x) = 0.247$ bit" a line or two below: the entropy of those probabilities
    tied = variable_entropies(document, items)
    if tied:
        replaced = {id(found) for found, _ in tied}
        items = [item for item in items if id(item) not in replaced]
        items.extend(claimed(document, (claim for _, claim in tied)))
    seconds = list(in_other_units(document, items, taken))  # "0.2231 nats, or 0.3219 bits": two claims
    again = {item.offset for item in seconds}  # "1.75 bits (1.213 nats)" after a list: not a value on its own
    items = [item for item in items if not isinstance(item, ProseValue) or item.offset not in again]
    items.extend(seconds)
    items.sort(key=lambda item: item.offset)
    variables = variable_letters(document, letter)  # H(A|B) or I(A;B) written: H(A,B) is a joint entropy there
    items = [as_meant(item, letter, renamed, variables) if isinstance(item, Found) else item for item in items]
    return at_most(document, items)
