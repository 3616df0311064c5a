"""A conditional or joint entropy given a value in words after its symbol, under a joint table."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

#: A joint table: rows X, columns Y.
_JOINT = {(0, 0): Fraction(1, 4), (0, 1): Fraction(1, 4), (1, 0): Fraction(1, 2), (1, 1): Fraction(0)}
_TABLE = "| X \\ Y | 0 | 1 |\n|---|---|---|\n| 0 | 1/4 | 1/4 |\n| 1 | 1/2 | 0 |\n\n"


def _bits(probabilities: list[Fraction]) -> mpmath.mpf:
    return -sum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)
        for p in probabilities
        if p
    )


def _conditional(given_rows: bool) -> mpmath.mpf:
    """H(Y|X) when ``given_rows``, else H(X|Y)."""
    marginal = [
        sum((p for (x, y), p in _JOINT.items() if (x if given_rows else y) == value), Fraction(0)) for value in (0, 1)
    ]
    return _bits(list(_JOINT.values())) - _bits(marginal)


@pytest.mark.parametrize(
    "sentence",
    [
        "(Remark: the conditional entropy H(Y|X) is {value} bits, since X = 1 fixes Y.)",
        "The conditional entropy $H(Y|X)$ is about {value} bits.",
        "Note: the conditional entropy H(Y | X) is {value} bits.",
    ],
)
def test_a_conditional_entropy_in_words_is_judged_by_the_table(sentence: str) -> None:
    right = _conditional(given_rows=True)
    assert right == mpmath.mpf("0.5")
    text = _TABLE + sentence.format(value="0.5") + "\n"
    ((claim,),) = [[c for c in check_text(text, "joint.md").claims if c.kind == "conditional_entropy"]]
    assert claim.verdict == "holds"
    wrong = mpmath.nstr(_conditional(given_rows=False), 3)  # 0.689, the other conditional
    ((claim,),) = [[c for c in check_text(_TABLE + sentence.format(value=wrong) + "\n", "joint.md").claims]]
    assert claim.verdict == "false" and claim.value is not None
    assert mpmath.almosteq(mpmath.mpf(claim.value), right, 1e-9)


def test_a_joint_entropy_in_words_is_judged_too() -> None:
    text = _TABLE + "The joint entropy H(X,Y) is 1.5 bits.\n"
    ((claim,),) = [[c for c in check_text(text, "joint.md").claims]]
    assert (claim.kind, claim.verdict) == ("joint_entropy", "holds")
    assert _bits(list(_JOINT.values())) == mpmath.mpf("1.5")


def test_the_entropy_word_before_a_conditional_symbol_stays_unread() -> None:
    """ "The entropy H(Y|X)" does not say which measure it means: no claim is made of it."""
    text = _TABLE + "The entropy H(Y|X) is 0.7 bits.\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "joint.md").claims)
