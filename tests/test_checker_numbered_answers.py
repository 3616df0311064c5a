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
            "Find the entropy of each source.\n\n1. A source with probabilities 0.5, 0.25 and 0.25.\n"
            "2. A source with probabilities 0.9 and 0.1.\n\n"
            "## Answers\n\n1. 1.5 bits\n2. 0.47 bits\n",
            ("0.9", "0.1"),
            "0.47",
            "holds",
        ),
        (
            "각 정보원의 엔트로피를 구하라.\n\n"
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


#: Numbered questions that ask for another quantity than the entropy of their probabilities, with right answers:
#: a self-information (``-log2 0.1``), a redundancy (``1 - H(0.9, 0.1)``), an efficiency.
_OTHER_QUESTIONS = [
    "# Exercise\n\n1. A source emits two symbols with probabilities 0.9 and 0.1. Find the self-information of the "
    "rarer symbol.\n\nAnswers\n\n1. 3.32 bits\n",
    "# 演習\n\n(1) 確率 0.9, 0.1 の情報源の冗長度を求めよ。\n\n解答\n\n(1) 0.531 ビット\n",
    "# 연습\n\n(1) 확률 0.9, 0.1 인 정보원에서 드문 기호의 정보량을 구하라.\n\n정답\n\n(1) 3.32 비트\n",
    "# 练习\n\n(1) 概率为0.9、0.1的信源，求第二个符号的自信息。\n\n答案\n\n(1) 3.32 比特\n",
    "# Aufgabe\n\n1. Eine Quelle mit Wahrscheinlichkeiten 0.9 und 0.1. Wie groß ist der Informationsgehalt des "
    "seltenen Zeichens?\n\nLösungen\n\n1. 3.32 bits\n",
    "# Exercice\n\n1) Une source de probabilités 0.9 et 0.1 : calculer sa redondance.\n\nRéponses\n\n1) 0.531 bits\n",
    "# Задача\n\n1. Источник с вероятностями 0.9 и 0.1. Найдите собственную информацию редкого символа.\n\nОтветы\n\n"
    "1. 3,32 бита\n",
    # the lines above ask for the entropy, but the step asks for another quantity
    "Entropy and more.\n\n1. Probabilities 0.9 and 0.1: the redundancy?\n\nAnswers\n\n1. 0.531 bits\n",
]


def test_the_other_questions_answers_are_right() -> None:
    entropy = _bits("0.9", "0.1")
    assert abs(-mpmath.log(mpmath.mpf("0.1"), 2) - mpmath.mpf("3.32")) < mpmath.mpf("0.005")
    assert abs(1 - entropy - mpmath.mpf("0.531")) < mpmath.mpf("0.0005")


@pytest.mark.parametrize("page", _OTHER_QUESTIONS)
def test_an_answer_to_another_question_is_not_read_as_the_entropy(page: str) -> None:
    assert [claim.verdict for claim in check_text(page, "a.md").claims if claim.verdict != "unchecked"] == []


@pytest.mark.parametrize(
    ("page", "written", "verdict"),
    [
        (
            "(1) 確率 0.9, 0.1 の情報源の冗長度を求めよ。\n"
            "(2) 確率 0.5, 0.5 の情報源のエントロピーを求めよ。\n\n解答\n\n"
            "(1) 0.531 ビット\n(2) 1 ビット\n",
            "1",
            "holds",
        ),
        (
            "1. Probabilities 0.25 and 0.75: the self-information of the first outcome?\n2. Probabilities 0.25 and "
            "0.75: the entropy?\n\nAnswers\n\n1. 2 bits\n2. 0.9 bits\n",
            "0.9",
            "false",
        ),
        (
            "Berechnen Sie jeweils die Entropie.\n\n1) Wahrscheinlichkeiten 0.5 und 0.5\n2) Wahrscheinlichkeiten 0.2 "
            "und 0.8\n\nLösungen\n\n1) 1 bit\n2) 0.722 bits\n",
            "0.722",
            "holds",
        ),
        ("(1) 확률 0.2, 0.8 인 정보원의 엔트로피를 구하라.\n\n정답\n\n(1) 0.82 비트\n", "0.82", "false"),
    ],
)
def test_an_answer_to_a_question_for_the_entropy_is_judged(page: str, written: str, verdict: str) -> None:
    claims = [claim for claim in check_text(page, "a.md").claims if claim.verdict != "unchecked"]
    assert [(claim.verdict, claim.text.rpartition("= ")[2].split()[0]) for claim in claims][-1] == (verdict, written)
    for claim in claims:
        assert claim.text.count("\\log") == 2
        assert abs(mpmath.mpf(claim.value) - _bits(*_pair(claim.text))) < mpmath.mpf(10) ** -9


def _pair(text: str) -> tuple[str, str]:
    """The two probabilities of a claim as the checker writes it: ``-(0.2 \\log(0.2) + 0.8 \\log(0.8)) = 0.82``."""
    first, second = (part.split("\\log(")[1].split(")")[0] for part in text.split(" + "))
    return first, second
