"""LaTeX as authors write it: their own macros (``\\DeclareMathOperator``, optional arguments) and siunitx."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy_bits(*probabilities: float) -> mpmath.mpf:
    return -mpmath.fsum(mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2) for p in probabilities)


def _kl_nats(p: tuple[float, ...], q: tuple[float, ...]) -> mpmath.mpf:
    return mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b)) for a, b in zip(p, q, strict=True))


_HEADER = (
    "---\ntitle: Notes\nheader-includes:\n  - |\n"
    "    \\DeclareMathOperator{\\opKL}{D_\\mathrm{KL}}\n"
    "    \\DeclareMathOperator*{\\opEnt}{H}\n"
    "    \\newcommand{\\Mid}[1][]{\\:#1\\:}\n"
    "    \\newcommand{\\KLof}[2]{\\opKL(#1 \\Mid[\\Vert] #2)}\n"
    "    \\newcommand{\\Hof}[1]{\\opEnt(#1)}\n---\n\n"
)


def test_operators_and_macros_with_an_optional_argument_from_a_markdown_header_are_expanded() -> None:
    kl = _kl_nats((0.5, 0.5), (0.25, 0.75))
    reverse = _kl_nats((0.25, 0.75), (0.5, 0.5))
    text = (
        _HEADER + "Let $P = (0.5, 0.5)$ and $Q = (0.25, 0.75)$.\n\n"
        f"Then $\\KLof{{P}}{{Q}} = {mpmath.nstr(kl, 4)}$ nats and $\\Hof{{P}} = 1$ bit, "
        f"while $\\KLof{{Q}}{{P}} = {mpmath.nstr(reverse * 2, 2)}$ nats.\n"
    )
    verdicts = [(item.kind, item.verdict) for item in check_text(text, "a.md").claims if item.kind != "definition"]
    assert verdicts == [("kl", "holds"), ("entropy", "holds"), ("kl", "false")]


def test_a_macro_that_cannot_be_expanded_leaves_its_formula_unread() -> None:
    long_body = "D_{KL}(#1 \\| #2)" + " " * 400  # longer than any body expanded
    text = (
        f"\\newcommand{{\\KLof}}[2]{{{long_body}}}\n\n"
        "Let $P = (0.5, 0.5)$ and $Q = (0.25, 0.75)$.\n\n$\\KLof{P}{Q} = 0.25$ nats.\n\n"
        "$$\n\\begin{aligned}\n\\Ent{P} &= 0.9 \\\\\n\\Ent{Q} &= 0.5\n\\end{aligned}\n$$\n"  # never defined
    )
    claims = check_text(text, "a.md").claims
    assert all(item.verdict == "holds" for item in claims), claims  # JSD(p, q) = 0.0338 nats in the aligned one


def test_a_line_of_a_longer_formula_is_expanded_only_where_it_does_not_grow() -> None:
    # \Hof{P} shrinks into H(P), padded: the lines keep their numbers
    text = _HEADER + "Let $P = (0.5, 0.5)$.\n\n$$\n\\begin{aligned}\n\\Hof{P} &= 1 \\\\\n&= 0.9\n\\end{aligned}\n$$\n"
    claims = [item for item in check_text(text, "a.md").claims if item.kind == "entropy"]
    assert [(item.verdict, item.lines[0]) for item in claims] == [("holds", 16), ("false", 17)]


_KL_MACRO = "\\newcommand{\\KL}[2]{D_{\\mathrm{KL}}(#1\\|#2)}\n"
_PQ = "Let $p = (1/2, 1/2)$ and $q = (1/4, 3/4)$.\n"


@pytest.mark.parametrize(
    ("name", "display"),
    [
        ("a.tex", "\\[\nJSD(p,q) = \\tfrac12 \\KL{p}{m} + \\tfrac12 \\KL{q}{m},\n\\]\n"),
        ("a.tex", "\\[\nJSD(p,q) = \\tfrac12 \\KL{p}{m} + \\tfrac12 \\KL{q}{m}\n\\]\n"),
        ("a.md", "$$\nJSD(p,q) = \\frac{1}{2} \\KL{p}{m} + \\frac{1}{2} \\KL{q}{m},\n$$\n"),
    ],
)
def test_a_long_macro_on_the_last_line_of_a_display_is_expanded(name: str, display: str) -> None:
    # JSD(p, q) with m = (3/8, 5/8): both sides are the same sum, 0.0338 nats
    m = (0.375, 0.625)
    jsd = (_kl_nats((0.5, 0.5), m) + _kl_nats((0.25, 0.75), m)) / 2
    assert mpmath.nstr(jsd, 4) == "0.03382"
    claims = check_text(_KL_MACRO + _PQ + display, name).claims
    assert [(item.kind, item.verdict) for item in claims if item.lines == (4,)] == [("jsd_definition", "holds")]
    assert "0.03382207557 nats" in claims[-1].note


def test_a_wrong_value_after_a_long_macro_on_the_last_line_of_a_display_is_false() -> None:
    kl = _kl_nats((0.5, 0.5), (0.25, 0.75))  # ln(4/3)/2 = 0.1438 nats, 0.2075 bits
    assert mpmath.nstr(kl, 4) == "0.1438"
    claims = check_text(_KL_MACRO + _PQ + "\\[\n\\KL{p}{q} = 0.5,\n\\]\n", "a.tex").claims
    (claim,) = [item for item in claims if item.lines == (4,)]  # on the line it is written on
    assert (claim.kind, claim.verdict) == ("kl", "false") and f"{mpmath.nstr(kl, 10)} nats" in claim.note


@pytest.mark.parametrize(
    "formula",
    [
        "$JSD(p,q) = \\tfrac12 \\foo{p}{m} + \\tfrac12 \\foo{q}{m},$",
        "$$\nJSD(p,q) = \\frac{1}{2} \\foo{p}{m} + \\frac{1}{2} \\foo{q}{m},\n$$",
        "$$\n\\begin{aligned}\nJSD(p,q) &= \\tfrac12 \\KL{p}{m} + \\tfrac12 \\KL{q}{m} \\\\\n"
        "&= 0.0338\n\\end{aligned}\n$$",
    ],
)
def test_a_factor_before_a_macro_not_read_is_not_taken_for_the_value(formula: str) -> None:
    # \foo is never defined; \KL grows on a line that is not the display's last: neither is read
    claims = check_text(_KL_MACRO + _PQ + "\n" + formula + "\n", "a.md").claims
    assert not [item for item in claims if item.verdict == "false"], claims
    assert all(item.verdict == "holds" for item in claims), claims  # JSD(p, q) = 0.0338 nats in the aligned one
    assert not [item for item in claims if "frac" in item.text and item.kind == "jsd"], claims


def test_siunitx_numbers_in_a_display_are_read() -> None:
    value = _entropy_bits(0.9, 0.1)
    text = (
        "\\documentclass{article}\n\\usepackage{siunitx}\n\\begin{document}\nFor a coin with $p = 0.9$,\n\\[\n"
        "  H = -\\left(0.9 \\times \\log_{2} 0.9 + 0.1 \\times \\log_{2} 0.1 \\right)\n"
        f"  = \\num{{{mpmath.nstr(value, 7)}}} .\n\\]\n"
        "and for $p = 0.7$,\n\\[\n  H = -\\left(0.7 \\times \\log_{2} 0.7 + 0.3 \\times \\log_{2} 0.3 \\right)\n"
        f"  = \\num[round-precision=3]{{{mpmath.nstr(_entropy_bits(0.6, 0.4), 6)}}}\n\\]\n\\end{{document}}\n"
    )
    claims = [item for item in check_text(text, "a.tex").claims if item.kind == "expression"]
    assert [(item.verdict, item.lines[0]) for item in claims] == [("holds", 7), ("false", 12)]


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"KL(p||q) = \int_{\infty}^{\infty} p(x) \ln \frac{p(x)}{q(x)} dx", "false"),
        (r"D_{KL}(p \| q) = \int_{-\infty}^{+\infty} p(x) \log \frac{p(x)}{q(x)} \, dx", "holds"),
        (r"H(X) = -\int\limits^{\infty}_{-\infty} p(x) \log p(x) \, dx", "holds"),
        (r"H(X) = -\int_{+\infty}^{-\infty} p(x) \log p(x) \, dx", "false"),
        (r"H(p, q) = -\int_{-\infty}^{-\infty} p(x) \log q(x) dx", "false"),
        ("D(p||q) = ∫_∞^∞ p(x) log(p(x)/q(x)) dx", "false"),
        ("D(p||q) = ∫_{-∞}^∞ p(x) log(p(x)/q(x)) dx", "holds"),
        (r"D_{KL}(p \| q) = \int_{\mathbb{R}} p(x) \log \frac{p(x)}{q(x)} \, dx", "holds"),
    ],
)
def test_an_integral_defining_a_measure_runs_from_minus_to_plus_infinity(formula: str, verdict: str) -> None:
    (claim,) = [item for item in check_text(f"For densities,\n\n$${formula}$$\n", "a.md").claims]
    assert (claim.kind, claim.verdict) == ("definition", verdict)


def _bernoulli_kl(a: float, b: float) -> mpmath.mpf:
    return _kl_nats((a, 1 - a), (b, 1 - b))


@pytest.mark.parametrize(
    ("right", "verdict"),
    [
        (r"a\ln\frac{a}{b} + (1-a)\ln\frac{1-a}{1-b}", "holds"),
        (r"u \log \frac{u}{v} + (1 - u) \log \frac{1 - u}{1 - v}", "holds"),
        (r"a\ln\frac{a}{b} + (1-a)\ln\frac{1-b}{1-a}", "false"),
        (r"a\ln\frac{b}{a} + (1-a)\ln\frac{1-a}{1-b}", "false"),
    ],
)
def test_the_kl_of_two_bernoulli_distributions_in_any_two_letters(right: str, verdict: str) -> None:
    # the written right side at a = 0.3, b = 0.6 against the KL of (0.3, 0.7) from (0.6, 0.4)
    value = mpmath.mpf(0.3) * mpmath.log(mpmath.mpf(0.3) / 0.6) + mpmath.mpf(0.7) * mpmath.log(mpmath.mpf(0.7) / 0.4)
    assert mpmath.almosteq(value, _bernoulli_kl(0.3, 0.6))
    text = (
        "\\documentclass{article}\n\\begin{document}\nFor two Bernoulli distributions,\n"
        f"\\[ D_{{KL}}(\\mathrm{{Ber}}(a)\\|\\mathrm{{Ber}}(b)) = {right}, \\]\nas expected.\n\\end{{document}}\n"
    )
    (claim,) = check_text(text, "a.tex").claims
    assert (claim.kind, claim.verdict) == ("identity", verdict)


@pytest.mark.parametrize(("written", "verdict"), [(1.3069, "holds"), (0.8069, "false")])
def test_normals_given_in_code_lines_and_in_the_sentence_with_a_value_glued_to_the_next_word(
    written: float, verdict: str
) -> None:
    # KL(N(0, 2^2) || N(1, 1^2)) = ln(1/2) + (4 + 1) / 2 - 1/2
    value = mpmath.log(mpmath.mpf(1) / 2) + mpmath.mpf(5) / 2 - mpmath.mpf(1) / 2
    assert mpmath.nstr(value, 5) == "1.3069"
    text = (
        "Example:\nmu_a = 0.0\nsigma_a = 2.0\nmu_b = 1.0\nsigma_b = 1.0\nprint(kl_normal(mu_a, sigma_a, mu_b, sigma_b))"
        f"Output:\n{written}Explanation: The KL divergence between the normal distributions \\( A \\) and \\( B \\) "
        "with \\( \\mu_A = 0.0 \\), \\( \\sigma_A = 2.0 \\) and \\( \\mu_B = 1.0 \\), \\( \\sigma_B = 1.0 \\) "
        f"is {written}.\nStarter code\n"
    )
    claims = [(item.kind, item.verdict, item.lines[0]) for item in check_text(text, "a.txt").claims]
    assert claims == [("kl", verdict, 7)]


def test_the_binary_logarithm_written_lb_or_ld_is_read_in_base_2() -> None:
    value = _entropy_bits(0.25, 0.75)
    text = (
        "Sei $P = (0.25, 0.75)$.\n\n$$\n\\begin{aligned}\nH(P) &= -\\sum_x p(x) \\operatorname{ld} p(x) \\\\\n"
        f"&= -0.25 \\operatorname{{lb}} 0.25 - 0.75 \\operatorname{{lb}} 0.75 = {mpmath.nstr(value, 4)}\n"
        "\\end{aligned}\n$$\n\n二进制：$\\mathrm{lb}\\,4 = 2$，$\\operatorname{lb} 8 = 2$，$\\lb 16 = 4$。\n"
    )
    claims = [(item.kind, item.verdict) for item in check_text(text, "a.md").claims if item.kind != "definition"]
    assert ("expression", "holds") in claims
    assert claims.count(("expression", "false")) == 1  # lb 8 is 3, not 2
    definitions = [item.verdict for item in check_text(text, "a.md").claims if item.kind == "definition"]
    assert definitions == ["holds", "holds"]  # P, and H(P) as the sum


def _tabular_page(rows: str, claims: str) -> str:
    return (
        "\\documentclass{article}\n\\usepackage{booktabs}\n\\begin{document}\nTwo dialects:\n\\begin{table}[h]\n"
        f"\\begin{{tabular}}{{lcc}}\n\\toprule\nletter & $P$ & $Q$ \\\\\n\\midrule\n{rows}\\bottomrule\n"
        f"\\end{{tabular}}\n\\end{{table}}\n{claims}\n\\end{{document}}\n"
    )


def test_distributions_given_as_columns_of_a_tabular_are_read() -> None:
    p, q = (0.6, 0.3, 0.1), (0.2, 0.4, 0.4)
    rows = "".join(f"{letter} & {a} & {b} \\\\ % row {letter}\n" for letter, a, b in zip("xyz", p, q, strict=True))
    kl_bits = _kl_nats(p, q) / mpmath.log(2)
    claims = (
        f"So $H(P) = {mpmath.nstr(_entropy_bits(*p), 4)}$ bits and $D_{{KL}}(P \\| Q) = {mpmath.nstr(kl_bits, 4)}$ "
        f"bits, but $H(Q) = {mpmath.nstr(_entropy_bits(*q) + 0.1, 4)}$ bits."
    )
    checked = [(item.kind, item.verdict) for item in check_text(_tabular_page(rows, claims), "a.tex").claims]
    assert checked == [
        ("definition", "holds"),
        ("definition", "holds"),
        ("entropy", "holds"),
        ("kl", "holds"),
        ("entropy", "false"),
    ]


@pytest.mark.parametrize("name", ["a.tex", "a.md"])
def test_the_margins_of_a_joint_table_are_no_distributions_of_their_own(name: str) -> None:
    if name == "a.tex":
        text = (
            "\\begin{tabular}{c|cc|c}\nY/X & 1 & 2 & p(y) \\\\ \\hline\n1 & 1/8 & 3/8 & 1/2 \\\\\n"
            "2 & 1/4 & 1/4 & 1/2 \\\\ \\hline\np(x) & 3/8 & 5/8 & 1 \\\\\n\\end{tabular}\n"
        )
    else:
        text = "| Y/X | 1 | 2 | p(y) |\n|---|---|---|---|\n| 1 | 1/8 | 3/8 | 1/2 |\n| 2 | 1/4 | 1/4 | 1/2 |\n"
        text += "| p(x) | 3/8 | 5/8 | 1 |\n"
    claims = check_text(text, name).claims
    assert all(item.verdict != "false" for item in claims)
    assert [item.text for item in claims if item.kind == "definition"] == []  # p(y) is a margin of the joint


def test_a_column_that_ends_with_its_total_is_read_without_the_total() -> None:
    text = "| x | P |\n|---|---|\n| a | 1/8 |\n| b | 3/8 |\n| c | 1/2 |\n| total | 1 |\n\nSo $H(P) = 1.4056$ bits.\n"
    exact = _entropy_bits(1 / 8, 3 / 8, 1 / 2)
    assert mpmath.nstr(exact, 5) == "1.4056"
    claims = [(item.text, item.verdict) for item in check_text(text, "a.md").claims]
    assert claims == [("P = (1/8, 3/8, 1/2)", "holds"), ("H(P) = 1.4056", "holds")]


_KL_MATRICES = (
    r"D_{KL}(\mathcal{N}_0 \| \mathcal{N}_1) = \frac{1}{2}\left[\mathrm{tr}(\Sigma_1^{-1}\Sigma_0) + "
    r"(\boldsymbol{\mu}_1 - \boldsymbol{\mu}_0)^T \Sigma_1^{-1} (\boldsymbol{\mu}_1 - \boldsymbol{\mu}_0) - k + "
    r"\ln\frac{\det(\Sigma_1)}{\det(\Sigma_0)}\right]"
)


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"h(X) = \frac{1}{2}\ln|2\pi e\Sigma|", "holds"),
        (r"h(X) = \frac{d}{2}(1 + \ln 2\pi) + \frac{1}{2}\ln|\Sigma|", "holds"),
        (_KL_MATRICES, "holds"),
        (_KL_MATRICES.replace(r"\Sigma_1^{-1}\Sigma_0", r"\Sigma_0^{-1}\Sigma_1"), None),  # wrong: left unread
        (r"h(X) = \ln|2\pi e\Sigma|", None),  # the 1/2 missing: left unread, never called false
        (r"h(X) = \frac{1}{2}\ln|2\pi e\Sigma", None),  # a bar missing
    ],
)
def test_multivariate_normal_closed_forms_hold_on_scaled_identities(formula: str, verdict: str | None) -> None:
    # the entropy of N(0, s I_d) is d/2 ln(2 pi e s); checked against the univariate one for d = 1
    s = mpmath.mpf(3)
    assert mpmath.almosteq(
        mpmath.log(2 * mpmath.pi * mpmath.e * s) / 2, mpmath.log(mpmath.sqrt(2 * mpmath.pi * s)) + 0.5
    )
    claims = check_text(f"For a multivariate Gaussian,\n\n$${formula}$$\n", "a.md").claims
    assert [item.verdict for item in claims] == ([verdict] if verdict else [])


def test_macros_of_a_mathjax_configuration_are_expanded() -> None:
    kl = _kl_nats((0.5, 0.5), (0.25, 0.75))
    text = (
        '<script>\nMathJax = { tex: { macros: { KL: ["D_{\\\\mathrm{KL}}(#1 \\\\,\\\\|\\\\, #2)", 2], '
        'Ent: ["H(#1)", 1], RR: "\\\\mathbb{R}" } } };\n</script>\n\n'
        "Let $P = (0.5, 0.5)$ and $Q = (0.25, 0.75)$.\n\n"
        f"Then $\\KL{{P}}{{Q}} = {mpmath.nstr(kl, 4)}$ nats and $\\Ent{{P}} = 0.9$ bits.\n"
    )
    verdicts = [(item.kind, item.verdict) for item in check_text(text, "a.md").claims if item.kind != "definition"]
    assert verdicts == [("kl", "holds"), ("entropy", "false")]


def test_a_claim_with_a_macro_that_grows_keeps_its_line_and_its_condition() -> None:
    macro = "\\newcommand{\\DKL}[2]{\\mathrm{D}_{\\mathrm{KL}}\\left(#1 \\,\\middle\\|\\, #2\\right)}\n"
    page = macro + _PQ + "\nSi $p = q$, alors $\\DKL{p}{q} = 0$.\n\n$\\DKL{p}{q} = 0.5$\n\nSo much for it.\n"
    claims = [item for item in check_text(page, "a.tex").claims if item.kind == "kl"]
    assert [(item.lines, item.verdict) for item in claims] == [((4,), "unchecked"), ((6,), "false")]
    assert "“Si …”" in claims[0].note
