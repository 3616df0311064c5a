"""A random variable's distribution listed in prose ("the distribution of X is (1/2, 1/4, 1/4) and for Y (...)"),
in several languages, is what the entropies written next to it are judged against."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(shares: list[Fraction]) -> mpmath.mpf:
    """The entropy in bits of exact probabilities, worked out here with mpmath."""
    exact = [mpmath.mpf(share.numerator) / share.denominator for share in shares]
    return -mpmath.fsum(p * mpmath.log(p, 2) for p in exact)


X_SHARES = [Fraction(1, 2), Fraction(1, 8), Fraction(1, 8), Fraction(1, 4)]
Y_SHARES = [Fraction(1, 3), Fraction(2, 3)]
PAGES = [
    "We know that the marginal distribution of X is (1/2,1/8,1/8,1/4) and for y (1/3,2/3).\n"
    "We can calculate that $H(x)={x}$ bits and $H(y)={y}$ bits.\n",
    "The distribution of $X$ is $(1/2, 1/8, 1/8, 1/4)$ and that of $Y$ is $(1/3, 2/3)$. So H(X) = {x} bits "
    "and H(Y) = {y} bits.\n",
    "Die Randverteilung von X ist (0,5; 0,125; 0,125; 0,25) und für Y (1/3; 2/3). Damit ist H(X) = {x} bit und "
    "H(Y) = {y} bit.\n",
    "X 的边缘分布为 (1/2, 1/8, 1/8, 1/4)，Y 的分布为 (1/3, 2/3)。所以 H(X) = {x} 比特，H(Y) = {y} 比特。\n",
    "X has the distribution [0.5, 0.125, 0.125, 0.25], and Y is distributed as (1/3, 2/3): H(X) = {x} bits, "
    "H(Y) = {y} bits.\n",
]


def _written(value: mpmath.mpf, comma: bool) -> str:
    text = f"{float(value):.4f}"
    return text.replace(".", ",") if comma else text


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("off", [0.0, 0.05])
def test_a_variables_listed_distribution_judges_its_entropy(page: str, off: float) -> None:
    comma = "Randverteilung" in page
    text = page.format(x=_written(_bits(X_SHARES), comma), y=_written(_bits(Y_SHARES) + off, comma))
    claims = [claim for claim in check_text(text, "notes.md").claims if claim.kind != "definition"]
    verdicts = [(claim.text.split("=")[0].strip(), claim.verdict) for claim in claims]
    assert [verdict for _, verdict in verdicts] == ["holds", "false" if off else "holds"], verdicts


@pytest.mark.parametrize(
    "page",
    [
        "The conditional distribution of X is (1/2, 1/2). So H(X) = 0.5 bits.\n",  # given something: not X's own
        "The distribution of X is (1/2, 1/2) given Y = 1. So H(X) = 0.5 bits.\n",
        "The distribution of X is (1/2, 1/4). So H(X) = 0.5 bits.\n",  # sums to 3/4: not a distribution
        "The distribution of X is (2, 3, 5) in counts. So H(X) = 0.5 bits.\n",
    ],
)
def test_lists_that_are_not_a_variables_distribution_are_not_read(page: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(page, "notes.md").claims)
