"""Textbook notation in definitions (``\\Pr(x)``, ``H[X]``, ``\\vert``, ``\\underset{i}{\\sum}``), chapter files with no
preamble, definitions missing their logarithm, sample estimates missing their ``1/N`` and aligned rows."""

from __future__ import annotations

import json
from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import Checked, check_text

#: Two distributions of our own; the truth of each written quantity is computed here, apart from the checker.
_P = [Fraction(1, 5), Fraction(1, 2), Fraction(3, 10)]
_Q = [Fraction(2, 5), Fraction(2, 5), Fraction(1, 5)]


def _real(value: Fraction) -> mpmath.mpf:
    return mpmath.mpf(value.numerator) / value.denominator


def _kl(p: list[Fraction], q: list[Fraction]) -> mpmath.mpf:
    return mpmath.fsum(_real(a) * mpmath.log(_real(a / b)) for a, b in zip(p, q, strict=True))


def _entropy(p: list[Fraction]) -> mpmath.mpf:
    return -mpmath.fsum(_real(a) * mpmath.log(_real(a)) for a in p)


def _cross(p: list[Fraction], q: list[Fraction]) -> mpmath.mpf:
    return -mpmath.fsum(_real(a) * mpmath.log(_real(b)) for a, b in zip(p, q, strict=True))


def _notebook(markdown: str) -> str:
    """A notebook of one markdown cell."""
    cell = {"cell_type": "markdown", "metadata": {}, "source": markdown}
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [cell]})


def _by_line(text: str, name: str) -> dict[int, Checked]:
    return {claim.lines[0]: claim for claim in check_text(text, name).claims}


def _verdicts(text: str, name: str) -> list[tuple[str, str]]:
    return [(claim.verdict, claim.text) for claim in check_text(text, name).claims]


#: A chapter file as a book's sources keep it: no preamble, no \begin{document}.
_CHAPTER = r"""\section{Information}
\label{sec:information}

The average information of a source, in bits:
\begin{equation}
H[X]=-\sum_{x}\Pr(x)\log_{2}\Pr(x)
\end{equation}
For a density:
\begin{equation}
H[X]=-\int{}\Pr(x)\ln{}\Pr(x)\text{d}x
\end{equation}
Over the outcomes $x_i$:
\begin{equation}
H(p(x)) = - \underset{i}{\sum} p(x_i) \log p(x_i)
\end{equation}
\begin{equation}
H(p,q) = H(p) + D_{KL}(p \vert \vert q)
\end{equation}
\begin{equation}
\text{KL}(p\Vert{}q) = -\int{}p(X)\ln{}q(X)\text{d}X-(-\int{}p(X)\ln{}p(X)\text{d}X)
\end{equation}
and the chain rule $H[X,Y]=H[Y\vert{}X]+H[X]$.
"""


def test_a_chapter_file_with_no_preamble_reads_its_textbook_notation() -> None:
    # the identities hold for our distributions (the checker tries its own pairs)
    assert abs(_cross(_P, _Q) - (_entropy(_P) + _kl(_P, _Q))) < mpmath.mpf(10) ** -12
    claims = _by_line(_CHAPTER, "chapter.tex")
    assert {line: claim.verdict for line, claim in claims.items()} == {
        6: "holds",
        10: "holds",
        14: "holds",
        17: "holds",
        20: "holds",
        22: "holds",
    }
    assert claims[6].kind == claims[10].kind == claims[14].kind == "definition"


#: Formulas in a textbook's notation, each in a display of its own, and the verdict each should get.
_DISPLAYS = [
    (r"H[X]=-\sum_{x}\Pr(x)\log_{2}\Pr(x)", "holds"),
    (r"D_{KL}(p \vert \vert q) = \sum_{i=1}^N p(x_i) \log \frac{p(x_i)}{q(x_i)}", "holds"),
    (r"H(p(x),q(x)) = - \underset{i}{\sum} p(x_i) \log q(x_i)", "holds"),
    (r"H(p) = -\mathbb{E}_{x \sim p} \log p(x)", "holds"),
    (r"D_{\mathrm{KL}}[p\|q] = \sum_x p(x)\log\frac{p(x)}{q(x)}", "holds"),
    (r"I[X,Y]=\sum_{x,y} p(x,y) \log \frac{p(x,y)}{p(x)p(y)}", "holds"),
    (r"KL(P\|Q) = \mathbb{E}_{P}\left[\frac{P(x)}{Q(x)}\right]", "false"),
    (r"H(p(x)) = - p(x_i) \log(p(x_i)) - (1-p(x_i)) \log(1-p(x_i))", "holds"),
    (r"H(p(x)) = p(x_i) \log p(x_i) + (1-p(x_i)) \log(1-p(x_i))", "false"),
    (r"\mathbb{H}(X) = -\sum ^ {K} _ {k=1} p_k \log _ {2} p_k", "holds"),  # limits spaced, the upper one first
    (r"H(X) = \sum^{K}_{k=1} p_k \log_{2} p_k", "false"),
    (r"D_{KL}(p \| q) = \sum ^ {N} _ {i=1} p_i \log _ {2} {\frac{p_i}{q_i}}", "holds"),
]


@pytest.mark.parametrize("wrap", ["md", "ipynb"])
def test_the_same_notation_is_read_in_markdown_and_notebooks(wrap: str) -> None:
    markdown = "# Quelques définitions\n\n" + "".join(f"$${formula}$$\n\n" for formula, _ in _DISPLAYS)
    text = markdown if wrap == "md" else _notebook(markdown)
    assert [verdict for verdict, _ in _verdicts(text, f"notes.{wrap}")] == [verdict for _, verdict in _DISPLAYS]


def test_a_kl_divergence_written_without_its_logarithm_is_false() -> None:
    # sum P (P/Q) is not the divergence: for our pair it is far from it, and it is at least 1
    unlogged = _real(sum((a * a / b for a, b in zip(_P, _Q, strict=True)), Fraction(0)))
    assert unlogged >= 1 and abs(unlogged - _kl(_P, _Q)) > mpmath.mpf("0.5")
    text = "# KL-Divergenz\n\nDie Definition lautet\n\n$$D_{KL}(P \\parallel Q) = \\sum_i P(i) \\frac{P(i)}{Q(i)}$$\n"
    [claim] = check_text(text, "a.md").claims
    assert claim.verdict == "false" and "logarithm" in claim.note


def test_an_expected_ratio_turned_over_and_without_its_logarithm_is_false() -> None:
    # E_p[q/p] = sum q = 1 for every pair
    assert sum(a * (b / a) for a, b in zip(_P, _Q, strict=True)) == 1
    text = "# Divergencia\n\n$$KL(P\\|Q) = \\mathbb{E}_{p(x)}\\left[\\frac{q(x)}{p(x)}\\right]$$\n"
    [claim] = check_text(text, "a.md").claims
    assert claim.verdict == "false" and "turned over" in claim.note and "= 1" in claim.note


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("The divergence is $KL(q\\|p) = -\\int q(x)\\frac{p(x)}{q(x)}dx$.", "turned over"),
        ("Расхождение: $D(Q\\|P) = -\\sum_x Q(x) \\frac{Q(x)}{P(x)}$.", "at least 1"),
    ],
)
def test_a_kl_divergence_written_with_a_minus_and_without_its_logarithm_is_false(text: str, note: str) -> None:
    # -sum q (p/q) = -1 for every pair, and -sum q (q/p) <= -1: never the divergence, which is >= 0
    assert -sum(b * (a / b) for a, b in zip(_P, _Q, strict=True)) == -1
    assert -_real(sum((b * b / a for a, b in zip(_P, _Q, strict=True)), Fraction(0))) <= -1 < 0 < _kl(_Q, _P)
    [claim] = check_text(f"{text}\n", "a.md").claims
    assert (claim.kind, claim.verdict) == ("definition", "false") and note in claim.note


@pytest.mark.parametrize(
    "formula",
    [
        r"D_{\chi^2}(P\|Q) = \sum_x P(x) \frac{P(x)}{Q(x)} - 1",
        r"D(P\|Q) = \sum_x P(x) \frac{P(x)}{Q(x)} - 1",
        r"D_{KL}(P\|Q) = \sum_x P(x) \log \frac{P(x)}{Q(x)} \leq \log \sum_x P(x) \frac{P(x)}{Q(x)}",
        r"D_{KL}(P\|Q) = \mathbb{E}_{x \sim P}\left[\log \frac{P(x)}{Q(x)}\right]",
    ],
)
def test_right_formulas_and_other_divergences_are_not_called_false(formula: str) -> None:
    assert all(verdict != "false" for verdict, _ in _verdicts(f"# Notes\n\n$${formula}$$\n", "a.md"))


_ESTIMATE = r"""\section{Estimating from samples}
Given samples $x_1, \ldots, x_N$ drawn from $p$,
\begin{equation}
\mathrm{KL}(p\|q) \approx \sum_{i=1}^{N} \{ \ln p(x_i) - \ln q(x_i \vert \theta) \}
\end{equation}
"""


def test_a_sample_estimate_without_its_one_over_n_is_false() -> None:
    claims = _by_line(_ESTIMATE, "est.tex")
    assert claims[4].verdict == "false" and "1/N" in claims[4].note


@pytest.mark.parametrize(
    "right",
    [
        r"\frac{1}{N}\sum_{i=1}^{N} \{ \ln p(x_i) - \ln q(x_i \vert \theta) \}",
        r"\sum_{i=1}^{N} \frac{1}{N} \ln \frac{p(x_i)}{q(x_i)}",
        r"\sum_{i=1}^{N} p(x_i) \ln \frac{p(x_i)}{q(x_i)}",
    ],
)
def test_averaged_estimates_and_sums_over_outcomes_are_not_false(right: str) -> None:
    text = f"Samples $x_i$ from $p$:\n\n$$\\mathrm{{KL}}(p\\|q) \\approx {right}$$\n"
    assert all(verdict != "false" for verdict, _ in _verdicts(text, "a.md"))


def test_an_estimate_multiplied_out_by_n_is_not_false() -> None:
    text = "Samples $x_i$ from $p$:\n\n$$N \\cdot D_{KL}(p\\|q) \\approx \\sum_{i=1}^N \\log \\frac{p(x_i)}{q(x_i)}$$\n"
    assert all(verdict != "false" for verdict, _ in _verdicts(text, "a.md"))


def test_an_aligned_row_under_doubled_backslashes_with_a_glued_index_is_read() -> None:
    # -sum p log p - sum p log(p/q) is H(p) - KL(p||q), not H(p,q) = H(p) + KL(p||q)
    assert abs((_entropy(_P) - _kl(_P, _Q)) - _cross(_P, _Q)) > mpmath.mpf("0.1")
    text = (
        "交叉熵的分解:\n\n$$\n\\begin{align}\n"
        "H(p, q) &= -\\sum_xp(x) \\log q(x) \\\\\\\\\n"
        "&= - \\sum_xp(x) \\log p(x) - \\sum_xp(x) \\log \\frac{p(x)}{q(x)} \\\\\\\\\n"
        "\\end{align}\n$$\n"
    )
    claims = _by_line(text, "a.md")
    assert claims[5].verdict == "holds"
    assert claims[6].verdict == "false" and "H(P) - D_KL(P||Q)" in claims[6].note


def test_an_empty_upper_limit_stays_a_limit_while_an_empty_group_after_a_command_goes() -> None:
    # \sum_{x}^{} with the sign flipped stays false; \ln{} and \int{} are read as \ln and \int
    text = (
        "# Entropie relative\n\n"
        "$$D_{KL}(P\\|Q)=-\\sum_{x}^{}P(x)\\log_2\\frac{P(x)}{Q(x)}$$\n\n"
        "$$H(P)=-\\int{}P(x)\\ln{}P(x)\\,dx$$\n"
    )
    assert [verdict for verdict, _ in _verdicts(text, "a.md")] == ["false", "holds"]
