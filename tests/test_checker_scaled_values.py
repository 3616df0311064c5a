"""``kldocs check`` on multiples, shares and ratios of a measure, bounds over an alphabet's size, and values carried
on from rounded values stated a line or two up.

"Twice the cross-entropy is 2.35 bits", "half of D(P||Q) is about 0.18 bits", "a total KL divergence of 18.2 bits
over 50 draws", "D(Q||P) is about 108% of D(P||Q)", "the entropy is 3 H(P)": the number is a multiple, a share or a
ratio of the measure, or the measure is a coefficient's factor, and none is the measure's value. ``H(X) ≤ log2 |X|``
bounds the entropy by the log of the alphabet's size, not by ``log2`` alone. A value worked from values stated
rounded above (a conditional entropy from two rounded entropies, and later ``H(Z) - H(Z|W)``) is the author's
rounding carried on; a value in bits times a rounded ``ln 2`` is a rounded value; "보다" / "より" make a difference; an
approximation said of near distributions ("for nearby distributions, D(P||Q) ≈ D(Q||P)") is not of the pair in force.
The documents are written for the test; the truth is computed here with ``math`` and ``fractions``.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from kldocs.checker import Checked, check_text

P, Q = (0.25, 0.75), (0.6, 0.4)
H_P = -sum(p * math.log2(p) for p in P)
CROSS = -sum(p * math.log2(q) for p, q in zip(P, Q, strict=True))
KL = CROSS - H_P
REVERSE = sum(q * math.log2(q / p) for p, q in zip(P, Q, strict=True))
OPENING = "Let P = (0.25, 0.75) and Q = (0.6, 0.4), logs base 2.\n\n"


def _claims(text: str) -> list[Checked]:
    return list(check_text(text, "a.md").claims)


def _false(text: str) -> list[Checked]:
    return [c for c in _claims(text) if c.verdict == "false"]


@pytest.mark.parametrize(
    ("scaled", "plain"),
    [
        (f"Twice the cross-entropy is {2 * CROSS:.3f} bits.", f"The cross-entropy is {2 * CROSS:.3f} bits."),
        (
            f"Half the cross-entropy H(P,Q) is about {CROSS / 2:.3f} bits.",
            f"The cross-entropy H(P,Q) is about {CROSS / 2:.3f} bits.",
        ),
        (
            f"Over 50 draws this adds up to a total KL divergence of {50 * KL:.1f} bits.",
            f"This adds up to a KL divergence of {50 * KL:.1f} bits.",
        ),
        (
            f"Three times the KL divergence comes out at about {3 * KL:.3f} bits.",
            f"The KL divergence comes out at about {3 * KL:.3f} bits.",
        ),
        (
            f"D(Q||P) is about {round(100 * REVERSE / KL)}% of D(P||Q): {REVERSE:.3f} / {KL:.3f} ≈ {REVERSE / KL:.2f}.",
            f"D(Q||P) is about the same as D(P||Q) ≈ {REVERSE / KL:.2f}.",
        ),
        (
            f"La mitad de la entropía cruzada es aproximadamente {CROSS / 2:.3f} bits.",
            f"La entropía cruzada es aproximadamente {CROSS / 2:.3f} bits.",
        ),
        (
            f"Das Doppelte der Kreuzentropie beträgt etwa {2 * CROSS:.3f} bits.",
            f"Die Kreuzentropie beträgt etwa {2 * CROSS:.3f} bits.",
        ),
        (
            f"Over the batch we measured an average cross-entropy of {2 * CROSS:.3f} bits.",
            f"Over the batch we measured a cross-entropy of {2 * CROSS:.3f} bits.",
        ),
        (f"交叉熵的两倍约为 {2 * CROSS:.3f} 比特。", f"交叉熵约为 {2 * CROSS:.3f} 比特。"),
        (f"KL散度的一半约为 {KL / 2:.3f} 比特。", f"KL散度约为 {KL / 2:.3f} 比特。"),
        (
            f"交差エントロピーの2倍は約 {2 * CROSS:.3f} ビットである。",
            f"交差エントロピーは約 {2 * CROSS:.3f} ビットである。",
        ),
    ],
)
def test_a_multiple_share_or_ratio_of_a_measure_is_not_its_value(scaled: str, plain: str) -> None:
    assert abs(KL - 0.3644) < 1e-4 and abs(REVERSE - 0.3951) < 1e-4 and abs(CROSS - 1.1757) < 1e-4
    assert not _false(OPENING + scaled + "\n"), _claims(OPENING + scaled + "\n")
    assert _false(OPENING + plain + "\n")  # the same number said to be the measure is read, and false


@pytest.mark.parametrize("copies", [2, 3])
def test_a_coefficient_before_a_measures_symbol_is_not_the_measures_value(copies: int) -> None:
    text = (
        "Let P = (0.5, 0.5), logs base 2.\n\n"
        f"For {copies} independent copies the entropy is {copies} H(P) = {copies} bits.\n\n"
        f"Said with a dot: the entropy is {copies}·H(P) bits for {copies} copies.\n"
    )
    assert -2 * 0.5 * math.log2(0.5) == 1
    claims = _claims(text)
    assert not [c for c in claims if c.verdict == "false"], claims
    assert [c.verdict for c in claims if c.text == f"{copies} H(P) = {copies}"] == ["holds"]


@pytest.mark.parametrize("bound", ["log2 |X|", "log2|X|", "log2 |𝒳|", "log₂|X|", "log2 n"])
def test_the_entropy_bounded_by_the_log_of_the_alphabet_size_is_not_bounded_by_one_bit(bound: str) -> None:
    text = f"Let P = (0.5, 0.25, 0.25).\n\n- Bounded by the size of the alphabet: H(P) ≤ {bound}\n"
    assert -sum(p * math.log2(p) for p in (0.5, 0.25, 0.25)) == 1.5 <= math.log2(3)
    assert not _false(text), _claims(text)
    # The same bound by a number is read: one bit is too little.
    assert [c.verdict for c in _claims(text.replace(bound, "log2 2"))][-1] == "false"


def _entropy(weights: list[Fraction]) -> float:
    return -sum(float(w) * math.log2(w) for w in weights if w)


def _sums(rows: list[list[Fraction]]) -> list[Fraction]:
    return [sum(row, Fraction(0)) for row in rows]


#: A joint distribution of W (rows) and Z (columns).
JOINT = [[Fraction(1, 10), Fraction(3, 10)], [Fraction(1, 2), Fraction(1, 10)]]
H_W = _entropy(_sums(JOINT))
H_Z = _entropy(_sums([list(column) for column in zip(*JOINT, strict=True)]))
H_WZ = _entropy([cell for row in JOINT for cell in row])
TABLE = "W and Z have the joint distribution\n\n| | Z=0 | Z=1 |\n|---|---|---|\n"
TABLE += "| W=0 | 0.1 | 0.3 |\n| W=1 | 0.5 | 0.1 |\n\n"


def test_a_value_worked_from_rounded_values_is_carried_on_to_later_lines() -> None:
    h_w, h_z, h_wz = round(H_W, 3), round(H_Z, 3), round(H_WZ, 3)
    carried = round(h_wz - h_w, 3)  # the author's H(Z|W), from the two rounded values
    assert carried != round(H_WZ - H_W, 3)  # the exact conditional entropy rounds elsewhere
    information = round(h_z - carried, 3)
    assert information != round(H_Z - (H_WZ - H_W), 3)  # and so does the exact mutual information
    assert round(2 * information, 3) != round(2 * (H_Z - H_WZ + H_W), 3)
    text = (
        TABLE
        + f"So H(W) ≈ {h_w:.3f} bits, H(Z) ≈ {h_z:.3f} bits and H(W,Z) ≈ {h_wz:.3f} bits.\n\n"
        + f"Then H(Z|W) = H(W,Z) - H(W) ≈ {h_wz:.3f} - {h_w:.3f} = {carried:.3f} bits.\n\n"
        + f"So I(W;Z) = H(Z) - H(Z|W) ≈ {h_z:.3f} - {carried:.3f} = {information:.3f} bits.\n\n"
        + f"Without the arithmetic: I(W;Z) ≈ {information:.3f} bits.\n\n"
        + f"Twice that is 2 I(W;Z) ≈ 2 × {information:.3f} = {2 * information:.3f} bits.\n"
    )
    claims = _claims(text)
    assert not [c for c in claims if c.verdict == "false"], claims
    notes = [c.note for c in claims if c.verdict == "unchecked"]
    assert notes and all("the rounding is the author's" in note or "not called false" in note for note in notes)
    # A value the carried values do not come to is still false.
    wrong = text.replace(f"Without the arithmetic: I(W;Z) ≈ {information:.3f}", "Without it: I(W;Z) ≈ 0.300")
    assert [c.text for c in _false(wrong)] == ["I(W;Z) ≈ 0.300"]


@pytest.mark.parametrize("factor", ["0.693", "0.6931"])
def test_a_rounded_value_in_bits_times_ln_2_is_a_rounded_value_not_an_exact_probability(factor: str) -> None:
    nats = KL * math.log(2)
    assert abs(round(KL, 2) * 0.693 - nats) > 0.5e-3  # 0.36 taken as exact would not allow the value
    text = OPENING + f"In nats, D(P||Q) ≈ {round(KL, 2)} × {factor} ≈ {nats:.3f} nats.\n"
    assert not _false(text), _claims(text)
    # A wrong conversion (dividing instead of multiplying) is still false.
    assert _false(OPENING + f"In nats, D(P||Q) ≈ {round(KL, 2)} × 1.443 ≈ {KL * 1.443:.3f} nats.\n")


@pytest.mark.parametrize(
    "line",
    [
        "참고로 $\\log_2 3 \\approx 1.585$비트로, $P$의 엔트로피보다 약 {gap:.1f}비트 크다.",
        "$\\log_2 3 \\approx 1.585$ ビットで、P のエントロピーより約 {gap:.1f} ビット大きい。",
    ],
)
def test_a_value_compared_with_a_measure_is_a_difference_not_its_value(line: str) -> None:
    loaded = (0.5, 0.3, 0.2)
    gap = math.log2(3) - -sum(p * math.log2(p) for p in loaded)
    assert round(gap, 1) == 0.1
    text = "P = (0.5, 0.3, 0.2) とする。로그의 밑은 2이다.\n\n" + line.format(gap=gap) + "\n"
    assert not _false(text), _claims(text)


def test_arithmetic_on_cut_off_logarithms_is_not_a_rounded_value_to_carry_on() -> None:
    p, q = (0.25, 0.75), (0.16, 0.84)
    logs = [math.log2(a / b) for a, b in zip(p, q, strict=True)]
    cut = [math.trunc(1000 * value) / 1000 for value in logs]  # 0.643 and -0.163: cut off, not rounded
    assert cut[0] != round(logs[0], 3)
    kl = sum(a * value for a, value in zip(p, logs, strict=True))
    worked = Fraction("0.25") * Fraction("0.643") + Fraction("0.75") * Fraction("-0.163")
    assert worked == Fraction("0.0385") and round(kl, 3) == 0.038  # the author's 0.039 is the arithmetic's rounding
    text = (
        "Let P = (0.25, 0.75) and Q = (0.16, 0.84).\n\n```\n"
        "D(P||Q) = 0.25·log₂(0.25/0.16) + 0.75·log₂(0.75/0.84)\n"
        "        = 0.25·(0.643) + 0.75·(-0.163)\n"
        "        = 0.039 bits\n```\n"
    )
    assert [c.text for c in _false(text)] == ["D(P||Q) = 0.039"]


@pytest.mark.parametrize(
    "sentence",
    [
        "For nearby distributions the two directions agree to second order: $D(P\\|Q) \\approx D(Q\\|P)$.",
        "When Q is close to P, D(P||Q) ≈ D(Q||P) ≈ χ²/2.",
        "Para distribuciones cercanas, $D(P\\|Q) \\approx D(Q\\|P)$.",
    ],
)
def test_an_approximation_said_of_near_distributions_is_not_judged_on_the_pair_in_force(sentence: str) -> None:
    assert abs(KL - REVERSE) / KL > 0.05  # the pair in force is not near: its two directions differ
    text = OPENING + sentence + "\n"
    assert not _false(text), _claims(text)
    # Said of the pair in force, the same approximation is judged.
    assert _false(OPENING + "Here $D(P\\|Q) \\approx D(Q\\|P)$.\n")


def test_a_difference_of_two_values_stated_just_above_is_carried_on_to_the_measure_it_gives() -> None:
    stated = (round(CROSS, 3), round(H_P, 3))
    assert stated == (1.176, 0.811) and round(KL, 3) == 0.364  # 1.176 - 0.811 = 0.365
    text = (
        OPENING
        + f"The cross-entropy is H(P,Q) ≈ {stated[0]:.3f} bits and the entropy H(P) ≈ {stated[1]:.3f} bits.\n\n"
        + "So the part a better model could remove is D(P||Q) ≈ 1.176 - 0.811 = 0.365 bits.\n"
    )
    claims = _claims(text)
    assert not [c for c in claims if c.verdict == "false"], claims
    # The same difference from numbers the document never stated is still false.
    assert _false(text.replace("H(P,Q) ≈ 1.176 bits and the entropy H(P) ≈ 0.811", "H(P,Q) is known"))


@pytest.mark.parametrize("named", ["With base-10 logs,", "Used log base 10:", "Used $\\log_{10}$:"])
def test_a_base_named_before_a_value_on_its_own_line_wins_over_the_documents(named: str) -> None:
    p, q = (0.2, 0.5, 0.3), (0.4, 0.4, 0.2)
    kl = {base: sum(a * math.log(a / b, base) for a, b in zip(p, q, strict=True)) for base in (math.e, 10)}
    assert (round(kl[math.e], 3), round(kl[10], 3)) == (0.095, 0.041)
    opening = "$P = (0.2, 0.5, 0.3)$, $Q = (0.4, 0.4, 0.2)$, natural logarithms.\n\n"
    text = opening + f"- {named} $D_{{KL}}(P\\|Q) \\approx 0.041$; deduct 1 point.\n"
    assert [c.verdict for c in _claims(text) if c.kind == "kl"] == ["holds"]
    # The natural-log value on that line is now read in base 10, and is false there.
    assert [c.verdict for c in _claims(text.replace("0.041", "0.095")) if c.kind == "kl"] == ["false"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two flips together have an entropy of about {two:.3f} bits.",
        "For a block of four flips, the entropy of the block is about {four:.3f} bits.",
        "Over 4 independent flips the entropy adds up to about {four:.3f} bits.",
    ],
)
def test_the_measure_of_several_draws_is_not_the_measure_of_one(sentence: str) -> None:
    one = -(0.8 * math.log2(0.8) + 0.2 * math.log2(0.2))
    text = "Let P = (0.8, 0.2), logs base 2.\n\n" + sentence.format(two=2 * one, four=4 * one) + "\n"
    assert not _false(text), _claims(text)
    # Said of the one coin, twice its entropy is false.
    assert _false(f"Let P = (0.8, 0.2), logs base 2.\n\nThe coin has an entropy of about {2 * one:.3f} bits.\n")
