"""Bare answers (``答：H = 0.811 bit``, ``b) H = 1.386 nats``) under a line that describes one textbook case in words
("一枚硬币正面朝上的概率为 0.25。", "4 ký hiệu đồng xác suất") are that case's entropy."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def binary(p: str, base: float) -> mpmath.mpf:
    q = mpmath.mpf(p)
    return -(q * mpmath.log(q, base) + (1 - q) * mpmath.log(1 - q, base))


def verdicts(text: str) -> list[tuple[str, str | None]]:
    return [(claim.verdict, claim.value) for claim in check_text(text, "quiz.txt").claims]


def test_answers_under_a_coin_described_in_words() -> None:
    bits, nats = mpmath.nstr(binary("0.25", 2), 3), mpmath.nstr(binary("0.25", mpmath.e), 3)  # 0.811, 0.562
    lines = [
        "一枚硬币正面朝上的概率为 0.25。",
        f"(1) 求其熵（以2为底）。 答：H = {bits} bit",
        f"(2) 若以e为底呢？ 答：H = {nats} nat",
    ]
    assert [verdict for verdict, _ in verdicts("\n".join(lines) + "\n")] == ["holds", "holds"]
    lines[2] = f"(2) 若以e为底呢？ 答：H = {bits} nat"  # the value in bits written as nats
    found = verdicts("\n".join(lines) + "\n")
    assert [verdict for verdict, _ in found] == ["holds", "false"]
    assert mpmath.almosteq(mpmath.mpf(found[1][1] or "nan"), binary("0.25", mpmath.e), 1e-9)


@pytest.mark.parametrize(
    "lead",
    [
        "Một nguồn phát 4 ký hiệu đồng xác suất (1/4 mỗi ký hiệu).",
        "A source emits 4 equally likely symbols (1/4 each).",
    ],
)
def test_answers_under_outcomes_alike(lead: str) -> None:
    text = f"{lead}\n\na) H = 2 bit.\nb) H = 1.386 nats.\nc) H = 2 nats.\n"
    assert [verdict for verdict, _ in verdicts(text)] == ["holds", "holds", "false"]


@pytest.mark.parametrize(
    "text",
    [
        # the answer describes a distribution of its own
        "A source emits 4 equally likely symbols.\n\na) H = 2 bits.\nb) If one symbol has 1/2, H = 1.5 bits.\n",
        # a heading between: another exercise
        "A source emits 4 equally likely symbols.\n\n## Exercise 2\n\na) H = 1.5 bits.\n",
        # a line between that is no answer: another exercise, its distribution not read
        "A fair coin is tossed.\n\nNow take a source with skewed symbol odds.\n\na) H = 1.5 bits.\n",
        # two cases named on the line above
        "Compare a fair coin and a fair die.\n\na) H = 1.5 bits.\n",
    ],
)
def test_answers_that_may_be_of_something_else_are_not_judged(text: str) -> None:
    assert all(verdict != "false" for verdict, _ in verdicts(text)), verdicts(text)
