"""KL divergence "not always finite" and "always finite" under a condition, in the languages read: a denial turns
the claim (true: KL is infinite when Q gives 0 to an outcome P can produce), a condition written first leaves it
unjudged there (in a list item too), and the plain "always finite" stays false; "zero exactly when ... certain"
needs the certainty word itself, and a verdict on "the contrary" leaves the sentence before it a claim."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _kl_bits(p: list[int], q: list[int]) -> mpmath.mpf:
    """D_KL(P||Q) in bits of two lists of weights out of 10, infinite where Q gives 0 to an outcome P can produce."""
    total = mpmath.mpf(0)
    for a, b in zip(p, q, strict=True):
        if a and not b:
            return mpmath.inf
        if a:
            total += mpmath.mpf(a) / 10 * mpmath.log(mpmath.mpf(a) / b, 2)
    return total


def _bound_verdicts(text: str) -> list[str]:
    return [claim.verdict for claim in check_text(text + "\n", "finite.md").claims if claim.kind == "bound"]


def test_kl_is_infinite_for_a_zero_of_q() -> None:
    assert _kl_bits([5, 5], [10, 0]) == mpmath.inf  # why "always finite" is false and its denial true
    assert mpmath.isfinite(_kl_bits([5, 5], [9, 1]))


@pytest.mark.parametrize(
    "sentence",
    [
        "KL 발산이 항상 유한한 것은 아니다.",
        "KL 발산은 항상 유한하지는 않다.",
        "KL-дивергенция не всегда конечна.",
        "A divergência KL não é sempre finita.",
        "KL散度未必总是有限的。",
        "KL散度并不总是有限的。",
        "La divergencia KL no es siempre finita.",
    ],
)
def test_not_always_finite_holds(sentence: str) -> None:
    assert _bound_verdicts(sentence) == ["holds"]


@pytest.mark.parametrize(
    "sentence",
    [
        "KL 발산이 항상 유한하다는 것은 오해이다.",
        "KL 발산이 항상 유한하다고 생각하는 것은 잘못이다.",
        "Перекрёстная энтропия тоже не всегда конечна.",
    ],
)
def test_a_doubted_always_finite_is_not_false(sentence: str) -> None:
    assert "false" not in _bound_verdicts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "KL 발산은 항상 유한하다.",
        "KL 발산은 항상 유한합니다.",
        "KL-дивергенция всегда конечна.",
        "A divergência KL é sempre finita.",
        "KL散度总是有限的。",
        "Die KL-Divergenz ist immer endlich.",
        "- KL is always finite.",
    ],
)
def test_always_finite_stays_false(sentence: str) -> None:
    assert _bound_verdicts(sentence) == ["false"]


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        ("두 분포의 서포트가 같으면 KL 발산은 항상 유한하다.", "같으면"),
        ("모든 x에서 q(x) > 0일 때 KL 발산은 항상 유한하다.", "때"),
        ("Q의 서포트가 P의 서포트를 포함하면 KL 발산은 항상 유한하다.", "Q의 서포트"),
        ("只要 q(x) > 0 对所有 x 成立，KL散度就总是有限的。", "只要"),
        ("当 q 处处为正时，KL散度总是有限的。", "当"),
        ("- When both distributions have full support, KL is always finite.", "when both"),
        ("1. When q > 0 everywhere, the KL divergence is always finite.", "when q > 0"),
    ],
)
def test_always_finite_under_a_condition_first_is_unchecked(sentence: str, condition: str) -> None:
    (claim,) = [claim for claim in check_text(sentence + "\n", "finite.md").claims if claim.kind == "bound"]
    assert claim.verdict == "unchecked"
    assert condition in claim.note


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        ("Die Entropie H(X) ist genau dann null, wenn X fast sicher gleichverteilt ist.", []),
        ("Die Entropie H(X) ist genau dann null, wenn X fast sicher nicht konstant ist.", []),
        ("Die Entropie H(X) ist genau dann null, wenn das Ergebnis sicher ist.", ["holds"]),
        ("Die Entropie H(X) ist genau dann null, wenn X fast sicher konstant ist.", ["holds"]),
        ("Die Entropie ist genau dann null, wenn die Verteilung fast sicher auf einem Punkt sitzt.", ["holds"]),
        ("La entropía es cero cuando uno de los resultados es seguro.", ["holds"]),
        ("L'entropie est nulle lorsque l'issue est certaine et les autres impossibles.", ["holds"]),
        ("Die Entropie ist null, wenn ein Ergebnis Wahrscheinlichkeit 1 hat.", ["holds"]),
        ("A entropia é zero quando o resultado é certo.", ["holds"]),
    ],
)
def test_zero_when_certain_needs_the_certainty_word_itself(sentence: str, verdicts: list[str]) -> None:
    assert _bound_verdicts(sentence) == verdicts


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        ("La divergence KL est toujours positive ou nulle ; penser le contraire, c'est une erreur.", ["holds"]),
        ("La divergence KL n'est pas symétrique ; croire le contraire, c'est une erreur.", ["holds"]),
        ("La divergence KL est symétrique ; c'est une erreur.", []),
    ],
)
def test_a_verdict_on_the_contrary_leaves_the_claim(sentence: str, verdicts: list[str]) -> None:
    claims = check_text(sentence + "\n", "contraire.md").claims
    assert [claim.verdict for claim in claims] == verdicts
