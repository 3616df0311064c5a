"""A Markdown table of two columns whose rows each give a distribution's whole list (``| q | (0.4, 0.3, 0.2, 0.1) |``)
defines those distributions."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

Q = ["0.4", "0.3", "0.2", "0.1"]


def h_bits(values: list[str]) -> mpmath.mpf:
    return -sum(mpmath.mpf(v) * mpmath.log(mpmath.mpf(v), 2) for v in values)


def verdicts(text: str) -> dict[str, tuple[str, str | None]]:
    return {claim.text: (claim.verdict, claim.value) for claim in check_text(text, "notes.md").claims}


@pytest.mark.parametrize("cell", ["(0.4, 0.3, 0.2, 0.1)", "$[0.4, 0.3, 0.2, 0.1]$", "(2/5; 3/10; 1/5; 1/10)"])
def test_each_row_defines_its_distribution(cell: str) -> None:
    right = mpmath.nstr(h_bits(Q), 4)  # 1.846
    table = f"| | value |\n|---|---|\n| p | (1/4, 1/4, 1/4, 1/4) |\n| q | {cell} |\n"
    text = f"{table}\n- H(q) = {right} bits\n- H(q) = 2 bits\n"
    found = verdicts(text)
    assert found[f"H(q) = {right}"][0] == "holds"
    verdict, value = found["H(q) = 2"]
    assert verdict == "false" and mpmath.almosteq(mpmath.mpf(value or "nan"), h_bits(Q), 1e-9)


@pytest.mark.parametrize(
    "row",
    [
        "| q | (0.4, 0.3, 0.2, 0.2) |",  # sums to 1.1
        "| q | (0.4, 0.3, 0.2, 0.1) given X = 1 |",  # a conditional, not the list alone
        "| q | (0.4, 0.3, 0.2, 0.1) | model |",  # a third column: not a list's table
        "| H(q) | (0.4, 0.3, 0.2, 0.1) |",  # no distribution's name
    ],
)
def test_rows_that_are_not_a_list_alone_define_nothing(row: str) -> None:
    header = "| | value | note |\n|---|---|---|\n" if row.count("|") == 4 else "| | value |\n|---|---|\n"
    found = verdicts(f"{header}{row}\n\n- H(q) = 2 bits\n")
    assert found["H(q) = 2"][0] == "unchecked"
