"""A decision-tree node's entropy worked out under its name, its class counts in a bullet above.

``H(Weak) = −(6/8)log₂(6/8) − (2/8)log₂(2/8) = 0.811`` in an unlabelled fence, under ``- Wind = Weak: 8 samples
(6 Yes, 2 No)``: the node named by the step has those counts, so the step is compared with their entropy. Each
document is written for its test; the true values are computed here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, Report, check_text


def _entropy(*counts: int) -> mpmath.mpf:
    total = sum(counts)
    return -mpmath.fsum(mpmath.mpf(c) / total * mpmath.log(mpmath.mpf(c) / total, 2) for c in counts if c)


def _steps(report: Report) -> list[Checked]:
    return [claim for claim in report.claims if claim.kind == "expression"]


_ENGLISH = """# Entropy of the split on Wind

- Wind = Weak: 8 samples (6 Yes, 2 No)
- Wind = Strong: 6 samples (3 Yes, 3 No)

```
H(Weak) = −(6/8)log₂(6/8) − (2/8)log₂(2/8) = {weak}
H(Strong) = −(3/6)log₂(3/6) − (3/6)log₂(3/6) = 1.000
```
"""

_GERMAN = """# Entropie der Knoten

* Wind = Schwach: 8 Beispiele (6 ja, 2 nein)
* Wind = Stark: 6 Beispiele (3 ja, 3 nein)

```
H(Schwach) = −(6/8)log₂(6/8) − (2/8)log₂(2/8) = {weak}
H(Stark) = −(3/6)log₂(3/6) − (3/6)log₂(3/6) = 1.000
```
"""

_KOREAN = """# 노드의 엔트로피

- 바람 = 약함: 8개 (예 6개, 아니오 2개)
- 바람 = 강함: 6개 (예 3개, 아니오 3개)

```
H(약함) = −(6/8)log₂(6/8) − (2/8)log₂(2/8) = {weak}
H(강함) = −(3/6)log₂(3/6) − (3/6)log₂(3/6) = 1.000
```
"""


@pytest.mark.parametrize("document", [_ENGLISH, _GERMAN, _KOREAN])
def test_a_node_step_under_its_counts_holds_with_their_entropy(document: str) -> None:
    weak = mpmath.nstr(_entropy(6, 2), 3)
    steps = _steps(check_text(document.format(weak=weak), "tree.md"))
    assert [(step.text.rsplit("= ", 1)[1], step.verdict) for step in steps] == [(weak, "holds"), ("1.000", "holds")]
    assert float(steps[0].value or "nan") == pytest.approx(float(_entropy(6, 2)), abs=1e-9)
    assert "entropy of the node's class counts" in steps[0].note
    assert not [claim for claim in check_text(document.format(weak=weak), "tree.md").claims if claim.kind == "entropy"]


def test_a_node_whose_counts_give_another_entropy_is_false_and_its_step_unchecked() -> None:
    document = _ENGLISH.format(weak="0.811").replace("(6 Yes, 2 No)", "(5 Yes, 3 No)")
    report = check_text(document, "tree.md")
    (node,) = [claim for claim in report.claims if claim.kind == "entropy"]
    assert node.verdict == "false"
    assert float(node.value or "nan") == pytest.approx(float(_entropy(5, 3)), abs=1e-9)
    assert [step.verdict for step in _steps(report)] == ["unchecked", "holds"]


def test_a_size_that_is_not_the_counts_sum_names_no_node() -> None:
    document = _ENGLISH.format(weak="0.811").replace("8 samples", "9 samples")
    assert [step.verdict for step in _steps(check_text(document, "tree.md"))] == ["unchecked", "holds"]


def test_arithmetic_that_misses_the_value_stays_false() -> None:
    steps = _steps(check_text(_ENGLISH.format(weak="0.75"), "tree.md"))
    assert steps[0].verdict == "false"
    assert float(steps[0].value or "nan") == pytest.approx(float(_entropy(6, 2)), abs=1e-9)


def _weighted(weak: str, strong: str) -> mpmath.mpf:
    return mpmath.mpf(8) / 14 * mpmath.mpf(weak) + mpmath.mpf(6) / 14 * mpmath.mpf(strong)


@pytest.mark.parametrize(
    "name", ["H_weighted", "Weighted entropy", "Gewichtete Entropie", "Entropía ponderada", "加权熵", "가중 엔트로피"]
)
def test_a_weighted_entropy_worked_from_rounded_children_is_read_by_its_name(name: str) -> None:
    total = _weighted("0.8113", "1.0000")
    terms = [mpmath.nstr(mpmath.mpf(n) / 14 * mpmath.mpf(h), 4) for n, h in ((8, "0.8113"), (6, "1.0000"))]
    for written, verdict in ((mpmath.nstr(total, 4), "holds"), ("0.9922", "false")):
        line = f"{name} = (8/14)(0.8113) + (6/14)(1.0000) = {terms[0]} + {terms[1]} = {written}"
        claims = check_text(_ENGLISH.format(weak="0.811") + f"\n```\n{line}\n```\n", "tree.md").claims
        (last,) = [claim for claim in claims if claim.text.startswith("(8/14)") and claim.text.endswith(written)]
        assert last.verdict == verdict
        assert float(last.value or "nan") == pytest.approx(float(total), abs=1e-9)


def test_a_sum_under_another_name_stays_unread() -> None:
    line = "H_total = (8/14)(0.8113) + (6/14)(1.0000) = 0.9922"
    claims = check_text(_ENGLISH.format(weak="0.811") + f"\n```\n{line}\n```\n", "tree.md").claims
    assert not [claim for claim in claims if claim.text.startswith("(8/14)")]


def test_a_node_entropy_with_its_unit_before_the_equals_sign_is_read_in_that_unit() -> None:
    """``H(Weak) in nats = 0.562``: 6 yes and 2 no give 0.5623 nats (0.811 bits)."""
    shares = [mpmath.mpf(6) / 8, mpmath.mpf(2) / 8]
    nats = -mpmath.fsum(share * mpmath.log(share) for share in shares)
    page = "# Split on Wind\n\n- Wind = Weak: 8 samples (6 Yes, 2 No)\n\n"
    page += f"```\nH(Weak) in nats = {mpmath.nstr(nats, 3)}\n"
    page += "Split info = −(8/14)log₂(8/14) − (6/14)log₂(6/14) = 0.985\n```\n"
    claims = [claim for claim in check_text(page, "a.md").claims if claim.kind == "entropy"]
    assert [(claim.verdict, claim.unit) for claim in claims] == [("holds", "nats")]
