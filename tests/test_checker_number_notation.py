"""Decimal commas are read as points only in a document that writes every decimal with a comma."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs.checker.reading import parse_text


def test_a_document_with_decimal_points_keeps_its_commas() -> None:
    document = parse_text("We drew 1,000 samples: P = (0,5, 0,5) and H = 0.75 bits.\n", "a.md")
    assert "1,000" in document.text and "0,5" in document.text


def test_code_keeps_its_commas_and_prose_reads_points() -> None:
    text = "P = (0,5; 0,5) e H = 0,75 bits.\n\n```python\nf(0,5)\n```\n"
    document = parse_text(text, "a.md")
    assert [region.text for region in document.code] == ["f(0,5)"]
    assert "(0.5; 0.5)" in document.text and len(document.text) == len(text)


@settings(deadline=None)  # the first example pays for importing the Markdown parser
@given(st.lists(st.integers(min_value=1, max_value=99), min_size=2, max_size=5))
def test_every_decimal_comma_becomes_a_point_in_place(hundredths: list[int]) -> None:
    written = [f"0,{value:02d}" for value in hundredths]
    document = parse_text("Valores: " + "; ".join(written) + ".\n", "a.md")
    assert document.prose[0].text == "Valores: " + "; ".join(item.replace(",", ".") for item in written) + "."
