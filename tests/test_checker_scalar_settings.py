"""A number given to a letter in one worked example (``p = 1/16``) does not stop general formulas in that letter."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def claims(text: str) -> list[tuple[str, str, str]]:
    return [(claim.verdict, claim.text, claim.note) for claim in check_text(text, "notes.md").claims]


# An example sets p to a probability, then a later section states general facts about distributions p and q.
_GENERAL = [
    (
        "## Surprise\n\nAn event of probability $p = 1/16$ carries $-\\log_2 p = 4$ bits.\n\n"
        "## Divergence\n\nFor any $p$ and $q$, $D(p \\| q) \\ge 0$ and $H(p, q) = H(p) + D(p\\|q)$.\n\n"
        "Hence $H(p,q) \\ge H(p)$, and so $H(p,q) = H(p) - D(p\\|q)$.\n"
    ),
    (
        "## 정보량\n\n네 번 모두 앞면일 확률은 p = 1/16 이므로 정보량은 4 비트이다.\n\n"
        "## 교차 엔트로피\n\n두 분포에 대해 $D_{KL}(p \\parallel q) \\geq 0$ 이고 "
        "$H(p, q) = H(p) + D_{KL}(p \\parallel q)$ 이다.\n\n"
        "따라서 $H(p, q) \\geq H(p)$ 이고 $H(p, q) = H(p) - D_{KL}(p \\parallel q)$ 이다.\n"
    ),
    (
        "## 例\n\n硬币连续四次正面的概率 $p=0.0625$。\n\n"
        "## 性质\n\n$D_{KL}(p||q) \\ge 0$,并且 $H(p,q) = H(p) + D_{KL}(p||q)$,所以 $H(p,q) \\ge H(p)$。"
        "即 $H(p,q) = H(p) - D_{KL}(p||q)$。\n"
    ),
]


@pytest.mark.parametrize("text", _GENERAL)
def test_general_formulas_in_a_letter_set_to_a_number_above_are_judged(text: str) -> None:
    found = claims(text)
    general = [(verdict, body) for verdict, body, _ in found if "q" in body]
    assert [verdict for verdict, _ in general] == ["holds", "holds", "holds", "false"], found
    assert all("to a number" not in note for _, _, note in found)


def _binary_bits(p: str) -> mpmath.mpf:
    x = mpmath.mpf(p)
    return -x * mpmath.log(x, 2) - (1 - x) * mpmath.log(1 - x, 2)


def _bernoulli_kl_bits(p: str, q: str) -> mpmath.mpf:
    a, b = mpmath.mpf(p), mpmath.mpf(q)
    return a * mpmath.log(a / b, 2) + (1 - a) * mpmath.log((1 - a) / (1 - b), 2)


def test_a_coins_bias_still_keeps_its_values_unchecked() -> None:
    """Near-misses: values of the binary entropy and of a Bernoulli KL at the numbers set stay unjudged."""
    entropy = mpmath.nstr(_binary_bits("0.3"), 3)  # 0.881
    wrong_kl = mpmath.nstr(_bernoulli_kl_bits("0.3", "0.5") * 2, 3)  # twice the true 0.119
    text = (
        "Let $P = (0.2, 0.8)$ and $Q = (0.5, 0.5)$.\n\n"
        f"For coins of bias $p = 0.3$ and $q = 0.5$: $H(p) \\approx {entropy}$ bits, $H(p) \\le 1$, and "
        f"$D(p \\| q) \\approx {wrong_kl}$ bits.\n"
    )
    found = [(verdict, note) for verdict, body, note in claims(text) if "(p" in body]
    assert [verdict for verdict, _ in found] == ["unchecked"] * 3, found
    assert all("to a number" in note for _, note in found)


def _entropy_bits(probabilities: list[str]) -> mpmath.mpf:
    return -sum(mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2) for p in probabilities)


_EXPANSIONS = (
    "네 번 모두 앞면일 확률은 p = 1/16 이다.\n\n## 동전\n\n"
    "$$H(p) = -\\sum_i p_i \\log_2 p_i = -\\left(\\frac{{1}}{{2}}\\log_2\\frac{{1}}{{2}} + "
    "\\frac{{1}}{{2}}\\log_2\\frac{{1}}{{2}}\\right) = 1$$\n\n## 주사위\n\n"
    "$$H(p) = -\\sum_i p_i \\log_2 p_i = -\\left(\\frac{{1}}{{2}}\\log_2\\frac{{1}}{{2}} + "
    "\\frac{{1}}{{4}}\\log_2\\frac{{1}}{{4}} + \\frac{{1}}{{8}}\\log_2\\frac{{1}}{{8}} + "
    "\\frac{{1}}{{8}}\\log_2\\frac{{1}}{{8}}\\right) = {total}$$\n"
)


def test_an_entropy_written_out_says_what_a_letter_set_to_a_number_stands_for() -> None:
    """Each section's expansion of H(p) names its own distribution: a wrong total is false, a right one holds."""
    right = _entropy_bits(["0.5", "0.25", "0.125", "0.125"])
    assert right == mpmath.mpf("1.75")
    totals = [(c.verdict, c.value) for c in check_text(_EXPANSIONS.format(total="1.5"), "notes.md").claims]
    assert ("false", "1.75") in totals and all("to a number" not in str(value) for _, value in totals)
    assert [verdict for verdict, _ in totals].count("false") == 1, totals
    found = check_text(_EXPANSIONS.format(total="1.75"), "notes.md").claims
    assert found and all(claim.verdict == "holds" for claim in found), found


def test_a_coins_bias_then_its_entropy_written_out_is_judged_by_the_expansion() -> None:
    value = mpmath.nstr(_entropy_bits(["0.3", "0.7"]), 3)  # 0.881
    text = f"Let $p = 0.3$.\n\n$H(p) = -(0.3 \\log_2 0.3 + 0.7 \\log_2 0.7) \\approx {value}$ bits.\n"
    assert [claim.verdict for claim in check_text(text, "coin.md").claims if "H(p)" in claim.text] == ["holds"] * 2
