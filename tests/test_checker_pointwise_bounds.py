"""A bound between H(X|Y=y) and H(X) said to hold for every y: false both ways round."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w)


@pytest.mark.parametrize(
    "text",
    [
        "H(X|Y=y) <= H(X) for every y.",
        "Pour tout $y$, $H(X \\mid Y=y) \\le H(X)$.",
        "$$H(X|Y=y) \\le H(X) \\quad \\forall y$$",
        "모든 y에 대해 H(X|Y=y) <= H(X) 이다.",
        "Für alle $y$ gilt $H(X|Y=y) \\leq H(X)$.",
    ],
)
def test_conditioning_on_every_value_never_raising_entropy_is_false(text: str) -> None:
    # Our own truth: P(Y=0) = 3/4 with X = 0, X a fair bit given Y = 1: H(X) = h(1/8) < H(X|Y=1) = 1.
    one_eighth = mpmath.mpf(1) / 8
    entropy = _entropy([1 - one_eighth, one_eighth])
    assert entropy < 1
    (claim,) = check_text(f"# Note\n\n{text}\n", "a.md").claims
    assert claim.verdict == "false"
    assert f"H(X) = {mpmath.nstr(entropy, 4)} bits but H(X|Y=1) = 1 bit" in claim.note


def test_the_bound_the_other_way_round_is_false_too() -> None:
    # Our own truth: Y = X, a fair bit: H(X|Y=y) = 0 for each y, H(X) = 1.
    assert _entropy([mpmath.mpf(1)]) == 0 and mpmath.almosteq(_entropy([mpmath.mpf(1) / 2] * 2), 1)
    (claim,) = check_text("# Note\n\nH(X|Y=y) >= H(X) for all y.\n", "a.md").claims
    assert claim.verdict == "false"
    assert claim.note.endswith("= 0 for each value while H(X) = 1 bit")


@pytest.mark.parametrize(
    "text",
    [
        "It is not true that H(X|Y=y) <= H(X) for every y.",
        "One might think H(X|Y=y) <= H(X) for all y, but this is wrong.",
        "H(X|Y=0) <= H(X) here.",
        "On average H(X|Y=y) <= H(X), i.e. H(X|Y) <= H(X).",
        "H(X|Y=y) <= H(X) for every x.",
    ],
)
def test_a_bound_denied_of_one_value_or_not_quantified_is_never_false(text: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(f"# Note\n\n{text}\n", "a.md").claims)
