"""Claims judged without any distribution: values no distribution gives (a negative conditional entropy, KL
divergence or mutual information, a JSD above log 2), and claims under the supposition that two variables are
independent.

The facts the verdicts rest on are worked out here with mpmath on distributions and joint tables of our own.
"""

from __future__ import annotations

import itertools

import mpmath
import pytest

from kldocs.checker import check_text


def _h(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w > 0)


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(a * mpmath.log(a / b, 2) for a, b in zip(p, q, strict=True) if a > 0)


def _jsd(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    m = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    return (_kl(p, m) + _kl(q, m)) / 2


def _verdicts(text: str, name: str = "a.md") -> list[tuple[int, str]]:
    return [(item.lines[0], item.verdict) for item in check_text(text, name).claims]


def test_the_facts_the_verdicts_rest_on() -> None:
    # a grid of our own distributions: KL and the cross-entropy's excess never negative, the JSD at most 1 bit
    grid = [[mpmath.mpf(a) / 10, mpmath.mpf(10 - a) / 10] for a in range(11)]
    for p, q in itertools.product(grid, grid):
        if all(b > 0 for a, b in zip(p, q, strict=True) if a > 0):
            assert _kl(p, q) >= 0
        assert 0 <= _jsd(p, q) <= 1 + mpmath.mpf(10) ** -20
    assert mpmath.almosteq(_jsd([mpmath.mpf(1), mpmath.mpf(0)], [mpmath.mpf(0), mpmath.mpf(1)]), 1)  # disjoint
    # an independent joint table of our own: H(X|Y) = H(X) and I(X;Y) = 0, so H(X|Y) < H(X) fails
    px, py = [mpmath.mpf(1) / 5, mpmath.mpf(4) / 5], [mpmath.mpf(3) / 7, mpmath.mpf(4) / 7]
    joint = [a * b for a in px for b in py]
    h_x_given_y = _h(joint) - _h(py)
    assert mpmath.almosteq(h_x_given_y, _h(px)) and mpmath.almosteq(_h(px) + _h(py), _h(joint))
    # the cross-entropy of P with itself is its entropy: "always larger" fails at Q = P
    p = [mpmath.mpf(1) / 8, mpmath.mpf(7) / 8]
    assert mpmath.almosteq(-mpmath.fsum(a * mpmath.log(a, 2) for a in p), _h(p))


@pytest.mark.parametrize(
    "line",
    [
        "For the two dice, $H(Y|X) = -0.25$ bits.",
        "The last step gives H(Y∣X)=1.25−1.75=−0.5 bits.",  # the divides sign and the minus sign of web pages
        "So $I(X;Y) = -0.04$ bits.",
        "Here $I(A;B|C) = -0.1$ nats.",
        "We get $D_{KL}(P\\|Q) = -0.12$ nats.",
        "We get $JSD(P\\|Q) = 0.75$ nats.",
        "The KL divergence is -0.3 nats.",
        "La divergencia KL es -0,3 nats.",
        "The JS divergence between them is 0.8 nats.",
    ],
)
def test_a_value_no_distribution_gives_is_false(line: str) -> None:
    text = f"# Worked answer\n\n{line}\n"
    assert (3, "false") in _verdicts(text)


@pytest.mark.parametrize(
    "line",
    [
        "The pointwise value is $I(x;y) = -0.4$ bits.",  # a pointwise mutual information can be negative
        "The differential entropy is $H(X) = -0.3$ nats for this density.",
        "We get $JSD(P\\|Q) = 0.75$ bits.",  # 0.75 bits is below 1 bit
        "The JS divergence of the three distributions is 0.9 nats.",  # of three: at most log 3
        "We get $JSD(P, Q, R) = 0.9$ nats.",
        "So $H(Y|X) = 0.25$ bits.",
        # suppositions that do not reach the claim, or do not suppose independence
        "For independent variables, $H(X|Y,Z) < H(X)$.",
        "If X and Y are not independent, then $H(X|Y) < H(X)$.",
        "When X and Y are independent, I(X;Y) = 0, and H(X|Y) < H(X) when they are dependent.",
        "If X and Y are independent, H(X,Y) = H(X) + H(Y); otherwise H(X,Y) < H(X) + H(Y).",
        "$H(X|Y) = H(X)$ if and only if X and Y are independent, and $H(X|Y) < H(X)$ otherwise.",
        "If X and Y are independent, we know that in general $H(X|Y) < H(X)$ fails.",
    ],
)
def test_what_some_distribution_may_give_is_not_false(line: str) -> None:
    assert all(verdict != "false" for _, verdict in _verdicts(f"# Notes\n\n{line}\n"))


def test_a_negative_entropy_in_a_document_about_densities_is_not_judged() -> None:
    text = "# Densities\n\nFor a narrow continuous density, $H(X|Y) = -0.7$ nats.\n"
    assert all(verdict != "false" for _, verdict in _verdicts(text))


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("If X and Y are independent, then $H(X|Y) = H(X)$.", "holds"),
        ("If X and Y are independent, then H(X|Y) = H(X), so I(X;Y) = 0.", "holds"),
        ("Se X e Y sono indipendenti, allora $H(X|Y) < H(X)$.", "false"),
        ("se $X$ e $Y$ sono indipendenti, $H(X|Y) < H(X)$.", "false"),
        ("Si X e Y son independientes, $I(X;Y) = 0$.", "holds"),
        ("如果X和Y相互独立，则 $H(X|Y) = H(X)$。", "holds"),
        ("X와 Y가 독립이면 $H(X,Y) = H(X) + H(Y)$이다.", "holds"),
        ("If they were independent, I(X;Y) = 0.", "holds"),
        ("For independent variables, I(X;Y) = 0!", "holds"),
        ("For independent X and Y, $H(X,Y) = H(X) + H(Y)$.", "holds"),
        ("If they are independent, $H(X|Y) < H(X)$.", "false"),
        ("When U and V are independent, $H(U,V) > H(U) + H(V)$.", "false"),
        ("When $X_1$ and $X_2$ are independent, $H(X_1|X_2) < H(X_1)$.", "false"),
    ],
)
def test_a_claim_under_independence(line: str, verdict: str) -> None:
    found = _verdicts(f"# Independence\n\n{line}\n")
    assert found and all(seen == verdict for _, seen in found), found
