"""``kldocs check`` on entropies of distributions a sentence gives as percentages: two or more shares that add up to
100 % ("p = 13.3% (white 86.7%)", "降雨 20%（晴天 80%）") or one side of a coin ("70 % heads", "앞면이 70%").

Each entropy's true value is worked out here with mpmath from the percentages as the page writes them.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(*percentages: str) -> mpmath.mpf:
    shares = [mpmath.mpf(share) / 100 for share in percentages]
    assert mpmath.fsum(shares) == 1
    return -mpmath.fsum(p * mpmath.log(p, 2) for p in shares)


@pytest.mark.parametrize(
    ("page", "shares", "written", "verdict"),
    [
        ("A biased coin lands 70 % heads. Its entropy is 0.881 bits.\n", ("70", "30"), "0.881", "holds"),
        (
            "An urn holds p = 13.3% black balls (white 86.7%), so the entropy is H = 0.566 bits.\n",
            ("13.3", "86.7"),
            "0.566",
            "holds",
        ),
        ("동전이 앞면이 70% 나오면 엔트로피는 0.881비트이다.\n", ("70", "30"), "0.881", "holds"),
        ("Una moneda cae cara el 70 % de las veces; su entropía es 0.97 bits.\n", ("70", "30"), "0.97", "false"),
        ("降雨概率 20%（晴天 80%），其熵约为 0.722 比特。\n", ("20", "80"), "0.722", "holds"),
        (
            "Regen 60 %, Sonne 30 % und Schnee 10 %: die Entropie ist 1.295 bits.\n",
            ("60", "30", "10"),
            "1.295",
            "holds",
        ),
        (
            "Regen 60 %, Sonne 30 % und Schnee 10 %: die Entropie ist 1.571 bits.\n",
            ("60", "30", "10"),
            "1.571",
            "false",
        ),
    ],
)
def test_an_entropy_of_percentages_is_judged(page: str, shares: tuple[str, ...], written: str, verdict: str) -> None:
    truth = _bits(*shares)
    assert (abs(truth - mpmath.mpf(written)) < mpmath.mpf(10) ** -len(written.partition(".")[2]) / 2) == (
        verdict == "holds"
    )
    claims = [claim for claim in check_text(page, "a.md").claims if claim.verdict != "unchecked"]
    assert [(claim.verdict, claim.text.rpartition("= ")[2]) for claim in claims] == [(verdict, written)]
    if verdict == "false":
        assert f"= {mpmath.nstr(truth, 10)}," in claims[0].note


@pytest.mark.parametrize(
    "page",
    [
        "Accuracy went from 80% to 20% and the entropy is 0.5 bits.\n",  # a change, not two shares
        "Train 80%, test 20%; the entropy of the class labels is 0.7 bits.\n",  # the entropy of something else
        "Train 80%, test 20%. 标签的熵为 0.9 比特。\n",
        "The model is right 90% of the time (10% wrong), and its cross-entropy is 0.5.\n",  # another measure
        "Votes: 40% yes, 35% no; the entropy is 1.2 bits.\n",  # 75 %: no distribution
    ],
)
def test_near_misses_are_not_called_false(page: str) -> None:
    assert [claim for claim in check_text(page, "a.md").claims if claim.verdict == "false"] == []
