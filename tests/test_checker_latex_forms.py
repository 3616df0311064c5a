"""Definitions and formulas as LaTeX writes them: integrals, distributions named by their variable, user macros."""

from __future__ import annotations

from fractions import Fraction

import mpmath
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


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"H(X) \equiv -\sum_{x \in \mathcal{X}} p(x) \log p(x)", "holds"),
        (r"H(X) := \sum_{x} p(x) \log p(x)", "false"),
        (r"D(p \| q) \triangleq \sum_{x} p(x) \log \frac{p(x)}{q(x)}", "holds"),
        (r"D(p \| q) \stackrel{\text{def}}{=} \sum_{x} p(x) \log \frac{q(x)}{p(x)}", "false"),
    ],
)
def test_a_definition_written_with_a_defining_sign_is_read_as_one(formula: str, verdict: str) -> None:
    # Course notes write definitions with \equiv or := (17 of a set of notes' 26 formulas); none was read.
    (claim,) = _definitions(f"$${formula}$$\n")
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("Relative entropy definition: $$H(p,q) = -\\sum_x p(x)\\log q(x)$$", "false"),
        ("The cross-entropy is $$H(p,q) = -\\sum_x p(x)\\log q(x)$$", "holds"),
        ("交叉熵定义： $$D(p||q) = \\sum_x p(x)\\log \\frac{p(x)}{q(x)}$$", "false"),
        ("상대 엔트로피: $$D(p||q) = \\sum_x p(x)\\log \\frac{p(x)}{q(x)}$$", "holds"),
        ("Before the KL divergence we need $$H(p,q) = -\\sum_x p(x)\\log q(x)$$", "holds"),
    ],
)
def test_a_definition_under_the_other_measure_s_name_is_false(line: str, verdict: str) -> None:
    # A notebook defined "relative entropy" as -sum p log q, the cross-entropy: a right formula under the wrong name.
    (claim,) = _definitions(line + "\n")
    assert claim.verdict == verdict


# --- a joint distribution in a table ------------------------------------------------------------------------

#: The joint distribution of U (rows) and V (columns) that the documents below give, and its measures in bits.
_JOINT = {
    ("0", "x"): Fraction(1, 8),
    ("0", "y"): Fraction(3, 8),
    ("1", "x"): Fraction(1, 4),
    ("1", "y"): Fraction(1, 4),
}


def _bits(probabilities: list[Fraction]) -> mpmath.mpf:
    return -mpmath.fsum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)
        for p in probabilities
        if p
    )


def _marginal(index: int) -> dict[str, Fraction]:
    totals: dict[str, Fraction] = {}
    for key, p in _JOINT.items():
        totals[key[index]] = totals.get(key[index], Fraction(0)) + p
    return totals


_H_U, _H_V, _H_UV = _bits(list(_marginal(0).values())), _bits(list(_marginal(1).values())), _bits(list(_JOINT.values()))
_H_V_GIVEN_U0 = _bits([_JOINT["0", v] / _marginal(0)["0"] for v in "xy"])


def _joint_document(variables: str, table_sum_one: bool = True) -> str:
    last = "1/4" if table_sum_one else "1/2"
    return (
        "\\documentclass{article}\n\\begin{document}\n"
        "A joint distribution:\n"
        f"$$\\begin{{tabular}}{{c|cc}} & x & y \\\\ \\hline 0 & 1/8 & 3/8 \\\\ 1 & 1/4 & {last} \\end{{tabular}}$$\n"
        f"{variables}\n\n"
        "\\begin{equation}\nH(V|U=0) = -\\frac{1}{4}\\log_2{\\frac{1}{4}} - \\frac{3}{4}\\log_2{\\frac{3}{4}}"
        f" \\approx {mpmath.nstr(_H_V_GIVEN_U0, 3)}\n\\end{{equation}}\n"
        "\\begin{equation}\nH(V|U) = \\frac{1}{2}H(V|0) + \\frac{1}{2}H(V|1) \\approx "
        f"{mpmath.nstr(_H_UV - _H_U, 3)}\n\\end{{equation}}\n"
        # H(V) taken as 1 bit: the difference is right, the mutual information is not
        "\\begin{equation}\nI(U;V) = H(V) - H(V|U) = 1 - 0.906 = 0.094\n\\end{equation}\n"
        "\\end{document}\n"
    )


def test_measures_of_random_variables_are_checked_on_the_joint_table_the_document_gives() -> None:
    assert mpmath.nstr(_H_UV - _H_U, 3) == "0.906" and abs(_H_U + _H_V - _H_UV - mpmath.mpf("0.094")) > 0.04
    report = check_text(_joint_document("Here $U\\in\\{0,1\\}$ and $V \\in \\{x, y\\}$."), "a.tex")
    verdicts = {item.text: item.verdict for item in report.claims}
    assert verdicts["H(V|U=0) \\approx 0.811"] == "holds"
    assert verdicts["\\frac{1}{2}H(V|0) + \\frac{1}{2}H(V|1) \\approx 0.906"] == "holds"
    assert verdicts["I(U;V) = H(V) - H(V|U)"] == "holds"
    assert verdicts["H(V) - H(V|U) = 0.094"] == verdicts["H(V) - H(V|U) = 1 - 0.906"] == "false"
    assert sorted(verdicts.values()).count("false") == 2


@pytest.mark.parametrize(
    ("variables", "sums_to_one"),
    [("Here $U\\in\\{0,1\\}$ and $V \\in \\{x, y\\}$.", False), ("The values are 0, 1 and x, y.", True)],
)
def test_a_table_that_is_no_joint_distribution_or_names_no_variables_leaves_them_unchecked(
    variables: str, sums_to_one: bool
) -> None:
    report = check_text(_joint_document(variables, sums_to_one), "a.tex")
    assert all(item.verdict != "false" for item in report.claims)
    assert [item.verdict for item in report.claims if "H(V|U)" in item.text] == ["unchecked"]


@pytest.mark.parametrize(
    ("written", "cut_above", "verdict"),
    [("0.92", False, "holds"), ("0.91", False, "false"), ("0.91", True, "unchecked"), ("0.90", True, "false")],
)
def test_a_value_cut_off_to_two_digits_is_not_called_false_where_the_document_cuts_values_off(
    written: str, cut_above: bool, verdict: str
) -> None:
    third, fifth = mpmath.mpf(1) / 3, mpmath.mpf(1) / 5
    h_p = -(third * mpmath.log(third, 2) + 2 * third * mpmath.log(2 * third, 2))
    h_q = -(fifth * mpmath.log(fifth, 2) + 4 * fifth * mpmath.log(4 * fifth, 2))
    assert mpmath.nstr(h_p, 4) == "0.9183" and mpmath.nstr(h_q, 4) == "0.7219"  # cut off: 0.91 and 0.721
    above = "Let $Q = (1/5, 4/5)$: $H(Q) \\approx 0.721$ bits.\n\n" if cut_above else ""
    text = f"{above}Let $P = (1/3, 2/3)$.\n\nIn bits, $H(P) \\approx {written}$.\n"
    claim = [item for item in check_text(text, "a.md").claims if item.kind != "definition"][-1]
    assert claim.text.startswith("H(P)") and claim.verdict == verdict


def test_a_table_set_in_text_names_its_variables_in_its_corner_and_a_commented_one_is_not_read() -> None:
    rows = "$A \\backslash B$ & s & t \\\\ \\hline 1 & 0.3 & 0.2 \\\\ 2 & 0.1 & 0.4"
    table = f"\\begin{{tabular}}{{c|cc}} {rows} \\end{{tabular}}"
    # H(A,B) = H(0.3, 0.2, 0.1, 0.4), with P(A=1) = P(A=2) = 1/2, so H(B|A) = H(A,B) - 1 bit.
    joint = -mpmath.fsum(mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2) for p in ("0.3", "0.2", "0.1", "0.4"))
    value = mpmath.nstr(joint - 1, 4)
    assert value == "0.8464"
    claim = f"\\begin{{equation}}\nH(B|A) \\approx {value}\n\\end{{equation}}\n"
    for commented, verdict in (("", "holds"), ("% ", "unchecked")):
        text = f"\\documentclass{{article}}\n\\begin{{document}}\n{commented}{table}\n\n{claim}\\end{{document}}\n"
        (judged,) = [item for item in check_text(text, "a.tex").claims if "H(B|A)" in item.text]
        assert judged.verdict == verdict


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("KL(P | | Q)=–X 中 X 的和 P(x) * log(Q(x) / P(x))", "holds"),
        ("KL(P | | Q)= X 中 X 的和 P(x) * log(Q(x) / P(x))", "false"),
        ("KL(P | | Q)= X 中 X 的和 Q(x) * log(Q(x) / P(x))", "false"),
    ],
)
def test_a_definition_with_spaced_bars_and_a_sum_in_words_as_translated(line: str, verdict: str) -> None:
    (claim,) = _definitions(f"定义:\n\n*   {line}\n")
    assert claim.verdict == verdict


def test_a_jensen_shannon_definition_with_spaced_bars_is_read() -> None:
    (claim,) = check_text("JS 散度:\n\nJS(P | | Q)= 1/2 * KL(P | | M)+1/2 * KL(Q | | M)\n", "a.md").claims
    assert (claim.kind, claim.verdict) == ("jsd_definition", "holds")


# --- closed forms -------------------------------------------------------------------------------------------

_NORMALS = r"D_{KL}(\mathcal{N}(\mu_a, \sigma_a^2) \| \mathcal{N}(\mu_b, \sigma_b^2)) = "


def _closed_form(mu_a: float, s_a: float, mu_b: float, s_b: float, swapped: bool) -> mpmath.mpf:
    ratio = s_a / s_b if swapped else s_b / s_a
    return mpmath.log(ratio) + (s_a**2 + (mu_a - mu_b) ** 2) / (2 * s_b**2) - mpmath.mpf(1) / 2


def _integral(mu_a: float, s_a: float, mu_b: float, s_b: float) -> mpmath.mpf:
    def density(x: mpmath.mpf, mu: float, s: float) -> mpmath.mpf:
        return mpmath.npdf(x, mu, s)

    def term(x: mpmath.mpf) -> mpmath.mpf:
        return density(x, mu_a, s_a) * mpmath.log(density(x, mu_a, s_a) / density(x, mu_b, s_b))

    return mpmath.quad(term, [-mpmath.inf, mu_a, mpmath.inf])


@pytest.mark.parametrize(
    ("right", "verdict"),
    [
        (r"\ln \frac{\sigma_b}{\sigma_a} + \frac{\sigma_a^2 + (\mu_a - \mu_b)^2}{2 \sigma_b^2} - \frac12", "holds"),
        (r"\log \frac{\sigma_a}{\sigma_b} + \frac{\sigma_a^2 + (\mu_a - \mu_b)^2}{2 \sigma_b^2} - \frac12", "false"),
        (r"\log \frac{\sigma_b}{\sigma_a} + \frac{\sigma_a^2 + (\mu_a - \mu_b)^2}{2 \sigma_b^2} - \frac{1}{2} c", None),
        (r"\log_2 \frac{\sigma_b}{\sigma_a} + \frac{\sigma_a^2 + (\mu_a - \mu_b)^2}{2 \sigma_b^2} - \frac{1}{2}", None),
    ],
)
def test_a_closed_form_for_two_normals_is_checked_by_putting_numbers_for_its_symbols(
    right: str, verdict: str | None
) -> None:
    parameters = (0.5, 1.5, -1.0, 0.75)
    assert abs(_integral(*parameters) - _closed_form(*parameters, swapped=False)) < 1e-12
    assert abs(_integral(*parameters) - _closed_form(*parameters, swapped=True)) > 0.1
    claims = [item for item in check_text(f"Two normals:\n\n$${_NORMALS}{right}$$\n", "a.md").claims]
    assert [item.verdict for item in claims if item.kind == "identity"] == ([verdict] if verdict else [])


@pytest.mark.parametrize(
    ("term", "verdict"),
    [
        (r"-\frac{1}{2} \sum_{k=1}^{K} \left( 1 + \log \sigma_k^2 - \mu_k^2 - \sigma_k^2 \right)", "holds"),
        (r"\frac{1}{2} \sum_{k=1}^{K} \left( 1 + \log \sigma_k^2 - \mu_k^2 - \sigma_k^2 \right)", "false"),
        (r"\frac{1}{2} \sum_{k} \left( \mu_k^2 + \sigma_k^2 - \ln \sigma_k^2 - 1 \right)", "holds"),
        (r"\frac{1}{2 \ln 2} \sum_{k} \left( \mu_k^2 + \sigma_k^2 - \ln \sigma_k^2 - 1 \right)", None),
    ],
)
def test_the_kl_term_of_a_vae_is_checked_against_the_normals_named_above_it(term: str, verdict: str | None) -> None:
    # One dimension: D_KL(N(mu, s^2) || N(0, 1)) = (mu^2 + s^2 - ln s^2 - 1) / 2, here against the integral.
    mu, s = 0.25, 1.75
    assert abs(_integral(mu, s, 0.0, 1.0) - (mu**2 + s**2 - mpmath.log(s**2) - 1) / 2) < 1e-12
    normals = "With $q(z|x) = \\mathcal{N}(\\mu, \\sigma^2)$ and $p(z) = \\mathcal{N}(0, I)$:"
    text = f"{normals}\n\n$$D_{{KL}}(q \\| p) = {term}$$\n"
    claims = [item.verdict for item in check_text(text, "a.md").claims if item.kind == "identity"]
    assert claims == ([verdict] if verdict else [])


# --- user macros --------------------------------------------------------------------------------------------


def test_a_macro_the_document_defines_is_expanded_in_its_formulas() -> None:
    # D_KL(P||Q) for P = (1/2, 1/2), Q = (1/4, 3/4): (1/2) ln 2 + (1/2) ln(2/3)
    true_value = mpmath.log(2) / 2 + mpmath.log(mpmath.mpf(2) / 3) / 2
    text = (
        "$$\\newcommand{\\dv}[2]{D_{\\mathrm{KL}}(#1 \\,\\|\\, #2)}$$\n\n"
        "Let $P = (1/2, 1/2)$ and $Q = (1/4, 3/4)$.\n\n"
        f"$$\\dv{{P}}{{Q}} \\approx {mpmath.nstr(true_value, 4)}$$\n\n$$\\dv{{P}}{{Q}} \\approx 0.3$$\n"
    )
    verdicts = [item.verdict for item in check_text(text, "a.md").claims if item.kind == "kl"]
    assert verdicts == ["holds", "false"]


def test_undefined_macros_that_name_measures_are_read_and_the_cross_entropy_from_its_own_definition() -> None:
    text = (
        "The cross entropy:\n\n$$\\CrossH{p || q} = -\\sum_x p(x) \\log_2 q(x)$$\n\n"
        "$$\\CrossH{p || q} = \\H{p} + \\DKL{p || q}$$\n\n$$\\CrossH{p || q} = \\H{q} + \\DKL{p || q}$$\n"
    )
    claims = check_text(text, "a.md").claims
    assert [(item.kind, item.verdict) for item in claims] == [
        ("definition", "holds"),
        ("identity", "holds"),
        ("identity", "false"),  # a measure set to other measures of the same pair: meant for every pair, it fails
    ]


def test_a_macro_that_grows_without_end_leaves_the_formula_as_written() -> None:
    text = "\\newcommand{\\grow}{\\grow\\grow}\n\n" + "$\\grow H(P) = 1$ bit.\n\n" * 2000
    claims = check_text(text, "a.md").claims
    assert all(item.verdict != "false" for item in claims)
