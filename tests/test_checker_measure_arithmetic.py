"""Sentences that give the value of arithmetic on measures (a sum, a difference, a ratio, one measure plus another)
and multiples written after a symbol in Chinese, Japanese and Korean: never judged as one measure's value.

The values are worked out here with mpmath; each arithmetic sentence is tried with its right value and a wrong
one, and neither may be called false, while the same words about one measure are still judged.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text

HEAD = "# Two distributions\n\nLet P = (0.2, 0.5, 0.3) and Q = (0.3, 0.4, 0.3).\n\n"
P = [mpmath.mpf("0.2"), mpmath.mpf("0.5"), mpmath.mpf("0.3")]
Q = [mpmath.mpf("0.3"), mpmath.mpf("0.4"), mpmath.mpf("0.3")]


def _kl(a: list[mpmath.mpf], b: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(x * mpmath.log(x / y, 2) for x, y in zip(a, b, strict=True))


def _entropy(a: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(x * mpmath.log(x, 2) for x in a)


#: What each sentence's value is, in bits.
VALUES = {
    "sum": _kl(P, Q) + _kl(Q, P),
    "plus": _entropy(P) + _kl(P, Q),
    "ratio": _kl(P, Q) / _entropy(P),
    "difference": _kl(Q, P) - _kl(P, Q),
}
#: Sentences giving them, in the languages the checker reads; ``{v}`` is the value.
SENTENCES = [
    ("sum", "The sum of the two KL divergences is {v} bits."),
    ("sum", "The sum of the two KL divergences is about {v} bits."),
    ("sum", "The sum of the two KL divergences is ${v}$ bits."),
    ("plus", "The entropy plus the KL divergence is {v} bits."),
    ("plus", "The KL divergence D(P||Q) plus the entropy H(P) is {v} bits."),
    ("ratio", "The ratio of the KL divergence to the entropy is {v}."),
    ("ratio", "The KL divergence divided by the entropy is approximately {v}."),
    ("difference", "The difference between the two directions is {v} bits."),
    ("difference", "The difference between the two KL divergences is about {v} bits."),
    ("sum", "Die Summe der beiden KL-Divergenzen beträgt {v} bits."),
    ("sum", "La suma de las dos divergencias KL es {v} bits."),
    ("sum", "La somme des deux divergences KL vaut environ {v} bits."),
    ("sum", "A soma das duas divergências KL é aproximadamente {v} bits."),
    ("sum", "Сумма двух дивергенций KL равна примерно {v} бит."),
    ("sum", "两个 KL 散度之和为 {v} bits。"),
    ("sum", "두 KL 발산의 합은 약 {v} bits이다."),
    ("plus", "エントロピーとKLダイバージェンスの和は約 {v} ビットです。"),
    ("ratio", "KL 散度与熵之比约为 {v}。"),
]


def _claims(text: str) -> list[Checked]:
    return [claim for claim in check_text(text, "a.md").claims if claim.kind != "definition"]


@pytest.mark.parametrize(("what", "sentence"), SENTENCES)
def test_arithmetic_of_measures_is_never_judged_as_one_measure(what: str, sentence: str) -> None:
    right = mpmath.nstr(VALUES[what], 3)
    wrong = mpmath.nstr(VALUES[what] * 5, 3)
    for value in (right, wrong):
        claims = _claims(HEAD + sentence.format(v=value) + "\n")
        assert not [claim for claim in claims if claim.verdict == "false"], claims


@pytest.mark.parametrize(
    "sentence",
    [
        "The KL divergence between the two distributions is {v} bits.",
        "La divergencia KL entre las dos distribuciones es {v} bits.",
    ],
)
def test_one_measure_named_with_two_distributions_is_still_judged(sentence: str) -> None:
    (claim,) = _claims(HEAD + sentence.format(v=mpmath.nstr(_kl(P, Q), 3)) + "\n")
    assert claim.verdict == "holds" and float(claim.value or "nan") == pytest.approx(float(_kl(P, Q))), claim
    (claim,) = _claims(HEAD + sentence.format(v="0.0500") + "\n")
    assert claim.verdict == "false", claim


def test_the_sum_written_as_a_formula_is_judged_as_the_sum() -> None:
    right = mpmath.nstr(VALUES["sum"], 3)
    (claim,) = _claims(HEAD + f"$D(P\\|Q) + D(Q\\|P) = {right}$ bits.\n")
    assert claim.verdict == "holds" and float(claim.value or "nan") == pytest.approx(float(VALUES["sum"])), claim
    (claim,) = _claims(HEAD + "$D(P\\|Q) + D(Q\\|P) = 0.0440$ bits.\n")
    assert claim.verdict == "false", claim


CJK_HEAD = "# Two distributions\n\nLet P = (0.5, 0.25, 0.25) and Q = (0.25, 0.25, 0.5).\n\n"
#: H(P) = 1.5 bits and H(P,Q) = 1.75 bits: no multiple of 2 holds, so a multiple read as a value would be false.
MULTIPLES = [
    "D(P||Q) = H(P) 的 2 倍。",
    "D(P||Q) ≈ H(P) の2倍。",
    "D(P||Q) = H(P)의 2배.",
    "D(P||Q) = H(P)의 두 배.",
    "H(P,Q) = 2 倍 H(P)。",
    "H(P,Q) = 2倍のH(P)。",
    "H(P,Q) = 2배 H(P).",
    "$H(P,Q) = 2$ 倍の $H(P)$。",
    "$H(P,Q) \\approx 2$ 倍的 $H(P)$。",
    "$H(P,Q) = 2$ 배의 $H(P)$.",
]


@pytest.mark.parametrize("sentence", MULTIPLES)
def test_a_multiple_after_a_symbol_is_not_a_value(sentence: str) -> None:
    claims = _claims(CJK_HEAD + sentence + "\n")
    assert not claims, claims


@pytest.mark.parametrize(
    "sentence", ["H(P,Q) = 1.75 bits，是 H(P) 的 1.17 倍。", "H(P,Q) = 1.75 bits で、H(P) の 1.17 倍です。"]
)
def test_the_value_before_a_multiple_is_still_judged(sentence: str) -> None:
    (claim,) = _claims(CJK_HEAD + sentence + "\n")
    assert (claim.verdict, claim.value) == ("holds", "1.75"), claim
    (claim,) = _claims(CJK_HEAD + sentence.replace("1.75", "1.85") + "\n")
    assert claim.verdict == "false", claim
