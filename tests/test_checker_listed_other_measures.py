"""A value after listed probabilities whose clause names another measure in any language ("кросс-энтропия
H(p, q) = 1,204 нат", "Kreuzentropie", "交叉熵") is not read as the entropy of the last list; the entropy named
alone still is.

H(p, q) for p = (0.5, 0.5), q = (0.9, 0.1) is 1.204 nats; H(q) is 0.325 nats; H(0.5, 0.5) is 1 bit.
"""

from __future__ import annotations

import math

import pytest

from kldocs.checker import check_text


def _verdicts(text: str) -> list[str]:
    return [claim.verdict for claim in check_text(text, "a.md").claims if claim.kind != "definition"]


def test_the_values_used_below() -> None:
    assert round(-(0.5 * math.log(0.9) + 0.5 * math.log(0.1)), 3) == 1.204
    assert round(-(0.9 * math.log(0.9) + 0.1 * math.log(0.1)), 3) == 0.325


@pytest.mark.parametrize(
    "text",
    [
        "p = [0.5, 0.5], q = [0.9, 0.1]\n\nкросс-энтропия H(p, q) = 1,204 нат.\n",
        "Для распределений p = [0.5, 0.5] и q = [0.9, 0.1] кросс-энтропия H(p, q) = 1,204 нат.\n",
        "Для p = [0.5, 0.5] и q = [0.9, 0.1] энтропия перекрёстная H(p, q) = 1,204 нат.\n",
        "Für p = [0.5, 0.5] und q = [0.9, 0.1] ist die Kreuzentropie 1,204 nat.\n",
        "对 p = [0.5, 0.5] 与 q = [0.9, 0.1]，交叉熵为 1,204 nat。\n",
    ],
)
def test_another_measure_after_a_list_is_not_its_entropy(text: str) -> None:
    assert "false" not in _verdicts(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Для распределения [0.5, 0.5] энтропия равна 1 бит.\n", "holds"),
        ("Для распределения [0.5, 0.5] энтропия равна 2 бит.\n", "false"),
    ],
)
def test_the_entropy_of_a_list_is_still_read(text: str, verdict: str) -> None:
    assert _verdicts(text) == [verdict]
