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
