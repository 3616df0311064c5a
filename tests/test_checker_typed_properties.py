"""Definitions and properties as people type them outside LaTeX, in several languages.

Each definition's truth is worked out here independently: a typed formula is evaluated on a small
distribution of our own with mpmath and compared with the measure it names.
"""

from __future__ import annotations

from collections.abc import Callable

import mpmath
import pytest

from kldocs.checker import Checked, check_text

_P = [mpmath.mpf(1) / 5, mpmath.mpf(1) / 2, mpmath.mpf(3) / 10]
_Q = [mpmath.mpf(1) / 4, mpmath.mpf(1) / 4, mpmath.mpf(1) / 2]
_COIN = [_P[0], 1 - _P[0]]  # q = 1/5 in the formulas of two outcomes


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))


def _cross(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(a * mpmath.log(b) for a, b in zip(p, q, strict=True))


def _definitions(text: str, name: str = "a.txt") -> list[Checked]:
    return [item for item in check_text(text, name).claims if item.kind == "definition" and "=" in item.text]


# Each typed formula, the value its right side gives for P = (1/5, 1/2, 3/10), Q = (1/4, 1/4, 1/2), and the
# measure its left side names.
_TYPED = [
    ("KL(P || Q) = Σ(P(x) * log(P(x) / Q(x)))", lambda: _kl(_P, _Q), lambda: _kl(_P, _Q)),
    ("KL(P || Q) = Σ(P(x) * log(Q(x) / P(x)))", lambda: -_kl(_P, _Q), lambda: _kl(_P, _Q)),
    ("H(p,q)=−∑∀xp(x)log(q(x))", lambda: _cross(_P, _Q), lambda: _cross(_P, _Q)),
    ("H(p,q)=∑∀xp(x)log(q(x))", lambda: -_cross(_P, _Q), lambda: _cross(_P, _Q)),
    ("H = -Sum(pi * log2(pi))", lambda: _cross(_P, _P), lambda: _cross(_P, _P)),
    ("H = ∑[ Pn × Log(1/Pn) ]", lambda: _cross(_P, _P), lambda: _cross(_P, _P)),
    ("L = - Σᵢ yᵢ * log₂(pᵢ)", lambda: _cross(_P, _Q), lambda: _cross(_P, _Q)),
    ("H(X) = -q log q - (1-q) log(1-q)", lambda: _cross(_COIN, _COIN), lambda: _cross(_COIN, _COIN)),
    ("H(q) = q log q + (1-q) log(1-q)", lambda: -_cross(_COIN, _COIN), lambda: _cross(_COIN, _COIN)),
    ("H_b(q) = q log(1/q) + (1-q) log(1/(1-q))", lambda: _cross(_COIN, _COIN), lambda: _cross(_COIN, _COIN)),
]


@pytest.mark.parametrize(("line", "right_side", "named"), _TYPED)
def test_a_definition_typed_in_unicode_or_ascii_is_judged_by_its_sign(
    line: str, right_side: Callable[[], mpmath.mpf], named: Callable[[], mpmath.mpf]
) -> None:
    expected = "holds" if mpmath.almosteq(right_side(), named()) else "false"
    (claim,) = _definitions(f"The formula reads\n\n{line}\n\nwith the sum over the outcomes.\n")
    assert claim.verdict == expected


def test_a_loss_with_its_sign_flipped_may_be_a_log_likelihood_and_is_not_read() -> None:
    assert _definitions("The loss is\n\nL = Σᵢ yᵢ * log(pᵢ)\n") == []


def test_a_definition_in_a_code_span_is_read_like_prose_and_code_is_not() -> None:
    text = "Cross-entropy is\n\n``  H(p,q)=−∑∀xp(x)log(q(x))``\n\nand in code `kl = np.sum(p * np.log(p / q))`.\n"
    (claim,) = _definitions(text)
    assert (claim.verdict, claim.lines, "§" in claim.text) == ("holds", (3,), False)
