"""Distributions given again under the same name, a few lines apart: each branch of a split its own ``P``.

A decision-tree answer lists each branch's probabilities as ``P(Yes)=3/5, P(No)=2/5`` right under its parent's and
then its entropy. A label given again starts the next distribution of that name; it does not merge with the last
one into a list that names ``Yes`` twice (which read as nothing, so each branch's entropy was judged against the
parent's distribution).
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(*probabilities: Fraction) -> mpmath.mpf:
    """The entropy in bits, worked out with mpmath."""
    shares = [mpmath.mpf(p.numerator) / p.denominator for p in probabilities if p]
    return -mpmath.fsum(share * mpmath.log(share, 2) for share in shares)


#: Our own split of 8 records: 5 yes and 3 no; one branch pure (4 yes), the other 1 yes and 3 no.
_PARENT = (Fraction(5, 8), Fraction(3, 8))
_PURE = (Fraction(1), Fraction(0))
_MIXED = (Fraction(1, 4), Fraction(3, 4))


def _answer(pure_value: str, mixed_value: str, layout: str) -> str:
    """The worked answer, its branches written in ``layout`` ("lines": one line each, "inline": on one line)."""
    parent = f"P(Yes) = 5/8, P(No) = 3/8\nEntropy = {mpmath.nstr(_bits(*_PARENT), 3)} bits\n"
    if layout == "lines":
        branches = (
            f"Left (4 records): P(Yes)=4/4, P(No)=0/4\n  Entropy = {pure_value} bits\n"
            f"Right (4 records): P(Yes)=1/4, P(No)=3/4\n  Entropy = {mixed_value} bits\n"
        )
    else:
        branches = f"Left: P(Yes)=1, P(No)=0, Entropy = {pure_value} bits\nRight: P(Yes)=1/4, P(No)=3/4\n"
        branches += f"Entropy = {mixed_value} bits\n"
    return f"Root:\n```\n{parent}```\n\nSplit on Colour:\n```\n{branches}```\n"


@pytest.mark.parametrize("layout", ["lines", "inline"])
def test_each_branch_is_judged_with_its_own_probabilities(layout: str) -> None:
    mixed = mpmath.nstr(_bits(*_MIXED), 3)  # 0.811
    claims = check_text(_answer("0", mixed, layout), "a.md").claims
    entropies = [claim for claim in claims if claim.kind == "entropy"]
    assert [(claim.verdict, claim.value) for claim in entropies] == [
        ("holds", mpmath.nstr(_bits(*_PARENT), 10)),
        ("holds", "0"),
        ("holds", mpmath.nstr(_bits(*_MIXED), 10)),
    ]


def test_a_wrong_branch_entropy_is_false_with_the_branch_value() -> None:
    claims = check_text(_answer("0", "0.881", "lines"), "a.md").claims  # 0.811 with two digits swapped: a slip
    wrong = [claim for claim in claims if claim.kind == "entropy" and claim.verdict == "false"]
    assert [(claim.value, claim.lines) for claim in wrong] == [(mpmath.nstr(_bits(*_MIXED), 10), (12,))]


def test_the_parents_value_written_for_a_branch_is_not_called_false() -> None:
    """The parent's entropy under a branch may be a value quoted again: a replaced distribution it fits."""
    parent = mpmath.nstr(_bits(*_PARENT), 3)
    claims = check_text(_answer("0", parent, "lines"), "a.md").claims
    assert [claim.verdict for claim in claims if claim.kind == "entropy"] == ["holds", "holds", "unchecked"]
