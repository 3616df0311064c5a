"""``kldocs.checker.tokens`` and ``latex_numbers``: the grammar, exact evaluation, limits."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from kldocs.checker.diagnosis import claimed_interval
from kldocs.checker.latex_numbers import Environment, ParseError, evaluate, parse, parse_prefix
from kldocs.checker.rounded_intervals import interval
from kldocs.checker.tokens import MeasureSymbol, TooComplexError, tokenize
from kldocs.checker.trees import measure_form, terms
from kldocs.checker.written_precision import literal, written_place
from kldocs.errors import EvaluationError
from kldocs.exact import Base, ExactValue


def value(text: str, base: Fraction | None = None) -> ExactValue:
    return evaluate(parse(tokenize(text)), Environment(base))


def reference_kl() -> ExactValue:
    exact = kldocs.kl("0.2 0.5 0.3", "0.3 0.4 0.3").exact
    assert exact is not None
    return exact


KL_NATS = reference_kl()


# --- measure symbols -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        (r"D_{KL}(P \| Q)", MeasureSymbol("kl", ("P", "Q"))),
        (r"D_{\mathrm{KL}}(P \parallel Q)", MeasureSymbol("kl", ("P", "Q"))),
        (r"D_\text{KL}\left(P \,\|\, Q\right)", MeasureSymbol("kl", ("P", "Q"))),
        ("KL(P||Q)", MeasureSymbol("kl", ("P", "Q"))),
        ("D_KL(Q‖P)", MeasureSymbol("kl", ("Q", "P"))),
        (r"D(P \| Q_{1})", MeasureSymbol("kl", ("P", "Q_1"))),
        (r"{\rm KL}(P, Q)", MeasureSymbol("kl", ("P", "Q"))),
        ("H(P)", MeasureSymbol("entropy", ("P",))),
        ("H(P, Q)", MeasureSymbol("cross_entropy", ("P", "Q"))),
        (r"H_\times(P, Q)", MeasureSymbol("cross_entropy", ("P", "Q"))),
        (r"\mathrm{JSD}(P, Q)", MeasureSymbol("jsd", ("P", "Q"))),
        ("JS(P||Q)", MeasureSymbol("jsd", ("P", "Q"))),
        (r"D_{JS}(P \| Q)", MeasureSymbol("jsd", ("P", "Q"))),
        ("J(P, Q)", MeasureSymbol("jeffreys", ("P", "Q"))),
        (r"D_{KL}(P \| \frac{P+Q}{2})", MeasureSymbol("kl", ("P", "(P+Q)/2"))),
        (r"\mathrm{JSD}", MeasureSymbol("jsd", None)),
        (r"D_{\mathrm{KL}}", MeasureSymbol("kl", None)),
    ],
)
def test_measure_symbols(text: str, symbol: MeasureSymbol) -> None:
    (token,) = tokenize(text)
    assert token.kind == "measure"
    assert token.symbol == symbol


@pytest.mark.parametrize("text", ["D(P, Q)", "H(P, Q, R)", "J(x)", "Hello(P)", "DKL(P||Q)"])
def test_not_measure_symbols(text: str) -> None:
    assert all(token.kind != "measure" for token in tokenize(text))


# --- the grammar and exact values ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        r"0.2 \log\frac{0.2}{0.3} + 0.5 \log\frac{0.5}{0.4} + 0.3 \log\frac{0.3}{0.3}",
        r"0.2 \times \ln(0.2/0.3) + 0.5 \times \ln(\frac{0.5}{0.4}) + 0.3 \cdot \ln 1",
        "0.2 × log(0.2/0.3) + 0.5 · log(0.5/0.4)",
        r"\frac{1}{5} \ln \frac{2}{3} + \frac{1}{2} \ln \frac{5}{4} + 0",
        r"-\frac{4}{5} \ln 2 - \frac{1}{5} \ln 3 + \frac{1}{2} \ln 5",
        r"\frac{\ln{\left(5 \right)}}{2} - \frac{4 \ln{\left(2 \right)}}{5} - \frac{\ln{\left(3 \right)}}{5}",
        r"\left(-\frac{1}{2} \ln 3 + \ln 5\right)"
        r" - \left(\frac{4}{5} \ln 2 - \frac{3}{10} \ln 3 + \frac12 \ln 5\right)",
        r"20\% \ln \frac{20\%}{30\%} + 50\% \ln \frac{5}{4}",
    ],
)
def test_the_reference_kl_written_many_ways_is_exactly_the_same_value(text: str) -> None:
    assert value(text) == KL_NATS


def test_log_bases() -> None:
    assert value(r"\log_2 8").rational_value() == 3
    assert value(r"\log_{10}(1000)").rational_value() == 3
    assert value(r"\log _{2}\left(8\right)").rational_value() == 3  # a space before the subscript, as exports write
    assert value("log2(8) + log₂(2)").rational_value() == 4
    assert value(r"\lb 4").rational_value() == 2
    assert value(r"\log 8", Fraction(2)).rational_value() == 3  # \log takes the document's base
    assert value(r"\lg 100", Fraction(10)).rational_value() == 2
    assert value(r"\ln 2") == ExactValue.log(2)
    # An unbraced subscript before a decimal: the base is 2 (or 10), the argument the decimal.
    assert value(r"\log_20.5").rational_value() == value("log_20.5").rational_value() == -1
    assert value("log_100.01").rational_value() == -2 and value("log_10 100").rational_value() == 2


def test_zero_and_infinity_follow_the_conventions() -> None:
    assert value(r"0 \log 0").rational_value() == 0
    assert value(r"0.5 \ln \frac{0.5}{0}").infinite == 1
    assert value(r"\infty").infinite == 1
    with pytest.raises(EvaluationError, match="negative"):
        value(r"\ln(-2)")
    with pytest.raises(EvaluationError, match="product of two logarithms"):
        value(r"\ln 2 \cdot \ln 3")


def test_powers_and_scientific_notation() -> None:
    assert value(r"3.05 \times 10^{-2}").rational_value() == Fraction(61, 2000)
    assert value("2^3").rational_value() == 8
    with pytest.raises(ParseError, match="exponent"):
        parse(tokenize("10^{1000}"))
    with pytest.raises(ParseError, match="small integer exponents"):
        parse(tokenize("2^{x}"))


def test_a_prefix_stops_at_words() -> None:
    node, stop = parse_prefix(tokenize("1.03 (rounded) nats"))
    assert evaluate(node, Environment()).rational_value() == Fraction(103, 100)
    assert stop == 1


def test_code_is_never_run() -> None:
    for text in ["__import__('os').system('false')", "eval(1)", "exec", "lambda: 0", "1; 2"]:
        with pytest.raises(ParseError):
            parse(tokenize(text))


def test_terms_as_written() -> None:
    text = r"-(0.2 \ln 0.2 + 0.8 \ln 0.8)"
    assert terms(parse(tokenize(text)), text) == [(-1, r"0.2 \ln 0.2"), (-1, r"0.8 \ln 0.8")]


def test_measure_form_recognises_half_jeffreys() -> None:
    for text in [
        r"\frac{1}{2}\left(D_{KL}(P \| Q) + D_{KL}(Q \| P)\right)",
        r"\frac{D_{KL}(P \| Q) + D_{KL}(Q \| P)}{2}",
        r"0.5 KL(P||Q) + 0.5 KL(Q||P)",
    ]:
        form = measure_form(parse(tokenize(text)))
        assert form == {
            MeasureSymbol("kl", ("P", "Q")): Fraction(1, 2),
            MeasureSymbol("kl", ("Q", "P")): Fraction(1, 2),
        }
    assert measure_form(parse(tokenize(r"D_{KL}(P \| Q) \cdot D_{KL}(Q \| P)"))) is None


# --- precision of numbers as written -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    # "3." ends a sentence more often than it marks a value rounded to a whole number: it is the integer 3.
    [("0.0305", -4), ("1.2e-3", -4), ("12", None), ("1.50", -2), (r"2.5\%", -3), ("3.", None)],
)
def test_written_place(text: str, place: int | None) -> None:
    assert written_place(text) == place


def test_literal_and_interval() -> None:
    written = literal(parse(tokenize("-0.0305")))
    assert written is not None and written.value == Fraction(-61, 2000) and written.place == -4
    assert literal(parse(tokenize(r"\ln 2"))) is None
    assert interval(parse(tokenize("1.06 - 1.03"))) == (Fraction(2, 100), Fraction(4, 100))
    assert interval(parse(tokenize(r"\ln 2"))) is None


@settings(max_examples=60, deadline=None)
@given(st.fractions(min_value=Fraction(1, 10**6), max_value=1000, max_denominator=10**6), st.integers(1, 6))
def test_decimals_parse_to_their_exact_value(number: Fraction, places: int) -> None:
    text = f"{float(number):.{places}f}"
    node = parse(tokenize(text))
    assert evaluate(node, Environment()).rational_value() == Fraction(text)
    assert written_place(text) == -places


@settings(max_examples=80, deadline=None)
@given(
    st.fractions(min_value=-1000, max_value=1000, max_denominator=10**6),
    st.integers(1, 6),
    st.sampled_from(["...", "…", "⋯", r"\ldots", r"\cdots"]),
)
def test_digits_followed_by_dots_stand_for_the_values_cut_off_or_rounded_to_them(
    number: Fraction, places: int, mark: str
) -> None:
    unit = Fraction(1, 10**places)
    cut = Fraction(int(number / unit)) * unit  # int() cuts toward zero
    rounded = round(number / unit) * unit
    for digits in (cut, rounded):
        text = f"{'-' if number < 0 else ''}{float(abs(digits)):.{places}f}{mark}"
        node = parse(tokenize(text))
        bounds = claimed_interval(node, approximate=False)
        assert bounds is not None and bounds == interval(node)
        assert bounds[0] <= number <= bounds[1]
        assert not bounds[0] <= number + 2 * unit <= bounds[1] or not bounds[0] <= number - 2 * unit <= bounds[1]
        assert written_place(text) == -places


# --- hostile input --------------------------------------------------------------------------------------------


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(TooComplexError, match="nested more than 50 deep"):
        tokenize("(" * 100_000 + "1" + ")" * 100_000)
    with pytest.raises(ParseError, match="nested more than 50 deep"):
        parse(tokenize("-" * 300 + "1"))


def test_too_many_symbols_are_refused() -> None:
    with pytest.raises(TooComplexError, match="more than 2000 symbols"):
        tokenize("1 + " * 1_000_000)
    with pytest.raises(ParseError, match="more than 400 symbols"):
        parse(tokenize("1 + " * 300))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1e999999999", "exponent out of range"),
        ("9" * 100, "longer than 80 characters"),
        ("1" * 50, "more than 40 significant digits"),
        ("1e70", "out of range"),
    ],
)
def test_huge_numbers_are_refused(text: str, problem: str) -> None:
    with pytest.raises(ParseError, match=problem):
        parse(tokenize(text))


def test_logarithms_of_huge_integers_are_taken_without_factoring_them() -> None:
    semiprime = sympy.nextprime(10**19) * sympy.nextprime(3 * 10**19)  # 40 digits, two primes of 64 bits
    logarithm = value(rf"\ln({semiprime})")
    assert logarithm.logs_in(Base()).open_atoms == {semiprime}  # kept whole: no factoring was attempted beyond
    with mpmath.workdps(40):
        assert logarithm.decimal(20) == mpmath.nstr(mpmath.log(semiprime), 20)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 99), st.integers(2, 99).flatmap(lambda den: st.tuples(st.integers(1, den - 1), st.just(den))))
def test_a_whole_number_and_a_proper_fraction_alone_are_a_mixed_number(whole: int, fraction: tuple[int, int]) -> None:
    top, bottom = fraction
    mixed = Fraction(whole) + Fraction(top, bottom)
    assert value(rf"{whole}\frac{{{top}}}{{{bottom}}}") == ExactValue.number(mixed)
    assert value(rf"-{whole} \tfrac{{{top}}}{{{bottom}}}") == ExactValue.number(-mixed)
    # Before a factor it is the product it always was; among other terms either reading could be meant.
    assert value(rf"{whole}\frac{{{top}}}{{{bottom}}}\log_2 4") == ExactValue.number(Fraction(2 * whole * top, bottom))
    with pytest.raises(ParseError):
        parse(tokenize(rf"\frac12 + {whole}\frac{{{top}}}{{{bottom}}}"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 ¾", Fraction(7, 4)),
        ("2⅓", Fraction(7, 3)),
        ("½ + ¼", Fraction(3, 4)),
        ("2⁻³", Fraction(1, 8)),
        ("0.5 . 4", Fraction(2)),
        (r"{1 \over 4} + {3 \over 4}", Fraction(1)),
        ("(1/2)²", Fraction(1, 4)),
    ],
)
def test_glyph_fractions_superscripts_spaced_dots_and_over(text: str, expected: Fraction) -> None:
    assert value(text) == ExactValue.number(expected)
