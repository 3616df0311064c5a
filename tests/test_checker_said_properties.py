"""Properties said in prose, in several languages: the cross-entropy against the entropy, the sign and symmetry
of the mutual information, the conditional entropy against the entropy (Korean, Chinese), the mutual information as
a reduction in uncertainty (Korean), the entropy largest for equally likely outcomes (Spanish, Chinese).

The facts the verdicts rest on are worked out here with mpmath on distributions and joint tables of our own.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _h(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w > 0)


def _verdicts(text: str, name: str = "a.md") -> list[tuple[int, str]]:
    return [(item.lines[0], item.verdict) for item in check_text(text, name).claims]


def test_the_facts_the_verdicts_rest_on() -> None:
    p, q = [mpmath.mpf(1) / 8, mpmath.mpf(7) / 8], [mpmath.mpf(1) / 2, mpmath.mpf(1) / 2]
    cross = -mpmath.fsum(a * mpmath.log(b, 2) for a, b in zip(p, q, strict=True))
    assert cross > _h(p)  # larger for this pair
    assert mpmath.almosteq(-mpmath.fsum(a * mpmath.log(a, 2) for a in p), _h(p))  # equal at Q = P: not "always larger"
    joint = [[mpmath.mpf(3) / 8, mpmath.mpf(1) / 8], [mpmath.mpf(1) / 16, mpmath.mpf(7) / 16]]  # rows x, columns y
    px = [sum(row) for row in joint]
    py = [sum(column) for column in zip(*joint, strict=True)]
    mutual = mpmath.fsum(joint[i][j] * mpmath.log(joint[i][j] / (px[i] * py[j]), 2) for i in range(2) for j in range(2))
    h_x_given_y = _h([cell for row in joint for cell in row]) - _h(py)
    assert mutual > 0 and mpmath.almosteq(mutual, _h(px) - h_x_given_y)  # positive: the uncertainty removed
    assert mpmath.almosteq(mutual, _h(py) - (_h([cell for row in joint for cell in row]) - _h(px)))  # symmetric
    assert _h([mpmath.mpf(1) / 4] * 4) > _h(
        [mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 8, mpmath.mpf(1) / 8]
    )


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Cross entropy is always larger than entropy.", "false"),
        ("The cross-entropy is always greater than or equal to the entropy.", "holds"),
        ("Cross-entropy is never smaller than entropy.", "holds"),
        ("Cross-entropy $H(P,Q)$ is at least the entropy.", "holds"),
        ("Cross-entropy is always ≥ entropy, with equality when p = q.", "holds"),
        ("Mutual information can be negative.", "false"),
        ("Mutual information is always non-negative.", "holds"),
        (
            "A positive MI value means dependence, zero means independence, and negative values indicate repulsion.",
            "false",
        ),
        ("Entropy of a discrete variable can be negative.", "false"),
        ("The mutual information is symmetric, unlike the conditional entropy.", "holds"),
        ("Mutual information is asymmetric.", "false"),
        ("The square root of the JSD, the Jensen-Shannon distance, is a metric.", "holds"),
        ("The square root of the Jensen-Shannon divergence is not a metric.", "false"),
        ("In general, the uniform distribution is the distribution with the maximum entropy.", "holds"),
        ("La información mutua es siempre **no negativa**.", "holds"),
        ("证明一个离散信源在它的输出符号等概率的情况下其熵达到最大值。", "holds"),
        ("等概分布的信源的熵最大。", "holds"),
        ("La entropía relativa es siempre **no negativa**.", "holds"),
        ("La entropía es máxima cuando la distribución de probabilidad es uniforme.", "holds"),
        ("条件熵总是小于熵。", "false"),
        ("조건부 엔트로피는 항상 엔트로피보다 작다.", "false"),
        ("조건부 엔트로피는 엔트로피보다 작거나 같다.", "holds"),
        ("상호정보량은 Z를 알 때 W에 대한 불확실성의 감소량이다.", "holds"),
        ("상호정보량은 Z를 본 뒤 W에 대해 남아 있는 불확실성이다.", "false"),
        ("条件付きエントロピーは常にエントロピーより小さい。", "false"),
        ("条件付きエントロピーはエントロピー以下である。", "holds"),
        ("相互情報量は、Zを知ることによるWの不確実性の減少量である。", "holds"),
        ("相互情報量は、Zを観測した後にWについて残っている不確実性である。", "false"),
        ("互信息可以为负。", "false"),
        ("平均互信息量是非负的。", "holds"),
        ("La información mutua puede ser negativa.", "false"),
    ],
)
def test_properties_in_prose(sentence: str, verdict: str) -> None:
    assert _verdicts(f"# Properties\n\n{sentence}\n") == [(3, verdict)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cross entropy is always larger than entropy unless Q = P.",
        "Is cross entropy always larger than entropy?",
        "It is a mistake to think that cross entropy is always larger than entropy.",
        "The cross-entropy is always greater than the entropy of Q.",
        "Pointwise mutual information can be negative.",
        "For PMI, negative values indicate that two outcomes co-occur less often than chance.",
        "만약 조건부 엔트로피가 항상 엔트로피보다 작다면 모순이다.",
        "상호정보량은 남아 있는 불확실성이 아니다.",
        "互信息量可以为负。",  # of two events: pointwise
        "点互信息可以为负。",
        "La información mutua puntual puede ser negativa.",
        "もし条件付きエントロピーがエントロピーより小さいなら。",
        "Entropy can be negative for continuous variables.",
    ],
)
def test_sentences_that_do_not_assert_a_false_property(sentence: str) -> None:
    assert all(verdict != "false" for _, verdict in _verdicts(f"# Properties\n\n{sentence}\n"))


def test_a_latex_chapter_sentence_over_several_lines() -> None:
    text = (
        "\\section{Dependence}\n\nThe mutual information of two variables measures their dependence.\n"
        "Like the PMI,\na positive MI value indicates that the variables go together,\n"
        "zero indicates independence,\nand negative values indicate that they avoid each other.\n"
    )
    assert _verdicts(text, "a.tex") == [(7, "false")]


@pytest.mark.parametrize(
    ("second", "verdict"),
    [("However, it is not symmetric.", "holds"), ("But it is symmetric, like a distance.", "false")],
)
def test_it_after_a_connective_stands_for_the_measure_before(second: str, verdict: str) -> None:
    text = f"\\section{{Divergence}}\n\nKL divergence is often used to compare two distributions.\n{second}\n"
    assert _verdicts(text, "a.tex") == [(4, verdict)]


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        ("Entropy is maximal, $\\log n$, for the uniform distribution.", [(1, "holds")]),
        ("Entropy is largest, log n, when all n outcomes are equally likely.", [(1, "holds")]),
        ("Entropy is lowest, $\\log_2 N$, for the uniform distribution.", [(1, "false")]),
        ("Entropy is maximal, $\\log 2$, for the uniform distribution.", []),  # another value: not read
    ],
)
def test_the_largest_entropy_with_its_value_between_commas(sentence: str, verdicts: list[tuple[int, str]]) -> None:
    uniform = [mpmath.mpf(1) / 4] * 4
    assert mpmath.almosteq(_h(uniform), mpmath.log(4, 2))  # log n for the uniform on n = 4 outcomes
    assert _h([mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 8, mpmath.mpf(1) / 8]) < _h(uniform)
    assert _verdicts(sentence + "\n") == verdicts
