"""A true/false answer key: a statement it marks false is no false claim of the document; one it marks true is."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

P, Q = [mpmath.mpf("0.75"), mpmath.mpf("0.25")], [mpmath.mpf("0.5"), mpmath.mpf("0.5")]
HEAD = "Let P = (0.75, 0.25) and Q = (0.5, 0.5), logs base 2.\n\n"


def _entropy_bits(p: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(x * mpmath.log(x, 2) for x in p)


def _kl_bits(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(x * mpmath.log(x / y, 2) for x, y in zip(p, q, strict=True))


@pytest.mark.parametrize(
    "line",
    [
        "1. KL divergence is symmetric: D(P||Q) = D(Q||P).      FALSE",
        "(a) D(P||Q) = D(Q||P) for these P and Q.   False (it is not symmetric)",
        "(b) D(P||Q) = D(Q||P).  ✗",
        "(c) D(P||Q) = D(Q||P)。（×）",
        "(d) D(P||Q) = D(Q||P).   Falsch",
        "(e) D(P||Q) = D(Q||P).   Faux.",
        "(f) D(P||Q) = D(Q||P).  거짓",
        "(g) D(P||Q) = D(Q||P)。 误",
        "(h) D(P||Q) = D(Q||P).\n    Answer: False, the two directions differ.",
    ],
)
def test_a_false_statement_the_key_marks_false_holds_as_the_keys_answer(line: str) -> None:
    forward, backward = _kl_bits(P, Q), _kl_bits(Q, P)
    assert not mpmath.almosteq(forward, backward, 1e-6)  # the statement is indeed false
    claims = [claim for claim in check_text(HEAD + line + "\n", "key.txt").claims if claim.kind == "symmetry"]
    assert claims and all(claim.verdict == "holds" for claim in claims)
    assert all("answer key marks it false" in claim.note for claim in claims)


def test_a_wrong_value_the_key_marks_false_holds_and_keeps_the_right_value() -> None:
    text = HEAD + "Q3. H(P) = 1 bit.   FALSE (it is less than 1 bit)\n"
    (claim,) = [claim for claim in check_text(text, "key.txt").claims if claim.kind == "entropy"]
    assert claim.verdict == "holds" and claim.value is not None
    assert mpmath.almosteq(mpmath.mpf(claim.value), _entropy_bits(P), 1e-8)  # 0.8112781245 bits


def test_a_chinese_key_marks_a_property_in_words_false() -> None:
    report = check_text("判断题：\n (1) 相对熵满足三角不等式。（×）\n (2) 相对熵是非负的。（√）\n", "key.txt")
    assert [claim.verdict for claim in report.claims] == ["holds"] * len(report.claims) and report.claims


@pytest.mark.parametrize(
    "line",
    [
        "1. KL divergence is symmetric: D(P||Q) = D(Q||P).      TRUE",
        "(b) D(P||Q) = D(Q||P).  ✓",
        "True or false: D(P||Q) = D(Q||P).   True",
        "(c) D(P||Q) = D(Q||P).\n    Answer: True.",
    ],
)
def test_a_false_statement_the_key_marks_true_is_the_keys_mistake(line: str) -> None:
    claims = [claim for claim in check_text(HEAD + line + "\n", "key.txt").claims if claim.kind == "symmetry"]
    assert claims and all(claim.verdict == "false" for claim in claims)


@pytest.mark.parametrize(
    "line",
    [
        "It is false that H(P) = 1 bit, as we show: D(P||Q) = D(Q||P).",  # "false" inside the sentence: no key
        "So D(P||Q) = D(Q||P), which some call a false friend of symmetry.",
        "We get D(P||Q) = D(Q||P) here. False positives are rare.",  # a new sentence, not a mark
    ],
)
def test_the_word_false_in_running_text_is_no_key(line: str) -> None:
    claims = [claim for claim in check_text(HEAD + line + "\n", "notes.txt").claims if claim.kind == "symmetry"]
    assert claims and all(claim.verdict != "holds" and "answer key" not in claim.note for claim in claims)


def test_a_reference_to_a_part_of_an_exercise_is_no_variable_of_the_formula() -> None:
    text = "Let P = (1/2, 1/2) and Q = (0.8, 0.2).\n\n(ii) D(P‖Q) = D(Q‖P) for all P, Q. False: see Q1(b).\n"
    (claim,) = [claim for claim in check_text(text, "exam.txt").claims if claim.kind == "symmetry"]
    assert claim.verdict == "holds" and "uses b" not in claim.note
    text = "Let P = (1/2, 1/2) and Q = (0.8, 0.2).\n\nThen D(P‖Q) = D(Q‖P), as in Exercise 2(c).\n"
    (claim,) = [claim for claim in check_text(text, "exam.txt").claims if claim.kind == "symmetry"]
    assert claim.verdict == "false"  # no key: the document's own claim, and the reference defines nothing
    half, skewed = [mpmath.mpf(1) / 2] * 2, [mpmath.mpf("0.8"), mpmath.mpf("0.2")]
    assert not mpmath.almosteq(_kl_bits(half, skewed), _kl_bits(skewed, half), 1e-6)
