"""Joint distributions written as LaTeX matrices and plain-text tables, sources written as matrices, and the
measures of their random variables judged from them.

The joint distributions are our own; every value is worked out here with exact fractions and mpmath, never
by kldocs, so that only the checker's reading of each layout decides the verdict.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

#: The joint distribution of U (rows) and V (columns) used throughout.
_JOINT = [[Fraction(1, 8), Fraction(1, 8)], [Fraction(1, 4), Fraction(1, 2)]]


def _bits(probabilities: list[Fraction]) -> mpmath.mpf:
    exact = [mpmath.mpf(p.numerator) / p.denominator for p in probabilities if p]
    return -mpmath.fsum(p * mpmath.log(p, 2) for p in exact)


_H_U = _bits([sum(row, Fraction(0)) for row in _JOINT])
_H_V = _bits([sum(column, Fraction(0)) for column in zip(*_JOINT, strict=True)])
_H_UV = _bits([p for row in _JOINT for p in row])
_MUTUAL = _H_U + _H_V - _H_UV


def _claims(values: dict[str, mpmath.mpf], wrong: str) -> str:
    """Each value written at 4 decimal places, then one more that is off in its third."""
    lines = [f"$${name} = {mpmath.nstr(value, 4, strip_zeros=False)}$$" for name, value in values.items()]
    return "\n\n".join([*lines, f"$${wrong}$$"]) + "\n"


_RIGHT = {"H(U, V)": _H_UV, "H(V \\mid U)": _H_UV - _H_U, "H(U|V)": _H_UV - _H_V, "I(U; V)": _MUTUAL}
_WRONG = f"I(U;V) = {mpmath.nstr(_MUTUAL + mpmath.mpf('0.01'), 4)}"


@pytest.mark.parametrize(
    "matrix",
    [
        r"P(U, V) = \left[\begin{array}{cc} 1/8 & 1/8 \\ 1/4 & 1/2 \end{array}\right]",
        r"p\left(U, V\right) = \begin{pmatrix} \frac{1}{8} & \frac{1}{8} \\ \frac{1}{4} & \frac{1}{2} \end{pmatrix}",
        r"\Pr(U,V)=\begin{bmatrix}1 / 8 & 1 / 8 \\ 1 / 4 & 1 / 2\end{bmatrix}",
    ],
)
def test_a_joint_named_by_its_probability_in_a_latex_matrix_gives_the_measures(matrix: str) -> None:
    """The first variable named indexes the rows: H(V|U) and H(U|V) differ, and both are read the right way."""
    assert abs(float(_H_UV - _H_U - (_H_UV - _H_V))) > 0.05
    text = f"The joint distribution is\n\n$${matrix}$$\n\n" + _claims(_RIGHT, _WRONG)
    claims = check_text(text, "a.md").claims
    assert [claim.verdict for claim in claims] == ["holds"] * 4 + ["false"]
    assert "U's values down its rows and V's across its columns" in claims[1].note


def test_a_matrix_whose_cells_do_not_add_up_to_one_gives_nothing() -> None:
    text = "$$P(U, V) = \\begin{pmatrix} 0.2 & 0.3 \\\\ 0.3 & 0.3 \\end{pmatrix}$$\n\n$$H(U, V) = 1.9710$$\n"
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["unchecked"]


def test_subscripted_variables_each_with_its_own_matrix() -> None:
    """``P(X_{1}, Y)`` and ``P(X_{2}, Y)``: each measure is judged from its own variable's matrix."""
    second = [[Fraction(1, 4), Fraction(1, 4)], [Fraction(1, 2), Fraction(0)]]
    h_y2 = _bits([sum(c, Fraction(0)) for c in zip(*second, strict=True)])
    i_2 = _bits([sum(r, Fraction(0)) for r in second]) + h_y2 - _bits([p for r in second for p in r])
    text = (
        "$$P(X_{1}, Y) = \\left[\\begin{array}{ll} 1/8 & 1/8 \\\\ 1/4 & 1/2 \\end{array}\\right] \\quad "
        "P(X_{2}, Y) = \\left[\\begin{array}{ll} 1/4 & 1/4 \\\\ 1/2 & 0 \\end{array}\\right]$$\n\n"
        f"Then $I(X_{{1}} ; Y) = {mpmath.nstr(_MUTUAL, 4)}$ and $I(X_{{2}} ; Y) = {mpmath.nstr(i_2, 4)}$.\n"
    )
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["holds", "holds"]


@pytest.mark.parametrize(
    "sources",
    [
        r"$U=\left[\begin{array}{ccc}a & b & c \\ 1/3 & 1/3 & 1/3\end{array}\right]$ and "
        r"$V=\left[\begin{array}{ccc}d & e & f \\ 1/2 & 1/4 & 1/4\end{array}\right]$",
        r"$\left[\begin{array}{c} U \\ P \end{array}\right]=\left[\begin{array}{ccc}\text{ red } & \text{ green }"
        r" & \text{ blue } \\ 1/3 & 1/3 & 1/3\end{array}\right]$ and "
        r"$\begin{bmatrix} V \\ P(V) \end{bmatrix} = "
        r"\begin{bmatrix} x_1 & x_2 & x_3 \\ 0.5 & 0.25 & 0.25 \end{bmatrix}$",
    ],
)
def test_sources_written_as_symbols_over_probabilities(sources: str) -> None:
    """H(U) = log2 3 > H(V) = 1.5 bits; a value of H(V) off by 0.1 is false."""
    assert mpmath.log(3, 2) > 1.5
    text = f"Two sources: {sources}.\n\nAnswer: $H(U) > H(V)$, $H(V) = 1.5$ bits and $H(V) = 1.6$ bits.\n"
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["holds", "holds", "false"]


def test_two_rows_of_numbers_are_no_source() -> None:
    text = r"$U=\begin{bmatrix} 1 & 2 \\ 0.5 & 0.5 \end{bmatrix}$, and $H(U) = 0.7$." "\n"
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["unchecked"]


@pytest.mark.parametrize(
    "table",
    [
        "```\n        V=0    V=1\nU=0     1/8    1/8\nU=1     1/4    1/2\n```",
        "```\nU\\V    0      1\n-------------------\n0      0.1111111111   0.1111111111\n1      1/4    1/2\n```",
        "    V = u    V = v\n    U = 0    1/8    1/8\n    U = 1    1/4    1/2",
    ],
)
def test_a_joint_distribution_in_a_plain_text_table(table: str) -> None:
    """Values named at every cell of the header and the rows, or a corner naming both variables."""
    if "0.1111111111" in table:  # decimals that do not add up to exactly 1: the table gives nothing
        text = f"{table}\n\n$$H(U, V) = {mpmath.nstr(_H_UV, 4)}$$\n"
        assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["unchecked"]
        return
    text = f"Joint distribution:\n\n{table}\n\n" + _claims(_RIGHT, _WRONG)
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["holds"] * 4 + ["false"]


def test_a_plain_text_table_with_a_corner_and_plain_values() -> None:
    table = "```\nU\\V    0      1\n-------------\n0      1/8    1/8\n1      1/4    1/2\n```"
    text = f"{table}\n\n" + _claims(_RIGHT, _WRONG)
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["holds"] * 4 + ["false"]


def test_an_exercise_that_goes_on_with_the_same_distribution_keeps_the_table() -> None:
    """A sentence "using the same joint distribution" carries the table into the next exercise; an exercise that does
    not say so starts afresh, and its claims are not judged against the table."""
    table = "```\n      V=0   V=1\nU=0   1/8   1/8\nU=1   1/4   1/2\n```"
    value = mpmath.nstr(_MUTUAL, 4)
    text = (
        f"### Exercise 1\n\n{table}\n\n### Exercise 2\n\nUsing the same joint distribution:\n\n"
        f"$$I(U;V) = {value}$$\n\n### Exercise 3\n\nTwo new variables.\n\n$$I(U;V) = {value}$$\n"
    )
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["holds", "unchecked"]


@pytest.mark.parametrize("lead", ["If they were independent", "If U and V are perfectly correlated"])
def test_a_measure_claimed_under_a_condition_on_dependence_is_not_judged(lead: str) -> None:
    table = "```\n      V=0   V=1\nU=0   1/8   1/8\nU=1   1/4   1/2\n```"
    text = f"{table}\n\n{lead}, $I(U;V) = 0$ and $I(U;V) = 1$ bit.\n"
    assert "false" not in [claim.verdict for claim in check_text(text, "a.md").claims]


def test_arithmetic_on_values_cut_off_does_not_hide_a_wrong_measure() -> None:
    """``I = H(U) + H(V) - H(U,V)`` worked out from H(U,V) cut off (not rounded) at 3 places comes to a value
    the measure does not round to: the printed mutual information is false, though the subtraction is right."""
    table = "```\n      V=0   V=1\nU=0   0.2   0.3\nU=1   0.3   0.2\n```"
    joint = _bits([Fraction(1, 5), Fraction(3, 10), Fraction(3, 10), Fraction(1, 5)])
    cut = mpmath.floor(joint * 1000) / 1000
    written = 2 - cut
    assert mpmath.nstr(2 - joint, 2) != mpmath.nstr(written, 2)  # 0.029 against the written 0.030
    text = (
        f"{table}\n\n```\nI(U;V) = H(U) + H(V) - H(U,V)\n       = 1.000 + 1.000 - {float(cut):.3f}\n"
        f"       = {float(written):.3f} bits\n```\n"
    )
    claims = [claim for claim in check_text(text, "a.md").claims if "0.030" in claim.text]
    assert [claim.verdict for claim in claims] == ["false"]
    assert "does come to 0.030, but it starts from values rounded or cut off" in claims[0].note
    assert "the joint distribution of U (rows) and V (columns) in the table on line 2" in claims[0].note


@pytest.mark.parametrize(
    "table",
    [
        "$$\\begin{array}{c|cc} & v_1 & v_2 \\\\ \\hline u_1 & 1/8 & 1/8 \\\\ u_2 & 1/4 & 1/2 \\end{array}$$",
        "|  | $v_{1}$ | $v_{2}$ |\n|---|---|---|\n| $u_{1}$ | 1/8 | 1/8 |\n| $u_{2}$ | 1/4 | 1/2 |",
    ],
)
def test_rows_and_columns_labelled_by_indexed_values_of_each_variable(table: str) -> None:
    """``u_1, u_2`` down and ``v_1, v_2`` across name the variables: U's values head the rows."""
    text = f"{table}\n\n" + _claims(_RIGHT, _WRONG)
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["holds"] * 4 + ["false"]


def test_indexed_values_of_one_letter_on_both_sides_name_no_variables() -> None:
    table = "|  | $u_1$ | $u_2$ |\n|---|---|---|\n| $u_1$ | 1/8 | 1/8 |\n| $u_2$ | 1/4 | 1/2 |"
    assert [claim.verdict for claim in check_text(f"{table}\n\n$$H(U, V) = 1.75$$\n", "a.md").claims] == ["unchecked"]


def test_a_channel_matrix_after_its_source_gives_the_joint() -> None:
    """``P(V|U)``, one row for each value of U, each adding up to 1, with U's own matrix above it:
    ``p(u, v) = p(u) p(v|u)``. A channel whose rows do not add up to 1 gives nothing."""
    p_u = [Fraction(1, 4), Fraction(3, 4)]
    channel = [[Fraction(1, 2), Fraction(1, 2)], [Fraction(1, 6), Fraction(5, 6)]]
    joint = [[p * c for c in row] for p, row in zip(p_u, channel, strict=True)]
    h_uv = _bits([p for row in joint for p in row])
    h_v = _bits([sum(column, Fraction(0)) for column in zip(*joint, strict=True)])
    conditional, mutual = h_uv - _bits(p_u), _bits(p_u) + h_v - h_uv
    source = r"$\begin{bmatrix} U \\ P \end{bmatrix} = \begin{bmatrix} a & b \\ 1/4 & 3/4 \end{bmatrix}$"
    matrix = r"$$P(V \mid U) = \begin{bmatrix} 1/2 & 1/2 \\ 1/6 & 5/6 \end{bmatrix}$$"
    claims = f"$$H(V|U) = {mpmath.nstr(conditional, 4)}$$\n\n$$I(U;V) = {mpmath.nstr(mutual + 0.01, 4)}$$\n"
    text = f"Source {source}, channel\n\n{matrix}\n\n{claims}"
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["holds", "false"]
    unfit = text.replace("5/6 \\end", "2/3 \\end")
    assert [claim.verdict for claim in check_text(unfit, "a.md").claims] == ["unchecked", "unchecked"]


def test_an_exercise_whose_variables_merely_share_a_distribution_starts_afresh() -> None:
    """ "X and Y have the same distribution" says nothing of the table above: the next exercise's claims are not
    judged against it."""
    table = "```\n      V=0   V=1\nU=0   1/8   1/8\nU=1   1/4   1/2\n```"
    text = (
        f"### Exercise 1\n\n{table}\n\n### Exercise 2\n\nU and V are coins with the same distribution.\n\n"
        f"$$I(U;V) = {mpmath.nstr(_MUTUAL, 4)}$$\n"
    )
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["unchecked"]


_TABLE_TEXT = "      Y=0    Y=1\nX=0   1/8    1/8\nX=1   1/4    1/2\n"
#: Problem 2's own variables: two independent fair bits, so H(X,Y) = 2 bits and I(X;Y) = 0 (the table's
#: I(X;Y) is not 0: see the first assertion).
_SECOND = "Let X and Y be two independent fair bits. Then H(X,Y) = 2 bits and I(X;Y) = 0 bits."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Problem 1.\n\n{_TABLE_TEXT}\nProblem 2. {_SECOND}\n", "a.txt"),
        (f"**Exercise 1.**\n\n{_TABLE_TEXT}\n**Exercise 2.** Here X is a die.\n\nH(X) = 2.585 bits.\n", "a.md"),
        (
            f"\\section*{{Problem 1}}\n\\begin{{verbatim}}\n{_TABLE_TEXT}\\end{{verbatim}}\n"
            f"\\section*{{Problem 2}}\nHere $X$ takes three values equally often: $H(X) = 1.585$ bits.\n",
            "a.tex",
        ),
        (f"{_TABLE_TEXT}\n{_SECOND}\n", "a.txt"),
    ],
)
def test_a_later_problem_or_a_sentence_that_takes_new_variables_ends_the_tables_scope(text: str, name: str) -> None:
    assert mpmath.mpf("0.01") < _MUTUAL and abs(_H_UV - 2) > mpmath.mpf("0.01")  # the table would make them false
    assert all(claim.verdict != "false" for claim in check_text(text, name).claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Under independence, H(X,Y) = H(X) + H(Y) ≈ {product} bits.",
        "For the product distribution p(x)p(y) the joint entropy is {product} bits.",
        "If instead the table were uniform (all entries 1/4), we would get I(X;Y) = 0.",
    ],
)
def test_a_value_for_another_joint_distribution_than_the_tables_is_not_false(sentence: str) -> None:
    product = _H_U + _H_V  # the joint entropy of the product of the marginals
    assert abs(product - _H_UV) > mpmath.mpf("0.01") and mpmath.mpf("0.01") < _MUTUAL
    text = f"{_TABLE_TEXT}\n{sentence.format(product=mpmath.nstr(product, 4))}\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "a.txt").claims)


@pytest.mark.parametrize(("margin", "total"), [("P(X)", "P(Y)"), ("total", "total")])
def test_a_markdown_joint_table_with_its_margins_is_read_and_its_margin_is_no_distribution(
    margin: str, total: str
) -> None:
    (a, b), (c, d) = _JOINT
    rows = [
        f"| X = 0 | {a} | {b} | {a + b} |",
        f"| X = 1 | {c} | {d} | {c + d} |",
        f"| {total} | {a + c} | {b + d} | 1 |",
    ]
    table = f"|  | Y = 0 | Y = 1 | {margin} |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
    value = mpmath.nstr(_MUTUAL, 4)
    report = check_text(f"{table}\nSo $I(X;Y) \\approx {value}$ bits.\n", "a.md")
    assert [(claim.kind, claim.verdict) for claim in report.claims] == [("mutual_information", "holds")]
    wrong = table.replace(f"| {a + b} |", f"| {a + b + Fraction(1, 10)} |")  # a margin that is not the row's sum
    assert all(
        claim.verdict == "unchecked"
        for claim in check_text(f"{wrong}\nSo $I(X;Y) \\approx {value}$ bits.\n", "a.md").claims
    )


def test_a_conditional_entropy_written_as_weighted_entropies_of_rows_is_not_cut_at_its_first_weight() -> None:
    # Rows of the table: X = 0 has weight 1/4 and Y | X=0 = (1/2, 1/2); X = 1 has 3/4 and Y | X=1 = (1/3, 2/3).
    weighted = mpmath.mpf(1) / 4 * _bits([Fraction(1, 2)] * 2) + mpmath.mpf(3) / 4 * _bits(
        [Fraction(1, 3), Fraction(2, 3)]
    )
    assert mpmath.almosteq(weighted, _H_UV - _H_U, 1e-12)
    row = f"H(Y|X) = \\frac{{1}}{{4}} H(1/2, 1/2) + \\frac{{3}}{{4}} H(1/3, 2/3) \\approx {mpmath.nstr(weighted, 4)}"
    text = f"\\begin{{verbatim}}\n{_TABLE_TEXT}\\end{{verbatim}}\n\\[ {row} \\]\n"
    grouping = "$$H(1/2, 1/4, 1/4) = H(1/2, 1/2) + \\frac{1}{2} H(1/2, 1/2) = 1.5 \\text{ bits}$$\n"
    for document, name in ((text, "a.tex"), (grouping, "a.md")):
        assert all(claim.verdict != "false" for claim in check_text(document, name).claims)


def test_a_joint_entropy_restated_in_words_is_the_tables_not_a_cross_entropy_of_its_margins() -> None:
    # H(X,Y) of the table, and the cross-entropy of its margins, which the words do not mean.
    margins = [sum(row, Fraction(0)) for row in _JOINT], [sum(col, Fraction(0)) for col in zip(*_JOINT, strict=True)]
    cross = -mpmath.fsum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(q.numerator) / q.denominator, 2)
        for p, q in zip(*margins, strict=True)
    )
    assert abs(cross - _H_UV) > mpmath.mpf("0.01")
    table = "| X \\ Y | 0 | 1 |\n|---|---|---|\n| 0 | 1/8 | 1/8 |\n| 1 | 1/4 | 1/2 |\n"
    text = f"{table}\nHere $H(X) = {mpmath.nstr(_H_U, 4)}$ bits, but $H(X,Y)$ is {mpmath.nstr(_H_UV, 4)} bits.\n"
    claims = check_text(text, "a.md").claims
    assert "false" not in [claim.verdict for claim in claims]
    assert [claim.kind for claim in claims if claim.verdict == "holds" and "H(X,Y)" in claim.text] == ["joint_entropy"]


def test_a_sentence_that_changes_the_tables_numbers_ends_its_scope() -> None:
    assert mpmath.mpf("0.01") < _MUTUAL  # the table's I(X;Y) is not 0; the uniform table's is
    text = f"{_TABLE_TEXT}\nNow change every row to 1/4, 1/4. Then I(X;Y) = 0 and H(X,Y) = 2 bits.\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "a.txt").claims)
