"""A chain whose left side is on the line above its first ``=``: each claim is reported from the chain's first line.

``H = −(0.70 × log₂(0.70)) − (0.30 × log₂(0.30))`` then ``  = 0.3602 + 0.5211`` then ``  = 0.8813``, in a fence or in
prose. The true values are computed here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy(*probabilities: str) -> mpmath.mpf:
    return -mpmath.fsum(mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2) for p in probabilities)


_CHAIN = "H = −(0.70 × log₂(0.70)) − (0.30 × log₂(0.30))\n  = {terms}\n  = {total}\n"


@pytest.mark.parametrize(
    "wrapper", ["# Entropy of the root node\n\n```\n{chain}```\n", "# Entropía del nodo raíz\n\nAsí:\n\n{chain}"]
)
def test_each_claim_of_a_chain_over_three_lines_is_on_its_first_line(wrapper: str) -> None:
    terms = " + ".join(mpmath.nstr(-mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2), 4) for p in ("0.70", "0.30"))
    total = _entropy("0.70", "0.30")
    chain = _CHAIN.format(terms=terms, total=mpmath.nstr(total, 4))
    text = wrapper.format(chain=chain)
    first = text.split("\n").index(chain.split("\n")[0]) + 1
    claims = check_text(text, "root.md").claims
    assert [(claim.lines, claim.verdict) for claim in claims] == [((first,), "holds"), ((first,), "holds")]
    assert float(claims[1].value or "nan") == pytest.approx(float(total), abs=1e-9)


def test_a_wrong_total_is_false_on_the_first_line() -> None:
    text = "# Entropy of the root node\n\n```\n" + _CHAIN.format(terms="0.3602 + 0.5211", total="0.9813") + "```\n"
    claims = check_text(text, "root.md").claims
    assert [(claim.lines, claim.verdict) for claim in claims] == [((4,), "holds"), ((4,), "false")]
