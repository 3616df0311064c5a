"""Parameters are shown as they were typed (``1/2`` stays a fraction, ``0.5`` a decimal), in text, LaTeX and pages."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kldocs
from kldocs.cli import main
from kldocs.families import normal, parse_family
from kldocs.families.written import Written, written_latex, written_text
from kldocs.models.blocks import MathChain, Paragraph, Table
from kldocs.models.family_example import family_example
from kldocs.models.options import PageOptions

#: (typed, LaTeX of the number, LaTeX of its square)
TYPED = [
    ("1/2", r"\frac{1}{2}", r"\left(\frac{1}{2}\right)^{2}"),
    ("0.5", "0.5", "0.5^{2}"),
    ("50%", r"50\%", r"\left(50\%\right)^{2}"),
    ("2/4", r"\frac{2}{4}", r"\left(\frac{2}{4}\right)^{2}"),
]


@given(st.integers(-999, 999), st.integers(1, 999))
def test_a_typed_fraction_is_the_same_number_and_keeps_its_numerator_and_denominator(a: int, b: int) -> None:
    typed = f"{a}/{b}"
    (value,) = kldocs.families.parameters.read_parameters(typed, ("x",), "P").values()
    assert isinstance(value, Fraction)
    assert value == Fraction(a, b) and hash(value) == hash(Fraction(a, b))
    assert written_text(value) == typed
    sign = "-" if a < 0 else ""
    assert written_latex(value) == rf"{sign}\frac{{{abs(a)}}}{{{b}}}"
    assert type(value + 1) is Fraction  # arithmetic forgets the typing


@pytest.mark.parametrize(("typed", "latex", "square"), TYPED)
def test_the_worked_instance_puts_the_parameters_in_as_typed(typed: str, latex: str, square: str) -> None:
    P = parse_family("normal", f"mu=0, sigma={typed}", "P")
    Q = parse_family("normal", "mu=1, sigma=1", "Q")
    page = family_example(P, Q)
    numbers = [chain for chain in _blocks(page, MathChain)][1].lines[1].rhs
    assert rf"\ln \frac{{1}}{{{latex}}}" in numbers and square in numbers
    table = _blocks(page, Table)[0]
    sigma = next(row for row in table.rows if row[0].content == "sigma")
    assert sigma[1].content == latex
    assert P.latex() == rf"\mathcal{{N}}(0, {square})"
    assert str(P) == f"P = normal(mu=0, sigma={typed})"
    assert kldocs.kl(P, Q).text() == "1/8 + log(2)"  # the same number however it is typed


def test_compute_and_the_error_messages_show_the_number_as_typed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", "--family", "normal", "--p", "mu=0, sigma=0.50", "--q", "mu=1, sigma=1"]) == 0
    assert capsys.readouterr().out.startswith("P = normal(mu=0, sigma=0.50)\n")
    assert main(["compute", "--family", "normal", "--p", "mu=0, sigma=-0.5", "--q", "mu=1, sigma=1"]) == 2
    assert capsys.readouterr().err.strip() == "kldocs: error: P.sigma: must be positive, got -0.5"


def test_a_float_from_python_is_shown_as_its_shortest_decimal() -> None:
    assert normal(0, 0.1).latex() == r"\mathcal{N}(0, 0.1^{2})"
    assert normal(0, Fraction(1, 10)).latex() == r"\mathcal{N}(0, \left(\frac{1}{10}\right)^{2})"
    assert repr(normal(0, 0.5)) == "Normal(name='P', mu=Fraction(0, 1), sigma=Fraction(1, 2))"


def test_a_written_number_survives_pickling_and_copying() -> None:
    import copy
    import pickle

    value = Written(Fraction(1, 2), "2/4")
    for copied in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
        assert copied == value and written_text(copied) == "2/4"


def test_half_the_jeffreys_divergence_is_halved_exactly() -> None:
    # J = 29/8 nats, so J/2 = 29/16 = 1.8125 exactly: "=" at 6 digits, not a rounded float.
    page = family_example(normal(0, "1/2"), normal(1, 1, name="Q"), PageOptions(digits=6))
    notes = [_text(block) for block in _blocks(page, Paragraph)]
    assert any("= 1.8125" in note for note in notes)


def test_half_a_certified_jeffreys_divergence_is_the_certified_half() -> None:
    # In bits J = 29/(8 ln 2) has no exact form in the exact core: it is certified, and so is its half.
    page = family_example(normal(0, "1/2"), normal(1, 1, name="Q"), PageOptions(digits=8, base=kldocs.Base.parse("2")))
    notes = [_text(block) for block in _blocks(page, Paragraph)]
    half = f"{29 / 16 / 0.6931471805599453:.8g}"
    assert any(rf"\approx {half}" in note for note in notes)


def _blocks(page: object, kind: type) -> list:
    return [block for section in page.sections for block in section.blocks if isinstance(block, kind)]  # type: ignore[attr-defined]


def _text(paragraph: Paragraph) -> str:
    return "".join(segment.content for segment in paragraph.segments)


def test_the_markdown_page_shows_the_fraction(tmp_path: Path) -> None:
    args = ["example", "--family", "normal", "--p", "mu=0, sigma=1/2", "--q", "mu=1, sigma=1"]
    assert main([*args, "--format", "md", "--out", str(tmp_path), "--quiet"]) == 0
    page = (tmp_path / "example.md").read_text(encoding="utf-8")
    assert "0.5" not in page.split("## Cross-entropy")[0]
