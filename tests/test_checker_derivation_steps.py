"""Derivations read row by row, symbols a document defines for itself, and an entropy with its weights dropped."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import Checked, check_text

#: Two distributions of our own for the truth of each row, computed with mpmath apart from the checker.
_P = [Fraction(1, 8), Fraction(5, 8), Fraction(1, 4)]
_Q = [Fraction(1, 2), Fraction(1, 4), Fraction(1, 4)]


def _sum(weights: list[Fraction], logged: list[Fraction]) -> mpmath.mpf:
    """sum w log v, in nats."""
    return mpmath.fsum(
        mpmath.mpf(w.numerator) / w.denominator * mpmath.log(v.numerator / v.denominator)
        for w, v in zip(weights, logged, strict=True)
    )


def _kl() -> mpmath.mpf:
    return _sum(_P, _P) - _sum(_P, _Q)


def _by_line(text: str, name: str = "a.md") -> dict[int, Checked]:
    return {claim.lines[0]: claim for claim in check_text(text, name).claims}


_DERIVATION = r"""# Relative entropy

Let $p$ and $q$ be two distributions of the outcome $w$.

$$H_p(W) := \sum_{w} p(w) \cdot \log \frac{1}{p(w)}$$

$$H_{pq}(W) := \sum_{w} p(w) \cdot \log \frac{1}{q(w)}$$

$$
\begin{align}
D(p\|q) &= H_{pq}(W) - H_p(W) \\
        &= \mathbb{E}_p[\log \frac{1}{q(w)} - \log \frac{1}{p(w)}] \\
        &= \sum_{w} p(w) \left[ \log q(w) - \log p(w) \right] \\
        &= -\sum_{w} p(w) \log \frac{p(w)}{q(w)} \\
        &= \sum_{w} p(w) \log \frac{q(w)}{p(w)}
\end{align}
$$
"""


def test_each_row_of_a_derivation_is_judged_and_a_slip_is_false_where_it_is_made() -> None:
    # Our own truth: row 2 is D itself; row 3 flips its sign; rows 4-6 carry the flipped value.
    rows = {
        11: _sum(_P, _P) - _sum(_P, _Q),  # H(p,q) - H(p) written with the symbols defined above
        12: _sum(_P, _P) - _sum(_P, _Q),  # E_p[log 1/q - log 1/p]
        13: _sum(_P, _Q) - _sum(_P, _P),  # sum p (log q - log p): the sign is flipped here
        14: -_kl(),
        15: _sum(_P, _Q) - _sum(_P, _P),
    }
    claims = _by_line(_DERIVATION)
    assert claims[5].verdict == claims[7].verdict == "holds"  # the two symbols' own definitions
    assert "cross-entropy" in claims[7].note
    for line, value in rows.items():
        same = mpmath.almosteq(value, _kl(), 1e-30)
        if line in (11, 12, 13, 15):
            assert claims[line].verdict == ("holds" if same else "false"), line
    assert 14 not in claims  # the same wrong value as the row above, carried on: said once where made, and at the end
    assert "lines 12 to 13" in claims[13].note and "lines 12 to 13" in claims[15].note


def test_a_row_whose_two_sides_differ_by_a_sign_is_false_and_a_right_one_holds() -> None:
    wrong = r"$$-\sum_w p(w)\log_2 p(w)+\sum_w p(w)\log_2 q(w)=\sum_w p(w)\log_2\frac{p(w)}{q(w)}$$" + "\n"
    right = r"$$\sum_w p(w)\log_2 p(w)-\sum_w p(w)\log_2 q(w)=\sum_w p(w)\log_2\frac{p(w)}{q(w)}$$" + "\n"
    assert not mpmath.almosteq(_sum(_P, _Q) - _sum(_P, _P), _kl(), 1e-30)
    assert [claim.verdict for claim in check_text(wrong, "a.md").claims] == ["false"]
    assert [claim.verdict for claim in check_text(right, "a.md").claims] == ["holds"]


def test_an_expectation_that_names_no_distribution_is_false_only_when_false_over_both() -> None:
    # E[log 1/p - log 1/q] is -D(p||q) over p and D(q||p) over q: D(p||q) in neither reading.
    both = r"\begin{align}D(p\|q) &= \mathbb{E}[\log \frac{1}{p(w)} - \log \frac{1}{q(w)}]\end{align}" + "\n"
    assert [claim.verdict for claim in check_text(both, "a.tex").claims] == ["false"]
    # E[log p - log q] is D(p||q) over p: it may be meant so, and is not called false.
    one = r"\begin{align}D(p\|q) &= \mathbb{E}[\log p(w) - \log q(w)]\end{align}" + "\n"
    assert [claim.verdict for claim in check_text(one, "a.tex").claims] == ["holds"]


@pytest.mark.parametrize(
    "row",
    [
        r"&= \sum_{w,v} p(w,v) \log \frac{p(w)}{q(v)}",  # a joint: not one distribution's sum
        r"&= \frac{1}{N}\sum_{i} \log \frac{p(w_i)}{q(w_i)}",  # a sample average
        r"&= \sum_w p(w) \log \frac{p(w)}{q(w)} + c",  # another symbol
        r"&= \sum_w p(w)^2 \log \frac{p(w)}{q(w)}",  # an exponent
    ],
)
def test_a_row_with_anything_else_in_it_is_not_read(row: str) -> None:
    text = "\\begin{align}\nD(p\\|q) &= \\sum_w p(w) \\log \\frac{1}{q(w)} - \\sum_w p(w) \\log \\frac{1}{p(w)} \\\\\n"
    claims = _by_line(text + row + "\n\\end{align}\n", "a.tex")
    assert claims[2].verdict == "holds" and 3 not in claims


def test_a_symbol_means_a_measure_only_as_the_document_defines_it() -> None:
    # Undefined, H_q(W) is read as no measure of p and q: the row is not judged.
    text = "$$D(p\\|q) = H_q(W) - H_p(W)$$\n"
    assert all(claim.verdict == "unchecked" for claim in check_text(text, "a.md").claims)
    # Defined the other way round (H_q as the entropy of q), the same row is false: D(p||q) != H(q) - H(p) in general.
    defined = "$$H_p(W) := -\\sum_w p(w) \\log p(w)$$\n\n$$H_q(W) := -\\sum_w q(w) \\log q(w)$$\n\n" + text
    entropy_difference = -_sum(_Q, _Q) + _sum(_P, _P)
    assert not mpmath.almosteq(entropy_difference, _kl(), 1e-30)
    assert _by_line(defined)[5].verdict == "false"


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"H(x) = -\sum_{i=1}^n \log p(x_i)", "false"),
        (r"H(x) = -\sum_{i=1}^n p(x_i) \log p(x_i)", "holds"),
        (r"H(x) = -\frac{1}{n}\sum_{i=1}^n \log p(x_i)", None),
        (r"H(W) = \sum_i \log \frac{1}{p_i}", "false"),
        (r"H(W) = -\sum_i \log p_i^{p_i}", None),
        (r"H = -\sum_i \log p_i", None),
    ],
)
def test_an_entropy_with_its_weights_dropped_is_false(formula: str, verdict: str | None) -> None:
    # For two equal outcomes the dropped weights give 2 log 2, not log 2.
    halves = [Fraction(1, 2)] * 2
    assert mpmath.almosteq(-mpmath.fsum(mpmath.log(0.5) for _ in halves), 2 * mpmath.log(2))
    text = f"합이 1이므로 수식은 ${formula}$ 와도 같다.\n"
    claims = [claim for claim in check_text(text, "a.md").claims if claim.kind == "definition"]
    assert [claim.verdict for claim in claims] == ([verdict] if verdict else [])


def test_a_derivation_typed_in_plain_text_is_read_row_by_row() -> None:
    text = (
        "Relative entropy, step by step:\n\n"
        "D(p||q) = Σ p(w) · log(p(w)/q(w))\n"
        "        = Σ p(w) log p(w) − Σ p(w) log q(w)\n"
        "        = Σ p(w) log(q(w)/p(w))\n"
    )
    # Our own truth: the second row is D itself, the third is its negative.
    assert mpmath.almosteq(_sum(_P, _P) - _sum(_P, _Q), _kl(), 1e-30)
    assert not mpmath.almosteq(_sum(_P, _Q) - _sum(_P, _P), _kl(), 1e-30)
    claims = _by_line(text, "a.txt")
    assert claims[4].verdict == "holds" and claims[5].verdict == "false"
    assert "lines 4 to 5" in claims[5].note


def test_the_entropy_of_a_variable_stands_for_no_distribution_in_later_rows() -> None:
    # H(W) is -sum P log P of W's distribution where it is defined; the prose may give W another one later.
    text = (
        "$$H(W) = -\\sum_w P(w) \\log P(w)$$\n\nNow let $W$ follow $Q$.\n\n"
        "$$D(Q\\|P) = \\sum_w Q(w) \\log \\frac{1}{P(w)} - H(W)$$\n"
    )
    claims = _by_line(text)
    assert claims[1].verdict == "holds" and 5 not in claims
    # Written with the distribution in its subscript, the symbol keeps its meaning: H_P(W) - H(W) ... is read.
    subscripted = text.replace("H(W) = -", "H_P(W) = -").replace("- H(W)$$", "- H_P(W)$$")
    assert _by_line(subscripted)[5].verdict == "false"


def test_integrals_row_spacing_and_inverse_powers_are_read_as_sums() -> None:
    text = (
        "\\begin{align}\n"
        "D(p \\| q) &= \\int p(w) \\log \\frac{p(w)}{q(w)} \\, dw \\\\[3pt]\n"
        "&= \\int p(w) \\log p(w) \\, dw - \\int p(w) \\log q(w) \\, dw \\\\[1ex]\n"
        "&= \\int p(w) \\log \\frac{q(w)}{p(w)} \\, \\mathrm{d}w\n"
        "\\end{align}\n"
        "\\begin{equation}\nH(p) = -\\sum_w p(w) \\log p(w)^{-1}\n\\end{equation}\n"
    )
    # Our own truth on the discrete pair: sum p log p^{-1} is H(p), so minus it is -H(p), not H(p).
    entropy = -_sum(_P, _P)
    assert entropy > 0
    claims = _by_line(text, "a.tex")
    assert claims[3].verdict == "holds" and claims[4].verdict == "false" and claims[7].verdict == "false"


def test_a_row_under_a_condition_or_denied_is_not_called_false() -> None:
    # H(p,q) = -sum p log p only when q = p (our pair differs: the two are not equal).
    assert not mpmath.almosteq(-_sum(_P, _Q), -_sum(_P, _P), 1e-30)
    row = r"H(p,q) = -\sum_w p(w) \log p(w)"
    assert [claim.verdict for claim in check_text(f"$${row}$$\n", "a.md").claims] == ["false"]
    for before in ("Suppose that $q = p$; then ", "만약 $q = p$ 이면 ", "It is not true in general that "):
        assert all(claim.verdict != "false" for claim in check_text(f"{before}$${row}$$\n", "a.md").claims)


@pytest.mark.parametrize(
    "condition",
    [r"\iff p = q", r"\Leftrightarrow p = q", r"\quad \text{if } q = p", r"⟺ p = q", r"\implies p = q"],
)
def test_a_row_that_holds_only_under_its_own_condition_is_not_called_false(condition: str) -> None:
    # The equality case of Gibbs' inequality: H(p) = H(p,q) only when p = q, and our pair differs.
    assert not mpmath.almosteq(-_sum(_P, _P), -_sum(_P, _Q), 1e-30)
    row = r"-\sum_{i=1}^n p_i \log p_i = -\sum_{i=1}^n p_i \log q_i"
    assert [claim.verdict for claim in check_text(f"\\[ {row} \\]\n", "a.tex").claims] == ["false"]
    assert all(claim.verdict != "false" for claim in check_text(f"\\[ {row} {condition} \\]\n", "a.tex").claims)
