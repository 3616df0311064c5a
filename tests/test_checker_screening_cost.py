"""What the cheap first looks at a line cost: work skipped where it could find nothing, with the same findings."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kldocs.checker import (
    base_statements,
    claims,
    exercise_examples,
    prompt_cells,
    prose_claims,
    screens,
    variable_scopes,
)
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.documents import SourceText
from kldocs.checker.reading import parse_text
from kldocs.checker.restated_values import _ANCHORS as RESTATED_ANCHORS
from kldocs.checker.verdicts import check_document


class _Counting:
    """A pattern that counts its searches."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, *args: Any) -> Any:
        self.searches += 1
        return self.pattern.search(*args)


def test_a_text_without_letters_is_searched_only_for_the_anchors_without_letters() -> None:
    assert not screens.mentions("0.125\n", RESTATED_ANCHORS)
    assert screens.mentions("≈ 0.125", RESTATED_ANCHORS)
    assert screens.mentions("About 0.125", RESTATED_ANCHORS)  # a letter: every anchor is looked for
    assert screens._folded("0.125\n")[1] == 3 and screens._folded("≈ 0.125")[1] == 2  # no letter
    without_letters = screens._kinds(RESTATED_ANCHORS)[2:]
    assert all(len(anchors) <= 3 < len(RESTATED_ANCHORS) for anchors in without_letters)


def test_a_text_of_ascii_is_searched_only_for_the_ascii_anchors_that_hold_no_other() -> None:
    kinds = screens._kinds(("bit", "bits", "比特", "≈", "kl"))
    assert kinds[0] == ("bit", "比特", "≈", "kl") and kinds[1] == ("bit", "kl")
    assert screens.mentions("Two BITS", ("bits", "比特")) and not screens.mentions("Two bytes", ("bits", "比特"))


@pytest.mark.parametrize("text", ["0.125", "ΚΛ 0,5", "1 ≈ 1", "[0.5, 0.5] ~", "ǅ", "ⓚⓛ", "", "12 约"])
def test_the_screen_finds_what_a_search_of_every_anchor_finds(text: str) -> None:
    anchors = ("kl", "κλ", "≈", "~", "约", "ǆ", "ⓚ", "0.1")
    assert screens.mentions(text, anchors) == any(anchor in text.casefold() for anchor in anchors)


def test_the_anchors_without_letters_are_worked_out_once_a_tuple_and_kept_to_a_bound() -> None:
    screens._SEEN.clear()
    for index in range(screens._MOST_TUPLES + 10):
        screens.mentions("0.5", (f"a{index}", "≈"))
    assert 0 < len(screens._SEEN) <= screens._MOST_TUPLES


def test_a_result_in_words_is_not_looked_for_under_no_formula_near_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "$$D = \\sum_x p(x) \\log \\frac{p(x)}{q(x)}$$\n\n" + "x\n\n" * 6 + "The result is about 0.5 nats.\n"
    document = parse_text(text, "a.md")
    formulas = [region for region in document.math if region.kind == "display"]
    line = document.prose[-1]
    looked: list[tuple[object, ...]] = []

    def refusing(*args: object) -> bool:
        looked.append(args)
        return False

    monkeypatch.setattr(prose_claims, "mentions", refusing)
    assert not list(prose_claims.result_claims(document, line, formulas))
    assert not list(prose_claims.result_claims(document, line, []))
    assert not looked
    near = parse_text(text.replace("x\n\n" * 6, ""), "a.md")
    assert not list(prose_claims.result_claims(near, near.prose[-1], [near.math[0]]))
    assert len(looked) == 1  # within reach: looked at


def test_a_paragraph_is_searched_for_calls_only_where_it_has_a_bracket(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _Counting(re.compile(prompt_cells._CODE_CALL.pattern, re.MULTILINE))
    monkeypatch.setattr(prompt_cells, "_CODE_CALL", calls)
    assert not prompt_cells.could_be_code("The entropy is 1 bit.\nx.y is no call")
    assert prompt_cells.could_be_code("import numpy as np\nnp.log(2)")
    assert calls.searches == 1
    assert prompt_cells.could_be_code("H = entropy(p);")
    assert prompt_cells.could_be_code("## [1] 0.5")


def test_a_check_of_prose_without_values_does_not_load_numpy(tmp_path: Path) -> None:
    document = tmp_path / "words.md"
    document.write_text("The entropy of a distribution is the expected surprise.\n\nKL is not symmetric.\n")
    program = (
        "import sys\nfrom kldocs.cli import main\n"
        f"main(['check', '--json', {str(document)!r}])\nprint('numpy' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=False)
    assert done.stderr.strip().splitlines()[-1] == "False"


def test_sentences_after_the_last_claim_are_not_read_for_new_random_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    changed = _Counting(re.compile(variable_scopes._CHANGED.pattern))
    monkeypatch.setattr(variable_scopes, "_CHANGED", changed)
    text = "Let $P = (0.5, 0.5)$. Then $H(P) = 1$ bit.\n\n" + "Now take a fair coin X.\n\n" * 200
    check_document(parse_text(text, "a.md"))
    assert 0 < changed.searches <= 5  # the first paragraph's pieces, none of the 200 after it
    document = parse_text(text, "a.md")
    every = variable_scopes.introductions(document)
    assert len(every) == 200
    assert variable_scopes.introductions(document, every[100]) == every[:100]


def test_a_document_without_a_colon_is_not_laid_out_in_rows_for_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    laid: list[int] = []
    rows = exercise_examples._prose_rows

    def laying(document: SourceText, until: int) -> dict[int, tuple[int, str]]:
        laid.append(until)
        return rows(document, until)

    monkeypatch.setattr(exercise_examples, "_prose_rows", laying)
    assert not exercise_examples.examples(parse_text("Input P = [0.5, 0.5]\nOutput 0.69\n", "a.md")).claims
    assert not laid
    shown = exercise_examples.examples(parse_text("Input: P = [0.5, 0.5], Q = [0.5, 0.5]\nOutput: 0.0\n", "a.md"))
    assert laid and (shown.definitions or shown.claims or shown.unread)


def test_printed_lines_are_not_looked_up_one_by_one_for_tables_when_there_is_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    given: list[list[tuple[int, str]]] = []
    lines, tables = claims.printed_lines, claims.text_table_definitions

    def printed(document: SourceText) -> list[tuple[int, str]]:
        given.append(lines(document))
        return given[-1]

    def tabled(document: SourceText, read: list[tuple[int, str]]) -> Iterator[DistributionDefinition]:
        given.append(read)
        return tables(document, read)

    monkeypatch.setattr(claims, "printed_lines", printed)
    monkeypatch.setattr(claims, "text_table_definitions", tabled)
    claims.find_claims(parse_text("P Q\n0.5 0.5\n0.5 0.5\n\nThe entropy is 1 bit.\n", "a.md"))
    assert given[1] is given[0]  # the lines as they are: no table took any
    given.clear()
    claims.find_claims(parse_text("| P | Q |\n|---|---|\n| 0.5 | 0.5 |\n\nH = 1 bit\n", "a.md"))
    assert given[1] is not given[0] and given[1] == given[0]  # looked up line by line: no line was a table row


def test_the_base_of_a_unit_word_is_worked_out_once_a_spelling() -> None:
    document = parse_text("We count in bits. " * 50 + "Or in nats. " * 50 + "\n", "a.md")
    base_statements.base_name.cache_clear()
    found = list(base_statements.prose_bases(document, document.paragraphs[0]))
    assert {statement.base for statement in found} == {"2", "e"}
    assert base_statements.base_name.cache_info().misses == 2


def test_a_value_in_words_is_looked_for_only_in_a_line_with_a_digit(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []
    pattern = re.compile(prose_claims._VALUE.pattern, re.IGNORECASE)

    class Counting:
        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            searched.append(text)
            return pattern.finditer(text)

    monkeypatch.setattr(prose_claims, "_VALUE", Counting())
    document = parse_text("The entropy is small.\n\nThe KL divergence is large.\n\nThe entropy is 0.5 bits.\n", "a.md")
    found = [value for region in document.prose for value in prose_claims.prose_values(document, region)]
    assert [value.written for value in found] == ["0.5"]
    assert searched == ["The entropy is 0.5 bits."]
