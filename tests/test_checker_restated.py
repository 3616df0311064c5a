"""Values said again: numbers set in bold, sums of written terms in prose, and values restated after a claim."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

#: Terms -p log2 p of (1/2, 1/3, 1/6), to 4 places, worked out here with mpmath.
SHARES = [mpmath.nstr(-mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2), 4) for p in (0.5, 1 / 3, 1 / 6)]


@pytest.mark.parametrize("off", [Fraction(0), Fraction(5, 100)])
def test_a_number_set_in_bold_is_the_value(off: Fraction) -> None:
    """``= \\textbf{1.46}`` at the end of a sum of terms is its total, judged as any number."""
    exact = sum(Fraction(share) for share in SHARES)
    total = f"{float(exact + off):.2f}"
    text = f"\\[ H(S) = {' + '.join(SHARES)} = \\textbf{{{total}}} \\mbox{{bits}} \\]\n"
    claims = [claim for claim in check_text(text, "sheet.tex").claims if claim.text.endswith(total)]
    assert [claim.verdict for claim in claims] == ["false" if off else "holds"]


@pytest.mark.parametrize(("terms", "total"), [(("0.25", "0.5", "0.125"), "0.875"), (("0.4", "0.35"), "0.80")])
def test_a_measure_set_to_a_sum_of_decimals_and_its_total_is_judged(terms: tuple[str, ...], total: str) -> None:
    """``H = a + b + c = t`` in prose, the terms worked out in a form not read: the sum as written against ``t``."""
    exact = sum(Fraction(term) for term in terms)
    holds = abs(exact - Fraction(total)) <= Fraction(1, 2 * 10 ** len(total.partition(".")[2]))
    text = f"The terms were worked out in the figure.\nAdding them: H = {' + '.join(terms)} = {total} bits\n"
    (claim,) = [claim for claim in check_text(text, "notes.txt").claims if claim.lines == (2,)]
    assert claim.text == f"{' + '.join(terms)} = {total}"
    assert claim.verdict == ("holds" if holds else "false")


def test_a_sum_under_another_name_or_run_into_a_symbol_is_not_read() -> None:
    """Only a measure's symbol before the sum; a total glued to a letter is a copy's glyphs."""
    text = "p = 0.2 + 0.3 = 0.6\n\nH=0.25+0.5=0.7H\n"
    assert not check_text(text, "notes.txt").claims
