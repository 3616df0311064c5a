"""A fair coin named in words of several languages ("честной монеты", "moeda justa", "moneda equilibrada") is its
own distribution: the entropy said of it is judged against (1/2, 1/2), never against the distribution in force."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

LEAD = "Пусть P = (0.9, 0.1).\n\n"


def _judged(sentence: str) -> tuple[str, str | None]:
    """The verdict and value of the one claim after the definition."""
    definition, claim = check_text(LEAD + sentence + "\n", "notes.md").claims
    assert definition.kind == "definition"
    return claim.verdict, claim.value


@pytest.mark.parametrize(
    "sentence",
    [
        "Энтропия честной монеты равна {v} биту.",
        "Для честной монеты энтропия равна {v} биту.",
        "Энтропия симметричной монеты равна {v} биту.",
        "Para uma moeda justa, a entropia é {v} bit.",
        "Para una moneda equilibrada, la entropía es de {v} bit.",
    ],
)
def test_a_fair_coin_is_judged_as_one(sentence: str) -> None:
    verdict, value = _judged(sentence.format(v=1))
    assert verdict == "holds" and mpmath.mpf(value or "nan") == 1  # H(1/2, 1/2) = 1 bit, not H(P) = 0.469


def test_a_wrong_entropy_of_a_fair_coin_is_still_false() -> None:
    # neither the coin's 1 bit nor H(0.9, 0.1) = 0.469 bits: wrong either way
    in_force = -(
        mpmath.mpf("0.9") * mpmath.log(mpmath.mpf("0.9"), 2) + mpmath.mpf("0.1") * mpmath.log(mpmath.mpf("0.1"), 2)
    )
    verdict, value = _judged("Энтропия честной монеты равна 2 битам.")
    assert verdict == "false" and mpmath.almosteq(mpmath.mpf(value or "nan"), in_force, 1e-9)


def test_a_coin_that_is_not_fair_is_the_one_in_force() -> None:
    assert _judged("Энтропия этой монеты равна 1 биту.")[0] == "false"
