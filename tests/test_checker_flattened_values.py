"""An exam's correction whose table was flattened into text: a joint table as rows of fractions over one
denominator (each row's sum after it), then lines of a symbol, maybe its formula, and its value, no ``=``
(``H(Y) 1.539``, ``H(X/Y) H(X,Y)- H(Y) 0.763``, ``H(X,Y) 5/2``), the slash the conditional bar.

Every truth is worked out here with mpmath from the joint table; the wrong values are false with the right value.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _claims(text: str, name: str = "a.txt") -> list[Checked]:
    return list(check_text(text, name).claims)


def _truths(joint: list[list[mpmath.mpf]]) -> dict[str, mpmath.mpf]:
    """H(X), H(Y), H(X,Y), H(X|Y), H(Y|X), I(X;Y) in bits of a joint table (rows X, columns Y)."""

    def h(values: list[mpmath.mpf]) -> mpmath.mpf:
        return -mpmath.fsum(v * mpmath.log(v, 2) for v in values if v)

    rows = [mpmath.fsum(row) for row in joint]
    columns = [mpmath.fsum(row[j] for row in joint) for j in range(len(joint[0]))]
    both = h([cell for row in joint for cell in row])
    hx, hy = h(rows), h(columns)
    return {
        "H(X)": hx,
        "H(Y)": hy,
        "H(X,Y)": both,
        "H(X|Y)": both - hy,
        "H(Y|X)": both - hx,
        "I(X;Y)": hx + hy - both,
    }


def _over(denominator: int, rows: list[list[int]]) -> list[list[mpmath.mpf]]:
    return [[mpmath.mpf(cell) / denominator for cell in row] for row in rows]


_THIRTY_SIXTHS = _over(36, [[6, 3, 3], [2, 10, 12]])

#: Three exams: French, German (a Σ column), Spanish; each has three wrong values (H(Y), H(X|Y), I(X;Y)).
_EXAMS = [
    (
        "Correction de l'examen - Exercice 3\n\nLoi conjointe p(x,y) (valeurs sur 36) :\n\n"
        "        y1      y2      y3      p(x)\n"
        "x1      6/36    3/36    3/36    12/36\n"
        "x2      2/36    10/36   12/36   24/36\n\n"
        "H(X) 0.918\nH(Y) 1.549\nH(X,Y) 2.302\nH(X/Y) H(X,Y)- H(Y) 0.79\nH(Y/X) H(X,Y)- H(X) 1.383\n"
        "I(X;Y) H(X)- H(X/Y) 0.128\n"
    ),
    (
        "Lösung zu Aufgabe 3\n\nGemeinsame Verteilung:\n\n"
        "      y_1    y_2    y_3    Σ\n"
        "x_1   6/36   3/36   3/36   12/36\n"
        "x_2   2/36   10/36  12/36  24/36\n\n"
        "H(X)       0.918 bit\nH(Y)       1.549 bit\nH(X,Y)     2.302 bit\nH(X/Y)     0.79 bit\n"
        "H(Y/X)     1.383 bit\nI(X;Y)     0.128 bit\n"
    ),
    (
        "Solución del examen\n\nDistribución conjunta:\n\n"
        "   y1     y2     y3\n"
        "x1 6/36   3/36   3/36\n"
        "x2 2/36   10/36  12/36\n\n"
        "H(X) 0.918\nH(Y) 1.549\nH(X,Y) 2.302\nH(X/Y) H(X,Y) - H(Y) 0.79\nH(Y/X) H(X,Y) - H(X) 1.383\n"
        "I(X;Y) H(X) + H(Y) - H(X,Y) 0.128\n"
    ),
]
_WRONG = {"H(Y)", "H(X|Y)", "I(X;Y)"}


@pytest.mark.parametrize("text", _EXAMS)
def test_a_flattened_table_s_values_are_checked_against_its_joint(text: str) -> None:
    truths = _truths(_THIRTY_SIXTHS)
    claims = {claim.text.partition(" ")[0]: claim for claim in _claims(text)}
    assert set(claims) >= set(truths), claims
    for symbol, truth in truths.items():
        claim = claims[symbol]
        written = float(claim.text.split()[2])
        places = len(claim.text.split()[2].partition(".")[2])
        assert (round(float(truth), places) != written) == (symbol in _WRONG)
        assert claim.verdict == ("false" if symbol in _WRONG else "holds"), claim
        if symbol in _WRONG:  # the right value, in bits (the value itself when the document names the unit)
            assert claim.value is None or abs(float(claim.value) - float(truth)) < 1e-9
            assert f"{symbol} = {mpmath.nstr(truth, 10)} bits" in claim.note, claim.note


def test_values_given_as_fractions_are_exact() -> None:
    joint = _over(8, [[1, 1, 2], [2, 1, 1]])
    truths = _truths(joint)
    assert truths["H(X,Y)"] == mpmath.mpf(5) / 2 and truths["H(Y|X)"] == mpmath.mpf(3) / 2
    assert mpmath.almosteq(truths["H(X)"], 1)
    text = (
        "Exercise 2 (solution)\n\n        y1    y2    y3\n"
        "x1      1/8   1/8   1/4   1/2\nx2      1/4   1/8   1/8   1/2\n\n"
        "H(X) 1\nH(X,Y) 5/2\nH(Y/X) H(X,Y)- H(X) 3/2\nH(X/Y) 9/4\n"
    )
    verdicts = {claim.text: claim.verdict for claim in _claims(text)}
    assert verdicts == {"H(X) = 1": "holds", "H(X,Y) = 5/2": "holds", "H(Y|X) = 3/2": "holds", "H(X|Y) = 9/4": "false"}
    assert truths["H(X|Y)"] != mpmath.mpf(9) / 4


#: Lines that are not a flattened table's values: never claims.
_NOT_VALUES = [
    "H(X) counts 2 points\n",
    "H(X) 2 points\n",
    "The answer H(X) 0.5 is in the table.\n",
    "I(X/Y) 0.3\n",
]


@pytest.mark.parametrize("line", _NOT_VALUES)
def test_a_line_with_words_is_not_a_flattened_value(line: str) -> None:
    text = "        y1    y2\nx1      1/4   1/4\nx2      1/4   1/4\n\n" + line
    assert not [claim for claim in _claims(text) if claim.verdict != "unchecked"]


def test_a_row_whose_last_cell_is_not_its_sum_is_no_table() -> None:
    text = "        y1    y2\nx1      1/4   1/4   1/4\nx2      1/4   1/4   0\n\nH(X) 0.5\n"
    assert {claim.verdict for claim in _claims(text)} <= {"unchecked"}
