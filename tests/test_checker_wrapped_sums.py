"""Sums of weighted branch entropies written over several lines (each but the last ending in ``+`` or ``-``, the value
alone on the line below, decimal commas or points), and an information gain's arithmetic after the branch entropies
named (``Gain(A) = Entropy(S) - (5/14)Entropy(Sunny) - ... ≈ 0.940 - (5/14)*0.971 - ... ≈ 0.247``): each judged as
arithmetic on the rounded numbers written, with the right value when it does not add up; and what stays unread."""

from __future__ import annotations

from fractions import Fraction

import mpmath

from kldocs.checker import check_text

mpmath.mp.dps = 30


def _claims(text: str) -> dict[int, list[tuple[str, str]]]:
    """The arithmetic claims by the line of their value: (verdict, note)."""
    found: dict[int, list[tuple[str, str]]] = {}
    for claim in check_text(text, "sums.md").claims:
        if claim.kind == "expression":
            found.setdefault(claim.lines[-1], []).append((claim.verdict, claim.note or ""))
    return found


def _line(text: str, words: str) -> int:
    return next(number for number, line in enumerate(text.split("\n"), 1) if line.strip() == words)


def _exact(*terms: tuple[Fraction, str]) -> mpmath.mpf:
    """The sum of weights times decimals as written, worked out exactly."""
    total = sum((weight * Fraction(number.replace(",", ".")) for weight, number in terms), Fraction(0))
    return mpmath.mpf(total.numerator) / total.denominator


WRAPPED = """# Gewichtete Entropie

Die gewichtete Entropie der Zweige:

= 4/10 · 0,811 +
6/10 · 0,918
= 0,876

Für das Attribut a2:

= 3/10 · 0,918 +
5/10 · 0,971 +
2/10 · 0
= 0,690

## Entropie pondérée

H(S|Ciel) = 5/14 × 0,971 +
4/14 × 0 +
5/14 × 0,971
= 0,794

## Ganancia

Ganancia = 0,940 -
8/14 · 0,811 -
6/14 · 1
= 0,048
"""


def test_a_sum_over_lines_with_its_value_alone_is_judged() -> None:
    found = _claims(WRAPPED)
    [(verdict, note)] = found[_line(WRAPPED, "= 0,876")]
    assert verdict == "holds"  # 0.8752, its numbers rounded: 0.876 is allowed
    assert mpmath.nstr(_exact((Fraction(4, 10), "0.811"), (Fraction(6, 10), "0.918")), 4) in note
    [(verdict, note)] = found[_line(WRAPPED, "= 0,690")]
    assert verdict == "false"
    exact = _exact((Fraction(3, 10), "0.918"), (Fraction(5, 10), "0.971"))
    assert mpmath.nstr(exact, 5) in note  # 0.7609
    [(verdict, note)] = found[_line(WRAPPED, "= 0,794")]
    assert verdict == "false"
    assert mpmath.nstr(_exact((Fraction(5, 14), "0.971"), (Fraction(5, 14), "0.971")), 10) in note  # 0.6936
    [(verdict, _)] = found[_line(WRAPPED, "= 0,048")]
    assert verdict == "holds"


NAMED = (
    "# Information gain\n\n"
    "Gain(S, Outlook) = Entropy(S) - (5/14)Entropy(Sunny) - (4/14)Entropy(Overcast) - (5/14)Entropy(Rain) "
    "≈ 0.940 - (5/14)*0.971 - (4/14)*0 - (5/14)*0.971 ≈ 0.247\n\n"
    "IG(Humidity) ≈ 0.940 - 0.4315 - 0.296 ≈ 0.151\n\n"
    "정보 이득 = H(S) - 8/14 H(Weak) - 6/14 H(Strong) = 0.940 - 0.4635 - 0.4286 = 0.048\n\n"
    "Ganho(S, Umidade) ≈ 0.940 - 0.493 - 0.296 ≈ 0.251\n"
)


def test_a_gain_worked_after_its_named_branch_entropies_is_judged_as_arithmetic() -> None:
    found = _claims(NAMED)
    [(verdict, _)] = found[3]
    assert verdict == "holds"  # 0.2464 from the rounded 0.940 and 0.971: 0.247 allowed
    [(verdict, note)] = found[5]
    assert verdict == "false"
    assert str(Fraction("0.940") - Fraction("0.4315") - Fraction("0.296")) == "17/80"  # 0.2125
    assert "0.2125" in note
    [(verdict, _)] = found[7]
    assert verdict == "holds"
    [(verdict, note)] = found[9]
    assert verdict == "false"
    assert "0.151" in note


NEAR_MISSES = """# Near misses

With p = 0.25 written with a point, a comma between whole numbers in brackets is a pair's.

= 4/10 · H(Weak) +
6/10 · H(Strong)
= 0,876

= 0,4 +

0,6
= 1,5

x = (4,6) +
(1,2)
= 0,9

= 4/10 · 0,811 +
6/10 · 0,918 +
= 0,5
"""


def test_sums_over_lines_that_are_not_plain_arithmetic_stay_unread() -> None:
    assert _claims(NEAR_MISSES) == {}
