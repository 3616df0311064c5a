"""Joints written as outcomes and their probabilities, as a Markdown table of events, or as one bit's probability
before a binary symmetric channel; and an equation that makes a measure the product of two entropies."""

from __future__ import annotations

import itertools

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _entropy(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w)


def _margin(joint: dict[tuple[int, ...], mpmath.mpf], places: tuple[int, ...]) -> list[mpmath.mpf]:
    totals: dict[tuple[int, ...], mpmath.mpf] = {}
    for event, weight in joint.items():
        key = tuple(event[i] for i in places)
        totals[key] = totals.get(key, mpmath.mpf(0)) + weight
    return list(totals.values())


def _h(joint: dict[tuple[int, ...], mpmath.mpf], *places: int) -> mpmath.mpf:
    return _entropy(_margin(joint, places))


def _claims(text: str) -> dict[str, Checked]:
    return {claim.text.rstrip("."): claim for claim in check_text(text, "a.md").claims}


def _value(claim: Checked) -> mpmath.mpf:
    return mpmath.mpf(claim.note.split(" = ", 1)[1].split(" ")[0])


_PAIRS = {(0, 0): mpmath.mpf("0.4"), (0, 1): mpmath.mpf("0.1"), (1, 0): mpmath.mpf("0.1"), (1, 1): mpmath.mpf("0.4")}
_SKEWED = {(0, 0): mpmath.mpf(1) / 2, (0, 1): mpmath.mpf(1) / 4, (1, 1): mpmath.mpf(1) / 4}


@pytest.mark.parametrize(
    ("text", "joint"),
    [
        ("The four outcomes (0,0), (0,1), (1,0), (1,1) have probabilities 0.4, 0.1, 0.1, 0.4.", _PAIRS),
        ("La coppia (X,Y) assume i valori (0,0), (0,1) e (1,1) con probabilità 1/2, 1/4, 1/4.", _SKEWED),
        ("Les issues (0,0), (0,1), (1,1) ont pour probabilités 1/2, 1/4 et 1/4.", _SKEWED),
        ("Los pares (0,0), (0,1) y (1,1) ocurren con probabilidades 1/2, 1/4 y 1/4.", _SKEWED),
        ("| x | y | p(x,y) |\n|---|---|---|\n| 0 | 0 | 1/2 |\n| 0 | 1 | 1/4 |\n| 1 | 1 | 1/4 |", _SKEWED),
        (
            "| $X$ | $Y$ | $P$ |\n|---|---|---|\n| 0 | 0 | 0.4 |\n| 0 | 1 | 0.1 |\n| 1 | 0 | 0.1 |\n| 1 | 1 | 0.4 |",
            _PAIRS,
        ),
    ],
)
def test_a_joint_of_two_written_outcome_by_outcome_gives_its_measures(
    text: str, joint: dict[tuple[int, ...], mpmath.mpf]
) -> None:
    # Our own truth, from the joint with mpmath; the claims below round it, the last one is a wrong 1/2.
    both, x, y = _h(joint, 0, 1), _h(joint, 0), _h(joint, 1)
    truth = {"H(X,Y)": both, "H(Y|X)": both - x, "I(X;Y)": x + y - both}
    written = f"H(X,Y) = {mpmath.nstr(both, 4)} bits, H(Y|X) = {mpmath.nstr(both - x, 4)} bits and I(X;Y) = 0.5 bits."
    claims = _claims(f"# Note\n\n{text}\n\nThen {written}\n")
    for name, value in truth.items():
        (claim,) = [claim for key, claim in claims.items() if key.startswith(name)]
        assert mpmath.almosteq(_value(claim), value, 1e-8)
        assert claim.verdict == ("false" if name == "I(X;Y)" else "holds")


@pytest.mark.parametrize(
    "text",
    [
        "Das Tripel (X, Y, Z) nimmt (0,0,0), (0,1,1), (1,0,1), (1,1,0) mit Wahrscheinlichkeiten 1/4, 1/4, 1/4, 1/4 an.",
        "| x | y | z | p |\n|---|---|---|---|\n| 0 | 0 | 0 | 1/4 |\n| 0 | 1 | 1 | 1/4 |\n| 1 | 0 | 1 | 1/4 |\n"
        "| 1 | 1 | 0 | 1/4 |",
    ],
)
def test_a_joint_of_three_written_outcome_by_outcome_gives_conditional_measures(text: str) -> None:
    # Our own truth: Z = X xor Y of fair bits: H(X|Z) = 1 and I(X;Y|Z) = H(X|Z) - H(X|Y,Z) = 1, not 1/2.
    joint: dict[tuple[int, ...], mpmath.mpf] = {
        (x, y, x ^ y): mpmath.mpf(1) / 4 for x, y in itertools.product((0, 1), repeat=2)
    }
    given = _h(joint, 0, 2) - _h(joint, 2)
    mutual = given - (_h(joint, 0, 1, 2) - _h(joint, 1, 2))
    claims = _claims(f"# Note\n\n{text}\n\nThen H(X|Z) = 1 bit and I(X;Y|Z) = 1/2 bit.\n")
    assert claims["H(X|Z) = 1"].verdict == "holds" and mpmath.almosteq(given, 1)
    assert claims["I(X;Y|Z) = 1/2"].verdict == "false" and mpmath.almosteq(mutual, 1)
    assert claims["I(X;Y|Z) = 1/2"].note.startswith("I(X;Y|Z) = 1 bit, but")


@pytest.mark.parametrize(
    ("text", "zero", "flip"),
    [
        ("The input has p(x=0) = 0.3. It is sent over a BSC with crossover probability 0.1.", "0.3", "0.1"),
        (
            "Un bit X con P(X=0) = 0.3 passa per un canale binario simmetrico con probabilità di errore 0.1.",
            "0.3",
            "0.1",
        ),
        ("Un bit X avec P(X=1) = 0.4 traverse un canal binaire symétrique de probabilité d'erreur 0.2.", "0.6", "0.2"),
    ],
)
def test_one_bits_probability_before_a_binary_symmetric_channel_gives_the_joint(
    text: str, zero: str, flip: str
) -> None:
    # Our own truth: p(y=0) = p0 (1 - e) + (1 - p0) e; H(Y|X) = h(e); I(X;Y) = H(Y) - h(e).
    p0, e = mpmath.mpf(zero), mpmath.mpf(flip)
    y0 = p0 * (1 - e) + (1 - p0) * e
    output, noise = _entropy([y0, 1 - y0]), _entropy([e, 1 - e])
    written = f"H(Y) = {mpmath.nstr(output, 3)} bits. H(Y|X) = {mpmath.nstr(noise, 3)} bits. I(X;Y) = 0.41 bits."
    claims = _claims(f"# Note\n\n{text}\n\n{written}\n")
    assert claims[f"H(Y) = {mpmath.nstr(output, 3)}"].verdict == "holds"
    assert claims[f"H(Y|X) = {mpmath.nstr(noise, 3)}"].verdict == "holds"
    assert claims["I(X;Y) = 0.41"].verdict == "false"
    assert mpmath.almosteq(_value(claims["I(X;Y) = 0.41"]), output - noise, 1e-8)


def test_a_lone_probability_of_a_bit_with_other_values_near_it_gives_no_input() -> None:
    # X takes three values here: the channel's input is not the bit P(X=0) alone would make it.
    text = (
        "# Note\n\nP(X=0) = 0.3 and X may also be 2. A BSC with crossover probability 0.1 follows, P(X=2) = 0.5.\n\n"
        "H(Y|X) = 0.469 bits.\n"
    )
    assert all(claim.verdict == "unchecked" for claim in check_text(text, "a.md").claims)


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        ("The joint entropy is the product of the marginal entropies: H(X,Y) = H(X)H(Y).", 2, 1),
        ("$$I(X;Y) = H(X) \\cdot H(Y)$$", 0, 1),
        ("Es gilt $H(X|Y) = H(X) * H(Y)$.", 0, 1),  # a fair bit taken twice: H(X|Y) = 0, H(X)H(Y) = 1
    ],
)
def test_a_measure_made_the_product_of_two_entropies_is_false(text: str, left: int, right: int) -> None:
    # Our own truth on fair bits: independent, H(X,Y) = 2 and I(X;Y) = 0; H(X)H(Y) = 1.
    fair = _entropy([mpmath.mpf(1) / 2] * 2)
    assert mpmath.almosteq(fair * fair, 1)
    (claim,) = check_text(f"# Note\n\n{text}\n", "a.md").claims
    assert claim.verdict == "false"
    assert claim.note.endswith(f"the left side is {left} bits and the right side {right}")


@pytest.mark.parametrize(
    "text",
    [
        "For our two sensors, H(X,Y) = H(X) H(Y) = 4 bits.",
        "The outcomes (0,0), (0,1), (1,1) have probabilities 0.5, 0.25 and 0.3.\n\nThen H(X,Y) = 1.5 bits.",
        "| x | y | p |\n|---|---|---|\n| 0 | 0 | 1/2 |\n| 0 | 0 | 1/2 |\n\nThen H(X,Y) = 1 bit.",
    ],
)
def test_what_is_not_a_joint_or_a_law_is_never_false(text: str) -> None:
    # Its own variables, probabilities adding up to 1.05, an event written twice.
    assert all(claim.verdict != "false" for claim in check_text(f"# Note\n\n{text}\n", "a.md").claims)
