"""An arrow that points at the value logarithms of numbers work out to: ``H = -0.1 log2 0.1 - ... → 0.469``."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _binary_bits(p: str) -> mpmath.mpf:
    x = mpmath.mpf(p)
    return -x * mpmath.log(x, 2) - (1 - x) * mpmath.log(1 - x, 2)


def judged(text: str, name: str = "coin.txt") -> list[tuple[str, str, str | None]]:
    return [(claim.verdict, claim.text, claim.value) for claim in check_text(text, name).claims]


_LINES = [
    "Biased coin (0.1 / 0.9):\n\nH = -0.1 log2 0.1 - 0.9 log2 0.9 → {value} bits\n",
    "偏置硬币:\n\nH = -0.1·log2(0.1) - 0.9·log2(0.9) → {value} 比特\n",
    "コインのエントロピー\n\nH = -(0.1 log2 0.1 + 0.9 log2 0.9) → {value}\n",
    "Entropía de la moneda sesgada:\n\nH = –(0.1·log2 0.1 + 0.9·log2 0.9) → {value} bits.\n",
]


@pytest.mark.parametrize("line", _LINES)
def test_the_value_an_arrow_points_at_is_judged(line: str) -> None:
    right = mpmath.nstr(_binary_bits("0.1"), 3)  # 0.469
    ((verdict, _, _),) = [entry for entry in judged(line.format(value=right)) if "→" in entry[1]]
    assert verdict == "holds"
    wrong = mpmath.nstr(_binary_bits("0.2"), 3)  # 0.722, the entropy of another coin
    ((verdict, _, value),) = [entry for entry in judged(line.format(value=wrong)) if "→" in entry[1]]
    assert verdict == "false" and value is not None
    assert mpmath.almosteq(mpmath.mpf(value), _binary_bits("0.1"), 1e-9)


@pytest.mark.parametrize(
    "line",
    [
        "As n grows, D(P_n || Q) → 0.\n",
        "-p log2 p → 0.0 as p → 0, so H(0.5) = 1.\n",
        "H(p) = -p log2 p - (1-p) log2(1-p) → 0.5 when p → 0.1\n",
        "log2 3 → 1.58 → 1.6\n",
    ],
)
def test_limits_and_arrows_that_point_elsewhere_are_no_false_values(line: str) -> None:
    assert all(verdict != "false" for verdict, _, _ in judged(line)), judged(line)
