"""Notes a first-time reader of the report takes at their word: a value that rounds to 0 is not "cut off", a
value that holds in several bases is named in the unit its line writes, a value of a measure of random
variables is not a failed identity, a slip of a joint table's measure names the quantity it is, and notations
from textbooks (``\\sqrt{\\mathrm{JSD}}``, ``\\mathrm{H}[x]``, ``\\geqslant``, 비트) are read.

Each document is written for its test; the true values are computed here with fractions and mpmath.
"""

from __future__ import annotations

import json
from fractions import Fraction

import mpmath

from kldocs.checker import Checked, Report, check_text


def _claims(report: Report) -> list[Checked]:
    return [item for item in report.claims if item.kind != "definition"]


def _h(*weights: Fraction, base: int = 2) -> mpmath.mpf:
    return -mpmath.fsum(
        mpmath.mpf(w.numerator) / w.denominator * mpmath.log(mpmath.mpf(w.numerator) / w.denominator, base)
        for w in weights
        if w
    )


def _mutual_information(table: list[list[Fraction]]) -> mpmath.mpf:
    rows = [sum(row, Fraction(0)) for row in table]
    columns = [sum(column, Fraction(0)) for column in zip(*table, strict=True)]
    return _h(*rows) + _h(*columns) - _h(*(cell for row in table for cell in row))


def test_a_near_zero_value_rounds_to_zero_and_is_named_in_the_unit_its_line_writes() -> None:
    table = [[Fraction(21, 100), Fraction(19, 100)], [Fraction(31, 100), Fraction(29, 100)]]
    information = _mutual_information(table)
    assert 0 < information < mpmath.mpf("0.0005")
    text = (
        "|       | Y = 0 | Y = 1 |\n|-------|-------|-------|\n| X = 0 | 0.21  | 0.19  |\n| X = 1 | 0.31  | 0.29  |\n\n"
        f"Nearly independent: $H(X,Y) \\approx {mpmath.nstr(_h(*table[0], *table[1]), 4)}$ bits and "
        "$I(X;Y) \\approx 0$.\n"
    )
    (joint, mutual) = _claims(check_text(text, "near.md"))
    assert joint.verdict == "holds"
    assert mutual.verdict == "holds" and mutual.unit == "bits"
    assert "rounds to 0" in mutual.note and "cut off" not in mutual.note


def test_a_prose_value_whose_sentence_says_it_is_no_divergence_is_not_read() -> None:
    text = (
        "```python\nx = np.arange(-8, 8, 0.01)\np = norm.pdf(x, 0, 1)\nq = norm.pdf(x, 1, 2)\nentropy(p, q)\n```\n\n"
        "Without the step the sum is about 20.6, which is not a KL value at all.\n"
    )
    assert not [item for item in _claims(check_text(text, "grid.md")) if "20.6" in item.text]


def test_a_value_of_mutual_information_without_a_table_is_not_called_a_failed_identity() -> None:
    text = "## Exercise 3\n\nTwo independent coins $X$ and $Y$: here $I(X;Y) = 0$ and $H(Y|X) = 0$ is wrong.\n"
    notes = [item.note for item in _claims(check_text(text, "ex.md"))]
    assert notes and all("not an identity" in note and "not an identity of" not in note for note in notes)


def test_a_wrong_conditional_entropy_that_is_the_marginal_entropy_is_named_so() -> None:
    table = [[Fraction(1, 10), Fraction(2, 5)], [Fraction(3, 10), Fraction(1, 5)]]
    marginal = _h(Fraction(2, 5), Fraction(3, 5))  # Y's columns: 0.1 + 0.3 and 0.4 + 0.2
    conditional = _h(*table[0], *table[1]) - _h(Fraction(1, 2), Fraction(1, 2))
    assert abs(marginal - conditional) > mpmath.mpf("0.01")
    text = (
        "|       | Y = 0 | Y = 1 |\n|-------|-------|-------|\n| X = 0 | 0.1   | 0.4   |\n| X = 1 | 0.3   | 0.2   |\n\n"
        f"So $H(Y|X) = {mpmath.nstr(marginal, 3)}$ bits.\n"
    )
    (claim,) = _claims(check_text(text, "slip.md"))
    assert claim.verdict == "false" and "is H(Y), the entropy of Y without the condition" in claim.note


def test_a_sum_of_measures_with_one_wrong_term_names_that_term() -> None:
    p, q = [Fraction(1, 2), Fraction(1, 2)], [Fraction(3, 4), Fraction(1, 4)]
    entropy = _h(*p)
    divergence = mpmath.fsum(float(a) * mpmath.log(a / b, 2) for a, b in zip(p, q, strict=True))
    assert mpmath.nstr(divergence, 3) == "0.208"
    wrong = mpmath.nstr(entropy + mpmath.mpf("0.218"), 4)
    text = f"$P = (0.5, 0.5)$, $Q = (0.75, 0.25)$.\n\n$H(P) + D_{{KL}}(P\\|Q) \\approx 1 + 0.218 = {wrong}$ bits.\n"
    notes = [item.note for item in _claims(check_text(text, "sum.md")) if item.verdict == "false"]
    assert any("the term 0.218 is off: D_KL(P||Q) = 0.2075" in note for note in notes)


def test_the_square_root_of_the_jsd_is_read_as_the_js_distance() -> None:
    p, q = [mpmath.mpf("0.7"), mpmath.mpf("0.3")], [mpmath.mpf("0.4"), mpmath.mpf("0.6")]
    m = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    jsd = (
        mpmath.fsum(a * mpmath.ln(a / c) for a, c in zip(p, m, strict=True))
        + mpmath.fsum(b * mpmath.ln(b / c) for b, c in zip(q, m, strict=True))
    ) / 2
    distance = mpmath.sqrt(jsd)
    text = (
        "Let $P = (0.7, 0.3)$ and $Q = (0.4, 0.6)$.\n\n"
        f"$\\mathrm{{JSD}}(P\\|Q) \\approx {mpmath.nstr(jsd, 3)}$ nats, so "
        f"$\\sqrt{{\\mathrm{{JSD}}(P\\|Q)}} \\approx {mpmath.nstr(distance, 3)}$ and "
        f"$\\sqrt{{\\mathrm{{JSD}}(P\\|Q)}} \\approx {mpmath.nstr(jsd, 3)}$.\n"
    )
    claims = [item for item in _claims(check_text(text, "js.md")) if item.kind == "js_distance"]
    assert [item.verdict for item in claims] == ["holds", "false"]


def test_textbook_notation_and_slanted_inequalities_are_read() -> None:
    text = (
        "The entropy is $\\mathrm{H}[x] = -\\sum_x p(x) \\ln p(x)$.\n\nGibbs: $\\mathrm{KL}(p\\Vert q) \\geqslant 0$.\n"
    )
    kinds = [(item.kind, item.verdict) for item in check_text(text, "bishop.tex").claims]
    assert kinds == [("definition", "holds"), ("bound", "holds")]


def test_a_unit_named_in_korean_or_chinese_words_is_the_documents_base() -> None:
    for opening in ("단위는 비트를 사용한다.", "本文的单位为比特。"):
        text = f"{opening}\n\n$P = (0.5, 0.25, 0.25)$.\n\n$H(P) = 1.5$.\n"
        report = check_text(text, "cjk.md")
        assert report.base.name == "2" and report.base.how == "stated"
    bitcoin = check_text("비트코인 가격.\n\n$P = (0.5, 0.25, 0.25)$.\n\n$H(P) = 1.5$.\n", "coin.md")
    assert bitcoin.base.how == "per claim"


def test_a_subsection_takes_the_base_its_title_section_names() -> None:
    p = [Fraction(1, 2), Fraction(1, 4), Fraction(1, 4)]
    nats = -mpmath.fsum(float(w) * mpmath.ln(float(w)) for w in p)
    assert mpmath.nstr(nats, 4) == "1.04"
    text = (
        "# Lecture 2\n\nAll logarithms in this lecture are base 2.\n\n## An example\n\n"
        f"$P = (0.5, 0.25, 0.25)$ and $H(P) \\approx {mpmath.nstr(nats, 4)}$.\n"
    )
    (claim,) = _claims(check_text(text, "lecture.md"))
    assert claim.verdict == "false" and claim.unit == "bits"


def test_the_values_shown_for_an_asymmetric_kl_are_in_the_documents_base() -> None:
    p, q = [Fraction(4, 5), Fraction(1, 5)], [Fraction(1, 2), Fraction(1, 2)]
    forward = mpmath.fsum(float(a) * mpmath.log(a / b, 2) for a, b in zip(p, q, strict=True))
    text = "We work in bits.\n\n$P = (0.8, 0.2)$, $Q = (0.5, 0.5)$.\n\nThe KL divergence is not symmetric.\n"
    (claim,) = _claims(check_text(text, "sym.md"))
    assert f"D_KL(P||Q) = {mpmath.nstr(forward, 4)}" in claim.note and claim.note.endswith("bits)")


def test_a_notes_line_in_a_notebook_names_its_cell() -> None:
    cells = [
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": "|   | Y = 0 | Y = 1 |\n|---|---|---|\n| X = 0 | 0.25 | 0.25 |\n| X = 1 | 0.5 | 0 |",
        },
        {"cell_type": "markdown", "metadata": {}, "source": "So $H(X,Y) = 1.5$ bits."},
    ]
    notebook = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (claim,) = _claims(check_text(json.dumps(notebook), "joint.ipynb"))
    assert claim.verdict == "holds" and "in the table in cell 1, line 1" in claim.note


def test_a_fair_coin_or_die_named_in_words_is_judged_as_itself() -> None:
    die = mpmath.log(6, 2)
    text = (
        "Para una moneda justa la entropía es 1 bit.\n\n"
        f"A fair die has an entropy of about {mpmath.nstr(die, 4)} bits.\n\n"
        "$P = (0.9, 0.1)$. For a fair coin the entropy is 1 bit.\n"
    )
    claims = _claims(check_text(text, "fair.md"))
    assert [item.verdict for item in claims] == ["holds", "holds", "holds"]


def test_a_mistake_a_student_wrote_is_not_the_authors_claim_in_chinese() -> None:
    text = (
        "设 $p = (0.5, 0.5)$，$q = (0.75, 0.25)$。\n\n"
        "常见错误：有同学写成 $D_{KL}(p\\|q) = H(p) - H(p,q)$，这是错误的。\n\n"
        "有人写 $D_{KL}(p\\|q) = \\sum_x q(x)\\log\\frac{q(x)}{p(x)}$，这样是错的。\n"
    )
    assert not [item for item in check_text(text, "zh.md").claims if item.verdict == "false"]


def test_an_answer_keys_arithmetic_on_values_each_rounded_right_is_not_called_false() -> None:
    p = [Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)]
    entropy, top = _h(*p), mpmath.log(3, 2)
    difference = top - entropy
    written = mpmath.mpf(mpmath.nstr(top, 4)) - mpmath.mpf(mpmath.nstr(entropy, 4))
    assert mpmath.nstr(difference, 2) != mpmath.nstr(written, 2)  # 0.099 against the written 0.100
    text = (
        "Q3. P = (0.5, 0.3, 0.2), Q = (1/3, 1/3, 1/3), in bits:\n"
        f"    D(P||Q) = log2(3) - H(P) = {mpmath.nstr(top, 4)} - {mpmath.nstr(entropy, 4)} = {float(written):.3f}\n"
    )
    (claim,) = [item for item in check_text(text, "key.txt").claims if item.text.endswith(f"{float(written):.3f}")]
    assert claim.verdict == "unchecked" and "each rounded right" in claim.note


def test_output_of_code_in_natural_logs_is_in_nats_where_the_prose_works_in_bits() -> None:
    p, q = [Fraction(3, 10), Fraction(7, 10)], [Fraction(1, 2), Fraction(1, 2)]
    nats = mpmath.fsum(float(a) * mpmath.ln(a / b) for a, b in zip(p, q, strict=True))
    code = "p = np.array([0.3, 0.7])\nq = np.array([0.5, 0.5])\nprint('KL:', np.sum(p * np.log(p / q)))"
    cells = [
        {
            "cell_type": "code",
            "execution_count": 1,
            "metadata": {},
            "source": code,
            "outputs": [{"name": "stdout", "output_type": "stream", "text": f"KL: {mpmath.nstr(nats, 6)}\n"}],
        },
        {"cell_type": "markdown", "metadata": {}, "source": "From here on we work in bits (log base 2)."},
    ]
    notebook = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (claim,) = _claims(check_text(json.dumps(notebook), "nats.ipynb"))
    assert (claim.verdict, claim.unit) == ("holds", "nats")


def test_the_jsd_named_in_portuguese_or_italian_words_is_the_jsd() -> None:
    p, q = [mpmath.mpf("0.2"), mpmath.mpf("0.8")], [mpmath.mpf("0.6"), mpmath.mpf("0.4")]
    m = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    jsd = sum((a * mpmath.ln(a / c) + b * mpmath.ln(b / c)) / 2 for a, b, c in zip(p, q, m, strict=True))
    value = mpmath.nstr(jsd, 3)
    for sentence in (
        f"A divergência de Jensen-Shannon é aproximadamente {value} nats.",
        f"**Esercizio 2.** La divergenza di Jensen-Shannon tra p e q è circa {value} nat.",
    ):
        text = f"$p = (0.2, 0.8)$ e $q = (0.6, 0.4)$. La KL: $D(p\\|q) \\approx 0.3348$.\n\n{sentence}\n"
        claims = [item for item in _claims(check_text(text, "js.md")) if item.kind == "jsd"]
        assert [item.verdict for item in claims] == ["holds"] and not claims[0].text.startswith(("*", "."))


def test_the_natural_log_named_in_korean_or_spanish_words_is_the_documents_base() -> None:
    for opening in ("(자연로그 사용)", "Usamos el logaritmo natural.", "Si usa il logaritmo naturale."):
        report = check_text(f"{opening}\n\n$P = (0.5, 0.5)$, $H(P) \\approx 0.6931$.\n", "ln.md")
        assert report.base.name == "e" and report.base.how == "stated"
