"""A value compared with another measure ("H(Y|X) is 0.311 bits below H(Y)", "0,311 Bit weniger als") is no value
of the measure; a divergence from the sum p + q (no distribution) may be negative; "it is wrong to think that"
before an equation, in the languages read, shows a mistake and states nothing."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

mpmath.mp.dps = 30
_JOINT = "p(0,0) = 1/4, p(0,1) = 1/4, p(1,0) = 1/2, p(1,1) = 0.\n\n"


def _bits(probabilities: list[Fraction]) -> mpmath.mpf:
    exact = [mpmath.mpf(p.numerator) / p.denominator for p in probabilities if p]
    return -sum(p * mpmath.log(p, 2) for p in exact)


def _gap() -> tuple[mpmath.mpf, mpmath.mpf]:
    """H(Y) and H(Y|X) of the joint above, in bits."""
    marginal_y = _bits([Fraction(3, 4), Fraction(1, 4)])
    joint = _bits([Fraction(1, 4), Fraction(1, 4), Fraction(1, 2)])
    return marginal_y, joint - _bits([Fraction(1, 2), Fraction(1, 2)])


@pytest.mark.parametrize(
    "sentence",
    [
        "The conditional entropy H(Y|X) is {gap} bits below H(Y).",
        "The conditional entropy H(Y|X) is {gap} bits lower than H(Y).",
        "Die bedingte Entropie H(Y|X) ist {gap} Bit weniger als H(Y).",
        "L'entropie conditionnelle H(Y|X) vaut {gap} bit de moins que H(Y).",
        "La entropía condicional H(Y|X) es {gap} bits menor que H(Y).",
    ],
)
def test_a_difference_is_no_value_of_the_measure(sentence: str) -> None:
    entropy, conditional = _gap()
    assert mpmath.nstr(conditional, 3) == "0.5"
    gap = mpmath.nstr(entropy - conditional, 3)  # 0.311
    written = gap.replace(".", ",") if " ist " in sentence or " vaut " in sentence or " es " in sentence else gap
    claims = check_text(_JOINT + sentence.format(gap=written) + "\n", "gap.md").claims
    assert [claim.verdict for claim in claims if claim.verdict == "false"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Entropie H(Y) ist {short} Bit weniger als das Maximum von 1 Bit.",
        "L'entropie H(Y) vaut {short} bit de moins que le maximum, 1 bit.",
        "La entropía H(Y) es {short} bits menor que el máximo de 1 bit.",
    ],
)
def test_a_shortfall_abroad_is_no_value_of_the_entropy(sentence: str) -> None:
    entropy, _ = _gap()
    short = mpmath.nstr(1 - entropy, 3).replace(".", ",")  # 0,189 bit below the largest entropy of two outcomes
    assert short == "0,189"
    claims = check_text(_JOINT + sentence.format(short=short) + "\n", "gap.md").claims
    assert [claim.verdict for claim in claims if claim.kind == "entropy"] == []


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The conditional entropy H(Y|X) is {value} bits.", "holds"),
        ("The conditional entropy H(Y|X) is 0.311 bits.", "false"),
    ],
)
def test_the_value_itself_is_still_judged(sentence: str, verdict: str) -> None:
    _, conditional = _gap()
    text = _JOINT + sentence.format(value=mpmath.nstr(conditional, 3)) + "\n"
    (claim,) = [claim for claim in check_text(text, "gap.md").claims if claim.kind == "conditional_entropy"]
    assert claim.verdict == verdict
    if verdict == "false":
        assert claim.value is not None and mpmath.almosteq(mpmath.mpf(claim.value), conditional, 1e-9)


def test_a_divergence_from_the_sum_is_not_called_negative() -> None:
    p, q = [mpmath.mpf("0.9"), mpmath.mpf("0.1")], [mpmath.mpf("0.5"), mpmath.mpf("0.5")]
    summed = sum(a * mpmath.log(a / (a + b)) for a, b in zip(p, q, strict=True))
    value = mpmath.nstr(summed, 4)  # -0.5768 nats: the sum the identity describes
    assert value == "-0.5768"
    text = (
        "Let p = (0.9, 0.1) and q = (0.5, 0.5).\n\n"
        f"D(p || p+q) = D(p||m) - log 2 where m = (p+q)/2; numerically D(p || p+q) = {value} nats.\n\n"
        "But D(p||q) = -0.2 nats.\n"
    )
    claims = [claim for claim in check_text(text, "sum.md").claims if claim.kind == "kl"]
    verdicts = {claim.text: claim.verdict for claim in claims}
    assert verdicts[f"D(p || p+q) = {value}"] != "false"
    assert verdicts["D(p||q) = -0.2"] == "false"  # a KL of two distributions is never negative
    (wrong,) = [claim for claim in claims if claim.text == "D(p||q) = -0.2"]
    kl = sum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))
    assert wrong.value is not None and mpmath.almosteq(mpmath.mpf(wrong.value), kl, 1e-9)


@pytest.mark.parametrize(
    "lead",
    [
        "Ошибочно считать, что",
        "It is wrong to think that",
        "C'est une erreur de croire que",
        "Es un error pensar que",
        "Es ist falsch zu glauben, dass",
        "É um erro pensar que",
        "È sbagliato pensare che",
        "很多人误以为",
    ],
)
def test_it_is_wrong_to_think_shows_a_mistake(lead: str) -> None:
    assert list(check_text(f"{lead} D(p||q) = D(q||p).\n", "myth.md").claims) == []


@pytest.mark.parametrize(
    "lead", ["Не ошибочно утверждать, что", "It is not wrong to say that", "No es un error pensar que"]
)
def test_a_denied_mistake_is_a_claim(lead: str) -> None:
    p, q = [mpmath.mpf("0.9"), mpmath.mpf("0.1")], [mpmath.mpf("0.5"), mpmath.mpf("0.5")]
    kl = sum(a * mpmath.log(a / b, 2) for a, b in zip(p, q, strict=True))
    assert mpmath.nstr(kl, 3) == "0.531"
    text = f"Let p = (0.9, 0.1) and q = (0.5, 0.5).\n\n{lead} D(p||q) = 0.531 bits.\n"
    (claim,) = [claim for claim in check_text(text, "myth.md").claims if claim.kind == "kl"]
    assert claim.verdict == "holds"
    assert claim.value is not None and mpmath.almosteq(mpmath.mpf(claim.value), kl, 1e-9)


def test_an_equation_only_thought_stays_judged() -> None:
    (claim,) = check_text("Many people think that D(p||q) = D(q||p).\n", "myth.md").claims
    assert claim.verdict == "false"
