r"""Check the claims of a lecture, handout or notebook against exact values.

``kldocs check FILE`` reads Markdown, LaTeX, plain text, a Jupyter
notebook or a Python file, finds the distributions it defines and what it
claims about them (values of KL divergence, entropy, cross-entropy and JSD, expanded
formulas, and properties such as symmetry), and judges each claim with the
exact core. The modules, in the order the data flows:

- :mod:`~kldocs.checker.documents`: read the file, locate formulas, prose and tables
  (:mod:`~kldocs.checker.prose_rows`: the rows of prose, their lines and paragraphs;
  :mod:`~kldocs.checker.python_reader`: Python files; :mod:`~kldocs.checker.code_prose`: comment lines and
  docstrings, the prose in code; :mod:`~kldocs.checker.number_notation`: decimal commas and ``0. 25``;
  :mod:`~kldocs.checker.prompt_cells`: a notebook's ``In [n]:`` cells in a page copied as text;
  :mod:`~kldocs.checker.image_formulas`: a formula shown as an image, its LaTeX source the alt text;
  :mod:`~kldocs.checker.glued_output`: output glued under code; :mod:`~kldocs.checker.glued_bases`: ``log20,25``);
- :mod:`~kldocs.checker.tokens` and :mod:`~kldocs.checker.latex_numbers`: a
  tokenizer and a grammar-based parser for the maths (nothing is evaluated as code);
- :mod:`~kldocs.checker.chains` (rows cut into parts by :mod:`~kldocs.checker.chain_parts`) and
  :mod:`~kldocs.checker.claims`: what is claimed, with
  :mod:`~kldocs.checker.units` (units after values), :mod:`~kldocs.checker.prose_tokens` (maths in
  prose and pasted text), :mod:`~kldocs.checker.notations` (symbols a document defines) and
  :mod:`~kldocs.checker.code_comments` (values in comments after ``entropy(...)`` calls), all that code
  claims gathered by :mod:`~kldocs.checker.code_items` (distributions code defines, under any name and
  in NumPy, PyTorch or TensorFlow, and names it changes: :mod:`~kldocs.checker.code_definitions`; what names
  hold across cells: :mod:`~kldocs.checker.code_names`; what the functions a document defines compute:
  :mod:`~kldocs.checker.code_functions`; sums written out: :mod:`~kldocs.checker.written_sums`; the measures of
  dit's distributions: :mod:`~kldocs.checker.dit_calls`),
  :mod:`~kldocs.checker.code_asserts` (values in tests: ``assert abs(kl(p, q) - 0.51) < 1e-2``), with
  :mod:`~kldocs.checker.family_calls`, :mod:`~kldocs.checker.printed_output` (lines printed below
  code; ``输出：0.51 0.37`` after it; lists worked out by :mod:`~kldocs.checker.code_numbers`, sums over
  their items read by :mod:`~kldocs.checker.indexed_sums`, over numbers named one by one by
  :mod:`~kldocs.checker.scalar_sums`; arrays shown for a measure along an axis: :mod:`~kldocs.checker.axis_values`;
  a program flattened on one line: :mod:`~kldocs.checker.flat_code`; numbers shown under expressions:
  :mod:`~kldocs.checker.shown_between`; functions that lost their indentation: :mod:`~kldocs.checker.lost_indentation`),
  :mod:`~kldocs.checker.labelled_lines` (``Entropía de P: 0.693``, labels in ten languages),
  :mod:`~kldocs.checker.flattened_values` (a table's ``H(X/Y) H(X,Y)- H(Y) 0.954`` flattened into text),
  :mod:`~kldocs.checker.exercise_examples` (``Input:``/``Output:`` pairs),
  :mod:`~kldocs.checker.code_lengths`, :mod:`~kldocs.checker.explicit_entropy`,
  :mod:`~kldocs.checker.listed_entropies` (the entropy of probabilities a sentence lists: "the set `[1/4, 3/4]` gives
  the entropy 0.811"; shares in percent: :mod:`~kldocs.checker.percent_lists`; groups that share a probability:
  :mod:`~kldocs.checker.worded_groups`; values after the first, as written with their units:
  :mod:`~kldocs.checker.written_values`), :mod:`~kldocs.checker.class_bullets` (a cross-entropy after class
  probabilities one per bullet and the true class: "- Class A: 0.7", "真实类别是 A", "交叉熵为 0.357"; answers by
  number below numbered steps: :mod:`~kldocs.checker.numbered_answers`), :mod:`~kldocs.checker.prose_arithmetic`
  (arithmetic on rounded amounts of information in words: "3.17-0.93=2.24 bits"),
  :mod:`~kldocs.checker.other_units` (a value given again in another unit: "0.2231 nats, or 0.3219 bits"),
  :mod:`~kldocs.checker.named_lists` (distributions named and listed in words: "distribution $p$: A: 0.4, B: 0.6"),
  :mod:`~kldocs.checker.variable_lists` (``H(x)`` a few lines under ``P_X(x) = \{0.04, 0.96\}``),
  :mod:`~kldocs.checker.final_answers` (``≈ 1.485 bits.`` on its own line under a worked formula),
  :mod:`~kldocs.checker.restated_chains` (a chain a step a line, each restating ``H =`` or ``H ≈``, across lines
  of words or of working out the logarithms),
  :mod:`~kldocs.checker.term_sums` (``H = 0.3322 + 0.4644 + ...`` under the terms it adds),
  :mod:`~kldocs.checker.probability_terms` (``p=0,4 (-p*log_2 p)=0,5288 p=0,3 ...``),
  :mod:`~kldocs.checker.quiz_answers` (``Correct Answer: 0`` under "What is I(X;Y)?"),
  :mod:`~kldocs.checker.case_weights` (``H(X|Y) = 0.322 P(a) + 0.918 P(b)`` under a table of the cases),
  :mod:`~kldocs.checker.symbol_sentences` ("the entropy H(S) is approximately 0.994 bits"),
  :mod:`~kldocs.checker.restated_values` (a value said again: "which gives a divergence of about 0.386 nats",
  "约为 1.3 nats 和 1.4 nats"; the words before it in :mod:`~kldocs.checker.restated_words`, the measure a clause
  or its context names from :mod:`~kldocs.checker.named_measures`),
  :mod:`~kldocs.checker.bits_in_words` ("a six sided dice generates 2.585 bits of entropy"),
  :mod:`~kldocs.checker.split_claims` (decision-tree nodes by their class counts, ``Sunny [2+, 3-]``, read by
  :mod:`~kldocs.checker.class_counts` and :mod:`~kldocs.checker.count_tables`, the measures a line names read by
  :mod:`~kldocs.checker.split_forms`, and the entropies, gains and split information worked from them in
  :mod:`~kldocs.checker.split_values`; the counts of a table of training examples above, read by
  :mod:`~kldocs.checker.record_tables`),
  :mod:`~kldocs.checker.wrapped_sums` (``= 4/10 · 0,811 +`` / ``6/10 · 0,918`` / ``= 0,876``: a sum over lines),
  :mod:`~kldocs.checker.entropy_tables` (a table of ``p`` and ``H(p)`` or ``−log(p)``) and
  :mod:`~kldocs.checker.bce_tables` (``| y | ŷ | loss |`` rows, each a sample's binary cross-entropy; tables in HTML
  read by :mod:`~kldocs.checker.html_tables`);
- :mod:`~kldocs.checker.scope` (the names a joint table binds: :mod:`~kldocs.checker.joint_names`; measures
  estimated in doubles: :mod:`~kldocs.checker.float_estimates`), :mod:`~kldocs.checker.values`,
  :mod:`~kldocs.checker.diagnosis`,
  :mod:`~kldocs.checker.properties` (what is true of each measure: :mod:`~kldocs.checker.property_truths`;
  :mod:`~kldocs.checker.worded_properties`: properties stated in
  Spanish, Italian, Chinese and Korean; :mod:`~kldocs.checker.pronoun_properties`: "It is not symmetric" after a
  sentence about one divergence, and "- Always ≥ 0" in a list under a heading that names one;
  :mod:`~kldocs.checker.table_properties`: ``| Symmetric | No | Yes |`` under
  columns headed KL and JS), :mod:`~kldocs.checker.lost_signs`,
  :mod:`~kldocs.checker.expanded_entropy` (``H(S) = -(...)`` naming an S defined nowhere; in the symbols of
  probabilities given above it, :mod:`~kldocs.checker.symbol_expansions`),
  :mod:`~kldocs.checker.event_expansions` (an entropy given an event written with probabilities that do not sum
  to 1), :mod:`~kldocs.checker.first_sides` (steps compared with each other, not with the first side, only
  consistent) and
  :mod:`~kldocs.checker.verdicts` (other definitions a claim may mean: :mod:`~kldocs.checker.alternatives`;
  distributions given after the value that uses them: :mod:`~kldocs.checker.given_after`;
  distributions written rounded: :mod:`~kldocs.checker.rounded_inputs`):
  whether it holds; parametric families in :mod:`~kldocs.checker.family_claims`,
  :mod:`~kldocs.checker.vae_claims` and :mod:`~kldocs.checker.family_values` (values after parameters stated
  one by one: :mod:`~kldocs.checker.stated_parameters`; closed forms written with symbols:
  :mod:`~kldocs.checker.closed_forms` and :mod:`~kldocs.checker.family_forms`, evaluated by
  :mod:`~kldocs.checker.float_formulas`, spoken maths read by :mod:`~kldocs.checker.spoken_formulas`);
- :mod:`~kldocs.checker.report`: terminal, JSON and Markdown reports.

Each of those modules is small; where one grew, its parts live beside it, named for what they do:
:mod:`~kldocs.checker.claim_cap`, :mod:`~kldocs.checker.defined_above` and :mod:`~kldocs.checker.reading_lines`
(of claims); :mod:`~kldocs.checker.chain_conditions` and :mod:`~kldocs.checker.applied_factors` (of chains);
:mod:`~kldocs.checker.measure_subjects` (of property sentences: the measure a subject names);
:mod:`~kldocs.checker.mistakes_sections` (of quoted mistakes: sections and lists of mistakes);
:mod:`~kldocs.checker.construction_sentences` (of constructions: the sentences they are read in);
:mod:`~kldocs.checker.prose_line_claims` (of claims: values a line of prose gives, read as claims);
:mod:`~kldocs.checker.written_precision` and :mod:`~kldocs.checker.rounded_intervals` (of trees);
:mod:`~kldocs.checker.definition_notation` and :mod:`~kldocs.checker.two_outcome_definitions` (of formula shapes);
:mod:`~kldocs.checker.output_places`, :mod:`~kldocs.checker.split_statements`, :mod:`~kldocs.checker.code_literals`,
:mod:`~kldocs.checker.inline_markup`, :mod:`~kldocs.checker.sentence_bounds`, :mod:`~kldocs.checker.sign_settings`
and :mod:`~kldocs.checker.worded_predicates`. Later readers: :mod:`~kldocs.checker.value_units` (a section's bare
values in bits), :mod:`~kldocs.checker.concavity_words`, :mod:`~kldocs.checker.minimum_bounds`,
:mod:`~kldocs.checker.zero_tails`, :mod:`~kldocs.checker.substituted_logs`, :mod:`~kldocs.checker.code_channels`
(a joint built from an input and a channel matrix in code) and :mod:`~kldocs.checker.repeated_draws` (n·H).

>>> report = check_text("$P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$ give "
...                     "$D_{KL}(P \\| Q) \\approx 0.0305$ nats.", "notes.md")
>>> [(claim.kind, claim.verdict) for claim in report.claims]
[('definition', 'holds'), ('definition', 'holds'), ('kl', 'holds')]
"""

from __future__ import annotations

from pathlib import Path

from kldocs.checker.bases import BaseChoice
from kldocs.checker.checked import KINDS, Checked, Report
from kldocs.checker.reading import parse_text, read_document
from kldocs.checker.verdicts import check_document
from kldocs.exact import Base


def check_file(path: str | Path, base: Base | None = None) -> Report:
    """Read and check a document.

    Parameters
    ----------
    path
        A ``.md``, ``.tex``, ``.txt``, ``.ipynb`` or ``.py`` file (other extensions are read as plain text).
    base
        Read claims that carry no unit or log base of their own in this base,
        instead of the base the document states or the one inferred.

    Raises
    ------
    kldocs.InputError
        When the file cannot be read, is too large or is not text.
    """
    report = check_document(read_document(path), base)
    return Report(str(path), report.claims, report.base, report.unread)


def check_text(text: str, name: str = "document.md", base: Base | None = None) -> Report:
    """Check text directly; ``name``'s extension chooses the format."""
    return check_document(parse_text(text, name), base)


__all__ = ["KINDS", "BaseChoice", "Checked", "Report", "check_document", "check_file", "check_text"]
