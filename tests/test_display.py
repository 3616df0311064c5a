"""What people see in a REPL or in Jupyter: str and repr in one line, display math that parses, pages that render."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import latex2mathml.converter
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from kldocs import InputError
from kldocs.measures.quantity import SHOWN_TERMS
from tests.helpers import Balance

MEASURES: dict[str, Callable[..., Any]] = {
    "entropy": lambda p, q, base: kldocs.entropy(p, base),
    "cross_entropy": kldocs.cross_entropy,
    "kl": kldocs.kl,
    "jeffreys": kldocs.jeffreys,
    "jsd": kldocs.jsd,
}


def test_str_reads_like_the_command_line() -> None:
    value = kldocs.kl("0.2, 0.5, 0.3", "0.3 0.4 0.3")
    assert str(value) == "D_KL(P‖Q) = −4/5 ln 2 − 1/5 ln 3 + 1/2 ln 5 ≈ 0.0304788 nats"
    assert repr(value) == "Quantity(D_KL(P‖Q) ≈ 0.0304788 nats, exact)"
    assert str(kldocs.entropy("1/2 1/4 1/4", base=2)) == "H(P) = 3/2 = 1.5 bits"
    assert str(kldocs.kl("1/2 1/2", "1 0")) == "D_KL(P‖Q) = ∞"
    floats = kldocs.kl(np.array([0.2, 0.5, 0.3]), np.array([0.3, 0.4, 0.3]))
    assert str(floats) == "D_KL(P‖Q) ≈ 0.0304788 nats"
    assert repr(floats) == "Quantity(D_KL(P‖Q) ≈ 0.0304788 nats, float)"
    assert str(value.exact) == "−4/5 ln 2 − 1/5 ln 3 + 1/2 ln 5"


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=50), min_size=2, max_size=6).filter(lambda w: sum(w) > 0),
    st.sampled_from(sorted(MEASURES)),
    st.sampled_from(["e", "2", "10", "3/2"]),
)
def test_every_quantity_prints_in_one_line_and_its_latex_parses(weights: list[int], name: str, base: str) -> None:
    P = kldocs.parse_distribution(weights, normalize=True)
    Q = kldocs.parse_distribution(list(reversed(weights)), name="Q", normalize=True)
    value = MEASURES[name](P, Q, base)
    for text in (str(value), repr(value)):
        assert "\n" not in text and len(text) < 400
    assert str(value).startswith(value.symbol(latex=False).replace("||", "‖"))
    if value.is_finite:
        assert value.decimal(6) in str(value) or value.decimal(6).rstrip("0").rstrip(".") in str(value)
    latex = value._repr_latex_()
    assert latex.startswith("$") and latex.endswith("$")
    mathml = latex2mathml.converter.convert(latex.strip("$"))
    ElementTree.fromstring(mathml)  # well-formed
    assert (value.unit.removesuffix("s") in latex) == value.is_finite  # "= ∞" needs no unit; "1 bit" is singular
    if value.exact is not None and value.is_finite:
        assert value.exact.latex(SHOWN_TERMS) in latex


def test_a_distribution_shows_labels_and_values_in_one_line() -> None:
    P = kldocs.parse_distribution({"sun": "1/4", "rain": "3/4"})
    assert repr(P) == str(P) == "Distribution(P: sun=1/4, rain=3/4)"
    many = kldocs.parse_distribution(np.full(1000, 0.001))
    assert repr(many).endswith(", ... (1000 categories))") and "\n" not in repr(many)


def frame_page(shown: Any) -> str:
    """The HTML page inside the frame ``_repr_html_`` gives."""
    match = re.fullmatch(r'<iframe title="[^"]*" srcdoc="([^"]*)" style="[^"]*"></iframe>', shown._repr_html_())
    assert match is not None
    return html.unescape(match.group(1))


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_worked_example_shows_the_html_page_inline(language: str) -> None:
    page = kldocs.worked_example("0.2 0.5 0.3", "0.3 0.4 0.3", language=language)
    inner = frame_page(page)
    checker = Balance()
    checker.feed(inner)
    assert checker.errors == [] and checker.stack == []
    assert inner.count("<svg") == len(page.document.charts()) == 4  # charts included, inline
    assert "<math" in inner and "0.0305" in inner
    markdown = page._repr_markdown_()
    assert markdown.count("](data:image/png;base64,") == 4
    assert "0.0305" in markdown
    assert ("두 분포" in inner) == (language == "ko")


def test_hostile_labels_stay_text_in_the_frame() -> None:
    page = kldocs.worked_example({'"><script>x</script>': "1/2", "b": "1/2"}, "1/4 3/4")
    shown = page._repr_html_()
    assert "<script>" not in shown and "<script>" not in frame_page(page).replace("&lt;script&gt;", "")


def test_a_derivation_shows_its_checked_steps() -> None:
    gibbs = kldocs.derivation("gibbs", language="ko")
    assert gibbs.holds
    inner = frame_page(gibbs)
    checker = Balance()
    checker.feed(inner)
    assert checker.errors == [] and checker.stack == []
    assert "FAILED" not in inner and inner.count("<tr") >= 5
    chain = re.search(r"\\begin\{aligned\}\n(.*?)\n\\end\{aligned\}", gibbs._repr_markdown_(), re.DOTALL)
    assert chain is not None
    lines = [line for line in chain.group(1).split("\n") if line.strip()]
    assert len(lines) >= 5
    for line in lines:  # each step's LaTeX parses
        step = re.sub(r"&&\s*\(\d+\)", "", line).replace("&", "").rstrip().removesuffix("\\\\")
        ElementTree.fromstring(latex2mathml.converter.convert(step))


def test_pages_refuse_what_they_cannot_show() -> None:
    with pytest.raises(InputError, match="exact values"):
        kldocs.worked_example([0.5, 0.5], "1/4 3/4")
    with pytest.raises(InputError, match="known ones are"):
        kldocs.derivation("pythagoras")


def test_a_shown_page_saves_like_the_command_line(tmp_path: Any) -> None:
    paths = kldocs.worked_example("1/2 1/2", "1/4 3/4").save(tmp_path, ["md", "ipynb"])
    assert {path.name for path in paths} >= {"example.md", "example.ipynb"}


@pytest.mark.parametrize(
    ("formats", "written"),
    [("md", {"example.md"}), ("md, ipynb", {"example.md", "example.ipynb"}), (("html",), {"example.html"})],
)
def test_save_takes_a_comma_list_or_a_sequence_of_formats(tmp_path: Any, formats: Any, written: set[str]) -> None:
    paths = kldocs.worked_example("1/2 1/2", "1/4 3/4").save(tmp_path, formats)
    assert {path.name for path in paths if not path.name.endswith(".png")} == written


@pytest.mark.parametrize("formats", [["docx"], "md,docx", "", [], ["md", 3]])
def test_save_refuses_formats_it_cannot_write_and_writes_nothing(tmp_path: Any, formats: Any) -> None:
    with pytest.raises(InputError, match=r"^formats: "):
        kldocs.worked_example("1/2 1/2", "1/4 3/4").save(tmp_path / "out", formats)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("show", "field"),
    [
        (lambda: kldocs.derivation("gibbs", language="fr"), "language"),
        (lambda: kldocs.worked_example("1/2 1/2", "1/4 3/4", language="fr"), "language"),
        (lambda: kldocs.worked_example("1/2 1/2", "1/4 3/4", digits=0), "digits"),
        (lambda: kldocs.worked_example("1/2 1/2", "1/4 3/4", digits=31), "digits"),
        (lambda: kldocs.worked_example("1/2 1/2", "1/4 3/4", digits=2.5), "digits"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_language_or_precision_is_an_input_error_naming_it(show: Callable[[], Any], field: str) -> None:
    with pytest.raises(InputError, match=rf"^{field}: ") as raised:
        show()
    assert raised.value.field == field


def test_a_value_shows_its_unit_in_the_words_of_a_language() -> None:
    normals = kldocs.normal(0, 1), kldocs.normal(1, 2, name="Q")
    values: list[Any] = [kldocs.kl("1/2 1/2", "1/4 3/4", base=2), kldocs.kl([0.5, 0.5], [0.25, 0.75], base=2)]
    for value in [*values, kldocs.kl(*normals, base=2), kldocs.jsd(*normals, base=2)]:
        korean = kldocs.in_language(value, "ko")._repr_latex_()
        assert korean == value._repr_latex_().replace(r"\text{bits}", r"\text{비트}") != value._repr_latex_()
        assert kldocs.in_language(value)._repr_latex_() == value._repr_latex_()
    # In bits, the normals' KL is exact in nats over ln 2; their JSD has no exact form, only certified digits.
    assert r"= \frac{-\frac{1}{4} + \ln 2}{\ln 2} \approx 0.639326" in kldocs.kl(*normals, base=2)._repr_latex_()
    assert r"\mathrm{JSD}(P, Q) \approx 0.184917 \ \text{bits}$" in kldocs.jsd(*normals, base=2)._repr_latex_()
    infinite = kldocs.in_language(kldocs.kl("1/2 1/2", "1 0"), "ko")._repr_latex_()
    assert infinite.endswith(r"= \infty$")
    with pytest.raises(InputError, match=r"^language: "):
        kldocs.in_language(value, "fr")


def test_a_long_exact_form_is_summarised_in_str_and_the_notebook_display() -> None:
    """Counts that are distinct primes: one log per prime, so the exact form has hundreds of terms."""
    from sympy import prime

    counts = [str(prime(k)) for k in range(10, 410)]
    P = kldocs.parse_distribution(counts, normalize=True)
    Q = kldocs.parse_distribution(list(reversed(counts)), normalize=True, name="Q")
    r = kldocs.kl(P, Q)
    assert r.exact is not None and r.exact.size > 300
    shown, latex = str(r), r._repr_latex_()
    assert "\n" not in shown and len(shown) < 1000
    assert re.search(r"\+ … \(\d+ more terms\) ≈ \d\.\d+ nats$", shown)
    assert r"\dots" in latex and "more terms" in latex and len(latex) < 1500
    assert len(repr(r)) < 80
    assert len(r.text()) > 10 * len(shown)  # the whole form is still there for whoever asks
    small = kldocs.kl("0.2 0.5 0.3", "0.3 0.4 0.3")
    assert "more term" not in str(small) and str(small).count("ln") == 3


def test_a_value_of_exactly_one_takes_a_singular_unit() -> None:
    assert str(kldocs.entropy("0.5 0.5", base=2)) == "H(P) = 1 bit"
    assert str(kldocs.entropy("1/3 1/3 1/3", base=3)) == "H(P) = 1 base-3 unit"
    assert str(kldocs.entropy("1/4 1/4 1/4 1/4", base=2)) == "H(P) = 2 bits"
    assert str(kldocs.entropy("0.5 0.5", base=2.0)).endswith(" bit")
    assert repr(kldocs.entropy("0.5 0.5", base="bits")) == "Quantity(H(P) = 1 bit, exact)"
    assert str(kldocs.entropy("1 0", base=2)) == "H(P) = 0 bits"
    assert str(kldocs.entropy("0.5 0.5")).endswith(" nats")  # ln 2 ≈ 0.693147 nats


def test_the_base_help_lists_words_that_the_base_accepts(capsys: pytest.CaptureFixture[str]) -> None:
    from kldocs.cli import main
    from kldocs.exact.base import UNIT_WORDS, unit_words

    with pytest.raises(SystemExit):
        main(["compute", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert unit_words() in help_text and "ties to even" in help_text
    for word in unit_words().split(", "):
        assert kldocs.Base.parse(word) == kldocs.Base.parse(word.removesuffix("s"))
        assert kldocs.Base.parse(word).value == UNIT_WORDS[word]


HOSTILE_LABELS = ['<script>alert("x")</script>', "a & b", "50% of $x_1$", "{y}^\\z", "R&D ' \""]


@pytest.mark.parametrize(
    "data",
    [
        dict(zip(HOSTILE_LABELS, ["1/10", "1/5", "3/10", "1/4", "3/20"], strict=True)),
        dict(zip(HOSTILE_LABELS, [0.1, 0.2, 0.3, 0.25, 0.15], strict=True)),
        np.full(1000, 0.001),
        [str(n) for n in range(1, 41)],
    ],
    ids=["exact", "floats", "long floats", "long counts"],
)
def test_a_distribution_shows_as_a_table_in_jupyter_and_as_maths_elsewhere(data: Any) -> None:
    from IPython.core.formatters import DisplayFormatter

    P = kldocs.parse_distribution(data, normalize=True)
    shown, _ = DisplayFormatter().format(P)  # what Jupyter asks of an object
    assert {"text/plain", "text/html", "text/latex"} <= set(shown)
    page = shown["text/html"]
    checker = Balance()
    checker.feed(page)
    assert checker.errors == [] and checker.stack == []
    ElementTree.fromstring(page)  # well-formed
    cells = [html.unescape(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", page)]
    count = min(len(P), 12)
    assert cells[0::2] == list(P.labels[:count])  # every label as text, escaped in the page and whole again
    assert [float(Fraction(value.strip("\u2007\u2008"))) for value in cells[1::2]] == pytest.approx(
        [float(p) for p in P.as_array()[:count]]
    )
    assert ("of 1000 categories" in page or "of 40 categories" in page) == (len(P) > 12)
    latex = shown["text/latex"]
    assert latex.startswith(r"$\displaystyle P = \left(") and latex.endswith("$")
    ElementTree.fromstring(latex2mathml.converter.convert(latex.strip("$")))
    assert latex.count(r",\ ") == count - 1 + (len(P) > 12)
    for label in P.labels:
        assert label not in latex  # labels are user text: never in maths


def test_a_distribution_with_another_name_keeps_it_out_of_maths() -> None:
    P = kldocs.parse_distribution("1/2 1/2", name="<b>")
    latex, page = P._repr_latex_(), P._repr_html_()
    assert latex is not None and page is not None
    assert "<b>" not in latex and "&lt;b&gt;" in page
    assert str(kldocs.parse_distribution("1/2 1/2", name="Q2")._repr_latex_()).startswith(r"$\displaystyle Q2 = ")
