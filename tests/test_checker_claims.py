"""``kldocs.checker.claims`` and ``chains``: what a document is read as claiming."""

from __future__ import annotations

from fractions import Fraction

import pytest

from kldocs.checker.chains import statements
from kldocs.checker.claims import BaseStatement, Found, Unreadable, find_claims
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.property_claims import Property
from kldocs.checker.reading import parse_text
from kldocs.checker.tokens import tokenize


def claims_of(text: str, name: str = "a.md") -> list[object]:
    return list(find_claims(parse_text(text, name)))


def definitions(text: str, name: str = "a.md") -> list[tuple[str, tuple[Fraction, ...], int]]:
    return [
        (item.name, item.values, item.line)
        for item in claims_of(text, name)
        if isinstance(item, DistributionDefinition)
    ]


def read(text: str, *, before: str = "", after: str = "", prose: bool = False) -> list[tuple[str, str]]:
    found = statements(tokenize(text), text, before=before, after=after, prose=prose)
    return [(statement.relation, statement.text) for statement in found if not statement.fallback]


def test_a_chain_also_pairs_its_numbers_for_when_its_measure_cannot_be_evaluated() -> None:
    text = r"H(X) = -0.8 \log_2 0.8 - 0.2 \log_2 0.2 = 0.722"
    found = statements(tokenize(text), text)
    assert [(s.text, s.fallback) for s in found] == [
        (r"H(X) = -0.8 \log_2 0.8 - 0.2 \log_2 0.2", False),
        ("H(X) = 0.722", False),
        (r"-0.8 \log_2 0.8 - 0.2 \log_2 0.2 = 0.722", True),
    ]


HALF = (Fraction(1, 2), Fraction(1, 2))

# --- definitions ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        r"$P(x) = \{0.5, 0.5\}$",
        "$P = (0.5, 0.5)$",
        "P=[0.5, 0.5]",
        r"$P = \left(\frac{1}{2}, \frac12\right)$",
        r"$P = (50\%, 50\%)$",
        "$P = \\{0.5,\\ 0.5\\}$",
    ],
)
def test_definition_notations(text: str) -> None:
    assert definitions(text) == [("P", HALF, 1)]


def test_labelled_and_table_definitions() -> None:
    assert definitions("Weather: P(sun) = 0.5, P(rain) = 0.3, P(snow) = 0.2.") == [
        ("P", (Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)), 1)
    ]
    table = "| outcome | $P$ | $Q_1$ |\n| --- | --- | --- |\n| a | 0.5 | 0.25 |\n| b | 0.5 | 0.75 |\n"
    assert definitions(table) == [("P", HALF, 1), ("Q_1", (Fraction(1, 4), Fraction(3, 4)), 1)]
    (labelled,) = [item for item in claims_of(table) if isinstance(item, DistributionDefinition) and item.name == "P"]
    assert labelled.labels == ("a", "b")
    bold = "| answer | p | q |\n|---|---|---|\n| no | 0.2 | 0.1 |\n| yes | 0.8 | 0.9 |\n"
    bold += "| **total** | **1.0** | **1.0** |\n"
    tenths = (Fraction(1, 5), Fraction(4, 5)), (Fraction(1, 10), Fraction(9, 10))
    assert definitions(bold) == [("p", tenths[0], 1), ("q", tenths[1], 1)]  # a bold total row is the margin


def test_not_definitions() -> None:
    assert definitions("$Q_t = (1 - t) Q + t P$, $M = (P + Q)/2$, $H(P) = (0.5)$, $x = (0.5, 0.5)$") == []
    assert definitions("$H(P) = 0.5, H(Q) = 0.5$") == []  # H, D and J name measures


def test_a_definition_that_does_not_sum_to_one_is_still_found() -> None:
    assert definitions("$R = (0.2, 0.5, 0.4)$") == [("R", (Fraction(1, 5), Fraction(1, 2), Fraction(2, 5)), 1)]


# --- chains of relations -------------------------------------------------------------------------------------


def test_each_part_of_a_chain_is_a_claim_about_the_measure() -> None:
    text = r"D_{KL}(P \| Q) = 0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4} \approx 0.0305"
    assert read(text) == [
        ("=", r"D_{KL}(P \| Q) = 0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4}"),
        ("~", r"D_{KL}(P \| Q) \approx 0.0305"),
    ]


def test_aligned_rows_continue_through_symbolic_steps_and_drop_equation_numbers() -> None:
    text = (
        r"\begin{aligned} D_{KL}(P \| Q) &= \sum_i p_i \ln \frac{p_i}{q_i} && (1) \\"
        r" &= 0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4} && (2) \\ &\approx 0.0305 && (3) \end{aligned}"
    )
    assert [relation for relation, _ in read(text)] == ["=", "~"]
    assert read(text)[1][1] == r"D_{KL}(P \| Q) \approx 0.0305"


def test_a_row_with_its_own_measure_starts_a_new_chain() -> None:
    text = r"&= D_{KL}(P \| Q) = 0.0305 \\ &= D_{KL}(Q \| P) = 0.0324 \\ &\ne D_{KL}(P \| Q) \ne D_{KL}(Q \| P)"
    assert read(text) == [
        ("=", r"D_{KL}(P \| Q) = 0.0305"),
        ("=", r"D_{KL}(Q \| P) = 0.0324"),
        ("!=", r"D_{KL}(P \| Q) \ne D_{KL}(Q \| P)"),
    ]


def test_inequalities_compose_and_keep_their_written_order() -> None:
    assert read(r"0 \le \mathrm{JSD}(P, Q) \le \log 2") == [
        (">=", r"0 \le \mathrm{JSD}(P, Q)"),
        ("<=", r"\mathrm{JSD}(P, Q) \le \log 2"),
    ]
    assert read(r"D_{KL}(P \| Q) = 0.03 \ge 0.02 \le 0.5") == [
        ("=", r"D_{KL}(P \| Q) = 0.03"),
        (">=", r"D_{KL}(P \| Q) \ge 0.02"),
    ]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (r"D_{KL}(P \| Q) = 0 \iff P = Q", {}),
        (r"\text{if } D_{KL}(P \| Q) = 0", {}),
        (r"D_{KL}(P \| Q) = 0", {"before": "Suppose "}),
        (r"D_{KL}(P \| Q) = 0", {"after": " only if P = Q"}),
        (r"D_{KL}(P \| Q) = 0 \Rightarrow P = Q", {}),
    ],
)
def test_conditions_are_not_claims(text: str, context: dict[str, str]) -> None:
    assert read(text, before=context.get("before", ""), after=context.get("after", "")) == []


def test_units_next_to_a_value() -> None:
    (statement,) = statements(tokenize(r"H(P) = 1.5 \text{ bits}"), r"H(P) = 1.5 \text{ bits}")
    assert statement.unit == "2"
    (statement,) = statements(tokenize("H(P) = 1.03"), "H(P) = 1.03", after=" nats, so")
    assert statement.unit == "e"


def test_prose_claims_need_arguments() -> None:
    assert read("so KL(P||Q) = 0.0305 nats", prose=True) == [("=", "KL(P||Q) = 0.0305")]
    assert read("a small KL = 0.03 is fine", prose=True) == []


# --- properties and the log base ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "measure", "kind", "negated"),
    [
        ("KL divergence is symmetric.", "kl", "symmetric", False),
        ("The Kullback-Leibler divergence is not symmetric.", "kl", "symmetric", True),
        ("KL isn't symmetric.", "kl", "symmetric", True),
        ("Relative entropy is a true metric.", "kl", "metric", False),
        ("KL divergence is always between 0 and 1.", "kl", "bounded", False),
        ("Cross-entropy is bounded.", "cross_entropy", "bounded", False),
        ("The Jensen-Shannon divergence is symmetric.", "jsd", "symmetric", False),
        ("The Jensen-Shannon distance is a metric.", "js_distance", "metric", False),
        ("JSD is the average of the two KL divergences.", "jsd", "jsd_average", False),
    ],
)
def test_property_sentences(sentence: str, measure: str, kind: str, negated: bool) -> None:
    (item,) = [item for item in claims_of(sentence) if isinstance(item, Property)]
    assert (item.measure, item.property, item.negated) == (measure, kind, negated)


@pytest.mark.parametrize(
    "sentence",
    [
        "A common myth is that KL divergence is symmetric.",
        "It is wrong to say KL divergence is symmetric.",
        "JSD is the average of the KL divergences of P and Q from their mixture M.",
    ],
)
def test_quoted_or_denied_properties_are_not_claims(sentence: str) -> None:
    assert [item for item in claims_of(sentence) if isinstance(item, Property)] == []


def test_base_statements() -> None:
    text = (
        "Values are in bits.\n\nWe use the natural log.\n\nIt is $0.5$ nats, and 3 bits.\n\n"
        "$$H = -\\sum p_i \\log_2 p_i$$"
    )
    found = [(item.line, item.base) for item in claims_of(text) if isinstance(item, BaseStatement)]
    assert found == [(1, "2"), (3, "e"), (7, "2")]


def test_a_formula_over_the_limits_is_reported_once_not_read() -> None:
    text = "$D_{KL}(P \\| Q) = " + "(" * 60 + "1" + ")" * 60 + "$"
    (item,) = [item for item in claims_of(text) if isinstance(item, Unreadable)]
    assert "nested more than 50 deep" in item.reason
    assert not [item for item in claims_of(text) if isinstance(item, Found)]


def test_a_matrix_in_code_is_not_one_distribution_but_a_vector_beside_it_is() -> None:
    text = (
        "```r\n"
        "m <- matrix(c(0.2, 0.8, 0.6, 0.4), nrow=2, byrow=TRUE)\n"
        "q <- c(0.25, 0.75)\n"
        "```\n\n"
        "```python\n"
        "p = np.array([0.5, 0.5, 0.1, 0.9]).reshape(2, 2)\n"
        "r = rbind(c(0.3, 0.7), c(0.9, 0.1))\n"
        "```\n"
    )
    assert definitions(text) == [("q", (Fraction(1, 4), Fraction(3, 4)), 3)]
