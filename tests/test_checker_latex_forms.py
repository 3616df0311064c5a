"""Definitions and formulas as LaTeX writes them: integrals, distributions named by their variable, user macros."""

from __future__ import annotations

import pytest

from kldocs.checker import Checked, check_text


def _definitions(text: str, name: str = "a.md") -> list[Checked]:
    return [item for item in check_text(text, name).claims if item.kind == "definition"]


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"D_{KL}(p \| q) = \int_{-\infty}^{\infty} p(x) \log \frac{p(x)}{q(x)} \, dx", "holds"),
        (r"\mathrm{KL}(p||q) = -\int p(x) \ln{\frac{p(x)}{q(x)}} \mathrm{d}x", "false"),
        (r"D_{KL}(p \| q) = \int q(x) \log \frac{q(x)}{p(x)} dx", "false"),
        (r"H(p) = -\int p(x) \log p(x) dx", "holds"),
    ],
)
def test_a_divergence_or_entropy_defined_as_an_integral_is_read_as_the_sum(formula: str, verdict: str) -> None:
    (claim,) = _definitions(f"For densities,\n\n$${formula}$$\n")
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"H(X)=-\sum_{x\in {\cal X}}p_X(x)\log{p_X(x)}", "holds"),
        (r"H(X)=\sum_{x\in {\cal X}}p_X(x)\log{p_X(x)}", "false"),
        (r"I(X;Y)=\sum_{(x,y)\in{\cal X}\times{\cal Y}}p_{X,Y}(x,y)\log{\frac{p_{X,Y}(x,y)}{p_X(x)p_Y(y)}}", "holds"),
        (r"I(X;Y) = \sum_{x,y} p(x,y) \log \frac{p(x)p(y)}{p(x,y)}", "false"),
        (r"I(X;Y) = -\sum_{x,y} p(x,y) \log \frac{p(x) p(y)}{p(x,y)}", "holds"),
    ],
)
def test_definitions_with_the_variables_under_the_distributions(formula: str, verdict: str) -> None:
    (claim,) = _definitions(f"\\begin{{equation}}\n{formula}\n\\end{{equation}}\n", "a.tex")
    assert claim.verdict == verdict
