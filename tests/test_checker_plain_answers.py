"""Plain-text answers as pages copied as text show them.

Terms worked out for each probability several to a line (``p=0,4 (-p*log_2 p)=0,5288 p=0,3 ...``), a base 2 glued
to its argument when a slide lost its subscript (``log20,25``), a bullet that gives ``KL = 0.51 nats`` again, a
quiz's ``Correct Answer:``, and formulas a page gives twice (rendered with its minus signs lost, and as TeX). Each
document is written for its test; the true values are computed here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, Report, check_text


def _claims(report: Report) -> list[Checked]:
    return [item for item in report.claims if item.kind != "definition"]


def _term(p: str, base: int = 2) -> mpmath.mpf:
    value = mpmath.mpf(p)
    return -value * mpmath.log(value, base)


def _entropy(*probabilities: str, base: int = 2) -> mpmath.mpf:
    return mpmath.fsum(_term(p, base) for p in probabilities)


def _kl(p: list[str], q: list[str]) -> mpmath.mpf:
    return mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b)) for a, b in zip(p, q, strict=True))


def _comma(value: mpmath.mpf, digits: int) -> str:
    return mpmath.nstr(value, digits, strip_zeros=False).replace(".", ",")


# Terms for each probability, several to a line.


@pytest.mark.parametrize(
    ("lead", "name", "formula", "unit"),
    [
        ("Задача 3. Источник: вероятности 0,4; 0,3; 0,3.\nРешение:", "p", "(-p*log_2 p)", "бита"),
        ("Ejercicio 2. Probabilidades 0,4; 0,3; 0,3.\nSolución:", "p", "-p·log2(p)", "bits"),
        ("Aufgabe 4: Wahrscheinlichkeiten 0,4; 0,3; 0,3.\nLösung:", "x", "(-x*log₂ x)", "bit"),
    ],
)
def test_terms_given_for_each_probability_on_one_line_are_each_judged(
    lead: str, name: str, formula: str, unit: str
) -> None:
    terms = [_term("0.4"), _term("0.3")]
    written = [_comma(terms[0], 4), _comma(terms[1], 4), "0,5311"]  # the last term is a slip: 0.3 gives 0.5211
    line = " ".join(f"{name}={p} {formula}={value}" for p, value in zip(("0,4", "0,3", "0,3"), written, strict=True))
    text = f"{lead}\n{line}\nH = {written[0]}+{written[1]}+{written[1]} = {_comma(sum(terms) + terms[1], 4)} {unit}\n"
    claims = _claims(check_text(text, "answer.txt"))
    held = [claim for claim in claims if claim.verdict == "holds" and "log" in claim.text]
    assert {claim.text.rpartition("= ")[2] for claim in held} == {
        written[0].replace(",", "."),
        written[1].replace(",", "."),
    }
    (slip,) = [claim for claim in claims if claim.verdict == "false"]
    assert slip.text.endswith("0.5311") and mpmath.nstr(terms[1], 10) in slip.note


def test_a_formula_in_other_letters_or_a_value_outside_zero_and_one_is_no_term() -> None:
    text = "Notes\np=0,5 H(p)=1 x=0,5 (-p*log2 x)=0,5 p=2 (-p*log2 p)=-2\n"
    assert not [claim for claim in _claims(check_text(text, "notes.txt")) if "log" in claim.text]


# A base 2 glued to its argument.


def test_a_base_glued_to_a_probability_is_read_as_a_lost_subscript_and_said_so() -> None:
    value = _entropy("0.25", "0.5", "0.25")
    assert value == mpmath.mpf("1.5")
    text = (
        "Слайд 7. Количество информации\n\nПример: исходы с вероятностями 0,25, 0,5 и 0,25.\n"
        "I= - (0,25 · log20,25+0,5 · log20,5+0,25 · log20,25) = - (0,25·(-2)+0,5·(-1)+0,25·(-2)) = 1,5 бита\n"
    )
    claims = _claims(check_text(text, "slide.txt"))
    assert claims and all(claim.verdict == "holds" for claim in claims)
    assert all("read as log₂ 0.25" in claim.note for claim in claims)


def test_a_wrong_total_after_glued_bases_is_false_with_the_true_value() -> None:
    value = _entropy("0.5", "0.25", "0.25")
    text = "Пример: I= - (0,5 · log20,5+0,25 · log20,25+0,25 · log20,25) = 1,75 бита\n"
    (claim,) = _claims(check_text(text, "slide.txt"))
    assert (claim.verdict, claim.value) == ("false", mpmath.nstr(value, 3))


@pytest.mark.parametrize(
    "other",
    ["Натуральный логарифм: ln 2 = 0,693.", "Here log(0,5) is the natural log.", "$H = -\\log_2 0,5$ on the slide."],
)
def test_a_glued_base_is_left_alone_beside_logs_of_another_base_or_tex(other: str) -> None:
    text = f"Пример. I= - (0,5 · log20,5+0,5 · log20,5) = 1,2 бита\n{other}\n"
    claims = _claims(check_text(text, "slide.txt"))
    assert not [claim for claim in claims if "log20" in claim.text or "log₂" in claim.text]
    assert all(claim.verdict != "false" for claim in claims)


# Values said again, quizzes and doctests.


def test_a_bullet_restating_the_example_as_kl_with_a_unit_is_judged() -> None:
    value = _kl(["0.5", "0.5"], ["0.9", "0.1"])
    text = (
        "Example. Let P = (0.5, 0.5) and Q = (0.9, 0.1). Then\n\n"
        f"D_KL(P || Q) = 0.5 ln(0.5/0.9) + 0.5 ln(0.5/0.1) = {mpmath.nstr(value, 4)} nats.\n\n"
        "Key points:\n- KL is not symmetric.\n- In the example above, KL = 0.51 nats.\n- Here KL = 0.61 nats.\n"
        "- A KL = 0.3 bound is loose.\n"
    )
    restated = [claim for claim in _claims(check_text(text, "bullets.txt")) if claim.text.startswith("KL =")]
    assert [(claim.text, claim.verdict) for claim in restated] == [
        ("KL = 0.51 nats", "holds"),
        ("KL = 0.61 nats", "false"),
    ]
    assert mpmath.nstr(value, 10) in restated[1].note


@pytest.mark.parametrize(
    "bullet",
    [
        "- After 100 steps of training, KL = 0.05 nats.",
        "- Typical values in practice: KL = 0.1 nats.",
        "- Per token, KL = 0.0511 nats.",
    ],
)
def test_a_kl_with_a_unit_that_does_not_point_back_to_the_pair_is_not_judged(bullet: str) -> None:
    value = _kl(["0.5", "0.5"], ["0.9", "0.1"])
    text = f"Let P = (0.5, 0.5) and Q = (0.9, 0.1): D_KL(P || Q) = {mpmath.nstr(value, 3)} nats.\n\n{bullet}\n"
    claims = _claims(check_text(text, "bullets.txt"))
    assert [claim.text for claim in claims if claim.text.startswith("KL =")] == []
    assert [claim.verdict for claim in claims] == ["holds"]  # the pair's own KL is still judged
    # the same value said of this pair is judged: false
    restated = _claims(check_text(text.replace(bullet, "- For this pair, KL = 0.05 nats."), "bullets.txt"))
    assert [(claim.text, claim.verdict) for claim in restated][-1] == ("KL = 0.05 nats", "false")


def _mutual_information(joint: list[list[str]]) -> mpmath.mpf:
    cells = [[mpmath.mpf(cell) for cell in row] for row in joint]
    rows = [mpmath.fsum(row) for row in cells]
    columns = [mpmath.fsum(column) for column in zip(*cells, strict=True)]
    return mpmath.fsum(
        cell * mpmath.log(cell / (rows[i] * columns[j]), 2)
        for i, row in enumerate(cells)
        for j, cell in enumerate(row)
        if cell
    )


def _question(joint: list[list[str]], answer: str, choices: str = "A. 0\nB. 0.5\nC. 1\n") -> str:
    listed = ", ".join(f"P(X={i},Y={j})={joint[i][j]}" for i in range(2) for j in range(2))
    return (
        f"Question 4. X and Y have the joint distribution {listed}.\n"
        f"What is the mutual information I(X;Y) in bits?\n{choices}{answer}\n"
    )


def test_a_quiz_answer_is_a_claim_about_the_quantity_its_question_asks_for() -> None:
    independent = [["0.25", "0.25"], ["0.25", "0.25"]]
    assert _mutual_information(independent) == 0
    (claim,) = _claims(check_text(_question(independent, "Correct Answer: 0"), "quiz.txt"))
    assert (claim.kind, claim.verdict, claim.text, claim.unit) == ("mutual_information", "holds", "I(X;Y) = 0", "bits")
    dependent = [["0.4", "0.1"], ["0.1", "0.4"]]
    value = _mutual_information(dependent)
    (claim,) = _claims(check_text(_question(dependent, "Correct Answer: A"), "quiz.txt"))
    assert claim.verdict == "false" and mpmath.nstr(value, 10) in claim.note


_DEPENDENT_QUIZ = (
    "Question 4. X and Y have the joint distribution P(X=0,Y=0)=0.4, P(X=0,Y=1)=0.1, P(X=1,Y=0)=0.1, P(X=1,Y=1)=0.4.\n"
)


@pytest.mark.parametrize(
    "asked",
    [
        "What is the largest possible mutual information I(X;Y) in bits for two binary variables?\nA. 0\nB. 0.5\n"
        "C. 1\nCorrect Answer: C",
        "What is the maximum of H(X) in bits?\nCorrect Answer: 1",
        "How many outcomes have probability above the mutual information I(X;Y)?\nCorrect Answer: 2",
        "What is the perplexity 2^H(X) of X?\nCorrect Answer: 2",
        "What is I(X;Y) as a percentage of H(X)?\nCorrect Answer: 28",
        "Is the mutual information I(X;Y) zero? Answer 1 for yes, 0 for no.\nCorrect Answer: 0",
        "Is I(X;Y) zero?\nAnswer 1 for yes, 0 for no.\nCorrect Answer: 0",
    ],
)
def test_a_quiz_answer_to_a_question_asking_for_something_else_is_not_read(asked: str) -> None:
    assert _claims(check_text(_DEPENDENT_QUIZ + asked + "\n", "quiz.txt")) == []


@pytest.mark.parametrize(
    "asked",
    ["What is I(X;Y) in bits?", "What is the mutual information I(X;Y) of X and Y (in bits)?"],
)
def test_a_plain_question_s_answer_is_still_judged(asked: str) -> None:
    value = _mutual_information([["0.4", "0.1"], ["0.1", "0.4"]])
    (claim,) = _claims(check_text(f"{_DEPENDENT_QUIZ}{asked}\nCorrect Answer: {mpmath.nstr(value, 4)}\n", "q.txt"))
    assert (claim.kind, claim.verdict, claim.unit) == ("mutual_information", "holds", "bits")
    (claim,) = _claims(check_text(f"{_DEPENDENT_QUIZ}{asked}\nCorrect Answer: 1\n", "q.txt"))
    assert claim.verdict == "false" and mpmath.nstr(value, 10) in claim.note


@pytest.mark.parametrize(
    ("answer", "choices"),
    [("Correct Answer: 2", "1. 0\n2. 0.5\n3. 1\n"), ("Correct Answer: E", "A. 0\nB. 0.5\n")],
)
def test_a_quiz_answer_that_may_be_a_choice_number_or_names_no_choice_is_not_read(answer: str, choices: str) -> None:
    dependent = [["0.4", "0.1"], ["0.1", "0.4"]]
    assert not _claims(check_text(_question(dependent, answer, choices), "quiz.txt"))


# Formulas given twice.


def test_a_formula_rendered_without_its_minus_signs_above_its_tex_is_not_judged() -> None:
    text = (
        "Entropy of a coin\n\nH(X)=(0.5log2(0.5)+0.5log2(0.5))=1\nH(X) = -(0.5 \\log_2(0.5) + 0.5 \\log_2(0.5)) = 1\n"
    )
    (claim,) = _claims(check_text(text, "mathml.txt"))
    assert claim.verdict == "holds" and "\\log_2" in claim.text


def test_a_rendered_copy_glued_to_tex_that_starts_with_spaced_words_is_not_judged() -> None:
    value = _entropy("0.5", "0.25", "0.25")
    text = (
        "For P = (0.5, 0.25, 0.25),\nH(P)=0.5log20.50.25log20.250.25log20.25=1.5"
        "H(P) = -0.5\\log_2 0.5 - 0.25\\log_2 0.25"
        f" - 0.25\\log_2 0.25 = {mpmath.nstr(value, 2)}\nbits.\n"
    )
    claims = _claims(check_text(text, "katex.txt"))
    assert claims and all(claim.verdict == "holds" for claim in claims)


def test_a_line_above_tex_that_says_something_else_is_still_read() -> None:
    text = "Compare\nH(X)=(0.5log2(0.5)+0.5log2(0.5))=2\nH(X) = -(0.5 \\log_2(0.5) + 0.5 \\log_2(0.5)) = 1\n"
    verdicts = [claim.verdict for claim in _claims(check_text(text, "two.txt"))]
    assert "false" in verdicts and "holds" in verdicts
