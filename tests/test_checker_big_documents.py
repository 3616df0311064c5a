"""Documents of awkward shapes are read within bounds: what passes the limits is not worked on, and the report
says where reading stopped (``python -m benchmarks.checker_size`` times such shapes of 10 MB)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kldocs.checker import notebook_reader

_V3_CELLS: list[dict[str, Any]] = [
    {"cell_type": "heading", "level": 2, "metadata": {}, "source": "Entropy\nof a coin"},
    {"cell_type": "markdown", "metadata": {}, "source": ["Let $P = (0.5, 0.5)$;\r\n", "$H(P) = 1$ bit."]},
    {
        "cell_type": "code",
        "collapsed": False,
        "input": "from scipy.stats import entropy\nentropy([0.5, 0.5], base=2)",
        "language": "python",
        "metadata": {},
        "prompt_number": 1,
        "outputs": [
            {"output_type": "stream", "stream": "stdout", "text": "H(P): 1.0 bits\n"},
            {"output_type": "pyout", "prompt_number": 1, "metadata": {}, "text": "1.0"},
            {"output_type": "display_data", "metadata": {}, "png": "iVBORw0KGgo="},
            {"output_type": "pyerr", "ename": "E", "evalue": "x", "traceback": []},
        ],
    },
    {"cell_type": "raw", "metadata": {}, "source": "$H(P) = 7$"},
    {"cell_type": "html", "metadata": {}, "source": "The KL divergence is $0.5$ nats."},
]


def _v3(cells: list[dict[str, Any]]) -> dict[str, Any]:
    return {"metadata": {"name": ""}, "nbformat": 3, "nbformat_minor": 0, "worksheets": [{"cells": cells}]}


def test_an_nbformat_3_notebook_reads_as_nbformats_own_conversion_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import nbformat

    converted = nbformat.convert(nbformat.from_dict(_v3(_V3_CELLS)), 4)
    expected = notebook_reader.read_notebook(json.dumps(converted), "n.ipynb")

    def refused(*args: object) -> None:
        raise AssertionError("nbformat validates the whole notebook twice: 100,000 cells took 9 s")

    monkeypatch.setattr(nbformat, "convert", refused)
    document = notebook_reader.read_notebook(json.dumps(_v3(_V3_CELLS)), "n.ipynb")
    assert document.text == expected.text
    assert document.text.startswith("## Entropy of a coin\n\nLet $P = (0.5, 0.5)$;\n")
    for part in ("math", "prose", "code", "outputs"):
        found = [(region.offset, region.text) for region in getattr(document, part)]
        assert found == [(region.offset, region.text) for region in getattr(expected, part)]
    assert [document.cell(region.offset) for region in document.outputs] == [3, 3]


@pytest.mark.parametrize(
    ("notebook", "problem"),
    [
        ({"nbformat": 3, "worksheets": [{"cells": 5}]}, "no list of cells"),
        ({"nbformat": 3, "worksheets": [{"cells": [{"cell_type": "code", "outputs": 5}]}]}, "outputs of a cell"),
        ({"nbformat": 3, "worksheets": [{"cells": [{"cell_type": "heading", "source": 5}]}]}, "not text"),
        ({"nbformat": 1, "cells": [{"cell_type": "text", "text": ["$H(P) =", 1]}]}, "not text"),
        ({"nbformat": "3", "worksheets": []}, "nbformat '3'"),
    ],
)
def test_a_malformed_old_notebook_is_one_input_error(notebook: dict[str, Any], problem: str) -> None:
    from kldocs import InputError

    with pytest.raises(InputError, match=problem):
        notebook_reader.read_notebook(json.dumps(notebook), "n.ipynb")


def test_an_nbformat_1_notebook_reads_its_text_and_code_cells() -> None:
    cells = [{"cell_type": "text", "text": "$H(P) = 1$ bit"}, {"cell_type": "code", "code": "p = [0.5, 0.5]"}]
    document = notebook_reader.read_notebook(json.dumps({"nbformat": 1, "cells": cells}), "n.ipynb")
    assert [region.text for region in document.math] == ["H(P) = 1"]
    assert [region.text for region in document.code] == ["p = [0.5, 0.5]"]


@pytest.mark.parametrize("version", [3, 4])
def test_cells_past_what_a_notebook_is_read_up_to_are_not_laid_into_its_text(
    monkeypatch: pytest.MonkeyPatch, version: int
) -> None:
    # 10 MB of small cells were all joined into one text and their lines numbered, for 2 MB to be read.
    from kldocs.checker import markdown_reader

    for module in (markdown_reader, notebook_reader):
        monkeypatch.setattr(module, "MAX_LINES", 6)
    cells = [{"cell_type": "markdown", "metadata": {}, "source": "$H(P)=1$ bit\nmore"}] * 1000
    notebook = _v3(cells) if version == 3 else {"cells": cells, "nbformat": 4}
    document = notebook_reader.read_notebook(json.dumps(notebook), "n.ipynb")
    assert document.text.count("\n") == 4 + 3 * 2  # four cells of two lines: the fourth passes 6 lines
    assert [region.text for region in document.math] == ["H(P)=1"] * 3
    assert [(document.cell(part.offset), "up to 6 lines" in part.reason) for part in document.skipped] == [(4, True)]


def test_a_table_of_more_cells_than_a_document_reads_stops_reading_without_being_made_into_tokens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 66 tables of 5,000 columns in one chunk of lines made two million tokens (9.6 s, 700 MB) to read 30,000.
    from markdown_it.rules_block import StateBlock

    from kldocs.checker.reading import parse_text

    pushed = 0
    push = StateBlock.push

    def counting(self: StateBlock, *args: Any) -> Any:
        nonlocal pushed
        pushed += 1
        return push(self, *args)

    monkeypatch.setattr(StateBlock, "push", counting)
    small = "| P | Q |\n|---|---|\n| 0.5 | 0.4 |\n| 0.5 | 0.6 |\n\n"
    wide = "|" + "a|" * 5000 + "\n|" + "-|" * 5000 + "\n|" + "1|" * 5000 + "\n\n"
    document = parse_text(small + wide * 60 + "$H(P) = 1$\n", "a.md")
    assert pushed < 100  # the small table's 40 tokens and the one that stands for the wide table
    assert [(table.header, table.rows) for table in document.tables] == [
        (("P", "Q"), ((20, ("0.5", "0.4")), (34, ("0.5", "0.6"))))
    ]
    (stop,) = document.skipped
    assert document.line(stop.offset) == 6
    assert stop.reason.endswith("up to 30,000 Markdown blocks (a table of 10,000 cells)")
    assert document.math == ()


def test_a_table_within_what_a_document_reads_is_read_whole() -> None:
    from kldocs.checker.reading import parse_text

    header = "|" + "|".join(f"c{column}" for column in range(200)) + "|\n|" + "-|" * 200 + "\n"
    document = parse_text(header + ("|" + "1|" * 200 + "\n") * 40 + "\n$H(P) = 1$\n", "a.md")
    (table,) = document.tables
    assert len(table.header) == 200 and len(table.rows) == 40
    assert [region.text for region in document.math] == ["H(P) = 1"]
    assert document.skipped == ()


def test_the_lines_of_a_restated_chain_are_found_with_each_run_of_spaces_read_once() -> None:
    # "^[ \t]*(...)?[ \t]*H" split each run of spaces between its two runs: 1,400 lines of 4,000 spaces before
    # a list marker took 7 s. Every run of spaces in the pattern is possessive, and none follows another.
    import re

    from kldocs.checker.restated_chains import _LINE

    assert re.search(r"\[ \\t\]\*(?!\+)", _LINE.pattern) is None
    lines = ["H = 1", "  $H$ = 2", " \\( H \\) = 3", "$$ H $$=4", "xH=1", "H x = 1", " " * 4000 + "- a $H$"]
    assert [bool(_LINE.search(line)) for line in lines] == [True, True, True, True, False, False, False]


def test_latex_markup_counts_more_against_what_a_document_walks(monkeypatch: pytest.MonkeyPatch) -> None:
    # pylatexenc spends 15 to 50 µs on each backslash, brace and dollar: 200,000 characters of nested
    # \text{$...$} took 5 s where as much prose takes 1.
    from kldocs.checker import latex_reader

    walked: list[int] = []
    walk = latex_reader._walk_paragraph

    def counting(builder: Any, start: int, end: int) -> None:
        walked.append(start)
        walk(builder, start, end)

    monkeypatch.setattr(latex_reader, "_walk_paragraph", counting)
    monkeypatch.setattr(latex_reader, "MAX_WALKED", 2000)
    nested = "$\\text{" * 20 + "a" + "}" * 20 + " = 1$\n\n"  # 166 characters, 81 of them markup: 490
    prose = "The entropy is one bit, as 0.5 and 0.5 give it.\n\n"  # 49 characters, no markup
    document = latex_reader.read_latex(nested * 10 + prose * 40, "a.tex")
    assert len(walked) == 5  # 4 * 490 is not yet 2,000; the fifth passes it
    assert document.skipped[0].reason.endswith("(a backslash, brace or dollar counting 5)")
    assert latex_reader.read_latex(prose * 40, "a.tex").skipped == ()  # 40 * 49 is less than 2,000


def test_escaped_maths_delimiters_are_each_read_to_the_first_closing_one_before_another_opening() -> None:
    # From each of 2,000 "\\(" in a row the search for "\\)" went 2,000 characters on: 6 s for 10 MB. The maths
    # was the last 2,000 characters before the closing delimiter, openings and all.
    from kldocs.checker import inline_markup, markdown_reader

    text = "\\\\(" * 2000 + "H = 1\\\\) bit\n\nso \\\\( H(P) = 1 \\\\) bit and \\\\[ D = 2 \\\\]\n"
    document = markdown_reader.read_markdown(text, "a.md")
    assert [region.text.strip() for region in document.math] == ["H = 1", "H(P) = 1", "D = 2"]
    assert inline_markup._ESCAPED_DELIMITERS.pattern.count("(?!") == 2  # no maths runs past another opening


def test_the_measure_it_stands_for_is_looked_for_within_its_reach_of_the_pronoun() -> None:
    # An "It is" near the start of a paragraph sliced the text from the start of the document to the line above
    # when that line began before its reach: 20 such a paragraph, 2 MB each.
    from dataclasses import replace

    from kldocs.checker import pronoun_properties
    from kldocs.checker.reading import parse_text

    sliced: list[int] = []

    class Counting(str):
        def __getitem__(self, key: Any) -> str:
            if isinstance(key, slice):
                sliced.append(len(range(*key.indices(len(self)))))
            return str.__getitem__(self, key)

    text = "The KL divergence compares P with Q. " + "Words and more words. " * 5000 + "\n\nIt is not symmetric.\n"
    document = parse_text(text, "a.md")
    counted = replace(document, text=Counting(document.text))
    assert pronoun_properties._antecedent(counted, text.index("It is")) is None  # no measure within reach
    assert pronoun_properties._antecedent(counted, text.index("Words")) == "kl"
    assert max(sliced) <= pronoun_properties._REACH


def test_the_table_guard_asks_markdown_it_only_where_a_table_may_start(monkeypatch: pytest.MonkeyPatch) -> None:
    # The guard runs at the start of every block: list items and paragraphs must not each cost a table check.
    import importlib

    from kldocs.checker.reading import parse_text

    table_rule = importlib.import_module("markdown_it.rules_block.table")
    asked: list[int] = []
    table = table_rule.table

    def counting(state: Any, start: int, end: int, silent: bool) -> bool:
        asked.append(start)
        return table(state, start, end, silent)

    monkeypatch.setattr(table_rule, "table", counting)
    document = parse_text("- a\n- b\n\n---\n\ntext\n\n" * 200 + "| P | Q |\n|---|---|\n| 0.5 | 0.5 |\n", "a.md")
    assert asked == [1400]  # the one line a header row with a delimiter row below it starts
    assert [table.header for table in document.tables] == [("P", "Q")]


def test_a_python_file_past_what_is_read_is_not_indexed_or_looked_at_after_its_code() -> None:
    # A line of code and 10 MB of blank lines: 10 million line starts were kept and the text after the code
    # was scanned for output; the document is now the part read, and the report says where reading stopped.
    from kldocs.checker.python_reader import MAX_CHARACTERS
    from kldocs.checker.reading import parse_text

    document = parse_text("import math\n" + "\n" * (2 * MAX_CHARACTERS) + "p = [0.5, 0.5]  # 1 bit\n", "a.py")
    assert len(document.text) <= MAX_CHARACTERS
    assert len(document._line_starts) <= MAX_CHARACTERS + 1
    (stop,) = document.skipped
    assert stop.reason.startswith("reading stopped here: a Python file is read up to")
    assert document.line(stop.offset) == len(document.text.split("\n"))
