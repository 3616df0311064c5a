"""``kldocs check`` on entropies of distributions a sentence gives in words, by groups of outcomes that share a
probability ("each of the five colours has the same 20 %", "A와 B는 각각 0.2이고, 나머지 여덟 개는 각각 0.075",
"half of the 32 letters have probability 1/64, the other half equal probabilities", "yes with probability 0.475").

Each entropy's true value is worked out here with mpmath from the groups as the page gives them.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy(groups: list[tuple[int, str]], base: int = 2) -> mpmath.mpf:
    """The entropy of ``count`` outcomes of probability ``p`` for each group (``p`` a decimal or ``a/b``)."""
    shares = [
        (count, mpmath.mpf(mpmath.fraction(*map(int, p.split("/")))) if "/" in p else mpmath.mpf(p))
        for count, p in groups
    ]
    assert abs(mpmath.fsum(count * p for count, p in shares) - 1) < mpmath.mpf(10) ** -20
    return -mpmath.fsum(count * p * mpmath.log(p, base) for count, p in shares)


@pytest.mark.parametrize(
    ("page", "groups", "written", "verdict"),
    [
        (
            "Each of the five colours has the same probability, 20 %. So the entropy is about 2.32 bits.\n",
            [(5, "0.2")],
            "2.32",
            "holds",
        ),
        (
            "다섯 가지 색깔이 모두 같은 확률 20%를 가진다고 하자.\n\n엔트로피는 2.32 비트이다.\n",
            [(5, "0.2")],
            "2.32",
            "holds",
        ),
        (
            "A와 B는 각각 0.2이고, 나머지 여덟 개는 각각 0.075이다.\n\n엔트로피는 3.17\n",
            [(2, "0.2"), (8, "0.075")],
            "3.17",
            "holds",
        ),
        (
            "A와 B는 각각 0.2이고, 나머지 여덟 개는 각각 0.075이다. 엔트로피는 2.97 비트.\n",
            [(2, "0.2"), (8, "0.075")],
            "2.97",
            "false",
        ),
        (
            "Half of the 32 letters have probability 1/64, the other half equal probabilities. "
            "The entropy is 4.81 bits.\n",
            [(16, "1/64"), (16, "3/64")],
            "4.81",
            "holds",
        ),
        (
            "The answer is yes with probability 0.475. Its entropy is 0.998 bits.\n",
            [(1, "0.475"), (1, "0.525")],
            "0.998",
            "holds",
        ),
        (
            "Die vier Farben haben jeweils die gleiche Wahrscheinlichkeit 25 %. Die Entropie ist 2 bits.\n",
            [(4, "0.25")],
            "2",
            "holds",
        ),
        ("五种颜色的概率相同，各为 0.2。熵为 2.32 比特。\n", [(5, "0.2")], "2.32", "holds"),
        (
            "A、B はそれぞれ 0.25、残りの 4 つ はそれぞれ 0.125 です。エントロピーは 2.5 ビット。\n",
            [(2, "0.25"), (4, "0.125")],
            "2.5",
            "holds",
        ),
        (
            "Cada uno de los cuatro símbolos tiene probabilidad 1/4, así que la entropía es 2 bits.\n",
            [(4, "1/4")],
            "2",
            "holds",
        ),
        ("Каждый из восьми символов имеет вероятность 1/8. Энтропия равна 3 бита.\n", [(8, "1/8")], "3", "holds"),
        ("Les deux issues A et B ont chacune 0,5. L'entropie est 1 bit.\n", [(2, "0.5")], "1", "holds"),
        ("Los dos resultados A y B tienen cada uno probabilidad 0.5. Respuesta: 1 bit.\n", [(2, "0.5")], "1", "holds"),
        ("Each of the eight letters has probability 1/8, so the entropy is 2.5 bits.\n", [(8, "1/8")], "2.5", "false"),
        (
            "Os três símbolos têm cada um probabilidade 1/3. Portanto, a entropia é 1,58 bits.\n",
            [(3, "1/3")],
            "1.58",
            "holds",
        ),
    ],
)
def test_an_entropy_of_groups_in_words_is_judged(
    page: str, groups: list[tuple[int, str]], written: str, verdict: str
) -> None:
    truth = _entropy(groups)
    places = len(written.partition(".")[2])
    assert (abs(truth - mpmath.mpf(written)) <= mpmath.mpf(10) ** -places / 2) == (verdict == "holds")
    claims = [claim for claim in check_text(page, "a.md").claims if claim.verdict != "unchecked"]
    assert [(claim.verdict, claim.text.rpartition("= ")[2].split()[0]) for claim in claims] == [(verdict, written)]
    assert claims[0].value is not None and abs(mpmath.mpf(claims[0].value) - truth) < mpmath.mpf(10) ** -8


@pytest.mark.parametrize(
    "page",
    [
        "Two of the 10 balls are red, each with probability 0.3; the entropy is 0.88 bits.\n",  # no distribution
        "Each of the 4 workers earns 25 % of the total, and the entropy is 1.5 bits.\n",  # a total, not an entropy
        "Each of the five colours has the same probability 20 %. After two rounds the entropy is 4.64 bits.\n",
        "A and B have 0.2 each, the other six 0.075 each. The entropy is 2.5 bits.\n",  # 0.85: no distribution
        "Half of the 32 letters have probability 1/64. The entropy is 3 bits.\n",  # the rest not shared out
        # which count shares the probability is not clear: the three, or the 10
        "Tres de las 10 bolas son rojas, cada una con probabilidad 0.1; la entropía es 1.2 bits.\n",
        "In 5 steps each weight moves by 0.2, and the entropy is 1.2 bits.\n",  # steps, not outcomes
        "Five classes each hold 20 % of the data; the cross-entropy is 1.2 nats.\n",  # another measure
    ],
)
def test_near_misses_are_not_called_false(page: str) -> None:
    assert [claim for claim in check_text(page, "a.md").claims if claim.verdict == "false"] == []
