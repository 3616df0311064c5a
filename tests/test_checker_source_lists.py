"""A source's distribution given without a name ("Verteilung der Quelle: A: 0,5, B: 0,25, ...") is the
distribution of the one variable whose entropy the claims after it give (``H(X)``)."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

SOURCE = ["0.5", "0.25", "0.125", "0.125"]


def entropy(values: list[str], base: float) -> mpmath.mpf:
    return -sum(mpmath.mpf(v) * mpmath.log(mpmath.mpf(v), base) for v in values)


def entropy_claims(text: str) -> list[tuple[str, str | None]]:
    return [(claim.verdict, claim.value) for claim in check_text(text, "quelle.md").claims if claim.kind == "entropy"]


@pytest.mark.parametrize(
    ("line", "unit", "base"),
    [
        ("Verteilung der Quelle: A: 0,5, B: 0,25, C: 0,125, D: 0,125", "Hartley", 10),
        ("Source distribution: a = 1/2; b = 1/4; c = 1/8; d = 1/8", "bits", 2),
        ("Distribution de la source : A : 0,5 / B : 0,25 / C : 0,125 / D : 0,125", "nat", mpmath.e),
        ("信源分布：A: 0.5, B: 0.25, C: 0.125, D: 0.125", "bit", 2),
    ],
)
def test_the_source_is_the_variable_whose_entropy_follows(line: str, unit: str, base: float) -> None:
    right = entropy(SOURCE, base)
    wrong = right * mpmath.mpf("1.1")
    text = f"{line}\n\na) H(X) = {mpmath.nstr(right, 4)} {unit}\nb) H(X) = {mpmath.nstr(wrong, 4)} {unit}\n"
    found = entropy_claims(text)
    assert [verdict for verdict, _ in found] == ["holds", "false"], found
    assert mpmath.almosteq(mpmath.mpf(found[1][1] or "nan"), right, 1e-9)


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("Verteilung der Quelle: A: 0,5, B: 0,25, C: 0,125, D: 0,125", "H(X) = 1,75 Bit und H(Y) = 1 Bit"),  # two
        ("Verteilung der Quelle: A: 0,5, B: 0,25, C: 0,125, D: 0,125", "H(X) = 1,75 Bit, D(X‖Y) = 0,25 Bit"),
        ("Verteilung der Quelle: A: 0,5, B: 0,25, C: 0,125, D: 0,125", "X = (0,25; 0,75)\n\nH(X) = 0,811 Bit"),
        ("Verteilung der Quelle: A: 0,5, B: 0,25, C: 0,25, D: 0,125", "H(X) = 1,75 Bit"),  # sums to 1.125
        ("Häufigkeiten: A: 0,5, B: 0,25, C: 0,125, D: 0,125", "H(X) = 1,75 Bit"),  # no source's distribution
        ("Verteilung der Quelle: A: 0,5, B: 0,25, C: 0,125, D: 0,125", "H(X|Y) = 1,75 Bit"),  # a conditional
    ],
)
def test_a_source_not_tied_to_one_variable_is_not_read(line: str, after: str) -> None:
    text = f"{line}\n\n{after}\n"
    claims = check_text(text, "quelle.md").claims
    assert all(claim.verdict != "false" for claim in claims), claims
    assert not any(claim.kind == "definition" and "0.125" in claim.text for claim in claims), claims
