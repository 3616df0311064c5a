"""Arithmetic that holds on wrong inputs, and values the arithmetic hides: joint measures beyond what the variables'
own distributions allow, arithmetic that carries a value found false above, and an information gain worked out."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs.checker import check_text


def _h(probabilities: list[Fraction]) -> mpmath.mpf:
    return -sum(
        (mpmath.mpf(p.numerator) / p.denominator) * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)
        for p in probabilities
        if p
    )


def _expansion(name: str, probabilities: list[Fraction]) -> str:
    return f"H({name}) = -(" + " + ".join(f"{float(p)} log2 {float(p)}" for p in probabilities) + ")"


def _verdicts(text: str, name: str = "worked.txt") -> dict[str, tuple[str, str]]:
    return {claim.text: (claim.verdict, claim.note) for claim in check_text(text, name).claims}


X = [Fraction(3, 5), Fraction(2, 5)]
Y = [Fraction(1, 5), Fraction(3, 10), Fraction(1, 2)]
MARGINS = f"Step 1.\n{_expansion('X', X)}\n{_expansion('Y', Y)}\n"


def test_a_joint_measure_beyond_the_bounds_of_the_margins_is_false() -> None:
    hx, hy = _h(X), _h(Y)  # 0.971 and 1.485 bits
    assert 0.97 < hx < 0.972 and 1.48 < hy < 1.49
    text = MARGINS + (
        "I(X;Y) = H(X) + H(Y) - H(X,Y)\n"
        "I(X;Y) = 1.5 + 1.485 - 1.9 = 1.085 bits\n"  # more than H(X): impossible
        "H(X,Y) = 2.6 bits\n"  # more than H(X) + H(Y) = 2.456
        "H(X,Y) = 1.3 bits\n"  # less than max(H(X), H(Y)) = 1.485
        "H(X|Y) = 1.2 bits\n"  # more than H(X)
        "H(Y|X) = 0.4 bits\n"  # less than H(Y) - H(X) = 0.514
    )
    found = _verdicts(text)
    assert found["I(X;Y) = 1.085"][0] == "false"
    assert f"{float(hx):.6f}"[:6] in found["I(X;Y) = 1.085"][1]
    for claim in ("H(X,Y) = 2.6", "H(X,Y) = 1.3", "H(X|Y) = 1.2", "H(Y|X) = 0.4"):
        assert found[claim][0] == "false", (claim, found[claim])
    assert found["1.5 + 1.485 - 1.9 = 1.085"][0] == "holds"  # the arithmetic itself is right


def test_a_joint_measure_within_the_bounds_is_left_unchecked() -> None:
    text = MARGINS + "I(X;Y) = 0.5 bits\nH(X,Y) = 2.2 bits\nH(X|Y) = 0.9 bits\nH(Y|X) = 0.52 bits\n"
    found = _verdicts(text)
    for claim in ("I(X;Y) = 0.5", "H(X,Y) = 2.2", "H(X|Y) = 0.9", "H(Y|X) = 0.52"):
        assert found[claim][0] == "unchecked", (claim, found[claim])


def test_a_negative_conditional_entropy_is_false_when_the_margins_are_known() -> None:
    found = _verdicts(MARGINS + "H(X|Y) = 1.2 - 1.7 = -0.5 bits\n")  # H(X) < H(Y): its least value is 0
    assert found["H(X|Y) = -0.5"][0] == "false"
    assert "never negative" in found["H(X|Y) = -0.5"][1]


def _rounded(value: mpmath.mpf) -> str:
    """The value to 3 decimal places, as an author writes it (``0.000``, not ``-4.44e-16`` for a zero)."""
    return f"{abs(float(value)) if abs(value) < 1e-9 else float(value):.3f}"


cells = st.lists(st.integers(0, 9), min_size=6, max_size=6).filter(lambda counts: sum(counts) > 0)


@settings(max_examples=30, deadline=None)
@given(cells)
def test_true_joint_values_are_never_called_false_from_the_margins(counts: list[int]) -> None:
    """A 2x3 joint table the page does not show: its true measures, rounded, are never false against the margins."""
    joint = [Fraction(count, sum(counts)) for count in counts]
    x = [sum(joint[:3], Fraction(0)), sum(joint[3:], Fraction(0))]
    y = [joint[i] + joint[i + 3] for i in range(3)]
    if not all(x) or not all(y):
        return
    hxy = _h(joint)
    hx, hy = _h(x), _h(y)
    lines = [
        f"Step 1.\n{_expansion('X', x)}\n{_expansion('Y', y)}",
        f"H(X,Y) = {_rounded(hxy)} bits",
        f"H(X|Y) = {_rounded(hxy - hy)} bits",
        f"I(X;Y) = {_rounded(hx + hy - hxy)} bits",
    ]
    for claim in check_text("\n".join(lines) + "\n", "joint.txt").claims:
        assert claim.verdict != "false", claim


def test_arithmetic_on_a_value_found_false_above_is_not_said_to_hold() -> None:
    text = MARGINS + (
        "H(X) = 1.272 bits\n"  # false: 0.971
        "I(X;Y) = H(X) + H(Y) - H(X,Y) = 1.272 + 1.485 - 2.3 = 0.457 bits\n"
        "I(X;Y) = 0.971 + 1.485 - 2.3 = 0.156 bits\n"
    )
    found = _verdicts(text)
    assert found["H(X) = 1.272"][0] == "false"
    verdict, note = found["1.272 + 1.485 - 2.3 = 0.457"]
    assert verdict == "unchecked" and "1.272 is the value line 4 gives for H(X), which is false" in note
    assert found["0.971 + 1.485 - 2.3 = 0.156"][0] == "holds"  # its numbers were not found false


_GAIN_MARKDOWN = (
    "# A split\n\n$$IG = 0.971 - 0.5 = 0.461$$\n\n$$\\text{IG}(S, A) = 0.971 - 0.5 = 0.471$$\n\n"
    "$\\mathrm{Gain}(S, \\text{wind}) = 0.940 - 0.892 = 0.048$\n"
)
_GAIN_TEXT = (
    "IG = H(parent) - H(children) = 0.971 - 0.5 = 0.461 bits.\n\n"
    "Information gain = 0.971 - 0.5 = 0.471 bits.\n\n"
    "Ganancia de información = 0.881 - 0.551 = 0.330\n\n"
    "信息增益 = 0.971 - 0.551 = 0.420\n"
)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            _GAIN_MARKDOWN,
            "split.md",
            {"0.971 - 0.5 = 0.461": "false", "0.971 - 0.5 = 0.471": "holds", "0.940 - 0.892 = 0.048": "holds"},
        ),
        (
            _GAIN_TEXT,
            "split.txt",
            {
                "0.971 - 0.5 = 0.461": "false",
                "0.971 - 0.5 = 0.471": "holds",
                "0.881 - 0.551 = 0.330": "holds",
                "0.971 - 0.551 = 0.420": "holds",
            },
        ),
    ],
)
def test_an_information_gain_worked_out_is_judged_as_arithmetic(text: str, name: str, expected: dict[str, str]) -> None:
    """``IG = 0.971 - 0.5 = 0.461``: no measure symbol, but the gain's name; in Markdown, text and other languages.
    The gain of a split of a (3/5, 2/5) parent into children of weighted entropy 1/2 is 0.471 bits."""
    parent = _h([Fraction(3, 5), Fraction(2, 5)])
    assert abs((parent - mpmath.mpf(1) / 2) - mpmath.mpf("0.471")) < mpmath.mpf("0.0005")
    found = _verdicts(text, name)
    assert {claim: found[claim][0] for claim in expected} == expected


def test_plain_arithmetic_without_a_gain_name_stays_unread() -> None:
    assert not check_text("Totals: x = 0.971 - 0.5 = 0.461\n\nRate = 3 - 1 = 2\n", "plain.txt").claims


def test_a_value_under_a_formula_and_its_second_unit_are_each_judged() -> None:
    """ "which equals 0.5108 nats (0.7370 bits)" under the KL written out: each value in its own unit."""
    kl = mpmath.mpf("0.5") * mpmath.log(mpmath.mpf(5) / 9) + mpmath.mpf("0.5") * mpmath.log(5)
    nats, bits = mpmath.nstr(kl, 4), mpmath.nstr(kl / mpmath.log(2), 4)
    wrong = mpmath.nstr(kl / mpmath.log(2) + mpmath.mpf("0.1"), 4)
    formula = "$$D_{KL}(P\\|Q) = 0.5\\ln\\frac{0.5}{0.9} + 0.5\\ln\\frac{0.5}{0.1}$$"
    for second, verdict in (
        (f"({bits} bits)", "holds"),
        (f"({wrong} bits)", "false"),
        (f", i.e. {wrong} bits", "false"),
    ):
        text = f"# Coins\n\nLet P = (0.5, 0.5) and Q = (0.9, 0.1).\n\n{formula}\n\nwhich equals {nats} nats {second}.\n"
        found = _verdicts(text.replace("nats ,", "nats,"), "coins.md")
        assert found[f"D_{{KL}}(P\\|Q) = {nats}"][0] == "holds"
        shown = second.strip("(), ie.").split()[0]
        assert found[f"D_{{KL}}(P\\|Q) = {shown}"][0] == verdict, (second, found)
    text = f"# Coins\n\nLet P = (0.5, 0.5) and Q = (0.9, 0.1).\n\n{formula}\n\nwhich is 1 bit more than nothing.\n"
    assert all("= 1" not in claim for claim in _verdicts(text, "coins.md"))


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        ("H(D) = \\sum_{i=1}^n i/2^i \\le 2", "unchecked"),  # log2 of 8 equally likely outcomes is 3
        ("H(D) < 3", "unchecked"),
        ("H(D) \\ge 0", "holds"),
        ("\\mathrm{JSD}(P\\|Q) \\le \\ln 2", "holds"),
    ],
)
def test_a_number_above_an_unbounded_measure_of_distributions_not_given_is_not_a_truth_about_all(
    formula: str, verdict: str
) -> None:
    assert mpmath.log(16, 2) > 3  # 16 equally likely outcomes: an entropy above both bounds
    claims = check_text(f"Consider a distribution $D$.\n\n$${formula}$$\n", "bound.md").claims
    assert [claim.verdict for claim in claims if claim.kind == "bound"] == [verdict]


SPLIT_STEPS = [
    "Expected entropy after splitting on Wind:\n\nE = {sum}\n= {result}\n\nGain(Wind) = 0.940 - {result} = {gain}\n",
    "Entropía esperada tras dividir por Viento:\n\n= {sum}\n= {result}\n\n"
    "Ganancia(Viento) = 0,940 - {result} = {gain}\n",
    "按风力划分后的期望熵为\n\n= {sum}\n= {result}\n\n所以信息增益为 0.940 - {result} = {gain} 比特。\n",
    "Ожидаемая энтропия после разбиения:\n\n= {sum}\n= {result}\n\nприрост информации 0,940 - {result} = {gain} бит.\n",
]


@pytest.mark.parametrize("page", SPLIT_STEPS)
def test_a_gain_worked_from_a_weighted_sum_found_false_is_not_judged(page: str) -> None:
    comma = "0,940" in page
    weighted = mpmath.mpf(8) / 14 * mpmath.mpf("0.811") + mpmath.mpf(6) / 14  # 0.892: the line says 0.911
    assert mpmath.nstr(weighted, 3) == "0.892"

    def written(value: str) -> str:
        return value.replace(".", ",") if comma else value

    terms = f"8/14 · {written('0.811')} +\n6/14 · {written('1.000')}"
    text = page.format(sum=terms, result=written("0.911"), gain=written("0.029"))
    claims = {claim.lines[0]: claim for claim in check_text(text, "split.md").claims}
    assert claims[5].verdict == "false" and claims[5].value is not None
    assert abs(mpmath.mpf(claims[5].value) - weighted) < mpmath.mpf("1e-9")
    assert claims[7].verdict == "unchecked" and claims[7].value is None
    assert "line 5 gives" in claims[7].note and "0.892" in claims[7].note
    # the same steps on the right sum: the gain holds, as 0.940 - 0.892 = 0.048
    right = page.format(sum=terms, result=written("0.892"), gain=written("0.048"))
    verdicts = {claim.lines[0]: (claim.verdict, claim.value) for claim in check_text(right, "split.md").claims}
    assert verdicts[5][0] == verdicts[7][0] == "holds"
    assert verdicts[7][1] is not None and abs(mpmath.mpf(verdicts[7][1]) - mpmath.mpf("0.048")) < mpmath.mpf("1e-9")
