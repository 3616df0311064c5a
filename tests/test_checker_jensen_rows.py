"""Gibbs' inequality proved with Jensen's: each row of the proof judged against its first side."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text

#: A pair of our own with full supports, for the truth of each row, computed with mpmath apart from the checker.
_P = [mpmath.mpf(1) / 5, mpmath.mpf(3) / 5, mpmath.mpf(1) / 5]
_Q = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 4]


def _minus_kl() -> mpmath.mpf:
    return mpmath.fsum(p * mpmath.log(q / p) for p, q in zip(_P, _Q, strict=True))


def _log_total() -> mpmath.mpf:
    """log sum_x p(x) q(x)/p(x): the log of q's mass where p > 0 (all of it here)."""
    return mpmath.log(mpmath.fsum(p * q / p for p, q in zip(_P, _Q, strict=True)))


def _bounds(text: str, name: str = "a.md") -> list[Checked]:
    return [claim for claim in check_text(text, name).claims if "log 1 = 0" in claim.note or "at most 1" in claim.note]


_ENGLISH = r"""# Gibbs

$$
\begin{aligned}
-D_{KL}(p\|q) &= \sum_x p(x) \log \frac{q(x)}{p(x)} \\
&\le \log \sum_x p(x) \frac{q(x)}{p(x)} \\
&= \log \sum_x q(x) = \log 1 = 0
\end{aligned}
$$
"""

_FRENCH = r"""\section{Inégalité de Gibbs}
Par Jensen,
\begin{align*}
D(p \| q) &= -\sum_x p(x) \log \frac{q(x)}{p(x)} \\
          &\geq -\log \sum_x p(x) \frac{q(x)}{p(x)} = -\log 1 = 0,
\end{align*}
avec égalité ssi $p = q$.
"""

_KOREAN = r"""# 깁스 부등식

젠센 부등식에 의해

$$
\begin{aligned}
-D_{KL}(p \| q) &= \mathbb{E}_{x \sim p}\left[\log \frac{q(x)}{p(x)}\right] \\
&\le \log \mathbb{E}_{x \sim p}\left[\frac{q(x)}{p(x)}\right] \\
&= \log \sum_x q(x) = 0
\end{aligned}
$$
"""


@pytest.mark.parametrize(
    ("text", "name", "rows"), [(_ENGLISH, "a.md", [6, 7]), (_FRENCH, "a.tex", [5]), (_KOREAN, "a.md", [8, 9])]
)
def test_each_row_bounded_by_the_logarithm_of_a_total_holds(text: str, name: str, rows: list[int]) -> None:
    # Our own truth: -D(p||q) < 0 = log of the total, for a pair that differs (Jensen, strict).
    assert _minus_kl() < _log_total() and mpmath.almosteq(_log_total(), 0, 1e-30)
    claims = _bounds(text, name)
    assert [claim.lines[0] for claim in claims] == rows
    assert all(claim.verdict == "holds" and "Jensen" in claim.note for claim in claims)


def test_the_bound_the_wrong_way_round_is_false() -> None:
    assert _minus_kl() < _log_total()  # so -D(p||q) >= log sum q fails for our pair
    text = _ENGLISH.replace(r"&\le \log", r"&\ge \log")
    claims = _bounds(text)
    assert [claim.verdict for claim in claims] == ["false", "false"]


@pytest.mark.parametrize(
    "row",
    [
        r"&\le \log \sum_x p(x) \frac{p(x)}{q(x)}",  # weighed by p, p over q: another quantity, not read here
        r"&\le \log \sum_x p(x)^2",
        r"&= \log \sum_x p(x) \frac{q(x)}{p(x)}",  # an equation with the logarithm: not judged
    ],
)
def test_other_rows_are_not_read_as_the_logarithm_of_a_total(row: str) -> None:
    text = _ENGLISH.replace(r"&\le \log \sum_x p(x) \frac{q(x)}{p(x)}", row).replace(r"&= \log \sum_x q(x) = ", "&= ")
    assert _bounds(text) == []
    assert all(claim.verdict != "false" for claim in check_text(text, "a.md").claims)


def test_capital_letters_and_natural_logarithms() -> None:
    text = (
        _ENGLISH.replace("p(x)", "P(x)").replace("q(x)", "Q(x)").replace(r"(p\|q)", r"(P\|Q)").replace(r"\log", r"\ln")
    )
    claims = _bounds(text)
    assert [(claim.lines[0], claim.verdict) for claim in claims] == [(6, "holds"), (7, "holds")]


def test_subscripted_probabilities_on_one_row() -> None:
    # Our own truth: sum_i p_i log(q_i/p_i) = -D(p||q) < 0 = log sum_i q_i for our pair.
    assert _minus_kl() < 0
    text = (
        "# ギブスの不等式\n\n$$\n\\sum_i p_i \\log \\frac{q_i}{p_i} \\le \\log \\sum_i p_i \\frac{q_i}{p_i}"
        " = \\log \\sum_i q_i = \\log 1 = 0\n$$\n"
    )
    claims = _bounds(text)
    assert [(claim.lines[0], claim.verdict) for claim in claims] == [(4, "holds"), (4, "holds")]
