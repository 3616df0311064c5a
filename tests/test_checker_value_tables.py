"""Tables of values: a cell names a measure of its arguments (``$D(P\\|Q)$``) and a cell beside it holds its
value, the unit in the value cell or in its column's header (bits, nats, 비트, ビット, 比特, бит), or a table whose
header names the measures over one row of values.

Every truth is worked out here with mpmath from P = (0.6, 0.3, 0.1) and Q = (0.3, 0.3, 0.4); a wrong value is
false with the right one, and a table whose numbers are not the measure's values (probabilities, weights, two
columns no unit tells apart) gives no claim.
"""

from __future__ import annotations

import mpmath
import nbformat
import pytest

from kldocs.checker import Checked, check_text

_P = [mpmath.mpf(6) / 10, mpmath.mpf(3) / 10, mpmath.mpf(1) / 10]
_Q = [mpmath.mpf(3) / 10, mpmath.mpf(3) / 10, mpmath.mpf(4) / 10]


def _entropy(p: list[mpmath.mpf], base: int | None) -> mpmath.mpf:
    nats = -mpmath.fsum(x * mpmath.log(x) for x in p)
    return nats / mpmath.log(base) if base else nats


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf], base: int | None) -> mpmath.mpf:
    nats = mpmath.fsum(x * mpmath.log(x / y) for x, y in zip(p, q, strict=True))
    return nats / mpmath.log(base) if base else nats


def _close(value: str | None, truth: mpmath.mpf) -> bool:
    """Whether a claim's certified value (ten significant digits) is the truth."""
    return value is not None and abs(mpmath.mpf(value) - truth) < mpmath.mpf(10) ** -8


def _table_claims(text: str, name: str = "a.md") -> list[Checked]:
    """The claims made on lines that are table rows (the definitions of P and Q come first)."""
    return [claim for claim in check_text(text, name).claims if claim.kind != "definition"]


_DEFINED = "Let P = (0.6, 0.3, 0.1) and Q = (0.3, 0.3, 0.4).\n\n"

#: The same table in five languages, the unit in the value column's header; D(Q||P) is written with D(P||Q)'s value.
_HEADERS = [
    "| quantity | value (bits) |",
    "| 양 | 값 (비트) |",
    "| 量 | 値（ビット） |",
    "| 量 | 数值（比特） |",
    "| величина | значение, бит |",
]


@pytest.mark.parametrize("header", _HEADERS)
def test_a_table_of_values_in_bits_is_checked_row_by_row(header: str) -> None:
    rows = "| $H(P)$ | 1.2955 |\n| $H(Q)$ | 1.5710 |\n| $D(P\\|Q)$ | 0.4000 |\n| $D(Q\\|P)$ | 0.4000 |\n"
    claims = _table_claims(_DEFINED + header + "\n|---|---|\n" + rows)
    assert [(claim.lines[0], claim.verdict, claim.unit) for claim in claims] == [
        (5, "holds", "bits"),
        (6, "holds", "bits"),
        (7, "holds", "bits"),
        (8, "false", "bits"),
    ]
    values = [claim.value for claim in claims]
    truths = [_entropy(_P, 2), _entropy(_Q, 2), _kl(_P, _Q, 2), _kl(_Q, _P, 2)]
    assert all(_close(value, truth) for value, truth in zip(values, truths, strict=True))


def test_decimal_commas_and_a_unit_in_the_cell_are_read() -> None:
    text = _DEFINED + "| Größe | Wert |\n|---|---|\n| $H(P)$ | 0,898 nats |\n| $D_{KL}(Q\\|P)$ | 0,5 bit |\n"
    claims = _table_claims(text)
    assert [(claim.verdict, claim.unit) for claim in claims] == [("holds", "nats"), ("holds", "bits")]
    assert abs(_entropy(_P, None) - mpmath.mpf("0.898")) < mpmath.mpf("0.0005")


def test_a_row_in_two_units_gives_a_claim_in_each() -> None:
    nats, bits = _kl(_P, _Q, None), _kl(_P, _Q, 2)
    text = _DEFINED + f"| | nats | bits |\n|---|---|---|\n| KL(P, Q) | {mpmath.nstr(nats, 4)} | 0.5 |\n"
    claims = _table_claims(text)
    assert [(claim.verdict, claim.unit) for claim in claims] == [("holds", "nats"), ("false", "bits")]
    assert _close(claims[1].value, bits)  # 0.4 bits: 0.6 log2 2 + 0.1 log2(1/4)


def test_a_header_of_measures_over_one_row_of_values() -> None:
    entropy = mpmath.nstr(_entropy(_Q, 2), 3)
    text = _DEFINED + f"| | H(Q) | KL(Q, P) |\n|---|---|---|\n| bits | {entropy} | 0.25 |\n"
    claims = _table_claims(text)
    assert [(claim.text, claim.verdict) for claim in claims] == [
        (f"H(Q) = {entropy}", "holds"),
        ("KL(Q, P) = 0.25", "false"),
    ]
    assert _close(claims[1].value, _kl(_Q, _P, 2))


def test_a_latex_tabular_and_a_notebook_table() -> None:
    tabular = (
        "Let $P = (0.6, 0.3, 0.1)$ and $Q = (0.3, 0.3, 0.4)$.\n\n\\begin{tabular}{lc}\nQuantity & Value (nats) \\\\\n"
        "\\hline\n$H(P)$ & 0.898 \\\\\n$D_{KL}(P\\|Q)$ & 0.377 \\\\\n\\end{tabular}\n"
    )
    claims = _table_claims(tabular, "a.tex")
    assert [claim.verdict for claim in claims] == ["holds", "false"]
    assert _close(claims[1].value, _kl(_P, _Q, None))
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell(_DEFINED),
        nbformat.v4.new_markdown_cell("| 양 | 값 (비트) |\n|---|---|\n| $D(Q\\|P)$ | 0.5 |\n"),
    ]
    claims = _table_claims(nbformat.writes(notebook), "a.ipynb")
    assert [(claim.cell, claim.verdict, claim.unit) for claim in claims] == [(2, "holds", "bits")]


_NOT_VALUES = [
    # a column of probabilities beside conditional entropies of events
    "| case | P(Y=y) |\n|---|---|\n| H(P) | 0.6 |\n",
    # two columns of numbers that no unit tells apart
    "| quantity | before | after |\n|---|---|---|\n| H(P) | 1.2 | 0.4 |\n",
    # a cell with words beside the symbol, and a formula
    "| quantity | value |\n|---|---|\n| H(P) in bits | 7 |\n| H(P) = H(Q) | 3 |\n",
    # a weight column in Korean
    "| 항 | 가중치 |\n|---|---|\n| H(Q) | 0.3 |\n",
    # columns of something else than the value, though some name a unit
    "| quantity | relative error (%) |\n|---|---|\n| $H(P)$ | 0.4 |\n",
    "| quantity | lower bound (bits) |\n|---|---|\n| $D(P\\|Q)$ | 0 |\n",
    "| quantity | rank |\n|---|---|\n| $D(P\\|Q)$ | 1 |\n",
    "| 量 | 误差（比特） |\n|---|---|\n| $H(Q)$ | 0.01 |\n",
    "| Größe | Anteil |\n|---|---|\n| $H(Q)$ | 0.2 |\n",
    # a remark beside the value: an estimate, not the measure
    "| quantity | value (bits) | how |\n|---|---|---|\n| $H(P)$ | 1.31 | plug-in estimate |\n",
    # a header of measures over a row of errors
    "| | H(P) | H(Q) |\n|---|---|---|\n| error | 0.01 | 0.02 |\n",
]


@pytest.mark.parametrize("table", _NOT_VALUES)
def test_numbers_that_are_not_the_measure_s_value_give_no_claim(table: str) -> None:
    assert _table_claims(_DEFINED + table) == []


def test_a_column_of_probabilities_beside_binary_entropies_is_read_as_before() -> None:
    """``| p | H(p) |`` tables are the binary entropy's: read by their own reader, not as values of H(p)."""
    text = "| p | H(p) |\n|---|---|\n| 0.1 | 0.469 |\n| 0.5 | 1 |\n"
    claims = _table_claims(text)
    assert {claim.verdict for claim in claims} == {"holds"}
    assert len(claims) == 2
