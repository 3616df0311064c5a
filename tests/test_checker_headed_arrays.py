"""A joint distribution as a LaTeX ``array`` whose labels carry their variable (``Y=0``, ``X=1``; ``x=1``, ``y=2``)
binds the marginals, the joint and the conditionals, as a table with ``X \\backslash Y`` in its corner does."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

#: Rows X, columns Y: p(0,0) = 1/4, p(0,1) = 1/4, p(1,0) = 1/2, p(1,1) = 0.
JOINT = [[mpmath.mpf(1) / 4, mpmath.mpf(1) / 4], [mpmath.mpf(1) / 2, mpmath.mpf(0)]]


def h(values: list[mpmath.mpf]) -> mpmath.mpf:
    return -sum(v * mpmath.log(v, 2) for v in values if v > 0)


def h_x_given_y() -> mpmath.mpf:
    return h([cell for row in JOINT for cell in row]) - h([sum(column) for column in zip(*JOINT, strict=True)])


def table(rows: str = "X", columns: str = "Y", cells: tuple[str, str, str, str] = ("1/4", "1/4", "1/2", "0")) -> str:
    a, b, c, d = cells
    return (
        "\\[\n\\begin{array}{c|cc}\n"
        f" & {columns}=0 & {columns}=1\\\\ \\hline\n{rows}=0 & {a} & {b}\\\\\n{rows}=1 & {c} & {d}\n"
        "\\end{array}\n\\]\n"
    )


def verdicts(text: str) -> dict[str, tuple[str, str | None]]:
    return {claim.text: (claim.verdict, claim.value) for claim in check_text(text, "mi.tex").claims}


@pytest.mark.parametrize(("rows", "columns"), [("X", "Y"), ("x", "y")])
def test_labels_with_their_variable_name_the_table(rows: str, columns: str) -> None:
    right = mpmath.nstr(h_x_given_y(), 3)  # 0.689
    text = (
        f"Совместное распределение:\n{table(rows, columns)}"
        f"Тогда $H(Y) \\approx 0{{,}}811$ бит, $H(X|Y) \\approx {right.replace('.', '{,}')}$ бит, "
        "$H(Y|X) \\approx 0{,}811$ бит.\n"
    )
    found = verdicts(text)
    assert found["H(Y) \\approx 0.811"][0] == "holds"
    assert found[f"H(X|Y) \\approx {right}"][0] == "holds"
    verdict, value = found["H(Y|X) \\approx 0.811"]  # H(Y|X) = 1/2 bit: H(Y)'s value is wrong for it
    assert verdict == "false" and mpmath.almosteq(mpmath.mpf(value or "nan"), mpmath.mpf("0.5"), 1e-9)


@pytest.mark.parametrize(
    "body",
    [
        table("X", "X"),  # one variable both ways: no joint
        table("X", "Y", ("1/4", "1/4", "1/4", "0")),  # sums to 3/4
        table("a", "b"),  # letters that name no random variable
        table("X", "Y").replace("Y=1", "Z=1"),  # two variables across
    ],
)
def test_tables_whose_labels_do_not_name_two_variables_bind_nothing(body: str) -> None:
    found = verdicts(f"{body}Then $H(X|Y) \\approx 0.811$ bits.\n")
    assert found["H(X|Y) \\approx 0.811"][0] == "unchecked"
