"""What a script's main part defines, a unit named before a value in words ("In nats, ..."), and a log base
named in German or Russian ("Logarithmen zur Basis 2", "по основанию 2") are read.

The documents are written here; the true values are worked out with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text
from kldocs.checker.checked import Checked

_HALVES = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 8, mpmath.mpf(1) / 8]


def _kl_bits() -> mpmath.mpf:
    return mpmath.fsum(p * mpmath.log(p / mpmath.mpf("0.25"), 2) for p in _HALVES)


def _script(guard: str, comment: str) -> str:
    return (
        "import numpy as np\n\n\ndef kl_bits(p, q):\n    return float(np.sum(p * np.log2(p / q)))\n\n\n"
        f"{guard}\n    p = np.array([0.5, 0.25, 0.125, 0.125])\n    q = np.array([0.25, 0.25, 0.25, 0.25])\n"
        f"    print(kl_bits(p, q))  # {comment}\n"
    )


def _kl_claim(script: str) -> Checked:
    (claim,) = [claim for claim in check_text(script, "kl.py").claims if claim.kind == "kl"]
    return claim


@pytest.mark.parametrize("guard", ['if __name__ == "__main__":', "if '__main__' == __name__:"])
def test_the_main_part_of_a_script_defines_its_distributions(guard: str) -> None:
    assert _kl_bits() == mpmath.mpf(1) / 4
    right, wrong = (_kl_claim(_script(guard, comment)) for comment in ("0.25", "0.35"))
    assert (right.verdict, right.value) == ("holds", "0.25") and (wrong.verdict, wrong.value) == ("false", "0.25")


def test_a_block_under_another_condition_still_gives_a_value_that_is_not_read() -> None:
    claim = _kl_claim(_script("if verbose:", "0.25"))
    assert claim.verdict == "unchecked" and "not read" in claim.note


_JSD_PAIR = "With base-2 logarithms the JSD lies in $[0, 1]$.\n\nFor $P = (0.1, 0.3, 0.6)$ and $Q = (0.2, 0.3, 0.5)$, "


def _jsd_nats() -> mpmath.mpf:
    p, q = [mpmath.mpf(x) / 10 for x in (1, 3, 6)], [mpmath.mpf(x) / 10 for x in (2, 3, 5)]
    m = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    return sum((a * mpmath.log(a / c) + b * mpmath.log(b / c)) / 2 for a, b, c in zip(p, q, m, strict=True))


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("in nats the same JSD is about 0.0108.", "holds"),
        ("in nats, the JSD is about 0.0155.", "false"),  # 0.0155 is the JSD in bits
        ("measured in nats, the JSD is roughly 0.0108.", "holds"),
    ],
)
def test_a_unit_named_before_the_value_in_words_is_its_unit(sentence: str, verdict: str) -> None:
    assert mpmath.nstr(_jsd_nats(), 3) == "0.0108" and mpmath.nstr(_jsd_nats() / mpmath.log(2), 3) == "0.0155"
    claims = [claim for claim in check_text(_JSD_PAIR + sentence + "\n", "jsd.md").claims if claim.kind == "jsd"]
    assert [(claim.verdict, claim.unit) for claim in claims] == [(verdict, "nats")]


def test_a_unit_named_before_another_value_is_not_this_ones() -> None:
    page = _JSD_PAIR + "in bits the entropy is 1.3, and the JSD is about 0.0108.\n"
    (claim,) = [claim for claim in check_text(page, "jsd.md").claims if claim.kind == "jsd"]
    assert claim.verdict == "unchecked" and "gives no unit" in claim.note


@pytest.mark.parametrize(
    ("phrase", "base"),
    [
        ("Logarithmen zur Basis 2.", "2"),
        ("Wir verwenden den dekadischen Logarithmus.", "10"),
        ("Wir verwenden den natürlichen Logarithmus.", "e"),
        ("Логарифмы берутся по основанию 2.", "2"),
        ("On utilise le logarithme binaire.", "2"),
    ],
)
def test_a_log_base_named_in_german_russian_or_french_is_the_documents(phrase: str, base: str) -> None:
    report = check_text(f"Gegeben sind $P = (0.6, 0.4)$ und $Q = (0.5, 0.5)$. {phrase}\n\n$H(P) = 1$\n", "a.md")
    assert (report.base.name, report.base.how) == (base, "stated"), report.base
