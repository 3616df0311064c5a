"""Definitions and properties as people type them outside LaTeX, in several languages.

Each definition's truth is worked out here independently: a typed formula is evaluated on a small
distribution of our own with mpmath and compared with the measure it names.
"""

from __future__ import annotations

from collections.abc import Callable

import mpmath
import pytest

from kldocs.checker import Checked, check_text

_P = [mpmath.mpf(1) / 5, mpmath.mpf(1) / 2, mpmath.mpf(3) / 10]
_Q = [mpmath.mpf(1) / 4, mpmath.mpf(1) / 4, mpmath.mpf(1) / 2]
_COIN = [_P[0], 1 - _P[0]]  # q = 1/5 in the formulas of two outcomes


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))


def _cross(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(a * mpmath.log(b) for a, b in zip(p, q, strict=True))


def _definitions(text: str, name: str = "a.txt") -> list[Checked]:
    return [item for item in check_text(text, name).claims if item.kind == "definition" and "=" in item.text]


# Each typed formula, the value its right side gives for P = (1/5, 1/2, 3/10), Q = (1/4, 1/4, 1/2), and the
# measure its left side names.
_TYPED = [
    ("KL(P || Q) = Σ(P(x) * log(P(x) / Q(x)))", lambda: _kl(_P, _Q), lambda: _kl(_P, _Q)),
    ("KL(P || Q) = Σ(P(x) * log(Q(x) / P(x)))", lambda: -_kl(_P, _Q), lambda: _kl(_P, _Q)),
    ("H(p,q)=−∑∀xp(x)log(q(x))", lambda: _cross(_P, _Q), lambda: _cross(_P, _Q)),
    ("H(p,q)=∑∀xp(x)log(q(x))", lambda: -_cross(_P, _Q), lambda: _cross(_P, _Q)),
    ("H = -Sum(pi * log2(pi))", lambda: _cross(_P, _P), lambda: _cross(_P, _P)),
    ("H = ∑[ Pn × Log(1/Pn) ]", lambda: _cross(_P, _P), lambda: _cross(_P, _P)),
    ("L = - Σᵢ yᵢ * log₂(pᵢ)", lambda: _cross(_P, _Q), lambda: _cross(_P, _Q)),
    ("H(X) = -q log q - (1-q) log(1-q)", lambda: _cross(_COIN, _COIN), lambda: _cross(_COIN, _COIN)),
    ("H(q) = q log q + (1-q) log(1-q)", lambda: -_cross(_COIN, _COIN), lambda: _cross(_COIN, _COIN)),
    ("H_b(q) = q log(1/q) + (1-q) log(1/(1-q))", lambda: _cross(_COIN, _COIN), lambda: _cross(_COIN, _COIN)),
]


@pytest.mark.parametrize(("line", "right_side", "named"), _TYPED)
def test_a_definition_typed_in_unicode_or_ascii_is_judged_by_its_sign(
    line: str, right_side: Callable[[], mpmath.mpf], named: Callable[[], mpmath.mpf]
) -> None:
    expected = "holds" if mpmath.almosteq(right_side(), named()) else "false"
    (claim,) = _definitions(f"The formula reads\n\n{line}\n\nwith the sum over the outcomes.\n")
    assert claim.verdict == expected


def test_a_loss_with_its_sign_flipped_may_be_a_log_likelihood_and_is_not_read() -> None:
    assert _definitions("The loss is\n\nL = Σᵢ yᵢ * log(pᵢ)\n") == []


def test_a_definition_in_a_code_span_is_read_like_prose_and_code_is_not() -> None:
    text = "Cross-entropy is\n\n``  H(p,q)=−∑∀xp(x)log(q(x))``\n\nand in code `kl = np.sum(p * np.log(p / q))`.\n"
    (claim,) = _definitions(text)
    assert (claim.verdict, claim.lines, "§" in claim.text) == ("holds", (3,), False)


def _properties(text: str, name: str = "a.md") -> list[tuple[int, str, str]]:
    return [
        (claim.lines[0], claim.kind, claim.verdict)
        for claim in check_text(text, name).claims
        if claim.kind in ("bound", "symmetry", "identity", "metric", "definition")
    ]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Maximum entropy occurs when all outcomes are equally likely.", "holds"),
        ("**Maximum entropy distribution**: Uniform distribution over the four faces.", "holds"),
        ("The uniform distribution maximises the entropy among all distributions on three letters.", "holds"),
        ("Roughly, the more uniform the distribution, the higher the entropy.", "holds"),
        ("Entropy reaches its maximum for a uniform distribution.", "holds"),
        ("Entropy is lowest when all outcomes are equally likely.", "false"),
        ("각 결과의 확률이 모두 같을 때 엔트로피는 가장 크다.", "holds"),
        ("Plus la distribution des symboles est équilibrée, plus l'entropie est élevée.", "holds"),
        ("Cuanto más uniforme sea la distribución, mayor será la entropía.", "holds"),
        ("Je gleichmäßiger die Verteilung, desto größer die Entropie.", "holds"),
        ("分布越均匀，熵就越大。", "holds"),
        ("当所有结果的概率都相等时，熵最大。", "holds"),
        ("すべての目の確率が等しいとき、エントロピーは最大になる。", "holds"),
        ("当且仅当 A=B 时，KL 散度等于 0。", "holds"),
        ("**Not equal at all!** Kullback-Leibler divergence is asymmetric.", "holds"),
        ("Relative entropy is an asymmetric measure of difference.", "holds"),
        ("JS divergence is a symmetric measure of difference.", "holds"),
    ],
)
def test_a_property_stated_in_words_is_judged_in_general(sentence: str, verdict: str) -> None:
    (claim,) = _properties(f"# Notes\n\n{sentence}\n")
    assert claim[2] == verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Is entropy highest when all outcomes are equally likely?",
        "It is a myth that entropy is lowest for the uniform distribution.",
        "확률이 모두 같을 때 엔트로피는 최대가 아니다.",
        "分布越均匀，熵就越大吗？",
        "如果当且仅当 A=B 时，KL 散度等于 0，那么……",
    ],
)
def test_a_property_asked_denied_or_supposed_is_not_read(sentence: str) -> None:
    assert _properties(f"# Notes\n\n{sentence}\n") == []


def test_a_condition_word_inside_the_property_is_no_supposition() -> None:
    (claim,) = _properties("# メモ\n\n一様分布の場合、エントロピーは最大になる。\n")
    assert claim[2] == "holds"


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("$D_{KL}(A \\| B) = 0$ **if and only if** $A = B$.", "holds"),
        ("JSD(A||B) = 0 iff A = B.", "holds"),
        (
            "The divergence weighs each log-ratio by the first distribution, and is zero only when the two match.",
            "holds",
        ),
        ("Clearly $H(X) = 0$ if and only if $p_i = 1$ for some $i$.", "holds"),
        ("With $k$ outcomes, $H_{max} = \\log_2 (K)$ bits.", "holds"),
        ("JSD(A||B) in [0, 1] in bits.", "holds"),
        ("$JSD \\in [0, \\ln 2]$ here.", "holds"),
        ("$D_{KL}(A \\| B) \\in [0, \\infty)$ always.", "holds"),
        ("$D_{KL}(A \\| B) \\in [0, 1]$ always.", "false"),
        ("KL散度 = 交叉熵 - 熵", "holds"),
        ("Cross-entropy = Entropy + KL divergence", "holds"),
        ("Entropy = Cross-entropy + KL divergence", "false"),
        ("相对熵 = 熵 - 交叉熵", "false"),
    ],
)
def test_a_property_written_with_a_formula_or_with_names_is_judged_in_general(line: str, verdict: str) -> None:
    (claim,) = [item for item in _properties(f"# Notes\n\n{line}\n") if item[1] != "expression"]
    assert claim[2] == verdict


@pytest.mark.parametrize(
    "line",
    [
        "Is $D_{KL}(A \\| B) = 0$ if and only if $A = B$?",
        "$D_{KL}(A \\| B) = 0$ if and only if $A = C$.",
        "Loss = cross-entropy + KL divergence",
        "H(A) = 0.5 - 0.25",
        "The divergence is not zero only when the two match.",
    ],
)
def test_a_formula_property_asked_or_about_other_things_is_not_read(line: str) -> None:
    assert [item for item in _properties(f"# Notes\n\n{line}\n") if item[1] != "expression"] == []


def test_the_identity_in_names_is_true_of_any_distributions() -> None:
    """H(P,Q) = H(P) + D(P||Q) on our P and Q, computed here."""
    entropy = _cross(_P, _P)
    assert mpmath.almosteq(_cross(_P, _Q), entropy + _kl(_P, _Q))
    assert not mpmath.almosteq(entropy, _cross(_P, _Q) + _kl(_P, _Q))


def test_a_mixture_defined_by_itself_under_the_jsd_is_false_and_elsewhere_not_read() -> None:
    """M = (A+M)/2 gives M = A, not the average of A and B."""
    text = "The Jensen-Shannon divergence averages two KL divergences to M,\n\nwhere M = (A+M)/2\n"
    (claim,) = check_text(text, "a.txt").claims
    assert (claim.kind, claim.verdict) == ("jsd_definition", "false")
    assert check_text("A running average\n\nwhere M = (A+M)/2\n", "a.txt").claims == ()


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("La divergenza $D_{\\text{KL}}(A \\parallel B)$ è sempre maggiore o uguale a zero.", "holds"),
        ("The KL divergence $D_{KL}(A \\| B)$ is not symmetric.", "holds"),
        ("$D_{KL}(A \\| B)$ is symmetric.", "false"),
        ("L'entropia incrociata $H(A, B)$ è sempre non negativa.", "holds"),
    ],
)
def test_a_property_of_a_measure_written_as_its_symbol_is_read(sentence: str, verdict: str) -> None:
    (claim,) = _properties(f"# Notes\n\n{sentence}\n")
    assert claim[2] == verdict


def test_a_question_about_a_symbol_states_nothing() -> None:
    assert _properties("# Notes\n\nIs $D_{KL}(A \\| B)$ symmetric?\n") == []


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("当Pi=qi时，得到的交叉熵最小。", "holds"),
        ("The cross-entropy is smallest when q = p.", "holds"),
        ("The cross-entropy is largest when q = p.", "false"),
    ],
)
def test_the_cross_entropy_smallest_when_the_model_is_the_truth(sentence: str, verdict: str) -> None:
    """H(P, Q) over Q is smallest at Q = P: here for our P against Q and against P itself."""
    assert _cross(_P, _P) < _cross(_P, _Q)
    (claim,) = _properties(f"# Notes\n\n{sentence}\n")
    assert claim[2] == verdict


def test_a_long_line_shows_the_sentence_that_holds_the_definition() -> None:
    line = "Some words first. " * 10 + "Then H(P) = -Σ pᵢ log₂(pᵢ), the entropy. More words follow after it here."
    (claim,) = _definitions(f"Notes\n\n{line}\n")
    assert claim.text == "Then H(P) = -Σ pᵢ log₂(pᵢ), the entropy."


def _jsd(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    m = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    return (_kl(p, m) + _kl(q, m)) / 2


@pytest.mark.parametrize(
    ("formula", "right"),
    [
        (r"JS(P,Q) = \frac{1}{2}KL(P,M) + \frac{1}{2}KL(P,M)", lambda m: _kl(_P, m)),  # Q's term lost
        (r"JSD(P \| Q) = \frac{1}{2} D(P \| M) + \frac{1}{2} D(Q \| M)", lambda m: (_kl(_P, m) + _kl(_Q, m)) / 2),
    ],
)
def test_a_measure_defined_by_other_measures_is_judged_for_every_pair(
    formula: str, right: Callable[[list[mpmath.mpf]], mpmath.mpf]
) -> None:
    mixture = [(a + b) / 2 for a, b in zip(_P, _Q, strict=True)]
    holds = abs(right(mixture) - _jsd(_P, _Q)) < mpmath.mpf(10) ** -30
    text = f"The Jensen-Shannon divergence, with $M = (P+Q)/2$, is defined by\n\n$${formula}$$\n"
    (claim,) = [c for c in check_text(text, "a.md").claims if "M)" in c.text]
    assert claim.verdict == ("holds" if holds else "false"), claim
