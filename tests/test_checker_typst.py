"""Typst documents: markup, code and maths written as Markdown and LaTeX, then judged by the usual readers.

Values by hand: for P = (0.2, 0.5, 0.3) and Q = (0.1, 0.6, 0.3), D_KL(P||Q) = 0.0684828 bits (0.0474687 nats),
D_KL(Q||P) = 0.0578206 bits, H(P) = 1.4854753 bits, JSD(P, Q) = 0.0155390 bits and half the Jeffreys divergence
(D_KL(P||Q) + D_KL(Q||P)) / 2 = 0.0631517 bits.
"""

from __future__ import annotations

import pytest

from kldocs.checker import check_text
from kldocs.checker.typst_maths import latex_from_typst
from kldocs.checker.typst_reader import _string_end, _word_start, markdown_from_typst

HEAD = "#set page(width: 12cm)\n= Two distributions\n#let p = (0.2, 0.5, 0.3)\n#let q = (0.1, 0.6, 0.3)\n\n"


def verdicts(text: str) -> list[tuple[str, str, int]]:
    """(kind, verdict, line) of each claim about a measure, definitions of distributions left out."""
    report = check_text(text, "notes.typ")
    return [(claim.kind, claim.verdict, claim.lines[0]) for claim in report.claims if claim.kind != "definition"]


@pytest.mark.parametrize(
    ("typst", "latex"),
    [
        ('D_"KL"(P || Q)', "D_{\\text{KL}}(P \\| Q)"),
        ("D_(K L)(P||Q)", "D_{KL}(P\\|Q)"),
        ("sum_(x in cal(X)) p(x)", "\\sum_{x \\in \\mathcal{X}} p(x)"),
        ("log_2 frac(p_i, q_i)", "\\log_{2} \\frac{p_{i}}{q_{i}}"),
        ("p(x) / q(x)", "\\frac{p(x)}{q(x)}"),
        ("(a + b)/2", "\\frac{a + b}{2}"),
        ("1/2 D(P || M)", "\\frac{1}{2} D(P \\| M)"),
        ("a dot b times c quad ln 2 approx 0.69", "a \\cdot b \\times c \\quad \\ln 2 \\approx 0.69"),
        ('x ≈ 0.5 "bits"', "x \\approx 0.5 \\text{bits}"),
        ('upright(JSD)(P, Q) + bold(p) + upright("KL")', "\\mathrm{JSD}(P, Q) + \\mathbf{p} + \\mathrm{KL}"),
        ("lr((a - b)) + norm(x)", "\\left(a - b\\right) + \\|x\\|"),
        ("a &= b \\\n&= c", "a &= b \\\\\n&= c"),
        ("\\( a \\, b \\)", "(a, b)"),
        ('x "bits / s"', "x \\text{bits / s}"),
    ],
)
def test_typst_maths_is_written_as_latex(typst: str, latex: str) -> None:
    assert latex_from_typst(typst) == latex


@pytest.mark.parametrize("typst", ["mat(1, 2; 3, 4)", "x^2^3", "f(x", "a_", "cases(x, y)", "arrow.l.squiggly"])
def test_typst_maths_with_anything_unknown_is_not_converted(typst: str) -> None:
    assert latex_from_typst(typst) is None


def test_every_line_keeps_its_number() -> None:
    text = HEAD + "/* a\n b */\n#table(\n  columns: 2,\n  [x], [P],\n  [a], [0.5],\n)\n$ H(P)\n  = 1 $\nend\n"
    written = markdown_from_typst(text)
    assert written.count("\n") == text.count("\n")
    assert written.split("\n")[-2] == "end"


def test_true_claims_in_maths_and_markup_hold_on_their_lines() -> None:
    text = HEAD + (
        "The divergence in bits:\n"
        '$ D_"KL"(P || Q) = sum_i p_i log_2 (p_i / q_i) approx 0.0685 "bits" $\n'
        "+ The entropy $H(P) = -sum_x p(x) log_2 p(x) approx 1.485$ bits.\n"
        "- In nats, $D_(K L)(P||Q) approx 0.0475$ nats.\n"
    )
    found = verdicts(text)
    assert ("kl", "holds", 7) in found and ("entropy", "holds", 8) in found and ("kl", "holds", 9) in found
    assert all(verdict != "false" for _, verdict, _ in found)


def test_a_table_defines_the_distributions() -> None:
    text = (
        "#table(\n  columns: 3,\n  [$x$], [$P$], [$Q$],\n  [a], [0.2], [0.1],\n  [b], [0.5], [0.6],\n"
        "  [c], [0.3], [0.3],\n)\n\n$ D(P || Q) approx 0.0685 $ bits.\n"
    )
    assert ("kl", "holds", 9) in verdicts(text)


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ('$D_"KL"(P || Q) approx 0.085$ bits.', "kl"),  # a wrong value
        ('$D_"KL"(P || Q) approx 0.0578$ bits.', "kl"),  # the value of D_KL(Q||P): swapped
        ("$upright(JSD)(P, Q) approx 0.0632$ bits.", "jsd"),  # half the Jeffreys divergence called the JSD
        ("$D_(K L)(P || Q) < 0$ can happen for some $Q$.", "bound"),  # KL divergence negative
    ],
)
def test_planted_mistakes_are_false(claim: str, kind: str) -> None:
    found = verdicts(HEAD + claim + "\n")
    assert (kind, "false", 6) in found


@pytest.mark.parametrize(
    "near_miss",
    [
        '// $D_"KL"(P || Q) = 0.5$ bits',
        '/* $D_"KL"(P || Q) = 0.5$ bits */',
        '```\n$D_"KL"(P || Q) = 0.5$ bits\n```',
        '```typst\n$D_"KL"(P || Q) = 0.5$ bits\n```',
        'Is $D_"KL"(P || Q) = 0$? No.',
        '#let note = [$D_"KL"(P || Q) = 0.5$ bits]',
        "#set text(size: 10pt) // $D(P || Q) = 0.5$",
    ],
)
def test_maths_in_comments_raw_blocks_bindings_and_questions_is_not_judged(near_miss: str) -> None:
    assert all(verdict != "false" for _, verdict, _ in verdicts(HEAD + near_miss + "\n"))


def test_a_binding_that_is_not_a_list_of_numbers_is_no_distribution() -> None:
    written = markdown_from_typst('#let p = calc.pow(2, 3)\n#let name = "P"\n')
    assert written == "\n\n"


def test_a_call_keeps_only_its_content() -> None:
    written = markdown_from_typst('#figure(image("a.png"), caption: [The values of $P$.])')
    assert written == "The values of $P$."


def test_layouts_of_the_same_formula_are_read_once_and_notes_in_maths_follow_it() -> None:
    text = HEAD + ("#chain(\n  width => $ H(P) approx 1.485 #note[In bits.] $,\n  width => $ H(P) approx 1.485 $,\n)\n")
    written = markdown_from_typst(text).split("\n")
    assert written[6].strip() == "$$H(P) \\approx 1.485$$ In bits."
    assert not written[7].strip()
    assert verdicts(text).count(("entropy", "holds", 7)) == 1


@pytest.mark.parametrize("name", ["en/handout.typ", "en/handout-slides.typ", "ko/handout.typ", "ko/handout-slides.typ"])
def test_the_handouts_own_typst_has_no_false_claim(name: str) -> None:
    from tests.snapshots import render_all

    report = check_text(render_all()[name], name)
    assert len(report.claims) >= 40
    assert report.false_count == 0


@pytest.mark.parametrize(
    "withdrawn",
    [
        "/* outer draft /* inner note */ $D(P || Q) = 0.9$ nats; KL divergence is symmetric */",
        "#hide[KL divergence is symmetric, and $D(P || Q) = 0.9$ nats.]",
        "#strike[KL divergence is symmetric, and $D(P || Q) = 0.9$ nats.]",
    ],
)
def test_nested_comments_and_hidden_or_struck_content_are_not_claims(withdrawn: str) -> None:
    lead = "= Notes\n\nLet $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n"
    text = lead + withdrawn + "\n\n$D(P || Q) approx 0.511$ nats.\n"
    assert [verdict for _, verdict, _ in verdicts(text)] == ["holds"]
    assert markdown_from_typst(text).count("\n") == text.count("\n")


@pytest.mark.parametrize("binding", ["#let q = p", "#let q = normalize(w)", "#let q = (\n  p\n)"])
def test_a_binding_not_read_as_numbers_leaves_no_earlier_value_in_force(binding: str) -> None:
    text = HEAD + binding + '\n\nNow $D_"KL"(p || q) = 0$.\n'
    claim = next(claim for claim in check_text(text, "notes.typ").claims if claim.kind == "kl")
    assert claim.verdict == "unchecked"
    assert claim.note.startswith("code on line 6 gives q a value that is not read")


@pytest.mark.parametrize(
    "code",
    [
        "#{\n  let q = (0.5, 0.25, 0.25)\n  [A block of its own.]\n}",
        "#if true [\n  let q = (0.5, 0.25, 0.25)\n] else [\n  q = (0.5, 0.25, 0.25)\n]",
        "#for x in (1, 2) {\n  let q = (0.5, 0.25, 0.25)\n}",
        "#while false [\n  q = (0.5, 0.25, 0.25)\n]",
        "#context {\n  let q = (0.5, 0.25, 0.25)\n}",
    ],
)
def test_code_blocks_and_the_bodies_of_conditionals_loops_and_contexts_are_not_prose(code: str) -> None:
    text = HEAD + code + '\n\n$D_"KL"(p || q) approx 0.0475$ nats.\n'
    written = markdown_from_typst(text)
    assert "0.25" not in written and written.count("\n") == text.count("\n")
    assert verdicts(text)[-1][:2] == ("kl", "holds")


def test_a_long_formula_and_a_long_text_with_code_spans_are_read_whole() -> None:
    # Both took quadratic time once (44 s and 18 s of CPU at 200 KB and 10 MB); their speed is measured in
    # benchmarks, not tested here. What is tested is that they are read whole and as they are.
    latex = latex_from_typst("log a + " * 2_000 + "1")
    assert latex is not None and latex.startswith("\\log a + \\log a") and latex.endswith("+ 1")
    assert latex.count("\\log a") == 2_000
    text = "`x` " * 500 + "\n```\n" + "a" * 20_000 + "\n```\n"
    assert markdown_from_typst(text) == text
    prose = "Plain prose of a handout, with numbers 0.25 and signs: a line of it.\n" * 1_000
    assert markdown_from_typst(prose) == prose


def test_strings_are_skipped_and_names_found_only_where_they_start() -> None:
    assert _string_end('f("a, b", c)', 2, 12) == 8
    assert _string_end('f("a, b', 2, 7) == 7
    assert _word_start("table(", 0) and _word_start("(table(", 1)
    assert not _word_start("my-table(", 3) and not _word_start("x.table(", 2) and not _word_start("xtable(", 1)
