"""``kldocs check`` on an entropy given after listed probabilities as the end of a line of working ("H = 0.125 · 3 +
... = 1.75 bits"), and on one given for several independent draws ("for 3 symbols in a row the entropy is 5.54
bits": n times the entropy of one draw). Each truth is worked out here with mpmath."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy(written: list[str], base: float = 2) -> mpmath.mpf:
    shares = [Fraction(p) for p in written]
    assert sum(shares) == 1
    return -mpmath.fsum(
        mpmath.mpf(s.numerator) / s.denominator * mpmath.log(mpmath.mpf(s.numerator) / s.denominator, base)
        for s in shares
    )


def _judged(page: str, value: str) -> list[tuple[str, mpmath.mpf]]:
    """The verdict and the worked value of each claim about a formula of logs that ``page`` gives ``value``."""
    report = check_text(page, "a.md")
    return [
        (claim.verdict, mpmath.mpf(claim.value))
        for claim in report.claims
        if "\\log" in claim.text and claim.text.rpartition("= ")[2].split()[0] == value
    ]


#: A line of working after the probabilities, whose value ends it: ``{v}`` in bits (or nats where said).
_WORKINGS = [
    (
        "Probabilities 0.5, 0.25, 0.125 and 0.125:\n\nH = 0.125 · 3 + 0.125 · 3 + 0.25 · 2 + 0.5 · 1 = {v} bits\n",
        ["0.5", "0.25", "0.125", "0.125"],
        2,
    ),
    (
        "Wahrscheinlichkeiten 0.5, 0.25 und 0.25. Die Entropie ist H = 0.5 × 1 + 0.25 × 2 + 0.25 × 2 = {v} bits.\n",
        ["0.5", "0.25", "0.25"],
        2,
    ),
    (
        "Avec les probabilités 1/2, 1/4 et 1/4, l'entropie vaut H = 0.5 * 1 + 0.5 * 2 = {v} bits.\n",
        ["1/2", "1/4", "1/4"],
        2,
    ),
    ("확률 0.5, 0.5 인 정보원: H = 0.5 × 1 + 0.5 × 1 = {v} 비트\n", ["0.5", "0.5"], 2),
    ("概率分别为1/2、1/4、1/4。熵 H = 0.5×1 + 0.25×2 + 0.25×2 = {v} 比特\n", ["1/2", "1/4", "1/4"], 2),
    (
        "With probabilities 0.5 and 0.5: $H = 0.5 \\cdot 0.6931 + 0.5 \\cdot 0.6931 = {v}$ nats.\n",
        ["0.5", "0.5"],
        mpmath.e,
    ),
]


@pytest.mark.parametrize(("page", "written", "base"), _WORKINGS)
@pytest.mark.parametrize("off", [0.0, 0.25])
def test_the_value_of_a_line_of_working_is_its_last(page: str, written: list[str], base: float, off: float) -> None:
    truth = _entropy(written, base)
    value = f"{float(truth) + off:.3f}"
    judged = _judged(page.format(v=value), value)
    assert [verdict for verdict, _ in judged] == ["false" if off else "holds"]
    assert abs(judged[0][1] - truth) < mpmath.mpf(10) ** -9
    # the working's first number is no value of the entropy
    report = check_text(page.format(v=value), "a.md")
    assert all(claim.verdict != "false" or claim.text.endswith(value) for claim in report.claims)


#: An entropy given for several independent draws, and how many.
_DRAWS = [
    (
        "The symbols come with probabilities 0.4, 0.3, 0.2 and 0.1. For 3 symbols in a row the entropy is {v} bits.\n",
        ["0.4", "0.3", "0.2", "0.1"],
        3,
    ),
    (
        "# Marbles\n\nEach of the five colours has the same 20 %. Drawing twice with replacement, the entropy of the "
        "pair is {v} bits.\n",
        ["0.2"] * 5,
        2,
    ),
    (
        "Eine Münze mit Wahrscheinlichkeiten 0.25 und 0.75 wird zweimal geworfen; die Entropie ist {v} bits.\n",
        ["0.25", "0.75"],
        2,
    ),
    ("Une pièce de probabilités 0.2 et 0.8, lancée deux fois : l'entropie vaut {v} bits.\n", ["0.2", "0.8"], 2),
    ("Con probabilidades 0.5, 0.25 y 0.25, para 4 tiradas la entropía es {v} bits.\n", ["0.5", "0.25", "0.25"], 4),
    ("Символы с вероятностями 0.5, 0.5; для 3 символов подряд энтропия равна {v} бита.\n", ["0.5", "0.5"], 3),
    ("확률 0.25, 0.75 인 동전을 두 번 던지면 엔트로피는 {v} 비트이다.\n", ["0.25", "0.75"], 2),
    ("概率为1/2、1/4、1/4，独立抽取两次，熵为{v}比特。\n", ["1/2", "1/4", "1/4"], 2),
    ("確率 0.5, 0.5 のコインを3回投げると、エントロピーは {v} ビット。\n", ["0.5", "0.5"], 3),
]


@pytest.mark.parametrize(("page", "written", "times"), _DRAWS)
@pytest.mark.parametrize("off", [0.0, 0.3])
def test_the_entropy_of_several_draws_is_n_times_one(page: str, written: list[str], times: int, off: float) -> None:
    truth = times * _entropy(written)
    value = f"{float(truth) + off:.2f}"
    judged = _judged(page.format(v=value), value)
    assert [verdict for verdict, _ in judged] == ["false" if off else "holds"]
    assert abs(judged[0][1] - truth) < mpmath.mpf(10) ** -9


@pytest.mark.parametrize(
    "page",
    [
        # a line of working with no value of its own at its end
        "Probabilities 0.5, 0.25 and 0.25:\n\nH = 0.5 · 1 + 0.25 · 2 + 0.25 · 2\n",  # no value
        "Probabilities 0.5, 0.25 and 0.25:\n\nH = 0.5 · 1 + 0.25 · 2 + 0.25 · 2 = 1.5 bits for each of the three\n",
        "Probabilities 0.5 and 0.5: H = 0.5 · 1 + 0.5 · 1\n= 1 bit\n",  # the value on the next line
        # one draw's entropy after the count: per symbol
        "With probabilities 0.4, 0.3, 0.2 and 0.1, for 3 symbols in a row the entropy is 1.85 bits per symbol.\n",
        "With probabilities 0.5 and 0.5, drawn twice, the entropy of each draw is 1 bit.\n",
        # no clear number of draws
        "With probabilities 0.5 and 0.5, for a block of symbols the entropy is 3 bits.\n",
        "With probabilities 0.5 and 0.5, for n symbols in a row the entropy is 5 bits.\n",
        "Probabilities 0.5 and 0.5; the joint entropy of two draws is 2 bits.\n",
        # the count is of the alphabet, before the list
        "The 3 symbols have probabilities 0.5, 0.25 and 0.25, so the entropy is 1.5 bits.\n",
    ],
)
def test_near_misses_are_not_called_false(page: str) -> None:
    assert [claim.text for claim in check_text(page, "a.md").claims if claim.verdict == "false"] == []


def test_one_draw_after_a_count_of_the_alphabet_holds() -> None:
    page = "The 3 symbols have probabilities 0.5, 0.25 and 0.25, so the entropy is 1.5 bits.\n"
    assert [verdict for verdict, _ in _judged(page, "1.5")] == ["holds"]
