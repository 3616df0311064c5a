"""``kldocs.checker.verdicts``: each claim judged against the exact core, with the correct value and why."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import mpmath
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from kldocs.checker import Checked, Report, check_file, check_text
from kldocs.exact import Base

DOCUMENTS = Path(__file__).parent / "documents"
DEFINITIONS = "Let $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$, natural logs.\n\n"


def claim(report: Report, text: str) -> Checked:
    """The one claim whose text is ``text``."""
    found = [item for item in report.claims if item.text == text]
    assert len(found) == 1, [item.text for item in report.claims]
    return found[0]


def verdict(text: str, *, base: Base | None = None, name: str = "a.md") -> Checked:
    """The verdict on the last claim (not a definition) of the reference definitions followed by ``text``."""
    report = check_text(DEFINITIONS + text, name, base)
    return [item for item in report.claims if item.kind != "definition"][-1]


# --- the test documents --------------------------------------------------------------------------------------


def test_true_lecture_has_only_claims_that_hold() -> None:
    report = check_file(DOCUMENTS / "lecture_true.md")
    assert report.false_count == 0
    assert report.count("unchecked") == 0
    assert report.base.name == "e" and report.base.how == "stated"
    kinds = {item.kind for item in report.claims}
    assert {
        "definition",
        "kl",
        "entropy",
        "cross_entropy",
        "expression",
        "jsd_definition",
        "bound",
        "symmetry",
    } <= kinds
    reverse = claim(report, r"D_{KL}(Q \| P) \approx 0.0324")
    assert (reverse.verdict, reverse.value, reverse.lines) == ("holds", "0.03238211191", (13,))
    expansion = [item for item in report.claims if item.kind == "expression" and r"\log\frac{0.2}{0.3}" in item.text]
    assert expansion[0].note.endswith("each term matches one category")


def test_false_lecture_flags_each_kind_of_slip() -> None:
    report = check_file(DOCUMENTS / "lecture_false.md")
    assert report.false_count == 8
    digit = claim(report, r"D_{KL}(P \| Q) = 0.0315")
    assert (digit.verdict, digit.value) == ("false", "0.03047875404")
    assert "0.0305 at 4 decimal places, not 0.0315" in digit.note
    swapped = claim(report, r"D_{KL}(P \| Q) = 0.0324")
    assert swapped.verdict == "false" and "0.0324 is D_KL(Q||P), the other direction" in swapped.note
    bits = claim(report, r"D_{KL}(P \| Q) = 0.0440")
    assert bits.verdict == "false" and "0.0440 is D_KL(P||Q) in bits, not nats" in bits.note
    distance = claim(report, r"\mathrm{JSD}(P, Q) = 0.0884")
    assert distance.verdict == "false" and distance.value == "0.007817400171"
    assert "Jensen-Shannon distance sqrt(JSD)" in distance.note
    term = next(item for item in report.claims if item.kind == "expression")
    assert (term.verdict, term.lines, term.value) == ("false", (14,), "0.03047875404")
    assert r"the term 0.5 \ln \frac{0.4}{0.5} matches no category; 0.5 ln(0.5/0.4) for x2 is missing" in term.note
    assert claim(report, r"H(P) \approx 1.03").verdict == "holds"


def test_a_mislabelled_jsd_is_flagged_with_both_numbers() -> None:
    report = check_file(DOCUMENTS / "lecture_false.md")
    (mislabel,) = [item for item in report.claims if item.kind == "jsd_definition"]
    assert mislabel.verdict == "false"
    assert mislabel.value == "0.007817400171"  # the true JSD
    assert "half the Jeffreys divergence, 0.03143 nats here" in mislabel.note  # (0.0304788 + 0.0323821) / 2
    assert "M = (P+Q)/2 = 0.007817" in mislabel.note


def test_symmetry_and_boundedness_sentences_are_flagged() -> None:
    report = check_file(DOCUMENTS / "lecture_false.md")
    symmetric = claim(report, "KL divergence is symmetric")
    assert (symmetric.kind, symmetric.verdict) == ("symmetry", "false")
    assert "D_KL(P||Q) = 0.03048 but D_KL(Q||P) = 0.03238" in symmetric.note
    bounded = claim(report, "KL divergence is bounded")
    assert (bounded.kind, bounded.verdict) == ("bound", "false")
    assert "no upper bound" in bounded.note


@pytest.mark.parametrize(
    ("value", "unit", "in_bits"),
    [("0.0440", "bits", True), ("0.0440", "비트", True), ("0.0440", "ビット", True), ("0.0305", "nats", False)],
)
def test_a_symmetry_note_gives_its_numbers_in_the_unit_written_beside_it(value: str, unit: str, in_bits: bool) -> None:
    text = f"Let $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n\n$D(P||Q) = {value}$ {unit}. KL is not symmetric.\n"
    note = claim(check_text(text, "units.md"), "KL is not symmetric").note
    scale = 1 / mpmath.log(2) if in_bits else 1
    forward = mpmath.nstr(scale * (0.2 * mpmath.log(mpmath.mpf(2) / 3) + 0.5 * mpmath.log(1.25)), 4)
    backward = mpmath.nstr(scale * (0.3 * mpmath.log(1.5) + 0.4 * mpmath.log(0.8)), 4)
    assert f"D_KL(P||Q) = {forward} but D_KL(Q||P) = {backward} {'bits' if in_bits else 'nats'})" in note


def test_slide_builds_are_reported_once_with_all_their_lines() -> None:
    report = check_file(DOCUMENTS / "slides.txt")
    assert report.false_count == 0
    expansion = claim(
        report, r"D_{KL}(P \| Q) = 0.2 \log\frac{0.2}{0.3} + 0.5 \log\frac{0.5}{0.4} + 0.3 \log\frac{0.3}{0.3}"
    )
    assert expansion.lines == (12, 16)
    reverse = claim(report, "D_KL(Q‖P) ≈ 0.0324")
    assert reverse.lines == (21, 25) and reverse.verdict == "holds"
    assert "nats" in reverse.note and "inferred" not in reverse.note  # the formula says ln
    assert claim(report, r"D_{KL}(P \| Q) \approx 0.0305").lines == (17,)
    assert claim(report, "KL(P||Q) ≠ KL(Q||P)").verdict == "holds"


def test_latex_notes_in_bits() -> None:
    report = check_file(DOCUMENTS / "notes.tex")
    assert report.base.name == "2" and report.base.how == "stated"
    assert all("H(P) = 7" not in item.text for item in report.claims)  # a comment
    assert claim(report, "H(P) = 1.5").verdict == "holds"
    assert claim(report, r"D_{\mathrm{KL}}(P \parallel Q) = 0.25").verdict == "holds"
    wrong = claim(report, r"D_{\mathrm{KL}}(Q \parallel P) = 0.5")
    assert (wrong.verdict, wrong.value) == ("false", "0.25")


def test_notebook_claims_point_at_cells_and_lines() -> None:
    report = check_file(DOCUMENTS / "notebook.ipynb")
    divergence = claim(report, r"D_{KL}(P \| Q) \approx 0.0305")
    assert (divergence.cell, divergence.lines) == (3, (1,))
    entropy = claim(report, "H(Q) = 1.20")
    assert (entropy.verdict, entropy.value, entropy.cell, entropy.lines) == ("false", "1.088899975", 3, (3,))
    assert all("99" not in item.text for item in report.claims)  # code cells are not read


def test_a_value_holds_in_the_usual_base_it_holds_in_when_the_document_names_none() -> None:
    report = check_file(DOCUMENTS / "no_base.md")
    assert (report.base.name, report.base.how) == ("per claim", "per claim")
    assert report.false_count == 0
    divergence = claim(report, r"D_{KL}(P \| Q) = 0.737")
    assert (divergence.base, divergence.unit) == ("2", "bits")
    assert "read in bits: the document names no log base" in divergence.note


def test_a_value_that_holds_in_no_usual_base_gets_each_bases_value_and_no_base_of_its_own() -> None:
    """Nothing decides the base of a claim that holds in neither nats nor bits: no correction in one unit."""
    # D_KL(P||Q) for P = (1/2, 1/2), Q = (9/10, 1/10): 1/2 ln(5/9) + 1/2 ln 5 = 0.5108... nats, 0.7369... bits.
    nats = (mpmath.log(mpmath.mpf(5) / 9) + mpmath.log(5)) / 2
    (wrong,) = check_text("$P = (0.5, 0.5)$, $Q = (0.9, 0.1)$: $D_{KL}(P \\| Q) = 0.75$.", "a.md").claims[2:]
    assert (wrong.verdict, wrong.value, wrong.base, wrong.unit) == ("false", None, None, None)
    assert wrong.note.startswith("the document names no log base, and it holds in none of the usual bases: ")
    assert f"in nats, D_KL(P||Q) = {mpmath.nstr(nats, 10)} nats, which is 0.51 at 2 decimal places" in wrong.note
    assert f"in bits, D_KL(P||Q) = {mpmath.nstr(nats / mpmath.log(2), 10)} bits, which is 0.74" in wrong.note


def test_a_worked_sum_with_bare_logs_that_holds_in_no_base_is_shown_in_both() -> None:
    """The sum is 1.4171... bits (0.9822... nats); 1.40 is neither rounded nor cut off in either unit."""
    marginal = [mpmath.mpf(11) / 24, mpmath.mpf(5) / 12, mpmath.mpf(3) / 24]
    nats = _nats(marginal, marginal)
    text = (
        "\\[ H(Y) = -\\frac{11}{24}\\log\\frac{11}{24} - \\frac{5}{12}\\log\\frac{5}{12} "
        "- \\frac{3}{24}\\log\\frac{3}{24} \\approx 1.40 \\]\n"
    )
    (wrong,) = check_text(text, "sheet.tex").claims
    assert (wrong.verdict, wrong.value, wrong.base, wrong.unit) == ("false", None, None, None)
    assert f"in nats, the left side = {mpmath.nstr(nats, 10)}, which is 0.98 at 2 decimal places" in wrong.note
    assert f"in bits, the left side = {mpmath.nstr(nats / mpmath.log(2), 10)}, which is 1.42" in wrong.note


def test_a_value_in_words_that_holds_in_no_usual_base_gets_no_base_of_its_own() -> None:
    # D_KL(P||Q) = 0.5108... nats or 0.7369... bits; D_KL(Q||P) = 0.3680... nats or 0.5310... bits: none is 0.61.
    text = "$P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\nThe KL divergence is 0.61.\n"
    (wrong,) = [item for item in check_text(text, "a.md").claims if item.kind != "definition"]
    assert (wrong.verdict, wrong.value, wrong.base, wrong.unit) == ("false", None, None, None)
    assert "nats" in wrong.note and "bits" in wrong.note


def test_a_lost_minus_sign_in_a_document_with_no_base_is_shown_in_each_base() -> None:
    # 0.25 log 0.25 + 0.75 log 0.75 is -H(0.25, 0.75): -0.5623... in nats, -0.8112... in bits.
    nats = mpmath.mpf("0.25") * mpmath.log("0.25") + mpmath.mpf("0.75") * mpmath.log("0.75")
    (lost,) = check_text("A coin.\n\n$0.25\\log 0.25 + 0.75\\log 0.75 = 0.811$\n", "a.md").claims
    assert (lost.verdict, lost.value, lost.base, lost.unit) == ("unchecked", None, None, None)
    assert lost.note.startswith("the document names no log base: in nats, the left side reads as ")
    assert f"in bits, the left side reads as {mpmath.nstr(nats / mpmath.log(2), 10)}" in lost.note


def test_a_plain_log_is_not_read_in_the_base_a_formulas_ln_names() -> None:
    """An exam proves a bound with ``\\ln`` in one question and works in bits with ``\\log`` in the next."""
    # H(1/8, 7/8) = 0.5435... bits (0.3767... nats); 1/2 log 2 + 1/2 log 4 = 3/2 in bits (1.0397... in nats).
    bits = (mpmath.log(8) / 8 + 7 * mpmath.log(mpmath.mpf(8) / 7) / 8) / mpmath.log(2)
    text = (
        "Prove that $$D(p\\|q)=\\sum_{x} p(x)\\ln\\frac{p(x)}{q(x)} \\ge 0.$$\n\n"
        "Let $P = (1/8, 7/8)$. Then $H(P) = \\frac{1}{8}\\log 8 + \\frac{7}{8}\\log\\frac{8}{7} \\approx 0.544$, "
        "and $\\frac{1}{2}\\log 2 + \\frac{1}{2}\\log 4 = \\frac{3}{2}$. Also $H(P) \\approx 0.377$.\n"
    )
    report = check_text(text, "exam.md")
    assert report.base.name == "e"  # the \ln of the definition still names the document's base
    entropy = claim(report, "H(P) \\approx 0.544")
    assert (entropy.verdict, entropy.unit) == ("holds", "bits") and mpmath.nstr(bits, 3) == "0.544"
    assert "(read in bits: it writes log, not the \\ln that names the document's base)" in entropy.note
    assert claim(report, "\\frac{1}{2}\\log 2 + \\frac{1}{2}\\log 4 = \\frac{3}{2}").verdict == "holds"
    no_log = claim(report, "H(P) \\approx 0.377")  # no log of its own: the document's base, nats
    assert (no_log.verdict, no_log.unit) == ("holds", "nats")


def test_each_question_of_an_exam_has_random_variables_of_its_own() -> None:
    """An exam's second question takes a new X; its P, a distribution's name, stays in force."""
    text = (
        "\\begin{enumerate}\n"
        "\\item Let $X = (1/2, 1/2)$ and $P = (1/4, 3/4)$. Then $H(X) = 1$ bit.\n"
        "\\begin{enumerate}\\item A part of question one: $H(X) = 1$ bit.\\end{enumerate}\n"
        "\\item A four-sided die $X$: $H(X) = 2$ bits, and $H(P) \\approx 0.811$ bits.\n"
        "\\end{enumerate}\n"
    )
    report = check_text(text, "exam.tex")
    first, second = [item for item in report.claims if item.text.startswith("H(X)")]
    assert (first.verdict, first.lines) == ("holds", (2, 3))  # a part of a question is still that question
    assert second.verdict == "unchecked" and "X is not defined" in second.note
    assert claim(report, "H(P) \\approx 0.811").verdict == "holds"  # H(1/4, 3/4) = 0.8112... bits


def test_forcing_a_base_overrides_inference() -> None:
    report = check_file(DOCUMENTS / "no_base.md", Base.parse("e"))
    assert report.base.how == "forced"
    entropy = claim(report, "H(P) = 1")
    assert (entropy.verdict, entropy.value) == ("false", "0.6931471806")


def test_redefinitions_apply_from_their_line_on() -> None:
    report = check_file(DOCUMENTS / "redefinition.md")
    assert claim(report, r"D_{KL}(P \| Q) \approx 0.0305").verdict == "holds"
    assert claim(report, r"D_{KL}(P \| Q) \approx 0.0101").verdict == "holds"
    old = claim(report, r"D_{KL}(Q \| P) \approx 0.0324")
    assert old.verdict == "unchecked" and old.value is None
    assert "holds for Q = (0.3, 0.4, 0.3) (line 3) but not for the Q in force here" in old.note
    bad = claim(report, "R = (0.2, 0.5, 0.4)")
    assert (bad.kind, bad.verdict) == ("definition", "false") and "sum to 11/10 (1.1), not 1" in bad.note


def test_a_definition_given_just_after_a_claim_applies_to_it() -> None:
    text = "$$D_{KL}(P \\| Q) \\approx 0.0101$$\n\nwhere $Q = (0.25, 0.5, 0.25)$.\n"
    result = verdict(text)
    assert result.verdict == "holds" and "given just after it" in result.note
    assert result.value == "0.01006775678"


# --- tolerance: the claim's own precision ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "holds"),
    [
        ("0.0305", True),
        ("0.03", True),
        ("0.030", True),
        ("0.03048", True),
        ("0.030478754", True),
        (r"3.05 \times 10^{-2}", True),
        ("3.0e-2", True),
        ("0.0304", True),  # three significant digits: 0.030478... cut off, not rounded
        ("0.03047", True),  # cut off too
        ("0.031", False),  # two significant digits must round: 0.030478... cut off is 0.030
        ("0.0303", False),  # below the value cut off
        ("0.03046", False),
        ("0.0306", False),  # above the value rounded
        ("0", False),
    ],
)
def test_a_decimal_holds_when_the_true_value_rounds_or_is_cut_off_to_it(written: str, holds: bool) -> None:
    result = verdict(f"$D_{{KL}}(P \\| Q) = {written}$")
    assert result.verdict == ("holds" if holds else "false"), result.note
    assert result.value == "0.03047875404"


def _nats(p: Sequence[str | mpmath.mpf], q: Sequence[str | mpmath.mpf]) -> mpmath.mpf:
    """-sum p log q in nats, worked out with mpmath (the cross-entropy; the entropy when q is p)."""
    return -mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(b)) for a, b in zip(p, q, strict=True))


_P, _Q = ["0.2", "0.5", "0.3"], ["0.3", "0.4", "0.3"]


@pytest.mark.parametrize(
    ("formula", "true", "holds"),
    [
        (r"D_{KL}(Q \| P) \approx 0.0323", _nats(_Q, _P) - _nats(_Q, _Q), True),  # 0.032382...: rounded, 0.0324
        (r"H(P) = 1.029", _nats(_P, _P), True),  # 1.029653...: four significant digits, rounded 1.030
        (r"\ln 0.2 \approx -1.60", mpmath.log("0.2"), True),  # -1.6094...: cut off toward zero
        (r"\ln 0.2 \approx -1.59", mpmath.log("0.2"), False),  # neither cut off nor rounded
        (r"H(P) = 1.028", _nats(_P, _P), False),  # below the value cut off
        (r"H(P, Q) \approx 1.0", _nats(_P, _Q), False),  # 1.0601...: two significant digits must round (1.1)
        (r"\ln 0.15 \approx -1.8", mpmath.log("0.15"), False),  # -1.897...: likewise (-1.9)
    ],
)
def test_a_value_of_three_or_more_significant_digits_holds_when_it_is_cut_off(
    formula: str, true: mpmath.mpf, holds: bool
) -> None:
    result = verdict(f"${formula}$")
    assert result.value == mpmath.nstr(true, 10)
    assert result.verdict == ("holds" if holds else "false"), result.note
    assert ("cut off, not rounded" in result.note) == holds, result.note


def test_a_js_distance_cut_off_holds_and_says_so() -> None:
    # M = (0.7, 0.3); JSD = (0.5 ln(0.5/0.7) + 0.5 ln(0.5/0.3) + 0.9 ln(0.9/0.7) + 0.1 ln(0.1/0.3))/2 nats.
    mixture = ["0.7", "0.3"]
    jsd = (_nats(["0.5", "0.5"], mixture) - _nats(["0.5", "0.5"], ["0.5", "0.5"])) / 2
    jsd += (_nats(["0.9", "0.1"], mixture) - _nats(["0.9", "0.1"], ["0.9", "0.1"])) / 2
    assert mpmath.nstr(mpmath.sqrt(jsd), 6) == "0.318982"  # 0.318 and 0.3189 are it cut off
    text = (
        "Two coins: $P = [0.5, 0.5]$ and $Q = [0.9, 0.1]$. The Jensen-Shannon distance between the two is 0.318.\n\n"
        "$$ JS(P,Q) = \\sqrt{\\frac{KL(P,M) + KL(Q,M)}{2}}, \\quad M = \\frac{P+Q}{2} $$\n\n$$ JS(P,Q) = 0.3189 $$\n"
    )
    distances = [item for item in check_text(text, "a.md").claims if item.kind == "js_distance"]
    assert [(item.verdict, item.value) for item in distances] == [("holds", mpmath.nstr(mpmath.sqrt(jsd), 10))] * 2
    assert all("is cut off, not rounded, to" in item.note for item in distances)


def test_digits_cut_off_stand_for_values_short_of_the_next_digit() -> None:
    """A fair coin has 1 bit exactly: cut off that is 1.000, not 0.999. With dots, 0.999... may be the repeating
    decimal, which is 1, as before."""
    report = check_text("The coin is $P = (0.5, 0.5)$.\n\n$H(P) = 0.999$ bits and $H(P) = 0.999...$ bits.\n")
    assert (claim(report, "H(P) = 0.999").verdict, claim(report, "H(P) = 0.999").value) == ("false", "1")
    assert claim(report, "H(P) = 0.999...").verdict == "holds"


def test_a_worked_entropy_cut_off_in_a_sheet_with_bare_logs_holds_in_bits() -> None:
    """A solution sheet that names no base: its sums are in bits, and its values are cut off after two decimals."""
    marginal = [mpmath.mpf(11) / 24, mpmath.mpf(5) / 12, mpmath.mpf(3) / 24]
    bits = [_nats(p, p) / mpmath.log(2) for p in (marginal, ["0.6", "0.3", "0.1"])]
    text = (
        "\\section*{Solution}\n\\[ H(Y) = -\\frac{11}{24}\\log\\frac{11}{24} - \\frac{5}{12}\\log\\frac{5}{12} "
        "- \\frac{3}{24}\\log\\frac{3}{24} \\approx 1.41 \\]\n\n"
        "\\[ H(X) = -0.6\\log 0.6 - 0.3\\log 0.3 - 0.1\\log 0.1 \\approx 1.29 \\]\n"
    )
    report = check_text(text, "sheet.tex")
    first, second = report.claims
    assert [mpmath.nstr(value, 6) for value in bits] == ["1.41713", "1.29546"]  # rounded: 1.42 and 1.30
    for checked, value, written in ((first, bits[0], "1.41"), (second, bits[1], "1.29")):
        assert (checked.verdict, checked.value) == ("holds", mpmath.nstr(value, 10))
        assert (checked.base, checked.unit) == ("2", "bits")
        assert f"is cut off, not rounded, to {written} at 2 decimal places" in checked.note


def test_exact_expressions_must_be_exact() -> None:
    assert verdict(r"$D_{KL}(P \| Q) = \frac{1}{2} \ln \frac{5}{4} + \frac{1}{5} \ln \frac{2}{3}$").verdict == "holds"
    off = verdict(r"$D_{KL}(P \| Q) = \frac{1}{2} \ln \frac{5}{4}$")
    assert off.verdict == "false" and "the expression is 0.1115717757" in off.note


def test_arithmetic_on_rounded_numbers_carries_their_precision() -> None:
    assert verdict(r"$H(P, Q) - H(P) \approx 1.06 - 1.03$").verdict == "holds"
    assert verdict(r"$H(P, Q) - H(P) \approx 1.06 - 1.01$").verdict == "false"


def test_an_expansion_without_a_name_is_matched_against_the_definitions() -> None:
    right = verdict(r"$0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4} + 0.3 \ln 1 \approx 0.0305$")
    assert right.verdict == "holds" and "which is D_KL(P||Q)" in right.note
    wrong = verdict(r"$0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.35} + 0.3 \ln 1 = 0.0305$")
    assert wrong.verdict == "false" and wrong.value == "0.03047875404"
    assert r"0.5 \ln \frac{0.5}{0.35} matches no category" in wrong.note


def test_infinite_divergence() -> None:
    text = "Now $Q = (0.3, 0, 0.7)$. "
    assert verdict(text + r"$D_{KL}(P \| Q) = \infty$").verdict == "holds"
    finite = verdict(text + r"$D_{KL}(P \| Q) = 5.2$")
    assert (finite.verdict, finite.value) == ("false", "inf")
    assert "x2 has probability 1/2 under P but 0 under Q" in finite.note
    assert verdict(text + r"$\mathrm{JSD}(P, Q) \approx 0.219$").verdict == "holds"


# --- general statements ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("formula", "expected", "words"),
    [
        (r"D_{KL}(P \| Q) = D_{KL}(Q \| P)", "false", "not symmetric in general"),
        (r"\mathrm{JSD}(P, Q) = \mathrm{JSD}(Q, P)", "holds", "every pair"),
        (r"D_{\mathrm{KL}} \ge 0", "holds", "every pair"),
        (r"D_{\mathrm{KL}} \le 1", "false", "no upper bound"),
        (r"D_{KL}(P \| Q) > 0", "unchecked", "but not when the two are the same"),  # 0 when P = Q
        (r"H(P, Q) > H(P)", "unchecked", "or a non-strict inequality"),
        (r"\mathrm{JSD}(P, Q) < \log 2", "false", "fails for P = (1, 0), Q = (0, 1)"),  # equal for disjoint supports
        (r"0 \le \mathrm{JSD} \le \log 2", "holds", "every pair"),
        (r"\mathrm{JSD} \le 0.5", "false", "fails for P = (1, 0), Q = (0, 1)"),
        (r"D_{KL}(P \| P) = 0", "holds", "every pair"),
        (r"D_{KL}(P \| Q) = H(P, Q) - H(P)", "holds", "every pair"),
        (r"D_{KL}(P \| Q) = 0.03", "unchecked", "P and Q are not defined"),
        (r"\mathrm{JSD}(P, Q) = \frac{D_{KL}(P \| Q) + D_{KL}(Q \| P)}{2}", "false", "half the Jeffreys divergence"),
    ],
)
def test_statements_about_undefined_distributions(formula: str, expected: str, words: str) -> None:
    report = check_text(f"In general, ${formula}$.", "general.md")
    verdicts = [item for item in report.claims if item.kind != "definition"]
    assert verdicts[-1].verdict == expected, verdicts
    assert words in verdicts[-1].note


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        (r"-D(p \| q) = \sum_x p(x) \ln \frac{q(x)}{p(x)}", "holds"),  # a minus on both sides: the definition
        (r"-D(p \| q) = \sum_x p(x) \ln \frac{p(x)}{q(x)}", "false"),
    ],
)
def test_a_minus_before_a_defined_measure_turns_the_sign_its_definition_needs(formula: str, expected: str) -> None:
    (definition,) = check_text(f"A proof: ${formula}$.", "proof.md").claims
    assert (definition.kind, definition.verdict) == ("definition", expected)


def test_a_measure_equation_in_a_formula_about_other_symbols_is_not_checked() -> None:
    text = r"For the family: $$D_{KL}(P \| Q) = (a - b) \ln \frac{a}{b} = D_{KL}(Q \| P)$$"
    result = verdict(text)
    assert result.verdict == "unchecked" and "also uses a, b, which the document does not define" in result.note


def test_a_claim_about_an_invalid_distribution_is_unchecked() -> None:
    report = check_text("$P = (0.5, 0.6)$ so $H(P) = 1$.", "a.md")
    assert claim(report, "H(P) = 1").verdict == "unchecked"
    assert "is not a valid distribution" in claim(report, "H(P) = 1").note


# --- property: correctly rounded values hold, a neighbour does not ---------------------------------------------

weights = st.lists(st.integers(1, 20), min_size=2, max_size=4)


@settings(max_examples=25, deadline=None)
@given(weights, st.integers(2, 6))
def test_rounded_true_values_hold_and_neighbours_do_not(p_weights: list[int], digits: int) -> None:
    q_weights = [*p_weights[1:], p_weights[0]]
    P = [Fraction(w, sum(p_weights)) for w in p_weights]
    Q = [Fraction(w, sum(q_weights)) for w in q_weights]
    text_p = ", ".join(f"{p.numerator}/{p.denominator}" for p in P)
    text_q = ", ".join(f"{q.numerator}/{q.denominator}" for q in Q)
    true = kldocs.kl(kldocs.parse_distribution(P), kldocs.parse_distribution(Q, name="Q"))
    shown = true.decimal(digits)
    document = f"$P = ({text_p})$ and $Q = ({text_q})$ in nats.\n\n$D_{{KL}}(P \\| Q) \\approx {shown}$\n"
    assert claim(check_text(document, "p.md"), rf"D_{{KL}}(P \| Q) \approx {shown}").verdict == "holds"
    if true.exact is not None and true.exact.rational_value() is None:
        step = Decimal(1).scaleb(int(Decimal(shown).as_tuple().exponent))  # one unit in the last place
        neighbour = f"{Decimal(shown) + step:f}"
        document = document.replace(shown, neighbour)
        assert claim(check_text(document, "p.md"), rf"D_{{KL}}(P \| Q) \approx {neighbour}").verdict == "false"


def test_a_plain_log_that_holds_only_in_another_base_says_so() -> None:
    report = check_text("Everything here is in bits.\n\nNote that $\\log 2 \\approx 0.693$.", "a.md")
    (result,) = report.claims
    assert (result.verdict, result.value) == ("false", "1")
    assert result.note.endswith("it holds with logarithms to base e, not 2")


def test_a_sum_of_logs_that_reads_negative_against_a_positive_value_is_not_called_false() -> None:
    lost = check_text("q = (0.7, 0.3)\n\n0.7 ln 0.7 + 0.3 ln 0.3 = 0.611\n", "a.txt").claims[-1]
    assert (lost.verdict, lost.value) == ("unchecked", None) and "minus sign" in lost.note
    negative = check_text("q = (0.7, 0.3)\n\n0.7 ln 0.7 + 0.3 ln 0.3 = -0.620\n", "a.txt").claims[-1]
    true = mpmath.mpf("0.7") * mpmath.log(mpmath.mpf("0.7")) + mpmath.mpf("0.3") * mpmath.log(mpmath.mpf("0.3"))
    assert (negative.verdict, negative.value) == ("false", mpmath.nstr(true, 10))


def test_a_comment_after_an_entropy_call_in_plain_text_is_a_claim_in_nats() -> None:
    text = "P = [0.25, 0.75]\nQ = [0.5, 0.5]\nstats.entropy(P, Q)  # 0.1308\n"
    (claim,) = [item for item in check_text(text, "a.txt").claims if item.kind != "definition"]
    p, q = [mpmath.mpf("0.25"), mpmath.mpf("0.75")], [mpmath.mpf("0.5")] * 2
    true = mpmath.fsum(x * mpmath.log(x / y) for x, y in zip(p, q, strict=True))
    expected = "holds" if abs(true - mpmath.mpf("0.1308")) <= mpmath.mpf("0.00005") else "false"
    assert (claim.kind, claim.unit, claim.verdict) == ("kl", "nats", expected)
    assert claim.value == mpmath.nstr(true, 10)


def test_a_value_in_words_under_a_condition_is_not_about_the_distributions_in_force() -> None:
    text = "$P = (0.2, 0.8)$ and $Q = (0.5, 0.5)$.\n\nIf the two were equal, the KL divergence is 0.\n"
    assert [claim.kind for claim in check_text(text).claims] == ["definition", "definition"]


# --- what is ambiguous or not a distribution is not judged ----------------------------------------------------


@pytest.mark.parametrize("written", ["-1/2 log 3/4 = 1.0", "ln 2/2 = 0.3466"])
def test_a_fraction_after_a_log_without_brackets_is_not_judged_but_listed(written: str) -> None:
    # "log 1/4" means log(1/4) to some writers, "ln 2/2" means (ln 2)/2 to others: neither reading is safe.
    report = check_text(f"The entropy in bits:\n\nH = {written}\n", "a.txt")
    assert [item.text for item in report.claims] == []
    assert [entry.line for entry in report.unread] == [3]


@pytest.mark.parametrize(("written", "verdict"), [("0.811", "holds"), ("0.311", "false"), ("2", "false")])
def test_the_same_fraction_before_and_after_a_log_is_its_argument(written: str, verdict: str) -> None:
    # -p log p with p = 1/4 written on both sides of the log: the terms of an entropy, log(1/4).
    report = check_text(f"The entropy in bits:\n\nH = -1/4 log 1/4 - 3/4 log 3/4 = {written}\n", "a.txt")
    assert [item.verdict for item in report.claims] == [verdict]
    true = -(mpmath.log(mpmath.mpf(1) / 4, 2) / 4 + 3 * mpmath.log(mpmath.mpf(3) / 4, 2) / 4)
    assert (verdict == "holds") == (mpmath.nstr(true, 3) == written)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(1, 9), min_size=2, max_size=4), st.sampled_from([0, 0.05, -0.05]))
def test_an_entropy_written_as_fractions_after_logs_holds_only_at_its_value(weights: list[int], shift: float) -> None:
    total = sum(weights)
    terms = " - ".join(f"{w}/{total} log2 {w}/{total}" for w in weights)
    true = -mpmath.fsum(mpmath.mpf(w) / total * mpmath.log(mpmath.mpf(w) / total, 2) for w in weights)
    written = Decimal(mpmath.nstr(true + shift, 30)).quantize(Decimal("0.001"))  # 0.05 off: 50 units of the last place
    report = check_text(f"H = -{terms} = {written} bits\n", "a.txt")
    assert [claim.verdict for claim in report.claims] == (["false"] if shift else ["holds"])


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 99), st.sampled_from([0, 0.05, -0.05]))
def test_each_row_of_a_binary_entropy_table_is_the_entropy_of_p_and_1_minus_p(hundredths: int, shift: float) -> None:
    p = mpmath.mpf(hundredths) / 100
    true = -(p * mpmath.log(p, 2) + (1 - p) * mpmath.log(1 - p, 2))
    written = Decimal(mpmath.nstr(true + shift, 30)).quantize(Decimal("0.001"))
    table = f"| p | H(p) in bits |\n|---|---|\n| {hundredths / 100} | {written} |\n"
    assert [claim.verdict for claim in check_text(table, "a.md").claims] == (["false"] if shift else ["holds"])


def test_a_column_of_parameters_beside_a_function_of_them_is_no_distribution() -> None:
    table = "| p | H(p) in bits |\n|---|---|\n| 0.1 | 0.469 |\n| 0.2 | 0.722 |\n| 0.5 | 1.000 |\n"
    assert check_text(table, "a.md").false_count == 0
    distribution = "| p | q |\n|---|---|\n| 0.2 | 0.3 |\n| 0.9 | 0.7 |\n"  # a real table of two distributions
    assert "not a probability distribution" in check_text(distribution, "a.md").claims[0].note


def test_printed_output_is_not_held_to_the_base_the_text_names() -> None:
    # The text works in bits; the program prints natural-log values (scipy.special.kl_div), labelled in words.
    text = (
        "La divergenza $D(P \\parallel Q) = \\sum_x p(x) \\log_2 \\frac{p(x)}{q(x)}$.\n\n"
        "```python\nP = np.array([0.1, 0.6, 0.3])\nQ = np.array([0.2, 0.5, 0.3])\n"
        'print(f"Divergenza KL da P a Q: {np.sum(kl_div(P, Q)):.4f}")\n```\n\n'
        "```\nDivergenza KL da P a Q: {value}\n```\n"
    )
    nats = mpmath.fsum(p * mpmath.log(p / q) for p, q in ((0.1, 0.2), (0.6, 0.5), (0.3, 0.3)))
    printed = claim(check_text(text.replace("{value}", mpmath.nstr(nats, 3)), "a.md"), "Divergenza KL da P a Q: 0.0401")
    assert (printed.verdict, printed.unit) == ("holds", "nats")
    wrong = claim(check_text(text.replace("{value}", "0.0501"), "a.md"), "Divergenza KL da P a Q: 0.0501")
    assert wrong.verdict == "false"


def test_a_column_of_p_beside_an_entropy_in_bits_is_a_parameter_not_a_distribution() -> None:
    text = (
        "$$H = -p\\log_2(p) - (1-p)\\log_2(1-p)$$\n\n"
        "| p | H(bits) | meaning |\n|---|---|---|\n| 0.5 | 1.0 | most uncertain |\n| 1.0 | 0.0 | certain |\n"
    )
    report = check_text(text, "a.md")
    assert report.false_count == 0
    assert not [item for item in report.claims if item.kind == "definition" and item.text.startswith("p =")]


def test_a_bare_log_of_a_number_may_be_the_common_logarithm() -> None:
    (common,) = check_text("2 * log(10) / log(2)\n\nlog(2) = 0.301, roughly\n", "a.txt").claims
    assert (common.verdict, common.base) == ("holds", "10")
    (wrong,) = check_text("log(2) = 0.401\n", "a.txt").claims
    assert wrong.verdict == "false"


def test_an_entropy_written_with_a_plain_log_may_be_in_the_common_logarithm() -> None:
    # A fair die's entropy written out with log and no base, worked in base 10: log10(6) = 0.77815...
    die = " + ".join(["1/6 log 1/6"] * 6)
    exact = mpmath.log10(6)
    report = check_text(f"H(x) = -({die}) = {mpmath.nstr(exact, 4)}\n", "a.txt")
    (claim,) = report.claims
    assert (claim.verdict, claim.base) == ("holds", "10")
    (wrong,) = check_text(f"H(x) = -({die}) = 0.8782\n", "a.txt").claims
    assert wrong.verdict == "false"


def test_a_log_glued_to_digits_is_not_read_as_one_number() -> None:
    # log23 may be log₂ 3 with its subscript lost in a copy, or log 23: read as log₂ 3 only where the values agree.
    report = check_text("log23 = 1.58 log25 = 2.32\n\n-log2(20/100) = 2.32\n", "a.txt")
    assert report.false_count == 0
    assert [claim.text for claim in report.claims] == ["log₂3 = 1.58", "log₂5 = 2.32", "-log2(20/100) = 2.32"]
    assert "log23 read as log₂ 3" in report.claims[0].note
    disagreeing = check_text("log23 = 1.36 log25 = 1.40\n\n-log2(20/100) = 2.32\n", "a.txt")
    assert [claim.text for claim in disagreeing.claims] == ["-log2(20/100) = 2.32"]


@pytest.mark.parametrize(
    ("typed", "holds"),
    [(">= 0", True), ("<= 0.5", False), ("!= 0", True), ("&gt;= 0", True), ("&lt;= 1", True), ("<= 0.6", False)],
)
def test_relations_typed_in_ascii_are_read_as_inequalities_not_as_equations(typed: str, holds: bool) -> None:
    # ">=" once became "=": H(P) >= 0 was judged as H(P) = 0, a false alarm.
    report = check_text(f"Let $P = (0.5, 0.5)$. Then $H(P) {typed}$ nats.\n", "a.md")
    (claim,) = [claim for claim in report.claims if claim.kind != "definition"]
    assert claim.text == f"H(P) {typed}"  # the claim as written, judged as the inequality it is
    assert claim.verdict == ("holds" if holds else "false")


PAIR = "Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n"


@pytest.mark.parametrize(
    "denial",
    [
        "It is not true that $D(P \\| Q) = D(Q \\| P)$.",
        "In general it does not hold that\n\n$$D(P \\| Q) = D(Q \\| P)$$",
        "No siempre se cumple que:\n\n$$D(P \\| Q) = D(Q \\| P)$$",
        "Il n'est pas toujours vrai que $D(P \\| Q) = D(Q \\| P)$.",
        "$D(P \\| Q) = D(Q \\| P)$ とは限らない。",
        "$D(P \\| Q) = D(Q \\| P)$ 不一定成立。",
        "$$D(P \\| Q) = D(Q \\| P)$$\n\ndoes not hold in general.",
        "It is not true in general that D(P || Q) = D(Q || P).",  # prose, no formula delimiters
        "no es una métrica, es decir, no siempre se cumple que\n\nD(P\\|Q) = D(Q\\|P).",
    ],
)
def test_a_formula_the_sentence_around_it_denies_is_no_claim(denial: str) -> None:
    # Judged as written, the equation is false for these P and Q, and the right sentence was called wrong.
    assert [c.text for c in check_text(PAIR + denial + "\n", "a.md").claims if c.kind != "definition"] == []
    asserted = check_text(PAIR + "So $D(P \\| Q) = D(Q \\| P)$.\n", "a.md").claims
    assert [c.verdict for c in asserted if c.kind != "definition"] == ["false"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If $P = Q$ and both are positive, then $D(P||Q) = D(Q||P) = 0$.",
        "When the two coincide, $D(p||q) = D(q||p)$.",
        "만약 r=s 이면, D(p||q) = D(q||p) = 0 이다.",
        "当 $p=q$ 时, $D(p||q) = D(q||p)$。",
        "$p = q$ のとき、$D(p||q) = D(q||p)$ となる。",
    ],
)
def test_a_symmetry_stated_under_a_condition_is_not_called_false(sentence: str) -> None:
    # "If P = Q, then D(P||Q) = D(Q||P) = 0" is right; tested on every pair of distributions it was called false.
    # (With nothing but "P = Q" supposed, it is judged where P = Q: tests/test_checker_general_identities.py.)
    report = check_text(sentence + "\n", "a.md")
    (symmetry,) = [claim for claim in report.claims if claim.kind == "symmetry"]
    assert symmetry.verdict == "unchecked" and "under a condition" in symmetry.note
    assert report.false_count == 0


def test_a_condition_in_the_sentence_before_does_not_shield_a_symmetry_slip() -> None:
    report = check_text("If $P = Q$, the value is 0. In general $D(P||Q) = D(Q||P)$.\n", "a.md")
    (symmetry,) = [claim for claim in report.claims if claim.kind == "symmetry"]
    assert symmetry.verdict == "false"
    # A claim about distributions the document gives is judged whatever words come before it.
    given = check_text("Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\nIf we compute it, $D(P||Q) = D(Q||P)$.\n", "a.md")
    assert [claim.verdict for claim in given.claims if claim.kind == "symmetry"] == ["false"]


@pytest.mark.parametrize(
    "condition",
    [
        "If $P = Q$, then",
        "When p = q,",
        "만약 P=Q 이면,",
        "Suppose $Q = P$. Then",
        "With $Q = P$ we get",
        "In the case P = Q,",
    ],
)
def test_a_value_claimed_under_a_condition_that_sets_the_distributions_equal_is_not_theirs(condition: str) -> None:
    # P and Q are given and differ (D_KL(P||Q) = 0.51 nats), but "if P = Q, then D(P||Q) = 0" speaks of P = Q.
    given = "Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n"
    (claim,) = [c for c in check_text(f"{given}{condition} $D(P||Q) = 0$.\n", "a.md").claims if c.kind == "kl"]
    assert claim.verdict == "unchecked" and "under a condition" in claim.note
    # A condition that gives a distribution its numbers is no such condition: the value is the given P's and Q's.
    text = f"{given}If $P = (0.5, 0.5)$, then $D(P||Q) = 0$.\n"
    assert [c.verdict for c in check_text(text, "a.md").claims if c.kind == "kl"] == ["false"]


@pytest.mark.parametrize("condition", ["When $Q$ is uniform,", "For a uniform $Q$,", "Cuando $Q$ es uniforme,"])
def test_a_value_claimed_for_a_uniform_q_is_not_the_given_qs(condition: str) -> None:
    # D(P||U) = log2(3) - H(P) for the uniform U on three outcomes; the Q given is not uniform.
    given = "Let $P = (0.5, 0.25, 0.25)$ and $Q = (0.25, 0.25, 0.5)$, in bits.\n\n"
    report = check_text(f"{given}{condition} $D_{{KL}}(P\\|Q) = \\log_2 3 - H(P)$.\n", "a.md")
    assert report.false_count == 0, report.claims


@pytest.mark.parametrize(
    "sentence",
    [
        "For the distribution $(1/2, 1/4, 1/8, 1/8)$ the entropy is 1.75 bits.",
        "For a coin with heads probability 0.6, the entropy is about 0.971 bits.",
    ],
)
def test_a_value_in_words_for_a_distribution_the_sentence_gives_is_not_judged_against_p(sentence: str) -> None:
    # 1.75 and 0.971 bits are right for the distributions the sentences give; H(P) is 0.469 bits.
    assert abs(-sum(p * math.log2(p) for p in (0.5, 0.25, 0.125, 0.125)) - 1.75) < 1e-12
    assert round(-(0.6 * math.log2(0.6) + 0.4 * math.log2(0.4)), 3) == 0.971
    report = check_text(f"Let $P = (0.9, 0.1)$.\n\n{sentence}\n", "a.md")
    assert report.false_count == 0, report.claims
    # A sentence that gives no distribution of its own, or gives P's own, still speaks of P.
    assert check_text("Let $P = (0.9, 0.1)$.\n\nThe entropy is 1.75 bits.\n", "a.md").false_count == 1
    assert check_text("For $P = (0.9, 0.1)$, the entropy is 0.6 bits.\n", "a.md").false_count == 1


@pytest.mark.parametrize(
    "framed",
    [
        "A common slip is to write $D(P||Q) = 0.368$ bits here.",
        "A student wrote $D(P||Q) = 0.368$ bits, which is wrong.",
        "Wrong: $D(P||Q) = 0.368$ bits.",
        "It is tempting to say $D(P||Q) = 0.368$ bits.",
    ],
)
def test_a_value_shown_as_a_mistake_is_no_claim(framed: str) -> None:
    given = "Let $P = (0.9, 0.1)$ and $Q = (0.5, 0.5)$.\n\n"
    assert [c.text for c in check_text(given + framed + "\n", "a.md").claims if c.kind != "definition"] == []


@pytest.mark.parametrize("bound", ["H(M) \\leq H(K)", "H(P) \\le H(Q)", "H(Q) \\ge H(P)"])
def test_a_bound_between_measures_of_different_distributions_is_not_universal(bound: str) -> None:
    # H(M) <= H(K) (a cipher's key and message) was tried on pairs of distributions and called false; H(P) <= H(Q)
    # held "for every pair tried", which says nothing about an inequality between two unrelated distributions.
    (claim,) = check_text(f"For perfect secrecy we need ${bound}$.\n", "a.md").claims
    assert claim.verdict == "unchecked" and "not a claim about every pair" in claim.note


def test_a_bound_that_shares_a_distribution_is_still_tried_on_every_pair() -> None:
    report = check_text("Always $H(P,Q) \\ge H(P)$, and $D(P||Q) \\le H(P)$.\n", "a.md")
    assert [(claim.text, claim.verdict) for claim in report.claims] == [
        ("H(P,Q) \\ge H(P)", "holds"),
        ("D(P||Q) \\le H(P)", "false"),
    ]


def test_maths_saved_twice_from_a_web_page_is_read_once_from_its_source() -> None:
    # KaTeX text saved from a page: each formula's rendered glyphs (minus signs and fraction bars lost) run into
    # its TeX source. Read as one, they made formulas nobody wrote ("0.25 log2(0.25)=2\log_2(0.25)"), called false.
    kl = mpmath.mpf("0.5") * mpmath.log(mpmath.mpf("2.5")) + mpmath.mpf("0.5") * mpmath.log(mpmath.mpf("0.625"))
    value = mpmath.nstr(kl, 4)
    text = (
        "We measure in nats.\n\n"
        f"KL=0.5log0.50.2+0.5log0.50.8={value}\\text{{KL}} = 0.5\\log\\frac{{0.5}}{{0.2}} + "
        f"0.5\\log\\frac{{0.5}}{{0.8}} \\approx {value} nats.\n\n"
        "Second term: 14log214\\frac{1}{4} \\log_2 \\frac{1}{4} 14=0.25\\frac{1}{4} = 0.25 "
        "log2(0.25)=2\\log_2(0.25) = -2\n"
    )
    report = check_text(text, "a.txt")
    assert report.false_count == 0
    verdicts = {claim.text: claim.verdict for claim in report.claims}
    assert verdicts["\\log_2(0.25) = -2"] == "holds"
    (kl_claim,) = [claim for claim in report.claims if claim.text.endswith(f"\\approx {value}")]
    assert kl_claim.verdict == "holds" and kl_claim.text.startswith("0.5\\log")
    wrong = check_text(text.replace(f"\\approx {value}", "\\approx 0.2531"), "a.txt")
    assert [claim.verdict for claim in wrong.claims if claim.text.endswith("0.2531")] == ["false"]


def test_matching_written_terms_with_categories_compares_exactly_only_values_that_agree_as_doubles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A worked example's expansion was matched against every measure of every pair of the distributions in force,
    # each written term compared exactly with each category's: most of the time of checking a long lecture.
    from kldocs.exact import ExactValue

    weights = [(k, 36) for k in range(1, 9)]  # 1/36 ... 8/36
    lines = ["$P = (" + ", ".join(["1/8"] * 8) + ")$"]
    for index, name in enumerate("QRSTU", 1):  # five more distributions in force, the weights turned round
        shifted = weights[index:] + weights[:index]
        lines.append(f"${name} = ({', '.join(f'{a}/{b}' for a, b in shifted)})$")
    written = [*weights[:-1], (9, 36)]  # one term off: the expansion is no measure, so each is tried
    terms = " + ".join(f"\\frac{{1}}{{8}} \\ln \\frac{{1/8}}{{{a}/{b}}}" for a, b in written)
    text = "\n\n".join(lines) + f"\n\n$${terms} = 0.5$$\n"
    calls: list[int] = []
    equal = ExactValue.__eq__

    def counted(self: ExactValue, other: object) -> bool:
        calls.append(1)
        return equal(self, other)

    monkeypatch.setattr(ExactValue, "__eq__", counted)
    report = check_text(text, "a.md")
    (claim,) = [claim for claim in report.claims if claim.kind != "definition"]
    assert claim.verdict == "false" and "0.125 ln(0.125/(2/9)) for x7 is missing" in claim.note
    assert len(calls) < 300  # 7,371 when every pair was compared exactly
