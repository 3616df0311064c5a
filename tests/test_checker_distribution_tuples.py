"""A list in parentheses after the word "distribution" ("For the distribution (0.5, 0.25, 0.25):", "分布 (0.25, ...)
のエントロピー:") has its entropy given below it, and again in other units in the list items that follow."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

P = ["0.5", "0.25", "0.25"]


def h(values: list[str], base: float) -> mpmath.mpf:
    return -sum(mpmath.mpf(v) * mpmath.log(mpmath.mpf(v), base) for v in values)


def verdicts(text: str) -> list[tuple[str, str | None]]:
    return [(claim.verdict, claim.value) for claim in check_text(text, "units.md").claims if claim.kind != "definition"]


def test_an_entropy_and_its_conversions_below_a_distribution() -> None:
    bits, nats = mpmath.nstr(h(P, 2), 3), mpmath.nstr(h(P, mpmath.e), 4)  # 1.5, 1.040
    text = f"For the distribution (0.5, 0.25, 0.25):\n\n- H = {bits} bits\n- H = {nats} nats\n- H = 0.4515 hartleys\n"
    assert [verdict for verdict, _ in verdicts(text)] == ["holds", "holds"]
    found = verdicts(text.replace(f"H = {nats} nats", f"H = {bits} nats"))  # the bits' value written in nats
    assert [verdict for verdict, _ in found] == ["holds", "false"]
    assert mpmath.almosteq(mpmath.mpf(found[1][1] or "nan"), h(P, mpmath.e), 1e-9)


@pytest.mark.parametrize(
    ("lead", "units"),
    [
        ("分布 (0.5, 0.25, 0.25) のエントロピー:", ("ビット", "ナット")),
        ("L'entropie de la distribution (0.5, 0.25, 0.25) :", ("bits", "nats")),
    ],
)
def test_a_lead_in_ending_in_a_colon_gives_the_items_its_entropy(lead: str, units: tuple[str, str]) -> None:
    right, wrong = mpmath.nstr(h(P, mpmath.e), 4), "1.5"  # 1.5 is the entropy in bits, not in nats
    text = f"{lead}\n\n- 1.5 {units[0]}\n- {right} {units[1]}\n"
    assert [verdict for verdict, _ in verdicts(text)] == ["holds", "holds"]
    found = verdicts(text.replace(f"- {right} {units[1]}", f"- {wrong} {units[1]}"))
    assert [verdict for verdict, _ in found] == ["holds", "false"]


@pytest.mark.parametrize(
    "text",
    [
        "We compute H(0.5, 0.25, 0.25) later.\n\n- H = 2 bits\n",  # a function's arguments, not a distribution
        "For the distribution (0.5, 0.25, 0.25):\n\n- H = 1.5 bits\n- H = 2 bits\n",  # the same unit again: another
        "For the distribution (0.5, 0.25, 0.25):\n\n- H = 1.5 bits\n- H(Y) = 2 nats\n",  # another variable's
        "For the distribution (0.5, 0.25, 0.25), the maximum entropy is 2 bits.\n",  # a maximum, not its entropy
        "For the distribution (0.5, 0.25, 0.20):\n\n- H = 2 bits\n",  # sums to 0.95
    ],
)
def test_other_values_near_a_distribution_are_not_judged(text: str) -> None:
    assert all(verdict != "false" for verdict, _ in verdicts(text)), verdicts(text)
