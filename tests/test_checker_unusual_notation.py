"""``kldocs check`` on definitions in less usual notation: a joint with two indices (``p_{ij}``), the entropy of one
conditioning value with indexed values, sums typed as words in a fence without a language, bold vectors, the
entropy of two outcomes with its terms the other way round (``\\mu``, ``\\theta``, ``\\phi(p, 1-p)``) and a normal's
entropy under a bare ``H``.

Whether each written form is right is worked out here with mpmath on distributions of our own: the right side
as written is evaluated and compared with the measure its left side names.
"""

from __future__ import annotations

from collections.abc import Callable

import mpmath
import pytest

from kldocs.checker import Checked, check_text

#: p_{ij} for i in 0..1 (rows) and j in 0..2 (columns).
_P = [[mpmath.mpf(n) / 20 for n in row] for row in ((3, 5, 2), (1, 4, 5))]
_CELLS = [(i, j) for i in range(2) for j in range(3)]


def _joint_entropy(base: mpmath.mpf) -> mpmath.mpf:
    """H(X,Y) from the chain rule: H(X) + sum_i p(x_i) H(Y|X=x_i), in ``base``."""
    rows = [mpmath.fsum(row) for row in _P]
    marginal = -mpmath.fsum(p * mpmath.log(p, base) for p in rows)
    given = mpmath.fsum(
        rows[i] * -mpmath.fsum((p / rows[i]) * mpmath.log(p / rows[i], base) for p in _P[i]) for i in range(2)
    )
    return marginal + given


def _double_sum(term: Callable[[mpmath.mpf], mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(term(_P[i][j]) for i, j in _CELLS)


# Each definition, the sign of its right side as written against sum p log(1/p), and its verdict.
_JOINT = [
    ("$$H(X,Y)=\\sum_{i,j}p_{ij}\\log_2\\frac{1}{p_{ij}}$$", 1, "holds"),
    ("$$H(X,Y)=-\\sum_{i}\\sum_{j}p_{i,j}\\ln p_{i,j}$$", 1, "holds"),
    ("$$H(X,Y)=\\sum_{i,j}p_{ij}\\log_2 p_{ij}$$", -1, "false"),
    ("```\nH(X,Y) = -sum sum p(x,y) * log(p(x,y))\n```", 1, "holds"),
    ("```\nH(X,Y) = sum sum p(x,y) * log2(p(x,y))\n```", -1, "false"),
]


@pytest.mark.parametrize(("text", "sign", "verdict"), _JOINT)
def test_a_joint_entropy_with_two_indices_or_typed_sums_is_judged_by_its_shape(
    text: str, sign: int, verdict: str
) -> None:
    base = mpmath.mpf(2) if "log2" in text or "log_2" in text else mpmath.e
    written = sign * _double_sum(lambda p: p * mpmath.log(1 / p, base))
    assert (abs(written - _joint_entropy(base)) < 1e-12) == (verdict == "holds")
    page = f"두 확률변수의 결합 엔트로피 (joint entropy):\n\n{text}\n"
    assert [(claim.lines, claim.verdict) for claim in _definitions(page)] == [((3,) if "$$" in text else (4,), verdict)]


def test_the_entropy_of_one_conditioning_value_with_indexed_values() -> None:
    row = [p / mpmath.fsum(_P[0]) for p in _P[0]]  # p(y_j | x_0)
    given = -mpmath.fsum(p * mpmath.log(p) for p in row)
    flipped = mpmath.fsum(p * mpmath.log(p) for p in row)
    assert given > 0 and abs(flipped + given) < 1e-12
    page = (
        "Die bedingte Entropie für einen festen Wert $x_i$:\n\n"
        "$$H(Y|X=x_i) = -\\sum_j p(y_j|x_i)\\log p(y_j|x_i)$$\n\n"
        "$$H(Y|X=x_i) = \\sum_j p(y_j|x_i)\\log p(y_j|x_i)$$\n"
    )
    assert [(claim.lines, claim.verdict) for claim in _definitions(page)] == [((3,), "holds"), ((5,), "false")]


def test_a_cross_entropy_of_densities_of_bold_vectors() -> None:
    page = (
        "L'entropie croisée de deux densités sur des vecteurs :\n\n"
        "$$H(p,q) = -\\mathbb{E}_{p(\\mathbf{x})}[\\log q(\\mathbf{x})]$$\n\n"
        "$$H(p,q) = -\\int p(\\mathbf x)\\log q(\\mathbf x)\\,d\\mathbf x$$\n\n"
        "$$H(p,q) = -\\int q(\\boldsymbol{x})\\log p(\\boldsymbol{x})\\,d\\boldsymbol{x}$$\n"
    )
    assert [(claim.lines, claim.verdict) for claim in _definitions(page)] == [
        ((3,), "holds"),
        ((5,), "holds"),
        ((7,), "false"),
    ]


def test_a_definition_whose_left_side_is_on_the_line_above() -> None:
    p, q = [mpmath.mpf(n) / 10 for n in (2, 5, 3)], [mpmath.mpf(n) / 10 for n in (4, 4, 2)]
    cross = -mpmath.fsum(a * mpmath.log(b, 2) for a, b in zip(p, q, strict=True))
    swapped = -mpmath.fsum(b * mpmath.log(a, 2) for a, b in zip(p, q, strict=True))
    assert abs(cross - swapped) > 0.01  # weighted by q the sum is another quantity
    page = (
        "La entropía cruzada:\n\n$$H(p,q)$$\n$$= -\\sum_x p(x)\\log_2 q(x)$$\n\n"
        "Y con los pesos de $q$:\n\n$$H(p,q)$$\n$$= -\\sum_x q(x)\\log_2 p(x)$$\n\n"
        "La divergencia:\n\n$D_{KL}(p||q)$\n$= \\sum_x p(x)\\log\\frac{p(x)}{q(x)}$\n"
    )
    assert [(claim.lines, claim.verdict) for claim in _definitions(page)] == [
        ((4,), "holds"),
        ((9,), "false"),
        ((14,), "holds"),
    ]


_DOCSTRING = '''import numpy as np


def dkl(p, q):
    """Kullback-Leibler divergence{roles}.

    Dkl(p||q) = sum(q(xi)*ln(q(xi)/p(xi)))
    """
    return np.sum(q * np.log(q / p))
'''


@pytest.mark.parametrize(
    ("roles", "verdicts"),
    [
        ("", ["false"]),  # weighted by q: D_KL(q||p), the other direction
        (", where p is the approximation and q the true distribution", []),  # right by the document's convention
        (" (p 是近似分布，q 是真实分布)", []),
        (", p the true distribution and q the model", ["false"]),  # the usual roles: the direction is wrong
    ],
)
def test_a_reversed_kl_in_a_docstring_unless_the_roles_are_named_the_other_way(roles: str, verdicts: list[str]) -> None:
    p, q = [mpmath.mpf(n) / 10 for n in (2, 5, 3)], [mpmath.mpf(n) / 10 for n in (4, 4, 2)]
    written = mpmath.fsum(b * mpmath.log(b / a) for a, b in zip(p, q, strict=True))
    forward = mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))
    assert abs(written - forward) > 0.01  # the sum as written is D_KL(q||p), not D_KL(p||q)
    claims = [
        claim for claim in check_text(_DOCSTRING.format(roles=roles), "kl.py").claims if claim.kind == "definition"
    ]
    assert [claim.verdict for claim in claims] == verdicts


def _two_outcomes(mu: mpmath.mpf, sign: int) -> mpmath.mpf:
    """``sign`` times the sum -(1-mu) log(1-mu) - mu log mu, the terms in the order the documents write them."""
    return sign * (-(1 - mu) * mpmath.log(1 - mu) - mu * mpmath.log(mu))


@pytest.mark.parametrize(
    ("formula", "sign", "verdict"),
    [
        ("H(\\mu) = -(1-\\mu)\\log(1-\\mu) - \\mu\\log\\mu", 1, "holds"),
        ("H(\\theta) = (1-\\theta)\\log(1-\\theta) + \\theta\\log\\theta", -1, "false"),
        ("\\phi(p, 1-p) = -p\\log_2 p - (1-p)\\log_2(1-p)", 1, "holds"),
        ("\\phi(p, 1-p) = p\\log_2 p + (1-p)\\log_2(1-p)", -1, "false"),
    ],
)
def test_the_entropy_of_two_outcomes_in_any_order_and_name(formula: str, sign: int, verdict: str) -> None:
    mu = mpmath.mpf(3) / 10
    entropy = -mpmath.fsum(p * mpmath.log(p) for p in (mu, 1 - mu))
    assert abs(_two_outcomes(mu, sign) - entropy) < 1e-12 if verdict == "holds" else _two_outcomes(mu, sign) < 0
    page = f"伯努利变量的熵：\n\n$${formula}$$\n"
    assert [(claim.lines, claim.verdict) for claim in _definitions(page)] == [((3,), verdict)]


def _normal_entropy(s: mpmath.mpf) -> mpmath.mpf:
    """h(N(0, s^2)) in nats, by quadrature of -f ln f."""
    return mpmath.quad(lambda x: -mpmath.npdf(x, 0, s) * mpmath.log(mpmath.npdf(x, 0, s)), [-mpmath.inf, 0, mpmath.inf])


def test_a_normal_entropy_under_a_bare_h_named_by_the_words_above() -> None:
    s = mpmath.mpf(3) / 2
    assert abs((1 + mpmath.log(2 * mpmath.pi * s**2)) / 2 - _normal_entropy(s)) < 1e-10
    assert abs((1 + 2 * mpmath.log(s) + mpmath.log(2 * mpmath.pi)) / 2 - _normal_entropy(s)) < 1e-10
    assert abs((1 + mpmath.log(2 * mpmath.pi * s)) / 2 - _normal_entropy(s)) > 0.1
    page = (
        "La entropía de una gaussiana de varianza $\\sigma^2$ es\n\n"
        "$$H = \\frac12(1 + \\log 2\\pi\\sigma^2)$$\n\n"
        "o bien $H = \\frac12(1 + 2\\log\\sigma + \\log 2\\pi)$, y no $H = \\frac12(1 + \\log 2\\pi\\sigma)$.\n"
    )
    claims = [claim for claim in check_text(page, "a.md").claims if claim.kind == "identity"]
    assert [(claim.lines, claim.verdict) for claim in claims] == [((3,), "holds"), ((5,), "holds"), ((5,), "false")]
    assert "σ is written where σ² belongs" in claims[2].note
    japanese = "ガウス分布のエントロピーは $H = \\frac{1}{2}(1 + \\ln 2\\pi\\sigma^2)$ である。\n"
    assert [claim.verdict for claim in check_text(japanese, "a.md").claims] == ["holds"]


@pytest.mark.parametrize(
    "page",
    [
        # another measure's indices: the marginal's p_i in the logarithm is no shape read
        "Joint entropy:\n\n$$H(X,Y)=-\\sum_{i,j}p_{ij}\\log_2 p_i$$\n",
        # a conditional entropy with two indices: which index is conditioned on is not said
        "Conditional entropy:\n\n$$H(X|Y)=-\\sum_{i,j}p_{ij}\\log_2 \\frac{p_{ij}}{p_j}$$\n",
        # a sum in words that is no definition
        "```\nthe sum of p(x) over all x is 1\nH(X,Y) is the sum p(x,y) of things\n```\n",
        # a bare H with no word for the entropy above it: Boltzmann's H or anything else
        "Für eine Normalverteilung:\n\n$$H = \\frac12(1 + \\log 2\\pi\\sigma)$$\n",
        # the entropy of two outcomes with terms of both signs
        "$$H(\\mu) = (1-\\mu)\\log(1-\\mu) - \\mu\\log\\mu$$\n",
        # a slip shown as such, in Spanish and in English
        "Un error frecuente es escribir\n\n$$H(X,Y) = \\sum_{i,j} p_{ij} \\log p_{ij}$$\n\nsin el signo menos.\n",
        "A common mistake is to write\n\n$$H(X,Y) = \\sum_{x,y} p(x,y) \\log p(x,y)$$\n\nwithout the minus sign.\n",
    ],
)
def test_near_misses_are_not_called_false(page: str) -> None:
    assert [claim for claim in check_text(page, "a.md").claims if claim.verdict == "false"] == []


def _definitions(text: str) -> list[Checked]:
    return [claim for claim in check_text(text, "a.md").claims if claim.kind == "definition"]


def _kl(p: list[str], q: list[str]) -> mpmath.mpf:
    return mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b)) for a, b in zip(p, q, strict=True))


@pytest.mark.parametrize(
    "name",
    [r"\mathbb{D}", r"\mathcal{D}", r"\text{D}_{\mathrm{KL}}", r"\mathbb{D}_{\mathrm{KL}}", r"\mathcal{D}_{KL}"],
)
@pytest.mark.parametrize(("relation", "verdict"), [(r"\neq", "holds"), ("=", "false")])
def test_the_asymmetry_of_kl_under_less_usual_names(name: str, relation: str, verdict: str) -> None:
    p, q = ["0.6", "0.3", "0.1"], ["0.2", "0.2", "0.6"]
    assert abs(_kl(p, q) - _kl(q, p)) > mpmath.mpf("0.1")  # the two directions differ: "≠" holds, "=" fails
    page = f"Propiedades de la divergencia:\n\n- Asimetría: ${name}(P\\|Q) {relation} {name}(Q\\|P)$ en general.\n"
    claims = check_text(page, "notas.md").claims
    assert [(claim.kind, claim.verdict) for claim in claims] == [("symmetry", verdict)]


@pytest.mark.parametrize("text", [r"$\mathcal{D}(x) = 0.5$", r"$\mathcal{D} = \{x_1, x_2\}$ has $N = 2$ points."])
def test_a_calligraphic_d_that_is_no_divergence_is_not_read_as_one(text: str) -> None:
    claims = check_text(f"The data set. {text}\n", "notes.md").claims
    assert [claim.kind for claim in claims if claim.kind in ("symmetry", "kl")] == []
