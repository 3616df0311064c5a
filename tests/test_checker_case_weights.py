"""``kldocs check`` on a conditional entropy worked out from a table of cases: ``H(X|Y) = 0.322·P(a) + 0.918·P(b)``
under a Markdown table that gives each case's probability and entropy.

Each table's per-case entropies are worked out here with mpmath from conditional distributions of our own, and the
weighted sum from them; the page writes them rounded as authors do.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(*shares: mpmath.mpf) -> mpmath.mpf:
    return -mpmath.fsum(p * mpmath.log(p, 2) for p in shares if p)


#: Y = a with probability 0.6 leaves X with (0.94, 0.06); Y = b with probability 0.4 leaves X with (0.75, 0.25).
_CASES = {
    "a": (mpmath.mpf("0.6"), _bits(mpmath.mpf("0.94"), mpmath.mpf("0.06"))),
    "b": (mpmath.mpf("0.4"), _bits(mpmath.mpf("0.75"), mpmath.mpf("0.25"))),
}
#: The table with its columns headed in English.
_ENGLISH = ("P(Y=y)", "H(X\\|Y=y)")


def _table(probability: str, entropy: str) -> str:
    rows = "".join(f"| {case} | {weight} | {mpmath.nstr(h, 3)} |\n" for case, (weight, h) in _CASES.items())
    return f"| y | {probability} | {entropy} |\n|---|---|---|\n{rows}\n"


def test_the_per_case_entropies_round_as_the_pages_write_them() -> None:
    assert mpmath.nstr(_CASES["a"][1], 3) == "0.327" and mpmath.nstr(_CASES["b"][1], 3) == "0.811"


@pytest.mark.parametrize(
    ("page", "value", "verdict"),
    [
        (
            _table("P(Y=y)", "H(X\\|Y=y)") + "$$H(X|Y) = 0.327\\cdot P(a) + 0.811\\cdot P(b) = 0.521$$\n",
            "0.521",
            "holds",
        ),
        (
            _table("P(Y=y)", "H(X\\|Y=y)") + "$$H(X|Y) = 0.327\\cdot P(a) + 0.811\\cdot P(b) = 0.406$$\n",
            "0.406",
            "false",
        ),
        (
            _table("확률", "엔트로피") + "$$H(X|Y) = P(a) \\times 0.327 + P(b) \\times 0.811 \\approx 0.52$$\n",
            "0.52",
            "holds",
        ),
        (_table("概率 p(y)", "条件熵") + "$$H(X \\mid Y) = 0.327 P(Y=a) + 0.811 P(Y=b) = 0.57$$\n", "0.57", "false"),
    ],
)
def test_a_conditional_entropy_weighted_by_a_tables_probabilities(page: str, value: str, verdict: str) -> None:
    exact = mpmath.mpf("0.327") * _CASES["a"][0] + mpmath.mpf("0.811") * _CASES["b"][0]
    places = len(value.partition(".")[2])
    assert (mpmath.nstr(exact, places + 1 if exact >= 1 else places) == value) == (verdict == "holds")
    claims = [claim for claim in check_text(page, "a.md").claims if claim.verdict != "unchecked"]
    assert [(claim.verdict, claim.text.rpartition(" ")[2]) for claim in claims] == [(verdict, value)]
    assert "0.6" in claims[0].text and "0.4" in claims[0].text  # the table's probabilities put in


@pytest.mark.parametrize(
    "page",
    [
        # an entropy in the formula that is not the table's for its case: another table, perhaps
        _table(*_ENGLISH) + "$$H(X|Y) = 0.5\\cdot P(a) + 0.811\\cdot P(b) = 0.406$$\n",
        # a case left out: the sum is not the conditional entropy
        _table(*_ENGLISH) + "$$H(X|Y) = 0.327\\cdot P(a) = 0.406$$\n",
        # the column is a conditional probability, not the cases' own
        _table("P(X=0\\|Y=y)", "H(X\\|Y=y)") + "$$H(X|Y) = 0.327\\cdot P(a) + 0.811\\cdot P(b) = 0.406$$\n",
    ],
)
def test_near_misses_are_not_called_false(page: str) -> None:
    assert [claim for claim in check_text(page, "a.md").claims if claim.verdict == "false"] == []
