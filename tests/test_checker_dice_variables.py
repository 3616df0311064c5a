"""Variables described in words as two dice's pair of scores, sum, maximum or minimum, or as a whole number drawn
uniformly from a range, in several languages; their entropies and mutual information judged, and what must stay
unread. Every value is worked out here by enumerating the 36 outcomes with exact fractions and mpmath."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

mpmath.mp.dps = 30

_ROLLS = list(itertools.product(range(1, 7), repeat=2))


def _h(function: Callable[[int, int], object]) -> mpmath.mpf:
    """The entropy in bits of a function of two fair dice."""
    counts = Counter(function(a, b) for a, b in _ROLLS)
    shares = [Fraction(count, 36) for count in counts.values()]
    return -mpmath.fsum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2) for p in shares
    )


PAIR = _h(lambda a, b: (a, b))
SUM = _h(lambda a, b: a + b)
MAX = _h(max)
MIN = _h(min)


def _claims(text: str) -> dict[int, list[tuple[str, str, str | None, str]]]:
    found: dict[int, list[tuple[str, str, str | None, str]]] = {}
    for claim in check_text(text, "dice.md").claims:
        if claim.kind != "definition":
            found.setdefault(claim.lines[0], []).append((claim.verdict, claim.text, claim.value, claim.note or ""))
    return found


DESCRIBED = [
    ("Let X be the score of two dice.", "H(X) = 5.17 bits", PAIR),
    ("Let X denote the outcome of rolling two fair dice.", "H(X) = 5.17 bits", PAIR),
    ("Let Y be the sum of two dice.", "H(Y) = 3.27 bits", SUM),
    ("Y is the total of the scores of two six-sided dice.", "H(Y) = 3.274 bits", SUM),
    ("Let M be the maximum of two dice.", "H(M) = 2.32 bits", MAX),
    ("Let L be the minimum of two fair dice.", "H(L) = 2.32 bits", MIN),
    ("Soit S la somme de deux dés.", "H(S) = 3,27 bits", SUM),
    ("Sea S la suma de dos dados.", "H(S) = 3.27 bits", SUM),
    ("Sei S die Augensumme zweier Würfel.", "H(S) = 3.27 bits", SUM),
    ("设 Y 为两个骰子的点数之和。", "H(Y) = 3.27 比特", SUM),
    ("Y を 2 つのサイコロの目の和とする。", "H(Y) = 3.27 bits", SUM),
    ("Y는 두 주사위 눈의 합이다.", "H(Y) = 3.27 bits", SUM),
]


WRONG = [
    ("Let Y be the sum of two dice.", "H(Y) = 3.58 bits", SUM),  # log2 12: as if the sums were equally likely
    ("Let X be the score of two dice.", "H(X) = 3.27 bits", PAIR),
    ("Let M be the maximum of two dice.", "H(M) = 2.58 bits", MAX),
    ("Let $S$ be the sum of two fair dice.", "$H(S) = 2.585$", SUM),  # a single die's entropy
]


@pytest.mark.parametrize(
    ("sentence", "claim", "exact", "verdict"),
    [(*case, "holds") for case in DESCRIBED] + [(*case, "false") for case in WRONG],
)
def test_an_entropy_of_dice_described_in_words(sentence: str, claim: str, exact: mpmath.mpf, verdict: str) -> None:
    found = _claims(f"# Dice and entropy\n\n{sentence}\n\nThen {claim}.\n")
    [(judged, _, value, note)] = found[5]
    assert judged == verdict
    if verdict == "holds":
        assert value is not None
        assert abs(mpmath.mpf(value) - exact) < mpmath.mpf("1e-9")
    else:
        assert mpmath.nstr(exact, 10) in note


def test_the_pair_and_the_sum_of_the_same_dice_share_their_information() -> None:
    text = (
        "# Two dice\n\nLet X be the score of two dice, and let Y be the sum of the two dice.\n\n"
        "Knowing the sum: I(X; Y) = 3.27 bits, and H(X|Y) = 1.90 bits.\n\nI(X; Y) = 3.26 bits.\n"
    )
    found = _claims(text)
    verdicts = {text: (verdict, value) for verdict, text, value, _ in found[5]}
    assert verdicts["I(X; Y) = 3.27"][0] == "holds"
    assert abs(mpmath.mpf(verdicts["I(X; Y) = 3.27"][1]) - SUM) < mpmath.mpf("1e-9")
    assert verdicts["H(X|Y) = 1.90"][0] == "holds"
    assert abs(mpmath.mpf(verdicts["H(X|Y) = 1.90"][1]) - (PAIR - SUM)) < mpmath.mpf("1e-9")
    [(verdict, _, _, note)] = found[7]
    assert verdict == "false"
    assert mpmath.nstr(SUM, 10) in note


def test_the_pair_of_scores_of_two_dice_rolled_in_the_sentence_before() -> None:
    text = (
        "# Exercise\n\nTwo fair dice are rolled. Let $X$ denote the pair of scores and let $Y$ be the sum.\n\n"
        "$H(X|Y) = H(X) - H(Y) = 1.90$ bits, and $H(X) = 5.17$ bits.\n\n$H(Y|X) = 0.5$ bits.\n"
    )
    found = _claims(text)
    verdicts = {text: (verdict, value) for verdict, text, value, _ in found[5]}
    assert verdicts["H(X) - H(Y) = 1.90"][0] == "holds"
    assert abs(mpmath.mpf(verdicts["H(X) - H(Y) = 1.90"][1]) - (PAIR - SUM)) < mpmath.mpf("1e-9")
    assert verdicts["H(X) = 5.17"][0] == "holds"
    [(verdict, _, _, _)] = found[7]
    assert verdict == "false"  # the sum is a function of the pair


RANGES = [
    ("X is chosen at random uniformly from the integers 0 to 32 inclusive.", "H(X) = 5.044 bits", 33),
    ("Let N be drawn uniformly at random from the integers 1 to 100.", "H(N) = 6.64 bits", 100),
    ("Sea N elegido uniformemente al azar entre los enteros 1 y 100 inclusive.", "H(N) = 6.64 bits", 100),
    ("X is chosen at random uniformly from the integers 0 to 32 inclusive.", "H(X) = 32 bits", 33),
]


@pytest.mark.parametrize(("sentence", "claim", "size"), RANGES)
def test_a_whole_number_drawn_uniformly_from_a_range(sentence: str, claim: str, size: int) -> None:
    found = _claims(f"# Entropy of a uniform draw\n\n{sentence}\n\nThen {claim}.\n")
    [(verdict, _, value, note)] = found[5]
    exact = mpmath.log(size, 2)
    if claim.endswith("32 bits"):
        assert verdict == "false"
        assert mpmath.nstr(exact, 10) in note
    else:
        assert verdict == "holds"
        assert value is not None
        assert abs(mpmath.mpf(value) - exact) < mpmath.mpf("1e-9")


UNREAD = [
    "Let Y be the sum of two loaded dice.\n\nThen H(Y) = 3.0 bits.",
    "If Y is the sum of two dice, then H(Y) = 3.0 bits.",
    "Let X be a number between 0 and 32.\n\nThen H(X) = 4 bits.",
    "Let Y be the sum of three dice.\n\nThen H(Y) = 3.0 bits.",
    "Let Y be the sum.\n\nThen H(Y) = 3.0 bits.",  # no dice rolled before
    "Two loaded dice are rolled. Let Y be the sum.\n\nThen H(Y) = 3.0 bits.",
]


@pytest.mark.parametrize("text", UNREAD)
def test_dice_or_ranges_not_plainly_described_stay_unread(text: str) -> None:
    found = _claims(f"# Dice\n\n{text}\n")
    assert all(verdict != "false" for claims in found.values() for verdict, _, _, _ in claims)


@pytest.mark.parametrize(
    "described",
    [
        "Let S be the sum of two dice modulo 5.",
        "Let M be the maximum of two dice, given that neither shows a six.",
        "Let N be drawn uniformly at random from the integers 1 to 50, excluding multiples of 5.",
        "Let T be the sum of two dice plus a third die.",
        "Sea S la suma de dos dados, sin contar los seises.",
    ],
)
def test_a_variable_changed_by_more_words_is_not_the_plain_one(described: str) -> None:
    """A modulo, a condition, an exclusion or a third die make another variable: its entropy (any value here) is
    not judged as the plain sum, maximum or uniform draw's."""
    claims = check_text(f"{described}\n\n$$H(S) = 2.2 \\text{{ bits}}$$\n", "a.md").claims
    assert [claim.verdict for claim in claims if claim.verdict == "false"] == []


def test_dice_loaded_in_the_sentence_before_are_not_fair_dice() -> None:
    text = "Both dice are loaded: a six comes up with probability one half.\n\nLet Y be the sum of two dice.\n\n"
    claims = check_text(text + "$$H(Y) \\approx 2.9 \\text{ bits}$$\n", "a.md").claims
    assert [claim.verdict for claim in claims if claim.verdict == "false"] == []


@pytest.mark.parametrize(
    "line",
    [
        "The entropy of the root is 0.971, because there are 3 successes and 2 failures; the entropy of the left "
        "child is 0.918.",
        "晴天 6 个样本（正例 4 个，反例 2 个），熵为 0.918；阴天 3 个样本全为正例，熵为 0。",
    ],
)
def test_counts_of_one_node_are_not_given_to_the_next_value_on_its_line(line: str) -> None:
    claims = check_text(f"# Tree\n\n{line}\n", "a.md").claims
    assert [claim.verdict for claim in claims if claim.verdict == "false"] == []
