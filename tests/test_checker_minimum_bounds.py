"""A measure of random variables bounded by the smaller or larger of two others, ``I(X;Y) \\le \\min\\{H(X), H(Y)\\}``.

Each bound is worked out with mpmath on joint distributions of our own (tests/test_checker_shannon_measures.py's):
one that holds holds on each, and one that fails somewhere is never called true.
"""

from __future__ import annotations

from collections.abc import Callable

import mpmath
import pytest

from kldocs.checker import check_text
from tests.test_checker_shannon_measures import _JOINTS, Entropy, _entropy_of, _mi

# Each bound as written, and its gap (the bound minus the bounded measure, never negative when it holds).
_HOLDING: list[tuple[str, Callable[[Entropy], mpmath.mpf]]] = [
    ("$I(X;Y) \\le \\min\\{H(X), H(Y)\\}$", lambda h: min(h("X"), h("Y")) - _mi(h, "X", "Y")),
    ("$$I(X;Y) \\leq \\min(H(X), H(Y))$$", lambda h: min(h("X"), h("Y")) - _mi(h, "X", "Y")),
    ("互信息满足 $I(X;Y) \\le \\min\\{H(X),H(Y)\\}$。", lambda h: min(h("X"), h("Y")) - _mi(h, "X", "Y")),
    ("Die Verbundentropie: $H(X,Y) \\ge \\max\\{H(X), H(Y)\\}$.", lambda h: h("XY") - max(h("X"), h("Y"))),
    (
        "$I(X;Z|Y) \\le \\min\\{H(X|Y), H(Z|Y)\\}$",
        lambda h: min(h("XY") - h("Y"), h("YZ") - h("Y")) - _mi(h, "X", "Z", "Y"),
    ),
]


@pytest.mark.parametrize(("text", "gap"), _HOLDING)
def test_a_bound_by_a_minimum_of_shannons_measures_holds(text: str, gap: Callable[[Entropy], mpmath.mpf]) -> None:
    assert all(gap(_entropy_of(joint)) >= -(1e-12) for joint in _JOINTS)
    claims = [claim for claim in check_text(f"{text}\n", "a.md").claims if "min" in claim.text or "max" in claim.text]
    assert [(claim.kind, claim.verdict) for claim in claims] == [("bound", "holds")]
    assert claims[0].note.startswith("a bound by the smaller (or larger) of two measures")


# Bounds that fail on a distribution above: never called true nor false.
_FAILING: list[tuple[str, Callable[[Entropy], mpmath.mpf]]] = [
    ("$I(X;Y) \\le \\min\\{H(X|Y), H(Y)\\}$", lambda h: min(h("XY") - h("Y"), h("Y")) - _mi(h, "X", "Y")),
    ("$I(X;Y) \\ge \\min\\{H(X), H(Y)\\}$", lambda h: _mi(h, "X", "Y") - min(h("X"), h("Y"))),
    ("$H(X,Y) \\le \\max\\{H(X), H(Y)\\}$", lambda h: max(h("X"), h("Y")) - h("XY")),
]


@pytest.mark.parametrize(("text", "gap"), _FAILING)
def test_another_bound_by_a_minimum_is_not_read(text: str, gap: Callable[[Entropy], mpmath.mpf]) -> None:
    assert any(gap(_entropy_of(joint)) < -0.01 for joint in _JOINTS)
    claims = [claim for claim in check_text(f"{text}\n", "a.md").claims if "min" in claim.text or "max" in claim.text]
    assert claims == []
