"""``kldocs check`` on the entropies and mutual information a notebook prints for a joint table it printed first as a
NumPy array (made from data the page does not show: counts over their total).

The notebooks are written here, their arrays printed by NumPy itself, and the true values are computed here with
fractions and mpmath from the counts the test chooses.
"""

from __future__ import annotations

import json
from fractions import Fraction

import mpmath
import numpy as np

from kldocs.checker import check_text

COUNTS = [[21, 6, 3], [5, 9, 13]]
TOTAL = sum(map(sum, COUNTS))
TABLE = [[Fraction(count, TOTAL) for count in row] for row in COUNTS]


def _h(probabilities: list[Fraction]) -> mpmath.mpf:
    return -sum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)
        for p in probabilities
        if p
    )


JOINT = _h([cell for row in TABLE for cell in row])
ROWS = _h([sum(row, Fraction(0)) for row in TABLE])
COLUMNS = _h([sum(column, Fraction(0)) for column in zip(*TABLE, strict=True)])
ARRAY = str(np.array(COUNTS) / TOTAL)
PRODUCT = str(np.outer(np.array(COUNTS).sum(axis=1), np.array(COUNTS).sum(axis=0)) / TOTAL**2)


def _notebook(cells: list[tuple[str, str]]) -> str:
    """Code cells, each with what it printed (as lines, as Jupyter stores them)."""
    made: list[dict[str, object]] = [
        {
            "cell_type": "code",
            "execution_count": None,
            "metadata": {},
            "outputs": [{"name": "stdout", "output_type": "stream", "text": shown.splitlines(keepends=True)}],
            "source": source.splitlines(keepends=True),
        }
        for source, shown in cells
    ]
    return json.dumps({"cells": made, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def _value(value: mpmath.mpf) -> str:
    return mpmath.nstr(value, 17, strip_zeros=False)


_FIRST = (
    "joint = counts / counts.sum()\nmarginal_product = np.outer(joint.sum(1), joint.sum(0))\n"
    "print('Joint distribution of weather and traffic')\nprint(joint)\nprint('Product of the margins')\n"
    "print(marginal_product)\nprint('Mutual information')\nprint(mi)\nprint('Entropy of Traffic', h_t)\n"
    "print('Entropy of traffic given weather', h_t_w)\n"
)


def _page(first: list[str], later: str, later_code: str = "h_w_t = -np.sum(joint * np.log2(joint / p_t))\n") -> str:
    shown = f"Joint distribution of weather and traffic\n{ARRAY}\nProduct of the margins\n{PRODUCT}\n"
    shown += "Mutual information\n{}\nEntropy of Traffic {}\nEntropy of traffic given weather {}\n".format(*first)
    return _notebook([(_FIRST, shown), (later_code + "print('Entropy of weather given traffic:', h_w_t)", later)])


def _verdicts(text: str) -> list[tuple[str, str]]:
    return [(claim.kind, claim.verdict) for claim in check_text(text, "joint.ipynb").claims]


def test_measures_printed_below_a_joint_table_printed_as_an_array_hold_in_its_exact_fractions() -> None:
    first = [_value(ROWS + COLUMNS - JOINT), _value(COLUMNS), _value(JOINT - ROWS)]
    later = f"Entropy of weather given traffic: {_value(JOINT - COLUMNS)}\n"
    assert _verdicts(_page(first, later)) == [
        ("mutual_information", "holds"),
        ("entropy", "holds"),
        ("conditional_entropy", "holds"),
        ("conditional_entropy", "holds"),
    ]


def test_a_value_the_table_does_not_give_is_left_unchecked_never_false() -> None:
    first = [_value(ROWS + COLUMNS - JOINT + mpmath.mpf("0.01")), _value(COLUMNS), _value(JOINT - ROWS)]
    report = check_text(_page(first, "Entropy of weather given traffic: 0.25\n"), "joint.ipynb")
    assert [claim.verdict for claim in report.claims] == ["unchecked", "holds", "holds", "unchecked"]
    assert "counts over 57" in report.claims[0].note


def test_a_later_cell_that_gives_the_table_another_value_is_not_read_against_it() -> None:
    first = [_value(ROWS + COLUMNS - JOINT), _value(COLUMNS), _value(JOINT - ROWS)]
    later_code = "joint = other / other.sum()\nh_w_t = 0\n"
    assert len(_verdicts(_page(first, "Entropy of weather given traffic: 0.25\n", later_code))) == 3


def test_an_array_not_said_to_be_joint_or_of_numbers_with_no_common_total_is_not_read() -> None:
    shown = f"Product of the margins\n{PRODUCT}\nMutual information\n0.5\n"
    code = "print('Product of the margins')\nprint(marginal_product)\nprint('Mutual information')\nprint(mi)"
    assert _verdicts(_notebook([(code, shown)])) == []
    irrational = str(np.array([[0.5, 1 / np.pi], [0.5 - 1 / np.pi - 1e-9, 1e-9]]))
    code = "print('Joint distribution')\nprint(joint)\nprint('Mutual information')\nprint(mi)"
    assert _verdicts(_notebook([(code, f"Joint distribution\n{irrational}\nMutual information\n0.5\n")])) == []
