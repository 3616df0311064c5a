"""Definitions and identities in the notations of documentation sites and notebooks: reStructuredText's and MyST's
maths, measures' macros with square brackets (``\\H[X|Y]``, ``\\I[X:Y]``, ``\\DKL[P||Q]``)."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text
from kldocs.checker.checked import Checked

_P = (0.5, 0.3, 0.2)
_Q = (0.2, 0.3, 0.5)


def _kl(p: tuple[float, ...], q: tuple[float, ...], base: float = mpmath.e) -> mpmath.mpf:
    pairs = zip(p, q, strict=True)
    return mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b), base) for a, b in pairs)


def _jsd(p: tuple[float, ...], q: tuple[float, ...], base: float = mpmath.e) -> mpmath.mpf:
    middle = tuple((mpmath.mpf(a) + mpmath.mpf(b)) / 2 for a, b in zip(p, q, strict=True))
    return (_kl(p, middle, base) + _kl(q, middle, base)) / 2


def _claims(text: str, name: str) -> list[Checked]:
    return [item for item in check_text(text, name).claims if item.text[:2] not in ("P ", "Q ")]


def _verdicts(text: str, name: str) -> list[tuple[str, str]]:
    return [(item.kind, item.verdict) for item in _claims(text, name)]


_SPHINX_IDENTITIES = """Information measures
====================

The entropy of a random variable is

.. math::
   :label: entropy

   \\H[X] = -\\sum_x p(x) \\log p(x)

The mutual information satisfies :math:`\\I[X:Y] = \\H[X,Y] - \\H[X|Y] - \\H[Y|X]` and
:math:`\\H[X] = \\I[X:Y] + \\H[X|Y]`.

.. math::

   \\JSD{X || Y} = \\H{\\frac{X+Y}{2}} - \\frac{\\H{X}+\\H{Y}}{2}

   \\JSD[X||Y] = \\frac{1}{2}(\\DKL[X||M] + \\DKL[Y||M])

The cross-entropy is :math:`\\xH[X||Y] = \\H[X] + \\DKL[X||Y]`.
"""


def test_sphinx_maths_with_the_documents_own_macros_is_read_as_the_measures() -> None:
    claims = _claims(_SPHINX_IDENTITIES, "measures.rst")
    assert [(item.kind, item.verdict, item.lines[0]) for item in claims] == [
        ("definition", "holds", 9),
        ("identity", "holds", 11),
        ("identity", "holds", 12),
        ("identity", "holds", 16),
        ("jsd_definition", "holds", 18),
        ("identity", "holds", 20),
    ]
    assert claims[1].text == "I(X;Y) = H(X,Y) - H(X|Y) - H(Y|X)"


@pytest.mark.parametrize(
    ("wrong", "kind"),
    [
        (":math:`\\I[X:Y] = \\H[X,Y] - \\H[X] - \\H[Y]`", "identity"),  # the sign flipped
        (":math:`\\xH[X||Y] = \\H[Y] + \\DKL[X||Y]`", "identity"),  # the entropy of the other one
        (".. math:: \\H[X|Y] = \\H[X,Y] - \\H[X]", "identity"),  # the wrong marginal taken away
        (".. math::\n\n    \\JSD[X||Y] = \\DKL[X||M] + \\DKL[Y||M]", "jsd_definition"),  # no half
    ],
)
def test_a_slip_in_sphinx_maths_is_false(wrong: str, kind: str) -> None:
    text = f"Identities\n----------\n\nOne writes\n\n{wrong}\n\nfor all variables.\n"
    assert _verdicts(text, "notes.rst") == [(kind, "false")]


def test_values_in_directives_and_roles_are_judged_in_their_own_lines() -> None:
    kl, jsd = _kl(_P, _Q), _jsd(_P, _Q)
    text = (
        "Zwei Verteilungen\n=================\n\nSei :math:`P = (0.5, 0.3, 0.2)` und :math:`Q = (0.2, 0.3, 0.5)`.\n\n"
        f".. math::\n   :nowrap:\n\n   \\DKL[P||Q] = {mpmath.nstr(kl, 4)}\n\n"
        f"Die JSD ist :math:`\\JSD[P||Q] = {mpmath.nstr(jsd * 2, 4)}` nats.\n"
    )
    claims = _claims(text, "verteilungen.rst")
    assert [(item.kind, item.verdict, item.lines[0]) for item in claims] == [("kl", "holds", 9), ("jsd", "false", 11)]
    assert float(claims[0].value or 0) == pytest.approx(float(kl), abs=1e-9)
    assert f"{mpmath.nstr(jsd, 4)}" in claims[1].note


def test_myst_roles_and_fences_of_maths_are_read() -> None:
    kl = _kl(_P, _Q, 2)
    text = (
        "# 두 분포\n\n{math}`P = (0.5, 0.3, 0.2)`, {math}`Q = (0.2, 0.3, 0.5)` 일 때\n\n"
        f"```{{math}}\n\\DKL[P||Q] = {mpmath.nstr(kl, 4)} \\text{{ bits}}\n```\n\n"
        "{math}`\\I[X;Y] = \\H[X] - \\H[X|Y]` 이다.\n"
    )
    claims = _claims(text, "notes.md")
    assert [(item.kind, item.verdict, item.lines[0]) for item in claims] == [
        ("kl", "holds", 6),
        ("identity", "holds", 9),
    ]
    assert float(claims[0].value or 0) == pytest.approx(float(kl), abs=1e-9)


@pytest.mark.parametrize(
    "formula",
    [
        "\\I[k] = 3",  # an index, not two variables
        "\\CE[x] = 0.2",  # one argument where the cross-entropy takes two
        "\\DKL[p] = 5",
        "\\H[x = 2] = 1",
    ],
)
def test_a_macro_whose_brackets_do_not_hold_the_measures_arguments_is_not_read(formula: str) -> None:
    text = f"Notation\n--------\n\nHere :math:`{formula}` and nothing more.\n"
    assert _verdicts(text, "notes.rst") == []


_WORDED_ENTROPIES = [
    "平均情報量 H = -Σ P(E) log P(E) と定義する。",
    "The entropy H = -Σ p(x) log p(x) measures the uncertainty of X.",
    "Die Entropie H(X) = -Σ p(x) log p(x) misst die Unsicherheit.",
    "L'entropie H = -Σ p(x) log p(x) mesure l'incertitude.",
    "La entropía H = -Σ p(x) log p(x) mide la incertidumbre.",
    "엔트로피 H = -Σ p(x) log p(x) 로 정의한다.",
    "Энтропия H = -Σ p(x) log p(x) измеряет неопределённость.",
    "熵 H = -Σ p(x) log p(x)，表示不确定性。",
    "A entropia H = -Σ p(x) log p(x) mede a incerteza.",
]


@pytest.mark.parametrize("sentence", _WORDED_ENTROPIES)
def test_an_entropy_named_by_the_word_before_its_symbol_is_read_and_holds(sentence: str) -> None:
    (claim,) = check_text(f"# Notes\n\n{sentence}\n", "notes.md").claims
    assert (claim.kind, claim.verdict, claim.value) == ("definition", "holds", None)
    assert claim.note.startswith("this is the definition, H(P) = -sum p log p")


@pytest.mark.parametrize("sentence", _WORDED_ENTROPIES)
def test_the_same_sentence_with_the_sign_flipped_is_false(sentence: str) -> None:
    flipped = sentence.replace("-Σ", "Σ")
    (claim,) = check_text(f"# Notes\n\n{flipped}\n", "notes.md").claims
    assert (claim.kind, claim.verdict, claim.value) == ("definition", "false", None)
    assert "the sign is flipped" in claim.note


@pytest.mark.parametrize(
    "sentence",
    [
        "Boltzmann's H = Σ p log p decreases in time.",  # no entropy's name: Boltzmann's H
        "The negative entropy H = Σ p(x) log p(x) is what the algorithm maximises.",  # negentropy, rightly signed
        "The entropy H = -Σ p(x) log q(x) is not what we want here.",  # another measure's sum
        "Die Entropie H(X) = -Σ p(x) log q(x) misst etwas anderes.",
    ],
)
def test_a_bare_or_unknown_sum_after_words_is_not_read(sentence: str) -> None:
    assert check_text(f"# Notes\n\n{sentence}\n", "notes.md").claims == ()


@pytest.mark.parametrize(
    ("chain", "verdict"),
    [
        ("H(X) = E[I(X)] = \\sum_x P(x) \\cdot I(x) = -\\sum_x P(x) \\log P(x)", "holds"),
        ("H(X) = \\mathbb{E}[I(X)] = \\sum_x P(x) I(x) = \\sum_x P(x) \\log \\frac{1}{P(x)}", "holds"),
        ("H(X) = E[I(X)] = \\sum_x P(x) \\cdot I(x) = \\sum_x P(x) \\log P(x)", "false"),
        ("H(P,Q) = H(P) + D(P\\|Q) = -\\sum_x p(x) \\log q(x)", "holds"),
        ("H(P,Q) = H(P) + D(P\\|Q) = -\\sum_x q(x) \\log p(x)", "false"),
    ],
)
def test_a_later_member_of_a_chain_that_is_a_sum_is_the_definition(chain: str, verdict: str) -> None:
    claims = [item for item in check_text(f"$${chain}$$\n", "notes.md").claims if item.kind == "definition"]
    assert [(item.verdict, item.value) for item in claims] == [(verdict, None)]


def test_each_member_of_a_chain_that_says_another_thing_is_a_claim_of_its_own() -> None:
    text = "$$H(X) = -\\sum_x p(x) \\log p(x) = \\sum_x p(x) \\log p(x)$$\n"
    claims = check_text(text, "notes.md").claims
    assert [(item.verdict, item.text) for item in claims] == [
        ("holds", "H(X) = -\\sum_x p(x) \\log p(x)"),  # the definition; the member after it is a claim of its own
        ("false", "H(X) = \\sum_x p(x) \\log p(x)"),
    ]


def test_a_notebooks_braced_displays_and_measures_in_words_are_read() -> None:
    kl = _kl((0.5, 0.5), (0.9, 0.1), 2)
    cells = [
        "# KL divergence\n",
        "$${KLD = crossentropy - entropy = H(p,q) - H(p)}$$\n",
        "$${KLD = \\sum p_i \\log_2(p_i/q_i)}$$\n",
        "$${KLD = cross\\_entropy - entropy = H(p,q) - H(q)}$$\n",
        "$${KLD = -\\sum p_i \\log_2(p_i/q_i)}$$\n",
        f"With $p = (0.5, 0.5)$ and $q = (0.9, 0.1)$, $${{KLD(p||q) = {mpmath.nstr(kl, 4)}}}$$ bits.\n",
    ]
    notebook = {
        "cells": [{"cell_type": "markdown", "metadata": {}, "source": cell} for cell in cells],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    import json

    claims = _claims(json.dumps(notebook), "kl.ipynb")
    found = [(item.kind, item.verdict) for item in claims if item.text[:2] not in ("p ", "q ")]
    assert found == [
        ("identity", "holds"),
        ("definition", "holds"),
        ("identity", "false"),
        ("definition", "false"),
        ("kl", "holds"),
    ]
    assert float(claims[-1].value or 0) == pytest.approx(float(kl), abs=1e-9)


@pytest.mark.parametrize(
    "formula",
    [
        "$${entropy = 0.97}$$",  # a member in words alone: no chain to read it in
        "$${a}{b}$$",  # two groups, not one around the display
        "$${KL = \\sum p \\log(p/q) - 1}$$",  # more than the sum
    ],
)
def test_braces_and_words_alone_add_no_claim(formula: str) -> None:
    assert check_text(f"# Notes\n\n{formula}\n", "notes.md").claims == ()


def test_a_mutual_information_defined_inside_a_run_on_paragraph_is_read() -> None:
    right = (
        "Dependence between two variables is what we care about and so we define the mutual information, which is\n"
        "the quantity \\[ I(X;Y) = \\sum_{x \\in \\mathcal{X}} \\sum_{y \\in \\mathcal{Y}} p(x,y) \\log "
        "\\frac{p(x,y)}{p(x)p(y)} \\] and\nit is zero exactly when the two are independent, as we prove later.\n"
    )
    wrong = right.replace("\\frac{p(x,y)}{p(x)p(y)}", "\\frac{p(x)p(y)}{p(x,y)}")
    for text, verdict in ((right, "holds"), (wrong, "false")):
        (claim,) = check_text(text, "notes.md").claims
        assert (claim.kind, claim.verdict, claim.lines[0]) == ("definition", verdict, 2)


def test_an_expansion_in_a_fence_without_a_language_is_judged_as_text() -> None:
    kl = _kl((0.5, 0.5), (0.9, 0.1))
    text = (
        "Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n```\n"
        f"D_KL(P || Q) = 0.5 × log(0.5/0.9) + 0.5 × log(0.5/0.1) = {mpmath.nstr(kl, 4)}\n```\n"
    )
    claims = [item for item in _claims(text, "notes.md") if item.kind != "definition"]
    assert [(item.kind, item.verdict) for item in claims] == [("expression", "holds"), ("kl", "holds")]
    assert float(claims[1].value or 0) == pytest.approx(float(kl), abs=1e-9)


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        ("The binary cross-entropy is $-y \\log(\\hat{y}) - (1-y) \\log(1-\\hat{y})$.", "holds"),
        ("    Loss = - [ y * log(p) + (1 - y) * log(1 - p) ]", "holds"),
        ("$$BCE = -(y \\log p + (1-y) \\log(1-p))$$", "holds"),
        (
            "$$\\mathcal{L} = -\\frac{1}{N}\\sum_{i=1}^{N} [y_i \\log \\hat{y}_i + (1-y_i)\\log(1-\\hat{y}_i)]$$",
            "holds",
        ),
        ("$$H(y, \\hat{y}) = -(1-y)\\log(1-\\hat y) - y \\log \\hat y$$", "holds"),
        ("$$BCE = y \\log p + (1-y) \\log(1-p)$$", "false"),  # the log-likelihood under the loss's name
        ("$$\\text{BCE} = -y \\log p + (1-y) \\log(1-p)$$", "false"),  # one sign wrong
        ("La entropía cruzada binaria BCE = -[y log(p) + (1-y) log(p)] se usa mucho.", "false"),  # a wrong log
        ("二値交差エントロピー Loss = -(y log p - (1-y) log(1-p)) を使う。", "false"),
    ],
)
def test_the_binary_cross_entropy_as_a_definition(formula: str, verdict: str) -> None:
    (claim,) = check_text(f"# Loss\n\n{formula}\n", "loss.md").claims
    assert (claim.kind, claim.verdict, claim.value) == ("definition", verdict, None)
    assert ("this is the definition" in claim.note) == (verdict == "holds")


@pytest.mark.parametrize(
    "formula",
    [
        "$$\\ell = y \\log p + (1-y) \\log(1-p)$$",  # the log-likelihood
        "$$L = y \\log p + (1-y) \\log(1-p)$$",  # L may be the likelihood's log
        "$$y \\log p + (1-y) \\log(1-p)$$",
        "$$x = -y \\log p - (1-y) \\log(1-p)$$",
        "$$L = -y \\log p - (1-y) \\log(1-p) + \\lambda w^2$$",  # a regularised loss
        "$$BCE = -y \\log(1-p) - (1-y) \\log p$$",  # p the probability of the other class: a convention
    ],
)
def test_a_binary_loss_shape_that_is_not_its_definition_is_not_read(formula: str) -> None:
    assert check_text(f"# Loss\n\n{formula}\n", "loss.md").claims == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("誤り例: エントロピー H = Σ P(E) log P(E) と書いてしまう学生が多い。\n", "notes.md"),
        (
            "이진 교차 엔트로피의 잘못된 형태: $${Loss = y \\log(\\hat{y}) + (1-y) \\log(1-\\hat{y})}$$"
            " 는 손실이 아니다.\n",
            "notes.md",
        ),
        (
            "Notes\n-----\n\nA frequent slip in lecture notes is :math:`\\I[X:Y] = \\H[X] - \\H[Y|X]`, mixing"
            " directions.\n",
            "a.rst",
        ),
    ],
)
def test_a_formula_labelled_as_a_mistake_is_not_called_false(text: str, name: str) -> None:
    assert all(item.verdict != "false" for item in check_text(text, name).claims)
