"""Bold answers in a numbered quiz belong each to its own item: "1. ...a fair coin? **1 bit**" then "2. ...uniform
on 32 symbols? **5 bits**" gives log 2 = 1 and log 32 = 5, never the case of one item with the answer of another."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

QUIZZES = {
    "en": (
        "1. What is the entropy of a fair coin? **1 bit**\n"
        "2. What is the entropy of a uniform distribution on 32 symbols? **5 bits**\n"
        "3. How many bits of entropy does a fair 8-sided die have? **3 bits**\n"
    ),
    "ru": (
        "1. Чему равна энтропия честной монеты? **1 бит**\n"
        "2. Чему равна энтропия честного кубика? **≈ 2,585 бита**\n"
        "3. Энтропия равномерного распределения на 16 исходах? **4 бита**\n"
    ),
    "ko": (
        "1. 공정한 동전의 엔트로피는? **1 비트**\n"
        "2. 공정한 주사위의 엔트로피는? **약 2.585 비트**\n"
        "3. 결과가 32개인 균등분포의 엔트로피는? **5 비트**\n"
    ),
}


@pytest.mark.parametrize("language", sorted(QUIZZES))
def test_each_answer_is_judged_against_its_own_item(language: str) -> None:
    claims = check_text("Let $Y$ be a fair coin.\n\n" + QUIZZES[language], "quiz.md").claims
    assert claims and all(claim.verdict != "false" for claim in claims)
    held = [claim for claim in claims if claim.verdict == "holds"]
    assert len(held) >= 2


def test_a_wrong_answer_in_a_quiz_is_false_with_its_own_items_value() -> None:
    quiz = QUIZZES["en"].replace("**5 bits**", "**6 bits**")
    (wrong,) = [claim for claim in check_text(quiz, "quiz.md").claims if claim.verdict == "false"]
    assert wrong.lines == (2,) and mpmath.almosteq(mpmath.mpf(wrong.value or "nan"), mpmath.log(32, 2), 1e-9)
