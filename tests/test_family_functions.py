"""Measures as functions of a named parameter: tidy formulas, the range of the variable, every minimum."""

from __future__ import annotations

import math
import re
from fractions import Fraction

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from kldocs.cli import main
from kldocs.families import Family, parse_family
from kldocs.families.closed_forms import closed_form_expression
from kldocs.families.tidy import split_log, tidy
from kldocs.models.blocks import Paragraph
from kldocs.models.family_example import family_example

#: (family, P, Q) with a named variable.
CASES = [
    ("normal", "mu=0, sigma=s", "mu=0, sigma=1"),
    ("normal", "mu=m, sigma=1", "mu=2, sigma=1"),
    ("bernoulli", "theta", "1/2"),
    ("bernoulli", "1 - theta", "theta"),
    ("geometric", "p", "1/3"),
    ("exponential", "r", "2"),
    ("poisson", "lam", "2"),
    ("binomial", "n=4, p=t", "n=4, p=1/3"),
    ("categorical", "[t, 1/2 - t, 1/2]", "[1/4, 1/4, 1/2]"),
]
MEASURES = ("kl", "cross_entropy", "entropy", "jeffreys")


def pair(case: tuple[str, str, str]) -> tuple[Family, Family]:
    family, p, q = case
    return parse_family(family, p, "P"), parse_family(family, q, "Q")


@pytest.mark.parametrize("case", CASES)
def test_no_formula_keeps_a_log_that_cancels_or_the_constant_e(case: tuple[str, str, str]) -> None:
    P, Q = pair(case)
    for measure in MEASURES:
        quantity = kldocs.jeffreys(P, Q) if measure == "jeffreys" else _measure(measure, P, Q)
        if quantity.curve is None:
            continue
        for text in (quantity.curve.text(), str(quantity.curve.derivative)):
            assert "log(1/" not in text and "E" not in text, (measure, text)
        assert "e" not in re.sub(r"\\[a-zA-Z]+", "", quantity.curve.latex())


@pytest.mark.parametrize("case", CASES)
def test_every_divergence_has_its_minimum_zero_where_p_equals_q(case: tuple[str, str, str]) -> None:
    P, Q = pair(case)
    for quantity in (kldocs.kl(P, Q), kldocs.kl(Q, P), kldocs.jeffreys(P, Q)):
        assert quantity.curve is not None and quantity.curve.minimum is not None, quantity
        assert quantity.curve.minimum[1] == 0


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(CASES), st.sampled_from(MEASURES), st.fractions(Fraction(1, 50), Fraction(49, 50)))
def test_the_tidy_formula_is_the_closed_form_at_every_point(
    case: tuple[str, str, str], measure: str, at: Fraction
) -> None:
    P, Q = pair(case)
    quantity = kldocs.jeffreys(P, Q) if measure == "jeffreys" else _measure(measure, P, Q)
    curve = quantity.curve
    if curve is None:
        return
    low, high = curve.domain
    point = at * (high - low) + low if low is not None and high is not None else (low or 0) + at * 4
    if measure == "jeffreys":
        untidy = closed_form_expression("kl", P, Q) + closed_form_expression("kl", Q.renamed("P"), P)
    else:
        untidy = closed_form_expression(measure, P, None if measure == "entropy" else Q)
    assert float(curve.expression.subs(curve.symbol, sympy.Rational(point))) == pytest.approx(
        float(untidy.subs(curve.symbol, sympy.Rational(point))), rel=1e-12, abs=1e-12
    )


@settings(max_examples=50, deadline=None)
@given(st.integers(-5, 5), st.integers(1, 4), st.fractions(Fraction(1, 10), Fraction(9, 10)))
def test_a_split_logarithm_equals_the_whole_one_inside_the_interval(shift: int, power: int, at: Fraction) -> None:
    t = sympy.Symbol("t", real=True)
    argument = (1 - t) ** power * 3 / (t - shift) ** 2 if shift not in (0, 1) else 3 * t**power
    split = split_log(argument, t, (Fraction(0), Fraction(1)))
    point = sympy.Rational(at)
    assert float(split.subs(t, point)) == pytest.approx(math.log(float(argument.subs(t, point))), rel=1e-12)


def test_a_log_whose_factor_changes_sign_is_left_whole() -> None:
    t = sympy.Symbol("t", real=True)
    assert tidy(sympy.log(2 * t - 1) + sympy.log(t), t, (Fraction(0), Fraction(1))) == sympy.log(2 * t - 1) + sympy.log(
        t
    )


def test_the_normal_formulas_read_as_in_a_textbook() -> None:
    P, Q = pair(CASES[0])
    s = sympy.Symbol("s", real=True)
    assert kldocs.jeffreys(P, Q).to_sympy() == s**2 / 2 - 1 + 1 / (2 * s**2)
    assert kldocs.kl(P, Q).to_sympy() == s**2 / 2 - sympy.log(s) - sympy.Rational(1, 2)
    entropy = kldocs.entropy(P).to_sympy()
    assert entropy == sympy.log(s) + (1 + sympy.log(2) + sympy.log(sympy.pi)) / 2


def test_the_jeffreys_minimum_is_where_the_distributions_are_the_same(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", "--family", "bernoulli", "--p", "theta", "--q", "1/2"]) == 0
    out = capsys.readouterr().out
    assert "as functions of theta, for 0 < theta < 1 (where every parameter is in its range)" in out
    assert "smallest at theta = 1/2 (where P = Q): J(P,Q) = 0" in out


def test_compute_says_where_a_positive_parameter_ranges(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", "--family", "normal", "--p", "mu=0, sigma=s", "--q", "mu=0, sigma=1", "--json"]) == 0
    import json

    measures = json.loads(capsys.readouterr().out)["measures"]
    assert {measures[key]["range"] for key in ("kl_pq", "jeffreys", "entropy_p")} == {"s > 0"}


def test_the_page_gives_the_range_and_explains_a_minimum_found_where_p_equals_q() -> None:
    page = family_example(*pair(CASES[3]))
    texts = [
        "".join(s.content for s in block.segments) for block in page.sections[-1].blocks if isinstance(block, Paragraph)
    ]
    assert any(r"0 < \theta < 1" in text and "where every parameter is in its range" in text for text in texts)
    assert any("the two distributions are the same" in text and r"\theta = \frac{1}{2}" in text for text in texts)


def _measure(measure: str, P: Family, Q: Family) -> kldocs.FamilyQuantity:
    if measure == "entropy":
        return kldocs.entropy(P)
    return kldocs.cross_entropy(P, Q) if measure == "cross_entropy" else kldocs.kl(P, Q)


def test_a_variable_with_no_bounds_is_any_real_number(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from kldocs.models.blocks import Paragraph
    from kldocs.models.family_example import family_example

    assert main(["compute", "--family", "normal", "--p", "m, 1", "--q", "0, 1"]) == 0
    assert "as functions of m, for any real m (where" in capsys.readouterr().out
    assert main(["compute", "--family", "normal", "--p", "m, 1", "--q", "0, 1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["measures"]["kl_pq"]["range"] == "any real m"
    page = family_example(kldocs.normal("theta", 1), kldocs.normal(0, 1, name="Q"))
    maths = [
        segment.content
        for section in page.sections
        for block in section.blocks
        if isinstance(block, Paragraph)
        for segment in block.segments
        if segment.kind == "math"
    ]
    assert "\\theta \\in \\mathbb{R}" in maths and not any("real" in formula for formula in maths)
