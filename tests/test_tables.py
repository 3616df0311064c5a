"""Every column of numbers in a table lines up on its decimal points."""

from __future__ import annotations

import pytest

from kldocs.exercises import draw_exercises
from kldocs.inputs import parse_distribution
from kldocs.models.blocks import Cell, Table
from kldocs.models.document import Document
from kldocs.models.example import worked_example
from kldocs.models.exercises import answer_key, exercise_sheet
from kldocs.models.handout import default_distributions, handout
from kldocs.models.sections import TERM_BY_TERM_LIMIT


def tables(document: Document) -> list[Table]:
    return [block for section in document.sections for block in section.blocks if isinstance(block, Table)]


def after_point(cell: Cell) -> int:
    """How far the cell's decimal point (or where it would be) stands from its right edge, pad included."""
    shown = cell.content + cell.pad
    return len(shown) - shown.index(".") if "." in shown else 0


def assert_aligned(table: Table) -> None:
    for column, heading in enumerate(table.header):
        cells = [row[column] for row in table.rows]
        if heading.align == "right" and any("." in cell.content for cell in cells):
            assert len({after_point(cell) for cell in cells}) == 1, [cell.content for cell in cells]


def documents() -> list[tuple[str, Document]]:
    exercises = draw_exercises(7, 3, categories=5, base="2", kinds=("kl", "reverse", "jsd", "infinite"))
    many = TERM_BY_TERM_LIMIT + 3
    P = parse_distribution(", ".join([f"1/{many}"] * many))
    Q = parse_distribution(", ".join(["0.1", "0.15", "0.35"] + [f"0.4/{many - 3}"] * (many - 3)), name="Q")
    return [
        ("sheet", exercise_sheet(exercises, charts=False)),
        ("answers", answer_key(exercises)),
        ("handout", handout(*default_distributions())),
        ("many categories", worked_example(P, Q)),
    ]


DOCUMENTS = documents()


@pytest.mark.parametrize(("name", "document"), DOCUMENTS, ids=[name for name, _ in DOCUMENTS])
def test_decimals_line_up_in_every_table(name: str, document: Document) -> None:
    found = tables(document)
    assert found
    for table in found:
        assert_aligned(table)
