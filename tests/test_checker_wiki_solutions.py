"""A wiki's model solution: rows headed ``$P_X(x)$``, values in ``\\underline{= 0.25\\,{\\rm (bit)}}`` after thin
``\\hspace{0.05cm}`` spaces."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

_P = [Fraction(1, 2), Fraction(1, 4), Fraction(1, 8), Fraction(1, 8)]
_Q = [Fraction(1, 4)] * 4


def _kl_bits(p: list[Fraction], q: list[Fraction]) -> mpmath.mpf:
    def real(x: Fraction) -> mpmath.mpf:
        return mpmath.mpf(x.numerator) / x.denominator

    return sum(real(a) * mpmath.log(real(a / b), 2) for a, b in zip(p, q, strict=True))


_TABLE = (
    "| $x$ | $0$ | $1$ | $2$ | $3$ |\n|---|---|---|---|---|\n"
    "| $P_X(x)$ | $1/2$ | $1/4$ | $1/8$ | $1/8$ |\n| $Q_X(x)$ | $1/4$ | $1/4$ | $1/4$ | $1/4$ |\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "'''(2)''' Es gilt $D(P_X \\hspace{{0.05cm}}|| \\hspace{{0.05cm}} Q_X) \\hspace{{0.15cm}}"
        "\\underline{{= {forward}\\,{{\\rm (bit)}}}}$ und "
        "$D(Q_X \\hspace{{0.05cm}}|| \\hspace{{0.05cm}} P_X) \\hspace{{0.15cm}}"
        "\\underline{{= {backward}\\,{{\\rm (bit)}}}}$.",
        "(b) $D(P_X\\hspace{{3pt}}||\\hspace{{3pt}}Q_X) = \\underline{{{forward}\\ \\rm bit}}$, "
        "$D(Q_X\\hspace{{3pt}}||\\hspace{{3pt}}P_X) = \\underline{{{backward}\\ \\rm bit}}$.",
    ],
)
def test_both_directions_under_rows_headed_p_x_of_x(line: str) -> None:
    forward, backward = _kl_bits(_P, _Q), _kl_bits(_Q, _P)
    assert forward == backward == mpmath.mpf("0.25")
    text = _TABLE + line.format(forward="0.25", backward="0.35") + "\n"
    found = [(claim.verdict, claim.note) for claim in check_text(text, "loesung.md").claims if claim.kind == "kl"]
    assert [verdict for verdict, _ in found] == ["holds", "false"], found
    assert "D_KL(Q_X||P_X) = 0.25 bits exactly" in found[1][1]


def test_rows_headed_p_x_of_x_define_their_distributions() -> None:
    names = [claim.text for claim in check_text(_TABLE, "loesung.md").claims if claim.kind == "definition"]
    assert names == ["P_X = (1/2, 1/4, 1/8, 1/8)", "Q_X = (1/4, 1/4, 1/4, 1/4)"]


def test_a_wide_space_still_parts_two_claims() -> None:
    text = _TABLE + "$D(P_X||Q_X) = 0.25 \\hspace{2cm} 0.5$\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "loesung.md").claims)
