"""Conditional entropies defined in plain text, in prose sentences and in the rows of aligned blocks.

Each formula's right side, as written, is evaluated here with mpmath on a joint distribution of our own and
compared with the measure its left side names: a definition is right when the two agree on it, wrong when they
differ (which is what the checker must say, with the wrong term named in its note).
"""

from __future__ import annotations

from collections.abc import Callable

import mpmath
import pytest

from kldocs.checker import Checked, check_text

#: p(a, b) for a in 0..2 (rows) and b in 0..1 (columns), every cell positive.
_P = [[mpmath.mpf(n) / 24 for n in row] for row in ((5, 3), (2, 7), (4, 3))]
_CELLS = [(a, b) for a in range(3) for b in range(2)]


def _pa(a: int) -> mpmath.mpf:
    return mpmath.fsum(_P[a])


def _pb(b: int) -> mpmath.mpf:
    return mpmath.fsum(_P[a][b] for a in range(3))


def _sum(term: Callable[[int, int], mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(_P[a][b] * mpmath.log(term(a, b)) for a, b in _CELLS)


def _entropy(values: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(p * mpmath.log(p) for p in values)


#: H(A|B) from joint entropies: H(A,B) - H(B).
_H_A_GIVEN_B = _entropy([_P[a][b] for a, b in _CELLS]) - _entropy([_pb(0), _pb(1)])
#: The right side of each written shape of H(A|B) = -sum p(a,b) log (...), and what the note must name.
_SHAPES: list[tuple[str, Callable[[int, int], mpmath.mpf], str]] = [
    ("prob(a|b)", lambda a, b: _P[a][b] / _pb(b), ""),
    ("prob(b|a)", lambda a, b: _P[a][b] / _pa(a), "p(y|x)"),
    ("prob(b)", lambda a, b: _pb(b), "p(y)"),
    ("prob(a)", lambda a, b: _pa(a), "p(x)"),
    ("prob(a,b)", lambda a, b: _P[a][b], "joint"),
]


@pytest.mark.parametrize(("inside", "value", "named"), _SHAPES)
def test_a_definition_inside_a_sentence_is_judged_by_its_logarithm(
    inside: str, value: Callable[[int, int], mpmath.mpf], named: str
) -> None:
    right = abs(_sum(value) - _H_A_GIVEN_B) < 1e-12
    assert right == (named == "")
    text = f"I was told that $H(A|B)=-\\sum_{{b}}\\sum_{{a}} prob(a,b)\\cdot log_2({inside})$ is the rule.\n"
    (claim,) = _definitions(text)
    assert claim.verdict == ("holds" if right else "false")
    assert named in claim.note


def test_plain_text_definitions_with_events_and_unicode_sums() -> None:
    weighted = mpmath.fsum(_pb(b) * _entropy([_P[a][b] / _pb(b) for a in range(3)]) for b in range(2))
    assert abs(weighted - _H_A_GIVEN_B) < 1e-12
    marginal_b = _sum(lambda a, b: _pb(b))  # what the second line writes: H(B), not H(A|B)
    assert abs(marginal_b - _entropy([_pb(0), _pb(1)])) < 1e-12 and abs(marginal_b - _H_A_GIVEN_B) > 0.1
    # H(A|B = b2) as the third line writes it: the joint as weight, the marginal in the logarithm
    written = -mpmath.fsum(_P[a][1] * mpmath.log(_pa(a)) for a in range(3))
    assert abs(written - _entropy([_P[a][1] / _pb(1) for a in range(3)])) > 0.1
    text = (
        "The entropy of a variable Y is\n"
        "H(Y) = - Σ P(Y = yi) ln P(Y = yi)\n"
        "and the conditional entropy of A given B is\n"
        "H(A|B) = - Σ Σ P(A = ai, B = bj) ln P(B = bj)\n"
        "The entropy of A once B = b2 is known: H(A|B = b2) = - Σ P(A = ai, B = b2) ln P(A = ai)\n"
        "Also H(A|B) = Σ P(B = bj) H(A|B = bj) and H(A|B) = - Σ Σ P(A = ai, B = bj) ln P(A = ai | B = bj).\n"
    )
    claims = _definitions(text, "notes.txt")
    assert [(claim.lines, claim.verdict) for claim in claims] == [
        ((2,), "holds"),
        ((4,), "false"),
        ((5,), "false"),
        ((6,), "holds"),
        ((6,), "holds"),
    ]
    assert "H(Y)" in claims[1].note and "p(x|y)" in claims[2].note


def test_a_second_row_of_an_aligned_block_goes_on_from_the_first() -> None:
    reversed_sum = _sum(lambda a, b: _P[a][b] / _pa(a))
    assert abs(reversed_sum - _H_A_GIVEN_B) > 0.01
    text = (
        "조건부 엔트로피는 다음과 같습니다.\n\n$$\n\\begin{aligned}\n"
        "H(A|B) &= \\sum_{j=1}^2 p(B=j) H(A|B=j) \\\\\n"
        "&= - \\sum_a \\sum_b p(a, b) \\log p(b|a)\n"
        "\\end{aligned}\n$$\n"
    )
    assert [claim.verdict for claim in _definitions(text)] == ["holds", "false"]


def test_a_row_the_next_one_goes_on_from_is_not_read() -> None:
    # H(A|B) = H(A,B) - H(B): the first row alone would be the joint entropy, the whole chain is right
    whole = _sum(lambda a, b: _P[a][b]) + mpmath.fsum(_pb(b) * mpmath.log(_pb(b)) for b in range(2))
    assert abs(whole - _H_A_GIVEN_B) < 1e-12
    text = (
        "$$\\begin{aligned}\nH(A|B) &= -\\sum_{a,b} p(a,b) \\log p(a,b) \\\\\n"
        "&\\quad + \\sum_b p(b) \\log p(b)\n\\end{aligned}$$\n"
    )
    assert _definitions(text) == []


def test_the_right_conditional_is_not_a_false_alarm() -> None:
    text = (
        "$H(B|A) = -\\sum_{a,b} p(a,b) \\log p(b|a)$ and $H(A|B=b) = -\\sum_a p(a|b) \\log p(a|b)$.\n\n"
        "H(B|A) = - Σ Σ P(A = ai, B = bj) log2 P(B = bj | A = ai)\n"
    )
    assert [claim.verdict for claim in _definitions(text)] == ["holds", "holds", "holds"]


def _definitions(text: str, name: str = "a.md") -> list[Checked]:
    return [claim for claim in check_text(text, name).claims if claim.kind == "definition"]


def _independent_joint() -> list[list[mpmath.mpf]]:
    """p(a) p(b), the joint of two independent variables with _P's marginals."""
    return [[_pa(a) * _pb(b) for b in range(2)] for a in range(3)]


def test_an_identity_with_an_em_dash_for_its_minus_is_read_whole() -> None:
    joint = _entropy([_P[a][b] for a, b in _CELLS])
    information = _entropy([_pa(a) for a in range(3)]) + _entropy([_pb(0), _pb(1)]) - joint
    assert abs(information - (_entropy([_pa(a) for a in range(3)]) - _H_A_GIVEN_B)) < 1e-12
    text = "From the formulae: \\[I(A,B) = H(A) — H(A|B)\\]\n\nSo $I(A; B) = H(A)— H(A|B)$ bits, and H(A) — The end.\n"
    claims = check_text(text, "a.tex").claims
    assert [(claim.lines, claim.kind, claim.verdict) for claim in claims] == [
        ((1,), "identity", "holds"),
        ((3,), "identity", "holds"),
    ]


def test_identities_that_hold_exactly_when_the_variables_are_independent_or_one_is_a_function() -> None:
    # H(B|A) = H(B) and I(A;B) = 0 for the product of the margins, not for _P itself
    product = _independent_joint()
    conditional = _entropy([product[a][b] for a, b in _CELLS]) - _entropy([_pa(a) for a in range(3)])
    assert abs(conditional - _entropy([_pb(0), _pb(1)])) < 1e-12
    assert abs(_H_A_GIVEN_B - _entropy([_pa(a) for a in range(3)])) > 0.01
    # B = f(A): each a leaves one b possible, and H(B|A) = H(A,B) - H(A) = 0
    function = [[_pa(0), 0], [0, _pa(1)], [_pa(2), 0]]
    cells = [function[a][b] for a, b in _CELLS if function[a][b]]
    assert abs(_entropy(cells) - _entropy([_pa(a) for a in range(3)])) < 1e-12
    text = (
        "- $H(B \\mid A) = H(B)$ iff $A$ and $B$ are independent\n"
        "- $I(A; B) = 0$ if and only if $A \\perp B$\n"
        "- $H(B \\mid A) = 0$ exactly when $B$ is a deterministic function of $A$\n"
        "- $H(B \\mid A) = H(B)$ iff $A$ and $C$ are independent\n"
        "- Is it true that $I(A; B) = 0$ iff $A \\perp B$?\n"
    )
    claims = check_text(text, "a.md").claims
    assert [(claim.lines, claim.verdict) for claim in claims] == [((1,), "holds"), ((2,), "holds"), ((3,), "holds")]


def test_a_chain_with_sigma_an_expectation_and_a_reason_after_its_rows() -> None:
    # H(B|A) = sum_a p(a) H(B|A=a) = -E_{p(a,b)} log p(b|a), on our joint
    by_rows = mpmath.fsum(_pa(a) * _entropy([_P[a][b] / _pa(a) for b in range(2)]) for a in range(3))
    expected = _sum(lambda a, b: _P[a][b] / _pa(a))
    h_b_given_a = _entropy([_P[a][b] for a, b in _CELLS]) - _entropy([_pa(a) for a in range(3)])
    assert abs(by_rows - h_b_given_a) < 1e-12 and abs(expected - h_b_given_a) < 1e-12
    text = (
        "$$\n\\begin{aligned}\n"
        "H(B|A) &= - \\sum_{a} p(a) \\sum_{b} p(b|a) \\log p(b|a) \\;\\;(\\because \\text{given } A=a) \\\\\n"
        "&= -E_{p(a, b)} \\log p(B | A)\n"
        "\\end{aligned}\n$$\n\n"
        "Since $H(B|A) = \\Sigma_{a \\in \\mathcal{A}} p(a) \\; H(B | A = a)$, it is an average.\n"
    )
    assert [(claim.lines, claim.verdict) for claim in _definitions(text)] == [
        ((3,), "holds"),
        ((4,), "holds"),
        ((8,), "holds"),
    ]


def test_the_differential_entropy_of_a_density_named_f() -> None:
    # h(X) = -int f log f for the uniform density on [0, 2]: log 2, and the flipped sign gives -log 2
    value = -mpmath.quad(lambda x: mpmath.mpf(1) / 2 * mpmath.log(mpmath.mpf(1) / 2), [0, 2])
    assert abs(value - mpmath.log(2)) < 1e-12
    text = (
        "$$h(X) = -\\int_{-\\infty}^{+\\infty} f(x) \\log f(x)\\,dx$$\n\n"
        "$$h(X) = \\int_{-\\infty}^{+\\infty} f(x) \\log f(x)\\,dx$$\n\n"
        "$$h(p) = -\\int f(x) \\log f(x)\\,dx$$\n"
    )
    assert [(claim.lines, claim.verdict) for claim in _definitions(text)] == [((1,), "holds"), ((3,), "false")]


def test_definitions_in_obsidian_bullets_with_a_font_size_and_events() -> None:
    p, q = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 3, mpmath.mpf(1) / 6], [mpmath.mpf(1) / 4, mpmath.mpf(1) / 4, 0.5]
    cross = -mpmath.fsum(a * mpmath.log(b) for a, b in zip(p, q, strict=True))
    kl = mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))
    assert abs(kl - (cross - _entropy(p))) < 1e-12 and kl > 0.01  # the ratio turned over gives -kl
    text = (
        "- Cross-entropy\n"
        "\t- $$\\Large \\begin{align}\n"
        "\t\tH(P, Q) &= - \\sum_{x} P(X = x) \\log Q(X = x) \\\\ \\\\\n"
        "\t\t&= \\mathbb{E}_{P}[- \\log Q(X = x)]\n"
        "\t\t\\end{align}$$\n"
        "- Relative entropy\n"
        "\t- $$\\huge \\begin{align}\n"
        "\t\tD_{KL}(P \\parallel Q) &= \\sum_{x} P(X = x) \\log \\frac{Q(X = x)}{P(X = x)}\n"
        "\t\t\\end{align}$$\n"
    )
    claims = _definitions(text)
    assert [(claim.lines, claim.verdict) for claim in claims] == [((3,), "holds"), ((8,), "false")]
    assert claims[0].text.startswith("H(P, Q)")


def test_an_entropy_named_s_in_a_text_that_says_so() -> None:
    # S(A|B) = S(A,B) - S(B) and I(A;B) = S(A) + S(B) - S(A,B) on our joint, S the entropy
    joint, s_b = _entropy([_P[a][b] for a, b in _CELLS]), _entropy([_pb(0), _pb(1)])
    s_a = _entropy([_pa(a) for a in range(3)])
    assert abs((joint - s_b) - _H_A_GIVEN_B) < 1e-12 and s_a + s_b - joint > 0
    assert 0 <= s_a <= mpmath.log(3)  # 0 <= S <= ln m for m = 3 outcomes
    text = (
        "\\section{Weights}\nThe entropy of a feature $f$ with weights $v_1, \\dots, v_m$ is\n"
        "\\[\nS(f) = -\\sum_{k=1}^m v_k \\ln v_k,\n\\]\nso that\n\\[\n0 \\le S(f) \\le \\ln m.\n\\]\n\n"
        "Define\n\\[\nS(A|B) = S(A,B) - S(B).\n\\]\n\n"
        "and, symmetric as it is, $S(A,B) = S(B,A)$, with\n\\[\nI(A;B) = S(A) + S(B) - S(A,B).\n\\]\n"
    )
    claims = check_text(text, "w.tex").claims
    assert [(claim.lines, claim.verdict, claim.text) for claim in claims] == [
        ((8,), "holds", "0 \\le S(f)"),
        ((13,), "holds", "S(A|B) = S(A,B) - S(B)"),
        ((16,), "holds", "S(A,B) = S(B,A)"),
        ((18,), "holds", "I(A;B) = S(A) + S(B) - S(A,B)"),
    ]


def test_a_letter_not_said_to_be_the_entropy_is_not_read_as_it() -> None:
    text = "We write\n\\[\nS(f) = -\\sum_{k=1}^m v_k \\ln v_k\n\\]\nand\n\\[\nS(A|B) = S(A,B) - S(B).\n\\]\n"
    assert not check_text(text, "w.tex").claims


def test_a_difference_of_entropies_on_the_left_is_not_read_as_a_definition_of_one() -> None:
    # H(A,B) - H(B) = -sum p(a,b) log p(a,b) - (-sum p(b) log p(b)): right, and no definition of H(B) alone
    whole = _sum(lambda a, b: _P[a][b]) + mpmath.fsum(_pb(b) * mpmath.log(_pb(b)) for b in range(2))
    assert abs(whole - _H_A_GIVEN_B) < 1e-12
    text = "$$H(X,Y)-H(Y)=-\\sum_{x,y}p(x,y)\\log_2 p(x,y)-\\left(-\\sum_y p(y)\\log_2 p(y)\\right)$$\n"
    assert not [claim for claim in check_text(text, "a.md").claims if claim.verdict == "false"]


def test_a_definition_in_an_equation_environment_inside_markdown_prose_is_still_read() -> None:
    text = (
        "The mutual information is the relative entropy of the joint from the product of the margins:\n"
        "\\begin{equation}\n  I(A; B) \\equiv D \\left( p(a, b) || p(a) p(b) \\right)\n\\end{equation}\n"
    )
    assert [(claim.lines, claim.verdict) for claim in _definitions(text)] == [((3,), "holds")]


def test_identities_under_a_condition_typed_in_plain_text() -> None:
    text = (
        "Facts:\nH(B|A) = H(B) if and only if A and B are independent.\n"
        "Is it true that I(A;B) = 0 iff A and B are independent?\n"
        "It is not true that H(B|A) = 0 iff A is a function of B.\n"
        "And I(A;B) = 0 precisely when A and C are independent.\n"
    )
    claims = [claim for claim in check_text(text, "facts.txt").claims if claim.verdict != "unchecked"]
    assert [(claim.lines, claim.verdict) for claim in claims] == [((2,), "holds")]


def test_a_bracket_of_prose_before_a_definition_does_not_hide_it() -> None:
    text = "The mean information (the entropy) H = Σ[ p × log(1/p) ] is largest for equal chances.\n"
    assert [(claim.lines, claim.verdict) for claim in _definitions(text, "notes.txt")] == [((1,), "holds")]


def test_an_iff_identity_on_a_long_line_looks_back_only_a_little_way_for_a_denial() -> None:
    # "not" far back on the same long line is another sentence's word: the identity is still read; the look back is
    # bounded, so a line of many formulas is read in linear time
    filler = "We do not stop here. " + "$x_1$ " * 60
    text = f"{filler}So $I(A; B) = 0$ iff $A \\perp B$ holds.\n"
    claims = check_text(text, "a.md").claims
    assert [(claim.kind, claim.verdict) for claim in claims if "I(A; B)" in claim.text] == [("bound", "holds")]
