"""A comparison in Korean, Japanese or Chinese ("0.99 비트보다 작다", "0.9ビットを超える", "至少为 0.9 比特") is a
bound: never judged as the value "= 0.99"; a plain value in the same words still is."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

LEAD = "p = [0.6, 0.4]\n\n"
#: H(0.6, 0.4) in bits, worked out here with mpmath: 0.971.
ENTROPY = -(mpmath.mpf("0.6") * mpmath.log(mpmath.mpf("0.6"), 2) + mpmath.mpf("0.4") * mpmath.log(mpmath.mpf("0.4"), 2))


def _judged(sentence: str) -> list[tuple[str, str | None]]:
    report = check_text(LEAD + sentence + "\n", "notes.md")
    return [(claim.verdict, claim.value) for claim in report.claims if claim.kind != "definition"]


@pytest.mark.parametrize(
    "sentence",
    [
        "이 분포의 엔트로피는 0.99 비트보다 작다.",
        "이 분포의 엔트로피는 0.92 비트보다 작다.",  # a wrong bound: left unchecked, not judged as a value
        "이 분포의 엔트로피는 0.9 비트보다 크다.",
        "이 분포의 엔트로피는 0.9 비트 이상이다.",
        "이 분포의 엔트로피는 0.98 비트 이하이다.",
        "이 분포의 엔트로피는 1 비트 미만이다.",
        "이 분포의 엔트로피는 0.9 비트 초과이다.",
        "엔트로피는 0.9비트를 넘는다.",
        "エントロピーは0.9ビットを超える。",
        "エントロピーは0.99ビットを超える。",
        "エントロピーは0.99ビットより小さい。",
        "エントロピーは0.9ビット以上である。",
        "エントロピーは1ビット未満です。",
        "熵小于0.99比特。",
        "熵不超过0.98比特。",
        "熵至少为0.9比特。",
        "熵至少是 0.9 比特。",
    ],
)
def test_a_comparison_is_not_judged_as_a_value(sentence: str) -> None:
    assert _judged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("이 분포의 엔트로피는 {v} 비트이다.", "0.971"),
        ("エントロピーは{v}ビットです。", "0.971"),
        ("熵为{v}比特。", "0.971"),
        ("이 분포의 엔트로피는 {v} 비트이다.", "0.99"),
        ("エントロピーは{v}ビットです。", "0.99"),
        ("熵约为 {v} 比特。", "0.99"),
    ],
)
def test_a_value_in_the_same_words_is_judged(sentence: str, written: str) -> None:
    right = mpmath.nstr(ENTROPY, 3) == written
    verdict, value = _judged(sentence.format(v=written))[0]
    assert verdict == ("holds" if right else "false")
    assert right or mpmath.almosteq(mpmath.mpf(value or "nan"), ENTROPY, 1e-9)
