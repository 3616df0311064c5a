"""A KL divergence taken from the plain sum ``p + q`` where a proof needs the mixture ``(p+q)/2``."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text

#: A pair of our own, for the truth of each step, computed with mpmath apart from the checker.
_P = [mpmath.mpf(1) / 8, mpmath.mpf(5) / 8, mpmath.mpf(1) / 4]
_Q = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 4]


def _kl_from(weights: list[mpmath.mpf], other: list[mpmath.mpf]) -> mpmath.mpf:
    """sum p log(p / r) for any positive r, a distribution or not (nats)."""
    return mpmath.fsum(p * mpmath.log(p / r) for p, r in zip(weights, other, strict=True))


def _jsd_and_slip() -> tuple[mpmath.mpf, mpmath.mpf]:
    """JSD(p||q) and the slip's D(p||p+q) + D(q||p+q), each sum read as written (nats)."""
    mixture = [(p + q) / 2 for p, q in zip(_P, _Q, strict=True)]
    summed = [p + q for p, q in zip(_P, _Q, strict=True)]
    return (_kl_from(_P, mixture) + _kl_from(_Q, mixture)) / 2, _kl_from(_P, summed) + _kl_from(_Q, summed)


def _gap_in_log2() -> mpmath.mpf:
    """How much ``-log 4 + 2 JSD(p||q)`` exceeds ``-log 4 + D(p||p+q) + D(q||p+q)``, in units of log 2."""
    jsd, slipped = _jsd_and_slip()
    return (2 * jsd - slipped) / mpmath.log(2)


def _claims(text: str) -> list[Checked]:
    return list(check_text(text, "a.md").claims)


_ENGLISH = r"""# The optimum of the minimax game

$$
\begin{aligned}
C(G) &= \max_D V(G, D) \\
&= -\log 4 + KL(p_{data} \| p_{data}+p_g) + KL(p_g \| p_{data}+p_g) \\
&= -\log 4 + 2 \cdot JSD(p_{data} \| p_g)
\end{aligned}
$$
"""

_KOREAN = r"""# GAN의 전역 최적해

최적 판별자를 대입하면

$$V(G, D^*) = -\log 4 + D_{KL}(p_{data} \| p_{data}+p_g) + D_{KL}(p_g \| p_{data}+p_g)
= -\log 4 + 2\,JSD(p_{data} \| p_g)$$
"""

_CHINESE = r"""# 生成对抗网络的最优解

$$
\begin{aligned}
C(G) &= -\log 4 + \mathrm{KL}(p_r \,\Big\|\, \tfrac{p_r + p_g}{2}) + \mathrm{KL}(p_g \,\Big\|\, \tfrac{p_r + p_g}{2}) \\
&= -\log 4 + 2\,\mathrm{JSD}(p_r \| p_g) \\
&= -2\log 2 + \mathrm{KL}\left(p_r \,\Big\|\, p_r + p_g\right) + \mathrm{KL}\left(p_g \,\Big\|\, p_r + p_g\right)
\end{aligned}
$$
"""

_GERMAN = r"""# Optimaler Diskriminator

Setzt man $D^*$ ein, so folgt $2\, JS(P \| Q) - \log 4 = D(P \| P + Q) + D(Q \| P + Q) - \log 4$.
"""


@pytest.mark.parametrize(("text", "line"), [(_ENGLISH, 7), (_KOREAN, 6), (_CHINESE, 7), (_GERMAN, 3)])
def test_the_sum_in_place_of_the_mixture_is_false_by_two_log_two(text: str, line: int) -> None:
    # Our own truth: each KL taken from p + q is log 2 below the one from (p+q)/2, so the step loses 2 log 2.
    assert mpmath.almosteq(_gap_in_log2(), 2, 1e-30)
    (false,) = [claim for claim in _claims(text) if claim.verdict == "false"]
    assert false.lines == (line,)
    assert "sums to 2" in false.note and "mixture is (" in false.note
    assert "2 log 2 more than the" in false.note


def test_the_mixture_itself_holds_beside_the_slip() -> None:
    held = [claim for claim in _claims(_CHINESE) if claim.verdict == "holds"]
    assert [claim.lines for claim in held] == [(6,)]


def test_a_step_that_agrees_only_when_the_sum_is_read_as_written_is_left_unchecked() -> None:
    # Read as sum p log(p/(p+q)), both sides are 2 JSD - log 4: no verdict on a divergence from what is no distribution.
    jsd, slipped = _jsd_and_slip()
    assert mpmath.almosteq(2 * jsd - mpmath.log(4), slipped, 1e-30)
    text = "# Near\n\n$$2\\,JSD(p \\| q) - \\log 4 = KL(p \\| p+q) + KL(q \\| p+q)$$\n"
    (claim,) = _claims(text)
    assert claim.verdict == "unchecked" and "no distribution" in claim.note


@pytest.mark.parametrize(
    "formula",
    [
        r"D_{KL}(P \| P+Q) = 0.1",  # a value of something that is no divergence: not judged
        r"JSD(p \| p+q) = 0.3",
        r"H(X+Y) \le H(X) + H(Y)",
    ],
)
def test_near_misses_are_not_false(formula: str) -> None:
    text = f"# Near\n\nLet $P = (0.5, 0.5)$ and $Q = (0.25, 0.75)$.\n\n$${formula}$$\n"
    assert all(claim.verdict != "false" for claim in _claims(text))


def test_a_divergence_the_document_defines_for_measures_is_not_taken_for_the_slip() -> None:
    # Our own truth: with D(a||b) = sum a log(a/b) - a + b, D(p||p+q) = sum p log(p/(p+q)) + 1, so the equation below
    # holds; its sides differ, read as the KL divergence, by 2, no multiple of log 2 (in nats): not this slip.
    jsd, slipped = _jsd_and_slip()
    measures = slipped + 2  # each D(.||p+q) for measures: its sum x log(x/(p+q)) minus 1, plus 2
    assert mpmath.almosteq(measures - 2, 2 * jsd - mpmath.log(4), 1e-30)
    text = (
        "# Measures\n\nFor measures, $D(a \\| b) = \\sum_x a(x)\\log\\frac{a(x)}{b(x)} - a(x) + b(x)$.\n\n"
        "Then $D(p \\| p + q) + D(q \\| p + q) - 2 = 2\\,JSD(p \\| q) - \\log 4$.\n"
    )
    claims = [claim for claim in _claims(text) if "p + q" in claim.text]
    assert [claim.verdict for claim in claims] == ["unchecked"]
    assert "differ by other than the multiple of log 2" in claims[0].note


def test_the_slip_shown_as_one_is_not_false() -> None:
    text = (
        "# Ошибка\n\nОшибочно: $JSD(P \\| Q) = \\frac{1}{2} D_{KL}(P \\| P + Q) + \\frac{1}{2} D_{KL}(Q \\| P + Q)$.\n"
    )
    assert all(claim.verdict != "false" for claim in _claims(text))
