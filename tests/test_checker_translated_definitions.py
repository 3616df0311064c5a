"""Definitions, identities and properties as translations and flattened pages write them, without clean TeX.

Each formula's right side, as written, is evaluated here with mpmath on distributions of our own and compared with
the measure its left side names: a definition is right when the two agree, wrong when they differ, and the
checker must say which. Near-misses (the divergence's letter in a text that never names it, a self-information
defined with the other sign, a sum without weights where no equiprobable case is said) must stay unread.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text

_P = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 4]
_Q = [mpmath.mpf(1) / 8, mpmath.mpf(3) / 8, mpmath.mpf(1) / 2]


def _bits(x: mpmath.mpf) -> mpmath.mpf:
    return mpmath.log(x, 2)


def _entropy(p: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(pi * _bits(pi) for pi in p)


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(pi * _bits(pi / qi) for pi, qi in zip(p, q, strict=True))


def _cross(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(pi * _bits(qi) for pi, qi in zip(p, q, strict=True))


def _claims(text: str, kind: str, name: str = "a.md") -> list[Checked]:
    return [claim for claim in check_text(text, name).claims if claim.kind == kind]


#: The divergence named K, its sum typed with the index glued on and the weight after the logarithm, in four
#: languages: the words that say it is the KL divergence, the sum as written, and whether it is right.
_GLUED = [
    ("The Kullback-Leibler divergence is K(P||Q)=∑ilog2(pi/qi)pi", "pq", True),
    ("KL散度定义为 K(P||Q)=∑ipilog2(pi/qi)。", "pq", True),
    ("La divergencia KL es K(P||Q)=∑ilog2(qi/pi)pi", "qp", False),
    ("Die relative Entropie ist K(P||Q)=∑i pi log2(qi/pi)", "qp", False),
]


@pytest.mark.parametrize(("sentence", "ratio", "right"), _GLUED)
def test_a_divergence_named_k_with_glued_indices_is_judged_by_its_ratio(sentence: str, ratio: str, right: bool) -> None:
    written = mpmath.fsum(pi * _bits(pi / qi if ratio == "pq" else qi / pi) for pi, qi in zip(_P, _Q, strict=True))
    assert (abs(written - _kl(_P, _Q)) < 1e-20) == right
    assert right or abs(written + _kl(_P, _Q)) < 1e-20  # the flipped ratio is the divergence with its sign flipped
    (claim,) = _claims(f"# KL\n\n{sentence}\n", "definition")
    assert claim.verdict == ("holds" if right else "false")
    assert claim.note.startswith("this is the definition" if right else "D_KL(P||Q) = sum p log(p/q)")


def test_the_letter_k_is_the_divergence_only_where_the_text_names_it() -> None:
    assert abs(_kl(_P, _Q) - (_cross(_P, _Q) - _entropy(_P))) < 1e-20
    text = (
        "# Relative entropy\n\nThe relative entropy of P from Q is K(P||Q)=∑ilog2(pi/qi)pi.\n\n"
        "Splitting the logarithm, K(P||Q)=H(P,Q)−H(P), so a code built for Q needs H(P)+K(P||Q) bits.\n\n"
        "Never write K(P||Q)=H(P)−H(P,Q).\n"
    )
    claims = check_text(text, "a.md").claims
    assert [(claim.kind, claim.verdict, claim.lines) for claim in claims] == [
        ("definition", "holds", (3,)),
        ("identity", "holds", (5,)),
    ]
    unnamed = "# Kernels\n\nOur kernel is K(P||Q)=∑ilog2(pi/qi)pi, and K(P||Q)=H(P,Q)−H(P).\n"
    assert check_text(unnamed, "a.md").claims == ()


@pytest.mark.parametrize(
    "defined", ["-\\log_2(p_k)", "\\log_2\\left(\\frac{1}{p_k}\\right)", "\\log_2 \\frac{1}{p_k}", "-\\log_2 p_k"]
)
def test_a_sum_over_the_self_information_defined_above_is_judged_with_it(defined: str) -> None:
    information = [-_bits(p) for p in _P]  # I(S_k) = -log2 p_k = log2(1/p_k)
    assert all(abs(i - _bits(1 / p)) < 1e-20 for p, i in zip(_P, information, strict=True))
    written = -mpmath.fsum(p * i for p, i in zip(_P, information, strict=True))  # -sum p_k I(S_k)
    assert written < 0 < _entropy(_P) and abs(written + _entropy(_P)) < 1e-20
    text = (
        f"# Source\n\nThe information of symbol $S_k$ is $I(S_k) = {defined}$.\n\n"
        "The entropy is its mean:\n\n$H(S) = E[I(S_k)] = -\\sum_k p_k I(S_k)$\n\n$= \\sum_k p_k \\log_2 p_k$\n"
    )
    claims = _claims(text, "definition")
    assert [(claim.lines, claim.verdict) for claim in claims] == [((7,), "false"), ((9,), "false")]
    assert all("the sign is flipped" in claim.note for claim in claims)
    right = text.replace("= -\\sum_k p_k I(S_k)$", "= \\sum_k p_k I(S_k)$").replace(
        "$= \\sum_k p_k \\log_2 p_k$", "$= -\\sum_k p_k \\log_2 p_k$"
    )
    assert [claim.verdict for claim in _claims(right, "definition")] == ["holds", "holds"]


def test_a_self_information_defined_with_the_other_sign_leaves_the_sum_unread() -> None:
    # I(s) = log2 p (a surprisal's negative): -sum p I(s) is then the entropy, and no reading may call it wrong
    assert abs(-mpmath.fsum(p * _bits(p) for p in _P) - _entropy(_P)) < 1e-20
    text = "# Source\n\nLet $I(s) = \\log_2 p$ here.\n\n$H(S) = -\\sum_k p_k I(s_k)$\n"
    assert [claim.verdict for claim in check_text(text, "a.md").claims if claim.verdict == "false"] == []


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("For equiprobable symbols,", "a.md"),
        ("Pour des symboles équiprobables, on a", "b.md"),
        ("Per simboli equiprobabili:", "c.md"),
        ("Si los símbolos son equiprobables,", "d.md"),
    ],
)
def test_an_entropy_without_its_weights_is_wrong_for_equiprobable_symbols(lead: str, name: str) -> None:
    n, constant = 8, mpmath.mpf(3)
    written = -constant * mpmath.fsum(_bits(mpmath.mpf(1) / n) for _ in range(n))  # -K sum log p, p = 1/n
    entropy = -constant * mpmath.fsum(_bits(mpmath.mpf(1) / n) / n for _ in range(n))  # -K sum p log p
    assert written == n * entropy and abs(entropy - constant * 3) < 1e-20
    text = (
        "# Shannon\n\n$H = -K \\sum_{i=1}^{n} p(x_i) \\log p(x_i)$, K a positive constant.\n\n"
        f"{lead} $H = -K \\sum_{{i=1}}^{{n}} \\log p(x_i)$.\n"
    )
    claims = _claims(text, "definition", name)
    assert [(claim.lines, claim.verdict) for claim in claims] == [((3,), "holds"), ((5,), "false")]
    assert "n K log n" in claims[1].note


def test_a_sum_without_weights_where_no_case_is_said_is_not_read() -> None:
    text = "# Messages\n\nThe information of the whole message is $H = -\\sum_{i=1}^{N} \\log p(x_i)$.\n"
    assert _claims(text, "definition") == []


def test_a_capital_sigma_and_commands_split_by_a_translation_read_as_the_sum() -> None:
    counts, total = [3, 1, 4], 8
    frequencies = [mpmath.mpf(c) / total for c in counts]
    written = -mpmath.fsum(f * _bits(f) for f in frequencies)
    assert abs(written - _entropy(frequencies)) < 1e-20
    text = (
        "# Entropia\n\n"
        "A entropia é $H = - \\ sum_ {i = 1} ^ n \\ frac {count_i} {N} \\ log_2 \\ frac {count_i} {N}$.\n\n"
        "La entropía es $$H = - \\Sigma f_i \\log_2 (f_i)$$\n\n"
        "Con el signo cambiado, $H(X) = \\ sum_ {i = 1} ^ n \\ frac {count_i} {N} \\ log_2 \\ frac {count_i} {N}$.\n"
    )
    claims = _claims(text, "definition")
    assert [(claim.lines, claim.verdict) for claim in claims] == [((3,), "holds"), ((5,), "holds"), ((7,), "false")]
    assert claims[0].text.startswith("H = -")


def test_a_covariance_sigma_is_not_read_as_a_sum() -> None:
    text = "# Gauss\n\n$$D(P\\|Q) = \\frac12 \\left(\\Sigma_1 p + \\log \\frac{p}{q}\\right)$$\n"
    assert _claims(text, "definition") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "L'entropia è massima quando i simboli sono equiprobabili.",
        "La entropía es máxima cuando los símbolos son equiprobables.",
        "L'entropie est maximale lorsque les symboles sont équiprobables.",
        "Die Entropie ist maximal, wenn die Symbole gleichwahrscheinlich sind.",
    ],
)
def test_the_entropy_is_largest_for_equiprobable_symbols_in_four_languages(sentence: str) -> None:
    uniform = [mpmath.mpf(1) / 3] * 3
    assert _entropy(uniform) > _entropy(_P) and abs(_entropy(uniform) - _bits(3)) < 1e-20
    (claim,) = _claims(f"# H\n\n{sentence}\n", "bound")
    assert claim.verdict == "holds" and "log n" in claim.note


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("I(x,y) = 0 si y sólo si x e y son independientes.", True),
        ("A informação mútua é $I(X;Y) = 0$ se e somente se X e Y são independentes.", True),
        ("Es gilt $I(X;Y) = 0$ genau dann, wenn X und Y unabhängig sind.", True),
        ("I(x,y) = 0 si y sólo si x e z son independientes.", False),
    ],
)
def test_information_is_zero_exactly_for_independent_variables_in_other_languages(sentence: str, read: bool) -> None:
    joint = [[mpmath.mpf(a * b) / 36 for b in (1, 2, 3)] for a in (1, 2, 3)]  # p(x) p(y), x and y independent
    rows = [mpmath.fsum(row) for row in joint]
    columns = [mpmath.fsum(row[j] for row in joint) for j in range(3)]
    information = mpmath.fsum(
        joint[i][j] * _bits(joint[i][j] / (rows[i] * columns[j])) for i in range(3) for j in range(3)
    )
    assert abs(information) < 1e-20
    claims = _claims(f"# I\n\n{sentence}\n", "bound")
    assert [claim.verdict for claim in claims] == (["holds"] if read else [])
    assert not read or "independent" in claims[0].note


def test_a_quoted_property_holds_when_true_and_is_unchecked_when_false() -> None:
    text = (
        '# KL\n\nAs Cover and Thomas say, "KL divergence is not symmetric and does not satisfy the triangle '
        'inequality".\n\nAs the old notes said, "KL divergence is symmetric".\n'
    )
    claims = check_text(text, "a.md").claims
    assert [(claim.kind, claim.verdict, claim.lines) for claim in claims] == [
        ("symmetry", "holds", (3,)),
        ("metric", "holds", (3,)),
        ("symmetry", "unchecked", (5,)),
    ]
    assert "quotation" in claims[2].note
