"""Entropies given an event, written out step by step, and chains whose later members restate a definition.

A step of a chain holds only when it equals the chain's first side. For ``H(A|B=b_1)``, the entropy of a
die's face given an event, kldocs cannot tell the event's outcomes, so a later step that agrees with the one
above says only that the arithmetic is consistent (unchecked); an expansion whose probabilities given the event
do not sum to 1 is false whatever the event. Each truth is worked out here with mpmath.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _claims(text: str, name: str = "a.md") -> list[Checked]:
    return list(check_text(text, name).claims)


def _weights_sum(weights: list[Fraction]) -> Fraction:
    return sum(weights, Fraction(0))


#: A fair die's face given the event "3 or 6": two faces of probability 1/2 each given it, 1 bit. Written with
#: the unconditional 1/6 instead (the author's slip), in four languages and two notations.
_DIE = [
    (
        "A fair die is rolled; $b_1$ is the event that it shows 3 or 6.\n\n"
        "$$H(A|B=b_1) = -2 \\times \\frac{1}{6} \\log_2 \\frac{1}{6}$$\n$$= \\frac{1}{3} \\log_2 6$$\n",
        "a.md",
    ),
    (
        "公平なサイコロを振る。事象 b1 は「3 または 6 の目が出る」。\n\nH(A|B=b1) = -2 × 1/6 log 1/6\n= 1/3 log 6\n",
        "a.txt",
    ),
    (
        "공정한 주사위를 던진다. 사건 b1 은 3 또는 6 이 나오는 것이다.\n\n"
        "$$H(A \\mid B = b_1) = -\\frac{1}{6}\\log_2\\frac{1}{6} - \\frac{1}{6}\\log_2\\frac{1}{6}$$\n",
        "a.md",
    ),
    ("掷一枚均匀的骰子，事件 b1 为「点数为 3 或 6」。\n\nH(A|B=b1) = -(1/6 log2 1/6) * 2 = 0.862\n", "a.txt"),
]


@pytest.mark.parametrize(("text", "name"), _DIE)
def test_an_entropy_given_an_event_with_probabilities_not_summing_to_one_is_false(text: str, name: str) -> None:
    written = _weights_sum([Fraction(1, 6), Fraction(1, 6)])
    assert written == Fraction(1, 3)  # the slip: not a distribution given the event
    true_value = mpmath.log(2, 2)  # two equally likely faces given the event
    assert -2 * mpmath.mpf(1) / 6 * mpmath.log(mpmath.mpf(1) / 6, 2) != true_value
    claims = _claims(text, name)
    first = [claim for claim in claims if claim.text.startswith("H(A")]
    assert [claim.verdict for claim in first] == ["false"], claims
    assert "sum to 1/3" in first[0].note
    assert not any(claim.verdict == "holds" for claim in claims), claims


def test_a_later_step_of_a_chain_given_an_event_is_never_said_to_hold_by_the_step_above() -> None:
    text = "Let b1 be the event that the die shows 3 or 6.\n\nH(A|B=b1) = -2 × 1/6 log 1/6\n= 1/3 log 6\n"
    (claim,) = [claim for claim in _claims(text, "a.txt") if claim.text.endswith("1/3 log 6")]
    assert claim.verdict == "unchecked" and claim.value is None
    assert "arithmetic is consistent" in claim.note and "H(A|B=b1)" in claim.note


#: Right expansions given an event: a spade among a deck's 52 cards (13 cards, log2 13 bits), a king (4 cards,
#: 2 bits), a face given a fair die's even outcome (3 faces, log2 3 bits). They are never false.
_RIGHT = [
    ("$$H(A|B=\\text{s}) = -\\frac{1}{13} \\log_2 \\frac{1}{13} \\times 13 = \\log_2 13$$\n", "a.md", 13),
    ("H(A|B=king) = - 4 × 1/4 log2 1/4 = 2 bits\n", "a.txt", 4),
    ("A fair die. H(X|Y=1) = -3 × 1/3 log2 1/3 = 1.585 bits\n", "a.txt", 3),
    ("H(X|Y=1) = -(0.33 log2 0.33) * 3 = 1.58 bits\n", "a.txt", 3),  # rounded thirds: the sum is near 1
]


@pytest.mark.parametrize(("text", "name", "outcomes"), _RIGHT)
def test_a_right_expansion_given_an_event_is_not_false(text: str, name: str, outcomes: int) -> None:
    assert mpmath.almosteq(
        mpmath.log(outcomes, 2), -outcomes * (mpmath.mpf(1) / outcomes) * mpmath.log(mpmath.mpf(1) / outcomes, 2)
    )
    claims = _claims(text, name)
    assert not any(claim.verdict == "false" for claim in claims), claims


def test_a_sum_that_goes_on_in_the_next_row_is_not_judged_on_its_first_row() -> None:
    text = (
        "$$\\begin{aligned} H(X|Y=y_1) &= -0.5 \\log_2 0.5 - 0.25 \\log_2 0.25 \\\\ "
        "&\\quad - 0.25 \\log_2 0.25 \\end{aligned}$$\n"
    )
    assert not any(claim.verdict == "false" for claim in _claims(text)), _claims(text)


def test_two_log_two_is_not_read_as_probabilities() -> None:
    text = "H(A|B=b) = 2 log2 2 = 2 bits\n"  # log2 4: four equally likely outcomes, written another way
    assert not any(claim.verdict == "false" for claim in _claims(text, "a.txt"))


#: Chains whose first member defines a measure rightly and a later member flips a sign: that member is false.
_FLIPPED = [
    "$$H(X|Y) = \\sum_y P(y) H(X|Y=y) = -\\sum_y P(y) H(X|Y=y)$$\n",
    "$$H(X|Y) = -\\sum_{x,y} p(x,y) \\log p(x|y) = \\sum_{x,y} p(x,y) \\log p(x|y)$$\n",
    "$$H(Y|X) = \\sum_x p(x) H(Y|X=x) = \\sum_x p(x) \\sum_y p(y|x) \\log p(y|x)$$\n",
    "$$H(Y|X) = -\\sum_{x,y} p(x,y) \\log p(y|x) = \\sum_x p(x) H(Y|X=x) = -\\sum_x p(x) H(Y|X=x)$$\n",
    "$$H(X|Y=y) = -\\sum_x p(x|y) \\log p(x|y) = \\sum_x p(x|y) \\log p(x|y)$$\n",
    "$$H(X,Y) = -\\sum_{x,y} p(x,y) \\log p(x,y) = \\sum_{x,y} p(x,y) \\log p(x,y)$$\n",
    "$$I(X;Y) = \\sum_{x,y} p(x,y) \\log \\frac{p(x,y)}{p(x)p(y)}"
    " = -\\sum_{x,y} p(x,y) \\log \\frac{p(x,y)}{p(x)p(y)}$$\n",
    "$$H(P) = -\\sum_x p(x) \\log p(x) = \\sum_x p(x) \\log p(x)$$\n",
]


#: The same chains with every member right: they hold.
_RIGHT_CHAINS = [
    "$$H(X|Y) = \\sum_y P(y) H(X|Y=y) = -\\sum_{x,y} p(x,y) \\log p(x|y)$$\n",
    "$$H(X|Y) = \\sum_y p(y) H(X|Y=y) = \\sum_y p(y) \\sum_x p(x|y) \\log \\frac{1}{p(x|y)}$$\n",
    "$$H(P) = -\\sum_x p(x) \\log p(x) = \\sum_x p(x) \\log \\frac{1}{p(x)}$$\n",
]


@pytest.mark.parametrize(
    ("text", "verdict"), [(text, "false") for text in _FLIPPED] + [(text, "holds") for text in _RIGHT_CHAINS]
)
def test_every_member_of_a_definition_chain_is_the_definition_again(text: str, verdict: str) -> None:
    definitions = [claim for claim in _claims(text) if claim.kind == "definition"]
    flipped = [claim for claim in definitions if claim.verdict == "false" and "sign is flipped" in claim.note]
    assert definitions, text
    assert len(flipped) == (1 if verdict == "false" else 0), definitions  # the flipped member, alone or the chain
    assert all(claim.verdict == "holds" for claim in definitions if claim not in flipped), definitions
