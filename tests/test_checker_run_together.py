"""Measures whose variables are run together, as Chinese and Russian texts write a joint: ``H(XY)``, ``H(X|YZ)``,
``I(X;YZ)``, ``H(X_1X_2\\dots X_n)``.

A list written ``XY`` is the set ``X, Y``. Each identity's truth is computed here with mpmath on joint
distributions of our own (tests/test_checker_shannon_measures.py's), and a slip is shown to fail on one of them,
so that only the checker's reading of the notation decides the verdict.
"""

from __future__ import annotations

from collections.abc import Callable

import mpmath
import pytest

from kldocs.checker import Checked, check_text
from tests.test_checker_shannon_measures import _JOINTS, Entropy, _entropy_of, _mi

# Each claim, the language around it, and its two sides on a joint distribution (equal for an identity).
_IDENTITIES: list[tuple[str, Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]]] = [
    ("联合熵满足 $H(XY) = H(X) + H(Y|X)$。", lambda h: (h("XY"), h("X") + h("XY") - h("X"))),
    (
        "Энтропия объединения: $H(XYZ) = H(X) + H(Y|X) + H(Z|XY)$.",
        lambda h: (h("XYZ"), h("X") + h("XY") - h("X") + h("XYZ") - h("XY")),
    ),
    (
        "条件互信息 $I(X ; Y | Z) = H(X | Z) - H(X | Y Z)$ のように書く。".replace("Y Z", "YZ"),
        lambda h: (_mi(h, "X", "Y", "Z"), h("XZ") - h("Z") - h("XYZ") + h("YZ")),
    ),
    (
        "The chain rule: $I(X;YZ) = I(X;Y) + I(X;Z|Y)$.",
        lambda h: (h("X") + h("YZ") - h("XYZ"), _mi(h, "X", "Y") + _mi(h, "X", "Z", "Y")),
    ),
    (
        "条件熵的链式法则 $H(XY|Z) = H(X|Z) + H(Y|XZ)$。",
        lambda h: (h("XYZ") - h("Z"), h("XZ") - h("Z") + h("XYZ") - h("XZ")),
    ),
]


@pytest.mark.parametrize(("text", "sides"), _IDENTITIES)
def test_an_identity_with_its_variables_run_together_holds(
    text: str, sides: Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]
) -> None:
    for joint in _JOINTS:
        left, right = sides(_entropy_of(joint))
        assert abs(left - right) < 1e-12
    claims = _claims(text)
    assert [(claim.kind, claim.verdict) for claim in claims] == [("identity", "holds")]
    assert "same combination of joint entropies" in claims[0].note


# Slips, each failing on a distribution above by more than rounding: false, with the two sides the checker
# computes on its own trial distribution in the note.
_SLIPS: list[tuple[str, Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]]] = [
    ("由定义 $H(XY) = H(X) + H(X|Y)$。", lambda h: (h("XY"), h("X") + h("XY") - h("Y"))),
    (
        "Il vient $I(X;YZ) = I(X;Y) + I(X;Z)$.",
        lambda h: (h("X") + h("YZ") - h("XYZ"), _mi(h, "X", "Y") + _mi(h, "X", "Z")),
    ),
]


@pytest.mark.parametrize(("text", "sides"), _SLIPS)
def test_a_slip_with_its_variables_run_together_is_false(
    text: str, sides: Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]
) -> None:
    assert any(abs(left - right) > 0.01 for left, right in (sides(_entropy_of(joint)) for joint in _JOINTS))
    claims = _claims(text)
    assert [(claim.kind, claim.verdict) for claim in claims] == [("identity", "false")]
    assert claims[0].note.startswith("not an identity of Shannon's measures: for binary X, Y")


def test_the_checkers_trial_values_for_a_slip_are_the_measures_of_its_distribution() -> None:
    """The note's distribution p(0,0) = 1/14, p(0,1) = 5/14, p(1,0) = 3/7, p(1,1) = 1/7 gives H(X,Y) = 1.7274 bits
    and H(X) + H(X|Y) = 1.7126 bits, worked out here."""
    cells = [mpmath.mpf(1) / 14, mpmath.mpf(5) / 14, mpmath.mpf(3) / 7, mpmath.mpf(1) / 7]

    def h(values: list[mpmath.mpf]) -> mpmath.mpf:
        return -mpmath.fsum(p * mpmath.log(p, 2) for p in values)

    joint, x, y = h(cells), h([cells[0] + cells[1], cells[2] + cells[3]]), h([cells[0] + cells[2], cells[1] + cells[3]])
    (claim,) = _claims("由定义 $H(XY) = H(X) + H(X|Y)$。")
    assert (
        f"the left side is {mpmath.nstr(joint, 5)} bits and the right side {mpmath.nstr(x + joint - y, 5)}"
        in claim.note
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (r"$$H(X_1X_2\dots X_n) = \sum_{i=1}^n H(X_i|X_1\dots X_{i-1})$$", "identity"),
        (r"$$H(X_1X_2\cdots X_n) \le \sum_{i=1}^{n} H(X_i)$$", "bound"),
    ],
)
def test_a_chain_rule_over_n_variables_run_together_holds(text: str, kind: str) -> None:
    claims = _claims(f"Для ансамбля $X_1X_2\\dots X_n$:\n\n{text}\n")
    assert [(claim.kind, claim.verdict) for claim in claims] == [(kind, "holds")]


@pytest.mark.parametrize(
    "text",
    [
        "$$H(MK|C) = H(M|C) + H(K|MC)$$",  # letters that may name one variable each, or a pair: not read
        "$$H(XY;Z) = 0.5$$",  # no measure
        r"$$H(X_1X_2\dots X_n) = H(X_n|X_1\dots X_{n-1})$$",  # a chain with its terms missing: not read as one
        "$$H(XX) = H(X)$$",
    ],
)
def test_other_lists_run_together_are_never_false(text: str) -> None:
    assert all(claim.verdict != "false" for claim in _claims(text))


def _claims(text: str) -> list[Checked]:
    return list(check_text(f"{text}\n", "a.md").claims)
