"""Rules stated in words: which log base gives which unit and how units convert, properties with an adverb or
the triangle inequality, tables of properties under a measure's heading, Japanese, Chinese and Korean sentences
that KL is 0 for equal distributions or is the cross-entropy minus the entropy, and bullets under a bullet that
says "when".

The facts the verdicts rest on are worked out here with mpmath, on distributions of our own.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _verdicts(text: str, name: str = "a.md") -> list[tuple[int, str, str]]:
    return [(item.lines[0], item.kind, item.verdict) for item in check_text(text, name).claims]


def _h(weights: list[mpmath.mpf], base: mpmath.mpf) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, base) for w in weights if w > 0)


def test_the_facts_the_verdicts_rest_on() -> None:
    p = [mpmath.mpf(1) / 4, mpmath.mpf(3) / 4]
    # one value in three units: a nat is log2(e) bits, a bit ln 2 nats, a hartley log2(10) bits
    assert mpmath.almosteq(_h(p, 2) / _h(p, mpmath.e), mpmath.log(mpmath.e, 2))
    assert mpmath.nstr(mpmath.log(mpmath.e, 2), 5) == "1.4427"
    assert mpmath.nstr(mpmath.log(2), 3) == "0.693"
    assert mpmath.nstr(mpmath.log(2, 10), 3) == "0.301"
    assert mpmath.nstr(mpmath.log(10, 2), 3) == "3.32"
    assert mpmath.almosteq(_h(p, 10) * mpmath.log(10, 2), _h(p, 2))  # base 10 gives hartleys, not nats
    q = [mpmath.mpf(3) / 5, mpmath.mpf(2) / 5]
    forward = mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))
    backward = mpmath.fsum(b * mpmath.log(b / a) for a, b in zip(p, q, strict=True))
    assert forward != backward  # not symmetric; D(P||Q) ≠ D(P||Q) itself is never true
    cross = -mpmath.fsum(a * mpmath.log(b) for a, b in zip(p, q, strict=True))
    assert mpmath.almosteq(forward, cross - _h(p, mpmath.e))  # KL = cross-entropy - entropy
    r = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 2]
    kl = mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, r, strict=True))
    kl_pq_qr = forward + mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(q, r, strict=True))
    assert kl > 0 and kl_pq_qr > 0  # the triangle inequality is a claim about every triple; see the metric note


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("- Units\n    - Base 2 -> measures information in bits\n", ["holds"]),
        ("- Units\n    - Base 10 -> measures information in nats\n", ["false"]),
        ("Using the natural logarithm gives nats.\n", ["holds"]),
        ("With log base 10 the unit is the bit.\n", ["false"]),
        ("Entropy comes in bits (base 2), nats (base e) and hartleys (base 10).\n", ["holds", "holds", "holds"]),
        ("Logarithms to base 2 give bits; the natural log gives bans.\n", ["holds", "false"]),
        ("以2为底时，单位是比特。\n", ["holds"]),
        ("底が10のとき単位はナットである。\n", ["false"]),
        ("밑이 2이면 단위는 비트이다.\n", ["holds"]),
        ("Натуральный логарифм даёт наты.\n", ["holds"]),
        ("1 nat = 1.4427 bits.\n", ["holds"]),
        ("One bit is about 0.693 nats.\n", ["holds"]),
        ("1 bit ≈ 0.301 hartleys, and 1 hartley ≈ 3.32 bits.\n", ["holds", "holds"]),
        ("1 nat = 0.693 bits.\n", ["false"]),
        ("1 нат ≈ 1,443 бит.\n", ["holds"]),
        ("Units: 1 bit = 1 nat.\n", ["false"]),
        ("One hartley is about 3 bits.\n", ["holds"]),
    ],
)
def test_bases_and_units_in_words(text: str, verdicts: list[str]) -> None:
    assert [verdict for _, _, verdict in _verdicts(text)] == verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Is base 10 the one that gives nats?\n",
        "A common mistake is to say that base 10 gives nats.\n",
        "Base 10 does not give nats.\n",
        "In base 2 the entropy is 0.81 bits.\n",
        "To convert nats to bits, use base 2 and divide by ln 2.\n",
        "Using base 2 rather than base e gives bits instead of nats.\n",
        "Base 10 makes the number a bit smaller.\n",
        "We use a 10-bit code in base 2.\n",
    ],
)
def test_sentences_that_state_no_rule_about_units(text: str) -> None:
    assert [kind for _, kind, _ in _verdicts(text) if kind in ("definition", "identity")] == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Note: $0.51 \\neq 0.37$, so the KL divergence is indeed asymmetric.\n", "holds"),
        ("KL divergence is clearly not symmetric.\n", "holds"),
        ("The KL divergence is thus symmetric.\n", "false"),
        ("Hence KL divergence is indeed not a metric.\n", "holds"),
        ("KL divergence violates the triangle inequality.\n", "holds"),
        ("The KL divergence doesn't satisfy the triangle inequality.\n", "holds"),
        ("The KL divergence satisfies the triangle inequality.\n", "false"),
        ("The Jensen-Shannon distance satisfies the triangle inequality.\n", "holds"),
    ],
)
def test_properties_with_an_adverb_or_the_triangle_inequality(text: str, verdict: str) -> None:
    assert [found for _, _, found in _verdicts(text)] == [verdict]


def test_a_table_of_properties_under_a_measures_heading() -> None:
    text = (
        "## The KL divergence\n\nIt compares two laws.\n\n### Properties\n\n| Property | Remark |\n|---|---|\n"
        "| Non-negativity | always at least zero |\n| Not a metric | breaks the triangle inequality |\n"
        "| Symmetric | No |\n| Bounded | Yes |\n\n## Entropy\n\n| Property | Remark |\n|---|---|\n"
        "| Not a metric | x |\n"
    )
    expected = [(9, "bound", "holds"), (10, "metric", "holds"), (11, "symmetry", "holds"), (12, "bound", "false")]
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "## KL and JS divergences\n\n| Property | Remark |\n|---|---|\n| Not a metric | x |\n",
        "## KL divergence\n\n| Myth | Reality |\n|---|---|\n| Symmetric | No |\n",
        "## Notes\n\n| Property | Remark |\n|---|---|\n| Not a metric | x |\n",
    ],
)
def test_tables_whose_measure_is_not_one(text: str) -> None:
    assert _verdicts(text) == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("同じ分布ならKLダイバージェンスは0になる。\n", "holds"),
        ("两个分布相同时，KL散度为0。\n", "holds"),
        ("두 분포가 같으면 KL 발산은 0이다.\n", "holds"),
        ("KLダイバージェンスは二つの分布の差を表す。交差エントロピーからエントロピーを引いて求める。\n", "holds"),
        ("KL散度等于交叉熵减去熵。\n", "holds"),
        ("KL 발산은 교차 엔트로피에서 엔트로피를 뺀 값이다.\n", "holds"),
    ],
)
def test_cjk_sentences_about_kl(text: str, verdict: str) -> None:
    assert [found for line, kind, found in _verdicts(text) if kind != "kl"] == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        "分布が等しいとき、KLダイバージェンスは0ではない。\n",
        "两个分布相同时，KL散度不为0。\n",
        "相互情報量は交差エントロピーからエントロピーを引いたものではない。\n",
    ],
)
def test_cjk_sentences_that_deny(text: str) -> None:
    assert [kind for _, kind, _ in _verdicts(text) if kind != "kl"] == []


def test_a_bullet_is_not_under_the_condition_of_the_bullet_above() -> None:
    text = (
        "- KL divergence\n  - never negative\n  - 0 when P and Q are the same\n"
        "  - Not symmetric: $D_{KL}(P \\| Q) \\neq D_{KL}(P \\| Q)$\n"
    )
    assert (4, "identity", "false") in _verdicts(text)
    under = "- If $P = Q$:\n  - the two agree\n  - $D_{KL}(P \\| Q) = D_{KL}(Q \\| P)$\n"
    assert [verdict for _, kind, verdict in _verdicts(under) if kind == "identity"] != ["false"]


def test_the_facts_about_conditioning() -> None:
    # rows x, columns y: H(X|Y) <= H(X) on average, but H(X|Y=y) > H(X) for y = 1
    joint = [[mpmath.mpf(6) / 10, mpmath.mpf(1) / 10], [mpmath.mpf(2) / 10, mpmath.mpf(1) / 10]]
    px = [sum(row) for row in joint]
    py = [sum(column) for column in zip(*joint, strict=True)]
    given = [_h([joint[0][y] / py[y], joint[1][y] / py[y]], 2) for y in range(2)]
    average = mpmath.fsum(py[y] * given[y] for y in range(2))
    assert average <= _h(px, 2) < given[1]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Conditioning reduces entropy.\n", "holds"),
        ("Conditioning never increases entropy: $H(X|Y) \\le H(X)$.\n", "holds"),
        ("Konditionierung verringert die Entropie.\n", "holds"),
        ("条件化会降低熵。\n", "holds"),
        ("조건화는 엔트로피를 줄인다.\n", "holds"),
        ("Conditioning on a particular value always reduces entropy.\n", "false"),
    ],
)
def test_conditioning_in_words(text: str, verdict: str) -> None:
    assert [found for _, _, found in _verdicts(text)][:1] == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        "It is a myth that conditioning on a particular value always reduces entropy.\n",
        "Conditioning on a particular value can increase entropy.\n",
        "Does conditioning reduce entropy?\n",
    ],
)
def test_conditioning_not_asserted(text: str) -> None:
    assert [found for _, _, found in _verdicts(text) if found == "false"] == []


def test_the_fact_about_one_distribution_above_another() -> None:
    p = [mpmath.mpf(1) / 5, mpmath.mpf(3) / 10, mpmath.mpf(1) / 2]
    q = [mpmath.mpf(1) / 4, mpmath.mpf(1) / 4, mpmath.mpf(1) / 2]
    differences = [b - a for a, b in zip(p, q, strict=True)]
    # both sum to 1: where q is above p somewhere, it is below it elsewhere
    assert abs(mpmath.fsum(differences)) < mpmath.mpf(10) ** -20
    assert any(d > 0 for d in differences) and any(d < 0 for d in differences)


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("For the KL divergence $D(p \\| q)$, $q(x)$ is always greater than or equal to $p(x)$.\n", ["false"]),
        ("Two distributions again: here P(x) is always at least Q(x).\n", ["false"]),
        ("In rejection sampling, $M q(x)$ is always at least $p(x)$ for the proposal q.\n", []),
        ("For two distributions, suppose $q(x)$ is always greater than $p(x)$.\n", []),
        ("For two distributions, q(x) is not always greater than p(x).\n", []),
        ("The CDF $Q(x)$ is always at least $P(x)$ when Q dominates P in distribution.\n", []),
        ("For the KL divergence, $p(x)$ is always greater than or equal to $p(x)^2$.\n", []),
    ],
)
def test_one_distribution_above_another(text: str, verdicts: list[str]) -> None:
    assert [found for _, kind, found in _verdicts(text) if kind == "bound"] == verdicts


def test_properties_listed_under_a_measures_bullet() -> None:
    text = (
        "- Relative entropy (KL divergence)\n    - always non-negative\n    - 0 when P and Q are the same\n"
        "    - Not a true distance\n        - Not symmetric\n- Jensen-Shannon divergence\n    - Unbounded\n"
    )
    expected = [(2, "bound", "holds"), (3, "bound", "holds"), (4, "metric", "holds"), (5, "symmetry", "holds")]
    assert _verdicts(text) == [*expected, (7, "bound", "false")]


@pytest.mark.parametrize(
    "text",
    [
        "- KL vs JS\n    - Not symmetric\n",
        "- KL divergence and cross-entropy\n    - not a metric\n",
        "- Notes\n    - Not symmetric\n",
        "- KL divergence\n\nSome prose here.\n\n- Not symmetric?\n",
        "## Notes on KL divergence and entropy\n\n- Unbounded\n",
        "- JS divergence\n    - Not symmetric: a label for what follows\n",
    ],
)
def test_bullets_whose_measure_is_not_one(text: str) -> None:
    assert _verdicts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "With base 10 the numbers are smaller than in nats.\n",
        "Base 10 results can be turned into nats by multiplying by ln 10.\n",
        "Unlike base 10, base e gives nats.\n",
        "Base 10 logarithms are rarely used; most texts use bits or nats.\n",
        "We measure information in nats (natural logarithms throughout).\n",
        "Shannon entropy of a string, in bits (log_2).\n",
    ],
)
def test_a_base_and_a_unit_not_linked(text: str) -> None:
    assert [kind for _, kind, _ in _verdicts(text) if kind == "definition"] == []


def test_the_facts_about_the_uniform_and_independence() -> None:
    skewed = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 3, mpmath.mpf(1) / 6]
    uniform = _h([mpmath.mpf(1) / 3] * 3, 2)
    assert _h(skewed, 2) < uniform and mpmath.almosteq(uniform, mpmath.log(3, 2))
    px, py = [mpmath.mpf(1) / 4, mpmath.mpf(3) / 4], [mpmath.mpf(2) / 5, mpmath.mpf(3) / 5]
    product = [[a * b for b in py] for a in px]
    mutual = mpmath.fsum(
        cell * mpmath.log(cell / (px[i] * py[j])) for i, row in enumerate(product) for j, cell in enumerate(row)
    )
    assert abs(mutual) < mpmath.mpf(10) ** -20  # independent: zero


@pytest.mark.parametrize(
    "text",
    [
        "Maximum entropy is when the random variable is uniform.\n",
        "The mutual information of X and Y is zero if and only if X and Y are independent.\n",
        "Mutual information is 0 exactly when the two variables are independent.\n",
    ],
)
def test_more_properties_in_words(text: str) -> None:
    assert [found for _, _, found in _verdicts(text)] == ["holds"]


def test_the_facts_about_a_logarithm_counted_in_another_unit() -> None:
    # ln x nats hold as much information as log2 x bits: ln 2 nats = 1 bit, ln 4 nats = 2 bits, log2 4 bits = ln 4 nats
    assert mpmath.almosteq(mpmath.log(2) / mpmath.log(2), 1)
    assert mpmath.almosteq(mpmath.log(4, 2), 2)
    assert mpmath.nstr(mpmath.log(4), 4) == "1.386"
    assert mpmath.nstr(mpmath.log(3, 2), 4) == "1.585"
    assert mpmath.nstr(mpmath.mpf("0.193") / mpmath.log(2), 2) == "0.28"  # nats divided by ln 2 give bits


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Two doors, one of them right: opening one removes ln 2 = 1 bit of uncertainty.\n", "holds"),
        ("Four equally likely states: S = ln(4) = 2 bits.\n", "holds"),
        ("With three outcomes, $\\ln 3 = 1.585$ bits.\n", "holds"),
        ("In the other unit, log2(4) = 1.386 nats.\n", "holds"),
        ("A fair coin carries ln 2 = 2 bits.\n", "false"),
    ],
)
def test_a_logarithm_equal_to_its_value_in_another_unit(text: str, verdict: str) -> None:
    assert [item[2] for item in _verdicts(text)] == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        "D(p||q) = 0.193 nats. To give it in bits, divide by ln(2) ≈ 0.28 bits.\n",
        "D(p||q) = 0.193 nats; dividing it by $\\ln 2$ ≈ 0.28 bits gives the same in bits.\n",
    ],
)
def test_the_result_of_dividing_by_a_logarithm_is_not_the_logarithm(text: str) -> None:
    assert [item for item in _verdicts(text) if item[1] == "expression"] == []
