"""What a reader of the report sees: mistakes shown on purpose are not the author's claims, values about an
earlier example are not judged against a later one, and the notes say what they mean.

Each document is written for its test; the true values are computed here with mpmath.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import mpmath
import pytest

from kldocs.checker import Checked, Report, check_text


def _claims(report: Report, kind: str | None = None) -> list[Checked]:
    return [item for item in report.claims if item.kind != "definition" and (kind is None or item.kind == kind)]


def _kl(p: list[str], q: list[str], log: Callable[[mpmath.mpf], mpmath.mpf] = mpmath.ln) -> mpmath.mpf:
    return mpmath.fsum(mpmath.mpf(a) * log(mpmath.mpf(a) / mpmath.mpf(b)) for a, b in zip(p, q, strict=True))


def _entropy(p: list[str], log: Callable[[mpmath.mpf], mpmath.mpf] = mpmath.ln) -> mpmath.mpf:
    return -mpmath.fsum(mpmath.mpf(a) * log(mpmath.mpf(a)) for a in p)


def test_a_value_in_korean_nats_with_its_particle_is_judged_in_nats() -> None:
    nats, bits = _entropy(["0.7", "0.3"]), _entropy(["0.7", "0.3"]) / mpmath.ln(2)
    assert mpmath.nstr(nats, 3) == "0.611" and mpmath.nstr(bits, 3) == "0.881"
    wrong = check_text("분포 $P = (0.7, 0.3)$ 의 엔트로피.\n\n엔트로피는 약 0.881 나트이다.\n", "ko.md")
    assert [item.verdict for item in _claims(wrong)] == ["false"]
    right = check_text("분포 $P = (0.7, 0.3)$ 의 엔트로피.\n\n엔트로피는 약 0.611 나트이다.\n", "ko.md")
    assert [(item.verdict, item.base) for item in _claims(right)] == [("holds", "e")]


def test_kl_said_symmetric_for_a_mirrored_pair_says_the_two_directions_agree_there() -> None:
    p, q = ["0.2", "0.8"], ["0.8", "0.2"]
    assert _kl(p, q) == _kl(q, p)  # mirrored: equal here, though KL is not symmetric
    report = check_text("Let $P = (0.2, 0.8)$ and $Q = (0.8, 0.2)$.\n\nKL divergence is symmetric.\n", "a.md")
    (said,) = _claims(report, "symmetry")
    assert said.verdict == "false"
    assert "but" not in said.note and "happen to give D_KL(P||Q) = D_KL(Q||P)" in said.note


def test_properties_and_definitions_shown_as_mistakes_are_not_judged() -> None:
    text = (
        "Let $P = (0.4, 0.6)$ and $Q = (0.7, 0.3)$.\n\n"
        "- The divergence is symmetric, $D(P\\|Q) = D(Q\\|P)$ (wrong).\n"
        "- KL divergence is a metric. (incorrect)\n"
        "- 쿨백-라이블러 발산은 거리 함수이다 (틀림)\n\n"
        "Do not write the cross-entropy as\n\n$$H(P, Q) = -\\sum_x Q(x) \\log P(x)$$\n\n"
        "but as\n\n$$H(P, Q) = -\\sum_x P(x) \\log Q(x)$$\n"
    )
    report = check_text(text, "mistakes.md")
    assert [item.verdict for item in report.claims if item.verdict == "false"] == []
    assert [item.text for item in report.claims if item.text.startswith("H(P, Q)")] == [
        "H(P, Q) = -\\sum_x P(x) \\log Q(x)"
    ]
    # Without its verdict in brackets the same sentence is the author's own, and false.
    plain = check_text("Let $P = (0.4, 0.6)$ and $Q = (0.7, 0.3)$.\n\nKL divergence is a metric.\n", "a.md")
    assert [item.verdict for item in _claims(plain)] == ["false"]


def test_a_value_restated_for_an_earlier_example_is_not_judged_against_the_later_one() -> None:
    first, second = _kl(["0.5", "0.5"], ["0.8", "0.2"]), _kl(["0.9", "0.1"], ["0.5", "0.5"])
    assert (mpmath.nstr(first, 3), mpmath.nstr(second, 3)) == ("0.223", "0.368")
    text = (
        "## Example 1\n\nTake $P = (0.5, 0.5)$ and $Q = (0.8, 0.2)$.\n\n"
        "The KL divergence is $D(P\\|Q) \\approx 0.223$ nats.\n\n"
        "## Example 2\n\nNow $P = (0.9, 0.1)$ and $Q = (0.5, 0.5)$.\n\n"
        "The KL divergence is $D(P\\|Q) \\approx 0.368$ nats.\n\n"
        "In the first example the KL divergence was 0.223 nats, and here it is 0.368.\n"
    )
    report = check_text(text, "two.md")
    earlier = next(item for item in report.claims if item.text.endswith("was 0.223 nats"))
    assert earlier.verdict == "unchecked" and "for the P and Q of line 3, replaced since" in earlier.note
    slip = check_text(text.replace("was 0.223", "was 0.25"), "two.md")
    assert [item.verdict for item in slip.claims if item.text.endswith("was 0.25 nats")] == ["false"]


def test_a_sentence_naming_p_and_q_in_capitals_reads_the_codes_lowercase_lists() -> None:
    value = _kl(["0.1", "0.2", "0.3", "0.4"], ["0.25"] * 4)
    assert mpmath.nstr(value, 3) == "0.106"
    text = (
        "```python\nfrom scipy.stats import entropy\np = [0.1, 0.2, 0.3, 0.4]\nq = [0.25, 0.25, 0.25, 0.25]\n```\n\n"
        "So the KL divergence of P from Q is about 0.106 nats.\n"
    )
    (said,) = _claims(check_text(text, "code.md"))
    assert said.verdict == "holds"
    other = check_text(text.replace("of P from Q", "of R from S"), "code.md")
    assert "the distributions it names (R, S) are not defined" in _claims(other)[0].note


def test_a_note_for_a_formula_with_undefined_symbols_says_what_they_are() -> None:
    text = "Let $P = (0.3, 0.7)$ and $Q = (0.6, 0.4)$.\n\n$$D(P \\| Q) = H(Q, P) - H(P) \\text{ for every } z$$\n"
    (said,) = _claims(check_text(text, "a.md"))
    assert said.verdict == "unchecked"
    assert said.note.startswith("its formula also uses z, which the document does not define")


def test_a_definition_in_the_next_example_is_not_given_just_after_a_claim_above_it() -> None:
    second = _kl(["0.9", "0.1"], ["0.5", "0.5"])
    assert mpmath.nstr(second, 3) == "0.368" and mpmath.nstr(_kl(["0.5", "0.5"], ["0.8", "0.2"]), 3) == "0.223"
    claim = "Take $P = (0.5, 0.5)$ and $Q = (0.8, 0.2)$. Then\n\n$$D(P\\|Q) \\approx 0.368$$\n\n"
    later = check_text(claim + "Example 2. Now $P = (0.9, 0.1)$ and $Q = (0.5, 0.5)$.\n", "a.md")
    assert [item.verdict for item in _claims(later)] == ["unchecked"]
    where = check_text(claim + "where instead $P = (0.9, 0.1)$ and $Q = (0.5, 0.5)$.\n", "a.md")
    (said,) = _claims(where)
    assert said.verdict == "holds" and "given just after it" in said.note


def test_a_value_in_words_restating_the_formula_above_is_judged_as_its_direction() -> None:
    forward, backward = _kl(["0.5", "0.5"], ["0.8", "0.2"]), _kl(["0.8", "0.2"], ["0.5", "0.5"])
    assert (mpmath.nstr(forward, 3), mpmath.nstr(backward, 3)) == ("0.223", "0.193")
    formula = "Let $P = (0.5, 0.5)$ and $Q = (0.8, 0.2)$.\n\n$$D_{KL}(P\\|Q) \\approx 0.223$$\n\n"
    slip = check_text(formula + "So the KL divergence is about 0.193 nats.\n", "a.md")
    said = _claims(slip)[-1]
    assert said.verdict == "false" and "the measure the formula above works out" in said.note
    for words in ("The reverse KL divergence is about 0.193 nats.", "그래서 KL 발산은 약 0.223 나트이다."):
        assert _claims(check_text(formula + words + "\n", "a.md"))[-1].verdict == "holds"
    # Under formulas that work out both directions, the value may be either.
    both = formula.replace("0.223$$", "0.223, \\quad D_{KL}(Q\\|P) \\approx 0.193$$")
    assert _claims(check_text(both + "So the KL divergence is about 0.193 nats.\n", "a.md"))[-1].verdict == "holds"
    # With new distributions between them the value may be about those: it fits one reading and holds.
    redefined = formula + "Now $P = (0.8, 0.2)$ and $Q = (0.5, 0.5)$: the KL divergence is about 0.193 nats.\n"
    assert _claims(check_text(redefined, "a.md"))[-1].verdict == "holds"


def test_a_unit_right_after_a_formula_is_its_unit_in_chinese_japanese_and_korean_too() -> None:
    entropy = _entropy(["0.6", "0.4"]) / mpmath.ln(2)
    kl = _kl(["0.6", "0.4"], ["0.5", "0.5"]) / mpmath.ln(2)
    assert (mpmath.nstr(entropy, 3), mpmath.nstr(kl, 2), mpmath.nstr(entropy + kl, 5)) == ("0.971", "0.029", "1.0")
    for unit in ("bits", "比特", "ビット", "비트"):
        text = f"Let $P = (0.6, 0.4)$ and $Q = (0.5, 0.5)$.\n\n$D(P\\|Q) = 1 - 0.971 = 0.029$ {unit}\n"
        chain = [item for item in check_text(text, "a.md").claims if item.kind != "definition"]
        assert [(item.verdict, item.base) for item in chain] == [("holds", "2"), ("holds", "2")], unit


def test_the_header_names_the_cell_of_a_notebook_where_the_base_is_named() -> None:
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": "# Two coins\n\nWe compare $P$ and $Q$."},
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": 1,
            "source": "p = [0.5, 0.5]\nprint('all entropies in bits')\nprint('entropy:', 1.0)",
            "outputs": [{"output_type": "stream", "name": "stdout", "text": "all entropies in bits\nentropy: 1.0\n"}],
        },
    ]
    notebook = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    report = check_text(json.dumps(notebook), "coins.ipynb")
    assert report.base.detail == 'the document names it: "bits" in cell 2 output, line 1'


def test_a_lone_logarithm_is_not_named_as_a_measure_that_happens_to_equal_it() -> None:
    assert mpmath.nstr(_entropy(["0.5", "0.5"]), 3) == mpmath.nstr(mpmath.ln(2), 3) == "0.693"
    text = "Let $P = (0.5, 0.5)$ and $Q = (0.6, 0.4)$.\n\nThe JSD is at most $\\ln 2 \\approx 0.693$ nats.\n"
    (bound,) = [item for item in _claims(check_text(text, "a.md")) if "0.693" in item.text]
    assert bound.verdict == "holds" and "H(P)" not in bound.note


def test_formulas_shown_as_mistakes_in_spanish_korean_chinese_and_japanese_are_not_judged() -> None:
    assert _kl(["0.3", "0.7"], ["0.6", "0.4"]) != _kl(["0.6", "0.4"], ["0.3", "0.7"])
    given = "Let $P = (0.3, 0.7)$ and $Q = (0.6, 0.4)$.\n\n"
    for shown in (
        "**Error común:** escribir $D(P\\|Q) = D(Q\\|P)$.",
        "주의: $D(P\\|Q) = H(P) - H(P, Q)$ 라고 쓰면 틀린다.",
        "흔한 실수: $D(P\\|Q) = D(Q\\|P)$.",
        "$D(P\\|Q) = D(Q\\|P)$ 是错误的。",
        "$D(P\\|Q) = D(Q\\|P)$ は誤りである。",
        "Escribir $D(P\\|Q) = D(Q\\|P)$ es incorrecto.",
    ):
        report = check_text(given + shown + "\n", "a.md")
        assert [item.verdict for item in _claims(report)] == [], shown
    said = check_text(given + "$D(P\\|Q) = D(Q\\|P)$ 이다.\n", "a.md")
    assert [item.verdict for item in _claims(said)] == ["false"]


def test_a_claim_in_a_section_that_names_no_base_says_only_other_sections_do() -> None:
    text = (
        "# Notes\n\n## Entropy\n\nIn bits, $H(P) = 1$ for $P = (0.5, 0.5)$.\n\n"
        "## Divergence\n\nWith $Q = (0.9, 0.1)$: $D(P\\|Q) \\neq D(Q\\|P)$.\n"
    )
    report = check_text(text, "a.md")
    assert report.base.detail.startswith('one of its sections names it: "bits" on line 5; the other sections name none')
    (unequal,) = _claims(report, "symmetry")
    assert "its section (or cell) names no log base, only others do" in unequal.note


def test_one_probability_of_each_of_two_variables_is_no_distribution() -> None:
    text = "$P(X=0) = 0.5$, $P(Y=0) = 0.5$.\n\n$Q(X=0) = 0.3$, $Q(X=1) = 0.7$.\n"
    defined = [item for item in check_text(text, "a.md").claims if item.kind == "definition"]
    assert [item.text for item in defined] == ["Q(X=0) = 0.3, Q(X=1) = 0.7"]


def test_cross_entropy_said_symmetric_says_when_the_two_directions_agree_for_the_pair_given() -> None:
    p, q = ["0.25", "0.25", "0.5"], ["0.5", "0.25", "0.25"]
    assert _kl(p, q) + _entropy(p) == _kl(q, p) + _entropy(q)  # H(P,Q) = H(Q,P) for this pair
    text = "Let $P = (0.25, 0.25, 0.5)$ and $Q = (0.5, 0.25, 0.25)$.\n\nCross-entropy is symmetric.\n"
    (said,) = _claims(check_text(text, "a.md"), "symmetry")
    assert said.verdict == "false" and "P and Q happen to give H(P,Q) = H(Q,P) = 1.213 nats" in said.note
    other = check_text(text.replace("(0.5, 0.25, 0.25)", "(0.6, 0.2, 0.2)"), "a.md")
    assert " but H(Q,P) = " in _claims(other, "symmetry")[0].note


def test_a_list_item_that_opens_with_a_quantity_and_its_unit_is_read_as_a_list_item() -> None:
    assert mpmath.nstr(2 / mpmath.ln(2), 4) == "2.885"
    report = check_text("Units:\n\n- 2 nats $= 2/\\ln 2 \\approx 2.885$ bits\n", "a.md")
    assert all("may be a minus sign" not in item.note for item in report.claims)
    assert [item.text for item in report.claims] == ["2/\\ln 2 \\approx 2.885"]
    pasted = check_text("- 0.5 * log2(0.5) = 0.5\n", "a.md")
    assert [item.verdict for item in pasted.claims] == ["unchecked"]


@pytest.mark.parametrize(
    "sentence",
    [
        "For a fair coin the entropy is 1 bit.",
        "A fair coin has an entropy of 1 bit.",
        "공정한 동전이면 엔트로피는 1비트이다.",
        "均匀硬币的熵是 1 比特。",
        "Para una moneda justa, la entropía es 1 bit.",
    ],
)
def test_a_value_for_a_fair_coin_is_not_judged_against_the_biased_coin_in_force(sentence: str) -> None:
    # The coin in force is biased: its entropy is not 1 bit, a fair coin's is.
    assert abs(_entropy(["0.8", "0.2"], lambda x: mpmath.log(x, 2)) - 1) > mpmath.mpf("0.2")
    report = check_text(f"Let $P = (0.8, 0.2)$ be a biased coin.\n\n{sentence}\n", "a.md")
    assert all(claim.verdict != "false" for claim in report.claims)


@pytest.mark.parametrize(
    "shown",
    [
        r"$$ D_{KL}(P\|Q) = \sum_x P(x) \frac{P(x)}{Q(x)} \quad \text{(wrong)} $$",
        r"❌ $H(P,Q) = \sum_x P(x)\log Q(x)$",
        r"잘못된 예: $D_{KL}(P\|Q) = 0.25$.",
    ],
)
def test_a_mistake_marked_as_such_inside_or_before_its_formula_is_not_judged(shown: str) -> None:
    # The pair's KL in nats is not 0.25, and the two definitions shown are wrong ones (no log; sign flipped).
    assert abs(_kl(["0.5", "0.5"], ["0.9", "0.1"]) - mpmath.mpf("0.25")) > mpmath.mpf("0.01")
    text = f"Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n{shown}\n\n✅ $H(P,Q) = -\\sum_x P(x)\\log Q(x)$\n"
    claims = check_text(text, "a.md").claims
    assert all(claim.verdict != "false" for claim in claims)
    assert any(claim.kind == "definition" and "-\\sum" in claim.text and claim.verdict == "holds" for claim in claims)


def test_printed_output_is_in_the_base_its_code_takes_logarithms_in() -> None:
    import nbformat

    # The code prints H(p) in bits (np.log2); the page works in nats elsewhere, where the same entropy is 0.5623.
    bits, nats = _entropy(["0.25", "0.75"], lambda x: mpmath.log(x, 2)), _entropy(["0.25", "0.75"])
    code = "import numpy as np\np = np.array([0.25, 0.75])\nH = lambda d: -np.sum(d * np.log2(d))\n"
    code += "print('H(p) =', H(p))"
    cell = nbformat.v4.new_code_cell(code)
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=f"H(p) = {float(bits)!r}\n")]
    notebook = nbformat.v4.new_notebook(
        cells=[cell, nbformat.v4.new_markdown_cell(f"In nats, $H(p) \\approx {mpmath.nstr(nats, 4)}$ nats.")]
    )
    claims = _claims(check_text(nbformat.writes(notebook), "a.ipynb"))
    assert [(claim.output, claim.verdict) for claim in claims] == [(True, "holds"), (False, "holds")]


def test_a_unit_named_below_for_a_value_of_its_own_does_not_set_the_unit_of_the_claim_above() -> None:
    nats, bits = (
        _kl(["0.25", "0.75"], ["0.5", "0.5"]),
        _kl(["0.25", "0.75"], ["0.5", "0.5"], lambda x: mpmath.log(x, 2)),
    )
    text = (
        "Write kl_divergence(p, q), natural log.\n\nInput: p = [0.25, 0.75], q = [0.5, 0.5]\n"
        f"Output: {mpmath.nstr(nats, 4)}\n\nNote: in bits this would be {mpmath.nstr(bits, 4)}.\n"
    )
    assert all(claim.verdict != "false" for claim in check_text(text, "a.txt").claims)
