"""Properties said in prose, lists and bold lead words: where the entropy is zero or largest, when KL is infinite,
the bounds of the mutual information and the joint entropy, list items under a line that names the measure, "it"
after a sentence whose subject is the measure, and sentences said under a condition or called wrong by a label.

The facts the verdicts rest on are worked out here with mpmath on distributions and joint tables of our own.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _h(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w > 0)


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(a * mpmath.log(a / b, 2) for a, b in zip(p, q, strict=True) if a > 0)


def _claims(text: str) -> list[tuple[int, str, str]]:
    return [(item.lines[0], item.verdict, item.note) for item in check_text(text, "a.md").claims]


def test_the_facts_the_verdicts_rest_on() -> None:
    third, half = mpmath.mpf(1) / 3, mpmath.mpf(1) / 2
    assert _h([mpmath.mpf(1), mpmath.mpf(0), mpmath.mpf(0)]) == 0  # a certain outcome: zero, the smallest
    assert mpmath.almosteq(_h([third] * 3), mpmath.log(3, 2))  # the uniform: log n, the largest
    assert _h([half, half / 2, half / 2]) < mpmath.log(3, 2)
    p, q = [mpmath.mpf(9) / 10, mpmath.mpf(1) / 10], [half, half]
    assert not mpmath.almosteq(_kl(p, q), _kl(q, p))  # not symmetric in general
    mirrored = [mpmath.mpf(1) / 10, mpmath.mpf(9) / 10]
    assert mpmath.almosteq(_kl(p, mirrored), _kl(mirrored, p))  # but symmetric for a mirrored pair: a special case
    m = [(a + b) / 2 for a, b in zip([1, 0], [0, 1], strict=True)]
    jsd = (_kl([mpmath.mpf(1), mpmath.mpf(0)], m) + _kl([mpmath.mpf(0), mpmath.mpf(1)], m)) / 2
    assert mpmath.almosteq(jsd, 1)  # disjoint supports: the JSD is finite, 1 bit, where KL is infinite
    joint = [[mpmath.mpf(3) / 8, mpmath.mpf(1) / 8], [mpmath.mpf(1) / 16, mpmath.mpf(7) / 16]]
    px = [sum(row) for row in joint]
    py = [sum(column) for column in zip(*joint, strict=True)]
    h_xy = _h([cell for row in joint for cell in row])
    mutual = _h(px) + _h(py) - h_xy
    assert 0 < mutual <= min(_h(px), _h(py))  # at most the smaller entropy
    assert h_xy <= _h(px) + _h(py)  # the joint at most the sum


@pytest.mark.parametrize(
    ("text", "verdict", "note"),
    [
        ("Entropy is zero when the outcome is certain.", "holds", "exactly when one outcome has probability 1"),
        ("A deterministic variable has zero entropy.", "holds", "exactly when one outcome has probability 1"),
        ("Entropy is maximal when one outcome is certain.", "false", "the largest, log n"),
        ("The KL divergence becomes infinite when Q(x) = 0 for some x where P(x) > 0.", "holds", "no upper bound"),
        ("The JS divergence is always finite, even for disjoint supports.", "holds", "log 2"),
        ("The JSD can be infinite.", "false", "log 2"),
        ("The KL divergence is always finite.", "false", "no upper bound"),
        ("Cross-entropy can be smaller than the entropy.", "false", "H(P,Q) = H(P) + D_KL(P||Q) >= H(P)"),
        ("Cross-entropy can never be smaller than the entropy.", "holds", "H(P,Q) = H(P) + D_KL(P||Q) >= H(P)"),
        ("The mutual information never exceeds the smaller of the two entropies.", "holds", "min(H(X), H(Y))"),
        ("Mutual information can exceed the entropy of either variable.", "false", "min(H(X), H(Y))"),
        ("The joint entropy is at most the sum of the marginal entropies.", "holds", "<= H(X) + H(Y)"),
        ("The joint entropy can exceed the sum of the individual entropies.", "false", "<= H(X) + H(Y)"),
        ("The Kullback-Leibler divergence is always greater than or equal to zero.", "holds", "never negative"),
        ("A deterministic source has an entropy of 0.", "holds", "exactly when one outcome has probability 1"),
        ("The Jensen-Shannon divergence can never become infinite.", "holds", "log 2"),
        ("The joint entropy is always at least the sum of the marginal entropies.", "false", "<= H(X) + H(Y)"),
        ("Relative entropy tends to infinity where Q vanishes and P does not.", "holds", "no upper bound"),
        ("The mutual information is bounded by either marginal entropy.", "holds", "min(H(X), H(Y))"),
        # in other languages
        ("KL散度不满足三角不等式。", "holds", "not a metric"),
        ("Die KL-Divergenz verletzt die Dreiecksungleichung.", "holds", "not a metric"),
        ("La divergencia KL no cumple la desigualdad triangular.", "holds", "not a metric"),
        ("Die Entropie ist maximal bei der Gleichverteilung.", "holds", "log n"),
        ("L'entropie est maximale pour la distribution uniforme.", "holds", "log n"),
        ("Энтропия максимальна для равномерного распределения.", "holds", "log n"),
        ("エントロピーは一様分布のときに最大となる。", "holds", "log n"),
        ("JSダイバージェンスは対称である。", "holds", "mixture"),
        ("JSダイバージェンスは非対称である。", "false", "mixture"),
        ("Die KL-Divergenz erfüllt die Dreiecksungleichung.", "false", "not a metric"),
        ("Die KL-Divergenz erfüllt die Dreiecksungleichung nicht.", "holds", "not a metric"),
        ("相对熵满足三角不等式。", "false", "not a metric"),
    ],
)
def test_properties_in_words(text: str, verdict: str, note: str) -> None:
    [(line, judged, said)] = _claims(text)
    assert (line, judged) == (1, verdict) and note in said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a line that ends in a colon names the measure of the bare adjectives below it
            "Properties of the KL divergence:\n\n- Symmetric\n- Zero iff P = Q\n",
            [(3, "false"), (4, "holds")],
        ),
        (  # a numbered list under a heading that is the entropy's
            "### Properties of entropy\n\n1. Non-negative\n2. Maximum for the uniform distribution\n"
            "3. Zero for a deterministic outcome\n",
            [(3, "holds"), (4, "holds"), (5, "holds")],
        ),
        (
            "Properties of mutual information:\n\n* Non-negative\n* Symmetric\n* Zero iff X and Y are independent\n",
            [(3, "holds"), (4, "holds"), (5, "holds")],
        ),
        ("## Jensen-Shannon divergence\n\n- Bounded by log 2 (1 bit)\n- Unbounded\n", [(3, "holds"), (4, "false")]),
        ("Properties of cross-entropy:\n\n- Not symmetric\n- At least the entropy\n", [(3, "holds"), (4, "holds")]),
        # in other languages, under a line that is only the measure's name, with or without its colon
        ("Eigenschaften der KL-Divergenz:\n\n- nicht symmetrisch\n- nicht negativ\n", [(3, "holds"), (4, "holds")]),
        (
            "Propriétés de la divergence KL :\n\n- non symétrique\n- toujours positive ou nulle\n",
            [(3, "holds"), (4, "holds")],
        ),
        ("Свойства дивергенции KL:\n\n- несимметрична\n- неотрицательна\n", [(3, "holds"), (4, "holds")]),
        ("Свойства дивергенции Кульбака–Лейблера:\n\n- симметрична\n", [(3, "false")]),
        ("KL散度的性质：\n\n1. 非负性\n2. 是对称的\n", [(3, "holds"), (4, "false")]),
        ("KLダイバージェンスの性質\n\n- 非対称\n- 常に0以上\n", [(3, "holds"), (4, "holds")]),
        ("Propiedades de la divergencia de Jensen-Shannon:\n\n- no simétrica\n", [(3, "false")]),
        (  # "it" after a sentence that names two measures: which one it is, the words do not say
            "The KL divergence is the building block of the Jensen-Shannon divergence.\n"
            "It is symmetric and bounded by log 2.\n",
            [],
        ),
        ("Shannon entropy measures uncertainty. It is maximized by the uniform distribution.\n", [(1, "holds")]),
        ("Mutual information measures dependence. It is asymmetric.\n", [(1, "false")]),
    ],
)
def test_lists_and_pronouns(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(line, verdict) for line, verdict, _ in _claims(text)] == expected


def test_the_zero_of_a_certain_outcome_is_no_value_of_the_distributions_in_force() -> None:
    text = (
        "Let P = (0.5, 0.5).\n\nA certain event has an entropy of 0.\n\nThe entropy is 0 bits for a deterministic X.\n"
    )
    assert [(line, verdict) for line, verdict, _ in _claims(text)] == [(1, "holds"), (3, "holds"), (5, "holds")]


@pytest.mark.parametrize(
    "text",
    [
        "For two Gaussians with the same variance, the KL divergence is symmetric.",
        "The KL divergence is symmetric when P and Q are mirror images of each other.",
        "Para dos gaussianas con la misma varianza, la divergencia KL es simétrica.",
        "对于方差相同的两个高斯分布，KL散度是对称的。",
        "For Gaussians with equal variances the KL divergence is symmetric.",
        "For P = (0.2, 0.8), Q = (0.8, 0.2) the KL divergence is symmetric.",  # a mirrored pair: it holds there
    ],
)
def test_a_condition_keeps_what_may_hold_there_from_false(text: str) -> None:
    [(line, verdict, note)] = [claim for claim in _claims(text) if "sums to 1" not in claim[2]]
    assert (line, verdict) == (1, "unchecked") and "may hold there, though not in general" in note


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The KL divergence is symmetric for all distributions.", "false"),  # a condition that takes in every pair
        ("KL divergence can be negative when Q is more spread out than P.", "false"),  # never, whatever the pair
        ("For discrete distributions, entropy is never negative.", "holds"),
        ("With base-2 logarithms, the JSD lies between 0 and 1.", "holds"),
    ],
)
def test_conditions_that_change_nothing(text: str, verdict: str) -> None:
    assert [(line, judged) for line, judged, _ in _claims(text)] == [(1, verdict)]


@pytest.mark.parametrize(
    "text",
    [
        "Wrong: KL divergence is symmetric.",
        "**Common misconception:** the JSD is unbounded.",
        "Myth #2: cross-entropy can be smaller than the entropy.",
        "On croit souvent que la divergence KL est symétrique, ce qui est faux.",
        "KL divergence is symmetric, which is false.",
        "Several textbooks state that the KL divergence is a metric; that is wrong.",
        "The JSD is unbounded; this is a myth.",
        "相对熵是对称的——这是一个常见的误解。",
        "KL 발산은 대칭이다. 이는 흔한 오해이다.",
        "相対エントロピーは対称だと勘違いされやすい。",
        "Is the KL divergence infinite when Q has a zero?",
        "Suppose the entropy were maximal when the outcome is certain.",
        "Pointwise mutual information can exceed the smaller of the two entropies.",
    ],
)
def test_what_is_not_claimed_is_never_false(text: str) -> None:
    assert all(verdict != "false" for _, verdict, _ in _claims(text))


@pytest.mark.parametrize(
    ("lead", "mirrored", "verdict"),
    [
        ("In general", True, "holds"),  # said in general: true, though this pair is a special case
        ("일반적으로", True, "holds"),
        ("Here", True, "unchecked"),  # the pair makes the two equal: ≠ most likely means in general
        ("Here", False, "holds"),
    ],
)
def test_kl_unequal_to_its_swap_with_a_pair_that_makes_them_equal(lead: str, mirrored: bool, verdict: str) -> None:
    p = [mpmath.mpf(2) / 10, mpmath.mpf(3) / 10, mpmath.mpf(5) / 10]
    q = p[::-1] if mirrored else [p[2], p[0], p[1]]
    assert mpmath.almosteq(_kl(p, q), _kl(q, p)) == mirrored
    shown = ", ".join(mpmath.nstr(x, 1) for x in q)
    text = f"Take $P = (0.2, 0.3, 0.5)$ and $Q = ({shown})$.\n\n{lead} $D_{{KL}}(P\\|Q) \\neq D_{{KL}}(Q\\|P)$.\n"
    (claim,) = [item for item in check_text(text, "a.md").claims if item.kind == "symmetry"]
    assert claim.verdict == verdict, claim.note
