"""``kldocs check`` on entropies given apart from the working: a numbered answer list below numbered steps that give
the probabilities ("(3) 確率 0.25, 0.75 の情報源" ... "解答" ... "(3) 0.81 ビット"), and an answer in bits right after
a sentence's distribution ("Ответ: 1,58 бита").

Each true value is worked out here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(*shares: str) -> mpmath.mpf:
    values = [mpmath.mpf(mpmath.fraction(*map(int, p.split("/")))) if "/" in p else mpmath.mpf(p) for p in shares]
    assert abs(mpmath.fsum(values) - 1) < mpmath.mpf(10) ** -20
    return -mpmath.fsum(p * mpmath.log(p, 2) for p in values)


_STEPS = (
    "# 問題\n\n次の情報源のエントロピーを求めよ。\n\n(1) 確率 1/2, 1/4, 1/4 の情報源\n(2) 確率 1/2, 1/2 の情報源\n"
    "(3) 確率 0.25, 0.75 の情報源\n(4) 確率 1/2, 1/4, 1/8, 1/8 の情報源\n\n## 解答\n\n"
    "(1) 1.5 ビット\n(2) 1.2 ビット\n(3) 0.81125 ビット\n(4) 1.75 ビット\n"
)


def test_a_numbered_answer_is_the_entropy_of_its_step() -> None:
    claims = {claim.lines[0]: claim for claim in check_text(_STEPS, "a.md").claims}
    truths = {12: _bits("1/2", "1/4", "1/4"), 13: _bits("1/2", "1/2"), 15: _bits("1/2", "1/4", "1/8", "1/8")}
    assert {line: claims[line].verdict for line in truths} == {12: "holds", 13: "false", 15: "holds"}
    for line, truth in truths.items():
        assert abs(mpmath.mpf(claims[line].value) - truth) < mpmath.mpf(10) ** -9
    # 0.5 + 0.75 × 0.415: the entropy worked with a rounded log, off by 3 parts in 100,000: not a slip
    assert abs(_bits("0.25", "0.75") - mpmath.mpf("0.81125")) < mpmath.mpf("1e-4") * _bits("0.25", "0.75")
    assert claims[14].verdict == "unchecked" and "rounded logarithms" in claims[14].note


@pytest.mark.parametrize(
    ("page", "shares", "written", "verdict"),
    [
        (
            "1. A source with probabilities 0.5, 0.25 and 0.25.\n2. A source with probabilities 0.9 and 0.1.\n\n"
            "## Answers\n\n1. 1.5 bits\n2. 0.47 bits\n",
            ("0.9", "0.1"),
            "0.47",
            "holds",
        ),
        (
            "(1) 확률이 1/2, 1/4, 1/4 인 정보원\n(2) 확률이 0.2, 0.8 인 정보원\n\n정답\n\n(1) 1.5 비트\n(2) 0.5 비트\n",
            ("0.2", "0.8"),
            "0.5",
            "false",
        ),
        (
            "Каждый из трёх исходов имеет вероятность 1/3.\n\nОтвет: 1,58 бита.\n",
            ("1/3", "1/3", "1/3"),
            "1.58",
            "holds",
        ),
        ("Каждый из четырёх исходов имеет вероятность 1/4.\n\nОтвет: 1,5 бита.\n", ("1/4",) * 4, "1.5", "false"),
        ("Os dois resultados têm cada um probabilidade 0,5. Resposta: 1 bit.\n", ("0.5", "0.5"), "1", "holds"),
    ],
)
def test_an_answer_apart_from_the_working_is_judged(
    page: str, shares: tuple[str, ...], written: str, verdict: str
) -> None:
    truth = _bits(*shares)
    places = len(written.partition(".")[2])
    assert (abs(truth - mpmath.mpf(written)) <= mpmath.mpf(10) ** -places / 2) == (verdict == "holds")
    claims = [claim for claim in check_text(page, "a.md").claims if claim.verdict != "unchecked"]
    assert [(claim.verdict, claim.text.rpartition("= ")[2].split()[0]) for claim in claims][-1] == (verdict, written)
    assert abs(mpmath.mpf(claims[-1].value) - truth) < mpmath.mpf(10) ** -9


@pytest.mark.parametrize(
    "page",
    [
        # no word opens the answers
        "(1) 確率 1/2, 1/2 の情報源\n\n(1) 1.2 ビット\n",
        # two steps under one number
        "(1) 確率 1/2, 1/2 の情報源\n(1) 確率 1/4, 3/4 の情報源\n\n解答\n\n(1) 1.2 ビット\n",
        # an answer with no unit of information
        "(1) 確率 1/2, 1/2 の情報源\n\n解答\n\n(1) 1.2\n",
        # the answer is of another experiment told between them
        "Каждый из трёх исходов имеет вероятность 1/3. Бросаем кость дважды.\n\nОтвет: 3,17 бита.\n",
    ],
)
def test_near_misses_are_not_called_false(page: str) -> None:
    assert [claim for claim in check_text(page, "a.md").claims if claim.verdict == "false"] == []
