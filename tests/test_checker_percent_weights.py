"""An entropy worked out as a sum of rounded information contents weighted by percentages.

``20% × 2.32 + 50% × 1 + 30% × 1.74 = 1.486 [bit]``: each percentage is a weight (20% is 0.2). Each document is
written for its test; the true values are computed here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _sums(text: str) -> list[Checked]:
    return [claim for claim in check_text(text, "weather.md").claims if "%" in claim.text]


def _surprise(p: str) -> mpmath.mpf:
    return -mpmath.log(mpmath.mpf(p), 2)


_WEIGHTS = ("0.2", "0.5", "0.3")
#: The information contents rounded as the documents write them, and their weighted sum as written.
_ROUNDED = [mpmath.nstr(_surprise(p), 3, strip_zeros=True).removesuffix(".0") for p in _WEIGHTS]
_TOTAL = mpmath.fsum(mpmath.mpf(p) * mpmath.mpf(i) for p, i in zip(_WEIGHTS, _ROUNDED, strict=True))

_DOCUMENTS = {
    "english": "# Entropy of the weather\n\nH = 20% × {a} + 50% × {b} + 30% × {c} = {total} [bit]\n",
    "japanese": "# 天気のエントロピー\n\n平均情報量 H = 20% × {a} + 50% × {b} + 30% × {c} = {total} [ビット]\n",
    "german": "# Entropie des Wetters\n\nDie Entropie ist H = 20% · {a} + 50% · {b} + 30% · {c} = {total} Bit.\n",
    "spanish": "# Entropía del tiempo\n\nLa entropía: 20% * {a} + 50% * {b} + 30% * {c} = {total} bits\n",
}


@pytest.mark.parametrize("language", sorted(_DOCUMENTS))
def test_a_percent_weighted_sum_that_adds_up_holds(language: str) -> None:
    assert _ROUNDED == ["2.32", "1", "1.74"]
    text = _DOCUMENTS[language].format(a=_ROUNDED[0], b=_ROUNDED[1], c=_ROUNDED[2], total=mpmath.nstr(_TOTAL, 4))
    (claim,) = _sums(text)
    assert claim.verdict == "holds"
    assert float(claim.value or "nan") == pytest.approx(float(_TOTAL), abs=1e-9)


@pytest.mark.parametrize("language", sorted(_DOCUMENTS))
def test_a_percent_weighted_sum_that_misses_is_false_with_the_sum(language: str) -> None:
    text = _DOCUMENTS[language].format(a=_ROUNDED[0], b=_ROUNDED[1], c=_ROUNDED[2], total="1.62")
    (claim,) = _sums(text)
    assert claim.verdict == "false"
    assert float(claim.value or "nan") == pytest.approx(float(_TOTAL), abs=1e-9)


def test_a_percentage_after_the_equals_sign_is_no_value() -> None:
    assert _sums("# Entropy\n\nThe share of the bits: 50% × 2 = 100% of the entropy.\n") == []
