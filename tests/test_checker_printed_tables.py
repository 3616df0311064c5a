"""``kldocs check`` on joint, conditional and marginal entropies and mutual informations that a program prints
for the joint table it writes as a matrix literal (a notebook cell, or code with its output in Markdown).

Each document is written here, small, for the test; the true values are computed here exactly with fractions
and mpmath from the table the test writes.
"""

from __future__ import annotations

import json
from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

TABLE = [[Fraction(1, 4), Fraction(1, 8)], [Fraction(1, 8), Fraction(1, 2)]]


def _h(probabilities: list[Fraction]) -> mpmath.mpf:
    return -sum(
        (mpmath.mpf(p.numerator) / p.denominator) * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)
        for p in probabilities
        if p
    )


JOINT = _h([cell for row in TABLE for cell in row])
ROWS = _h([sum(row, Fraction(0)) for row in TABLE])
COLUMNS = _h([sum(column, Fraction(0)) for column in zip(*TABLE, strict=True)])


def _notebook(lines: list[tuple[str, mpmath.mpf | str]]) -> str:
    code = "import numpy as np\npxy = np.array([[1/4, 1/8], [1/8, 1/2]])\n" + "".join(
        f"print('{label}', value_{index})\n" for index, (label, _) in enumerate(lines)
    )
    shown = "".join(
        f"{label} {mpmath.nstr(value, 12) if not isinstance(value, str) else value}\n" for label, value in lines
    )
    cell = {
        "cell_type": "code",
        "metadata": {},
        "execution_count": 1,
        "source": code,
        "outputs": [{"output_type": "stream", "name": "stdout", "text": shown}],
    }
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def test_measures_printed_for_the_table_the_code_writes_hold() -> None:
    lines = [
        ("Joint entropy:", JOINT),
        ("H(X|Y) =", JOINT - COLUMNS),
        ("H(Y|X) =", JOINT - ROWS),
        ("Mutual information:", ROWS + COLUMNS - JOINT),
    ]
    claims = check_text(_notebook(lines), "table.ipynb").claims
    assert [(claim.kind, claim.verdict) for claim in claims] == [
        ("joint_entropy", "holds"),
        ("conditional_entropy", "holds"),
        ("conditional_entropy", "holds"),
        ("mutual_information", "holds"),
    ]


def test_a_value_that_is_no_measure_of_the_table_is_left_unchecked_not_false() -> None:
    claims = check_text(_notebook([("Joint entropy:", JOINT + 1)]), "table.ipynb").claims
    assert [claim.verdict for claim in claims] == ["unchecked"]


@pytest.mark.parametrize(
    "table",
    [
        "[[1/4, 1/8], [1/8, 1/4]]",  # adds up to 3/4: not a joint distribution
        "[[0.5, 0.5]]",  # one row
    ],
)
def test_matrices_that_are_not_joint_tables_are_not_read(table: str) -> None:
    text = f"```python\npxy = {table}\nprint('Joint entropy:', h)\n```\n\n```\nJoint entropy: 9.25\n```\n"
    assert all(claim.verdict != "false" and claim.kind != "joint_entropy" for claim in check_text(text, "a.md").claims)


def test_two_tables_in_one_block_are_not_read() -> None:
    text = (
        "```python\nfirst = [[1/2, 0], [0, 1/2]]\nsecond = [[1/4, 1/4], [1/4, 1/4]]\nprint('Joint entropy:', h)\n```"
        "\n\n```\nJoint entropy: 2.0\n```\n"
    )
    assert all(claim.kind != "joint_entropy" for claim in check_text(text, "a.md").claims)
