"""A rate given as a percent ("불량률이 30%인", "a defect rate of 30%", "不良率为 30%") is a distribution of two
outcomes, the rate and the rest: the entropy the sentence gives for it is judged."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def binary_bits(rate: str) -> mpmath.mpf:
    p = mpmath.mpf(rate)
    return -(p * mpmath.log(p, 2) + (1 - p) * mpmath.log(1 - p, 2))


def verdicts(text: str) -> list[tuple[str, str | None]]:
    return [(claim.verdict, claim.value) for claim in check_text(text, "rate.md").claims]


@pytest.mark.parametrize(
    "sentence",
    [
        '불량률이 30%인 공정에서 "불량 여부"의 엔트로피는 {v} 비트이다.',
        'For a defect rate of 30%, the entropy of "defective or not" is {v} bits.',
        "With an error rate of 30%, the entropy is {v} bits.",
        "不良率为 30% 时，是否不良的熵为 {v} bit。",
        "앞면이 30%인 동전의 엔트로피는 {v} 비트이다.",
    ],
)
def test_the_entropy_of_a_rate_in_percent_is_judged(sentence: str) -> None:
    right = binary_bits("0.3")  # 0.8813
    assert [verdict for verdict, _ in verdicts(sentence.replace("{v}", mpmath.nstr(right, 3)) + "\n")] == ["holds"]
    found = verdicts(sentence.replace("{v}", "0.722") + "\n")  # the entropy of a 20% rate, not of 30%
    assert [verdict for verdict, _ in found] == ["false"]
    assert mpmath.almosteq(mpmath.mpf(found[0][1] or "nan"), right, 1e-9)


@pytest.mark.parametrize(
    "sentence",
    [
        "With a defect rate of 30%, the entropy of the product mix is 1.5 bits.",  # of another object
        "불량률이 30%인 공정의 제품 구성 엔트로피는 1.5 비트이다.",  # a noun set before the entropy: another object
        "Train 80%, test 20%; the entropy of the labels is 0.7 bits.",  # a split, not the labels' distribution
        "A learning rate of 30% gives an entropy of 1.5 bits.",  # no rate of an outcome
        "불량률이 30%에서 10%로 줄면 엔트로피는 0.2 비트 줄어든다.",  # a change, not a value
    ],
)
def test_rates_of_other_things_are_not_judged(sentence: str) -> None:
    assert all(verdict != "false" for verdict, _ in verdicts(sentence + "\n"))


def binary_nats(rate: str) -> mpmath.mpf:
    return binary_bits(rate) * mpmath.log(2)


LINES = (
    '불량률이 30%인 공정에서 "불량 여부"의 엔트로피는 0.881 비트이다.\n'
    "불량률이 10%로 줄면 엔트로피는 0.469 비트로 줄어든다.\n"
)


def test_a_share_after_others_given_their_entropy_takes_its_value_alone() -> None:
    right = mpmath.nstr(binary_nats("0.2"), 3)  # 0.500
    found = verdicts(f"{LINES}불량률 20%일 때는 {right} nats.\n")
    assert [verdict for verdict, _ in found] == ["holds", "holds", "holds"]
    found = verdicts(f"{LINES}불량률 20%일 때는 0.722 nats.\n")  # the value in bits, said in nats
    assert [verdict for verdict, _ in found] == ["holds", "holds", "false"]
    assert mpmath.almosteq(mpmath.mpf(found[2][1] or "nan"), binary_nats("0.2"), 1e-9)


@pytest.mark.parametrize(
    "text",
    [
        "불량률 20%일 때는 0.722 nats.\n",  # no share before it was given its entropy
        f"{LINES}불량률 20%일 때는 0.722 nats 줄어든다.\n",  # more words after the value: a change
        f"{LINES}\n불량률 20%일 때는 0.722 nats.\n",  # another paragraph
    ],
)
def test_a_share_with_a_bare_value_is_not_read_alone(text: str) -> None:
    found = verdicts(text)
    assert all(verdict != "false" for verdict, _ in found), found
