"""Every link of a chain of identities or inequalities, past the definition it starts with; measures of random
variables written with lower-case names or a bare ``I``; a measure of a variable with itself said to be 0.

The values the notes give are worked out again here with mpmath from the distributions the notes name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import Checked, check_text
from tests.test_checker_general_identities import Entropy, _joint_in, _mi, _mpf, _sides_in


def _claims(text: str, name: str = "a.md") -> list[Checked]:
    return list(check_text(text, name).claims)


def _entropy(p: list[mpmath.mpf], base: int = 2) -> mpmath.mpf:
    return -mpmath.fsum(x * mpmath.log(x, base) for x in p if x)


def _collision(p: list[mpmath.mpf], base: int = 2) -> mpmath.mpf:
    return -mpmath.log(mpmath.fsum(x**2 for x in p), base)


# The entropy's definition, then a bound by the collision entropy -log sum p^2, as people write the chain.
_COLLISION = [
    (r"$$H = -\sum_i p_i \log p_i \le -\log \sum_i p_i^2$$", False),
    (r"$$H(p) = -\sum_{x} p(x) \log_2 p(x) \geq -\log_2 \sum_{x} p(x)^2$$", True),
    (r"$$H(p) = -\sum_{i=1}^n p_i \ln p_i \leq \ln \frac{1}{\sum_i p_i^2}$$", False),
    ("Entropie : $H = -\\sum_k p_k \\log p_k \\ge -\\log \\sum_k p_k^2$ (Rényi d'ordre 2).", True),
]


@pytest.mark.parametrize(("text", "holds"), _COLLISION)
def test_a_chain_past_the_entropys_definition_is_judged_on_its_collision_entropy_link(text: str, holds: bool) -> None:
    claims = _claims(f"For a distribution p over n outcomes:\n\n{text}\n")
    definition = [claim for claim in claims if claim.kind == "definition"]
    (link,) = [claim for claim in claims if claim.kind == "bound"]
    assert [claim.verdict for claim in definition] == ["holds"]
    assert "\\le" not in definition[0].text and "\\ge" not in definition[0].text  # the definition alone holds
    assert link.verdict == ("holds" if holds else "false"), link.note
    for p in ([Fraction(1, 2), Fraction(1, 4), Fraction(1, 4)], [Fraction(9, 10), Fraction(1, 10)]):
        values = [_mpf(x) for x in p]
        assert _entropy(values) > _collision(values)  # the entropy is the larger: only >= holds
    uniform = [mpmath.mpf(1) / 4] * 4
    assert _entropy(uniform) == pytest.approx(_collision(uniform))  # equal for a uniform p: a strict > would fail


def test_a_strict_or_other_bound_after_the_definition_is_not_judged_as_the_collision_link() -> None:
    for text in (
        r"$$H = -\sum_i p_i \log p_i > -\log \sum_i p_i^2$$",
        r"$$H = -\sum_i p_i \log p_i \le -\log \sum_i p_i$$",
        r"$$H = -\sum_i p_i \log p_i = 1.5 \le -\log \sum_i p_i^2$$",
    ):
        assert [claim for claim in _claims(text + "\n") if claim.kind == "bound"] == [], text


def _pair_in(note: str) -> tuple[list[mpmath.mpf], list[mpmath.mpf]]:
    found = re.search(r"P = \(([^)]*)\), Q = \(([^)]*)\)", note)
    assert found is not None, note
    p, q = ([_mpf(Fraction(x)) for x in group.split(", ")] for group in found.groups())
    return p, q


# H(P) = H(P,Q) + D(P||Q) (a flipped sign) after the definition, or alone; bare H defined by the sum is H(P).
_FLIPPED = [
    r"$$H = -\sum_i p_i \log p_i = H(P,Q) + D_{KL}(P\|Q)$$",
    r"$$H(P) = -\sum_x P(x) \log P(x) = H(P,Q) + D_{KL}(P \| Q)$$",
    r"$$H(P) = H(P, Q) + \mathrm{KL}(P \| Q)$$",
    r"$$D_{KL}(P\|Q) = H(P) - H(P,Q)$$",
]


@pytest.mark.parametrize("text", _FLIPPED)
def test_a_decomposition_with_one_sign_flipped_is_false_with_the_pair_in_the_note(text: str) -> None:
    claims = _claims(f"For two distributions P and Q, in nats:\n\n{text}\n")
    (wrong,) = [claim for claim in claims if claim.verdict == "false"]
    assert "sign" in wrong.note, wrong.note
    p, q = _pair_in(wrong.note)
    cross = -mpmath.fsum(a * mpmath.log(b) for a, b in zip(p, q, strict=True) if a)
    kl = mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True) if a)
    assert _entropy(p, 2) * mpmath.log(2) == pytest.approx(cross - kl)  # the identity with the other sign
    found = re.search(r"(-?[0-9.]+) against (-?[0-9.]+)", wrong.note)
    assert found is not None, wrong.note
    sides = sorted(float(x) for x in found.groups())
    if "D_{KL}(P\\|Q) = H(P)" in text:
        assert sides == pytest.approx(sorted([float(kl), float(-kl)]), abs=6e-4)
    else:
        assert sides == pytest.approx(sorted([float(cross - kl), float(cross + kl)]), abs=6e-4)
    assert all(claim.verdict != "false" for claim in claims if claim is not wrong)


@pytest.mark.parametrize(
    "text",
    [
        r"$$H = -\sum_i p_i \log p_i = H(P,Q) - D_{KL}(P\|Q)$$",
        r"$$H(P,Q) = H(P) + D_{KL}(P\|Q)$$",
        r"$$D_{KL}(P\|Q) = H(P,Q) - H(P)$$",
    ],
)
def test_the_decomposition_with_its_right_sign_holds(text: str) -> None:
    claims = _claims(f"For two distributions P and Q:\n\n{text}\n")
    assert claims and all(claim.verdict == "holds" for claim in claims), [(c.text, c.note) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        r"$$H(P,Q) = H(P)$$",  # holds when P = Q, and no term of it is written to be 0
        r"$$H = -\sum_i q_i \log p_i = H(P,Q) + D_{KL}(P\|Q)$$",  # H is not the entropy of one distribution here
    ],
)
def test_an_equation_that_fails_one_way_with_no_flipped_term_is_not_false(text: str) -> None:
    assert [claim.verdict for claim in _claims(text + "\n") if claim.verdict == "false"] == []


# A measure of a variable with itself said to be 0: I(X;X) is H(X).
@pytest.mark.parametrize(
    "text",
    [
        r"$$I(X;X) = H(X) - H(X|X) = 0$$",
        "Self-information: I(X;X) = 0",
        "$I(X;X) = H(X) + H(X) - H(X,X) = 0$",
    ],
)
def test_a_measure_of_a_variable_with_itself_said_to_be_zero_is_false(text: str) -> None:
    claims = _claims(f"Let X be a discrete random variable.\n\n{text}\n")
    (wrong,) = [claim for claim in claims if claim.verdict == "false"]
    assert "H(X) more than the right" in wrong.note and "constant X" in wrong.note, wrong.note
    assert all(claim.verdict == "holds" for claim in claims if claim is not wrong)


@pytest.mark.parametrize(
    "text",
    [
        r"$$I(X;X) = H(X) - H(X|X) = H(X)$$",
        "If X and Y are independent, $I(X;Y) = H(X) - H(X|Y) = 0$.",
        "$H(X|X) = 0$",
        "$H(X) = 0$ for a constant X.",
        "For a constant X, $I(X;X) = H(X) - H(X|X) = 0$.",
        "If X is deterministic then I(X;X) = 0.",
    ],
)
def test_a_right_value_of_a_measure_with_itself_or_a_zero_of_two_variables_is_not_false(text: str) -> None:
    assert [claim.verdict for claim in _claims(text + "\n") if claim.verdict == "false"] == []


# Variables in lower case and a bare I, as lecture notes write them; each side worked out from the note's joint.
_LOWER_WRONG = [
    (r"$I(x;y) = H(y) - H(x|y)$", lambda h: (_mi(h, "X", "Y"), 2 * h("Y") - h("XY"))),
    (r"$I = H(x,y) - H(x) - H(y)$", lambda h: (_mi(h, "X", "Y"), -_mi(h, "X", "Y"))),
    ("I(x;y) = H(x) − H(y|x)", lambda h: (_mi(h, "X", "Y"), 2 * h("X") - h("XY"))),
    (r"$H(y|x) = H(x,y) - H(y)$", lambda h: (h("XY") - h("X"), h("XY") - h("Y"))),
]


@pytest.mark.parametrize(("text", "sides"), _LOWER_WRONG)
def test_a_wrong_identity_in_lower_case_names_is_false_with_the_joint_that_refutes_it(
    text: str, sides: Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]
) -> None:
    (claim,) = _claims(f"Pour deux variables aléatoires x et y :\n\n{text}\n")
    assert (claim.kind, claim.verdict) == ("identity", "false"), claim.note
    left, right = sides(_joint_in(claim.note))
    assert abs(left - right) > 1e-3
    assert _sides_in(claim.note) == pytest.approx((float(left), float(right)), abs=6e-5)


@pytest.mark.parametrize(
    "text",
    [
        r"$I(x;y) = H(x) - H(x|y)$",
        r"$I = H(x) + H(y) - H(x,y)$",
        r"$H(x,y) = H(x) + H(y|x)$",
        r"$I(x;y) = H(y) - H(y \mid x)$",
    ],
)
def test_a_right_identity_in_lower_case_names_holds(text: str) -> None:
    (claim,) = _claims(f"두 확률변수 x, y에 대해\n\n{text}\n")
    assert claim.verdict == "holds", claim.note


@pytest.mark.parametrize(
    "text",
    [
        r"$H(x|y) \le H(x)$",  # a pointwise h(x|y) may exceed h(x): an inequality is not read in lower case
        r"$I(x;y) = H(x)$",  # only says how they depend
        r"$I = H(x) - H(z|y)$",  # three variables: the bare I is not one mutual information
        r"$I = H(X) - H(Y)$",  # no joint or conditional entropy: the page's own quantity, information lost
        r"$H(p|q) = H(p,q) - H(p)$",  # p and q are distributions
    ],
)
def test_a_lower_case_inequality_a_dependence_or_other_names_is_not_false(text: str) -> None:
    assert [claim.verdict for claim in _claims(text + "\n") if claim.verdict == "false"] == []


# The expectation of log P is +sum P log P: "E(log P) = -sum P log P" has its sign flipped.
_EXPECTATIONS = [
    ("E(log P) = -Σ P log P", "false"),
    ("The entropy is the expected surprise: E(log P) = -Σ P log P", "false"),
    ("Entropía: E(-log P) = -Σ P log P", "holds"),
    (r"$$\mathbb{E}(\log p(x)) = \sum_x p(x) \log p(x)$$", "holds"),
    (r"$$E(\ln P) = -\sum P \ln P$$", "false"),
]


@pytest.mark.parametrize(("text", "verdict"), _EXPECTATIONS)
def test_an_expectation_of_the_log_in_round_brackets_is_read_with_its_sign(text: str, verdict: str) -> None:
    (claim,) = _claims(f"Notes\n\n{text}\n", "notes.txt")
    assert claim.verdict == verdict, claim.note
    if verdict == "false":
        found = re.search(r"P = \(([^)]*)\).*?(-?[0-9.]+) against (-?[0-9.]+)", claim.note)
        assert found is not None, claim.note
        p = [_mpf(Fraction(x)) for x in found.group(1).split(", ")]
        expected = -_entropy(p, mpmath.e)  # E[log P] = -H(P), in nats where the document names no base
        assert float(found.group(2)) == pytest.approx(float(expected), abs=6e-4)
        assert float(found.group(3)) == pytest.approx(-float(expected), abs=6e-4)


@pytest.mark.parametrize("text", ["E(X) = -Σ P log P", "E(log P) is the average log-probability, Σ P log P."])
def test_an_expectation_of_something_else_is_not_read_as_the_entropy(text: str) -> None:
    assert [claim.verdict for claim in _claims(f"Notes\n\n{text}\n", "notes.txt") if claim.verdict == "false"] == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (r"$$H(Y|X) = -E[\log p(Y|X)]$$", "holds"),
        (r"$$H(Y \mid X) = -\mathbb{E}_{p(x,y)}\left[\log p(Y \mid X)\right]$$", "holds"),
        (r"$$H(Y|X) = -E[\log \frac{1}{p(Y|X)}]$$", "false"),
        (r"$$H(Y|X) = \mathbb{E}[-\log p(Y|X)]$$", "holds"),
    ],
)
def test_a_conditional_entropy_as_minus_an_expectation_is_its_definition(text: str, verdict: str) -> None:
    (claim,) = _claims(f"In the notes:\n\n{text}\n")
    assert (claim.kind, claim.verdict) == ("definition", verdict), claim.note


# The cross-entropy given the relative entropy's name, in several languages; the KL divergence's own alias holds.
_ALIASES = [
    "The cross-entropy, also called relative entropy, is $H(p,q) = -\\sum_x p(x) \\log q(x)$.",
    "Cross entropy (also known as the relative entropy) measures the cost of coding with q.",
    "Die Kreuzentropie, auch relative Entropie genannt, ist größer als die Entropie.",
    "교차 엔트로피(상대 엔트로피라고도 한다)는 다음과 같다.",
    "交叉熵又称相对熵，定义如下。",
    "交差エントロピーは相対エントロピーとも呼ばれる。",
    "교차 엔트로피는 상대 엔트로피라고도 부른다.",
    "The relative entropy, also called cross-entropy, is never negative.",
]


@pytest.mark.parametrize("text", _ALIASES)
def test_the_cross_entropy_called_the_relative_entropy_is_a_false_name(text: str) -> None:
    claims = _claims(text + "\n")
    wrong = [claim for claim in claims if claim.verdict == "false"]
    assert len(wrong) == 1 and "relative entropy is the KL divergence" in wrong[0].note, [c.note for c in claims]
    p, q = [Fraction(1, 2), Fraction(1, 2)], [Fraction(9, 10), Fraction(1, 10)]
    cross = -mpmath.fsum(_mpf(a) * mpmath.log(_mpf(b)) for a, b in zip(p, q, strict=True))
    kl = mpmath.fsum(_mpf(a) * mpmath.log(_mpf(a) / _mpf(b)) for a, b in zip(p, q, strict=True))
    assert abs(cross - kl) > 0.5  # the two names are of different numbers: here H(p,q) - D(p||q) = H(p) = ln 2


@pytest.mark.parametrize(
    "text",
    [
        "The KL divergence, also called relative entropy, is never negative.",
        "Cross-entropy is sometimes wrongly called relative entropy.",
        "Cross-entropy, not to be confused with relative entropy, is H(p) + D(p||q).",
        "The cross-entropy, also called log loss, is used for classifiers.",
    ],
)
def test_a_right_alias_or_a_mix_up_named_as_one_is_not_false(text: str) -> None:
    assert [claim.verdict for claim in _claims(text + "\n") if claim.verdict == "false"] == []


# A definition with \equiv, then lines that open with \equiv (tab-indented lecture notes): each line is an identity.
def test_each_line_that_goes_on_with_an_equiv_definition_is_judged_as_an_identity() -> None:
    text = (
        "Lecture 4\n\nI(X;Y) \\equiv H(X) - H(X|Y)\n\t\\equiv H(Y) - H(Y|X)\n\t\\equiv H(Y) - H(X|Y)\n\n"
        "$$I(X;Y|Z) \\equiv H(X|Z) - H(X|Y,Z)$$\n$$\t\\equiv H(Y|Z) - H(Y|X,Z)$$\n"
    )
    claims = _claims(text, "notes.md")
    assert [(claim.text, claim.verdict) for claim in claims] == [
        ("I(X;Y) = H(X) - H(X|Y)", "holds"),
        ("I(X;Y) = H(Y) - H(Y|X)", "holds"),
        ("I(X;Y) = H(Y) - H(X|Y)", "false"),
        ("I(X;Y|Z) = H(X|Z) - H(X|Y,Z)", "holds"),
        ("I(X;Y|Z) = H(Y|Z) - H(Y|X,Z)", "holds"),
    ]
    wrong = claims[2]
    h = _joint_in(wrong.note)
    left, right = _mi(h, "X", "Y"), 2 * h("Y") - h("XY")  # H(Y) - H(X|Y) = H(Y) - H(X,Y) + H(Y)
    assert _sides_in(wrong.note) == pytest.approx((float(left), float(right)), abs=6e-5)
    assert [claim.lines for claim in claims] == [(3,), (4,), (5,), (7,), (8,)]


def test_a_line_opening_with_equiv_after_no_definition_is_not_read() -> None:
    text = "Some words here.\n\t\\equiv H(Y) - H(X|Y)\n"
    assert [claim for claim in _claims(text, "notes.txt") if claim.verdict == "false"] == []


# Independence said before the formula in a Korean bullet, names left out.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("- 독립이면 $I(X;Y) = 0$", "holds"),
        ("- 서로 독립일 때 $H(X,Y) = H(X) + H(Y)$", "holds"),
        ("- 두 변수가 독립인 경우 $H(X|Y) = H(X)$", "holds"),
    ],
)
def test_an_unnamed_korean_independence_before_the_formula_is_its_supposition(text: str, verdict: str) -> None:
    (claim,) = _claims(text + "\n")
    assert claim.verdict == verdict, claim.note
    assert "independent" in claim.note


def test_without_the_supposition_a_zero_mutual_information_stays_unchecked() -> None:
    (claim,) = _claims("- 상호정보량: $I(X;Y) = 0$\n")
    assert claim.verdict == "unchecked"


# The entropy of a function of a variable: never more than the variable's.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("- 함수를 적용하면 엔트로피가 줄어든다: $H(f(X)) \\le H(X)$", "holds"),
        ("Processing cannot add information: $$H(g(Y)) \\leq H(Y)$$", "holds"),
        ("H(X) >= H(f(X)) for any function f.", "holds"),
        ("Une fonction augmente l'entropie : $H(f(X)) \\geq H(X)$.", "false"),
        ("$$H(X) \\le H(\\phi(X))$$", "false"),
    ],
)
def test_the_entropy_of_a_function_of_a_variable_is_at_most_its_own(text: str, verdict: str) -> None:
    (claim,) = _claims(text + "\n")
    assert (claim.kind, claim.verdict) == ("bound", verdict), claim.note
    # X uniform on {0, 1, 2, 3} and f(x) = x mod 2: H(f(X)) = 1 bit < H(X) = 2 bits; a constant f gives 0.
    h_x = _entropy([mpmath.mpf(1) / 4] * 4)
    h_f = _entropy([mpmath.mpf(1) / 2] * 2)
    assert h_f < h_x and _entropy([mpmath.mpf(1)]) == 0


@pytest.mark.parametrize(
    "text",
    [
        "For a one-to-one f, $H(f(X)) \\ge H(X)$ (indeed equal).",
        "$H(f(X)) = H(X)$",
        "$H(f(X)) \\le H(Y)$",
    ],
)
def test_a_function_bound_under_a_one_to_one_f_an_equation_or_other_variables_is_not_false(text: str) -> None:
    assert [claim.verdict for claim in _claims(text + "\n") if claim.verdict == "false"] == []
