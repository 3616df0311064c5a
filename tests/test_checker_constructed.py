"""Random variables built in prose: independent fair bits, dice, a variable uniform on a set, a list of
probabilities, and functions of them (a sum, a parity, a remainder, a maximum, a cosine), in several languages;
conditional entropies given an event and conditional mutual information of their joint.

The constructions are our own; every value is worked out here by enumerating the outcomes with exact fractions and
mpmath, never by kldocs.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

_Outcome = dict[str, int]


def _joint(
    bases: dict[str, Sequence[int]], functions: dict[str, Callable[[_Outcome], int]]
) -> list[tuple[_Outcome, Fraction]]:
    """Every outcome of independent uniform ``bases`` with the ``functions`` worked out, and its probability."""
    found = []
    for values in itertools.product(*bases.values()):
        outcome = dict(zip(bases, values, strict=True))
        for name, function in functions.items():
            outcome[name] = function(outcome)
        found.append((outcome, Fraction(1, math.prod(len(v) for v in bases.values()))))
    return found


def _entropy(joint: list[tuple[_Outcome, Fraction]], names: str, given: tuple[str, int] | None = None) -> mpmath.mpf:
    """The entropy in bits of the named variables (``"XY"``), given an event ``(name, value)`` if one is given."""
    totals: dict[tuple[int, ...], Fraction] = {}
    for outcome, chance in joint:
        if given is None or outcome[given[0]] == given[1]:
            key = tuple(outcome[name] for name in names)
            totals[key] = totals.get(key, Fraction(0)) + chance
    whole = sum(totals.values())
    shares = [
        mpmath.mpf(p.numerator) / p.denominator / (mpmath.mpf(whole.numerator) / whole.denominator)
        for p in totals.values()
        if p
    ]
    return -mpmath.fsum(p * mpmath.log(p, 2) for p in shares)


def _verdicts(text: str, name: str = "a.md") -> dict[str, str]:
    return {claim.text: claim.verdict for claim in check_text(text, name).claims}


def _written(value: mpmath.mpf) -> str:
    return mpmath.nstr(value, 4, strip_zeros=False)


_DICE = _joint({"X": range(1, 7), "Y": range(1, 7)}, {"S": lambda o: o["X"] + o["Y"]})


@pytest.mark.parametrize(
    "opening",
    [
        "Let $X$ and $Y$ be two independent fair dice and let $S = X + Y$.",
        "Roll two independent fair dice X and Y, and write S for their sum: $S = X + Y$.",
        "Sean X e Y dos dados justos independientes, y S la suma de X e Y.",
        "Soient X et Y deux dés équilibrés indépendants, et S la somme de X et Y.",
        "Seien X und Y zwei unabhängige faire Würfel und S die Summe von X und Y.",
        "设 X 和 Y 是两个独立的公平骰子，S 为 X 与 Y 之和。",
        "X와 Y는 독립적인 공정한 주사위이고 S는 X와 Y의 합이다.",
    ],
)
def test_two_dice_and_their_sum(opening: str) -> None:
    h_s = _entropy(_DICE, "S")
    h_x_given_7 = _entropy(_DICE, "X", ("S", 7))
    h_x_given_s = _entropy(_DICE, "XS") - h_s
    mutual = _entropy(_DICE, "X") + h_s - _entropy(_DICE, "XS")
    text = (
        f"{opening}\n\nThen $H(S) = {_written(h_s)}$ bits and $H(X|S=7) = {_written(h_x_given_7)}$ bits.\n\n"
        f"Also $H(X|S) = {_written(h_x_given_s)}$ bits, while $I(X;S) = {_written(mutual + 1)}$ bits.\n"
    )
    verdicts = _verdicts(text)
    assert verdicts[f"H(S) = {_written(h_s)}"] == "holds"
    assert verdicts[f"H(X|S=7) = {_written(h_x_given_7)}"] == "holds"
    assert verdicts[f"H(X|S) = {_written(h_x_given_s)}"] == "holds"
    assert verdicts[f"I(X;S) = {_written(mutual + 1)}"] == "false"


@pytest.mark.parametrize(
    ("written", "function"),
    [
        (r"Z = X \oplus Y", lambda o: o["X"] ^ o["Y"]),
        (r"Z = (X + Y) \bmod 2", lambda o: (o["X"] + o["Y"]) % 2),
        (r"Z = \max(X, Y)", lambda o: max(o["X"], o["Y"])),
        (r"Z = X \cdot Y", lambda o: o["X"] * o["Y"]),
        (r"Z = \mathbb{1}\{X > Y\}", lambda o: int(o["X"] > o["Y"])),
    ],
)
def test_a_function_of_two_fair_bits_and_conditional_mutual_information(written: str, function: Callable) -> None:
    joint = _joint({"X": (0, 1), "Y": (0, 1)}, {"Z": function})
    given_z = _entropy(joint, "XZ") + _entropy(joint, "YZ") - _entropy(joint, "XYZ") - _entropy(joint, "Z")
    text = (
        f"Let $X$, $Y$ be independent fair bits and ${written}$.\n\n"
        f"$$I(X;Y|Z) = {_written(given_z)}$$\n\n$$H(X|Z=1) = {_written(_entropy(joint, 'X', ('Z', 1)))}$$\n\n"
        f"$$H(Z) = {_written(_entropy(joint, 'Z') + mpmath.mpf('0.1'))}$$\n"
    )
    verdicts = _verdicts(text)
    assert verdicts[f"I(X;Y|Z) = {_written(given_z)}"] == "holds"
    assert verdicts[f"H(X|Z=1) = {_written(_entropy(joint, 'X', ('Z', 1)))}"] == "holds"
    assert list(verdicts.values()).count("false") == 1


def test_a_remainder_and_a_cosine_of_a_uniform_variable() -> None:
    joint = _joint({"X": range(7)}, {"Y": lambda o: o["X"] % 3})
    h_y, h_x_given_0 = _written(_entropy(joint, "Y")), _written(_entropy(joint, "X", ("Y", 0)))
    text = (
        r"Let $X$ be uniform on $\{0, 1, \dots, 6\}$ and $Y = X \bmod 3$."
        "\n\n"
        f"Then $H(Y) = {h_y}$ bits and $H(X|Y=0) = {h_x_given_0}$ bits.\n"
    )
    verdicts = _verdicts(text)
    assert verdicts[f"H(Y) = {h_y}"] == "holds"
    assert verdicts[f"H(X|Y=0) = {h_x_given_0}"] == "holds"
    # X on the quarter turns 0, π/2, π, 3π/2 listed one by one; Y = cos X is 1, 0, -1, 0
    text = (
        r"Take $Y = \cos X$ where $P(X=0) = P(X=\pi/2) = P(X=\pi) = P(X=3\pi/2) = 1/4$."
        "\n\n"
        r"Then $H(Y) = 1.5$ bits, $H(X|Y=0) = 1$ bit, $H(X|Y=-1) = 0$ and $H(X|Y) = 0.25$ bits."
        "\n"
    )
    expected = {"H(Y) = 1.5": "holds", "H(X|Y=0) = 1": "holds", "H(X|Y=-1) = 0": "holds", "H(X|Y) = 0.25": "false"}
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # independence is not said: the joint of X and Y is unknown
        "Let $X$ be a fair bit and $Y$ a fair bit, and $Z = X + Y$.\n\n$$H(Z) = 1.2$$\n",
        # "if" supposes: no construction
        "If $X$ and $Y$ are independent fair bits and $Z = X + Y$, then $H(Z) = 1.2$.\n",
        # the coin is later said to be biased
        "Let $X$ and $Y$ be independent fair coins, $Z = X + Y$.\n\nNow the coins are biased.\n\n$$H(Z) = 1.2$$\n",
        # Z is given a value that is not read before the claim
        "Let $X$ and $Y$ be independent fair bits, $Z = X + Y$.\n\nNext take $Z = g(X, Y)$.\n\n$$H(Z) = 1.2$$\n",
        # a product of coins depends on how their sides are numbered
        "Let $X$ and $Y$ be independent fair coins and $Z = XY$.\n\n$$H(Z) = 1.2$$\n",
        # the sum of three dice is no single die, and not read
        "Let $S$ be the sum of three fair dice.\n\n$$H(S) = 1.2$$\n",
    ],
)
def test_what_is_not_certain_is_left_unchecked(text: str) -> None:
    assert "false" not in _verdicts(text).values()


def test_a_listed_distribution_that_contradicts_the_function_binds_nothing() -> None:
    text = (
        r"Let $Y = X \bmod 2$ where $p_X(0) = p_X(1) = p_X(2) = 1/3$, and $p_Y(0) = p_Y(1) = 1/2$."
        "\n\n"
        "$$H(Y) = 1$$\n\n$$H(X) = 1.5$$\n"
    )
    verdicts = _verdicts(text)
    assert verdicts["H(Y) = 1"] != "false"
    assert verdicts["H(X) = 1.5"] == "false"  # X's own list still holds: log2 3 = 1.585


def test_a_letter_given_another_distribution_leaves_what_was_built_on_the_old_one() -> None:
    text = (
        "Let $X$ and $Y$ be independent fair bits and $Z = X + Y$, so $H(Z) = 1.5$ bits.\n\n"
        + "x" * 400
        + "\n\nNext, $X$ is uniform on $\\{1, 2, 3, 4\\}$.\n\n$$H(Z) = 2.5$$\n\n$$H(X) = 2$$\n"
    )
    verdicts = _verdicts(text)
    assert verdicts == {"H(Z) = 1.5": "holds", "H(Z) = 2.5": "unchecked", "H(X) = 2": "holds"}


def test_japanese_dice_and_a_multi_row_display_restated_in_a_box() -> None:
    joint = _joint({"X": range(1, 7), "Y": range(1, 7)}, {"W": lambda o: max(o["X"], o["Y"])})
    h_w = _written(_entropy(joint, "W"))
    text = f"X と Y を独立な公正なサイコロとし、$W = \\max(X, Y)$ とする。\n\n$$H(W) = {h_w}$$\n"
    assert _verdicts(text) == {f"H(W) = {h_w}": "holds"}
    boxed = (
        "\\[H(X) = -\\left(\n\\frac{1}{2}\\log_2\\frac{1}{2} + 2 \\cdot \\frac{1}{4}\\log_2\\frac{1}{4}\n"
        "\\right) = 1.5 \\text{ bits}\\]\n\n\\[\\boxed{H(X) = 1.5 \\text{ bits}}\\]\n"
    )
    claims = check_text(boxed, "a.tex").claims
    assert [claim.verdict for claim in claims] == ["holds", "holds"]
    assert "restates line 3" in claims[1].note


@pytest.mark.parametrize(
    ("opening", "function"),
    [
        (
            r"Let $X$ and $Y$ be independent and uniformly distributed on $\{1, 2, 3\}$, and $Z = |X - Y|$.",
            lambda o: abs(o["X"] - o["Y"]),
        ),
        (
            r"Let $X, Y$ be i.i.d. uniform on $\{1, 2, 3\}$ and let $Z$ be the parity of $X + Y$.",
            lambda o: (o["X"] + o["Y"]) % 2,
        ),
        (
            r"Let $X$ and $Y$ be independent, uniform on $\{1, 2, 3\}$, and $Z = 1\{X = Y\}$.",
            lambda o: int(o["X"] == o["Y"]),
        ),
        ("X 和 Y 相互独立，且 X、Y 在 $\\{1, 2, 3\\}$ 上均匀分布，Z 为 X 与 Y 之积。", lambda o: o["X"] * o["Y"]),
    ],
)
def test_uniform_variables_and_a_function_in_words_or_symbols(opening: str, function: Callable) -> None:
    joint = _joint({"X": (1, 2, 3), "Y": (1, 2, 3)}, {"Z": function})
    h_z, h_x_given_z = _written(_entropy(joint, "Z")), _written(_entropy(joint, "XZ") - _entropy(joint, "Z"))
    text = f"{opening}\n\n$$H(Z) = {h_z}$$\n\n$$H(X|Z) = {h_x_given_z}$$\n"
    assert _verdicts(text) == {f"H(Z) = {h_z}": "holds", f"H(X|Z) = {h_x_given_z}": "holds"}


def test_a_binomial_count_and_a_cosine_of_a_multiple_of_pi() -> None:
    # N counts the heads of three fair tosses; W = cos(πN/2) is 1, 0, -1, 0 for N = 0, 1, 2, 3
    chances = {n: Fraction(math.comb(3, n), 8) for n in range(4)}
    cosine = {0: 1, 1: 0, 2: -1, 3: 0}
    totals: dict[int, Fraction] = {}
    for n, chance in chances.items():
        totals[cosine[n]] = totals.get(cosine[n], Fraction(0)) + chance
    h_w = -mpmath.fsum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)
        for p in totals.values()
    )
    text = f"Let $V \\sim \\mathrm{{Bin}}(3, 1/2)$ and $W = \\cos(\\pi V / 2)$.\n\n$$H(W) = {_written(h_w)}$$\n"
    assert _verdicts(text) == {f"H(W) = {_written(h_w)}": "holds"}


@pytest.mark.parametrize(
    "opening",
    [
        r"Let $X$ and $Y$ be independent random variables, each uniformly distributed on $\{0, 1\}$, and $Z = X + Y$.",
        r"Let $X$ and $Y$ be independent Bernoulli(1/2) random variables and $Z = X + Y$.",
        r"Let $X, Y \stackrel{iid}{\sim} \mathrm{Bern}(1/2)$ be independent, and $Z = X + Y$.",
    ],
)
def test_bits_said_in_other_words(opening: str) -> None:
    joint = _joint({"X": (0, 1), "Y": (0, 1)}, {"Z": lambda o: o["X"] + o["Y"]})
    h_z = _written(_entropy(joint, "Z"))
    assert _verdicts(f"{opening}\n\n$$H(Z) = {h_z}$$\n\n$$H(X|Z=1) = 0.5$$\n") == {
        f"H(Z) = {h_z}": "holds",
        "H(X|Z=1) = 0.5": "false",
    }
