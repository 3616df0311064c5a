"""The log base a Japanese, Chinese or Korean answer states in words ("対数の底は 2", "밑은 2", "ビットで測る")."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

HALVES = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 4]


def _entropy(base: int | mpmath.mpf) -> mpmath.mpf:
    return -mpmath.fsum(p * mpmath.log(p, base) for p in HALVES)


def _verdicts(text: str) -> list[tuple[int, str]]:
    return [(claim.lines[0], claim.verdict) for claim in check_text(text, "qa.md").claims if claim.kind == "entropy"]


@pytest.mark.parametrize(
    "convention",
    [
        "対数の底は 2 とします。",
        "対数の底は2(ビット)とします。",
        "情報量はビットで測ります。",
        "로그의 밑은 2로 합니다.",
        "로그의 밑을 2로 둡니다.",
    ],
)
def test_a_value_without_a_unit_is_read_in_the_base_the_answer_states(convention: str) -> None:
    assert _entropy(2) == mpmath.mpf("1.5")  # 0.5 + 0.25 * 2 + 0.25 * 2
    assert abs(_entropy(mpmath.e) - mpmath.mpf("1.04")) < 0.005  # the same entropy in nats
    head = f"## 質問\n\nP = (1/2, 1/4, 1/4) のエントロピーは？\n\n## 回答\n\n{convention}\n\n"
    assert _verdicts(head + "H(P) = 1.5\n") == [(7 + 2, "holds")]
    assert _verdicts(head + "H(P) = 1.04\n") == [(7 + 2, "false")]


def test_a_natural_base_stated_so_reads_nats() -> None:
    head = "P = (1/2, 1/4, 1/4)\n\n対数の底は e とします。\n\n"
    assert _verdicts(head + "H(P) = 1.04\n") == [(5, "holds")]
    assert _verdicts(head + "H(P) = 1.5\n") == [(5, "false")]


def test_without_a_stated_base_either_usual_base_may_hold() -> None:
    head = "## 回答\n\nP = (1/2, 1/4, 1/4) のとき、\n\n"
    assert _verdicts(head + "H(P) = 1.04\n") == [(5, "holds")]
    assert _verdicts(head + "H(P) = 1.5\n") == [(5, "holds")]
