"""Plain arithmetic after "the (final) result is" or "the answer is" (in several languages) is a claim of its own:
an answer that works out a divergence from entropies given as numbers is judged on that arithmetic."""

from __future__ import annotations

from fractions import Fraction

import pytest

from kldocs.checker import check_text

#: The numbers an answer works with, and the exact value of its arithmetic, worked out here with fractions:
#: 1.039721 - (0.562335 + 0.950271)/2.
MIXTURE, FIRST, SECOND = Fraction("1.039721"), Fraction("0.562335"), Fraction("0.950271")
RESULT = MIXTURE - (FIRST + SECOND) / 2

PAGES = [
    "The entropy of the mixture is {m} nats. So the final result is {m} - ({a} + {b})/2 = {r}\n",
    "Die Entropien sind bekannt. Das Ergebnis ist {m} - ({a} + {b})/2 = {r}.\n",
    "Энтропии известны. Ответ: {m} - ({a} + {b})/2 = {r}\n",
    "熵已经算出。结果为 {m} - ({a} + {b})/2 = {r}。\n",
]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("off", [Fraction(0), Fraction(1, 10)])
def test_the_arithmetic_of_a_result_is_judged(page: str, off: Fraction) -> None:
    text = page.format(m=MIXTURE, a=FIRST, b=SECOND, r=f"{float(RESULT + off):.6f}")
    verdicts = [claim.verdict for claim in check_text(text, "answer.txt").claims]
    assert verdicts == ["false" if off else "holds"]


@pytest.mark.parametrize(
    "page",
    [
        "The result is 1/2 = 0.5 = 50 %.\n",  # a percentage, not the number 50
        "The answer is 0.333 + 0.333 + 0.333 = 1.\n",  # rounded thirds
        "We get 0.9 - 0.4 = 0.6 apples.\n",  # no result named: plain arithmetic in prose is not read
    ],
)
def test_results_that_are_right_or_not_named_are_not_called_false(page: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(page, "answer.txt").claims)
