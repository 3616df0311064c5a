"""``kldocs check`` on things that look like a claim about the page's distributions and are not.

Each document here is written for the test: an alphabet written like a distribution (``\\mathcal X = \\{0, 1\\}``),
the entropy of a conditional distribution written out term by term under a page that gives only the
marginals, "entropy can be negative" said of continuous variables, plain arithmetic on values that were
rounded before it (two entropies to four places, then their difference), a claim about a second table the
checker could not read, a closed form that ends its sentence with a full stop, an equation number after an
identity, one name reused for a coin and then a die, and a table of code words and their lengths.
None of them is false (the wrong closed form excepted); the true values are computed here with ``math`` and
``fractions``.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from kldocs.checker import Checked, check_text


def _claims(text: str, name: str = "a.md") -> list[Checked]:
    return list(check_text(text, name).claims)


def _entropy_bits(values: list[float]) -> float:
    return -sum(v * math.log2(v) for v in values if v > 0)


@pytest.mark.parametrize("alphabet", [r"$\mathcal X = \{0, 1\}$", r"$\mathcal{X} = \{0, 1\}$", r"$X = \{0, 1\}$"])
def test_an_alphabet_is_not_a_distribution(alphabet: str) -> None:
    # The source's symbols are 0 and 1 with probabilities 1/4, 3/4: H(X) = 0.811 bits; X = (0, 1) would give 0.
    true = _entropy_bits([0.25, 0.75])
    text = f"A binary source {alphabet} emits 1 with probability 3/4.\n\nThen $H(X) = {true:.3f}$ bits.\n"
    claims = _claims(text)
    assert not any(c.kind == "definition" and c.text.startswith("X") for c in claims), claims
    assert not any(c.verdict == "false" for c in claims), claims


def test_a_distribution_in_set_braces_is_still_read() -> None:
    claims = _claims(r"Let $P = \{1/2, 1/2\}$; then $H(P) = 1$ bit." + "\n")
    assert [c.verdict for c in claims if c.kind in ("definition", "entropy")] == ["holds", "holds"]


def test_the_entropy_of_a_conditional_distribution_written_out_is_not_judged_as_a_marginal() -> None:
    # Joint: p(0,0) = p(0,1) = p(1,0) = 1/8, p(1,1) = 5/8, so P(X) = (1/4, 3/4) and P(X | Y=0) = (1/2, 1/2).
    joint = {(0, 0): Fraction(1, 8), (0, 1): Fraction(1, 8), (1, 0): Fraction(1, 8), (1, 1): Fraction(5, 8)}
    p_y0 = joint[(0, 0)] + joint[(1, 0)]
    conditional = [float(joint[(x, 0)] / p_y0) for x in (0, 1)]
    assert _entropy_bits(conditional) == 1.0
    text = (
        "X and Y are binary with p(X=0, Y=0) = p(X=0, Y=1) = p(X=1, Y=0) = 1/8 and p(X=1, Y=1) = 5/8.\n"
        "H(X) = -(1/4 * log2(1/4) + 3/4 * log2(3/4)) = 0.811\n"
        "p(X=0|Y=0) = (1/8) / (1/4) = 1/2\n"
        "H(X|Y=0) = -(1/2 * log2(1/2) + 1/2 * log2(1/2)) = 1\n"
    )
    claims = _claims(text, "a.txt")
    assert not any(c.verdict == "false" for c in claims), claims
    assert any(c.lines == (4,) and c.verdict == "holds" for c in claims), claims


@pytest.mark.parametrize(
    "sentence",
    [
        r"$H(X) \geq 0$ for all discrete $X$ (entropy can be negative for continuous $X$).",
        "Entropy can be negative in the continuous case.",
        "La entropía puede ser negativa para variables continuas.",
        "L'entropia può essere negativa per variabili continue.",
    ],
)
def test_entropy_of_continuous_variables_can_be_negative(sentence: str) -> None:
    claims = _claims(f"# Entropy\n\n{sentence}\n")
    assert not any(c.verdict == "false" for c in claims), claims


@pytest.mark.parametrize("sentence", ["Entropy can be negative.", "La entropía puede ser negativa."])
def test_entropy_said_to_be_negative_without_a_qualifier_is_still_false(sentence: str) -> None:
    claims = _claims(f"# Entropy\n\n{sentence}\n")
    assert [c.verdict for c in claims] == ["false"], claims


def _difference_claim(text: str) -> Checked:
    (found,) = [c for c in _claims(text) if c.kind == "expression"]
    return found


def test_a_difference_of_rounded_entropies_may_differ_from_its_exact_arithmetic_in_the_last_place() -> None:
    p, q = [0.4, 0.3, 0.2, 0.1], [0.1, 0.2, 0.3, 0.4]
    cross = -sum(a * math.log2(b) for a, b in zip(p, q, strict=True))
    entropy = _entropy_bits(p)
    kl = cross - entropy
    written = (f"{cross:.4f}", f"{entropy:.4f}", f"{math.floor(kl * 1e4) / 1e4:.4f}")
    exact = Fraction(written[0]) - Fraction(written[1])
    assert exact != Fraction(written[2])  # the written arithmetic is off in its last place ...
    assert abs(Fraction(written[2]) - Fraction(kl)) < Fraction(1, 10**4)  # ... while the KL divergence is not
    claim = _difference_claim(f"So $D_{{KL}}(p||q) = {written[0]} - {written[1]} = {written[2]}$ bits.\n")
    assert claim.verdict == "holds" and "rounded" in claim.note, claim


@pytest.mark.parametrize(
    ("arithmetic", "verdict"),
    [
        ("1.58 - 2/3 = 0.92", "holds"),  # log2 3 to two places: 0.9083 to 0.9183 allows 0.915 to 0.925
        ("1.585 - 0.6667 = 0.9184", "holds"),
        ("0.971 - 0.5 = 0.461", "false"),  # 0.4705 to 0.4715: a slip, not rounding
        ("1.585 - 0.667 = 0.928", "false"),
        ("0.92 - 0.47 = 0.46", "unchecked"),  # two digits each: 0.44 to 0.46 allows it, but two digits say little
        ("0.75 - 0.25 = 0.6", "false"),  # 0.75 and 0.25 are probabilities as given, not rounded values
    ],
)
def test_rounded_operands_allow_only_what_their_rounding_allows(arithmetic: str, verdict: str) -> None:
    claim = _difference_claim(f"The mutual information is $I(X;Y) = {arithmetic}$ bits.\n")
    assert claim.verdict == verdict, claim


def test_a_claim_about_a_table_of_rounded_thirds_is_judged_against_it_not_the_one_before() -> None:
    # Table B's cells are thirds rounded to 0.333, read as thirds only to let a claim hold: its values are
    # H(X,Y) = log2 3 and H(X|Y) = 2/3 bits, and must not be judged against table A (H(X,Y) = 1.5 bits).
    a = [Fraction(1, 2), Fraction(1, 4), Fraction(0), Fraction(1, 4)]
    assert _entropy_bits([float(v) for v in a]) == 1.5
    text = (
        "For table A:\n\n| X \\ Y | Y = 0 | Y = 1 |\n|---|---|---|\n| X = 0 | 1/2 | 1/4 |\n| X = 1 | 0 | 1/4 |\n\n"
        "For table B:\n\n| X \\ Y | Y = 0 | Y = 1 |\n|---|---|---|\n"
        "| X = 0 | 0.333 | 0.333 |\n| X = 1 | 0 | 0.333 |\n\n"
        f"For table B, H(X,Y) = {math.log2(3):.3f} bits.\n\nBack to table A: H(X,Y) = 1.5 bits.\n"
    )
    claims = [c for c in _claims(text) if c.kind == "joint_entropy"]
    assert [c.verdict for c in claims] == ["holds", "holds"], claims
    assert "thirds" in claims[0].note and "line 3" in claims[1].note


def test_a_claim_about_the_first_of_two_tables_is_not_judged_against_the_second() -> None:
    first = [[0.5, 0.25], [0.0, 0.25]]  # I(X;Y) = 0.311 bits
    second = [[0.3, 0.2], [0.1, 0.4]]  # I(X;Y) = 0.125 bits

    def mutual(table: list[list[float]]) -> float:
        rows, columns = [sum(row) for row in table], [sum(column) for column in zip(*table, strict=True)]
        cells = [(v, rows[i] * columns[j]) for i, row in enumerate(table) for j, v in enumerate(row) if v > 0]
        return sum(v * math.log2(v / product) for v, product in cells)

    def table(cells: list[list[float]]) -> str:
        rows = "".join(f"| X = {i} | {row[0]} | {row[1]} |\n" for i, row in enumerate(cells))
        return "| X \\ Y | Y = 0 | Y = 1 |\n|---|---|---|\n" + rows

    text = (
        f"The first joint distribution:\n\n{table(first)}\nThe second joint distribution:\n\n{table(second)}\n"
        f"Its mutual information is I(X;Y) = {mutual(second):.3f} bits.\n\n"
        f"Comparing the two tables, the first has I(X;Y) = {mutual(first):.3f} bits, more than the second.\n"
    )
    claims = [c for c in _claims(text) if c.kind == "mutual_information"]
    assert [c.verdict for c in claims] == ["holds", "unchecked"], claims


@pytest.mark.parametrize("stop", [".", ",", ";"])
def test_a_closed_form_ending_its_sentence_is_read(stop: str) -> None:
    # The normal's differential entropy is (1/2) ln(2 pi e sigma^2); without the 1/2 it is wrong.
    sigma = 1.7
    assert (
        abs(0.5 * math.log(2 * math.pi * math.e * sigma**2) - math.log(sigma * math.sqrt(2 * math.pi * math.e))) < 1e-12
    )
    lead = "The entropy of $\\mathcal{N}(\\mu, \\sigma^2)$ is\n"
    right = lead + f"\\[ h(X) = \\frac{{1}}{{2}}\\ln(2\\pi e \\sigma^2){stop} \\]\n"
    wrong = lead + f"\\[ h(X) = \\ln(2\\pi e \\sigma^2){stop} \\]\n"
    assert [c.verdict for c in _claims(right, "a.tex") if c.kind == "identity"] == ["holds"]
    assert [c.verdict for c in _claims(wrong, "a.tex") if c.kind == "identity"] == ["false"]


@pytest.mark.parametrize("number", ["(10.27)", "(3)", "(2.4)"])
def test_an_equation_number_after_an_identity_is_not_a_factor(number: str) -> None:
    text = f"Two relations among the entropies:\n\n$H(X,Y) = H(Y|X) + H(X) {number}$\n\n$H(X,Y) = H(X|Y) + H(Y)$\n"
    claims = [c for c in _claims(text) if c.kind == "identity"]
    assert [c.verdict for c in claims] == ["holds", "holds"], claims
    # Set apart by a space only: written against the measure, a bracket is still read as a product.
    glued = _claims(f"$H(X,Y) = H(Y|X) + H(X){number}$\n")
    assert [c.verdict for c in glued if c.kind == "identity"] != ["holds"], glued


def test_a_name_read_from_one_expansion_is_read_again_from_the_next() -> None:
    # A coin, then a die, both written H(x) and neither defined: each expansion is its own distribution's entropy.
    def expansion(n: int) -> str:
        term = f"\\frac{{1}}{{{n}}} \\log \\frac{{1}}{{{n}}}"
        return "H(x) = - \\left( " + " + ".join([term] * n) + " \\right)"

    text = f"A coin:\n$$\n{expansion(2)}\n$$\n\nThe result is about {math.log(2):.3f}.\n\n"
    text += f"Now a die:\n$$ {expansion(6)}\n$$\n\nThe result is about {math.log(6):.2f}.\n"
    claims = _claims(text)
    assert claims and not any(c.verdict == "false" for c in claims), claims
    assert [c.verdict for c in claims if c.text.startswith("H(x)")] == ["holds", "holds"], claims


def test_a_table_of_code_words_and_lengths_has_no_distributions_in_its_columns() -> None:
    # A prefix code for A, C, G, T with p = (1/4, 1/8, 1/8, 1/2): rows of code words, probabilities and lengths.
    p, lengths = [0.25, 0.125, 0.125, 0.5], [2, 3, 3, 1]
    assert sum(pi * n for pi, n in zip(p, lengths, strict=True)) == 1.75 == _entropy_bits(p)
    code = (
        "\\begin{tabular}{|c|c|c|c|c|c|}\n\\hline\n & A & C & G & T & \\\\ \\hline\n"
        "Code & 10 & 110 & 111 & 0 & \\\\ \\hline\n"
        f"$p(x_i)$ & {' & '.join(map(str, p))} & \\\\ \\hline\n"
        f"$n(x_i)$ & {' & '.join(map(str, lengths))} & \\\\ \\hline\n"
        "$p(x_i) n(x_i)$ & 0.5 & 0.375 & 0.375 & 0.5 & \\textbf{1.75} \\\\ \\hline\n\\end{tabular}\n"
    )
    assert not [c for c in _claims(code, "a.tex") if c.verdict == "false"]
    # A column of probabilities that does not sum to 1 is still called out.
    slip = "\\begin{tabular}{ccc}\n & P & Q \\\\\na & 0.5 & 0.25 \\\\\nb & 0.3 & 0.75 \\\\\n\\end{tabular}\n"
    assert [c.verdict for c in _claims(slip, "a.tex") if c.kind == "definition"] == ["false", "holds"]
