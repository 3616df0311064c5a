"""``kldocs check`` on right claims that pages written by others showed it calling false.

Each document is written for the test and reproduces one way a right claim was misjudged: a normal whose second
parameter the author states as a standard deviation; code after a claim restating its distributions with a
tolerance (``atol=0.05``) or a bound (``>= 0.0``); parameters named in a condition ("vanishes when σ = 1") and
an entropy in the next paragraph; a Bernoulli input beside the entropy of another variable; a value in bold with
its unit inside (``\\mathbf{0.37\\text{ nats}}``) under a heading that says "bits"; measures set equal to the sum of
their values cut off at six places; a cross-entropy under "If the label had been ... instead:"; a name reused for
a new distribution of another size written out in its expansion; ``ceil(log2 5) = 3``; a list divided by its
total on the line that names it; a name given new outcomes after "With p:"; scores, points and labels written as
lists under names like ``Q_k`` or ``U``. The truth is computed here with ``math``.
"""

from __future__ import annotations

import math

import pytest

from kldocs.checker import Checked, check_text


def _claims(text: str, name: str = "a.md") -> list[Checked]:
    return list(check_text(text, name).claims)


def _none_false(text: str, name: str = "a.md") -> list[Checked]:
    """The claims of ``text``, after asserting that some are read and none is called false."""
    claims = _claims(text, name)
    assert claims and not [c for c in claims if c.verdict == "false"], claims
    return claims


def _kl_normals(mu1: float, sd1: float, mu2: float, sd2: float) -> float:
    return math.log(sd2 / sd1) + (sd1**2 + (mu1 - mu2) ** 2) / (2 * sd2**2) - 0.5


def test_a_normal_written_with_its_standard_deviation_is_not_called_false() -> None:
    kl = _kl_normals(0, 1, 2, 3)  # sigma = 3 a standard deviation; as a variance the KL would differ
    assert abs(kl - _kl_normals(0, 1, 2, math.sqrt(3))) > 0.005
    text = (
        "Find $D_{KL}(P\\|Q)$ for $P = \\mathcal{N}(0, 1)$ and $Q = \\mathcal{N}(2, 3)$ (a normal with $\\mu=2$, "
        f"$\\sigma=3$).\n\n$$D_{{KL}}(P\\|Q) = \\ln 3 + \\frac{{1 + 4}}{{2 \\cdot 9}} - \\frac{{1}}{{2}} = {kl:.4f}$$\n"
    )
    assert any("standard deviation" in c.note for c in _none_false(text))


@pytest.mark.parametrize("test_line", ["@test kl ≈ {value} atol=0.05", "@test kl >= 0.0"])
def test_code_after_a_claim_does_not_lend_it_a_tolerance_or_a_bound_as_its_value(test_line: str) -> None:
    value = _kl_normals(0, 1, 2, 1)  # = 2
    text = (
        f"# KL(N(0,1) || N(2,1)) = {value:g} in closed form\n"
        "kl = kl_divergence(Normal(0, 1), Normal(2, 1))\n" + test_line.format(value=value) + "\n"
    )
    claims = _claims(text, "notes.txt")
    assert [c.verdict for c in claims if c.kind == "kl"] == ["holds"], claims


def test_parameters_in_a_condition_do_not_make_a_later_entropy_a_normals() -> None:
    text = (
        "**Prior**: the penalty vanishes when sigma=1, mu=0 for every input.\n\n"
        f"**Labels**: three equally frequent labels have entropy log_2(3) = {math.log2(3):.3f} bits.\n"
    )
    claims = _claims(text)
    assert claims and all(c.verdict == "holds" for c in claims), claims


def test_parameters_in_a_condition_still_speak_for_their_own_sentence() -> None:
    kl = _kl_normals(0, 1, 1, 2)
    text = f"If $\\mu_1 = 0$, $\\sigma_1 = 1$, $\\mu_2 = 1$ and $\\sigma_2 = 2$, the KL divergence is {kl:.3f} nats.\n"
    assert [c.verdict for c in _claims(text)] == ["holds"]


def test_the_entropy_of_another_variable_beside_a_bernoulli_input_is_not_the_bernoullis() -> None:
    h = -(0.25 * math.log2(0.25) + 0.75 * math.log2(0.75))
    text = (
        "AND of two fair bits:\n  Each input is a Bernoulli(1/2) variable; the output is 1 only if both are 1\n"
        f"  P(Z=1) = 1/4, P(Z=0) = 3/4\n  H(Z) = -(1/4)log(1/4) - (3/4)log(3/4) = {h:.3f} bits\n"
    )
    _none_false(text, "notes.txt")


def test_a_bold_value_keeps_the_unit_inside_its_bold() -> None:
    p, q = (0.6, 0.3, 0.1), (0.2, 0.5, 0.3)
    terms = [pi * math.log(pi / qi) for pi, qi in zip(p, q, strict=True)]
    total = sum(round(t, 6) for t in terms)
    assert abs(total - sum(terms)) < 5e-6
    text = (
        "### Wasted bits of a wrong code\n\n$P = [0.6, 0.3, 0.1]$ and $Q = [0.2, 0.5, 0.3]$.\n\n"
        f"$$D_{{KL}}(P \\parallel Q) = {round(terms[0], 6)} - {abs(round(terms[1], 6))} - {abs(round(terms[2], 6))}"
        f" = \\mathbf{{{total:.6f}\\text{{ nats}}}}$$\n"
    )
    claims = _none_false(text)
    assert [c.verdict for c in claims if c.kind == "kl"] == ["holds"], claims


def test_measures_set_equal_to_their_values_cut_off_are_not_false() -> None:
    p, q = (0.51, 0.49), (0.1, 0.9)
    h = -sum(x * math.log(x) for x in p)
    kl = sum(x * math.log(x / y) for x, y in zip(p, q, strict=True))
    cut = math.floor(kl * 1e6) / 1e6  # 0.532997: cut off, not rounded (0.532998)
    assert round(kl, 6) != cut
    text = (
        "Take $P = [0.51, 0.49]$ and $Q = [0.10, 0.90]$.\n\n"
        f"- $H(P) = {h:.6f}$ nats\n- $D_{{KL}}(P \\| Q) = {cut:.6f}$\n"
        f"- $H(P) + D_{{KL}}(P \\| Q) = {h:.6f} + {cut:.6f}$\n"
    )
    _none_false(text)


def test_a_cross_entropy_under_a_contrary_label_is_not_judged_with_the_label_given() -> None:
    text = (
        "The model outputs $q = [0.6, 0.3, 0.1]$ and the true class is the first ($p = [1, 0, 0]$).\n\n"
        f"\\[\nH(p, q) = -\\log(0.6) \\approx {-math.log(0.6):.3f}\n\\]\n\n"
        "If the true class had been the last one instead:\n\n"
        f"\\[\nH(p, q) = -\\log(0.1) \\approx {-math.log(0.1):.3f}\n\\]\n"
    )
    _none_false(text)


def test_a_name_given_again_with_other_outcomes_in_an_expansion_is_read_anew() -> None:
    text = (
        "- Quiz: P(Y=0) = 1/4, P(Y=1) = 1/4, P(Y=2) = 1/4, P(Y=3) = 1/4\n\n"
        "A sample has 30 items of each of two classes. Its entropy is\n\n"
        "$H[Y] = - \\frac{30}{60} \\log_2 \\frac{30}{60} - \\frac{30}{60} \\log_2 \\frac{30}{60} = 1$\n"
    )
    claims = _claims(text)
    assert claims and all(c.verdict == "holds" for c in claims if c.lines == (5,)), claims
    assert any("read anew" in c.note for c in claims), claims
    # With as many outcomes as the distribution given, the expansion is still judged against it.
    slip = "- Quiz: P(Y=0) = 1/4, P(Y=1) = 3/4\n\n" + text[text.index("A sample") :]
    assert any(c.verdict == "false" for c in _claims(slip)), _claims(slip)


def test_a_unit_after_a_formula_closed_with_a_backslash_bracket_is_the_claims() -> None:
    kl = 0.5 * math.log(0.5 / 0.9) + 0.5 * math.log(0.5 / 0.1)  # nats; the page around it speaks of bits
    text = f"Counted in bits.\n\n\\(P = [0.5, 0.5]\\), \\(Q = [0.9, 0.1]\\). \\(D_{{KL}}(P||Q) = {kl:.4f}\\) nats.\n"
    claims = [c for c in _claims(text) if c.kind == "kl"]
    assert [(c.verdict, c.unit) for c in claims] == [("holds", "nats")], claims


@pytest.mark.parametrize("written", ["$\\text{{ceil}}(\\log_2({n})) = {bits}$", "ceil(log2({n})) = {bits}"])
def test_a_function_named_in_words_keeps_its_bracket(written: str) -> None:
    n = 5
    bits = math.ceil(math.log2(n))  # 3 bits for a fixed-length code of five symbols; log2 5 itself is 2.32
    assert bits != round(math.log2(n))
    text = f"Five symbols need whole bits:\n\n{written.format(n=n, bits=bits)}\n"
    assert not [c for c in _claims(text) if c.verdict == "false"]


def test_a_list_that_is_then_divided_is_not_the_distribution() -> None:
    weights = [2.0, 1.0, 1.0]
    p = [w / sum(weights) for w in weights]
    text = f"Normalise:\n\n    p = {weights} / {sum(weights)}\n      = {p}\n"
    assert not [c for c in _claims(text) if c.verdict == "false"], _claims(text)


_TABLE = "| | Y=0 | Y=1 |\n|---|---|---|\n| X=0 | 0.4 | 0.1 |\n| X=1 | 0.1 | 0.4 |\n\n"


@pytest.mark.parametrize(
    "supposed",
    [
        "Se X e Y fossero indipendenti, avremmo $I(X;Y) = 0$.",
        "X와 Y가 독립이면 $I(X;Y) = 0$ 이다.",
        "XとYが独立ならば $I(X;Y) = 0$ である。",
        "Wären X und Y unabhängig, so wäre $I(X;Y) = 0$.",
        "Had X and Y been independent, we would have $I(X;Y) = 0$.",
        "For independent X and Y, $I(X;Y) = 0$.",
    ],
)
def test_a_value_supposing_independence_is_not_judged_against_the_table(supposed: str) -> None:
    # The table's I(X;Y) is 0.278 bits; under independence it would be 0.
    assert not [c for c in _claims(_TABLE + supposed + "\n") if c.verdict == "false"]


@pytest.mark.parametrize(
    "sentence",
    ["For a fair coin, $H(p) = 1$ bit.", "A uniform p over four letters has $H(p) = \\log_2 4 = 2$ bits."],
)
def test_a_sentence_that_gives_a_name_a_distribution_in_words_is_not_judged_against_the_list(sentence: str) -> None:
    listed = "The distribution p: A: 0.4, B: 0.3, C: 0.2, D: 0.1.\n\n"
    assert not [c for c in _claims(listed + sentence + "\n") if c.verdict == "false"]


@pytest.mark.parametrize(
    "sentence",
    [
        "For a Bell state of two qubits, the quantum conditional entropy $H(A|B) = -1$ bit.",
        "For densities, the cross-entropy can be negative.",
        "For a continuous variable, the entropy can be negative.",
        "Finite-sample estimates of the KL divergence can be negative.",
    ],
)
def test_negative_values_said_of_other_settings_are_not_false(sentence: str) -> None:
    assert not [c for c in _claims(sentence + "\n") if c.verdict == "false"]


def test_a_joint_entropy_in_words_is_not_the_entropy_in_force() -> None:
    text = "$P(X=0) = 0.9$, $P(X=1) = 0.1$.\n\nIn the dice experiment the joint entropy is 5.17 bits.\n"
    assert math.isclose(2 * math.log2(6), 5.17, abs_tol=5e-3)
    assert not [c for c in _claims(text) if c.verdict == "false"]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("For a coin with heads probability 0.8, ", "$H(p) \\approx {h:.3f}$ bits."),
        ("A source with probabilities 4/5 and 1/5 has ", "$H(p) = {h:.3f}$ bits."),
        ("Now flip a coin with $p(\\text{{heads}}) = 0.8$; then ", "$H(p) \\approx {h:.3f}$ bits."),
    ],
)
def test_a_sentence_that_gives_its_own_probabilities_is_not_judged_against_the_list(sentence: str, claim: str) -> None:
    h = -(0.8 * math.log2(0.8) + 0.2 * math.log2(0.2))  # 0.722 bits; the listed p has 1.846
    listed = "Take $p = (0.4, 0.3, 0.2, 0.1)$.\n\n"
    claims = _claims(listed + sentence + claim.format(h=h) + "\n")
    assert claims and not [c for c in claims if c.verdict == "false"], claims
    # Without a distribution of its own, the sentence is judged against p.
    assert any(c.verdict == "false" for c in _claims(listed + "Then " + claim.format(h=h) + "\n"))


def test_a_new_pair_named_in_words_is_not_bounded_by_the_margins_in_force() -> None:
    margins = "$P(X=0) = 0.9$, $P(X=1) = 0.1$ and $P(Y=0) = 0.9$, $P(Y=1) = 0.1$.\n\n"
    bound = 2 * -(0.9 * math.log2(0.9) + 0.1 * math.log2(0.1))  # H(X) + H(Y) = 0.938 bits
    assert not [
        c for c in _claims(margins + "Compare a pair of uniform bytes: $H(X,Y) = 16$ bits.\n") if c.verdict == "false"
    ]
    # A value for the pair in force beyond H(X) + H(Y) is false.
    assert bound < 1.5
    assert any(c.verdict == "false" for c in _claims(margins + "Then $H(X,Y) = 1.5$ bits.\n"))


def test_a_uniform_p_named_instead_of_a_bernoulli_is_not_the_bernoulli() -> None:
    text = (
        "For $p = \\text{Bernoulli}(0.5)$, $H(p) = 1$ bit.\n\n"
        "If we instead use a uniform p on 4 letters, we get $H(p) = 2$ bits.\n"
    )
    assert not [c for c in _claims(text) if c.verdict == "false"]


def test_a_list_named_in_a_sentence_ends_with_its_example() -> None:
    text = (
        "## Example 1\n\nTake the distribution p: A: 0.4, B: 0.3, C: 0.2, D: 0.1.\n\n"
        "## Example 2\n\nA source emits four symbols with probabilities 1/2, 1/4, 1/8 and 1/8. "
        "Here $H(p) = 1.75$ bits.\n"
    )
    assert -(0.5 * math.log2(0.5) + 0.25 * math.log2(0.25) + 2 * 0.125 * math.log2(0.125)) == 1.75
    assert not [c for c in _claims(text) if c.verdict == "false"]
    # Within its own example the list still judges the claim.
    same = text.replace("## Example 2\n\n", "")
    assert any(c.verdict == "false" for c in _claims(same))


@pytest.mark.parametrize("lead", ["With", "For", "Take", "Using"])
def test_a_name_given_new_labelled_outcomes_after_a_colon_is_the_new_distribution(lead: str) -> None:
    text = (
        "Take the distribution q: A: 0.4, B: 0.3, C: 0.2, D: 0.1.\n\n"
        f"{lead} q: cold: 0.6, warm: 0.4, the entropy is $H(q) \\approx 0.971$ bits.\n"
    )
    assert round(-(0.6 * math.log2(0.6) + 0.4 * math.log2(0.4)), 3) == 0.971
    entropies = [c for c in _none_false(text) if c.kind == "entropy"]
    assert [c.verdict for c in entropies] == ["holds"], entropies
    unlabelled = text.replace("cold: 0.6, warm: 0.4", "$0.6$, $0.4$")
    assert [c.verdict for c in _none_false(unlabelled) if c.kind == "entropy"] == ["holds"]


@pytest.mark.parametrize(
    "line",
    [
        "Raw scores from the last layer, before softmax: Q_k = [2.0, 0.5, -0.5]",  # logits
        "After one step the centres move to K1 = (0.5, 2.5) and K2 = (7.5, 7).",  # points in the plane
        "For the labels U = [1, 1, 2, 2] the entropy is $H(U) = \\log 2$.",  # cluster labels
    ],
)
def test_a_list_not_written_as_probabilities_is_not_called_a_bad_distribution(line: str) -> None:
    text = f"The entropy of a fair coin is $H = 1$ bit.\n\n{line}\n"
    assert not [c for c in _claims(text) if c.kind == "definition"]
    assert not [c for c in _claims(text) if c.verdict == "false"]


def test_probabilities_that_miss_one_are_still_called_a_bad_distribution() -> None:
    assert 0.5 + 0.3 + 0.3 > 1.05
    claims = _claims("Let $P = (0.5, 0.3, 0.3)$ be the distribution of the three colours.\n")
    assert [(c.kind, c.verdict) for c in claims] == [("definition", "false")]


def test_a_list_with_decimal_commas_between_semicolons_is_read_as_probabilities() -> None:
    text = (  # a page that writes decimal points elsewhere, so the commas are not taken for decimal ones throughout
        "A fair coin has an entropy of 1.0 bit.\n\n"
        "Die Quelle hat die Wahrscheinlichkeiten p = (0,2; 0,3; 0,5) und die Entropie H(p) = 1,485 bit.\n"
    )
    assert round(-sum(x * math.log2(x) for x in (0.2, 0.3, 0.5)), 3) == 1.485
    claims = [c for c in _none_false(text) if c.lines == (3,)]
    assert [c.kind for c in claims][:1] == ["definition"] and "3 outcomes" in claims[0].note, claims
    # The value's decimal comma is not read as a point on this page: "1,485" is not read as 1 (nor at all).
    assert not [c for c in claims if c.kind == "entropy" and c.verdict != "holds"], claims


def test_a_cross_entropy_given_by_a_models_perplexity_is_not_judged_against_the_distributions_in_force() -> None:
    text = (
        "Let $P = (0.5, 0.5)$ and $Q = (0.25, 0.75)$.\n\n"
        "A model with perplexity 16 has a cross-entropy of 4 bits per token.\n"
    )
    assert math.log2(16) == 4
    assert [c.verdict for c in _claims(text) if c.kind == "cross_entropy"] in ([], ["unchecked"])


def test_the_margins_of_one_section_do_not_bound_a_joint_measure_under_another_heading() -> None:
    h_y = -(0.25 * math.log2(0.25) + 0.75 * math.log2(0.75))  # 0.811 bits: I(X;Y) can be no more here
    text = (
        "# Two sensors\n\nThe readings have $P(X) = (0.5, 0.5)$ and $P(Y) = (0.25, 0.75)$, and $I(X;Y) = 0.9$ bits.\n\n"
        "# Two other sources\n\nFor two sources with three values each, $I(X;Y) = 1.2$ bits.\n"
    )
    assert h_y < 0.9 < 1.2 < math.log2(3)
    verdicts = [c.verdict for c in _claims(text) if "I(X;Y)" in c.text]
    assert verdicts == ["false", "unchecked"], verdicts


def test_claims_after_supposing_two_variables_the_same_hold_whatever_their_margins_were() -> None:
    text = (
        "# Two sensors\n\nThe readings have $P(X) = (0.5, 0.5)$ and $P(Y) = (0.25, 0.75)$.\n\n"
        "# The extreme case\n\nNow let both sensors read the same thing, such that $X = Y$ with probability 1. "
        "Then:\n\n$H(X|Y) = 0$\n\n$H(X,Y) = H(X) = H(Y)$\n\n$I(X;Y) = H(Y)$\n"
    )
    claims = [c for c in _none_false(text) if c.kind != "definition"]
    assert claims and all(c.verdict == "holds" and "X = Y" in c.note for c in claims), claims
    # Without the supposition the margins of the first section still judge H(X) = H(Y): they differ.
    plain = text.replace("such that $X = Y$ with probability 1", "with some noise")
    assert [c.verdict for c in _claims(plain) if c.text == "H(X) = H(Y)"] == ["false"]


@pytest.mark.parametrize(("written", "verdict"), [("0.074", "unchecked"), ("0.084", "false")])
def test_a_difference_worked_from_rounded_values_stated_above_is_the_authors_rounding(
    written: str, verdict: str
) -> None:
    p, q = (0.05, 0.95), (0.15, 0.85)
    entropy = -sum(x * math.log2(x) for x in p)
    cross = -sum(x * math.log2(y) for x, y in zip(p, q, strict=True))
    assert (round(entropy, 3), round(cross, 3), round(cross - entropy, 3)) == (0.286, 0.36, 0.073)  # 0.360 - 0.286
    text = (
        "Let $P = (0.05, 0.95)$ and $Q = (0.15, 0.85)$, in bits.\n\n"
        "We found $H(P) \\approx 0.286$ and $H(P,Q) \\approx 0.360$.\n\n"
        f"So $H(P,Q) - H(P) \\approx {written}$.\n"
    )
    (claim,) = [c for c in _claims(text) if c.text.endswith(written)]
    assert claim.verdict == verdict, claim
    assert ("the rounding is the author's" in claim.note) == (verdict == "unchecked")
    # Values stated to fewer places than the claim do not make its rounding the author's.
    coarse = text.replace("0.286", "0.29").replace("0.360", "0.36")
    assert [c.verdict for c in _claims(coarse) if c.text.endswith(written)] == ["false"]


def test_h_of_two_letters_that_name_no_distribution_is_not_called_asymmetric() -> None:
    text = "Joint entropy is symmetric: $H(A,B) = H(B,A)$.\n"
    assert [c.verdict for c in _claims(text)] == ["unchecked"]
    # Under the names of distributions it is the cross-entropy, which is not symmetric.
    assert [c.verdict for c in _claims(text.replace("A", "P").replace("B", "Q"))] == ["false"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A fair six-sided die has entropy of about {h} bits.",
        "An unbiased 6-sided die has an entropy of {h} bits.",
        "Un dado honesto tiene una entropía de {h} bits.",
        "Ein fairer Würfel hat die Entropie {h} Bit.",
    ],
)
def test_a_fair_die_named_with_its_sides_is_its_own_distribution(sentence: str) -> None:
    h = f"{math.log2(6):.3f}"  # 2.585 bits; the listed P has 1.846
    listed = "Throughout, $P = (0.4, 0.3, 0.2, 0.1)$.\n\n"
    claims = _claims(listed + sentence.format(h=h) + "\n")
    assert not [c for c in claims if c.verdict == "false"], claims
    assert any(c.verdict == "false" for c in _claims(listed + f"So the entropy is {h} bits.\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "After one epoch, the cross-entropy is 1.2 bits.",
        "On the validation set the cross-entropy is 1.2 bits.",
        "Tras 3 épocas, la entropía cruzada es 1.2 bits.",
    ],
)
def test_a_value_of_a_model_in_training_is_not_judged_against_the_distributions_given(sentence: str) -> None:
    p, q = [0.4, 0.3, 0.2, 0.1], [0.1, 0.2, 0.3, 0.4]
    cross = -sum(a * math.log2(b) for a, b in zip(p, q, strict=True))  # 2.505 bits, either way round
    assert not math.isclose(cross, 1.2, abs_tol=0.05)
    given = "Let $P = (0.4, 0.3, 0.2, 0.1)$ and $Q = (0.1, 0.2, 0.3, 0.4)$.\n\n"
    assert not [c for c in _claims(given + sentence + "\n") if c.verdict == "false"]
    assert any(c.verdict == "false" for c in _claims(given + "The cross-entropy is 1.2 bits.\n"))


@pytest.mark.parametrize("identity", ["H(P) = H(P,Q) - D(P||Q)", "H(P,Q) - D(P||Q) = H(P)", "D(P||Q) - H(P,Q) = -H(P)"])
def test_an_identity_that_is_infinity_minus_infinity_for_disjoint_supports_holds_and_does_not_stop_the_check(
    identity: str,
) -> None:
    claims = _claims(f"Identity: ${identity}$\n\nAnd $H(P) \\ge 0$.\n")
    assert [c.verdict for c in claims] == ["holds", "holds"], claims
    assert "infinity minus infinity" in claims[0].note


@pytest.mark.parametrize(
    "sentence",
    [
        "The KL divergence is 0 only when P = Q.",
        "The JSD is 1 bit when the two supports are disjoint.",
        "The entropy is 2 bits for a uniform distribution on four outcomes.",
    ],
)
def test_a_value_in_words_under_a_condition_of_its_own_is_not_judged_against_the_distributions_in_force(
    sentence: str,
) -> None:
    text = f"Let $P = (0.5, 0.5)$ and $Q = (0.25, 0.75)$.\n\n{sentence}\n"
    claims = _claims(text)
    assert not [c for c in claims if c.verdict == "false"], claims
    (value,) = [c for c in claims if c.kind in ("kl", "jsd", "entropy")]
    assert value.verdict == "unchecked" and "condition of its own" in value.note, value


def test_a_value_printed_by_two_computations_is_not_told_apart_by_its_last_float_digits() -> None:
    # In double precision, 0.1 + 0.2 and 0.3 differ in the 17th digit: two ways to one value print unlike digits.
    assert 0.1 + 0.2 != 0.3 and abs((0.1 + 0.2) - 0.3) < 1e-15
    joint = -sum(p * math.log2(p) for p in (0.1, 0.2, 0.3, 0.4))
    marginal = -sum(p * math.log2(p) for p in (0.3, 0.7))
    one = joint - marginal
    other = math.nextafter(math.nextafter(math.nextafter(one, 2), 2), 2)  # three steps of float rounding away
    last_digit = 10.0 ** -len(repr(other).partition(".")[2])
    assert abs(float(repr(other)) - float(repr(one))) > last_digit / 2  # its digits are not one's, rounded
    text = f"```\nH(Y|X) = {one!r} = {other!r} = {joint!r} - {marginal!r}\n```\n"
    claims = _none_false(text)
    assert any("agrees with" in claim.note for claim in claims), claims
    # A printed float that is off by more than its noise is still wrong.
    wrong = f"```\nH(Y|X) = {one!r} = {one + 1e-9!r}\n```\n"
    assert [claim.verdict for claim in _claims(wrong) if claim.kind == "expression"] == ["false"]


@pytest.mark.parametrize(
    "sentence",
    [
        "$3H(Q)$ is about 1.407 bits.",
        "Three times the entropy of Q, $3H(Q)$, is about 1.407 bits.",
        "$2 \\, JSD(P\\|Q)$ is about 0.294 bits.",
        "The KL divergence $10 \\cdot D(P\\|Q)$ is about 7.37 bits.",
    ],
)
def test_a_multiple_written_in_a_formula_before_its_value_in_words_is_not_the_measure(sentence: str) -> None:
    p, q = (0.5, 0.5), (0.9, 0.1)
    entropy_q = -sum(x * math.log2(x) for x in q)
    mixture = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    jsd = -sum(x * math.log2(x) for x in mixture) - (1.0 + entropy_q) / 2  # H(M) minus the mean of H(P) = 1, H(Q)
    kl = sum(a * math.log2(a / b) for a, b in zip(p, q, strict=True))
    assert (round(3 * entropy_q, 3), round(2 * jsd, 3), round(10 * kl, 2)) == (1.407, 0.294, 7.37)
    _none_false(f"Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n{sentence}\n")


def test_a_value_in_another_unit_after_a_kl_symbol_is_that_kl_not_an_entropy_named_above() -> None:
    p, q = (0.5, 0.25, 0.25), (1 / 3, 1 / 3, 1 / 3)
    kl = sum(a * math.log(a / b) for a, b in zip(p, q, strict=True))
    assert round(kl / math.log(2), 4) == 0.0850 and round(kl, 4) == 0.0589
    text = (
        "Entropy measures uncertainty.\n\nLet $P = (0.5, 0.25, 0.25)$ and $Q = (1/3, 1/3, 1/3)$. Then\n"
        "$D(P \\| Q) \\approx 0.0850$ bits, which is $0.0589$ nats.\n"
    )
    claims = _none_false(text)
    assert [c.kind for c in claims if "0.0589" in c.text] in ([], ["kl"]), claims


@pytest.mark.parametrize(
    "sentence",
    [
        "The entropy of 8 equally likely outcomes is 3 bits.",
        "The KL divergence of 10 i.i.d. copies is 7.37 bits.",
        "The entropy of 2 fair coins is 2 bits.",
    ],
)
def test_a_number_after_of_that_counts_something_is_not_the_measures_value(sentence: str) -> None:
    assert math.log2(8) == 3 and round(10 * sum(a * math.log2(a / b) for a, b in ((0.5, 0.9), (0.5, 0.1))), 2) == 7.37
    claims = _claims(f"Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n{sentence}\n")
    assert not [c for c in claims if c.verdict == "false"], claims
