"""A measure named in words and given its value with "=" or a verb of several languages ("the entropy = 0.72 bits",
"энтропия равна 0,72 бита", "es igual a"), after any opening words ("Итак,", "Ответ:"); a maximum or a minimum
named so is a bound over distributions, never judged as the value of the one in force."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

SHARES = [Fraction(1, 5), Fraction(4, 5)]
#: H(1/5, 4/5) in bits, worked out here with mpmath.
ENTROPY = -mpmath.fsum(
    mpmath.mpf(s.numerator) / s.denominator * mpmath.log(mpmath.mpf(s.numerator) / s.denominator, 2) for s in SHARES
)
ENGLISH = "Let P = (0.2, 0.8).\n\n"
COMMAS = "Пусть P = (0,2; 0,8).\n\n"


def _written(value: mpmath.mpf, comma: bool) -> str:
    text = f"{float(value):.3f}"
    return text.replace(".", ",") if comma else text


@pytest.mark.parametrize(
    ("lead", "sentence"),
    [
        (ENGLISH, "So the entropy = {v} bits."),
        (ENGLISH, "So the entropy H = {v} bits."),
        (COMMAS, "Итак, энтропия равна {v} бита."),
        (COMMAS, "Ответ: энтропия источника составляет {v}бит."),
        (COMMAS, "Энтропия H = {v} бита на символ."),
        ("Sea P = (0,2; 0,8).\n\n", "Entonces la entropía es igual a {v} bits."),
    ],
)
@pytest.mark.parametrize("off", [0.0, 0.1])
def test_a_value_given_to_a_measure_named_in_words_is_judged(lead: str, sentence: str, off: float) -> None:
    text = lead + sentence.format(v=_written(ENTROPY + off, lead != ENGLISH)) + "\n"
    verdicts = [claim.verdict for claim in check_text(text, "notes.txt").claims if claim.kind != "definition"]
    assert verdicts == ["false" if off else "holds"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The maximum entropy is 1 bit.",
        "The maximum entropy = 1 bit.",
        "The largest possible entropy for two outcomes is 1 bit.",
        "Die maximale Entropie ist 1 bit.",
        "Максимальная энтропия равна 1 бит.",
        "The code length L = 1.5 bits.",  # no measure named: "=" alone does not make a value
    ],
)
def test_a_bound_or_another_quantity_is_not_judged_as_the_entropy(sentence: str) -> None:
    claims = check_text(ENGLISH + sentence + "\n", "notes.txt").claims
    assert all(claim.verdict != "false" for claim in claims)


def test_the_maximum_entropy_of_a_fair_coin_is_still_the_coins() -> None:
    claims = check_text(ENGLISH + "A fair coin has the maximum entropy of 1 bit.\n", "notes.txt").claims
    assert [claim.verdict for claim in claims if claim.kind != "definition"] == ["holds"]
