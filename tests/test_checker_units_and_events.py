"""A value converted to bits by dividing by ln 2 is in bits; arithmetic after a measure kldocs does not read (an
entropy given an event on the variable itself) is not called right.

The facts are worked out with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

P, Q = [mpmath.mpf("0.8"), mpmath.mpf("0.2")], [mpmath.mpf("0.5"), mpmath.mpf("0.5")]
KL_NATS = mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(P, Q, strict=True))


@pytest.mark.parametrize("divided", ["\\frac{0.1927}{\\ln 2}", "0.1927 / \\ln 2", "\\frac{0.1927}{\\log 2}"])
def test_a_value_divided_by_ln_2_is_in_bits(divided: str) -> None:
    assert mpmath.nstr(KL_NATS, 4) == "0.1927" and mpmath.nstr(KL_NATS / mpmath.log(2), 4) == "0.2781"
    text = (
        "Take $P = (0.8, 0.2)$ and $Q = (0.5, 0.5)$: $D_{KL}(P\\|Q) \\approx 0.1927$ nats.\n\n"
        f"In bits, divide by $\\ln 2$: $D_{{KL}}(P\\|Q) = {divided} \\approx 0.2781$.\n"
    )
    claims = check_text(text, "a.md").claims
    assert [claim.verdict for claim in claims if claim.kind == "kl"] == ["holds", "holds"], claims
    # Written as nats, the same 0.2781 is false.
    wrong = text.replace(f"{divided} \\approx 0.2781$", "0.2781$ nats")
    assert [claim.verdict for claim in check_text(wrong, "a.md").claims if claim.kind == "kl"] == ["holds", "false"]


@pytest.mark.parametrize(
    "line",
    [
        "H(X | X even) = -3 × (1/6) log2(1/6) ≈ 1.292 bits.",
        "$H(X \\mid X \\text{ even}) = -3 \\cdot \\frac16 \\log_2 \\frac16 \\approx 1.292$ bits.",
        "H(X | X > 3) = -3 * 1/6 * log2(1/6) = 1.292",
    ],
)
def test_arithmetic_after_an_unread_measure_is_not_called_right(line: str) -> None:
    # A fair die given that it shows an even face: three faces of 1/3 each, log2 3 bits, not the 1.292 of weights 1/6.
    even = [mpmath.mpf(1) / 3] * 3
    assert mpmath.almosteq(-mpmath.fsum(p * mpmath.log(p, 2) for p in even), mpmath.log(3, 2))
    assert mpmath.nstr(-3 * mpmath.mpf(1) / 6 * mpmath.log(mpmath.mpf(1) / 6, 2), 4) == "1.292"
    (claim,) = check_text(f"Solution 4.\n\n{line}\n", "a.md").claims
    assert claim.verdict == "unchecked" and "did not read that measure" in claim.note, claim
    # The same arithmetic on its own is arithmetic, and holds.
    (alone,) = check_text("Solution 4.\n\nThe sum -3 × (1/6) log2(1/6) ≈ 1.292.\n", "a.md").claims
    assert alone.verdict == "holds"


@pytest.mark.parametrize(
    ("story", "value"),
    [
        (
            "Now take a loaded die on which a six comes up half the time and the other five faces 0.1 each.\n"
            "Its entropy is about {h} bits.",
            ["0.5", *["0.1"] * 5],
        ),
        (
            "A second bag has ten colours: red and blue make up 0.2 each and the other eight 0.075 each. "
            "Its entropy is about {h} bits.",
            ["0.2"] * 2 + ["0.075"] * 8,
        ),
        (
            "A bag holds five colours and each colour has the same 20 % share. Its entropy is about {h} bits.",
            ["0.2"] * 5,
        ),
    ],
)
def test_a_value_of_a_new_distribution_told_in_words_is_not_judged_against_p(story: str, value: list[str]) -> None:
    weights = [mpmath.mpf(p) for p in value]  # at the precision in force when the test runs
    h = -mpmath.fsum(p * mpmath.log(p, 2) for p in weights)
    assert mpmath.almosteq(mpmath.fsum(weights), 1) and not mpmath.almosteq(h, 1, 1e-3)  # P = (0.5, 0.5) has 1 bit
    text = "Let P = (0.5, 0.5).\n\n" + story.format(h=mpmath.nstr(h, 4)) + "\n"
    verdicts = [claim.verdict for claim in check_text(text, "a.md").claims if claim.kind == "entropy"]
    assert "false" not in verdicts, verdicts


@pytest.mark.parametrize(
    "line",
    [
        "$$ H(x,y) \\le H(x) + H(y) $$",
        "$$ H(x,y) < H(x) + H(y) $$",
        "$$ H(y|x) = H(x,y) - H(x) = -\\sum_{x,y} P(x,y) \\log P(y|x) $$",
        "$$ I(x;y) = H(x) + H(y) - H(x,y) $$",
    ],
)
def test_small_letters_x_y_are_random_variables_not_distributions(line: str) -> None:
    # H(x,y) is the joint entropy of x and y, never a cross-entropy: subadditivity and the chain rule are true.
    joint = [[mpmath.mpf(1) / 2, mpmath.mpf(1) / 4], [0, mpmath.mpf(1) / 4]]
    cells = [p for row in joint for p in row if p > 0]
    h_xy = -mpmath.fsum(p * mpmath.log(p) for p in cells)
    h_x = -mpmath.fsum(sum(row) * mpmath.log(sum(row)) for row in joint)
    h_y = -mpmath.fsum(sum(col) * mpmath.log(sum(col)) for col in zip(*joint, strict=True) if sum(col) > 0)
    assert h_xy < h_x + h_y  # dependent here: strictly below
    claims = check_text(f"Some notes write random variables in small letters.\n\n{line}\n", "a.md").claims
    assert claims and all(claim.verdict != "false" for claim in claims), claims


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("KL散度有时也叫KL距离（不同点是不对称）。", "holds"),  # 不同 is "different", not a denial
        ("KL散度非常不对称。", "holds"),  # 非常 is "very"
        ("KL散度是对称的，与距离不同。", "false"),
    ],
)
def test_chinese_words_that_start_with_a_denial_sign_do_not_deny(line: str, verdict: str) -> None:
    p, q = [mpmath.mpf("0.9"), mpmath.mpf("0.1")], [mpmath.mpf("0.5"), mpmath.mpf("0.5")]
    forward = mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))
    backward = mpmath.fsum(b * mpmath.log(b / a) for a, b in zip(p, q, strict=True))
    assert not mpmath.almosteq(forward, backward)  # KL is not symmetric
    said = [item for item in check_text(f"{line}\n", "a.md").claims if item.kind == "symmetry"]
    assert said and all(item.verdict == verdict for item in said), said


@pytest.mark.parametrize(("written", "verdict"), [("0.47", "holds"), ("0.6", "false")])
def test_a_russian_list_joined_by_i_gives_the_answer_its_entropy(written: str, verdict: str) -> None:
    h = -(mpmath.mpf("0.9") * mpmath.log(mpmath.mpf("0.9"), 2) + mpmath.mpf("0.1") * mpmath.log(mpmath.mpf("0.1"), 2))
    assert mpmath.nstr(h, 2) == "0.47"  # 0.469 bits
    text = f"Символы появляются с вероятностями 0.9 и 0.1. Ответ: {written} бита\n"
    verdicts = [claim.verdict for claim in check_text(text, "a.txt").claims]
    assert verdicts == [verdict], verdicts
