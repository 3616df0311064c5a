r"""``kldocs check`` on definitions written in the many notations authors use for the same measures.

Each document here is written for the test: the double bar of a divergence typed as ``\mid\mid``, ``∥`` or
``\Vert``; densities named by a star, a parameter or the letters ``f`` and ``g``; a logarithm typed glued to
its probability (``logp(x)``); a conditional entropy with a braced logarithm; a divergence weighted by its
second density with the ratio the other way up (``D(g|f) = \int f \log(g/f)``, never positive, so never a
divergence). Whether each definition is right is decided here by computing both sides for a pair of
distributions of our own with ``fractions`` and ``math``.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from kldocs.checker import Checked, check_text

#: Two distributions of our own on three outcomes.
_P = (Fraction(1, 2), Fraction(1, 3), Fraction(1, 6))
_Q = (Fraction(1, 4), Fraction(1, 4), Fraction(1, 2))


def _claims(text: str, name: str = "a.md") -> list[Checked]:
    return list(check_text(text, name).claims)


def _kl(p: tuple[Fraction, ...], q: tuple[Fraction, ...]) -> float:
    return sum(float(a) * math.log(a / b) for a, b in zip(p, q, strict=True))


def _weighted_by_second(p: tuple[Fraction, ...], q: tuple[Fraction, ...]) -> float:
    """``sum q log(p/q)``: weighted by the second distribution, its ratio with the first on top."""
    return sum(float(b) * math.log(a / b) for a, b in zip(p, q, strict=True))


def _verdicts(text: str, name: str = "a.md") -> list[str]:
    return [claim.verdict for claim in _claims(text, name)]


_BARS = [r"\mid\mid", r" \mid \mid ", r"\|", r"\Vert", r"\parallel", "||", "‖", "∥", r" \vert\vert "]


@pytest.mark.parametrize("bar", _BARS)
@pytest.mark.parametrize("wrap", ["${}$", "$${}$$", "\\[{}\\]", "```math\n{}\n```"])
def test_a_kl_definition_reads_with_every_double_bar(bar: str, wrap: str) -> None:
    right = rf"D_{{KL}}(P{bar}Q) = \sum_x P(x)\log \frac{{P(x)}}{{Q(x)}},"
    flipped = rf"D_{{KL}}(P{bar}Q) = -\sum_x P(x)\log \frac{{P(x)}}{{Q(x)}}"
    assert _kl(_P, _Q) > 0  # so the flipped sign gives another value
    assert _verdicts("The divergence:\n\n" + wrap.format(right) + "\n") == ["holds"]
    assert _verdicts("The divergence:\n\n" + wrap.format(flipped) + "\n") == ["false"]


@pytest.mark.parametrize(
    "formula",
    [
        "D_KL(P∥Q) = Σ P(x) log(P(x)/Q(x))",
        "D_KL(P ∥ Q) = Σₓ P(x)·log₂(P(x)/Q(x))",
        "KL(P||Q) = Σ_x P(x) ln(P(x)/Q(x))",
    ],
)
def test_a_kl_definition_typed_in_plain_text_reads_with_the_parallel_sign(formula: str) -> None:
    assert _verdicts(f"The divergence is defined as {formula}\n", "a.txt") == ["holds"]


@pytest.mark.parametrize(
    ("left", "right", "holds"),
    [
        (r"KL[p^*(x)\Vert p(x|\phi)]", r"\int p^*(x) \log \frac{p^*(x)}{p(x|\phi)} dx", True),
        (r"KL[p^*(x)\Vert p(x|\phi)]", r"\int p^*(x) \log \frac{p(x|\phi)}{p^*(x)} dx", False),
        (r"D_{KL}(p^{\star} \| p_\theta)", r"\int p^{\star}(x) \log \frac{p^{\star}(x)}{p_\theta(x)} \, dx", True),
        (r"D_{KL}(p^{\star} \| p_\theta)", r"-\int p^{\star}(x) \log \frac{p^{\star}(x)}{p_\theta(x)} \, dx", False),
        (r"D(f\|g)", r"\int f(x) \log \frac{f(x)}{g(x)} dx", True),
        (r"D(g|f)", r"\int f(x) \log \left[ \frac{g(x)}{f(x)} \right] \, dx", False),
        (r"D(p\|q)", r"\sum_x q(x) \log \frac{p(x)}{q(x)}", False),
    ],
)
def test_densities_named_by_stars_parameters_or_f_and_g(left: str, right: str, holds: bool) -> None:
    # sum q log(p/q) = -D(q||p) <= 0: weighted by either density with the other on top it is never a divergence.
    assert _weighted_by_second(_P, _Q) < 0 < _kl(_Q, _P)
    verdicts = _verdicts(f"The divergence is\n\n$${left} = {right}$$\n")
    assert verdicts == (["holds"] if holds else ["false"])


def test_a_sum_weighted_by_the_second_density_with_its_ratio_turned_is_still_the_other_direction() -> None:
    # sum q log(q/p) = D(q||p), the divergence the other way round: not called sign-flipped.
    claims = _claims("The divergence is\n\n$$D(p\\|q) = \\sum_x q(x) \\log \\frac{q(x)}{p(x)}$$\n")
    assert [claim.verdict for claim in claims] == ["false"]
    assert "other direction" in claims[0].note


@pytest.mark.parametrize("log", ["log", "ln"])
@pytest.mark.parametrize("wrap", ["${}$", "$${}$$", "{}"])
def test_a_logarithm_typed_glued_to_its_probability(log: str, wrap: str) -> None:
    right = f"D_{{KL}}(p||q)=\\sum p(x_i)({log}p(x_i)-{log}q(x_i))"
    turned = f"D_{{KL}}(p||q)=\\sum p(x_i)({log}q(x_i)-{log}p(x_i))"
    assert _verdicts(f"The divergence:\n\n{wrap.format(right)}\n") == ["holds"]
    assert _verdicts(f"The divergence:\n\n{wrap.format(turned)}\n") == ["false"]


@pytest.mark.parametrize(
    ("formula", "holds"),
    [
        (r"H(Y|X=x)=-\sum_y p(y|x)\log{p(y|x)}", True),
        (r"H(Y|X=x)=\sum p(y|x)\log{p(y|x)}", False),
        (r"H(Y \mid X=x) = \sum_y p(y \mid x) \log {p(y \mid x)}", False),
        (r"H(Y|X)=-\sum_{x,y} p(x,y)\log{p(y|x)}", True),
        (r"H(Y|X)=\sum_{x,y} p(x,y)\log{p(y|x)}", False),
    ],
)
@pytest.mark.parametrize("name", ["a.md", "a.tex"])
def test_a_conditional_entropy_with_a_braced_logarithm(formula: str, holds: bool, name: str) -> None:
    # Y given X = x with p(y|x) = (1/2, 1/4, 1/4): -sum p log p = 1.5 bits > 0, so the missing minus changes it.
    given = (Fraction(1, 2), Fraction(1, 4), Fraction(1, 4))
    assert -sum(float(g) * math.log2(g) for g in given) == 1.5
    text = f"We recall\n\n$${formula}$$\n" if name == "a.md" else f"We recall\n\\[{formula}\\]\n"
    assert _verdicts(text, name) == (["holds"] if holds else ["false"])


@pytest.mark.parametrize(
    "formula",
    [
        r"$KL(p, q) = 0 \iff p =q$",
        r"$$D_{KL}(P \| Q) = 0 \Leftrightarrow P = Q$$",
        "1. $D(P||Q) = 0 ⟺ P = Q$",
        "- $KL(p, q) = 0 \\iff p = q$",
        "```math\nD_{KL}(P \\| Q) = 0 \\iff P = Q\n```",
    ],
)
def test_a_divergence_zero_exactly_when_equal_in_a_formula_of_its_own(formula: str) -> None:
    # Gibbs' inequality: D(P||Q) > 0 for our P != Q, and D(P||P) = 0.
    assert _kl(_P, _Q) > 0 and _kl(_P, _P) == 0
    claims = _claims(f"Gibbs' inequality gives\n\n{formula}\n")
    assert [(claim.kind, claim.verdict) for claim in claims] == [("bound", "holds")]


def test_a_formula_with_words_on_its_line_is_read_once() -> None:
    claims = _claims("So $KL(p, q) = 0 \\iff p = q$ for every pair.\n")
    assert [claim.verdict for claim in claims] == ["holds"]


@pytest.mark.parametrize(
    ("formula", "holds"),
    [
        (r"D\_{KL}(P \| Q) = \sum\_x P(x) \log \frac{P(x)}{Q(x)}", True),
        (r"D\_{KL}(P \| Q) = -\sum\_x P(x) \log \frac{P(x)}{Q(x)}", False),
        (r"H(P) = -\sum\_{i} p\_i \log p\_i", True),
        (r"D\_{KL}\[P \| Q\] = \sum\_x P(x) \log \frac{P(x)}{Q(x)}", True),
    ],
)
@pytest.mark.parametrize("wrap", ["1. ${}$", "- ${}$", "$${}$$", "Note that ${}$ here."])
def test_markdown_escapes_inside_maths(formula: str, holds: bool, wrap: str) -> None:
    # Notes written for a renderer that reads Markdown first escape _ * [ ] inside the maths.
    assert _verdicts("## Properties\n\n" + wrap.format(formula) + "\n") == (["holds"] if holds else ["false"])


def test_a_row_break_before_a_bracket_is_not_an_escape() -> None:
    text = "$$\\begin{aligned} D(P\\|Q) &= \\sum_x P(x) \\log \\frac{P(x)}{Q(x)} \\\\[2pt] &\\ge 0 \\end{aligned}$$\n"
    assert "false" not in _verdicts("The divergence:\n\n" + text)


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"$$KL[p^*(x)\|p(x|\phi)] \geq 0$$", "holds"),
        (r"$D_{KL}(p_\theta \Vert p^{\star}) \ge 0$", "holds"),
        (r"$D_{KL}(p(x) \| q(x)) < 0$", "false"),
        (r"$D_{KL}(p(x) \mid\mid q(x)) = D_{KL}(q(x) \mid\mid p(x))$", "false"),
        ("KL(p*(x) ∥ p(x|θ)) ≥ 0", None),  # typed with Unicode letters: not read as a density
    ],
)
def test_a_divergence_of_densities_written_with_their_arguments_or_marks(formula: str, verdict: str | None) -> None:
    # D(P||Q) >= 0 always; our P, Q give D(P||Q) != D(Q||P), so symmetry is false.
    assert abs(_kl(_P, _Q) - _kl(_Q, _P)) > 1e-3
    verdicts = _verdicts(f"For densities\n\n{formula}\n")
    assert verdicts == ([] if verdict is None else [verdict])


def test_a_density_conditioned_on_a_variable_is_not_read_as_a_plain_distribution() -> None:
    # q(z|x) is a family of distributions, one for each x: not one distribution.
    assert _verdicts("The bound\n\n$D_{KL}(q(z|x) \\| p(z)) < 0$\n") == []


@pytest.mark.parametrize(
    "formula",
    [
        r"$$KL[p^*(x)\Vert p(x|\phi)] = 0\iff p^*(x)=p(x|\phi)$$",
        r"$$D_{KL}(p_\theta \| p^*) = 0 \iff p_\theta = p^*$$",
    ],
)
def test_zero_exactly_when_equal_with_marked_densities(formula: str) -> None:
    assert _verdicts(f"So\n\n{formula}\n") == ["holds"]


@pytest.mark.parametrize("size", [r"\big", r"\Big", r"\bigg", r"\Bigg"])
@pytest.mark.parametrize("log", [r"\log", r"\operatorname{log}", r"\operatorname*{log}"])
def test_sized_brackets_and_starred_operator_names(size: str, log: str) -> None:
    right = rf"D_{{KL}}(P \| Q) = \sum_x P(x) {log} {size}l( \frac{{P(x)}}{{Q(x)}} {size}r)"
    flipped = rf"D_{{KL}}(P \| Q) = -\sum_x P(x) {log} {size}( \frac{{P(x)}}{{Q(x)}} {size})"
    assert _verdicts(f"Defined as\n\n$${right}$$\n") == ["holds"]
    assert _verdicts(f"Defined as\n\n$${flipped}$$\n") == ["false"]


@pytest.mark.parametrize(
    "formula",
    [
        r"$H(X) \leq \log |\mathcal X|$",
        r"$$H(X) \le \log_2 |\mathcal{X}|$$",
        r"$$0 \le H(Y) \le \log \left| \mathcal{Y} \right|$$",
        r"1. $H(X) \leq \log |\mathcal X|$",
        r"So $H(X) \leq \log |\mathcal X|$, with equality for the uniform distribution.",
        "```math\nH(X) \\leq \\log |\\mathcal X|\n```",
    ],
)
def test_the_alphabet_bound_holds(formula: str) -> None:
    # |X| = 3: our P has H(P) = 1.46 bits <= log2 3 = 1.58 bits, the uniform reaches it.
    entropy = -sum(float(p) * math.log2(p) for p in _P)
    assert entropy < math.log2(3)
    claims = _claims(f"For a variable X over a finite alphabet\n\n{formula}\n")
    assert [(claim.kind, claim.verdict) for claim in claims if "mathcal" in claim.text] == [("bound", "holds")]


@pytest.mark.parametrize(
    "formula", [r"$H(X) \le \log |\mathcal{Y}|$", r"$$H(X) \le \log|\mathcal{X}| - 1$$", r"$H(X) \le \log |X|^2$"]
)
def test_other_alphabets_or_other_bounds_are_not_the_alphabet_bound(formula: str) -> None:
    assert not any(claim.kind == "bound" and claim.verdict == "holds" for claim in _claims(f"So\n\n{formula}\n"))


@pytest.mark.parametrize(
    ("formula", "holds"),
    [
        (r"H(X) = \mathbb{E}[-\log p(X)]", True),
        (r"H(X) = -E[\log p(X)]", True),
        (r"H(X) = \mathbb{E}\left[\log \frac{1}{p(X)}\right]", True),
        (r"\mathbb{E}[-\log p(X)] = H(X)", True),
        (r"H(X) = \mathbb{E}[\log p(X)]", False),
        (r"E[\log p(X)] = H(X)", False),
        (r"\sum_x p(x) \log \frac{p(x)}{q(x)} = D(p\|q)", True),
        (r"-\sum_x p(x) \log \frac{p(x)}{q(x)} = D(p\|q)", False),
    ],
)
@pytest.mark.parametrize("wrap", ["${}$", "$${}$$", "1. ${}$"])
def test_an_expectation_of_a_variable_and_a_definition_written_right_to_left(
    formula: str, holds: bool, wrap: str
) -> None:
    # E[-log p(X)] = -sum p log p = H(X) > 0 for our P, so the sign matters.
    assert -sum(float(p) * math.log(p) for p in _P) > 0
    assert _verdicts("Recall\n\n" + wrap.format(formula) + "\n") == (["holds"] if holds else ["false"])


def test_an_expectation_of_another_distribution_is_not_the_entropy() -> None:
    # E_p[-log q(X)] is the cross-entropy: it is not read as a definition of H(X).
    assert _verdicts("Recall\n\n$H(X) = \\mathbb{E}[-\\log q(X)]$\n") == []


@pytest.mark.parametrize(
    ("formula", "holds"),
    [
        ("D_KL(P||Q) = sum over x of P(x) * log(P(x)/Q(x))", True),
        ("D_KL(P||Q) = -sum over all x of P(x) log(P(x)/Q(x))", False),
        ("H(p,q) = -E_{x~p}[log q(x)]", True),
        ("H(p,q) = E_{x∼p}[log q(x)]", False),
        (r"$H(p,q) = -\mathbb{E}_{x \sim p}[\log q(x)]$", True),
    ],
)
def test_a_sum_typed_in_words_and_an_expectation_under_a_typed_tilde(formula: str, holds: bool) -> None:
    # H(P,Q) = -sum p log q > 0 for our P, Q: the sign matters.
    assert -sum(float(p) * math.log(q) for p, q in zip(_P, _Q, strict=True)) > 0
    assert _verdicts(f"Definition:\n\n{formula}\n", "a.txt") == (["holds"] if holds else ["false"])


def test_a_formula_saved_twice_from_mathml_glyph_by_glyph_is_not_read() -> None:
    # Our own KL sum, sum p ln(p/q) for P = (1/2, 1/2), Q = (1/4, 3/4): 0.5 ln 2 + 0.5 ln(2/3) = 0.1438 nats. The
    # flattened copy loses the minus of ln(2/3) = -0.405; the spaced copy keeps it but spells its logarithms.
    value = 0.5 * math.log(2) + 0.5 * math.log(2 / 3)
    assert round(value, 4) == 0.1438
    flattened = "D(PQ)=0.5×ln(0.50.25)+0.5×ln(0.50.75)=0.5×0.693+0.5×0.405=0.1438"
    spaced = "D ( P ∥ Q ) = 0.5 × l o g ( 0.5 0.25 ) + 0.5 × l o g ( 0.5 0.75 ) = 0.5 × 0.693 + 0.5 × − 0.405 = 0.1438"
    claims = _claims(f"# KL\n\n{flattened}(1) (1) {spaced}\n\nThen $D(P\\|Q) \\ge 0$.\n")
    assert [(claim.kind, claim.verdict) for claim in claims] == [("bound", "holds")]


def _jsd_by_mixture(p: tuple[Fraction, ...], q: tuple[Fraction, ...], twice_first: bool) -> float:
    """``(KL(P||M) + KL(Q||M))/2`` with ``M = (P+Q)/2``, or with ``KL(P||M)`` twice (a slip)."""
    m = tuple((a + b) / 2 for a, b in zip(p, q, strict=True))
    return (_kl(p, m) + _kl(p if twice_first else q, m)) / 2


@pytest.mark.parametrize("mixture", [r"\frac{p+q}{2}", r"(p+q)/2", r"\frac{1}{2}(p+q)", r"\frac{q+p}{2}"])
@pytest.mark.parametrize("bar", [r"\|", r"\,\middle\|\,", r"\mid\mid", "∥"])
def test_a_jsd_defined_with_its_mixture_written_out(mixture: str, bar: str) -> None:
    # With KL(p||M) twice the right side is KL(p||M), not the JSD: they differ for our P, Q.
    assert abs(_jsd_by_mixture(_P, _Q, True) - _jsd_by_mixture(_P, _Q, False)) > 1e-3
    left = rf"\mathrm{{JS}}(p \| q) = \frac{{1}}{{2}} \mathrm{{KL}}\left(p {bar} {mixture}\right)"
    right = rf"\mathrm{{KL}}\left(q {bar} {mixture}\right)"
    twice = rf"\mathrm{{KL}}\left(p {bar} {mixture}\right)"
    assert _verdicts(f"JS:\n\n$${left} + \\frac{{1}}{{2}} {right}$$\n") == ["holds"]
    assert _verdicts(f"JS:\n\n$${left} + \\frac{{1}}{{2}} {twice}$$\n") == ["false"]


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"\mathbb{H}[X] = -\sum_x p(x) \log p(x)", "holds"),
        (r"\mathbb{H}[X] = \sum_x p(x) \log p(x)", "false"),
        (r"D_{KL}(p_1 \| p_2) = \sum_x p_1(x) \log \frac{p_1(x)}{p_2(x)}", "holds"),
        (r"D_{KL}(P_1 \| P_2) = \sum_x P_1(x) \log \frac{P_2(x)}{P_1(x)}", "false"),
        (r"D_{KL}(P_{1} \| P_{2}) = \sum_x P_{2}(x) \log \frac{P_{2}(x)}{P_{1}(x)}", "false"),
        (r"D(p_1(x) \| p_2(x)) \ge 0", "holds"),
    ],
)
def test_numbered_densities_and_a_blackboard_entropy(formula: str, verdict: str) -> None:
    assert _verdicts(f"Definition:\n\n$${formula}$$\n") == [verdict]


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"H(X) = -\sum_x p(x) \operatorname{lb} p(x)", "holds"),
        (r"H(X) = \sum_x p(x) \operatorname{lb} p(x)", "false"),
        (r"H(X) = -\sum_x p(x) \mathrm{lg}\, p(x)", "holds"),
        (r"D(p\|q) = \sum_X p(x) \operatorname{lb}{p(x)} - \sum_X p(x) \operatorname{lb}{q(x)}", "holds"),
        (r"D(p\|q) = \sum_X p(x) \operatorname{lb}{q(x)} - \sum_X p(x) \operatorname{lb}{p(x)}", "false"),
        (r"H(X|Y) = -\sum_{x, y} P(xy) \operatorname{lb} P(x|y)", "holds"),
        (r"H(X|Y) = \sum_{x, y} P(xy) \operatorname{lb} P(x|y)", "false"),
    ],
)
def test_logarithms_named_for_their_base_and_a_joint_without_its_comma(formula: str, verdict: str) -> None:
    # lb is log base 2 (ISO 80000-2); a definition's sign does not depend on the base.
    assert _verdicts(f"Definitions:\n\n$${formula}$$\n") == [verdict]


@pytest.mark.parametrize(("name", "sign", "verdict"), [("H_X", "-", "holds"), ("H_{Y}", "", "false")])
@pytest.mark.parametrize("wrap", ["$${}$$", "\\[ {} \\]"])
def test_an_entropy_named_with_its_variable_under_it(name: str, sign: str, verdict: str, wrap: str) -> None:
    formula = wrap.format(rf"{name} = {sign}\sum_{{x}} p(x) \log_2 p(x)")
    assert _verdicts(f"Definition:\n\n{formula}\n") == [verdict]


def test_an_entropy_with_a_subscript_and_arguments_is_another_name() -> None:
    # H_X(p) names a function of p under X's name, not H(X): its sum is not read as X's entropy's definition.
    assert _verdicts("Definition:\n\n$$H_{X}(p) = \\sum_{x} p(x) \\log_2 p(x)$$\n") == []
