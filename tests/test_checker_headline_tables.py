"""A calculator's results page: the value stated above the table of the distributions it was worked from."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

P, Q = [mpmath.mpf("0.4"), mpmath.mpf("0.6")], [mpmath.mpf("0.3"), mpmath.mpf("0.7")]
TABLE = (
    "| x | P(x) | Q(x) | P(x) log2(P(x)/Q(x)) |\n|---|------|------|----------------------|\n"
    "| 1 | 0.4 | 0.3 | 0.1660 |\n| 2 | 0.6 | 0.7 | -0.1334 |\n"
)


def _kl_bits(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(x * mpmath.log(x / y, 2) for x, y in zip(p, q, strict=True))


def _verdicts(text: str, kind: str = "kl") -> list[tuple[int, str]]:
    return [(claim.lines[0], claim.verdict) for claim in check_text(text, "calc.md").claims if claim.kind == kind]


@pytest.mark.parametrize("headline", ["**D_KL(P || Q) = VALUE bits**", "$D_{KL}(P \\| Q) \\approx VALUE$ bits"])
def test_a_headline_above_its_table_is_judged_with_the_tables_distributions(headline: str) -> None:
    kl = _kl_bits(P, Q)  # 0.1660 - 0.1334 = 0.0326 bits
    assert abs(kl - mpmath.mpf("0.0326")) < mpmath.mpf("0.00005")
    right = f"# KL divergence calculator\n\n{headline.replace('VALUE', '0.0326')}\n\n{TABLE}"
    assert _verdicts(right)[0] == (3, "holds")
    wrong = f"# KL divergence calculator\n\n{headline.replace('VALUE', '0.0915')}\n\n{TABLE}"
    (claim,) = [claim for claim in check_text(wrong, "calc.md").claims if claim.kind == "kl"]
    assert claim.verdict == "false" and "from the table on line 5 below it" in claim.note
    assert mpmath.almosteq(mpmath.mpf(claim.value), kl, 1e-9)


def test_a_value_in_words_above_its_table_is_judged_in_either_direction() -> None:
    forward, backward = _kl_bits(P, Q), _kl_bits(Q, P)  # 0.0326 and 0.0312 bits
    table = "| x | P(x) | Q(x) |\n|---|---|---|\n| 1 | 0.4 | 0.3 |\n| 2 | 0.6 | 0.7 |\n"  # no column of terms
    assert abs(backward - mpmath.mpf("0.0312")) < mpmath.mpf("0.00005")
    assert _verdicts(f"# Results\n\nKL divergence: 0.0312 bits\n\n{table}") == [(3, "holds")]
    assert abs(forward - mpmath.mpf("0.0915")) > mpmath.mpf("0.05")
    assert _verdicts(f"# Results\n\nKL divergence: 0.0915 bits\n\n{table}") == [(3, "false")]


@pytest.mark.parametrize(
    "headline",
    [
        "KL divergence: 0.0312 bits",  # the other direction than the column of terms, P(x) log2(P(x)/Q(x))
        "KL divergence: 0.0326",  # the terms' direction, but the base is theirs too
    ],
)
def test_a_value_in_words_above_a_column_of_terms_is_left_to_that_column(headline: str) -> None:
    assert _verdicts(f"# Results\n\n{headline}\n\n{TABLE}") == [(3, "unchecked")]


def test_a_value_above_terms_in_base_10_is_not_read_in_nats_or_bits() -> None:
    tens = TABLE.replace("log2", "log10").replace("0.1660", "0.0500").replace("-0.1334", "-0.0402")
    assert all(verdict != "false" for _, verdict in _verdicts(f"# Results\n\nD(P||Q) = 0.0098\n\n{tens}"))


def test_an_entropy_headline_above_a_table_of_one_distribution() -> None:
    # -(0.3 log2 0.3 + 0.7 log2 0.7) = 0.8813 bits
    h = -mpmath.fsum(x * mpmath.log(x, 2) for x in (mpmath.mpf("0.3"), mpmath.mpf("0.7")))
    assert abs(h - mpmath.mpf("0.8813")) < mpmath.mpf("0.00005")
    table = "| x | P(x) |\n|---|------|\n| heads | 0.3 |\n| tails | 0.7 |\n"
    assert _verdicts(f"Result: **H(P) = 0.8813 bits**\n\n{table}", "entropy") == [(1, "holds")]
    assert _verdicts(f"Result: **H(P) = 0.9813 bits**\n\n{table}", "entropy") == [(1, "false")]


@pytest.mark.parametrize(
    "document",
    [
        # another section's table: another example
        f"# Example\n\nD(P||Q) = 0.0915 bits\n\n## Another example\n\n{TABLE}",
        # too far above the table
        "D(P||Q) = 0.0915 bits\n\n" + "Some words.\n\n" * 4 + TABLE,
        # the claim names distributions the table does not give
        f"D(A||B) = 0.0915 bits\n\n{TABLE}",
        # not a table: a list of the same numbers
        "D(P||Q) = 0.0915 bits\n\n- P(x): 0.4, 0.6\n- Q(x): 0.3, 0.7\n",
    ],
)
def test_a_value_far_from_a_table_or_not_about_it_is_not_judged_by_it(document: str) -> None:
    assert (1, "false") not in _verdicts(document) and (3, "false") not in _verdicts(document)


def test_a_headline_about_distributions_defined_above_keeps_them() -> None:
    # P and Q defined above the headline are the ones in force: the table below is a new example.
    above = "Let P = (0.5, 0.5) and Q = (0.9, 0.1).\n\nD(P||Q) = 0.7370 bits\n\n"
    # 0.5 log2(0.5/0.9) + 0.5 log2(0.5/0.1) = 0.7370 bits
    kl = _kl_bits([mpmath.mpf("0.5")] * 2, [mpmath.mpf("0.9"), mpmath.mpf("0.1")])
    assert abs(kl - mpmath.mpf("0.7370")) < mpmath.mpf("0.00005")
    assert (3, "holds") in _verdicts(above + TABLE)


def _terms(text: str) -> list[tuple[int, str]]:
    return [
        (claim.lines[0], claim.verdict) for claim in check_text(text, "calc.md").claims if claim.kind == "expression"
    ]


@pytest.mark.parametrize("header", ["P log(P/Q)", "P·ln(P/Q)", "P(x) ln(P(x)/Q(x))"])
def test_each_rows_term_is_judged_under_a_header_of_bare_letters(header: str) -> None:
    # 0.5 ln(0.5/0.25) = 0.3466 and 0.5 ln(0.5/0.75) = -0.2027 nats
    first, second = 0.5 * mpmath.log(2), 0.5 * mpmath.log(mpmath.mpf(2) / 3)
    assert abs(first - mpmath.mpf("0.3466")) < 5e-5 and abs(second - mpmath.mpf("-0.2027")) < 5e-5
    table = (
        f"| x | P(x) | Q(x) | {header} |\n|---|---|---|---|\n| a | 0.5 | 0.25 | 0.3466 |\n| b | 0.5 | 0.75 | ROW |\n"
    )
    assert _terms(table.replace("ROW", "-0.2027")) == [(3, "holds"), (4, "holds")]
    assert _terms(table.replace("ROW", "-0.3027")) == [(3, "holds"), (4, "false")]


@pytest.mark.parametrize("label", ["Total", "**Sum**", "Σ", "Summe", "合計"])
def test_the_row_of_totals_is_no_term(label: str) -> None:
    # The last row sums each column: 1 and 1 for the probabilities, the KL divergence 0.1438 nats for the terms;
    # read as a term it would be 1 ln(1/1) = 0, not 0.1438.
    kl = 0.5 * mpmath.log(2) + 0.5 * mpmath.log(mpmath.mpf(2) / 3)
    assert abs(kl - mpmath.mpf("0.1438")) < 5e-5
    table = (
        "| x | P(x) | Q(x) | P(x) ln(P(x)/Q(x)) |\n|---|---|---|---|\n| a | 0.5 | 0.25 | 0.3466 |\n"
        f"| b | 0.5 | 0.75 | -0.2027 |\n| {label} | 1 | 1 | 0.1438 |\n"
    )
    assert _terms(table) == [(3, "holds"), (4, "holds")]
    unlabelled = table.replace(f"| {label} |", "|  |")
    assert _terms(unlabelled) == [(3, "holds"), (4, "holds")]  # probabilities of 1 below other rows: the totals


def test_a_probability_of_one_in_a_table_of_binary_entropies_is_a_row() -> None:
    # H(1) = 0: the last row of a table of binary entropies is a row, not a total; a wrong value there is false.
    table = "| p | H(p) in bits |\n|---|---|\n| 0.5 | 1.000 |\n| 1 | VALUE |\n"
    assert _terms(table.replace("VALUE", "0")) == [(3, "holds"), (4, "holds")]
    assert _terms(table.replace("VALUE", "0.5")) == [(3, "holds"), (4, "false")]


HTML_TABLE = (
    "<table>\n<tr><th>x</th><th>P(x)</th><th>Q(x)</th></tr>\n<tr><td>1</td><td>0.4</td><td>0.3</td></tr>\n"
    "<tr><td>2</td><td>0.6</td><td>0.7</td></tr>\n</table>\n"
)


def test_an_html_results_page_gives_its_headline_the_tables_distributions() -> None:
    page = '<h1>KL Divergence Calculator</h1>\n<div class="result">KL divergence: VALUE bits</div>\n' + HTML_TABLE
    assert _verdicts(page.replace("VALUE", "0.0326")) == [(2, "holds")]  # D(P||Q) = 0.0326 bits
    assert _verdicts(page.replace("VALUE", "0.0915")) == [(2, "false")]


def test_an_html_table_defines_its_columns_distributions_for_the_claims_below() -> None:
    text = HTML_TABLE + "\nSo $D_{KL}(P \\| Q) \\approx 0.0326$ bits.\n"
    assert _verdicts(text) == [(7, "holds")]
    assert _verdicts(text.replace("0.0326", "0.0915")) == [(7, "false")]
