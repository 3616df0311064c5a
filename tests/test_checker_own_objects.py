"""A sentence that gives the entropy of an object it describes itself (a 52-card deck, a fair 1,024-sided die, a
lottery among 1,000,000, a uniform distribution on N outcomes, an outcome already known, a die told one of k
outcomes) is judged against that object, never against the distribution in force; one the checker cannot value
(English text per letter, two dice) is left unchecked."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

LEAD = "Let $P = (0.8, 0.2)$.\n\n"


def _judged(sentence: str, lead: str = LEAD) -> tuple[str, str | None]:
    """The verdict and value of the one claim after the definition."""
    *_, claim = check_text(lead + sentence + "\n", "notes.md").claims
    return claim.verdict, claim.value


@pytest.mark.parametrize(
    ("sentence", "outcomes"),
    [
        ("Drawing one card from a 52-card deck, the entropy is about 5.70 bits.", 52),
        ("A fair 1,024-sided die has an entropy of 10 bits.", 1024),
        ("A card drawn from a deck of 52 cards has an entropy of about 5.70 bits.", 52),
        ("从52张扑克牌中抽一张，熵约为 5.70 比特。", 52),
        ("A lottery draw of one number among 1,000,000 has an entropy of about 19.93 bits.", 1_000_000),
        ("Энтропия равномерного распределения на 8 исходах равна 3 битам.", 8),
        ("Eine Gleichverteilung auf 16 Werte hat eine Entropie von 4 Bit.", 16),
        ("Una distribución uniforme sobre 4 resultados tiene una entropía de 2 bits.", 4),
        ("52枚のトランプから1枚引くとき、エントロピーは約 5.70 ビットである。", 52),
        ("52장의 카드에서 한 장을 뽑을 때 엔트로피는 약 5.70 비트이다.", 52),
        ("Roll a fair die; told the result is 3 or 5, the entropy is 1 bit.", 2),
        ("A friend says the result is 2, 4 or 6, so the entropy is about 1.585 bits.", 3),
        ("For a uniform distribution on 10 outcomes, the entropy is about 3.32 bits.", 10),
        ("Given that $X = 5$, the entropy is 0 bits.", 1),
        ("Once the die has landed on 5, the entropy is 0 bits.", 1),
        ("Sabendo que saiu 6, a entropia é 0 bits.", 1),
        ("Once we learn the roll was a 7, the entropy is 0 bits.", 1),
        ("- estraendo una carta da un mazzo di 52, l'entropia è circa 5,70 bit.", 52),
    ],
)
def test_the_entropy_of_its_own_object_holds(sentence: str, outcomes: int) -> None:
    verdict, value = _judged(sentence)
    assert verdict == "holds"
    assert mpmath.almosteq(mpmath.mpf(value or "nan"), mpmath.log(outcomes, 2), 1e-9)  # not H(0.8, 0.2) = 0.722


@pytest.mark.parametrize(
    ("sentence", "outcomes"),
    [
        ("A fair 1,024-sided die has an entropy of 8 bits.", 1024),
        ("Drawing one card from a 52-card deck, the entropy is about 0.72 bits.", 52),  # H(P), not the deck's
        ("Энтропия равномерного распределения на 8 исходах равна 2 битам.", 8),
    ],
)
def test_a_wrong_entropy_of_its_own_object_is_false(sentence: str, outcomes: int) -> None:
    verdict, value = _judged(sentence)
    assert verdict == "false"
    assert mpmath.almosteq(mpmath.mpf(value or "nan"), mpmath.log(outcomes, 2), 1e-9)


@pytest.mark.parametrize(
    "sentence",
    [
        "English text has an entropy of about 1.3 bits per letter.",
        "英語のテキストのエントロピーは1文字あたり約1.3ビットと言われる。",
        "Rolling two 6-sided dice, the entropy is about 5.17 bits.",
        "Drawing two cards from a 52-card deck, the entropy is about 11.4 bits.",
        "Given that $X = 1$, the entropy of $Y$ is about 0.918 bits.",
    ],
)
def test_an_object_not_read_is_left_unchecked(sentence: str) -> None:
    assert _judged(sentence) == ("unchecked", None)


def test_the_next_roll_after_a_known_one_is_never_false() -> None:
    assert _judged("Once the die has landed on 5, the entropy of the next roll is 2.585 bits.")[0] != "false"


def test_a_known_value_of_a_variable_in_force_holds_at_zero() -> None:
    lead = "Let $X$ be uniform on $\\{1, \\dots, 8\\}$, so $H(X) = 3$ bits.\n\n"
    assert _judged("Given that $X = 5$, the entropy is 0 bits.", lead)[0] == "holds"  # not H(X) = 3


def test_a_uniform_distribution_in_force_is_still_judged() -> None:
    assert _judged("Since $P$ is uniform, the entropy is 2 bits.", "Let $P = (0.25, 0.25, 0.25, 0.25)$.\n\n") == (
        "holds",
        "2.000000000",
    )
    assert _judged("The entropy of P is 1 bit.", "Let $P = (0.25, 0.25, 0.25, 0.25)$.\n\n")[0] == "false"


@pytest.mark.parametrize(
    "sentence",
    [
        "Unlike a uniform distribution on 4 outcomes, the entropy of $P$ is only 0.722 bits.",
        "Im Gegensatz zu einer fairen Münze hat $P$ nur 0.722 Bit.",
    ],
)
def test_a_case_set_against_the_subject_is_not_the_value_s_case(sentence: str) -> None:
    """The value is the subject's (H(0.8, 0.2) = 0.722 bits), not the contrasted case's."""
    claims = check_text(f"Let $P = (0.8, 0.2)$.\n\n{sentence}\n", "a.md").claims
    assert [claim.verdict for claim in claims if claim.verdict == "false"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The entropy of the one-hot target is 0 bits.",
        "ワンホットのターゲットのエントロピーは0ビットである。",
        "원-핫 타깃의 엔트로피는 0 비트이다.",
        "独热目标的熵为 0 比特。",
    ],
)
def test_a_one_hot_target_is_never_judged_against_the_distribution_in_force(sentence: str) -> None:
    def verdicts(said: str) -> list[str]:
        return [claim.verdict for claim in check_text(LEAD + said + "\n", "notes.md").claims if claim.lines == (3,)]

    assert "false" not in verdicts(sentence)  # 0 is the one-hot target's entropy, not H(0.8, 0.2)
    assert "holds" not in verdicts(sentence.replace("0", "0.72", 1))  # H(0.8, 0.2) = 0.722, of another distribution


def test_a_one_hot_target_after_a_listed_distribution_is_not_that_list() -> None:
    text = (
        "With label smoothing, the targets become:\n\n- hard: [0, 0, 1, 0]\n- soft: [0.025, 0.025, 0.925, 0.025]\n\n"
        "Smoothing raises the entropy. The entropy of the hard one-hot target is 0.\n"
    )
    assert [claim.verdict for claim in check_text(text, "notes.md").claims if claim.verdict == "false"] == []
