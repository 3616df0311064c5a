"""``kldocs check`` on derivations written one step a line, each line ``H = ...`` of numbers and logarithms.

Each step is judged against the first: a step with logarithms that writes again a number of the steps above
goes on with them (a log rule misused on the way makes that step, and the ones after it, false), a comment
after a step (``# six equal terms``, ``! rounded``) is left out, and a value may have a decimal comma. The true
values (log2 6 = 2.584962501, log2 8 = 3) were worked out with mpmath.
"""

from __future__ import annotations

import pytest

from kldocs.checker import check_text
from kldocs.checker.checked import Checked


def steps(text: str, name: str = "answer.txt") -> list[tuple[str, str | None, tuple[int, ...]]]:
    claims: tuple[Checked, ...] = check_text(text, name).claims
    chained = [item for item in claims if item.kind == "expression" and not item.text.startswith("H")]
    return [(item.verdict, item.value, item.lines) for item in chained]


DIE = "2.584962501"


@pytest.mark.parametrize(
    "text",
    [
        "Q: What is the entropy of a fair die?\n\nA:\nH = - 6 * (1/6) * log2(1/6)   # six equal terms\n"
        "H = - log2(1/6)\nH = log2(6)\nH = 2,585 ! rounded\n",
        "Entropie d'un dé équilibré :\n\nH = -6 * (1/6) * log2(1/6)\n\nH = -[log2(1) - log2(6)]\n\nH = log2(6)\n\n"
        "H = 2,585 bits\n",
    ],
)
def test_each_step_of_a_fair_die_holds(text: str) -> None:
    assert [(verdict, value) for verdict, value, _ in steps(text)] == [("holds", DIE)] * 3


def test_a_log_rule_misused_makes_the_steps_after_it_false() -> None:
    text = (
        "Entropía de un dado equilibrado:\n\nH = - 6 * (1/6) * log2(1/6)\nH = - log2(1/6)\n"
        "H = log2(1) - log2(6)   # regla del cociente\nH = -2,585\n"
    )
    assert steps(text) == [
        ("holds", DIE, (3, 4)),
        ("false", DIE, (5,)),
        ("false", DIE, (6,)),
    ]


def test_a_uniform_distribution_over_eight_symbols_in_german() -> None:
    text = "Gleichverteilung über 8 Symbole:\n\nH(X) = -8 * (1/8) * log2(1/8)\nH(X) = log2(8)\nH(X) = 3 Bit\n"
    assert steps(text) == [("holds", "3", (3, 4)), ("holds", "3", (5,))]
    assert steps(text.replace("3 Bit", "2,5 Bit"))[-1] == ("false", "3", (5,))


@pytest.mark.parametrize(
    "text",
    [
        "Two coins:\n\nH = -0.5 log2 0.5 - 0.5 log2 0.5\nH = -0.9 log2 0.9 - 0.1 log2 0.1\n",
        "Zwei Würfel:\n\nH = -log2(1/6)\nH = -log2(1/8)\n",
        "Dos monedas:\n\nH = -(1/2) log2(1/2) - (1/2) log2(1/2)\nH = -(1/4) log2(1/4) - (3/4) log2(3/4)\n",
    ],
)
def test_lines_of_other_sums_are_not_one_chain(text: str) -> None:
    assert all(verdict != "false" for verdict, _, _ in steps(text))


def test_a_comment_with_a_number_after_a_step_is_not_part_of_it() -> None:
    text = "Fair die:\n\nH = log2(6)  # six faces, log base 2\nH = 2.585 ! 3 decimals\n"
    assert steps(text) == [("holds", DIE, (3, 4))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("均匀分布于 8 个符号：\n\nH = -8 × (1/8) × log₂(1/8)\nH = log₂(8)\nH = 3 比特\n", "3"),
        ("8개 기호의 균등분포:\n\nH = -8 * (1/8) * log2(1/8)\nH = log2(8)\nH = 3 비트\n", "3"),
        ("21 equally likely outcomes:\n\nH = -21 * (1/21) * log₂(1/21)\nH = log₂(21)\nH = 4,39 bits\n", "4.392317423"),
    ],
)
def test_steps_in_other_languages_and_subscripts_hold(text: str, value: str) -> None:
    assert [(verdict, found) for verdict, found, _ in steps(text)] == [("holds", value)] * 2
    wrong = text.replace("= 3 ", "= 2,5 ").replace("= 4,39", "= 4,93")
    assert steps(wrong)[-1][:2] == ("false", value)
