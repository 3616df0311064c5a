"""Values said again: numbers set in bold, sums of written terms in prose, and values restated after a claim."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

#: Terms -p log2 p of (1/2, 1/3, 1/6), to 4 places, worked out here with mpmath.
SHARES = [mpmath.nstr(-mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2), 4) for p in (0.5, 1 / 3, 1 / 6)]


@pytest.mark.parametrize("off", [Fraction(0), Fraction(5, 100)])
def test_a_number_set_in_bold_is_the_value(off: Fraction) -> None:
    """``= \\textbf{1.46}`` at the end of a sum of terms is its total, judged as any number."""
    exact = sum(Fraction(share) for share in SHARES)
    total = f"{float(exact + off):.2f}"
    text = f"\\[ H(S) = {' + '.join(SHARES)} = \\textbf{{{total}}} \\mbox{{bits}} \\]\n"
    claims = [claim for claim in check_text(text, "sheet.tex").claims if claim.text.endswith(total)]
    assert [claim.verdict for claim in claims] == ["false" if off else "holds"]


@pytest.mark.parametrize(("terms", "total"), [(("0.25", "0.5", "0.125"), "0.875"), (("0.4", "0.35"), "0.95")])
def test_a_measure_set_to_a_sum_of_decimals_and_its_total_is_judged(terms: tuple[str, ...], total: str) -> None:
    """``H = a + b + c = t`` in prose, the terms worked out in a form not read: the sum as written against ``t``."""
    exact = sum(Fraction(term) for term in terms)
    holds = abs(exact - Fraction(total)) <= Fraction(1, 2 * 10 ** len(total.partition(".")[2]))
    text = f"The terms were worked out in the figure.\nAdding them: H = {' + '.join(terms)} = {total} bits\n"
    (claim,) = [claim for claim in check_text(text, "notes.txt").claims if claim.lines == (2,)]
    assert claim.text == f"{' + '.join(terms)} = {total}"
    assert claim.verdict == ("holds" if holds else "false")


def test_a_sum_under_another_name_or_run_into_a_symbol_or_within_its_terms_rounding_is_not_read() -> None:
    """Only a measure's symbol before the sum; a total glued to a letter is a copy's glyphs; a total that misses the
    sum by no more than the terms' rounding may be the exact value rounded (0.529 + 0.442 for 0.5288 + 0.4422)."""
    text = "p = 0.2 + 0.3 = 0.6\n\nH=0.25+0.5=0.7H\n\nH = 0.529 + 0.442 = 0.970\n"
    assert not check_text(text, "notes.txt").claims


def _worked(name: str, weights: list[int], written: str) -> str:
    """A worked entropy of a distribution named in words, in plain text, ending ``H = written``."""
    total = sum(weights)
    terms = " + ".join(f"{w}/{total} * log₂({w}/{total})" for w in weights)
    given = ", ".join(f"{w}/{total}" for w in weights)
    return f"The {name} Distribution has the probabilities {given}.\nH = -[{terms}]\nH = {written}\n"


def _bits(weights: list[int]) -> mpmath.mpf:
    total = sum(weights)
    return -mpmath.fsum(mpmath.mpf(w) / total * mpmath.log(mpmath.mpf(w) / total, 2) for w in weights)


@pytest.mark.parametrize("off", [0, 1])
def test_a_value_restated_in_words_takes_the_verdict_of_the_claim_it_restates(off: int) -> None:
    """ "the entropy of the Wide Distribution is approximately V" below ``H = V``: the same verdict, naming the line."""
    weights = [1, 2, 3, 4]
    written = mpmath.nstr(_bits(weights) + off, 4)
    text = (
        _worked("Wide", weights, written)
        + f"\nTherefore, the entropy of the Wide Distribution is approximately {written}.\n"
    )
    claims = check_text(text, "answer.txt").claims
    (worked,) = [claim for claim in claims if claim.lines[-1] == 3]
    (restated,) = [claim for claim in claims if claim.lines == (5,)]
    assert worked.verdict == restated.verdict == ("false" if off else "holds")
    assert "restates line 3" in restated.note


@pytest.mark.parametrize(
    "sentence",
    [
        "the entropy of the Wide Distribution is approximately {short}.",  # fewer digits: not the same value
        "the entropy of the Tall Distribution is approximately {value}.",  # another distribution
    ],
)
def test_a_restatement_that_differs_in_name_or_digits_is_not_judged(sentence: str) -> None:
    weights = [1, 2, 3, 4]
    value = mpmath.nstr(_bits(weights) + 1, 4)
    text = _worked("Wide", weights, value) + "\nSo " + sentence.format(value=value, short=value[:-1]) + "\n"
    assert not [claim for claim in check_text(text, "answer.txt").claims if claim.lines == (5,)]


def test_a_subject_given_another_value_since_is_not_restated() -> None:
    """The last claim about the Wide Distribution gives another value: the sentence restates neither."""
    weights = [1, 2, 3, 4]
    wrong, right = mpmath.nstr(_bits(weights) + 1, 4), mpmath.nstr(_bits(weights), 4)
    text = _worked("Wide", weights, wrong) + f"H = {right}\n\nSo the entropy of the Wide Distribution is {wrong}.\n"
    assert not [claim for claim in check_text(text, "answer.txt").claims if claim.lines == (6,)]


def test_arithmetic_read_for_a_measure_not_judged_is_not_restated() -> None:
    """``0.5 + 0.5 = 1`` holds, but says nothing of whether ``H(X)`` is 1: "the entropy of $X$ is 1 bit" is not
    judged. Below the expansion of ``H(X)`` the lines are one chain, and the words restate its value."""
    worked = "$$H(X) = 0.5 + 0.5 = 1$$\n\nSo the entropy of $X$ is 1 bit.\n"
    assert not [
        claim for claim in check_text(worked, "a.md").claims if claim.lines == (3,) and claim.verdict != "unchecked"
    ]
    # The expansion names X (the entropy of 1/2, 1/2): the words are then the same value, judged with it.
    expanded = "$$H(X) = -0.5 \\log_2 0.5 - 0.5 \\log_2 0.5$$\n" + worked
    (restated,) = [claim for claim in check_text(expanded, "a.md").claims if 4 in claim.lines]
    assert restated.verdict == "holds" and restated.lines == (2, 4)


@pytest.mark.parametrize("command", ["\\mbox", "\\text", "\\mathrm"])
def test_a_logarithm_written_as_upright_text_is_a_logarithm(command: str) -> None:
    """``\\mbox{log}_2\\frac{1}{8}`` is log2(1/8): ``8 \\times [-\\frac18 \\mbox{log}_2 \\frac18] = 3`` holds."""
    for total, verdict in (("3", "holds"), ("4", "false")):
        formula = f"H(U) = 8 \\times [ -\\frac{{1}}{{8}} {command}{{log}}_2\\frac{{1}}{{8}} ] = {total}"
        claims = check_text(f"\\[ {formula} \\]\n", "sheet.tex").claims
        assert [claim.verdict for claim in claims if claim.text.endswith(f"= {total}")] == [verdict]


@pytest.mark.parametrize(("off", "again"), [(0, 0), (1, 0), (0, 2)])
def test_this_value_right_below_a_claim_takes_its_verdict_when_the_digits_are_the_same(off: int, again: int) -> None:
    """ "This value (about V bits)" under ``H(A) = -[...] ≈ V`` (A given only in words): the claim's verdict when V is
    written with the same digits; another number stays unjudged."""
    weights = [Fraction(7, 10), Fraction(3, 10)]
    exact = -mpmath.fsum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)
        for p in weights
    )
    written = mpmath.nstr(exact + off, 3)
    said = mpmath.nstr(exact + off + again, 3)
    terms = " + ".join(f"{float(p)}*log₂({float(p)})" for p in weights)
    text = f"Sunny 70%, cloudy 30%.\n\nH(A) = -[{terms}] ≈ {written} bits\n\nThis value (about {said} bits) is small.\n"
    claims = check_text(text, "weather.md").claims
    (above,) = [claim for claim in claims if claim.lines == (3,)]
    (below,) = [claim for claim in claims if claim.lines == (5,)]
    assert above.verdict == ("false" if off else "holds")
    assert below.verdict == ("unchecked" if again else above.verdict)
    assert ("restates line 3" in below.note) == (not again)


@pytest.mark.parametrize("outcomes", [6, 10, 12])
@pytest.mark.parametrize("off", [0, 1])
def test_a_value_said_to_be_a_logarithm_beside_it_is_judged(outcomes: int, off: int) -> None:
    """ "about V bits, that is $\\log_2 N$" (or "c'est $log_2(N)$"): ``log2 N ≈ V``, false when V is off by 0.1."""
    value = mpmath.nstr(mpmath.log(outcomes, 2) + off / 10, 3)
    for sentence in (
        f"A fair die of {outcomes} faces has about {value} bits, that is $\\log_2 {outcomes}$.",
        f"L'entropie sera proche de {value}, en effet, c'est $log_2({outcomes})$.",
    ):
        (claim,) = [claim for claim in check_text(sentence + "\n", "a.md").claims if value in claim.text]
        assert claim.verdict == ("false" if off else "holds")


def test_a_value_said_to_be_a_formula_of_symbols_is_not_read() -> None:
    claims = check_text("The entropy is about 0.92, which is $h(p)$ for this coin.\n", "a.md").claims
    assert not [claim for claim in claims if claim.verdict != "unchecked"]


@pytest.mark.parametrize("total", ["3", "4"])
def test_a_symbol_restated_with_the_same_value_takes_the_verdict_of_its_worked_expansion(total: str) -> None:
    """``$H(U) = 3$`` (U given by no distribution) under ``H(U) = 8 × [-1/8 log2 1/8] = 3``: the expansion's verdict;
    in the next exercise of a sheet, ``U`` is another variable and the claim stays unchecked."""
    worked = f"\\[ H(U) = 8 \\times [ -\\frac{{1}}{{8}} \\log_2\\frac{{1}}{{8}} ] = {total} \\]"
    verdict = "holds" if total == "3" else "false"
    claims = check_text(f"{worked}\n\nSo $H(U) = {total}$ bits.\n", "sheet.tex").claims
    assert [(claim.verdict, "restates line 1" in claim.note) for claim in claims if claim.lines == (3,)] == [
        (verdict, True)
    ]
    sheet = f"\\begin{{enumerate}}\n\\item {worked}\n\\item So $H(U) = {total}$ bits.\n\\end{{enumerate}}\n"
    claims = check_text(sheet, "sheet.tex").claims
    assert [claim.verdict for claim in claims if claim.lines == (3,)] == ["unchecked"]


def test_a_remark_in_brackets_after_a_labelled_probability_is_no_factor() -> None:
    """``P(b) = 7/8 (so that they sum to 1)``: the bracket opens a remark, and the probabilities are a distribution."""
    text = "The probabilities are:\n\n  • P(a) = 1/8\n  • P(b) = 7/8 (so that they sum to 1)\n"
    claims = check_text(text, "answer.txt").claims
    assert [(claim.kind, claim.verdict, claim.text) for claim in claims] == [
        ("definition", "holds", "P(a) = 1/8, P(b) = 7/8")
    ]


@pytest.mark.parametrize("off", [0.0, 0.01])
def test_a_chain_of_lines_restating_h_of_a_letter_is_judged_as_arithmetic(off: float) -> None:
    """``$$H(X) = -(...)$$`` (its weights need not sum to 1), its terms, then ``$$H(X) = v$$ bits (approximately)``."""
    weights = ["0.4", "0.25", "0.15"]
    exact = -mpmath.fsum(mpmath.mpf(w) * mpmath.log(mpmath.mpf(w), 2) for w in weights)
    terms = " ".join(f"- {-float(mpmath.mpf(w) * mpmath.log(mpmath.mpf(w), 2)):.4f}" for w in weights)
    value = f"{float(exact) + off:.4f}"
    product = " + ".join(w + " \\times log_{2}(" + w + ")" for w in weights)
    text = f"$$H(X) = -({product})$$\n$$H(X) = -({terms})$$\n$$H(X) = {value}$$ bits (approximately)\n"
    claims = [claim for claim in check_text(text, "answer.txt").claims if claim.lines == (3,)]
    assert ("false" in {claim.verdict for claim in claims}) == bool(off)
    assert ("holds" in {claim.verdict for claim in claims}) == (not off)


def test_a_line_restating_another_letter_starts_another_chain() -> None:
    """``H(Y) = 0.9`` under a chain of ``H(X)`` is no step of it."""
    text = "$$H(X) = -(0.5 \\times log_{2}(0.5) + 0.5 \\times log_{2}(0.5))$$\n$$H(Y) = 0.9$$\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "answer.txt").claims)
