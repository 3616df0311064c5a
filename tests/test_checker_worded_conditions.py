"""A measure stated under a condition in another language ("Si $Y$ est une fonction de $X$, alors ...", "Wenn ...,
dann", "Se ..., então") is not judged against the joint table above; one under a condition that leaves the table
as it is still is.

The documents are written here; the values are worked out with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

_TABLE = (
    "# Exercise 1\n\n| X \\ Y | Y = 0 | Y = 1 |\n|---|---|---|\n| X = 0 | 0.4 | 0.1 |\n| X = 1 | 0.1 | 0.4 |\n\n"
    "# Rappels\n\n"
)


def _conditional() -> mpmath.mpf:
    """H(Y|X) in bits: each row is (0.8, 0.2) once divided by its total 0.5."""
    return -(mpmath.mpf("0.8") * mpmath.log(0.8, 2) + mpmath.mpf("0.2") * mpmath.log(0.2, 2))


@pytest.mark.parametrize(
    "sentence",
    [
        "Si $Y$ est une fonction de $X$, alors $H(Y|X) = 0$.",
        "Si $Y$ es una función de $X$, entonces $H(Y|X) = 0$.",
        "Wenn $Y$ eine Funktion von $X$ ist, dann gilt $H(Y|X) = 0$.",
        "Se $Y$ è una funzione di $X$, allora $H(Y|X) = 0$.",
        "Se $Y$ é uma função de $X$, então $H(Y|X) = 0$.",
        "Если $Y$ является функцией от $X$, то $H(Y|X) = 0$.",
        "$Y$가 $X$의 함수이면 $H(Y|X) = 0$이다.",
        "Si $Y$ est déterministe sachant $X$, alors $H(Y|X) = 0$.",
    ],
)
def test_a_measure_under_a_condition_on_how_the_variables_depend_is_not_false(sentence: str) -> None:
    assert mpmath.nstr(_conditional(), 4) == "0.7219"  # the table's H(Y|X), which 0 is not
    (claim,) = [claim for claim in check_text(_TABLE + sentence + "\n", "rappels.md").claims if claim.lines == (10,)]
    assert claim.verdict == "unchecked" and "stated under a condition" in claim.note


@pytest.mark.parametrize(
    "sentence",
    [
        "Si $X$ et $Y$ suivent la table, alors $H(Y|X) = 0.5$ bits.",
        "Wenn $X$ und $Y$ wie oben verteilt sind, dann ist $H(Y|X) = 0.5$ Bit.",
    ],
)
def test_a_measure_under_a_condition_that_keeps_the_table_is_still_false(sentence: str) -> None:
    (claim,) = [claim for claim in check_text(_TABLE + sentence + "\n", "rappels.md").claims if claim.lines == (10,)]
    assert claim.verdict == "false" and claim.value == mpmath.nstr(_conditional(), 10)
