"""Properties and definitions in words: the entropy defined with or without its sign, which family has the largest
entropy under which constraint, conditioning said to raise the entropy, a misspelt or abbreviated subject, "if KL
is 0 the distributions are identical", and bullets under a heading that is a measure's name.

The facts the verdicts rest on are worked out here with mpmath on distributions of our own.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _verdicts(text: str, name: str = "a.md") -> list[tuple[int, str]]:
    return [(item.lines[0], item.verdict) for item in check_text(text, name).claims]


def test_the_facts_the_verdicts_rest_on() -> None:
    weights = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 3, mpmath.mpf(1) / 6]
    unsigned = mpmath.fsum(w * mpmath.log(w, 2) for w in weights)
    assert unsigned < 0  # the sum without its sign is -H: never positive
    assert mpmath.almosteq(-unsigned, mpmath.fsum(w * mpmath.log(1 / w, 2) for w in weights))  # the reciprocal
    sigma = mpmath.mpf(3)
    normal = mpmath.log(2 * mpmath.pi * mpmath.e * sigma**2) / 2
    uniform = mpmath.log(sigma * mpmath.sqrt(12))  # a uniform of width w has variance w^2/12
    assert normal > uniform  # for a fixed variance the uniform is not the largest
    mean = mpmath.mpf(2)
    exponential = 1 + mpmath.log(mean)  # rate 1/mean on [0, inf)
    width = mpmath.mpf(4)  # a uniform on [0, 4] has mean 2 too, and less entropy
    assert exponential > mpmath.log(width)
    joint = [[mpmath.mpf(1) / 4, mpmath.mpf(1) / 4], [mpmath.mpf(1) / 2, 0]]  # rows x, columns y
    px = [sum(row) for row in joint]
    py = [sum(column) for column in zip(*joint, strict=True)]

    def h(values: list[mpmath.mpf]) -> mpmath.mpf:
        return -mpmath.fsum(v * mpmath.log(v, 2) for v in values if v > 0)

    h_x_given_y = h([cell for row in joint for cell in row]) - h(py)
    assert h_x_given_y < h(px)  # conditioning lowered the entropy here: it does not raise it
    model = [mpmath.mpf(1) / 4, mpmath.mpf(1) / 4, mpmath.mpf(1) / 2]
    assert mpmath.fsum(w * mpmath.log(m, 2) for w, m in zip(weights, model, strict=True)) < 0  # the cross-entropy's too


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Entropy is the sum of the probabilities multiplied by the logarithm of their probability.", "false"),
        (
            "It measures surprise. Entropy is calculated as the sum of each probability times its log probability.",
            "false",
        ),
        ("Entropy is the negative of the sum of each probability times the logarithm of that probability.", "holds"),
        (
            "The entropy is defined as the sum of each probability times the log of the reciprocal of the probability.",
            "holds",
        ),
        ("Entropy is the sum of each probability times the negative logarithm of the probability.", "holds"),
        (
            "La entropía se define como la suma de probabilidades multiplicadas por el log de su probabilidad.",
            "false",
        ),
        (
            "La entropía es menos la suma de las probabilidades multiplicadas por el logaritmo de la probabilidad.",
            "holds",
        ),
        (
            "Die Entropie ist die negative Summe der Wahrscheinlichkeiten mal dem Logarithmus der Wahrscheinlichkeit.",
            "holds",
        ),
        ("熵是各个概率乘以该概率的对数之和。", "false"),
        ("熵定义为负的概率乘以概率的对数之和。", "holds"),
        ("Entropy is the expected value of the log probability.", "false"),
        ("Entropy is the expected value of the negative log probability.", "holds"),
        ("Cross-entropy is the sum of the true probabilities times the log of the predicted probabilities.", "false"),
        (
            "Cross entropy is the negative sum of the true probabilities times the log of the model probabilities.",
            "holds",
        ),
    ],
)
def test_an_entropy_defined_in_words_keeps_or_loses_its_sign(text: str, verdict: str) -> None:
    assert _verdicts(text + "\n") == [(1, verdict)]


@pytest.mark.parametrize(
    "text",
    [
        "A frequent slip: entropy is the sum of the probabilities times the log of the probability.",
        "Is entropy the sum of the probabilities times the log of the probability?",
        "Entropy is the sum of the probabilities times the log of the probability, which is negative.",
        "Entropy is the sum of $-p$ times the log of the probability.",
        "Entropy is the sum of each probability times the log of the probability, multiplied by -1.",
        "Entropy is the sum of the probabilities times the log of the probabilities, with the sign changed.",
        "Entropy is the sum of the probabilities times the log of the probabilities, in absolute value.",
        "The cross-entropy minus the entropy is the sum of each probability times the log of p/q.",
        "Cross entropy is the sum of the probabilities times the log of the probabilities.",
        "The cross entropy is the sum of the predicted probabilities times the log of the true probabilities.",
    ],
)
def test_an_entropy_definition_in_doubt_is_not_read(text: str) -> None:
    assert [verdict for _, verdict in _verdicts(text + "\n") if verdict == "false"] == []


def test_a_pronoun_after_the_entropy_defines_it() -> None:
    text = "Shannon entropy is the average information of a source. It's computed as the sum of each probability "
    text += "multiplied by the logarithm of its probability.\n"
    assert _verdicts(text) == [(1, "false")]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Given only the mean and the variance, the Gaussian distribution has maximum entropy.", "holds"),
        ("The normal distribution maximizes the differential entropy for a fixed standard deviation.", "holds"),
        ("The exponential distribution has the largest entropy over the positive reals for a given mean.", "holds"),
        ("On a bounded interval $[a, b]$, the uniform distribution has maximum entropy.", "holds"),
        ("For a fixed variance, the uniform distribution is the one with maximum entropy.", "false"),
        ("On a finite interval the Gaussian has the highest entropy.", "false"),
        ("La distribución normal tiene máxima entropía para una varianza dada.", "holds"),
        ("在方差给定的条件下，高斯分布的熵最大。", "holds"),
        ("在同样的方差下，高斯分布的熵最大。", "holds"),
        ("分散が等しいとき、正規分布のエントロピーが最大になる。", "holds"),
    ],
)
def test_which_family_has_the_largest_entropy_under_which_constraint(text: str, verdict: str) -> None:
    assert _verdicts(text + "\n") == [(1, verdict)]


@pytest.mark.parametrize(
    "text",
    [
        "Does the uniform distribution have maximum entropy for a fixed variance?",
        "For a fixed variance the Gaussian has maximum entropy, and on an interval the uniform does.",
        "The Gaussian has maximum entropy.",
        "The Laplace distribution has maximum entropy for a fixed mean absolute deviation, unlike the Gaussian.",
        "It is not true that the uniform distribution has maximum entropy for a given variance.",
        "Over six faces the uniform distribution has the highest entropy, although its variance is the largest.",
    ],
)
def test_a_maximum_entropy_statement_in_doubt_is_not_read(text: str) -> None:
    assert [verdict for _, verdict in _verdicts(text + "\n") if verdict != "holds" or "uniform" not in text] == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Conditioning increases entropy.", "false"),
        ("条件化会增加熵。", "false"),
        ("Conditioning never increases entropy.", "holds"),
    ],
)
def test_conditioning_said_to_raise_the_entropy(text: str, verdict: str) -> None:
    assert _verdicts(text + "\n") == [(1, verdict)]


def test_conditioning_that_can_increase_is_not_read() -> None:
    assert _verdicts("Conditioning can increase entropy for one observed value.\n") == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In short, the Kullback-Leibler (KL) diversion is a distance metric.", "false"),
        ("The KL divergance is symmetric.", "false"),
        ("The KLD is a true metric.", "false"),
        ("Note that the KL divergence isn’t symmetric.", "holds"),
        ("The Jensen-Shannon divergence (JSD) is symmetric.", "holds"),
        ("If the KL divergence between two distributions is 0, then the distributions are identical.", "holds"),
        ("When the relative entropy is zero, the distributions are the same.", "holds"),
    ],
)
def test_a_misspelt_or_abbreviated_subject(text: str, verdict: str) -> None:
    assert _verdicts(text + "\n") == [(1, verdict)]


def test_a_question_whether_zero_means_identical_is_not_read() -> None:
    assert _verdicts("If the KL divergence is zero, are the distributions identical?\n") == []
    assert _verdicts("When the relative entropy is zero, the distributions are not always equal.\n") == []


def test_bullets_under_a_heading_that_is_a_measures_name() -> None:
    text = "## Properties of KL divergence\n\n- Symmetric\n- Satisfies the triangle inequality\n- Not symmetric\n\n"
    text += "## Jensen-Shannon divergence\n\n- Bounded above by ln 2 nats\n- Symmetric\n- Not a true distance\n"
    assert _verdicts(text) == [(3, "false"), (4, "false"), (5, "holds"), (9, "holds"), (10, "holds"), (11, "holds")]


def test_bullets_under_another_heading_take_no_subject_from_it() -> None:
    text = "The KL divergence compares two laws.\n\n## What a metric needs\n\n- Symmetric\n- Satisfies the triangle "
    text += "inequality\n\n## Why KL divergence helps\n\n- Symmetric losses are rare\n\n## KL divergence\n\n"
    text += "- A distance-like measure\n- A metric of dissimilarity\n"
    assert _verdicts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "KL情報量が０の時は真の分布と近似の分布が一致する",
        "- pとqが同じ分布である必要十分条件はKLダイバージェンスがゼロである",
        "KL散度为0时，两个分布相同。",
        "KL 발산이 0이면 두 분포는 같다.",
        "사건의 발생 확률이 균등할수록 엔트로피가 최대가 된다.",
        "최대 엔트로피를 갖는 확률 분포는 균등 분포이다.",
    ],
)
def test_a_condition_first_in_japanese_chinese_and_korean(text: str) -> None:
    assert _verdicts(text + "\n") == [(1, "holds")]


@pytest.mark.parametrize(
    "text",
    [
        "KL情報量が０の時は真の分布と近似の分布が一致するとは限らない",
        "KL 발산이 0이면 두 분포는 같다고 생각하는 것은 잘못이다.",
    ],
)
def test_a_condition_first_denied_is_not_read(text: str) -> None:
    assert _verdicts(text + "\n") == []


def test_bullets_under_a_heading_in_another_language() -> None:
    text = "## KL散度的性质\n\n- 非负\n- 不对称\n- 是一种距离\n\n## Propiedades de la divergencia KL\n\n"
    text += "- No es simétrica\n\n## 엔트로피의 성질\n\n- 균등 분포일 때 최대\n"
    assert _verdicts(text) == [(3, "holds"), (4, "holds"), (5, "false"), (9, "holds"), (13, "holds")]


def test_bullets_under_a_heading_that_is_more_than_a_name_take_no_subject() -> None:
    text = "## Por qué la divergencia KL\n\n- No es simétrica\n\n## KL散度\n\n说明如下：\n\n- 不对称\n"
    assert _verdicts(text) == []


def _proof(conclusion: str) -> str:
    text = "Let $q$ be a Gaussian density with variance $s^2$, and $r$ any other density on the real line with the "
    return text + "same variance.\n\n$$0 \\le D(r \\| q) = -h(r) + h(q)$$\n\n" + conclusion + "\n"


@pytest.mark.parametrize(
    ("conclusion", "verdict"),
    [
        ("This shows that $h(q) \\le h(r)$.", "false"),
        ("Hence $h(r) \\leq h(q)$.", "holds"),
        ("Therefore $h(q) \\geq h(r)$.", "holds"),
    ],
)
def test_the_conclusion_of_a_maximum_entropy_proof(conclusion: str, verdict: str) -> None:
    assert (5, verdict) in _verdicts(_proof(conclusion))
    assert (5, "false" if verdict == "holds" else "holds") not in _verdicts(_proof(conclusion))


def test_a_conclusion_about_other_letters_is_not_read_as_the_proofs() -> None:
    assert [verdict for _, verdict in _verdicts(_proof("Hence $h(a) \\le h(b)$.")) if verdict == "false"] == []
