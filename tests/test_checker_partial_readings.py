"""Readings of only part of what an author wrote never give FALSE: a table's header formula read as its first term,
a column of parameters read as a distribution, a definition paired with the next line of a derivation, a value the
next sentence turns down, values given to several lists at once, and names a library made up."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _binary(p: str, base: float) -> mpmath.mpf:
    """The binary entropy of ``p`` in ``base``, worked out here with mpmath."""
    x = mpmath.mpf(p)
    terms = [share * mpmath.log(share, base) for share in (x, 1 - x) if share > 0]
    return -mpmath.fsum(terms)


def _entropy(shares: list[str]) -> mpmath.mpf:
    """The entropy in bits of probabilities as written."""
    return -mpmath.fsum(mpmath.mpf(share) * mpmath.log(mpmath.mpf(share), 2) for share in shares)


def _rows(parameters: list[str], base: float, wrong: str | None = None) -> list[tuple[str, str]]:
    """Each parameter and its binary entropy to 3 places; the row of ``wrong`` off by 0.1."""
    return [(p, f"{float(_binary(p, base)) + (0.1 if p == wrong else 0):.3f}") for p in parameters]


#: Tables of binary entropies whose value column is headed by the whole formula, in Markdown, LaTeX and plain text:
#: (the page with ``{rows}`` for its rows, how a row is written, the log's base, the parameters).
HEADED_BY_FORMULA = [
    (
        "| p | Entropy = −p log₂p − (1−p)log₂(1−p) |\n|---|---|\n{rows}",
        "| {p} | {v} |",
        2,
        ["0.1", "0.2", "0.3", "0.5"],
    ),
    (
        "\\begin{{tabular}}{{cc}}\n\\hline\n$p$ & $H(p) = -p\\log_2 p - (1-p)\\log_2(1-p)$ \\\\\n\\hline\n{rows}"
        "\\end{{tabular}}\n",
        "{p} & {v} \\\\",
        2,
        ["0.1", "0.25", "0.4"],
    ),
    (
        "Binary entropy of a coin, in bits.\n\np      H(p) = -p log p - (1-p) log(1-p)\n{rows}",
        "{p}    {v}",
        2,
        ["0.1", "0.3"],
    ),
    (
        "# Entropía binaria en nats\n\n| q | $-q \\ln q - (1-q)\\ln(1-q)$ |\n|---|---|\n{rows}",
        "| {p} | {v} |",
        mpmath.e,
        ["0.1", "0.3", "0.5"],
    ),
]


@pytest.mark.parametrize(("page", "row", "base", "parameters"), HEADED_BY_FORMULA)
def test_a_column_headed_by_a_whole_formula_is_judged_against_all_of_it(
    page: str, row: str, base: float, parameters: list[str]
) -> None:
    rows = "".join(row.format(p=p, v=v) + "\n" for p, v in _rows(parameters, base))
    name = "table.tex" if "tabular" in page else "table.md"
    report = check_text(page.format(rows=rows), name)
    assert [claim.verdict for claim in report.claims if claim.verdict != "holds"] == []
    valued = [claim for claim in report.claims if claim.kind == "expression"]
    expected = [f"{float(_binary(p, base)):.10g}"[:8] for p in parameters]
    assert [(claim.value or "")[:8] for claim in valued] == expected


def test_a_wrong_cell_under_a_whole_formula_is_still_false() -> None:
    rows = "".join(f"| {p} | {v} |\n" for p, v in _rows(["0.1", "0.2", "0.3"], 2, wrong="0.2"))
    page = "| p | H(p) = −p log₂p − (1−p)log₂(1−p) |\n|---|---|\n" + rows
    verdicts = [(claim.verdict, claim.value) for claim in check_text(page, "t.md").claims]
    assert verdicts.count(("false", f"{float(_binary('0.2', 2)):.10f}")) == 1
    assert [verdict for verdict, _ in verdicts].count("holds") == 2


@pytest.mark.parametrize(
    "header",
    ["−Σ p log p", "−p log₂p − q log₂q", "$-\\sum_i p_i \\log p_i$", "Σ −p log p"],
)
def test_a_header_of_several_terms_not_read_leaves_its_column_unchecked(header: str) -> None:
    rows = "".join(f"| {p} | {v} |\n" for p, v in _rows(["0.1", "0.2", "0.3"], 2))
    report = check_text(f"| p | {header} |\n|---|---|\n{rows}", "t.md")
    assert [claim.verdict for claim in report.claims if claim.verdict == "false"] == []


def test_a_single_term_header_is_still_read_as_that_term() -> None:
    p = "0.2"
    term = -mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2)
    page = f"| p | −p log₂ p |\n|---|---|\n| {p} | {float(term):.3f} |\n| 0.5 | 0.600 |\n"
    verdicts = [(claim.verdict, claim.value) for claim in check_text(page, "t.md").claims]
    assert verdicts == [("holds", f"{float(term):.10f}"), ("false", "0.5")]


@pytest.mark.parametrize(
    "page",
    [
        "We tried the probability of heads one by one.\n\n| p | H(p) = -p log p - (1-p) log(1-p) |\n|---|---|\n"
        "| 0.0 | 0 |\n| 0.1 | 0.469 |\n| 0.2 | 0.722 |\n| 0.3 | 0.881 |\n| 0.4 | 0.971 |\n| 0.5 | 1.0 |\n",
        "| p | $-p \\ln p$ |\n|---|---|\n| 0.1 | 0.230 |\n| 0.3 | 0.361 |\n| 0.5 | 0.347 |\n",
        "| θ | (1−θ) log(1−θ) negated |\n|---|---|\n| 0.2 | 0.178 |\n| 0.4 | 0.306 |\n",
    ],
)
def test_a_column_of_parameters_is_no_distribution(page: str) -> None:
    claims = check_text(page, "t.md").claims
    assert not [claim for claim in claims if claim.kind == "definition" and claim.verdict == "false"]


def test_a_distribution_column_beside_a_term_of_two_columns_is_still_judged() -> None:
    page = "| P | Q | P log(P/Q) |\n|---|---|---|\n| 0.5 | 0.3 | 0.368 |\n| 0.3 | 0.3 | 0 |\n| 0.3 | 0.4 | -0.125 |\n"
    claims = check_text(page, "t.md").claims
    assert next((claim.text, claim.verdict) for claim in claims if claim.kind == "definition") == (
        "P = (0.5, 0.3, 0.3)",
        "false",
    )


@pytest.mark.parametrize(
    "page",
    [
        "```\nH(p, q) = −Σ pᵢ log₂ qᵢ\nD_KL(p ‖ q) = H(p, q) − H(p) = Σ pᵢ log₂(pᵢ/qᵢ)\n```\n",
        "```\nH(p,q) = -Σ p_i log q_i\nKL(p||q) = H(p,q) - H(p) = Σ p_i log(p_i/q_i)\n```\n",
    ],
)
def test_each_line_of_a_derivation_is_its_own_claim(page: str) -> None:
    claims = check_text("# Kreuzentropie\n\n" + page, "d.md").claims
    assert [claim.verdict for claim in claims if claim.verdict == "false"] == []
    assert not [claim for claim in claims if claim.text.startswith("H(p") and "p /q" in claim.text.replace(" ", " ")]


def test_a_wrong_line_of_a_derivation_is_still_false() -> None:
    page = "```\nH(p, q) = −Σ pᵢ log₂ qᵢ\nD_KL(p ‖ q) = H(p, q) + H(p)\n```\n"
    verdicts = [(claim.text, claim.verdict) for claim in check_text(page, "d.md").claims]
    assert ("D_KL(p ‖ q) = H(p, q) + H(p)", "false") in verdicts


#: A wrong value, then a sentence that turns it down: Q = (1/2, 1/4, 1/4) has 1.5 bits, not 1.6.
TURNED_DOWN = [
    "Let Q = (0.5, 0.25, 0.25).\n\nA first try gave H(Q) = 1.6 bits. That is wrong.",
    "Sei Q = (0.5, 0.25, 0.25).\n\nMan erhält oft H(Q) = 1.6 Bit. Das ist falsch.",
    "Soit Q = (0.5, 0.25, 0.25).\n\nOn écrit souvent H(Q) = 1.6 bits. C'est faux.",
    "Sea Q = (0.5, 0.25, 0.25).\n\nAlgunos escriben H(Q) = 1.6 bits. Eso es incorrecto.",
    "Seja Q = (0.5, 0.25, 0.25).\n\nÀs vezes aparece H(Q) = 1.6 bits. Isso está errado.",
    "设 Q = (0.5, 0.25, 0.25)。\n\n有人算出 H(Q) = 1.6 比特。这是错误的。",
    "Q = (0.5, 0.25, 0.25) とする。\n\nH(Q) = 1.6 ビットと計算した。これは間違いである。",
    "Q = (0.5, 0.25, 0.25)이라고 하자.\n\n어떤 풀이는 H(Q) = 1.6 비트를 얻는다. 이것은 틀렸다.",
]


@pytest.mark.parametrize("page", TURNED_DOWN)
def test_a_value_the_next_sentence_turns_down_is_not_the_documents_claim(page: str) -> None:
    claims = [claim for claim in check_text(page, "n.md").claims if claim.kind == "entropy"]
    assert [claim.verdict for claim in claims] in ([], ["unchecked"])  # English drops a formula so denied
    assert all(f"{float(_entropy(['0.5', '0.25', '0.25'])):g}" in claim.note for claim in claims)


@pytest.mark.parametrize(
    "after",
    [
        " It is not symmetric, though.",
        " No distribution on three outcomes has more than log 3.",
        " That is, 1.6 bits of surprise.",
    ],
)
def test_a_wrong_value_not_turned_down_in_the_next_sentence_stays_false(after: str) -> None:
    page = "Let Q = (0.5, 0.25, 0.25).\n\nWe find H(Q) = 1.6 bits." + after
    claims = [claim for claim in check_text(page, "n.md").claims if claim.kind == "entropy"]
    assert [(claim.verdict, claim.value) for claim in claims] == [("false", "1.5")]


#: Two lists in a sentence, then their entropies in the next (``{a}`` and ``{b}``).
TWO_LISTS = [
    "Source A emits three symbols with probabilities 0.5, 0.25 and 0.25; source B with probabilities 0.7, 0.2 and "
    "0.1. Their entropies are {a} and {b} bits.",
    "信源A的概率分别为0.5、0.25、0.25，信源B的概率分别为0.7、0.2、0.1。它们的熵分别为{a}和{b}比特。",
]


@pytest.mark.parametrize("page", TWO_LISTS)
@pytest.mark.parametrize("off", [0.0, 0.2])
def test_values_of_two_lists_are_paired_in_order(page: str, off: float) -> None:
    a, b = (f"{float(_entropy(shares)):.3f}" for shares in (["0.5", "0.25", "0.25"], ["0.7", "0.2", "0.1"]))
    b = f"{float(b) + off:.3f}"
    claims = [claim for claim in check_text(page.format(a=a, b=b), "l.md").claims if claim.kind == "expression"]
    assert [(claim.text.split("=")[-1].strip(), claim.verdict) for claim in claims] == [
        (a, "holds"),
        (b, "false" if off else "holds"),
    ]


@pytest.mark.parametrize(
    "page",
    [
        "Source A has probabilities 0.5, 0.25, 0.25 and source B has probabilities 0.7, 0.2, 0.1. Their entropies "
        "are about 1.5 bits (for A) and 1.16 bits (for B).",
        "Source C has probabilities 0.5, 0.25, 0.25 and source D has probabilities 0.7, 0.2, 0.1. Their entropies "
        "are 1.5, 1.157 and 2 bits.",
    ],
)
def test_values_that_cannot_be_paired_are_left_alone(page: str) -> None:
    assert [claim.verdict for claim in check_text(page, "l.md").claims if claim.verdict == "false"] == []


@pytest.mark.parametrize("name", ["P_c2l3", "d1", "dist_a", "P2_x"])
def test_a_library_name_is_not_the_letter_it_starts_with(name: str) -> None:
    page = f"Let P = (0.9, 0.1) and D = (0.5, 0.5).\n\nThe entropy of {name} is 1.5 bits.\n"
    claims = [claim for claim in check_text(page, "dit.md").claims if claim.kind != "definition"]
    assert [claim.verdict for claim in claims if claim.verdict == "false"] == []


def test_an_entropy_of_a_named_letter_is_still_judged() -> None:
    page = "Let P = (0.9, 0.1).\n\nThe entropy of P is 0.6 bits.\n"
    claims = [claim for claim in check_text(page, "dit.md").claims if claim.kind == "entropy"]
    assert [(claim.verdict, claim.value) for claim in claims] == [("false", f"{float(_binary('0.9', 2)):.10f}")]


@pytest.mark.parametrize(
    "header",
    ["−p log₂ q − (1−p) log₂(1−q)", "p log₂(p/q) + (1−p) log₂((1−p)/(1−q))"],
)
def test_a_binary_formula_of_two_parameters_is_not_read_as_its_first_term(header: str) -> None:
    p, q = mpmath.mpf("0.9"), mpmath.mpf("0.5")
    cross = -(p * mpmath.log(q, 2) + (1 - p) * mpmath.log(1 - q, 2))
    kl = p * mpmath.log(p / q, 2) + (1 - p) * mpmath.log((1 - p) / (1 - q), 2)
    value = cross if header.startswith("−") else kl
    page = f"| p | q | {header} |\n|---|---|---|\n| 0.5 | 0.5 | {1.0 if value is cross else 0.0:.3f} |\n"
    page += f"| 0.9 | 0.5 | {float(value):.3f} |\n"
    assert [claim.verdict for claim in check_text(page, "b.md").claims if claim.verdict == "false"] == []
