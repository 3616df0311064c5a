"""``kldocs check`` on a cross-entropy stated after a model's class probabilities given one per bullet and the true
class named ("- Probability of class A: 0.7", "- 클래스 B의 확률: 0.3", "真实类别是 A", a one-hot ``[0, 0, 1]``).

Each true value is worked out here with mpmath: minus the log of the true class's probability.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


@pytest.mark.parametrize(
    ("page", "probability", "base", "written", "verdict"),
    [
        (
            "- 类别 A 的概率: 0.7\n- 类别 B 的概率: 0.2\n- 类别 C 的概率: 0.1\n\n真实类别是 A。\n\n交叉熵为 0.357\n",
            "0.7",
            mpmath.e,
            "0.357",
            "holds",
        ),
        (
            "- 클래스 A의 확률: 0.6\n- 클래스 B의 확률: 0.3\n- 클래스 C의 확률: 0.1\n\n"
            "정답은 B 이므로 교차 엔트로피는 1.20 입니다.\n",
            "0.3",
            mpmath.e,
            "1.20",
            "holds",
        ),
        (
            "- Probability of class cat: 0.8\n- Probability of class dog: 0.15\n- Probability of class bird: 0.05\n\n"
            "One-hot label [0, 0, 1]. The cross-entropy is 3.00 bits.\n",
            "0.05",
            2,
            "3.00",
            "false",
        ),
        (
            "- Probability of class cat: 0.8\n- Probability of class dog: 0.15\n- Probability of class bird: 0.05\n\n"
            "The true class is dog, so the cross-entropy loss is about 2.74 bits.\n",
            "0.15",
            2,
            "2.74",
            "holds",
        ),
        (
            "- Klasse A: 0.5\n- Klasse B: 0.5\n\nDie wahre Klasse ist A. Die Kreuzentropie ist 0.693.\n",
            "0.5",
            mpmath.e,
            "0.693",
            "holds",
        ),
        (
            "- **Class A**: 0.25\n- **Class B**: 0.75\n\nThe true label is A; cross-entropy = 1.386 nats.\n",
            "0.25",
            mpmath.e,
            "1.386",
            "holds",
        ),
        (
            "- クラス A の確率: 0.9\n- クラス B の確率: 0.1\n\n正解は A なので、交差エントロピーは 0.152 ビット。\n",
            "0.9",
            2,
            "0.152",
            "holds",
        ),
        (
            "- Classe A: 0.6\n- Classe B: 0.4\n\nLa vraie classe est B. L'entropie croisée est 0.51.\n",
            "0.4",
            mpmath.e,
            "0.51",
            "false",
        ),
    ],
)
def test_a_cross_entropy_after_class_bullets_is_judged(
    page: str, probability: str, base: mpmath.mpf, written: str, verdict: str
) -> None:
    truth = -mpmath.log(mpmath.mpf(probability), base)
    places = len(written.partition(".")[2])
    assert (abs(truth - mpmath.mpf(written)) <= mpmath.mpf(10) ** -places / 2) == (verdict == "holds")
    claims = [claim for claim in check_text(page, "a.md").claims if claim.verdict != "unchecked"]
    assert [(claim.verdict, claim.text.rpartition("= ")[2].split()[0]) for claim in claims] == [(verdict, written)]
    if claims[0].value is None:  # no unit, and it fits no usual base: the note gives each
        assert f"= {mpmath.nstr(truth, 10)}," in claims[0].note
    else:
        assert abs(mpmath.mpf(claims[0].value) - truth) < mpmath.mpf(10) ** -8


@pytest.mark.parametrize(
    "page",
    [
        # the probabilities do not add up to 1: no distribution
        "- Class A: 0.7\n- Class B: 0.2\n\nThe true class is A. The cross-entropy is 0.9.\n",
        # the true class is none of the bullets'
        "- Class A: 0.7\n- Class B: 0.3\n\nThe true class is C. The cross-entropy is 0.9.\n",
        # the value is an average over a batch, not this example's
        "- Class A: 0.7\n- Class B: 0.3\n\nThe true class is A. Over the batch, the mean cross-entropy is 0.9.\n",
        # a one-hot vector of another length
        "- Class A: 0.7\n- Class B: 0.3\n\nOne-hot label [0, 0, 1]. The cross-entropy is 0.9.\n",
        # two true classes named
        "- Class A: 0.7\n- Class B: 0.3\n\nThe true class is A. The true class is B. The cross-entropy is 0.9.\n",
    ],
)
def test_near_misses_are_not_called_false(page: str) -> None:
    assert [claim for claim in check_text(page, "a.md").claims if claim.verdict == "false"] == []
