"""Values said of another setting than the joint or channel a page gives: another order of the coordinates, a
second experiment, a cascade of two channels, another input supposed, a bound said of one case. None is judged
against the page's joint (each would be a false alarm); a pair order written as ``(y, x)`` is followed.

Truths are worked out here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _h(*probabilities: mpmath.mpf) -> mpmath.mpf:
    return -mpmath.fsum(p * mpmath.log(p, 2) for p in probabilities if p)


_OTHER_SETTINGS = [
    # the order of the values told in words after them: X is the second coordinate, a fair bit
    "The outcomes (0,0), (0,1), (1,1) have probabilities 1/2, 1/4, 1/4, where the first coordinate is Y and the "
    "second X. So H(X) = 1 bit.\n",
    # the value is the second experiment's (uniform: independent)
    "The four outcomes (0,0), (0,1), (1,0), (1,1) have probabilities 0.4, 0.1, 0.1, 0.4 in the first experiment; in "
    "the second, 0.25 each. In the second, I(X;Y) = 0 bits.\n",
    # a cascade: Z is the output of a second channel
    "The input has P(X=1) = 0.3. It is sent over a BSC with crossover probability 0.1, and the output Y is then sent "
    "over a second BSC with crossover probability 0.1, giving Z. Then I(X;Z) = 0.272 bits.\n",
    # another input supposed: a uniform bit through the channel gives a uniform output
    "Un bit X avec P(X=1) = 0.4 traverse un canal binaire symétrique de probabilité d'erreur 0.2. Quand l'entrée est "
    "uniforme, H(Y) = 1 bit.\n",
    # a bound said of one case: true when X is uniform, and when Y = X
    "H(X|Y=y) ≤ H(X) for every y when X is uniform, since then H(X) = log|X|.\n",
    "When Y = X, H(X|Y=y) = 0 <= H(X) for every y.\n",
]


@pytest.mark.parametrize("page", _OTHER_SETTINGS)
def test_a_value_of_another_setting_is_not_judged_against_the_page_s_joint(page: str) -> None:
    claims = check_text("# Note\n\n" + page, "note.md").claims
    assert all(claim.verdict != "false" for claim in claims), [(c.text, c.note) for c in claims]


def test_pairs_written_y_first_are_read_in_that_order() -> None:
    # (y, x): X is 0 with 1/2 + 0 and 1 with 1/4 + 1/4, a fair bit; Y is 0 with 3/4
    page = "The pairs (y, x) = (0,0), (0,1), (1,1) have probabilities 1/2, 1/4, 1/4.\n\nThen H(X) = {} bits.\n"
    wrong = check_text(page.format("0.8113"), "a.md").claims
    right = check_text(page.format("1"), "a.md").claims
    assert [(claim.verdict, claim.value) for claim in wrong if claim.text.startswith("H(X)")] == [("false", "1")]
    assert [claim.verdict for claim in right if claim.text.startswith("H(X)")] == ["holds"]
    assert _h(mpmath.mpf(1) / 2, mpmath.mpf(1) / 2) == 1 and abs(_h(0.75, 0.25) - mpmath.mpf("0.8113")) < 1e-4
