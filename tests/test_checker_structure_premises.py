"""Claims of Shannon's measures under a supposition: independence, a function of a variable, a Markov chain."""

from __future__ import annotations

import itertools

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _entropy(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w)


def _only(text: str) -> Checked:
    (claim,) = [claim for claim in check_text(text, "a.md").claims if claim.kind != "definition"]
    return claim


def _gap(note: str) -> mpmath.mpf:
    return mpmath.mpf(note.rsplit(" is ", 1)[1].split()[0])


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("If Y is a function of X, then H(Y|X) = 0.", "holds"),
        ("If $Y = f(X)$, then $I(X;Y) = H(Y)$.", "holds"),
        ("Se Y è una funzione di X, allora H(X,Y) = H(X).", "holds"),
        ("Si Y est une fonction de X, alors $I(X;Y) = H(Y)$.", "holds"),
        ("Wenn Y eine Funktion von X ist, dann gilt H(Y|X) = 0.", "holds"),
        ("Si Y es una función de X, entonces $H(Y \\mid X) = 0$.", "holds"),
        ("若 Y 是 X 的函数，则 $H(Y|X) = 0$。", "holds"),
        ("Y가 X의 함수이면 $H(Y|X) = 0$ 이다.", "holds"),
        ("Y が X の関数ならば $H(Y|X) = 0$ である。", "holds"),
    ],
)
def test_a_claim_right_after_a_function_holds_where_it_follows(text: str, verdict: str) -> None:
    # Our own truth: X uniform on three values, Y = [X > 0]: H(X,Y) = H(X), so H(Y|X) = 0 and I(X;Y) = H(Y).
    x = [mpmath.mpf(1) / 3] * 3
    assert mpmath.almosteq(_entropy(x) - _entropy(x), 0)
    claim = _only(f"# Note\n\n{text}\n")
    assert claim.verdict == verdict
    assert "is a function of X" in claim.note


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("If Y is a function of X, then H(X|Y) = 0.", 1),  # X a fair bit, Y constant: H(X|Y) = 1
        ("Si Y est une fonction de X, alors H(X|Y) = 0.", 1),
        ("If Y = g(X), then I(X;Y) = H(X|Y).", -1),  # X a fair bit and Y constant: 0 - 1
        ("Se Y è funzione di X, allora H(Y|X) > 0.", 0),  # H(Y|X) is always 0
    ],
)
def test_a_claim_right_after_a_function_that_fails_for_one_is_false(text: str, gap: int) -> None:
    # Our own truth, on X a fair bit: Y constant gives H(X|Y) = H(X) = 1; Y = X gives I(X;Y) = 1 and H(X|Y) = 0.
    fair = [mpmath.mpf(1) / 2] * 2
    assert mpmath.almosteq(_entropy(fair), 1)
    claim = _only(f"# Note\n\n{text}\n")
    assert claim.verdict == "false"
    if gap:
        assert mpmath.almosteq(_gap(claim.note), gap, 1e-4)
    else:
        assert claim.note.endswith("the two sides are equal")


def _chain_mutual(flips: tuple[mpmath.mpf, mpmath.mpf], first: int, second: int) -> mpmath.mpf:
    """I between two places of a chain of bits, X fair, each step flipping with the given probability."""
    joint: dict[tuple[int, int], mpmath.mpf] = {}
    for bits in itertools.product((0, 1), repeat=3):
        weight = mpmath.mpf(1) / 2
        for step, flip in enumerate(flips):
            weight *= flip if bits[step + 1] != bits[step] else 1 - flip
        key = (bits[first], bits[second])
        joint[key] = joint.get(key, mpmath.mpf(0)) + weight
    margins = [[sum(w for k, w in joint.items() if k[i] == b) for b in (0, 1)] for i in (0, 1)]
    return _entropy(margins[0]) + _entropy(margins[1]) - _entropy(list(joint.values()))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("For a Markov chain $X \\to Y \\to Z$, $I(X;Z) \\le I(X;Y)$.", "holds"),
        ("If X -> Y -> Z, then I(X;Z) <= I(Y;Z).", "holds"),
        ("Se $X \\to Y \\to Z$ è una catena di Markov, allora $I(X;Z|Y) = 0$.", "holds"),
        ("If X → Y → Z, then H(X|Y) <= H(X|Z).", "holds"),
        ("If X -> Y -> Z, then I(X;Z) >= I(X;Y).", "false"),
        ("Pour $X \\to Y \\to Z$, $I(X;Y) \\le I(X;Z)$.", "false"),
    ],
)
def test_a_claim_right_after_a_markov_chain_is_judged_under_it(text: str, verdict: str) -> None:
    # Our own truth: on X fair, Y = X, Z = Y flipped with 1/4, I(X;Z) = 1 - h(1/4) < I(X;Y) = 1.
    steps = (mpmath.mpf(0), mpmath.mpf(1) / 4)
    assert _chain_mutual(steps, 0, 2) < _chain_mutual(steps, 0, 1)
    claim = _only(f"# Note\n\n{text}\n")
    assert claim.verdict == verdict
    assert "Markov chain" in claim.note
    if verdict == "false":
        wanted = _chain_mutual(steps, 0, 2) - _chain_mutual(steps, 0, 1)
        assert mpmath.almosteq(abs(_gap(claim.note)), abs(wanted), 1e-4)


def test_a_value_that_independence_contradicts_is_false() -> None:
    # Our own truth: independent bits, P(X=0) = 1/3: H(X|Y) = H(X) = h(1/3), not 0.
    third = [mpmath.mpf(1) / 3, mpmath.mpf(2) / 3]
    for text in (
        "If X and Y are independent, then H(X|Y) = 0.",
        "Si X et Y sont indépendantes, alors $H(X|Y) = 0$.",
        "若 X 与 Y 独立，则 H(X|Y) = 0。",
        "Quand X et Y sont indépendantes, H(X|Y) = 0.",
        "Se X e Y são independentes, então H(X|Y) = 0.",
    ):
        claim = _only(f"# Note\n\n{text}\n")
        assert claim.verdict == "false"
        assert mpmath.almosteq(_gap(claim.note), _entropy(third), 1e-4)


@pytest.mark.parametrize(
    "text",
    [
        "If Y is a function of X and Z, then H(Y|X) = 0.",
        "If Y is not a function of X, then H(Y|X) > 0.",
        "If Y is a function of X, H(Y|X) = 0; otherwise H(X|Y) = 0.",
        "Se Y è funzione di X, allora H(Y|X) = 0 e I(X;Y) = H(Y).",
        "If X and Y are independent and X is constant, then H(X|Y) = 0.",
        "If X and Y are independent, then H(X|Y) = H(X), and when Y determines X we get H(X|Y) = 0.",
        "If X -> Y -> Z, we cannot conclude I(X;Y) <= I(X;Z).",
        "If Y is a deterministic function of X, then I(X;Y) = H(X) is wrong in general.",
        "If X and Y are independent, then H(X|Y) = 0 does not hold.",
        "Z = X + Y, and in X -> Y -> Z terms I(X;Z) >= I(X;Y) may fail.",
    ],
)
def test_a_claim_not_right_after_its_supposition_is_never_false(text: str) -> None:
    # Each supposition is turned round, shared with another variable, or separated from the claim.
    assert all(claim.verdict != "false" for claim in check_text(f"# Note\n\n{text}\n", "a.md").claims)


def test_a_condition_in_the_next_paragraph_is_not_the_claims() -> None:
    # H(X|Y) = 0 as a value of the document's own variables; the next paragraph supposes something else.
    text = "# Note\n\nHere H(X|Y) = 0.\n\nIf X and Y are independent, then H(X|Y) = H(X).\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "a.md").claims)
