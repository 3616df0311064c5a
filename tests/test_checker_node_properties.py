"""Properties of the entropy listed in a decision-tree note's bullets, with H for the entropy.

``H = 0 → perfectly pure``, ``H is maximised when all classes are equally likely``, ``K classes: max H = log₂(K)``
hold; ``K classes: max H = K`` is false; what names no entropy, or another right side, is not read.
"""

from __future__ import annotations

import pytest

from kldocs.checker import Checked, check_text


def _bounds(text: str) -> list[Checked]:
    return [claim for claim in check_text(text, "notes.md").claims if claim.kind == "bound"]


_NOTE = """# Entropy of a node

Key facts:

{bullets}
"""


@pytest.mark.parametrize(
    "bullet",
    [
        "- H = 0 → perfectly pure",
        "- H = 0 -> pure node",
        "- H is maximised when all classes are equally likely",
        "- H is highest when all outcomes are equally likely",
        "- K classes: max H = log₂(K)",
        "- With n outcomes, maximum entropy = log2(n)",
        "- max H = log K for K classes",
        "* N categories: H_max = ln(N)",
    ],
)
def test_a_true_property_holds(bullet: str) -> None:
    (claim,) = _bounds(_NOTE.format(bullets=bullet))
    assert claim.verdict == "holds"
    assert claim.text in bullet


@pytest.mark.parametrize(
    "bullet",
    ["- K classes: max H = K", "- max H = n for n outcomes", "- H is minimised when all classes are equally likely"],
)
def test_a_wrong_property_is_false(bullet: str) -> None:
    (claim,) = _bounds(_NOTE.format(bullets=bullet))
    assert claim.verdict == "false"


@pytest.mark.parametrize(
    "bullet",
    [
        "- K classes: max H = K - 1",
        "- 2 classes: max H = 1",
        "- max H = log(K) for N classes",
        "- K classes: max H = K/2",
        "- K classes: max H = log₂(K)/K",
        "- max H = log(K)/2 for K classes",
    ],
)
def test_another_right_side_is_not_read(bullet: str) -> None:
    assert _bounds(_NOTE.format(bullets=bullet)) == []


def test_h_is_not_the_entropy_where_the_document_names_none() -> None:
    text = "# Hamiltonian notes\n\n- H = 0 → perfectly pure\n- H is maximised when all classes are equally likely\n"
    assert _bounds(text) == []
