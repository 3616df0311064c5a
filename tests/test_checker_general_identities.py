"""General identities between entropies, cross-entropies, mutual informations and divergences, right and wrong.

A wrong identity (a slip: a swapped conditional, a flipped sign, a term that is always 0) is false, and the
note names a joint distribution (or a pair of distributions) for which the two sides differ: both sides are
worked out here again from that distribution with mpmath, so the test checks the counterexample's values, not
only the verdict. An equation that only says how the variables depend (``H(X,Y) = H(X) + H(Y)``) stays
unchecked, and so does one about variables the document may define from others; a question, a denial and a
mistake shown as one are no claims; an equation under "when X and Y are independent" is judged under it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import Checked, check_text

Entropy = Callable[[str], mpmath.mpf]


def _claims(text: str) -> list[Checked]:
    return list(check_text(text, "a.md").claims)


def _joint_in(note: str) -> Entropy:
    """The joint distribution a note names ("binary X, Y with p(0,0) = 1/14, ..."), as its entropies in bits."""
    found = re.search(r"binary ([A-Z](?:, [A-Z])*) with ((?:p\([01,]+\) = \d+/?\d*(?:, )?)+)", note)
    assert found is not None, note
    names = found.group(1).split(", ")
    cells = {
        tuple(int(bit) for bit in cell.split(",")): Fraction(p)
        for cell, p in re.findall(r"p\(([01,]+)\) = (\d+/?\d*)", found.group(2))
    }
    assert len(cells) == 2 ** len(names) and sum(cells.values()) == 1

    def entropy(chosen: str) -> mpmath.mpf:
        marginal: dict[tuple[int, ...], Fraction] = {}
        for cell in itertools.product((0, 1), repeat=len(names)):
            key = tuple(cell[names.index(name)] for name in chosen)
            marginal[key] = marginal.get(key, Fraction(0)) + cells[cell]
        weights = [_mpf(p) for p in marginal.values() if p]
        return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights)

    return entropy


def _mpf(value: Fraction) -> mpmath.mpf:
    return mpmath.mpf(value.numerator) / value.denominator


def _mi(h: Entropy, a: str, b: str) -> mpmath.mpf:
    return h(a) + h(b) - h(a + b)


def _sides_in(note: str) -> tuple[float, float]:
    found = re.search(r"the left side is (-?[0-9.]+) bits and the right side (-?[0-9.]+)", note)
    assert found is not None, note
    return float(found.group(1)), float(found.group(2))


# Wrong identities as people write them, each with its two sides as functions of the joint's entropies.
_WRONG: list[tuple[str, Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]]] = [
    (r"$I(X;Y) = H(X) - H(Y|X)$", lambda h: (_mi(h, "X", "Y"), 2 * h("X") - h("XY"))),
    (r"$H(X|Y) = H(X,Y) - H(X)$", lambda h: (h("XY") - h("Y"), h("XY") - h("X"))),
    (r"$H(X,Y) = H(X) + H(Y|Y)$", lambda h: (h("XY"), h("X"))),
    (r"$I(X;Y) = H(X,Y) - H(X) - H(Y)$", lambda h: (_mi(h, "X", "Y"), -_mi(h, "X", "Y"))),
    (r"$I(X;Y) = H(X) + H(Y|X)$", lambda h: (_mi(h, "X", "Y"), h("XY"))),
    ("I(X;Y) = H(X) − H(Y∣X)", lambda h: (_mi(h, "X", "Y"), 2 * h("X") - h("XY"))),
    (r"$\mathbb{I}(X;Y) = \mathbb{H}(Y) - \mathbb{H}(X \mid Y)$", lambda h: (_mi(h, "X", "Y"), 2 * h("Y") - h("XY"))),
    (r"$$H(Y \vert X) = H(X, Y) - H(Y)$$", lambda h: (h("XY") - h("X"), h("XY") - h("Y"))),
    (r"$H(X|Y) = H(Y|X)$", lambda h: (h("XY") - h("Y"), h("XY") - h("X"))),
]


@pytest.mark.parametrize(("text", "sides"), _WRONG)
def test_a_wrong_identity_of_random_variables_is_false_with_a_joint_distribution_that_refutes_it(
    text: str, sides: Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]
) -> None:
    (claim,) = _claims(f"Among the measures of two variables:\n\n{text}\n")
    assert (claim.kind, claim.verdict) == ("identity", "false"), claim.note
    left, right = sides(_joint_in(claim.note))
    assert abs(left - right) > 1e-3  # the distribution in the note refutes it
    assert _sides_in(claim.note) == pytest.approx((float(left), float(right)), abs=6e-5)


def test_the_steps_of_an_aligned_derivation_are_judged_one_by_one() -> None:
    """The second row keeps ``H(X|Y)`` where ``H(Y|X)`` belongs: ``H(X) - H(X|Y) = H(Y) - H(X|Y)`` is false. The
    third row is right again (it is ``I(X;Y)``), so it holds though it differs from the second."""
    text = (
        "\\begin{align}\nI(X;Y) &= H(X) - H(X|Y) \\\\\n       &= H(Y) - H(X|Y) \\\\\n"
        "       &= H(X) + H(Y) - H(X,Y)\n\\end{align}\n"
    )
    verdicts = [(claim.text, claim.verdict) for claim in _claims(text)]
    assert verdicts[0] == ("I(X;Y) = H(X) - H(X|Y)", "holds")
    assert verdicts[1:] == [
        ("H(X) - H(X|Y) = H(Y) - H(X|Y)", "false"),
        ("H(Y) - H(X|Y) = H(X) + H(Y) - H(X,Y)", "holds"),
    ]
    h = _joint_in(next(claim for claim in _claims(text) if claim.verdict == "false").note)
    assert abs(h("X") - h("Y")) > 1e-3  # the two sides differ by H(X) - H(Y) there


_RIGHT = [
    r"$I(X;Y) = H(X) - H(X|Y)$",
    r"$I(X;Y) = H(Y) - H(Y \mid X)$",
    r"$H(X,Y) = H(X) + H(Y|X)$",
    r"$\mathbb{I}(X;Y) = \mathbb{H}(X) + \mathbb{H}(Y) - \mathbb{H}(X,Y)$",
    "H(X|Y) = H(X,Y) − H(Y)",
    r"$\mathrm{KL}(p\|q) = \mathbb{H}(p, q) - \mathbb{H}(p)$",
    r"$H(p,q) = H(p) + D_{KL}(p\|q)$",
    r"$D(P‖Q) = H(P,Q) − H(P)$",
]


@pytest.mark.parametrize("text", _RIGHT)
def test_a_right_identity_holds(text: str) -> None:
    (claim,) = _claims(f"For any variables and distributions:\n\n{text}\n")
    assert claim.verdict == "holds", claim.note


# Equations that say how the variables depend, or relate variables the document may define from one another.
_SPECIAL = [
    r"$H(X,Y) = H(X) + H(Y)$",
    r"$H(X|Y) = H(X)$",
    r"$I(X;Y) = H(X)$",
    r"$H(X,Y) = H(X)$",
    r"$I(X;Y,Z) = I(X;Y)$",
    r"$H(K|C) = H(K|C) + H(M|K,C)$",
    r"$H(Y|X) = H(N)$",
    r"$H(X) = H(Y)$",
    r"$H(p,q) = H(p)$",
    r"$H(P) = H(Q)$",
]


@pytest.mark.parametrize("text", _SPECIAL)
def test_an_equation_that_may_hold_for_the_documents_own_variables_stays_unchecked(text: str) -> None:
    assert [claim.verdict for claim in _claims(f"Here:\n\n{text}\n")] == ["unchecked"]


@pytest.mark.parametrize(
    "text",
    [
        "Is $H(X|Y) = H(Y|X)$? Not in general.",
        "It is not true that $I(X;Y) = H(X) - H(Y|X)$.",
        "A common mistake is to write $H(X|Y) = H(X,Y) - H(X)$.",
        "Do not write $H(q) = H(p) + D(p\\|q)$.",
        "Is the mutual information equal to the entropy of X minus the conditional entropy of Y given X?",
        "The mutual information is not the entropy of X minus the conditional entropy of Y given X.",
    ],
)
def test_a_question_a_denial_or_a_mistake_shown_as_one_is_no_claim(text: str) -> None:
    assert [claim.verdict for claim in _claims(text + "\n") if claim.verdict == "false"] == []


def test_a_wrong_identity_of_distributions_is_false_with_the_pair_that_refutes_it() -> None:
    """``H(q) = H(p) + D(p||q)`` confuses the entropy of q with the cross-entropy: the note's pair refutes it."""
    (claim,) = _claims("The entropy of the model: $H(q) = H(p) + D(p\\|q)$ bits.\n")
    assert claim.verdict == "false"
    found = re.search(
        r"for q = \(([^)]*)\), p = \(([^)]*)\) the left side is ([0-9.]+) and the right side ([0-9.]+)", claim.note
    )
    assert found is not None, claim.note
    q, p = ([_mpf(Fraction(x)) for x in group.split(", ")] for group in found.groups()[:2])
    unit = 2  # the document says bits
    h_q = -mpmath.fsum(x * mpmath.log(x, unit) for x in q if x)
    cross = -mpmath.fsum(a * mpmath.log(b, unit) for a, b in zip(p, q, strict=True) if a)
    assert float(found.group(3)) == pytest.approx(float(h_q), rel=1e-3)
    assert float(found.group(4)) == pytest.approx(float(cross), rel=1e-3)  # H(p) + D(p||q) is the cross-entropy
    assert abs(h_q - cross) > 1e-3


# Independence said after the equation, in several languages: judged under it.
_INDEPENDENT = [
    ("$H(X,Y) = H(X) + H(Y)$ when $X$ and $Y$ are independent.", "holds"),
    ("H(X|Y) = H(X) if X and Y are independent.", "holds"),
    ("$I(X;Y) = 0$ whenever X and Y are statistically independent.", "holds"),
    ("$H(X,Y) = H(X) + H(Y)$, wenn $X$ und $Y$ unabhängig sind.", "holds"),
    ("$H(X,Y)=H(X)+H(Y)$ 当X和Y独立时。", "holds"),
    ("$H(X,Y)=H(X)+H(Y)$ (X와 Y가 독립일 때)", "holds"),
    ("$H(X|Y) = H(X)$ если X и Y независимы.", "holds"),
    ("$H(X|Y) = H(Y)$ when $X$ and $Y$ are independent.", "false"),
]


@pytest.mark.parametrize(("text", "verdict"), _INDEPENDENT)
def test_an_equation_said_to_hold_for_independent_variables_is_judged_under_it(text: str, verdict: str) -> None:
    (claim,) = _claims(text + "\n")
    assert claim.verdict == verdict, claim.note
    if verdict == "false":  # H(X|Y) - H(Y) = H(X) - H(Y) for independent X and Y: the note's marginals give it
        found = re.search(
            r"p\(X=0\) = (\S+), p\(Y=0\) = (\S+), the left side minus the right is (-?[0-9.]+)", claim.note
        )
        assert found is not None, claim.note
        px, py = (_mpf(Fraction(found.group(k).rstrip(","))) for k in (1, 2))
        gap = (
            -(px * mpmath.log(px, 2) + (1 - px) * mpmath.log(1 - px, 2))
            + py * mpmath.log(py, 2)
            + (1 - py) * mpmath.log(1 - py, 2)
        )
        assert float(found.group(3)) == pytest.approx(float(gap), abs=6e-5)


@pytest.mark.parametrize(
    "text",
    [
        "$H(X,Y) = H(X) + H(Y)$ when X and Y are not independent.",
        "$H(X,Y) = H(X) + H(Y)$ when X and Y are independent of Z.",
        "Is $H(X,Y) = H(X) + H(Y)$ when X and Y are independent?",
    ],
)
def test_another_condition_after_an_equation_is_not_read_as_independence(text: str) -> None:
    assert [claim.verdict for claim in _claims(text + "\n") if claim.verdict != "unchecked"] == []


# Identities said in words, in nine languages: (sentence, verdict).
_WORDED = [
    ("Mutual information equals the entropy of X minus the conditional entropy of Y given X.", "false"),
    ("The mutual information between X and Y is the entropy of X minus the conditional entropy of X given Y.", "holds"),
    ("The joint entropy of X and Y equals the entropy of X plus the conditional entropy of Y given X.", "holds"),
    ("Die Transinformation ist gleich der Entropie von X minus der bedingten Entropie von Y gegeben X.", "false"),
    ("L’information mutuelle est égale à l’entropie de X moins l’entropie conditionnelle de X sachant Y.", "holds"),
    ("La información mutua es igual a la entropía de X menos la entropía condicional de Y dado X.", "false"),
    ("A informação mútua é igual à entropia de Y menos a entropia condicional de Y dado X.", "holds"),
    ("Взаимная информация равна энтропии X минус условная энтропия Y при условии X.", "false"),
    ("互信息等于X的熵减去给定Y时X的条件熵。", "holds"),
    ("상호정보량은 X의 엔트로피에서 X가 주어졌을 때 Y의 조건부 엔트로피를 뺀 것이다.", "false"),
    ("相互情報量はXのエントロピーからYが与えられたときのXの条件付きエントロピーを引いたものである。", "holds"),
    ("Русский: взаимная информация равна энтропии Y минус условная энтропия Y при условии X.", "holds"),
    ("Note: the joint entropy of X and Y is the entropy of Y plus the conditional entropy of Y given X.", "false"),
]


@pytest.mark.parametrize(("text", "verdict"), _WORDED)
def test_an_identity_said_in_words_is_read_as_its_formula(text: str, verdict: str) -> None:
    (claim,) = _claims(text + "\n")
    assert (claim.kind, claim.verdict) == ("identity", verdict), claim.note
    if verdict == "false":  # I(X;Y) = H(X) - H(Y|X), or H(X,Y) = H(Y) + H(Y|X): the note's joint refutes it
        h = _joint_in(claim.note)
        joint = text.startswith("Note")
        left, right = (h("XY"), h("Y") + h("XY") - h("X")) if joint else (_mi(h, "X", "Y"), 2 * h("X") - h("XY"))
        assert abs(left - right) > 1e-3
        assert _sides_in(claim.note) == pytest.approx((float(left), float(right)), abs=6e-5)


def test_an_equation_of_independence_in_words_stays_unchecked() -> None:
    text = "The joint entropy of X and Y equals the entropy of X plus the entropy of Y.\n"
    assert [claim.verdict for claim in _claims(text)] == ["unchecked"]


def test_words_about_something_else_than_the_measures_are_not_read_as_an_identity() -> None:
    """ "The derivative of the mutual information" is not the mutual information: the sentence is not read."""
    text = (
        "The derivative of the mutual information equals the entropy of X minus the conditional entropy of Y given X.\n"
    )
    assert [claim.verdict for claim in _claims(text) if claim.verdict != "unchecked"] == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("If $P = Q$ then $D(P\\|Q) = 0$.", "holds"),
        ("If $P = Q$, then $D(P||Q) = D(Q||P)$.", "holds"),
        ("If $p = q$, then $H(p,q) = H(p)$.", "holds"),
        ("If $P = Q$, then $D(P\\|Q) = 1$.", "unchecked"),  # false where P = Q, but said under a condition
        ("If $P = Q$ and $R$ is uniform, then $D(P\\|Q) = 0$.", "unchecked"),  # another condition besides
    ],
)
def test_a_claim_supposing_two_distributions_the_same_is_judged_where_they_are(text: str, verdict: str) -> None:
    """D(P||P) = 0 and H(p,p) = H(p) for every distribution; 1 is no value of D(P||P)."""
    p = [mpmath.mpf(2) / 10, mpmath.mpf(5) / 10, mpmath.mpf(3) / 10]
    assert mpmath.fsum(x * mpmath.log(x / x) for x in p) == 0
    (claim,) = _claims(text + "\n")
    assert claim.verdict == verdict, claim.note


@pytest.mark.parametrize(
    "text",
    [
        "Because the input and the output are both uniform here, $H(X|Y) = H(Y|X)$.",
        "For the binary symmetric channel with a uniform input, $H(X|Y) = H(Y|X)$.",
        "Weil beide gleichverteilt sind, gilt $H(X|Y) = H(Y|X)$.",
        "두 변수 모두 균등분포이므로 $H(X|Y) = H(Y|X)$ 이다.",
    ],
)
def test_a_slip_said_of_the_documents_own_variables_with_a_reason_stays_unchecked(text: str) -> None:
    """``H(X|Y) - H(Y|X) = H(X) - H(Y)``, which is 0 when the two are uniform: the reason given may make it hold."""
    cells = [mpmath.mpf(4) / 10, mpmath.mpf(1) / 10, mpmath.mpf(1) / 10, mpmath.mpf(4) / 10]  # both margins uniform
    joint = -mpmath.fsum(p * mpmath.log(p, 2) for p in cells)
    x_given_y, y_given_x = joint - 1, joint - 1  # H(X,Y) - H(Y) and H(X,Y) - H(X), each margin 1 bit
    assert x_given_y == y_given_x and x_given_y > 0
    (claim,) = _claims(text + "\n")
    assert claim.verdict == "unchecked", claim.note
