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


def test_a_value_with_a_decimal_comma_beside_decimal_points_is_read_whole() -> None:
    """Probabilities typed with points and values with commas: ``0,531`` is never the whole number 0."""
    from fractions import Fraction

    import mpmath

    from kldocs.checker import check_text

    def real(value: Fraction) -> mpmath.mpf:
        return mpmath.mpf(value.numerator) / value.denominator

    p, q = [Fraction(9, 10), Fraction(1, 10)], [Fraction(1, 2), Fraction(1, 2)]
    kl_bits = mpmath.fsum(real(a) * mpmath.log(real(a / b), 2) for a, b in zip(p, q, strict=True))
    entropy = -mpmath.fsum(real(a) * mpmath.log(real(a), 2) for a in p)
    kl_text, h_text = mpmath.nstr(kl_bits, 3).replace(".", ","), mpmath.nstr(entropy, 3).replace(".", ",")
    assert kl_text == "0,531" and h_text == "0,469"  # the divergence read as the whole number 0 would be false
    text = (
        "Sejam $P = (0.9, 0.1)$ e $Q = (0.5, 0.5)$, com $X \\in \\{0,1\\}$.\n\n"
        f"A divergência vale $D_{{KL}}(P\\|Q) \\approx {kl_text}$ bits e a entropia é {h_text} bits.\n"
    )
    report = check_text(text, "lista.md")
    assert not [claim for claim in report.claims if claim.verdict == "false"]
    assert [claim.verdict for claim in report.claims if claim.kind in ("kl", "entropy")] == ["holds", "holds"]
    read = parse_text(text, "lista.md").text
    assert "\\{0,1\\}" in read and "0.531" in read and "0,469" in read  # prose reads its own commas


def test_a_list_or_a_set_beside_decimal_points_keeps_its_commas() -> None:
    text = "With p = (0.5, 0.5), X takes values 0,1 in {0,1}; the interval is (0,25) and N(0,1) = 0,1,0.\n"
    assert parse_text(text, "a.md").text == text
