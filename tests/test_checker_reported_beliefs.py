"""Values and properties the text gives to others, outside English: a belief ("很多人以为KL散度是对称的"), a mistake
labelled as a student's ("Ещё одна ошибка студента: «H(P) = −0,469 бит»"), or an asker's value in a question's
paragraph ("질문: ... 제가 계산한 H(X) = -0.47 이 나왔는데요") are not the document's claims. The same words without
the attribution are judged.

H(0.9, 0.1) = 0.469 bits.
"""

from __future__ import annotations

import math

import pytest

from kldocs.checker import check_text


def _verdicts(text: str) -> list[tuple[str, str]]:
    return [(claim.kind, claim.verdict) for claim in check_text(text, "a.md").claims if claim.kind != "definition"]


def test_the_value_used_below() -> None:
    assert round(-(0.9 * math.log2(0.9) + 0.1 * math.log2(0.1)), 3) == 0.469


@pytest.mark.parametrize(
    "line",
    ["很多人以为KL散度是对称的，其实不是。", '很多人以为"KL散度是距离"，其实它不满足对称性，也不满足三角不等式。'],
)
def test_a_belief_reported_in_chinese_is_not_the_documents_claim(line: str) -> None:
    assert "false" not in [verdict for _, verdict in _verdicts(f"# KL\n\n{line}\n")]


@pytest.mark.parametrize(("line", "verdict"), [("KL散度是对称的。", "false"), ("KL散度不是对称的。", "holds")])
def test_the_same_property_said_by_the_author_is_judged(line: str, verdict: str) -> None:
    assert _verdicts(f"# KL\n\n{line}\n") == [("symmetry", verdict)]


@pytest.mark.parametrize(
    "line",
    [
        "Ещё одна ошибка студента: «H(P) = −0,469 бит». Энтропия не бывает отрицательной.",
        "A student's mistake: H(P) = -0.469 bits. Entropy is never negative.",
        "Fehler eines Studenten: H(P) = −0,469 Bit. Die Entropie ist nie negativ.",
    ],
)
def test_a_mistake_labelled_as_a_students_is_unchecked(line: str) -> None:
    verdicts = [verdict for kind, verdict in _verdicts(f"P = (0,9; 0,1)\n\n{line}\n") if kind == "entropy"]
    assert verdicts in ([], ["unchecked"])  # the English label is not read at all


def test_the_correction_after_a_students_mistake_is_judged() -> None:
    line = "Ещё одна ошибка студента: «H(P) = −0,469 бит». Правильно H(P) = 0,469 бит."
    assert _verdicts(f"P = (0,9; 0,1)\n\n{line}\n") == [("entropy", "unchecked"), ("entropy", "holds")]


@pytest.mark.parametrize(
    "text",
    [
        "Question: can entropy be negative? I computed H(X) = -0.47 for my data.\n\nAnswer: no, never.\n",
        "질문: 엔트로피가 음수가 될 수 있나요? 제가 계산한 H(X) = -0.47 이 나왔는데요.\n\n답변: 항상 0 이상입니다.\n",
    ],
)
def test_an_askers_value_after_a_labelled_question_is_unchecked(text: str) -> None:
    assert ("entropy", "unchecked") in _verdicts(text)
    assert "false" not in [verdict for kind, verdict in _verdicts(text) if kind == "entropy"]


@pytest.mark.parametrize(
    "line",
    [
        "Q: what is the entropy of P? A: H(P) = 0.531 bits.",  # the answer's value, after its label
        "Question 3. Compute the entropy of P. H(P) = 0.531 bits.",  # no question asked before the value
    ],
)
def test_an_answer_after_a_question_is_judged(line: str) -> None:
    assert _verdicts(f"P = (0.9, 0.1).\n\n{line}\n") == [("entropy", "false")]


@pytest.mark.parametrize(
    "line",
    [
        "Some claim $H(P) = 0.9$ bits; however, that is wrong, since $H(P) = 0.469$ bits.",
        "Some authors argue $H(P) = 0.9$ bits, but $H(P) = 0.469$ bits.",
    ],
)
def test_a_value_others_claim_is_not_the_documents_and_the_authors_is_judged(line: str) -> None:
    assert round(-(0.9 * math.log2(0.9) + 0.1 * math.log2(0.1)), 3) == 0.469
    verdicts = [claim.verdict for claim in check_text(f"Let $P = (0.9, 0.1)$.\n\n{line}\n", "a.md").claims]
    assert "false" not in verdicts and verdicts.count("holds") >= 2  # the definition and the author's 0.469
