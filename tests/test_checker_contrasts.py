"""A measure named only to be set against another ("unlike KL, the JSD is symmetric") is not the subject of the
property, and a logarithm of 0 set to 0 as a convention is not a claim.

The facts: the JSD is symmetric and the KL divergence is not (worked with mpmath on distributions of our own);
the logarithm of 0 is minus infinity, while 0 log 0 tends to 0.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _verdicts(text: str) -> list[tuple[str, str]]:
    return [(item.kind, item.verdict) for item in check_text(text, "a.md").claims]


def test_the_facts() -> None:
    p, q = [mpmath.mpf(1) / 5, mpmath.mpf(4) / 5], [mpmath.mpf(1) / 2, mpmath.mpf(1) / 2]

    def kl(a: list[mpmath.mpf], b: list[mpmath.mpf]) -> mpmath.mpf:
        return mpmath.fsum(x * mpmath.log(x / y) for x, y in zip(a, b, strict=True))

    def jsd(a: list[mpmath.mpf], b: list[mpmath.mpf]) -> mpmath.mpf:
        m = [(x + y) / 2 for x, y in zip(a, b, strict=True)]
        return (kl(a, m) + kl(b, m)) / 2

    assert not mpmath.almosteq(kl(p, q), kl(q, p))
    assert mpmath.almosteq(jsd(p, q), jsd(q, p))
    tiny = mpmath.mpf(10) ** -30
    assert (
        abs(tiny * mpmath.log(tiny)) < mpmath.mpf(10) ** -27 and mpmath.log(tiny) < -60
    )  # 0 log 0 -> 0, log 0 -> -inf


@pytest.mark.parametrize(
    "text",
    [
        "JSダイバージェンスは、KLダイバージェンスとは異なり対称だ。\n",
        "JSダイバージェンスの性質：KLダイバージェンスとは異なり対称である。\n",
        "JSダイバージェンスはKLダイバージェンスと違って対称です。\n",
        "JS 발산은 KL 발산과 달리 대칭이다.\n",
        "与KL散度不同，JS散度是对称的。\n",
        "A diferencia de la divergencia KL, la divergencia JS es simétrica.\n",
    ],
)
def test_a_measure_set_against_the_subject_is_not_said_symmetric(text: str) -> None:
    assert ("symmetry", "false") not in _verdicts(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("KLダイバージェンスは対称だ。\n", "false"),
        ("KL 발산은 대칭이다.\n", "false"),
        ("KL散度是对称的。\n", "false"),
        ("La divergencia KL es simétrica.\n", "false"),
        ("JS散度是对称的。\n", "holds"),
    ],
)
def test_the_subject_itself_is_still_judged(text: str, verdict: str) -> None:
    assert ("symmetry", verdict) in _verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Here we define $\\log 0 = 0$ so that empty outcomes add nothing.\n",
        "ここで $\\log 0 = 0$ と定義する。\n",
        "We use the convention log 0 = 0.\n",
        "约定 $\\log_2 0 = 0$。\n",
        "On pose $\\ln 0 = 0$ par convention.\n",
        "Положим $\\log 0 = 0$.\n",
    ],
)
def test_a_convention_for_the_logarithm_of_zero_is_not_a_claim(text: str) -> None:
    (claim,) = check_text(text, "a.md").claims
    assert claim.verdict == "unchecked"
    assert "convention" in claim.note


def test_the_logarithm_of_zero_set_to_zero_without_a_convention_is_false() -> None:
    (claim,) = check_text("Note that $\\log 0 = 0$ here.\n", "a.md").claims
    assert claim.verdict == "false"
    assert claim.value == "-inf"


def test_a_false_value_beside_a_convention_is_still_false() -> None:
    text = "We define $\\log 0 = 0$. For P = (1/2, 1/2), $H(P) = 2$ bits.\n"
    verdicts = [item.verdict for item in check_text(text, "a.md").claims]
    assert "false" in verdicts
