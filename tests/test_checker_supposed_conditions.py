"""General claims under the one condition their text gives: the two distributions the same, or disjoint supports."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text

#: A pair of our own with disjoint supports, and one distribution taken twice, for the truth of each claim.
_P = [mpmath.mpf(1) / 3, mpmath.mpf(2) / 3, 0, 0]
_Q = [0, 0, mpmath.mpf(1) / 4, mpmath.mpf(3) / 4]


def _entropy(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w) for w in weights if w)


def _kl(first: list[mpmath.mpf], second: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(p * mpmath.log(p / q) for p, q in zip(first, second, strict=True) if p)


def _jsd() -> mpmath.mpf:
    mixture = [(p + q) / 2 for p, q in zip(_P, _Q, strict=True)]
    return (_kl(_P, mixture) + _kl(_Q, mixture)) / 2


def _only(text: str) -> Checked:
    (claim,) = [claim for claim in check_text(text, "a.md").claims if claim.kind != "definition"]
    return claim


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("# 笔记\n\n两个分布相同时：$D_{KL}(A\\|B) = 0, \\text{ if } A = B$\n", "holds"),
        ("# Note\n\n$$D(P \\| Q) = 1, \\quad \\text{if } P = Q$$\n", "false"),
        ("# Note\n\nOn a $H(P, Q) = H(P)$ si $P = Q$.\n", "holds"),
        ("# Note\n\n$$D_{KL}(p \\| q) = D_{KL}(q \\| p) \\quad \\text{when } p = q$$\n", "holds"),
    ],
)
def test_a_claim_followed_by_the_two_being_the_same_is_judged_there(text: str, verdict: str) -> None:
    # Our own truth: a distribution's divergence from itself is 0, its cross-entropy with itself its entropy.
    assert _kl(_P, _P) == 0 and mpmath.almosteq(_kl(_Q, _Q) + _entropy(_Q), _entropy(_Q), 1e-30)
    claim = _only(text)
    assert claim.verdict == verdict
    assert "as the sentence supposes" in claim.note


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("# Note\n\nIf $P$ and $Q$ have disjoint supports, $JSD(P \\| Q) = \\ln 2$.\n", "holds"),
        ("# Notiz\n\nEs gilt $JSD(P \\| Q) = \\ln 2$ für disjunkte Träger.\n", "holds"),
        ("# Note\n\nSi les supports de $p$ et $q$ sont disjoints, $JSD(p \\| q) = \\ln 2$.\n", "holds"),
        ("# Nota\n\nPara soportes disjuntos, $JSD(P \\| Q) = \\ln 3$.\n", "false"),
        (
            "# 노트\n\n$M = \\frac{1}{2}(P+Q)$라 하자. 두 분포의 서포트가 서로소이면 "
            "$H(M) = \\frac{1}{2}H(P) + \\frac{1}{2}H(Q) + \\ln 2$ 이다.\n",
            "holds",
        ),
        (
            "# Note\n\nWith $M = (P+Q)/2$ and disjoint supports, $H(M) = H(P) + H(Q)$.\n",
            "false",
        ),
    ],
)
def test_a_claim_for_disjoint_supports_is_tried_on_such_pairs(text: str, verdict: str) -> None:
    # Our own truth for a disjoint pair: JSD = ln 2 exactly, H(M) = H(P)/2 + H(Q)/2 + ln 2, not H(P) + H(Q).
    mixture = [(p + q) / 2 for p, q in zip(_P, _Q, strict=True)]
    assert mpmath.almosteq(_jsd(), mpmath.log(2), 1e-30)
    assert mpmath.almosteq(_entropy(mixture), (_entropy(_P) + _entropy(_Q)) / 2 + mpmath.log(2), 1e-30)
    assert not mpmath.almosteq(_entropy(mixture), _entropy(_P) + _entropy(_Q), 1e-3)
    claim = _only(text)
    assert claim.verdict == verdict
    assert "disjoint supports" in claim.note


def test_an_m_never_made_the_mixture_is_not_judged_on_pairs_of_p_and_q() -> None:
    claim = _only("# Note\n\nIf $P$ and $Q$ have disjoint supports, $H(M) = H(P) + H(Q)$.\n")
    assert claim.verdict == "unchecked" and "measures of M" in claim.note


def test_disjoint_supports_named_in_the_sentence_before_do_not_reach_the_claim() -> None:
    claim = _only("# Note\n\nTake disjoint supports. Then for others $JSD(P \\| Q) = 0.1$.\n")
    assert claim.verdict == "unchecked" and "not defined" in claim.note


def test_a_condition_of_another_kind_or_more_than_equality_is_no_claim_read() -> None:
    for condition in ("$P \\ne Q$", "$P = Q$ and $R$ is uniform"):
        assert not check_text(f"# Note\n\nWe get $D(P \\| Q) = 1$ if {condition}.\n", "a.md").claims


def test_iff_also_asks_that_the_claim_fail_for_different_pairs() -> None:
    # Our own truth: D(p||q) > 0 for our different pair, so D = 0 holds only when p = q; but D(p||q) = D(q||p)
    # also holds for the mirrored pair (1/2, 1/2, 0), (0, 1/2, 1/2), whose two divergences are both infinite.
    assert _kl([*_P[:2], 0, 0], [mpmath.mpf(1) / 2, mpmath.mpf(1) / 2, 0, 0]) > 0
    text = "# N\n\n$$D_{KL}(p \\| q) = 0 \\quad \\text{iff } p = q$$\n"
    claim = _only(text)
    assert claim.verdict == "holds" and "fails for every different pair" in claim.note
    text = "# N\n\n$$D_{KL}(p \\| q) = D_{KL}(q \\| p) \\quad \\text{if and only if } p = q$$\n"
    claim = _only(text)
    assert claim.verdict == "unchecked" and "“only then” is not judged" in claim.note


def test_the_two_distributions_said_the_same_in_words() -> None:
    # Our own truth: D(A||B) for the A and B below is 1/4 bit, so "= 0" is right only where the two are the same.
    a, b = (
        [mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 4],
        [mpmath.mpf(1) / 4, mpmath.mpf(1) / 2, mpmath.mpf(1) / 4],
    )
    assert mpmath.almosteq(_kl(a, b) / mpmath.log(2), mpmath.mpf(1) / 4, 1e-30)
    given = "# 笔记\n\n设 $A = (1/2, 1/4, 1/4)$，$B = (1/4, 1/2, 1/4)$。\n\n当两个分布相同时 $D_{KL}(A\\|B) = 0$。\n"
    claims = [claim for claim in check_text(given, "a.md").claims if "D_{KL}" in claim.text]
    assert [claim.verdict for claim in claims] == ["unchecked"] and "condition" in claims[0].note
    claim = _only("# Note\n\nWhen the two distributions are the same, $D_{KL}(P \\| Q) = 0$.\n")
    assert claim.verdict == "holds" and "as the sentence supposes" in claim.note
    claim = _only("# Notiz\n\nInsbesondere $D_{KL}(P \\| Q) = 0$ für $P = Q$.\n")
    assert claim.verdict == "holds" and "as the sentence supposes" in claim.note
