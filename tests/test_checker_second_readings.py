"""Right claims that the newer readers could take for another quantity: a value said of something else after
groups of outcomes, a shape said of another function than the mutual information, a base named on the line, a
comparison read as a count of draws, ``q = 1 - p`` read as ``q = 1``, answers of another quantity, a smoothed
cross-entropy, and a thousands separator. None may be called false; where the same reader should still judge a
nearby claim, the test says so.

The facts are worked out with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(weights: list[str]) -> mpmath.mpf:
    return -mpmath.fsum(mpmath.mpf(w) * mpmath.log(mpmath.mpf(w), 2) for w in weights)


def test_the_facts() -> None:
    assert mpmath.almosteq(_bits(["0.25"] * 4), 2)  # a suit of a fair deck; a nucleotide: 2 bits, a codon 6
    assert mpmath.nstr(_bits(["0.2", "0.8"]), 3) == "0.722"
    assert mpmath.nstr(-(mpmath.mpf("0.2") * mpmath.log(0.2) + mpmath.mpf("0.8") * mpmath.log(0.8)), 3) == "0.5"
    assert mpmath.nstr(-mpmath.log(mpmath.mpf("0.8"), 2), 3) == "0.322"
    assert mpmath.nstr(_bits(["0.5", "0.5"]) * 2, 2) == "2.0"


@pytest.mark.parametrize(
    "text",
    [
        "Each of the 52 cards has the same probability 1/52; the entropy of a suit is 2 bits.\n",
        "Each of the 4 bases has the same probability 0.25. A codon has entropy 6 bits.\n",
        "We maximize I(X;Y) under a cost that is convex in p(x).\n",
        "Since I(X;Y) = H(Y) - H(Y|X), and H(Y) is concave in p(y|x), the bound follows.\n",
        "The negative mutual information −I(X;Y) is convex in p(x).\n",
        "# A\n\nA fair coin has entropy 1 bit.\n\nA coin with heads 20 %: using ln, its entropy is 0.500.\n",
        "# A\n\nA fair coin has entropy 1 bit.\n\nWith heads 20 %: $H = -0.2\\log 0.2 - 0.8\\log 0.8 = 0.500$.\n",
        "The outcomes have probabilities 0.25, 0.25, 0.25, 0.25; the entropy is twice that of a fair coin: 2 bits.\n",
        "Let p = 0.2 and q = 1 - p. The information of a tail is -log2(q) = 0.32 bits.\n",
        "Find the entropy of each source.\n(1) probabilities 0.5, 0.5\n(2) probabilities 0.25, 0.75\n\n"
        "Answers (per pair of symbols)\n(1) 2 bits\n(2) 1.623 bits\n",
        "- Class A: 0.7\n- Class B: 0.2\n- Class C: 0.1\n\nThe true class is A. With label smoothing 0.1, the "
        "cross-entropy is 0.463.\n",
        "The entropy is 1.5 bits per symbol; for a message of 10 000 symbols, 10 000 × 1.5 = 15000 bits.\n",
    ],
)
def test_a_right_claim_read_the_other_way_is_not_false(text: str) -> None:
    claims = check_text(text, "notes.md").claims
    assert all(claim.verdict != "false" for claim in claims), claims


def test_the_same_readers_still_judge_what_they_read() -> None:
    # A bare value in a section of bits that holds only in nats is still false there, without a base on its line.
    text = "# A\n\nA fair coin has entropy 1 bit.\n\nA coin with heads 20 %: its entropy is 0.5.\n"
    assert "false" in [claim.verdict for claim in check_text(text, "a.md").claims]
    # q given a value of its own is still put in place: -log2(0.8) is 0.32 bits, log2(0.8) = 0.32 is false.
    text = "Let q = 0.8. The information of a tail is log2(q) = 0.32 bits.\n"
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["false"]
    # Groups whose sentence goes on about them: the entropy is theirs (2 bits), so 3 bits is false.
    text = "Let P = (0.5, 0.5).\n\nA bag holds four colours, each with the same 25 %. So the entropy is 3 bits.\n"
    (judged,) = [claim for claim in check_text(text, "a.md").claims if claim.lines == (3,)]
    assert judged.verdict == "false" and judged.value == "2", judged
