"""A bare ``H = value`` right after the one list of probabilities its line gives is that list's entropy:
"Loaded die $p = [0.5, 0.25, 0.25]$: $H = 1.5$ bits"."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(shares: list[Fraction]) -> mpmath.mpf:
    """The entropy in bits of exact probabilities, worked out here with mpmath."""
    exact = [mpmath.mpf(share.numerator) / share.denominator for share in shares]
    return -mpmath.fsum(p * mpmath.log(p, 2) for p in exact if p)


SKEWED = [Fraction(7, 10), Fraction(2, 10), Fraction(1, 10)]
PAGES = [
    "- Skewed split $p = [0.7, 0.2, 0.1]$: $H = {v}$ bits, less than the uniform's\n",
    "A skewed source has probabilities 0.7, 0.2 and 0.1, so H = {v} bits.\n",
    "Für die Verteilung [0.7, 0.2, 0.1] gilt H = {v} bit.\n",
]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("off", [0.0, 0.1])
def test_a_bare_entropy_after_a_list_is_the_lists(page: str, off: float) -> None:
    text = page.format(v=f"{float(_bits(SKEWED)) + off:.3f}")
    verdicts = [claim.verdict for claim in check_text(text, "notes.md").claims if claim.kind != "definition"]
    assert verdicts == ["false" if off else "holds"]


@pytest.mark.parametrize(
    "page",
    [
        "The split $p = [0.7, 0.2, 0.1]$ and the joint entropy H = 2.5 bits.\n",  # another measure
        "Given $p = [0.7, 0.2, 0.1]$, H = -(0.7 log 0.7 + 0.2 log 0.2 + 0.1 log 0.1) = 1.157 bits.\n",
        "Counts $c = [7, 2, 1]$: H = 3 bits.\n",  # counts, not probabilities
    ],
)
def test_what_is_not_the_lists_entropy_is_not_called_false(page: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(page, "notes.md").claims)


@pytest.mark.parametrize("off", [0.0, 0.1])
def test_a_list_item_starts_a_clause_of_its_own(off: float) -> None:
    """The word "maximum" in the item above says nothing of the next item's entropy."""
    text = (
        "- Even split $p = [0.5, 0.5]$: $H = 1$ bit, the maximum for two outcomes\n"
        f"- Skewed split $p = [0.7, 0.2, 0.1]$: $H = {float(_bits(SKEWED)) + off:.3f}$ bits\n"
    )
    verdicts = [claim.verdict for claim in check_text(text, "notes.md").claims if claim.kind != "definition"]
    assert verdicts == ["holds", "false" if off else "holds"]
