"""Properties and definitions said in words or in looser notation: the mutual information as a reduction in
uncertainty, the conditional entropy against the entropy, a KL divergence as an expectation, subjects left out.

Where a verdict rests on a fact about Shannon's measures, the fact is worked out here on a joint table of our own
with mpmath, independently of the checker.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text

#: Two joint tables of our own, rows x, columns y: one with dependence, one a product of its marginals.
_DEPENDENT = [[mpmath.mpf(3) / 8, mpmath.mpf(1) / 8], [mpmath.mpf(1) / 16, mpmath.mpf(7) / 16]]
_INDEPENDENT = [[mpmath.mpf(1) / 6, mpmath.mpf(1) / 3], [mpmath.mpf(1) / 6, mpmath.mpf(1) / 3]]


def _h(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w > 0)


def _measures(joint: list[list[mpmath.mpf]]) -> tuple[mpmath.mpf, mpmath.mpf, mpmath.mpf]:
    """H(X), H(X|Y) and I(X;Y) from the joint table, I as the KL divergence of the joint from the product."""
    px = [mpmath.fsum(row) for row in joint]
    py = [mpmath.fsum(column) for column in zip(*joint, strict=True)]
    h_x_given_y = _h([cell for row in joint for cell in row]) - _h(py)
    mutual = mpmath.fsum(
        joint[i][j] * mpmath.log(joint[i][j] / (px[i] * py[j]), 2)
        for i in range(len(px))
        for j in range(len(py))
        if joint[i][j] > 0
    )
    return _h(px), h_x_given_y, mutual


def _properties(text: str, name: str = "a.md") -> list[tuple[int, str, str]]:
    return [
        (item.lines[0], item.kind, item.verdict)
        for item in check_text(text, name).claims
        if item.kind in ("definition", "bound", "metric", "identity", "jsd_definition", "symmetry")
    ]


def _claims(text: str, name: str = "a.md") -> list[Checked]:
    return list(check_text(text, name).claims)


def test_the_facts_the_verdicts_rest_on() -> None:
    h_x, h_x_given_y, mutual = _measures(_DEPENDENT)
    assert mpmath.almosteq(mutual, h_x - h_x_given_y, 1e-12, 1e-12)  # the reduction in uncertainty
    assert h_x_given_y > 2 * mutual  # what remains is another, larger number here
    h_x, h_x_given_y, mutual = _measures(_INDEPENDENT)
    assert mpmath.almosteq(h_x_given_y, h_x, 1e-12, 1e-12) and mpmath.almosteq(mutual, 0, 1e-12, 1e-12)  # not lower


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Mutual information is the reduction in uncertainty about X that comes from learning Y.", "holds"),
        ("L'informazione mutua è la riduzione dell'incertezza su X dovuta alla conoscenza di Y.", "holds"),
        ("La información mutua es la reducción de la incertidumbre sobre X al conocer Y.", "holds"),
        ("A informação mútua é a redução da incerteza sobre X quando se observa Y.", "holds"),
        ("互信息表示得知Y以后X的不确定性的减少量。", "holds"),
        ("The mutual information gives the uncertainty that remains about X once Y is seen.", "false"),
        ("L'informazione mutua tra A e B ci dice l'incertezza che ci rimane su A, dopo aver letto B.", "false"),
        ("La información mutua mide la incertidumbre que queda sobre X tras observar Y.", "false"),
        ("A informação mútua é a incerteza que resta sobre X depois de ver Y.", "false"),
        ("互信息是观察到Y以后X剩余的不确定性。", "false"),
    ],
)
def test_the_mutual_information_as_the_uncertainty_removed_not_the_uncertainty_left(
    sentence: str, verdict: str
) -> None:
    assert _properties(sentence + "\n") == [(1, "definition", verdict)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Is mutual information the uncertainty that remains about X?",
        "Mutual information is the entropy of X minus the uncertainty that remains after Y.",
        "If mutual information were the uncertainty that remains, it would grow with noise.",
        "A common mistake: mutual information is the uncertainty that remains about X.",
        "Questo mi dice l'incertezza che mi rimane su X, cioè l'entropia condizionata.",
        "La información mutua no es la incertidumbre que queda sobre X.",
        "Here I(X;Y) = H(X) - H(X|Y), where H(X|Y) is the uncertainty that remains about X.",
    ],
)
def test_questions_differences_mistakes_and_denials_about_it_are_not_read(sentence: str) -> None:
    assert [kind for _, kind, _ in _properties(sentence + "\n") if kind != "identity"] == []  # its formula aside


def test_it_after_a_sentence_about_the_mutual_information_stands_for_it() -> None:
    text = (
        "Mutual information is how much one variable tells about another. In other words, it is the reduction in "
        "the uncertainty of one of them once the other is known. It can be written as the KL divergence between the "
        "joint distribution $p(a,b)$ and the product of the marginals $p(a)p(b)$.\n"
    )
    assert _properties(text) == [(1, "definition", "holds"), (1, "definition", "holds")]
    assert _properties("The entropy of a die is log 6. It is the reduction in uncertainty a throw brings.\n") == []
    text = "Mutual information compares H(X) with H(X|Y). It is the uncertainty that remains.\n"
    assert _properties(text) == []


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("条件熵一定小于无条件熵", "false"),
        ("The conditional entropy is always less than the entropy.", "false"),
        ("L'entropia condizionata è sempre minore dell'entropia.", "false"),
        ("La entropía condicional es siempre menor que la entropía.", "false"),
        ("条件熵不大于无条件熵。", "holds"),
        ("The conditional entropy is never greater than the entropy.", "holds"),
        ("L'entropia condizionata è minore o uguale all'entropia.", "holds"),
        ("A entropia condicional é sempre menor ou igual à entropia.", "holds"),
    ],
)
def test_conditioning_never_raises_the_entropy_but_need_not_lower_it(sentence: str, verdict: str) -> None:
    assert _properties(sentence + "\n") == [(1, "bound", verdict)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The conditional entropy is less than the entropy when the variables are dependent.",
        "如果X与Y不独立，条件熵一定小于无条件熵。",
        "无条件熵一定小于等于联合熵。",
        "In this example the conditional entropy is less than the entropy.",
    ],
)
def test_a_strict_bound_under_its_condition_is_not_read(sentence: str) -> None:
    assert _properties(sentence + "\n") == []


def test_the_mutual_information_is_concave_in_the_input_and_not_in_the_channel() -> None:
    """Concave in the channel is false (tests/test_checker_concavity_words.py works out why)."""
    assert _properties("互信息 I(X;Y) 是关于 $p(x)$ 的上凸函数。\n") == [(1, "bound", "holds")]
    assert _properties("Mutual information is a concave function of the input distribution.\n") == [
        (1, "bound", "holds")
    ]
    assert _properties("Mutual information is a concave function of $p(y|x)$.\n") == [(1, "bound", "false")]


def test_a_kl_divergence_is_an_expectation_under_its_first_distribution() -> None:
    text = (
        "- The divergence $D_{KL}(f \\| g)$ is an expectation under $f$, so we sample $f$.\n"
        "- The divergence $D_{KL}(g \\| f)$ is an expectation under $f$, so we sample $f$.\n"
        "- $D_{KL}(f \\| g)$ is an expectation under $g$ of a weighted log ratio.\n"
    )
    assert _properties(text) == [(1, "definition", "holds"), (2, "definition", "false")]


def test_kl_as_cross_entropy_minus_entropy_written_with_an_equals_sign() -> None:
    assert _properties("See the summary (KL = cross-entropy minus entropy).\n") == [(1, "identity", "holds")]
    assert _properties("Remember: KL = entropy minus cross-entropy.\n") == [(1, "identity", "false")]


def test_both_after_two_kl_divergences_are_the_two() -> None:
    text = (
        "The two KL divergences:\n\n$$D_{KL}(f \\| g) = \\int f \\log(f/g)\\,dx$$\n\n"
        "$$D_{KL}(g \\| f) = \\int g \\log(g/f)\\,dx$$\n\nBoth are non-negative, whatever f and g are.\n"
    )
    assert (7, "bound", "holds") in _properties(text)
    assert _properties("The KL divergence compares f with g.\n\nBoth are non-negative.\n") == []


def test_a_sentence_with_no_subject_after_a_spanish_or_italian_one_says_it_of_the_same_measure() -> None:
    text = (
        "La divergencia de Jensen-Shannon compara dos distribuciones. Es el promedio de la divergencia de KL "
        "cuando se intercambian sus argumentos.\n"
    )
    assert _properties(text) == [(1, "jsd_definition", "false")]
    assert _properties("La divergenza di KL confronta due leggi. È sempre non negativa.\n") == [(1, "bound", "holds")]


def test_the_kullback_leibler_distance_named_so_in_italian_spanish_or_portuguese() -> None:
    assert _properties("La distanza di Kullback-Leibler non è una metrica.\n") == [(1, "metric", "holds")]
    assert _properties("La distancia de KL es simétrica.\n") == [(1, "symmetry", "false")]


def test_a_joint_entropy_written_with_the_random_variables_for_their_values() -> None:
    text = "- $H(A,B) = \\sum_A P(A,B) \\log_2(P(A,B))$\n- $H(A,B) = -\\sum_A \\sum_B P(A,B) \\log_2 P(A,B)$\n"
    assert _properties(text) == [(1, "definition", "false"), (2, "definition", "holds")]


def test_an_equation_that_follows_from_the_one_supposed_just_before_it_holds() -> None:
    # I(X;Y) = H(X) - H(X|Y) on the independent table: supposing H(X|Y) = H(X) gives I(X;Y) = 0.
    h_a, h_a_given_b, mutual = _measures(_INDEPENDENT)
    assert mpmath.almosteq(mutual, h_a - h_a_given_b, 1e-12, 1e-12)
    text = (
        "When $Y$ fixes $X$, then $H(X|Y) = 0$, so $I(X;Y) = H(X)$.\n\n"
        "When $Y$ is no help, then $H(X|Y) = H(X)$, so $I(X;Y) = 0$.\n\n"
        "When $Y$ fixes $X$, then $H(X|Y) = 0$, so $I(X;Y) = 0$.\n"
    )
    verdicts = [(item.text, item.verdict) for item in _claims(text) if item.text.startswith("I(")]
    assert verdicts == [("I(X;Y) = H(X)", "holds"), ("I(X;Y) = 0", "holds"), ("I(X;Y) = 0", "unchecked")]
    assert [item.verdict for item in _claims("So $H(X|Y) = 0$, so $I(X;Y) = H(X)$.\n") if item.text[0] == "I"] == [
        "unchecked"
    ]


def test_gibbs_inequality_written_with_sums_and_the_same_with_a_sign_lost() -> None:
    p, q = [mpmath.mpf(1) / 4, mpmath.mpf(3) / 4], [mpmath.mpf(1) / 2, mpmath.mpf(1) / 2]
    entropy = -mpmath.fsum(a * mpmath.log(a) for a in p)
    cross = -mpmath.fsum(a * mpmath.log(b) for a, b in zip(p, q, strict=True))
    assert entropy <= cross and entropy > -cross  # Gibbs' inequality holds; with the sign lost it fails
    text = (
        "By Gibbs' inequality:\n\n"
        "$$-\\sum_{i=1}^n p_i \\log p_i \\le -\\sum_{i=1}^n p_i \\log q_i$$\n\n"
        "and a slip:\n\n"
        "$$H(p) = -\\sum_{i=1}^n p_i \\log p_i \\le \\sum_{i=1}^n p_i \\log q_i$$\n"
    )
    assert [(line, verdict) for line, kind, verdict in _properties(text) if kind == "bound"] == [
        (3, "holds"),
        (7, "false"),
    ]
    assert [kind for _, kind, _ in _properties("If $q = p$, then $$H(p) \\le \\sum_i p_i \\log q_i$$\n")] == []
