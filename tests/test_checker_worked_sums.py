"""Worked entropies: an expansion that names its distribution, and terms added on a line of their own."""

from __future__ import annotations

from fractions import Fraction

import mpmath
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.checker_truth import value
from kldocs.checker import check_text
from kldocs.checker.chains import statements
from kldocs.checker.expanded_entropy import expanded_distribution
from kldocs.checker.tokens import tokenize

weights = st.lists(st.integers(1, 20), min_size=2, max_size=6)


def _expansion(probabilities: list[Fraction], arguments: list[Fraction]) -> str:
    terms = " + ".join(
        rf"\frac{{{p.numerator}}}{{{p.denominator}}} \log_2 \frac{{{a.numerator}}}{{{a.denominator}}}"
        for p, a in zip(probabilities, arguments, strict=True)
    )
    return rf"H(S) = -({terms})"


def _only(text: str) -> tuple[str, tuple[Fraction, ...]] | None:
    found = [s for s in statements(tokenize(text), text) if not s.fallback]
    assert len(found) == 1
    return expanded_distribution(found[0])


@settings(max_examples=40, deadline=None)
@given(weights)
def test_an_expansion_of_weights_that_sum_to_one_names_them(counts: list[int]) -> None:
    probabilities = [Fraction(count, sum(counts)) for count in counts]
    assert _only(_expansion(probabilities, probabilities)) == ("S", tuple(probabilities))


@settings(max_examples=40, deadline=None)
@given(weights, st.integers(0, 5))
def test_an_expansion_with_a_term_of_another_shape_names_nothing(counts: list[int], index: int) -> None:
    probabilities = [Fraction(count, sum(counts)) for count in counts]
    index %= len(counts)
    arguments = list(probabilities)
    arguments[index] = probabilities[index] / 2  # the log of another number than the weight
    assert _only(_expansion(probabilities, arguments)) is None
    short = probabilities[1:]  # the weights no longer sum to 1
    assert _only(_expansion(short, short)) is None


def _share(p: Fraction) -> mpmath.mpf:
    return -mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(1, 9), min_size=2, max_size=5), st.integers(0, 4), st.sampled_from([0, 1]))
def test_each_added_term_is_judged_and_the_total_inherits_a_wrong_one(counts: list[int], index: int, off: int) -> None:
    """``H = t1 + ... + tk`` under ``H = -p1*log2(p1) - ...``: a term off by 0.01 is false, and so is the total."""
    probabilities = [Fraction(count, sum(counts)) for count in counts]
    index %= len(counts)
    shares = [_share(p) for p in probabilities]
    written = [f"{float(share):.4f}" for share in shares]
    if off:
        written[index] = f"{float(written[index]) + 0.01:.4f}"
    total = f"{sum(float(text) for text in written):.4f}"
    expansion = " - ".join(f"{p} * log2({p})" for p in probabilities)
    text = f"Entropy in bits.\n\nH = - {expansion}\n\nH = {' + '.join(written)}\nH ≈ {total}\n"
    report = check_text(text, "answer.txt")
    terms = [claim for claim in report.claims if claim.lines == (5,)]
    assert terms and all(claim.kind == "expression" for claim in terms)
    wrong = {claim.text.rpartition(" ")[2] for claim in terms if claim.verdict == "false"}
    assert wrong == ({written[index]} if off else set())
    (summed,) = [claim for claim in report.claims if claim.lines == (6,)]
    exact = mpmath.fsum(shares)
    # The total of rounded terms may be the exact entropy cut off rather than rounded (1.0408 for 1.04088...): it holds.
    assert summed.verdict == ("holds" if value(total, exact) else "false")


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(1, 9), min_size=2, max_size=5))
def test_terms_added_in_another_order_are_no_mistake(counts: list[int]) -> None:
    """The decimals of the sum fit the expansion's terms in reverse order: each is judged against the term it fits."""
    probabilities = [Fraction(count, sum(counts)) for count in counts]
    written = [f"{float(_share(p)):.4f}" for p in reversed(probabilities)]
    expansion = " - ".join(f"{p} * log2({p})" for p in probabilities)
    report = check_text(f"Entropy in bits.\n\nH = - {expansion}\nH = {' + '.join(written)}\n", "answer.txt")
    assert report.claims and not [claim.text for claim in report.claims if claim.verdict == "false"]


def test_a_value_in_words_with_a_bound_or_a_comparison_is_not_the_value() -> None:
    """ "2 bits at most", "or more", "more than": the sentence does not give the entropy's value."""
    text = (
        "Let $P = (0.2, 0.5, 0.3)$.\n\nThe entropy H(P) is 2 bits at most. The entropy H(P) is 1.03 nats or more. "
        "The entropy H(P) is 0.5 more than that of Q. The entropy H(P) is 1.03 nats.\n"
    )
    claims = [claim for claim in check_text(text, "a.md").claims if claim.kind != "definition"]
    assert [(claim.text, claim.verdict) for claim in claims] == [("H(P) = 1.03", "holds")]


def test_a_line_of_products_under_the_terms_gives_no_term_values() -> None:
    """``H = -(0.2 × (-2.32193) + ...)`` multiplies each weight by its logarithm: its numbers are no terms' values."""
    text = (
        "H = - (0.2 × log2(0.2) + 0.7 × log2(0.7) + 0.1 × log2(0.1))\n"
        "H = - (0.2 × (-2.32193) + 0.7 × (-0.51457) + 0.1 × (-3.32193))\n"
        "H = - (-0.46439 - 0.36020 - 0.33219)\n"
    )
    report = check_text(text, "answer.txt")
    assert not [claim for claim in report.claims if claim.lines == (2,) or claim.verdict == "false"]
    terms = [claim.text for claim in report.claims if claim.lines == (3,) and claim.text.count("log2") == 1]
    assert terms == ["-0.2 × log2(0.2) = 0.46439", "-0.7 × log2(0.7) = 0.36020", "-0.1 × log2(0.1) = 0.33219"]
