"""``kldocs check`` on a bare entropy in a section that gives its values in bits: one written "bits", or a fair coin's
entropy given as a bare 1. A bare value there that holds only in nats (0.5 for a 20/80 coin: 0.500 nats, 0.722 bits)
is false in bits; a document that writes another unit anywhere, another section, and a loss or divergence keep the
usual reading.

Each true value is worked out here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(*shares: str) -> mpmath.mpf:
    return -mpmath.fsum(mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2) for p in shares)


@pytest.mark.parametrize(
    ("page", "shares", "written"),
    [
        (
            "# Coins\n\nA coin lands 50 % heads. Its entropy is 1.\n\nA coin lands 20 % heads. Its entropy is 0.5.\n",
            ("0.2", "0.8"),
            "0.5",
        ),
        (
            "# 동전\n\n동전이 앞면이 50% 나오면 엔트로피는 1 이다.\n\n동전이 앞면이 20% 나오면 엔트로피는 0.5 이다.\n",
            ("0.2", "0.8"),
            "0.5",
        ),
        (
            "# Source\n\nWith probabilities 0.5, 0.25 and 0.25 the entropy is 1.5 bits.\n\n"
            "A coin lands 10 % heads. Its entropy is 0.325.\n",
            ("0.1", "0.9"),
            "0.325",
        ),
        (
            "# 熵\n\n五种颜色的概率相同，各为 0.2。熵为 2.32 比特。\n\n降雨概率 20%（晴天 80%），其熵约为 0.50。\n",
            ("0.2", "0.8"),
            "0.50",
        ),
    ],
)
def test_a_bare_value_that_holds_only_in_nats_is_false_in_bits(
    page: str, shares: tuple[str, ...], written: str
) -> None:
    truth = _bits(*shares)
    nats = truth * mpmath.log(2)
    places = len(written.partition(".")[2])
    assert abs(nats - mpmath.mpf(written)) <= mpmath.mpf(10) ** -places / 2 < abs(truth - mpmath.mpf(written))
    claims = [claim for claim in check_text(page, "a.md").claims if claim.verdict == "false"]
    assert [claim.text.rpartition("= ")[2] for claim in claims] == [written]
    assert claims[0].value is not None and abs(mpmath.mpf(claims[0].value) - truth) < mpmath.mpf(10) ** -8
    assert claims[0].unit == "bits" and "its section gives its values in bits" in claims[0].note


def test_a_bare_value_that_holds_in_bits_holds() -> None:
    page = (
        "# Coins\n\nA coin lands 50 % heads. Its entropy is 1 bit.\n\nA coin lands 20 % heads. Its entropy is 0.722.\n"
    )
    claims = check_text(page, "a.md").claims
    assert [(claim.verdict, claim.unit) for claim in claims] == [("holds", "bits"), ("holds", "bits")]
    assert abs(mpmath.mpf(claims[1].value) - _bits("0.2", "0.8")) < mpmath.mpf(10) ** -8


@pytest.mark.parametrize(
    "page",
    [
        # the document writes nats elsewhere: a bare value is read in the base in which it holds
        "# A\n\nA coin lands 50 % heads. Its entropy is 1 bit.\n\nA coin lands 20 % heads. Its entropy is 0.5.\n\n"
        "# B\n\nA coin lands 30 % heads. Its entropy is 0.611 nats.\n",
        # bits in another section only
        "# A\n\nA coin lands 50 % heads. Its entropy is 1 bit.\n\n"
        "# B\n\nA coin lands 20 % heads. Its entropy is 0.5.\n",
        # a loss on its line: a model's loss is in nats, whatever the entropies above it are in
        "# A\n\nA coin lands 50 % heads. Its entropy is 1 bit.\n\n- Class A: 0.7\n- Class B: 0.3\n\n"
        "The true class is A, so the cross-entropy loss is 0.357.\n",
        # the document names the natural log in words
        "# A\n\nAll logarithms are natural.\n\nA coin lands 20 % heads. Its entropy is 0.5.\n",
    ],
)
def test_near_misses_are_not_called_false(page: str) -> None:
    assert [claim for claim in check_text(page, "a.md").claims if claim.verdict == "false"] == []


@pytest.mark.parametrize(
    "fair",
    [
        "A fair coin has entropy 1.",
        "The entropy of a fair coin is 1 (bits).",
        "An unbiased coin: its entropy is 1.0.",
        "Eine faire Münze hat die Entropie 1.",
        "Une pièce équilibrée a une entropie de 1.",
        "Una moneda justa tiene entropía 1.",
        "Uma moeda honesta tem entropia 1.",
        "Честная монета имеет энтропию 1.",
        "均匀硬币的熵为 1。",
        "공정한 동전의 엔트로피는 1이다.",
        "公平なコインのエントロピーは 1 です。",
    ],
)
def test_a_fair_coins_entropy_given_as_a_bare_1_in_words_makes_the_section_bits(fair: str) -> None:
    truth = _bits("0.2", "0.8")  # 0.722 bits; 0.5 would hold in nats (0.5004)
    assert abs(truth * mpmath.log(2) - mpmath.mpf("0.5")) < mpmath.mpf("0.05") < abs(truth - mpmath.mpf("0.5"))
    page = f"# Coins\n\n{fair}\n\nA coin lands 20 % heads. Its entropy is 0.5.\n"
    [claim] = [claim for claim in check_text(page, "a.md").claims if claim.text.endswith("= 0.5")]
    assert claim.verdict == "false" and claim.unit == "bits"
    assert claim.value is not None and abs(mpmath.mpf(claim.value) - truth) < mpmath.mpf(10) ** -8


@pytest.mark.parametrize(
    "fair",
    [
        "A fair coin has entropy log 2.",
        "A fair coin has entropy 0.693.",
        "A fair coin has entropy 1 nat.",
        "A fair die has entropy 1.79.",
        "A fair coin (p = 1/2) is the most uncertain coin; its entropy is largest.",
    ],
)
def test_a_fair_coin_in_words_without_a_bare_1_keeps_the_usual_reading(fair: str) -> None:
    page = f"# Coins\n\n{fair}\n\nA coin lands 20 % heads. Its entropy is 0.5.\n"
    [claim] = [claim for claim in check_text(page, "a.md").claims if claim.text.endswith("= 0.5")]
    assert claim.verdict == "holds" and claim.unit == "nats"
    nats = _bits("0.2", "0.8") * mpmath.log(2)
    assert claim.value is not None and abs(mpmath.mpf(claim.value) - nats) < mpmath.mpf(10) ** -8
