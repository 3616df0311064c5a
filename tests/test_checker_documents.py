"""``kldocs.checker.documents``: reading files, locating formulas, limits on bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kldocs import InputError
from kldocs.checker.reading import parse_text, read_document

DOCUMENTS = Path(__file__).parent / "documents"


def math_texts(text: str, name: str = "a.md") -> list[tuple[str, int, str]]:
    document = parse_text(text, name)
    return [(region.kind, document.line(region.offset), region.text) for region in document.math]


# --- formulas ------------------------------------------------------------------------------------------------


def test_markdown_inline_and_display_formulas_with_their_lines() -> None:
    text = "Intro $H(P) = 1$ here.\n\n$$\nD = 0.5\n$$\nand \\(x = 1\\) or \\[y = 2\\].\n"
    assert math_texts(text) == [
        ("inline", 1, "H(P) = 1"),
        ("display", 3, "\nD = 0.5\n"),
        ("inline", 6, "x = 1"),
        ("inline", 6, "y = 2"),  # a display run into the sentence is read as inline maths
    ]


def test_currency_and_escaped_dollars_are_not_formulas() -> None:
    assert math_texts("It costs $5 and $10 today; \\$x = 1\\$ is text.") == []


def test_code_is_not_read_in_markdown() -> None:
    text = "```python\nx = '$H(P) = 9$'\n```\nInline `$D = 1$` code, then $H(P) = 2$.\n"
    assert [region[2] for region in math_texts(text)] == ["H(P) = 2"]


@pytest.mark.parametrize(
    ("opening", "read"),
    [
        ("---\ntitle: $D = 2$\nauthor: A. Lecturer\n---\n", False),  # metadata, not the document's text
        ("---\nmarp: true\n# a comment\ntags:\n  - $D = 2$\n---\n", False),
        ("---\n# Entropy\n\n- a slide: $D = 2$\n---\n", True),  # a deck that opens and closes with a rule
        ("---\nNote: this holds.\nThe sum is $D = 2$.\n---\n", True),  # a line of text is no metadata
    ],
)
def test_front_matter_is_skipped_only_when_it_is_metadata(opening: str, read: bool) -> None:
    formulas = [formula for _, _, formula in math_texts(opening + "$H(P) = 1$ after.\n")]
    assert formulas == (["D = 2", "H(P) = 1"] if read else ["H(P) = 1"])


def test_text_and_maths_inside_html_blocks_are_read_but_comments_and_scripts_are_not() -> None:
    text = (
        '<div class="math">\n$$ D(P \\parallel Q) = 0.5 $$\n</div>\n\n'
        "<p>So $H(P) = 1$ bit.</p>\n\n"
        "<!--\n$H(P) = 7$\n-->\n\n"
        "<script>\nlet s = '$H(P) = 8$';\n</script>\n"
    )
    assert math_texts(text) == [("display", 2, " D(P \\parallel Q) = 0.5 "), ("inline", 5, "H(P) = 1")]
    prose = [region.text.strip() for region in parse_text(text, "a.md").prose]
    assert [piece.strip("§") for piece in prose] == ["So §§§§§§§§§§ bit."]  # the tags are not prose


def test_latex_environments_and_comments() -> None:
    text = (
        "% $H(P) = 7$ is a comment\n"
        "A 50\\% share: \\begin{align}\nH(P) &= 1.5\n\\end{align}\n"
        "\\begin{tabular}{c} $x = 2$ \\end{tabular}\n"
    )
    assert math_texts(text, "notes.tex") == [("display", 2, "\nH(P) &= 1.5\n"), ("inline", 5, "x = 2")]


def test_slide_builds_continue_a_display_formula() -> None:
    """``$$a = b$$`` followed by ``$$= c$$`` is one formula; offsets still point into the document."""
    text = "$$D = \\sum p$$\n$$= 0.2 \\ln 2$$\n\n$$x$$"
    document = parse_text(text, "slides.txt")
    first, second = document.math
    assert first.text.startswith("D = \\sum p") and first.text.endswith("= 0.2 \\ln 2")
    assert len(first.text) == len("D = \\sum p$$\n$$= 0.2 \\ln 2")
    index = first.text.index("0.2")
    assert text[first.offset + index : first.offset + index + 3] == "0.2"
    assert document.line(first.offset + index) == 2
    assert second.text == "x"


def test_plain_text_lines_that_start_with_a_relation_continue_the_line_before() -> None:
    document = parse_text("D_KL(P||Q) = 0.2 × ln(0.2/0.3)\n    ≈ 0.0305\n- a list item\n- another\n", "s.txt")
    assert [region.text.replace("§", " ").split() for region in document.prose] == [
        ["D_KL(P||Q)", "=", "0.2", "×", "ln(0.2/0.3)", "≈", "0.0305"],
        ["a", "list", "item"],  # list markers are blanked, and a list item is not a continuation
        ["another"],
    ]


def test_prose_has_formulas_blanked_with_offsets_kept() -> None:
    document = parse_text("See $x = 1$ now.", "a.md")
    (line,) = document.prose
    assert len(line.text) == len("See $x = 1$ now.")
    assert "x = 1" not in line.text and line.text.endswith(" now.")


def test_context_around_an_inline_formula() -> None:
    (region,) = parse_text("so if $D = 0$ bits then", "a.md").math
    assert region.before.endswith("so if ") and region.after.startswith(" bits then")


def test_markdown_tables() -> None:
    document = parse_text("| x | $P$ | $Q$ |\n| --- | ---: | ---: |\n| a | 0.5 | 0.25 |\n| b | 0.5 | 0.75 |\n")
    (table,) = document.tables
    assert table.header == ("x", "$P$", "$Q$") and document.line(table.offset) == 1
    assert [(document.line(offset), cells) for offset, cells in table.rows] == [
        (3, ("a", "0.5", "0.25")),
        (4, ("b", "0.5", "0.75")),
    ]


# --- notebooks -----------------------------------------------------------------------------------------------


def test_notebook_cells_with_their_own_line_numbers() -> None:
    document = read_document(DOCUMENTS / "notebook.ipynb")
    assert document.format == "notebook"
    assert [(document.cell(r.offset), document.line(r.offset)) for r in document.math] == [
        (1, 3),
        (1, 3),
        (3, 1),
        (3, 3),
    ]
    (code,) = document.code
    assert "D_KL(P||Q) = 99" in code.text and document.cell(code.offset) == 2
    assert all("99" not in region.text for region in document.prose)


def test_minified_notebook_numbers_lines_through_its_markdown() -> None:
    notebook = {"cells": [{"cell_type": "markdown", "source": "one\n$H(P) = 1$"}], "nbformat": 4}
    document = parse_text(json.dumps(notebook), "n.ipynb")
    (region,) = document.math
    assert document.line(region.offset) == 2


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "is not a Jupyter notebook"),
        ('{"cells": 3}', "no list of cells"),
        ('{"cells": [{"cell_type": "markdown", "source": 5}]}', "a cell source is not text"),
        ("[" * 100_000 + "]" * 100_000, "is not a Jupyter notebook"),
        ('{"cells": [{"cell_type": "code", "source": "", "outputs": 5}]}', "the outputs of cell 1 are not a list"),
        ('{"cells": [{"cell_type": "code", "source": "", "outputs": null}]}', "the outputs of cell 1 are not a list"),
        ('{"cells": [], "metadata": {"n": ' + "7" * 5000 + "}}", "an integer too long to read"),
    ],
)
def test_bad_notebooks_are_refused(content: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        parse_text(content, "n.ipynb")


# --- unreadable files ----------------------------------------------------------------------------------------


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file") as missing:
        read_document(tmp_path / "nope.md")
    assert missing.value.field.endswith("nope.md")
    with pytest.raises(InputError, match="is a folder"):
        read_document(tmp_path)


def test_binary_non_utf8_and_office_input(tmp_path: Path) -> None:
    for name, content, problem in (
        ("slides.pdf", b"%PDF-1.7", r"\.pdf files are not read"),
        ("notes.docx", b"PK\x03\x04", r"\.docx files are not read"),
        ("notes.md", b"%PDF-1.7 but named .md", "is a PDF or Office file"),
        ("data.txt", b"%PDF-1.7\x00\x01", "binary"),
        ("notes.txt", b"abc\xffdef", "not UTF-8"),
    ):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(InputError, match=problem):
            read_document(tmp_path / name)


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes("\ufeff$H(P) = 1$".encode())
    assert read_document(tmp_path / "a.md").math[0].text == "H(P) = 1"


def test_a_file_over_the_size_limit_is_refused_at_once(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    with big.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024)  # 10 MB, sparse: nothing is read
    with pytest.raises(InputError, match=r"larger than 10,000,000 bytes") as error:
        read_document(big)
    assert error.value.field == str(big)


def test_unclosed_delimiters_stay_linear() -> None:
    text = ("$$ \\begin{equation} \\[ \\( ``" * 20_000) + "\n"
    parse_text(text, "a.md")


def test_a_dash_before_maths_is_a_minus_in_plain_text_and_ambiguous_in_markdown() -> None:
    line = "- 0.5 * log2(0.5) - 0.5 * log2(0.5) = 1\n- 0.5 is the chance of heads\n"
    plain = parse_text(line, "a.txt")
    assert plain.prose[0].text.replace("§", " ").strip().startswith("- 0.5 * log2")
    markdown = parse_text(line, "a.md")
    assert [region.text.strip("§ ") for region in markdown.prose] == ["0.5 is the chance of heads"]
    assert [skipped.reason.split(":")[0] for skipped in markdown.skipped] == ["a list item that starts with a number"]


# --- claims: a cap, and work that grows with them linearly -------------------------------------------------

CALL = "entropy([0.25, 0.75], base=2)  # 0.811\n"


def code_block(lines: int) -> str:
    """A fence of ``lines`` calls, each giving two claims (its distribution, and its entropy)."""
    return "```python\n" + CALL * lines + "```\n"


def test_a_document_is_read_up_to_the_claim_cap_and_says_where_it_stopped() -> None:
    from kldocs.checker.claims import MAX_STATEMENTS
    from kldocs.checker.verdicts import check_document

    report = check_document(parse_text(code_block(MAX_STATEMENTS), "a.md"))
    read = [claim for claim in report.claims if not claim.note.startswith("not read: reading stopped")]
    stops = [claim for claim in report.claims if claim.note.startswith("not read: reading stopped")]
    assert len(read) == MAX_STATEMENTS
    assert {claim.verdict for claim in read} == {"holds"}
    assert [claim.lines for claim in stops] == [(MAX_STATEMENTS // 2 + 2,)]  # the fence's line, then 2 a line


def test_nothing_after_the_point_where_reading_stopped_is_read_by_any_way_of_reading() -> None:
    # Properties, worded claims and family claims come from passes over the whole document; after the
    # cap they are not read either (they cost time on a 10 MB document and were cut from the report).
    from kldocs.checker.claims import MAX_STATEMENTS
    from kldocs.checker.verdicts import check_document

    after = (
        "\n\nKL divergence is symmetric.\n\nThe KL divergence between N(0, 1) and N(1, 1) is 0.5 nats.\n"
        "\nThe KL divergence came out near 0.44 after we ran it.\n"
    )
    report = check_document(parse_text(code_block(MAX_STATEMENTS) + after, "a.md"))
    assert report.claims[-1].note.startswith("not read: reading stopped")
    assert not [claim for claim in report.claims if "symmetric" in claim.text or "N(0, 1)" in claim.text]
    assert report.unread == ()  # the note where reading stopped covers the rest; it is not listed line by line
    both = check_document(parse_text(after, "a.md"))  # the same lines are claims when read
    assert {claim.kind for claim in both.claims} >= {"symmetry"}
    assert any("N(0, 1)" in claim.text for claim in both.claims)


def test_a_formula_far_longer_than_any_readable_one_is_skipped_whole_and_said_so() -> None:
    from kldocs.checker.documents import MAX_FORMULA_CHARACTERS
    from kldocs.checker.verdicts import check_document

    long = "$$" + "\\frac{1}{2} + " * (MAX_FORMULA_CHARACTERS // 14 + 1) + "0 = 1$$\n\nKL divergence is symmetric.\n"
    document = parse_text(long, "a.md")
    assert document.math == ()
    report = check_document(document)
    assert [claim.note for claim in report.claims if claim.verdict == "unchecked"] == [
        f"not read: a formula of more than {MAX_FORMULA_CHARACTERS:,} characters is not read"
    ]
    assert [claim.verdict for claim in report.claims if claim.kind == "symmetry"] == ["false"]


def test_judging_does_not_go_through_every_distribution_defined_above_each_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each line defines a distribution and claims its entropy; a claim used to build a key of every
    # binding in force (quadratic: 100 KB of such lines ran for minutes). Count the distributions' lengths
    # taken, which that key took once per binding.
    from kldocs.checker.verdicts import check_document
    from kldocs.inputs.distribution import Distribution

    counted = 0
    length = Distribution.__len__

    def counting(self: Distribution) -> int:
        nonlocal counted
        counted += 1
        return length(self)

    monkeypatch.setattr(Distribution, "__len__", counting)
    counts = []
    for lines in (100, 400):
        counted = 0
        check_document(parse_text(code_block(lines), "a.md"))
        counts.append(counted)
    assert counts[1] < 5 * counts[0]  # linear: about 4 times; the old key made it about 16 times


@pytest.mark.parametrize(
    "text", ["The entropy is $\\log_2(3^{5000}) = 7924.8$ bits.\n", "$$\\log_2 (3^{5000}) = 7924.8$$\n"]
)
def test_a_logarithm_too_large_to_read_is_said_not_read(text: str) -> None:
    from kldocs.checker.verdicts import check_document

    report = check_document(parse_text(text, "a.md"))
    assert [(claim.verdict, claim.note) for claim in report.claims] == [
        ("unchecked", "not read: an exponent larger than 60")
    ]


# --- silence made visible: numbers near measure words that gave no claim ------------------------------------


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Entropía de la fuente: H = 1,75 bits.\n", [1]),  # a decimal comma
        ("Each symbol carries 7/4 bits on average.\n", [1]),  # a fraction, a unit word
        ("符号の平均情報量は 1.75 ビットである。\n", [1]),
        ("| symbol | entropy |\n| - | - |\n| a | 7/4 |\n| b | 0.5 |\n", [3, 4]),  # table rows
        ("We scored 3/4 on the quiz, and 0.5 of us passed.\n", []),  # no measure word: not listed
        ("八分の一の確率で起こる事柄が起きると、3ビットの情報を受け取る。\n", [1]),  # a whole number with its unit
        ("表が出る確率は二分の一です。この情報量は期待値です。\n", [1]),  # a fraction in kanji
        ("| p | 损失 −log(p) |\n|---|\n| 0.5 | ≈ 0.69 |\n| 0.1 | ≈ 2.30 |\n", [3, 4]),  # a table typed as text
        ("| p | weight |\n|---|\n| 0.5 | 0.69 |\n", []),  # its header names no measure
        ("(1/24)log24=log24≒4.58496 という計算過程\n", [1]),  # a logarithm
    ],
)
def test_numbers_near_measure_words_that_gave_no_claim_are_listed(text: str, lines: list[int]) -> None:
    from kldocs.checker.unread import unread_lines

    assert [entry.line for entry in unread_lines(parse_text(text, "a.md"), set())] == lines


def test_a_value_printed_under_a_print_of_a_measure_on_a_page_is_listed() -> None:
    """A notebook copied into text: its output lines are prose, under the prints that printed them."""
    from kldocs.checker.unread import unread_lines

    text = "kl = 0\nprint(torch.kl_div(a, b))\nprint(kl)\n\ntensor(0.0204, dtype=torch.float64)\n0.02041099\n"
    assert [entry.line for entry in unread_lines(parse_text(text, "a.txt"), set())] == [5, 6]
    assert unread_lines(parse_text("x = 3.5\nprint(x * 2)\n\n7.0\n", "a.txt"), set()) == []


def test_output_printed_by_code_that_names_a_measure_is_listed_when_not_read() -> None:
    import json

    from kldocs.checker.notebook_reader import read_notebook
    from kldocs.checker.unread import unread_lines

    def cell(source: str, printed: str) -> dict[str, object]:
        output = {"output_type": "stream", "name": "stdout", "text": printed}
        return {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": source, "outputs": [output]}

    cells = [cell("print(cross_entropy(logits, labels))", "0.4170\n"), cell("print(3.5 * 2)", "7.0\n")]
    notebook = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    listed = unread_lines(read_notebook(notebook, "n.ipynb"), set())
    assert [(entry.cell, entry.text) for entry in listed] == [(1, "0.4170")]


def test_each_unread_line_of_many_outputs_is_placed_with_few_look_ups(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cell that prints a thousand outputs: each output line listed finds its row, line and cell from one search
    of the line starts, not one each."""
    import json

    from kldocs.checker.documents import SourceText
    from kldocs.checker.notebook_reader import read_notebook
    from kldocs.checker.unread import unread_lines

    outputs = [{"output_type": "stream", "name": "stdout", "text": f"0.{index:03d}\n"} for index in range(1000)]
    cell = {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": "print(kl(p, q))", "outputs": outputs}
    document = read_notebook(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4}), "n.ipynb")
    looked_up: list[int] = []
    row = SourceText.row

    def counted(self: SourceText, offset: int) -> int:
        looked_up.append(offset)
        return row(self, offset)

    monkeypatch.setattr(SourceText, "row", counted)
    listed = unread_lines(document, set())
    assert len(listed) == 1000 and listed[0].cell == 1 and listed[-1].text == "0.999"
    assert len(looked_up) <= 4 * 1000  # its output's two ends, its line as a region, as a line noted (six before)


# --- work bounded per document: alternatives tried, failures diagnosed, Markdown cells read --------------------

TWICE = "$Q = (0.5, 0.5)$\n\n$Q = (0.9, 0.1)$\n\n$P = (0.2, 0.8)$\n\n"


def test_past_the_documents_budget_of_other_definitions_a_failing_claim_is_left_unchecked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kldocs.checker import alternatives
    from kldocs.checker.verdicts import check_document

    claims = "$D_{KL}(P \\| Q) = 0.7$\n\n$D_{KL}(P \\| Q) = 0.8$\n"
    monkeypatch.setattr(alternatives, "MAX_DOCUMENT_ALTERNATIVES", 1)
    judged = [c for c in check_document(parse_text(TWICE + claims, "a.md")).claims if c.kind == "kl"]
    assert [c.verdict for c in judged] == ["false", "unchecked"]  # the first was tried against Q = (0.5, 0.5)
    assert "defined more than once, and the other definitions were not tried" in judged[1].note
    monkeypatch.setattr(alternatives, "MAX_DOCUMENT_ALTERNATIVES", 600)
    judged = [c for c in check_document(parse_text(TWICE + claims, "a.md")).claims if c.kind == "kl"]
    assert [c.verdict for c in judged] == ["false", "false"]


def test_past_the_documents_budget_of_diagnoses_a_false_claim_gets_its_value_without_the_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kldocs.checker import formula_verdicts, verdicts

    pair = "$P = (0.2, 0.8)$ and $Q = (0.5, 0.5)$, natural logs.\n\n"  # a base decided: the claims get values
    swapped = "$D_{KL}(P \\| Q) = 0.2231$\n\n$D_{KL}(P \\| Q) \\approx 0.223$\n"  # D_KL(Q||P) = 0.22314
    monkeypatch.setattr(formula_verdicts, "MAX_DIAGNOSED", 1)
    notes = [c.note for c in verdicts.check_document(parse_text(pair + swapped, "a.md")).claims if c.kind == "kl"]
    assert ["other direction" in note for note in notes] == [True, False]
    assert all(note.startswith("D_KL(P||Q) = 0.1927") for note in notes)


def test_a_notebooks_markdown_cells_share_one_documents_reading_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from kldocs.checker import markdown_reader
    from kldocs.checker.notebook_reader import read_notebook

    cells = [{"cell_type": "markdown", "metadata": {}, "source": f"Cell {n}.\n\nMore.\n"} for n in range(1, 6)]
    notebook = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    monkeypatch.setattr(markdown_reader, "MAX_BLOCK_TOKENS", 13)  # a cell is 6 block tokens
    document = read_notebook(notebook, "n.ipynb")
    assert [document.cell(region.offset) for region in document.prose if "Cell" in region.text] == [1, 2]
    assert [document.cell(part.offset) for part in document.skipped] == [3]  # said once, where it stopped


def test_reading_stops_after_the_most_lines_a_document_is_read_and_says_where(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each line of a long paragraph costs markdown-it tens of microseconds: 5 million two-character lines took
    # 270 s before lines were counted.
    from kldocs.checker import markdown_reader

    monkeypatch.setattr(markdown_reader, "MAX_LINES", 5)
    text = "$H(P) = 1$\n" * 3 + "\n" + "$H(Q) = 2$\n" * 4
    document = parse_text(text, "a.md")
    assert [region.text for region in document.math] == ["H(P) = 1"] * 3 + ["H(Q) = 2"]
    assert [(document.line(part.offset), "5 lines" in part.reason) for part in document.skipped] == [(6, True)]


def test_cells_copied_as_text_count_against_the_lines_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from kldocs.checker import markdown_reader

    monkeypatch.setattr(markdown_reader, "MAX_LINES", 20)
    text = "Cells:\n\n" + "In [1]:\nx = 1\nprint(x)\n\n1\n\n\n" * 6
    document = parse_text(text, "a.txt")
    # Three cells of seven lines use up twenty lines: the fourth is not read, and the note says where.
    assert [document.line(region.offset) for region in document.code] == [4, 11, 18]
    assert [(document.line(part.offset), "20 lines" in part.reason) for part in document.skipped] == [(24, True)]


def test_claims_read_from_printed_output_count_against_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    # A block's printed output gave claims that did not count while reading, so every block of a document was
    # read before the cap was applied (a 1.6 MB document of 20,000 blocks and their outputs took 11 s).
    from kldocs.checker import claims
    from kldocs.checker.claims import MAX_STATEMENTS

    block = "```python\nprint(entropy([0.25, 0.75], base=2))\n```\n\n```\n0.8112781244591328\n```\n\n"
    calls: list[int] = []
    reader = claims.printed_items

    def counted(*args: Any) -> Any:
        calls.append(1)
        return reader(*args)

    monkeypatch.setattr(claims, "printed_items", counted)
    items = claims.find_claims(parse_text(block * 2 * MAX_STATEMENTS, "a.md"))
    assert len(calls) <= MAX_STATEMENTS + 1  # a block gives at least one claim: reading stops by then
    assert isinstance(items[-1], claims.Unreadable) and "reading stopped" in items[-1].reason


@pytest.mark.parametrize("claim", ["H(P) = 1.2 × 10^-999999 bits.", "$H(P) = 9^{9999}$ bits."])
def test_claims_too_large_to_read_count_against_the_cap_while_reading(
    monkeypatch: pytest.MonkeyPatch, claim: str
) -> None:
    # A claim listed as not read (an exponent too large) did not count: 10 MB of them was read up to the
    # Markdown reader's own limits, 10,000 claims (7 s), although a report lists 1,000.
    from kldocs.checker import claims
    from kldocs.checker.claims import MAX_STATEMENTS
    from kldocs.checker.statement_reading import STOPPED

    reads = counting_reads(monkeypatch)
    items = claims.find_claims(parse_text(f"{claim}\n\n" * 2 * MAX_STATEMENTS, "a.md"))
    assert len(reads) <= MAX_STATEMENTS + 1
    unread = [item for item in items if isinstance(item, claims.Unreadable)]
    assert [item.line for item in unread if item.reason == STOPPED] == [2 * MAX_STATEMENTS - 1]
    assert max(item.line for item in unread) == 2 * MAX_STATEMENTS - 1


def counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the pieces of prose and maths the claim readers read (``statement_reading._read``)."""
    from kldocs.checker import statement_reading

    calls: list[int] = []
    reader = statement_reading._read

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return reader(*args, **kwargs)

    monkeypatch.setattr(statement_reading, "_read", counted)
    return calls


def test_properties_stated_in_paragraphs_count_against_the_cap_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # Properties were counted only once every paragraph had been read: 10 MB of prose that says "the KL divergence
    # is not symmetric" in each paragraph was read to the end (12 s) although the report stopped after 1,000.
    from kldocs.checker import claim_cap, claims

    calls: list[int] = []
    reader = claims.worded_properties

    def counted(*args: Any) -> Any:
        calls.append(1)
        return reader(*args)

    monkeypatch.setattr(claims, "MAX_STATEMENTS", 10)
    monkeypatch.setattr(claim_cap, "MAX_STATEMENTS", 10)  # the cap applied to all the readers' claims together
    monkeypatch.setattr(claims, "worded_properties", counted)
    items = claims.find_claims(parse_text("The KL divergence is not symmetric.\n\n" * 200, "a.md"))
    assert len(calls) <= 12  # one property a paragraph: the paragraphs after the cap are not read
    assert sum(isinstance(item, claims.Property) for item in items) == 10
    assert isinstance(items[-1], claims.Unreadable) and "reading stopped" in items[-1].reason


def test_a_code_cell_longer_than_a_markdown_block_may_be_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every line of code is parsed for its calls and comments: one cell of 230,000 lines took 77 s.
    from kldocs.checker import notebook_reader

    monkeypatch.setattr(notebook_reader, "MAX_BLOCK_LINES", 3)
    notebook = _code_cells(["a = 1\n" * 3, "a = 1\n" * 4])  # 3 lines are read; 4 are more than 3
    document = notebook_reader.read_notebook(notebook, "n.ipynb")
    assert [document.cell(region.offset) for region in document.code] == [1]
    skipped = [(document.cell(part.offset), "more than 3 lines" in part.reason) for part in document.skipped]
    assert skipped == [(2, True)]


def test_reading_stops_after_the_most_characters_a_document_is_read_and_says_where(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every way of reading passes over each character of prose: 10 MB of English sentences took 8 s.
    from kldocs.checker import markdown_reader

    monkeypatch.setattr(markdown_reader, "MAX_CHARACTERS", 40)
    text = "$H(P) = 1$\n\n" * 3 + "$H(Q) = 2$\n\n" * 3  # 12 characters a paragraph with its blank line
    document = parse_text(text, "a.md")
    # Lines that end within the first 40 characters are read: the first three paragraphs and their blank lines
    # (36 characters); the formula on line 7 would end at 47, past the limit, and is not read at all.
    assert [region.text for region in document.math] == ["H(P) = 1"] * 3
    skipped = [(document.line(part.offset), "up to 40 characters" in part.reason) for part in document.skipped]
    assert skipped == [(7, True)]


def _code_cells(sources: list[str], printed: list[str] | None = None) -> str:
    """A notebook of code cells, each with what it printed (when given)."""
    import json

    outputs = [[{"output_type": "stream", "name": "stdout", "text": text}] for text in printed or []]
    cells = [
        {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": out, "source": source}
        for source, out in zip(sources, outputs or [[] for _ in sources], strict=True)
    ]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


@pytest.mark.parametrize(
    ("limit", "size", "notebook", "read"),
    [
        # One printed output of 450,000 lines took 14 s: each line of output is read as a line of prose.
        # Cell 1's code and output (1 + 2 lines and a blank) and cell 2's code are read; its 9 printed lines are not.
        ("MAX_LINES", 6, _code_cells(["print(h)"] * 3, ["0.5\n" * count for count in (2, 9, 1)]), [1, 2]),
        # Cells of 14 characters with 2 between them: 16 + 14 is more than 25.
        ("MAX_CHARACTERS", 25, _code_cells(["h = entropy(p)", "k = entropy(q)", "x = 1"]), [1]),
    ],
)
def test_a_notebooks_cells_count_against_what_one_document_is_read_up_to(
    monkeypatch: pytest.MonkeyPatch, limit: str, size: int, notebook: str, read: list[int]
) -> None:
    from kldocs.checker import markdown_reader, notebook_reader

    monkeypatch.setattr(markdown_reader, limit, size)  # the budget a notebook's cells share
    monkeypatch.setattr(notebook_reader, limit, size)  # the limit the note gives
    document = notebook_reader.read_notebook(notebook, "n.ipynb")
    assert sorted({document.cell(region.offset) or 0 for region in [*document.code, *document.outputs]}) == read
    unit = limit.removeprefix("MAX_").lower()
    assert [(document.cell(part.offset), f"up to {size} {unit}" in part.reason) for part in document.skipped] == [
        (2, True)
    ]


def test_unit_words_past_the_most_read_decide_no_base(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every "bits" in prose is a base statement: 10 MB of them took half a minute to tally.
    from kldocs.checker import claims
    from kldocs.checker.bases import BaseRules

    monkeypatch.setattr(claims, "MAX_BASE_STATEMENTS", 3)
    text = "We count in bits.\n\n" * 2 + "Nats, nats, nats and nats.\n\n$H(P) = 0.5$\n"
    document = parse_text(text, "a.md")
    items = claims.find_claims(document)
    said = [item.base for item in items if isinstance(item, claims.BaseStatement)]
    assert said == ["2", "2", "e"]  # the first three; the fourth "nats" would have tied the tally
    assert BaseRules(document, items, None).document_choice().name == "2"


def test_half_a_surrogate_pair_escaped_in_a_notebook_is_read_as_a_replacement_character() -> None:
    # JSON writes "\ud800" and json.loads keeps it, but no encoding can: the line table's UTF-32 copy raised.
    from kldocs.checker import notebook_reader

    source = "$H(P) = 1$ bit \ud800.\n\nThe KL divergence \udfff is 0.5 nats."
    notebook = json.dumps({"cells": [{"cell_type": "markdown", "metadata": {}, "source": source}], "nbformat": 4})
    assert "\\ud800" in notebook
    document = notebook_reader.read_notebook(notebook, "n.ipynb")
    assert document.text == source.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert [region.text for region in document.math] == ["H(P) = 1"]


@pytest.mark.parametrize(
    ("limit", "size", "text", "read", "note"),
    [
        # Paragraphs with nothing to walk cost little each, but 10 MB of them took two minutes.
        ("MAX_LINES", 6, "x\n\n" * 10, 3, "up to 6 lines"),
        ("MAX_CHARACTERS", 9, "x\n\n" * 10, 3, "up to 9 characters"),
        # Each paragraph walked costs pylatexenc about a millisecond: 8,000 short formulas took 7 s.
        ("MAX_WALKED_PARAGRAPHS", 2, "$H(P) = 1$\n\n" * 5, 2, "up to 2 paragraphs with maths"),
    ],
)
def test_a_latex_document_is_read_up_to_limits_like_markdowns(
    monkeypatch: pytest.MonkeyPatch, limit: str, size: int, text: str, read: int, note: str
) -> None:
    from kldocs.checker import latex_reader

    monkeypatch.setattr(latex_reader, limit, size)
    document = latex_reader.read_latex(text, "a.tex")
    assert len(document.prose) + len(document.math) == read
    assert [(document.line(part.offset), note in part.reason) for part in document.skipped] == [(2 * read + 1, True)]


def test_rows_of_a_text_table_head_no_tables_of_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # Lines such as "H(P) = 1 bit" may head a table and are its rows too: each one was a header over the next
    # 200 lines, and a paragraph of them took seconds.
    from kldocs.checker import entropy_tables

    cut: list[str] = []
    cells = entropy_tables._cells

    def counted(line: str) -> list[str] | None:
        cut.append(line)
        return cells(line)

    monkeypatch.setattr(entropy_tables, "_cells", counted)
    lines = [(index * 13, "H(P) = 1 bit") for index in range(600)]
    tables = list(entropy_tables._text_tables(lines))
    assert [len(table.rows) for table in tables] == [199, 199, 199]  # a header and 199 rows, three times
    assert len(cut) <= 2 * len(lines)


def test_past_the_most_blocks_parsed_no_name_stands_for_a_measures_value(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each block is parsed to follow names across cells: a notebook of 10,000 cells took 10 s. Past the blocks
    # read, a name may be given another value unseen, so none is known.
    from kldocs.checker import code_names
    from kldocs.checker.documents import Region

    blocks = [Region("code", "kl = entropy(p, q)", 0), Region("code", "p = [0.5, 0.5]", 40)]
    assert code_names.code_measures(blocks, None, {})["kl"][1] is not None
    monkeypatch.setattr(code_names, "MAX_LIST_BLOCKS", 1)
    assert code_names.code_measures(blocks, None, {}) == {"kl": (0, None)}


def test_code_is_read_up_to_a_number_of_blocks_and_a_length_each(monkeypatch: pytest.MonkeyPatch) -> None:
    from kldocs.checker import documents

    monkeypatch.setattr(documents, "MAX_CODE_BLOCKS", 2)
    monkeypatch.setattr(documents, "MAX_CODE_CHARACTERS", 30)
    blocks = ["x = 1", "y = [0.5, 0.5]  # a list of two numbers", "z = 2", "w = 3"]
    document = parse_text("".join(f"```python\n{code}\n```\n\n" for code in blocks), "a.md")
    assert [region.text for region in document.code] == ["x = 1", "z = 2"]
    reasons = [(document.line(part.offset), part.reason) for part in document.skipped]
    assert reasons == [
        (6, "a block of code of more than 30 characters is not read"),
        (14, "code is read up to 2 blocks a document; none after this is read"),
    ]
    monkeypatch.setattr(documents, "MAX_CODE_LINES", 3)
    document = parse_text("```python\na = 1\nb = 2\n```\n\n```python\nc = 3\nd = 4\n```\n", "a.md")
    assert [region.text for region in document.code] == ["a = 1\nb = 2"]
    assert [part.reason for part in document.skipped] == [
        "code is read up to 3 lines a document; none after this is read"
    ]


def test_a_line_that_goes_past_the_characters_read_is_not_read_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    from kldocs.checker import markdown_reader

    monkeypatch.setattr(markdown_reader, "MAX_CHARACTERS", 40)
    document = parse_text("$H(P) = 1$\n\n" + "$x$ " * 1000 + "\n", "a.md")
    assert [region.text for region in document.math] == ["H(P) = 1"]
    assert [(document.line(part.offset), "up to 40 characters" in part.reason) for part in document.skipped] == [
        (3, True)
    ]
    assert len(document.text) < 300  # the rest of the long line is cut off before anything reads it
