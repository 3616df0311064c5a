"""MathML for the web pages: spaced as TeX spaces it in a browser, long inline formulas in pieces that may wrap."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kldocs.render.mathml import SPLIT_EMS, to_mathml

NS = "{http://www.w3.org/1998/Math/MathML}"


def tree(latex: str) -> Any:
    return ET.fromstring(to_mathml(latex))


def operators(latex: str, text: str) -> list[Any]:
    return [mo for mo in tree(latex).iter(f"{NS}mo") if mo.text == text]


@pytest.mark.parametrize(
    ("latex", "forms"),
    [
        (r"\mu = (0.5, -1)", ["prefix"]),  # after a comma
        (r"x = -1", ["prefix"]),  # after a relation
        (r"-\frac{1}{2} - x", ["prefix", None]),  # at the start, then a subtraction
        (r"\left(-\ln \sigma_{1} + 1\right)", ["prefix"]),  # after an opening parenthesis
        (r"\int_{-\infty}^{\infty} x", ["prefix"]),  # a lower limit
        (r"(a - b) - c", [None, None]),  # subtractions, after an operand and after a parenthesis
        (r"|x| - 1", [None]),
        (r"\quad {} - a", [None]),  # a continued line keeps its operator binary
    ],
)
def test_a_sign_with_no_operand_before_it_is_a_prefix_sign(latex: str, forms: list[str | None]) -> None:
    assert [mo.get("form") for mo in operators(latex, "−")] == forms


def test_iff_is_a_relation_with_tex_space_and_infinity_a_symbol() -> None:
    [iff] = operators(r"D = 0 \iff p_i = q_i", "⟺")
    assert iff.get("lspace") == iff.get("rspace") == "0.5556em"  # \; plus a relation's thick space
    bound = tree(r"[0, \infty]")
    assert [mi.text for mi in bound.iter(f"{NS}mi")] == ["∞"] and not operators(r"[0, \infty]", "∞")


def test_a_function_name_after_a_closing_parenthesis_is_set_apart() -> None:
    row = list(tree(r"(p_i - q_i) \log \frac{p_i}{q_i}")[0])
    at = next(k for k, child in enumerate(row) if child.text == "log")
    assert row[at - 1].tag == f"{NS}mspace" and row[at - 2].text == ")"
    call = list(tree(r"f(x) \ln{\left(p_i\right)}")[0])
    assert [child.tag.removeprefix(NS) for child in call].count("mspace") == 1  # after f(x), not before "("


def test_a_long_inline_formula_comes_in_pieces_cut_after_its_outer_operators() -> None:
    latex = r"D_{\mathrm{KL}}(Q_1 \parallel Q_2) = -\frac{3}{4} - \frac{1}{2} \log_{2} 3 + \log_{2} 5 \approx 0.0776"
    span = ET.fromstring(to_mathml(latex))
    assert span.get("class") == "formula"
    pieces = span.findall(f"{NS}math")
    ends = [list(piece[0])[-1] for piece in pieces]
    assert [end.text for end in ends] == ["=", "−", "+", "≈", "0.0776"]  # not after the prefix sign, not inside (...)
    assert all(end.get("form") == "infix" for end in ends[:-1])
    assert len(span.findall("wbr")) == len(pieces) - 1
    # Short formulas, and display maths, stay whole.
    assert to_mathml("a + b = c").startswith("<math") and to_mathml(latex, "block").startswith("<math")


_TERM = st.sampled_from([r"a_{i}", r"\frac{1}{2}", r"\ln 2", r"(x - y)", r"\log_{2} 3", "7", r"\left(p + q\right)"])
_JOIN = st.sampled_from([" + ", " - ", " = ", r" \approx ", ", ", " "])


@given(_TERM, st.lists(st.tuples(_JOIN, _TERM), max_size=25), st.booleans())
def test_pieces_hold_the_whole_formula_in_order(first: str, parts: list[tuple[str, str]], signed: bool) -> None:
    latex = ("-" if signed else "") + first + "".join(join + term for join, term in parts)
    shown = ET.fromstring(to_mathml(latex))
    whole = ET.fromstring(to_mathml(latex, "block"))
    assert "".join(shown.itertext()) == "".join(whole.itertext())
    pieces = shown.findall(f"{NS}math") if shown.tag == "span" else [shown]
    assert all(len(piece) == 1 and len(piece[0]) > 0 for piece in pieces)
    if len(pieces) > 1:
        from kldocs.models.linebreak import width

        assert width(latex) > SPLIT_EMS
