"""Properties stated as ranges, in brackets after a name, as bare list items and in comparison tables.

A range ``[0, ∞)`` or ``0 ≤ JS ≤ log 2`` on a line, after a label ("Range:", "Bornes", "Wertebereich") or a word
for bounded ("beschränkt auf"); a heading "KL-Divergenz (nicht symmetrisch!)"; "- Symétrique" under a measure's
name; a table column of ranges or one headed "Métrique ?". Also: the mutual information zero for independent
variables, the differential entropy's sign, "거리(metric)가 아닙니다".

The facts the verdicts rest on are worked out here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True) if a > 0)


def _jsd(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    m = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    return (_kl(p, m) + _kl(q, m)) / 2


def _claims(text: str) -> list[tuple[int, str, str, str]]:
    return [(item.lines[0], item.kind, item.verdict, item.note) for item in check_text(text, "a.md").claims]


def test_the_facts_the_verdicts_rest_on() -> None:
    one, zero = mpmath.mpf(1), mpmath.mpf(0)
    # the JSD of two distributions with disjoint supports is ln 2 nats, 1 bit: its largest value
    assert mpmath.almosteq(_jsd([one, zero], [zero, one]), mpmath.log(2))
    assert mpmath.almosteq(_jsd([one, zero], [zero, one]) / mpmath.log(2), 1)
    assert _jsd([one, zero], [zero, one]) > mpmath.mpf("0.5")  # so "JS <= 0.5" fails, in bits and in nats
    # KL grows without bound as Q's weight on an outcome P can produce goes to 0
    eps = mpmath.mpf(10) ** -30
    assert _kl([mpmath.mpf(1) / 2] * 2, [eps, 1 - eps]) > 30
    # the JSD is not a metric: the triangle inequality fails for (1,0), (1/2,1/2), (0,1)
    a, b, c = [one, zero], [one / 2, one / 2], [zero, one]
    assert _jsd(a, c) > _jsd(a, b) + _jsd(b, c)
    # its square root passes there
    assert mpmath.sqrt(_jsd(a, c)) <= mpmath.sqrt(_jsd(a, b)) + mpmath.sqrt(_jsd(b, c))
    # the mutual information of independent variables: the joint is the product of the marginals
    px, py = [mpmath.mpf(1) / 4, mpmath.mpf(3) / 4], [mpmath.mpf(2) / 5, mpmath.mpf(3) / 5]
    joint = [x * y for x in px for y in py]
    assert _kl(joint, [x * y for x in px for y in py]) == 0
    # the differential entropy of the uniform density on [0, 1/2]: log(1/2), negative
    assert mpmath.quad(lambda x: -2 * mpmath.log(2), [0, mpmath.mpf(1) / 2]) < 0


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # a labelled range under a heading: its lower end (never negative) and its upper end
        ("## KL divergence\n\n- Range: [0, ∞)\n", [(3, "bound", "holds"), (3, "bound", "holds")]),
        ("## KL divergence\n\n- Range: [0, 1]\n", [(3, "bound", "holds"), (3, "bound", "false")]),
        ("## Jensen-Shannon divergence\n\n- Range: [0, ∞)\n", [(3, "bound", "holds"), (3, "bound", "false")]),
        ("## Divergencia KL\n\n- Rango: (-∞, ∞)\n", [(3, "bound", "false"), (3, "bound", "holds")]),
        ("The KL divergence, range: [0, +∞), compares two laws.\n", [(1, "bound", "holds"), (1, "bound", "holds")]),
        # a chain of bounds on its own line, in any language around it
        (
            "Die JS-Divergenz ist symmetrisch.\n\n0 ≤ JS ≤ log 2\n",
            [(1, "symmetry", "holds"), (3, "bound", "holds"), (3, "bound", "holds")],
        ),
        (  # its two ends, not 0 <= ln 2, which is no claim of the line
            "$$0 \\le D_{JS}(P\\|Q) \\le \\ln 2$$\n",
            [(1, "bound", "holds"), (1, "bound", "holds")],
        ),
        ("0 ≤ JS ≤ 0.5\n", [(1, "bound", "holds"), (1, "bound", "false")]),
        (  # on a line of plain text, its two bounds are also read as formulas, with the same verdicts
            "0 <= KL(P||Q) <= 1\n",
            [(1, "bound", "holds"), (1, "bound", "holds"), (1, "bound", "false"), (1, "bound", "false")],
        ),
        # a word for bounded and an interval, in a heading's brackets
        (
            "## Jensen-Shannon-Divergenz (symmetrisch, beschränkt auf [0,1])\n",
            [(1, "symmetry", "holds"), (1, "bound", "holds"), (1, "bound", "holds")],
        ),
        ("La divergence JS est bornée sur [0, 0.3].\n", [(1, "bound", "holds"), (1, "bound", "false")]),
    ],
)
def test_a_range_is_judged_by_its_two_ends(document: str, expected: list[tuple[int, str, str]]) -> None:
    assert [claim[:3] for claim in _claims(document)] == expected


def test_an_upper_bound_of_the_jsd_below_ln_2_names_its_largest_value() -> None:
    (_, low), *_ = [(claim, claim[3]) for claim in _claims("0 ≤ JS ≤ 0.5\n") if claim[2] == "false"]
    largest = mpmath.log(2)
    assert f"{float(largest):.3f}" in low and "1 bit" in low


@pytest.mark.parametrize(
    "document",
    [
        "If JS ≤ 0.5 here, the two are close.\n",  # supposed
        "Is 0 ≤ JS ≤ 0.5?\n",  # asked
        "A common mistake: 0 ≤ KL ≤ 1.\n",  # reported as a mistake
        "## Divergence between two lists\n\n- Range: [0, 1]\n",  # no measure named
        "## Entropy\n\n- Range: [0, log n]\n",  # the entropy's range depends on n: not read here
        "The p-value is in the range [0, 1] for the KL test.\n",  # not the measure's range
    ],
)
def test_a_range_not_stated_of_a_measure_is_not_judged(document: str) -> None:
    assert [claim for claim in _claims(document) if claim[2] == "false"] == []


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            "## KL-Divergenz (Gleichheit genau dann, wenn P = Q; nicht symmetrisch!)\n",
            [(1, "bound", "holds"), (1, "symmetry", "holds")],
        ),
        ("## KL-Divergenz (symmetrisch)\n", [(1, "symmetry", "false")]),
        (
            "The KL divergence (asymmetric, non-negative) is used below.\n",
            [(1, "symmetry", "holds"), (1, "bound", "holds")],
        ),
        ("## Divergencia KL (no simétrica, no negativa)\n", [(1, "symmetry", "holds"), (1, "bound", "holds")]),
        ("## KL散度（非对称）\n", [(1, "symmetry", "holds")]),
    ],
)
def test_properties_in_brackets_after_a_name_are_said_of_it(
    document: str, expected: list[tuple[int, str, str]]
) -> None:
    assert [claim[:3] for claim in _claims(document)] == expected


@pytest.mark.parametrize(
    "document",
    [
        "The JSD (symmetric? bounded?) is discussed next.\n",  # asked
        "The cross-entropy (equality iff P = Q) is minimal.\n",  # equality in H(P,Q) >= H(P): another property
        "KL divergence (D_KL) compares P with Q.\n",  # a symbol
        "JS divergence (symmetrical version of KL) is used.\n",  # a description
        "The KL divergence (metric) is reported in table 2.\n",  # "metric" alone may name what is reported
    ],
)
def test_brackets_that_say_no_property_are_not_read(document: str) -> None:
    assert [claim for claim in _claims(document) if claim[1] in ("symmetry", "metric", "bound")] == []


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("Divergence de Jensen-Shannon\n- Symétrique\n- Bornée\n", [(2, "symmetry", "holds"), (3, "bound", "holds")]),
        ("## Divergencia KL\n\n- Simétrica\n- No negativa\n", [(3, "symmetry", "false"), (4, "bound", "holds")]),
        ("## KL-Divergenz\n\n- Keine Metrik\n- Unsymmetrisch\n", [(3, "metric", "holds"), (4, "symmetry", "holds")]),
        # a noun may only name a topic; "Metric" alone too
        ("## KL散度\n\n- 对称性\n", []),
        ("Divergence de Jensen-Shannon\n- Métrique\n", []),
    ],
)
def test_a_property_s_name_alone_in_a_list_is_said_of_its_heading_s_measure(
    document: str, expected: list[tuple[int, str, str]]
) -> None:
    assert [claim[:3] for claim in _claims(document)] == expected


_FRENCH_TABLE = (
    "| Mesure | Symétrique | Bornes | Métrique ? |\n"
    "|---|---|---|---|\n"
    "| KL | Non | ≥0, pas métrique | Non |\n"
    "| JS | Oui | [0, log 2] | Oui |\n"
    "| Entropie croisée | Non | [0, 1] | Non |\n"
)


def test_a_comparison_table_s_range_and_metric_columns_are_read() -> None:
    claims = _claims(_FRENCH_TABLE)
    assert [claim[:3] for claim in claims] == [
        (3, "symmetry", "holds"),
        (3, "bound", "holds"),  # ≥ 0
        (3, "metric", "holds"),
        (4, "symmetry", "holds"),
        (4, "bound", "holds"),  # never negative
        (4, "bound", "holds"),  # at most log 2
        (4, "metric", "false"),  # the JSD is no metric; its square root is
        (5, "symmetry", "holds"),
        (5, "bound", "holds"),
        (5, "bound", "false"),  # the cross-entropy has no upper bound
        (5, "metric", "holds"),
    ]
    assert "square root" in claims[6][3]


def test_a_table_naming_no_measure_gives_the_range_of_its_section_s() -> None:
    document = "## Jensen-Shannon divergence\n\n| Property | Value |\n|---|---|\n| Range | [0, 0.6] |\n"
    assert [claim[:3] for claim in _claims(document)] == [(5, "bound", "holds"), (5, "bound", "false")]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The mutual information is 0 for independent variables.", "holds"),
        ("Mutual information is zero when X and Y are independent.", "holds"),
        ("MI is maximal for independent variables.", "false"),
        ("The mutual information is 1 for independent variables.", "false"),
        ("La información mutua es cero cuando las variables son independientes.", "holds"),
        ("L'information mutuelle est nulle pour des variables indépendantes.", "holds"),
        ("A informação mútua é zero para variáveis independentes.", "holds"),
        ("상호 정보량은 두 변수가 독립일 때 0이다.", "holds"),
        ("相互情報量は、XとYが独立なとき0になる。", "holds"),
    ],
)
def test_the_mutual_information_of_independent_variables(sentence: str, verdict: str) -> None:
    (claim,) = _claims(sentence + "\n")
    assert claim[2] == verdict and "independent" in claim[3]


@pytest.mark.parametrize(
    "sentence",
    [
        "If the mutual information is 0 for independent variables, what is it for dependent ones?",
        "Mutual information is not zero for independent variables.",
        "Mutual information is zero for dependent variables.",
    ],
)
def test_the_mutual_information_of_independent_variables_asked_or_denied_is_not_read(sentence: str) -> None:
    assert [claim for claim in _claims(sentence + "\n") if claim[2] == "false"] == []


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The differential entropy can be negative.", "holds"),
        ("The differential entropy is always non-negative.", "false"),
        ("Entropy can be negative for continuous X.", "holds"),
        ("La entropía diferencial puede ser negativa.", "holds"),
        ("Die differentielle Entropie kann negativ sein.", "holds"),
        ("L'entropie différentielle peut être négative.", "holds"),
        ("微分熵可以是负的。", "holds"),
        ("미분 엔트로피는 음수가 될 수 있습니다.", "holds"),
        ("A entropia diferencial é sempre não-negativa.", "false"),
        ("Дифференциальная энтропия может быть отрицательной.", "holds"),
    ],
)
def test_the_sign_of_the_differential_entropy(sentence: str, verdict: str) -> None:
    (claim,) = _claims(sentence + "\n")
    assert claim[1:3] == ("bound", verdict) and "log(1/2) < 0" in claim[3]


def test_the_entropy_of_a_discrete_variable_is_not_taken_for_a_differential_one() -> None:
    claims = _claims("Entropy is non-negative, unlike the differential entropy.\n")
    assert [claim for claim in claims if claim[2] == "false"] == []


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("KL 발산은 거리(metric)가 아닙니다.", "holds"),
        ("KL 발산은 진정한 거리(metric)이다.", "false"),
        ("JSD의 제곱근은 거리(metric)입니다.", "holds"),
    ],
)
def test_a_korean_word_glossed_in_english_is_read(sentence: str, verdict: str) -> None:
    (claim,) = _claims(sentence + "\n")
    assert claim[1:3] == ("metric", verdict)


def test_the_facts_of_equal_and_certain_distributions() -> None:
    p, q = [mpmath.mpf(1) / 5, mpmath.mpf(4) / 5], [mpmath.mpf(1) / 2, mpmath.mpf(1) / 2]
    entropy = -mpmath.fsum(a * mpmath.log(a) for a in p)
    cross = [-mpmath.fsum(a * mpmath.log(b) for a, b in zip(p, other, strict=True)) for other in (p, q)]
    assert _kl(p, p) == 0 and mpmath.almosteq(cross[0], entropy) and cross[1] > cross[0]  # smallest at Q = P
    assert cross[0] > 0  # so the cross-entropy of P with itself is not 0
    assert -mpmath.fsum(a * mpmath.log(a) for a in [mpmath.mpf(1)]) == 0  # a certain outcome: no uncertainty


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("If Q = P, KL = 0.", "holds"),
        ("Si P = Q, alors JS = 0.", "holds"),
        ("Wenn P = Q, dann ist KL = 0.", "holds"),
        ("P = Q 이면 KL = 0 이다.", "holds"),
        ("For P = Q, JSD = 0.", "holds"),
        ("If P = Q, KL = 0.5.", "false"),
    ],
)
def test_a_divergence_of_a_distribution_from_itself(sentence: str, verdict: str) -> None:
    claims = _claims(sentence + "\n")
    assert claims[0][1:3] == ("identity", verdict)
    assert any(part in claims[0][3] for part in ("log(p/p) = 0", "JSD(P||P) = 0"))


def test_the_cross_entropy_of_a_distribution_with_itself_is_read_once_with_its_arguments() -> None:
    assert [claim[1:3] for claim in _claims("If P = Q, H(P,Q) = H(P).\n")] == [("identity", "holds")]
    assert [claim[2] for claim in _claims("If P = Q, H(P, Q) = 0.\n")] == ["unchecked"]  # H(P) is not known


def test_a_divergence_of_a_distribution_from_itself_asked_is_not_read() -> None:
    assert _claims("Is it true that if P = Q, KL = 0?\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "交差エントロピーは二つの分布が等しいとき最小となる。",
        "교차 엔트로피는 두 분포가 같을 때 최소가 된다.",
        "La entropía cruzada es mínima cuando las dos distribuciones son iguales.",
        "L'entropie croisée est minimale lorsque les deux distributions sont égales.",
        "Die Kreuzentropie ist minimal, wenn P = Q.",
        "Cross-entropy is minimized when the two distributions are identical.",
    ],
)
def test_the_cross_entropy_smallest_for_equal_distributions(sentence: str) -> None:
    (claim,) = _claims(sentence + "\n")
    assert claim[1:3] == ("bound", "holds") and "smallest, H(P), when Q = P" in claim[3]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("La entropía es cero cuando un resultado tiene probabilidad 1.", "holds"),
        ("Die Entropie ist null, wenn das Ergebnis sicher ist.", "holds"),
        ("L'entropie est nulle lorsque l'issue est certaine.", "holds"),
        ("A entropia é zero quando o resultado é certo.", "holds"),
        ("熵在确定事件时为0。", "holds"),
        ("엔트로피는 결과가 확실할 때 0이다.", "holds"),
        ("エントロピーは結果が確実なとき0になる。", "holds"),
        ("La entropía no es cero cuando el resultado es seguro.", "false"),
    ],
)
def test_the_entropy_of_a_certain_outcome(sentence: str, verdict: str) -> None:
    (claim,) = _claims(sentence + "\n")
    assert claim[1:3] == ("bound", verdict) and "probability 1" in claim[3]


def test_two_properties_of_the_entropy_joined_in_one_sentence() -> None:
    sentence = "La entropía es máxima para la distribución uniforme y es cero cuando el resultado es seguro.\n"
    assert [claim[1:3] for claim in _claims(sentence)] == [("bound", "holds"), ("bound", "holds")]
    assert _claims("Die Entropie ist null für eine Gleichverteilung.\n") == []  # no certain outcome named: not read


def test_the_facts_of_the_formulas_in_a_table() -> None:
    p, q = [mpmath.mpf(1) / 5, mpmath.mpf(4) / 5], [mpmath.mpf(3) / 5, mpmath.mpf(2) / 5]
    m = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    right = (_kl(p, m) + _kl(q, m)) / 2
    swapped = (_kl(p, q) + _kl(q, p)) / 2
    assert mpmath.almosteq(right, _jsd(p, q)) and not mpmath.almosteq(swapped, right)
    flipped = -mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))
    assert flipped < 0 < _kl(p, q)  # the sign flipped gives a negative "divergence"
    weighted_by_q = mpmath.fsum(b * mpmath.log(a / b) for a, b in zip(p, q, strict=True))
    assert mpmath.almosteq(weighted_by_q, -_kl(q, p))


_FORMULA_TABLE = (
    "| Measure | Formula | Symmetric |\n"
    "|---|---|---|\n"
    "| KL | $\\sum_x P(x) \\log \\frac{P(x)}{Q(x)}$ | No |\n"
    "| JS | $\\frac{1}{2}D_{KL}(P\\|M) + \\frac{1}{2}D_{KL}(Q\\|M)$ | Yes |\n"
    "| Cross-entropy | $-\\sum P \\log Q$ | No |\n"
)


def test_a_comparison_table_s_formula_column_is_read_as_definitions() -> None:
    claims = _claims(_FORMULA_TABLE)
    assert [claim[:3] for claim in claims] == [
        (3, "definition", "holds"),
        (3, "symmetry", "holds"),
        (4, "jsd_definition", "holds"),
        (4, "symmetry", "holds"),
        (5, "definition", "holds"),
        (5, "symmetry", "holds"),
    ]
    assert "M = (P+Q)/2" in claims[2][3]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("| KL | -Σ P log(P/Q) |", [(3, "definition", "false")]),  # the sign flipped
        ("| KL | Σ Q log(P/Q) |", [(3, "definition", "false")]),  # weighted by Q
        ("| JS | ½[KL(P‖Q)+KL(Q‖P)] |", [(3, "jsd_definition", "false")]),  # the two directions: not the JSD
        ("| JS | ½[KL(P‖M)+KL(Q‖M)] |", [(3, "jsd_definition", "holds")]),
        ("| JS | KL(P‖M)+KL(Q‖M) |", []),  # no half: not read
        ("| KL | see below |", []),
        ("| Hellinger | $\\sqrt{1 - \\sum \\sqrt{PQ}}$ |", []),  # a measure kldocs does not judge
    ],
)
def test_a_formula_cell_is_judged_as_the_definition_of_its_row_s_measure(
    row: str, expected: list[tuple[int, str, str]]
) -> None:
    assert [claim[:3] for claim in _claims(f"| Measure | Formula |\n|---|---|\n{row}\n")] == expected


def test_the_entropy_of_discrete_variables_and_the_differential_entropy_in_one_sentence() -> None:
    sentence = "Entropy is always non-negative for discrete variables, but differential entropy can be negative.\n"
    claims = _claims(sentence)
    assert [claim[2] for claim in claims] == ["holds", "holds"]
    assert "discrete" in claims[0][3] and "log(1/2) < 0" in claims[1][3]


@pytest.mark.parametrize(
    "header",
    [
        "| 度量 | 对称性 | 是否为度量 |",
        "| Measure | Is it symmetric? | Is it a metric? |",
        "| Medida | ¿Es simétrica? | ¿Es una métrica? |",
    ],
)
def test_a_header_that_asks_whether_a_measure_has_a_property_is_read(header: str) -> None:
    table = f"{header}\n|---|---|---|\n| KL | No | No |\n| JSD | Yes | Yes |\n"
    claims = _claims(table)
    assert [claim[:3] for claim in claims] == [
        (3, "symmetry", "holds"),
        (3, "metric", "holds"),
        (4, "symmetry", "holds"),
        (4, "metric", "false"),  # the JSD's square root is the metric
    ]


def test_a_supposition_in_one_list_item_does_not_reach_the_next() -> None:
    document = "Key facts:\n\n* If p = q then JS = 0\n* Differential entropy may be negative.\n* KL is a metric.\n"
    assert [claim[:3] for claim in _claims(document)] == [
        (3, "identity", "holds"),
        (4, "bound", "holds"),
        (5, "metric", "false"),
    ]
    assert _claims("- If we assume Gaussians,\n  KL is symmetric.\n") == []  # one item over two lines
