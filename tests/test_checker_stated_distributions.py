"""``kldocs check`` on distributions a document states in passing: a mixture with weights other than a half each
(its written values are used, never the equal mixture), a variable's distribution given an event (it is no
distribution of the variable for what follows), counts in a sentence (a distribution of their own), and two
distributions of labelled outcomes on one line joined by "and".

The documents are written here; the true values are worked out with mpmath in each test.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _entropy(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w)


def _kl(first: list[mpmath.mpf], second: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(p * mpmath.log(p / q, 2) for p, q in zip(first, second, strict=True) if p)


def _only(text: str) -> Checked:
    (claim,) = [claim for claim in check_text(text, "a.md").claims if claim.kind != "definition"]
    return claim


_P, _Q = [mpmath.mpf(1), mpmath.mpf(0)], [mpmath.mpf(1) / 2, mpmath.mpf(1) / 2]


def _mixed(weight: mpmath.mpf) -> list[mpmath.mpf]:
    return [weight * p + (1 - weight) * q for p, q in zip(_P, _Q, strict=True)]


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        (
            "$P = (1, 0)$, $Q = (1/2, 1/2)$ and the mixture $M = 0.3P + 0.7Q = (0.65, 0.35)$.\n\n"
            "$H(M) = 0.9341$ bits.\n",
            _entropy(_mixed(mpmath.mpf(3) / 10)),
        ),
        (
            "Sea $P = (1, 0)$ y $Q = (1/2, 1/2)$, con la mezcla $M = \\tfrac{3}{10}P + \\tfrac{7}{10}Q = (0.65, 0.35)$."
            "\n\n$H(M) = 0.9341$ bits.\n",
            _entropy(_mixed(mpmath.mpf(3) / 10)),
        ),
        (
            "$P = (1, 0)$, $Q = (1/2, 1/2)$, $M = (P + 3Q)/4 = (5/8, 3/8)$.\n\n$D(P\\|M) = 0.6781$ bits.\n",
            _kl(_P, _mixed(mpmath.mpf(1) / 4)),
        ),
    ],
)
def test_a_weighted_mixture_with_its_values_is_those_values(text: str, truth: mpmath.mpf) -> None:
    claim = _only(text)
    assert claim.verdict == "holds"
    assert claim.value == mpmath.nstr(truth, 10)


@pytest.mark.parametrize(
    "text",
    [
        "$P = (1, 0)$, $Q = (1/2, 1/2)$ and $M = \\pi_1 P + \\pi_2 Q$ with $\\pi = (0.3, 0.7)$.\n\n"
        "$H(M) = 0.8113$ bits.\n",
        "$P = (1, 0)$, $Q = (1/2, 1/2)$ und $N = (P + 3Q)/4$.\n\n$H(N) = 0.8113$ bits.\n",
    ],
)
def test_a_weighted_mixture_without_its_values_is_not_the_equal_mixture(text: str) -> None:
    # 0.8113 bits is the entropy of the equal mixture (3/4, 1/4), not of the weighted one.
    assert mpmath.nstr(_entropy(_mixed(mpmath.mpf(1) / 2)), 4) == "0.8113"
    claim = _only(text)
    assert claim.verdict == "unchecked" and "weights other than a half" in claim.note


def test_the_equal_mixture_is_still_the_mixture() -> None:
    claim = _only("$P = (1, 0)$, $Q = (1/2, 1/2)$ and $A = \\frac{1}{2}(P + Q)$, so $H(A) = 0.8113$ bits.\n")
    assert claim.verdict == "holds" and claim.value == mpmath.nstr(_entropy(_mixed(mpmath.mpf(1) / 2)), 10)


@pytest.mark.parametrize(
    "text",
    [
        'Roll a fair die; $X$ is the face.\n\n- Given "the roll is even", $X$ is uniform on $\\{2,4,6\\}$.\n'
        "- Let $Y$ be the parity of $X$. Then $H(Y) = 1$ bit.\n",
        "Roll a fair die; $X$ is the face.\n\n- Conditioned on the roll being at least 4, $X$ is uniform on "
        "$\\{4, 5, 6\\}$.\n- Let $Y$ be the parity of $X$. Then $H(Y) = 1$ bit.\n",
        "Soit $X$ le résultat d'un dé équilibré.\n\n- Sachant que le résultat est pair, $X$ est uniforme sur "
        "$\\{2, 4, 6\\}$.\n- Soit $Y$ la parité de $X$. Alors $H(Y) = 1$ bit.\n",
    ],
)
def test_a_distribution_given_an_event_is_not_the_variables_own(text: str) -> None:
    # The parity of a fair die is a fair bit: 1 bit, however X is distributed given an event.
    assert _entropy([mpmath.mpf(1) / 2, mpmath.mpf(1) / 2]) == 1
    assert _only(text).verdict != "false"


@pytest.mark.parametrize(
    "text",
    [
        "Let $X$ be uniform on $\\{1, 2, 3, 4\\}$ and let $Y$ be the parity of $X$.\n\nThen $H(Y) = 1$ bit.\n",
        "Given that $X$ is uniform on $\\{1, 2, 3, 4\\}$, with $Y$ the parity of $X$, $H(Y) = 1$ bit.\n",
    ],
)
def test_a_variable_uniform_on_a_set_is_still_built(text: str) -> None:
    claim = _only(text)
    assert claim.verdict == "holds" and claim.value == "1"


@pytest.mark.parametrize(
    "sentence",
    [
        "With the counts 1, 2 and 3 out of 6, the entropy is 1.459 bits.",
        "Con los conteos 1, 2 y 3 de 6, la entropía es 1.459 bits.",
        "A second sample gave 3 heads out of 4 tosses; its entropy is 0.811 bits.",
    ],
)
def test_counts_in_the_sentence_give_a_distribution_of_their_own(sentence: str) -> None:
    truth = _entropy([mpmath.mpf(1) / 6, mpmath.mpf(2) / 6, mpmath.mpf(3) / 6])
    assert (
        mpmath.nstr(truth, 4) == "1.459" and mpmath.nstr(_entropy([mpmath.mpf(3) / 4, mpmath.mpf(1) / 4]), 3) == "0.811"
    )
    claim = _only(f"$p = (0.52, 0.28, 0.20)$.\n\n{sentence}\n")
    assert claim.verdict == "unchecked" and "a distribution of its own" in claim.note


def test_a_value_of_the_distribution_in_force_still_holds_beside_counts() -> None:
    claim = _only("$p = (0.52, 0.28, 0.20)$.\n\nWith the counts 52, 28 and 20 out of 100, the entropy is 1.469 bits.\n")
    truth = _entropy([mpmath.mpf(52) / 100, mpmath.mpf(28) / 100, mpmath.mpf(20) / 100])
    assert claim.verdict == "holds" and claim.value == mpmath.nstr(truth, 10)


@pytest.mark.parametrize(
    "line",
    [
        "Soit la ville A : sec 0,9 / pluvieux 0,1 et la ville B : sec 0,5 / pluvieux 0,5.",
        "City A: dry 0.9 / rain 0.1 and city B: dry 0.5 / rain 0.5.",
        "Die Stadt A: trocken 0,9 / Regen 0,1 und die Stadt B: trocken 0,5 / Regen 0,5",
        "la ciudad A: seco 0,9 / lluvioso 0,1 y la ciudad B: seco 0,5 / lluvioso 0,5.",
    ],
)
def test_two_lists_of_labelled_outcomes_joined_by_and_on_one_line(line: str) -> None:
    truth = _kl([mpmath.mpf(9) / 10, mpmath.mpf(1) / 10], _Q)
    claim = _only(f"{line}\n\nD(A || B) = 0.531 bit.\n")
    assert claim.verdict == "holds" and claim.value == mpmath.nstr(truth, 10)


def test_labelled_counts_joined_by_and_define_nothing() -> None:
    claim = _only("Team A: wins 3, losses 1 and team B: wins 2, losses 2.\n\nD(A || B) = 0.531 bit.\n")
    assert claim.verdict == "unchecked"
