"""Rendering: escaping per format, MathML, charts, atomic writes, PDF and Korean."""

from __future__ import annotations

import re
import subprocess
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import kldocs
from kldocs.errors import InputError
from kldocs.models.blocks import Chart, Label, rich
from kldocs.models.example import worked_example
from kldocs.models.options import PageOptions
from kldocs.render.charts import render_chart
from kldocs.render.environment import Engine
from kldocs.render.filters import escape_markdown, escape_tex, mathml
from kldocs.render.output import write_all
from tests.helpers import PDF_ENGINES, Balance, build, require_engine, require_tool

HOSTILE = (
    r"\input{/etc/passwd}",
    r"}\end{document}",
    "<script>alert(1)</script>",
    '" onmouseover="x',
    r"$\frac{1}{$",
    "*_[]|<&",
)


def pair(labels: tuple[str, ...] | None = None) -> tuple[kldocs.Distribution, kldocs.Distribution]:
    if labels is None:
        return kldocs.parse_distribution("0.2 0.5 0.3"), kldocs.parse_distribution("0.3 0.4 0.3", name="Q")
    n = len(labels)
    P = kldocs.parse_distribution([f"1/{n}"] * n, labels=list(labels))
    Q = kldocs.parse_distribution(["1/2"] + [f"1/{2 * (n - 1)}"] * (n - 1), labels=list(labels), name="Q")
    return P, Q


def test_tex_escape_prints_every_special_character_literally() -> None:
    assert escape_tex("\\") == r"\textbackslash{}"
    assert escape_tex("{}$&#^_%~") == r"\{\}\$\&\#\textasciicircum{}\_\%\textasciitilde{}"


def test_markdown_escape_keeps_user_text_out_of_markup() -> None:
    assert escape_markdown("*_[]|<&") == r"\*\_\[\]\|&lt;&amp;"
    assert escape_markdown("- item") == r"\- item"
    assert escape_markdown("3. item") == r"3\. item"
    assert escape_markdown("0.25") == "0.25"


def test_user_text_cannot_be_placed_inside_math() -> None:
    with pytest.raises(ValueError, match="cannot go inside math"):
        rich("$x = [[label]]$", label=Label("evil"))
    paragraph = rich("[[label]] and $x = [[value]]$", label=Label("$y$"), value="1")
    assert [s.kind for s in paragraph.segments] == ["text", "math"]
    assert paragraph.segments[0].content == "$y$ and "


def test_mathml_is_well_formed_xml() -> None:
    element = ET.fromstring(str(mathml(r"D_{\mathrm{KL}}(P \parallel Q) = \frac{1}{5} \ln \frac{2}{3}")))
    assert element.tag.endswith("math")
    assert "\u2061" in ET.tostring(element, encoding="unicode")  # ln is spaced as a function


@pytest.mark.parametrize("fmt", ["svg", "pdf", "png"])
def test_chart_bytes_are_reproducible_and_keep_dollar_labels(fmt: str) -> None:
    chart = Chart("c", "bars", (r"$\frac{1}{$", "b"), (("P", (0.5, 0.5)),), "x", "y", "t", "alt")
    first = render_chart(chart, fmt, "en")  # type: ignore[arg-type]
    assert first == render_chart(chart, fmt, "en")  # type: ignore[arg-type]
    if fmt == "svg":
        assert b"<svg" in first


@pytest.mark.parametrize(("size", "unicode_font"), [("page", "DejaVu Serif"), ("slide", "DejaVu Sans")])
def test_labels_the_tex_encoded_fonts_would_misdraw_are_drawn_in_a_unicode_font(size: str, unicode_font: str) -> None:
    import matplotlib

    from kldocs.render import charts

    labels = ("x{1}", "a\\b", '"q"', "a_b", "a|b", "<b>", "`a~b^", "plain")
    chart = Chart("c", "bars", labels, (("P", (1 / 8,) * 8),), "x", "y", "t", "alt", size=size)  # type: ignore[arg-type]
    with matplotlib.rc_context(charts._style("en", size)):  # type: ignore[arg-type]
        figure = charts._draw(chart)
    first_font = {label.get_text(): label.get_fontfamily()[0] for label in figure.axes[0].get_xticklabels()}
    assert first_font == {**dict.fromkeys(labels[:-1], unicode_font), "plain": charts.TEXT_FONTS[size]}


@pytest.mark.parametrize(
    ("size", "typst", "language"), [("page", False, "en"), ("slide", False, "en"), ("slide", True, "ko")]
)
def test_negative_ticks_carry_a_minus_sign_every_font_can_draw(
    size: str, typst: bool, language: str, caplog: pytest.LogCaptureFixture
) -> None:
    import matplotlib

    from kldocs.render import charts

    chart = Chart("c", "bars", ("a", "b"), (("P log P/Q", (-0.08, 0.11)),), "x", "nats", "t", "alt", size=size)  # type: ignore[arg-type]
    with matplotlib.rc_context(charts._style(language, size, typst)), warnings.catch_warnings(record=True) as caught:  # type: ignore[arg-type]
        warnings.simplefilter("always")
        figure = charts._draw(chart)
        figure.canvas.draw()  # a glyph a font lacks is reported here (mathtext through logging)
        ticks = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert any("\N{MINUS SIGN}" in tick for tick in ticks) and not any("-" in tick for tick in ticks), ticks
    missing = [str(warning.message) for warning in caught] + [record.getMessage() for record in caplog.records]
    assert not [message for message in missing if "glyph" in message.lower()], missing


def test_every_character_a_text_font_draws_as_another_is_known() -> None:
    from matplotlib import font_manager, ft2font

    from kldocs.render import charts

    def glyph_names(family: str) -> dict[str, str]:
        font = ft2font.FT2Font(font_manager.findfont(family, fallback_to_default=False))
        return {chr(code): font.get_glyph_name(index) for code, index in font.get_charmap().items() if 32 < code < 127}

    unicode = glyph_names("DejaVu Sans")
    for family in set(charts.TEXT_FONTS.values()):
        drawn = glyph_names(family)
        misdrawn = {char for char, name in unicode.items() if drawn.get(char, name) != name}
        assert misdrawn <= charts.TEX_ENCODED, (family, sorted(misdrawn - charts.TEX_ENCODED))


def test_markdown_and_html_pages_show_reference_numbers(tmp_path: Path) -> None:
    P, Q = pair()
    written = build(worked_example(P, Q), ["md", "html"], tmp_path)
    names = sorted(path.name for path in written)
    assert "example.md" in names and "example.html" in names
    assert all((tmp_path / name).exists() for name in names)
    markdown = (tmp_path / "example.md").read_text()
    html = (tmp_path / "example.html").read_text()
    for text in (markdown, html):
        assert "0.0305" in text and "0.0324" in text and "0.00782" in text
    assert r"-\frac{4}{5} \ln 2 - \frac{1}{5} \ln 3 + \frac{1}{2} \ln 5" in markdown
    for png in re.findall(r"\]\(([^)]+\.png)\)", markdown):
        assert (tmp_path / png).read_bytes().startswith(b"\x89PNG")


def test_html_is_self_contained_with_mathml_and_inline_charts(tmp_path: Path) -> None:
    P, Q = pair()
    build(worked_example(P, Q), ["html"], tmp_path)
    html = (tmp_path / "example.html").read_text()
    assert "<math" in html and "<svg" in html
    assert "<script" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert [p.name for p in tmp_path.iterdir()] == ["example.html"]


def test_hostile_labels_are_escaped_in_markdown_and_html(tmp_path: Path) -> None:
    P, Q = pair(HOSTILE)
    build(worked_example(P, Q, PageOptions(title="<b>T</b> & $x$")), ["md", "html"], tmp_path)
    html = (tmp_path / "example.html").read_text()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '" onmouseover="x' not in html
    assert "&lt;b&gt;T&lt;/b&gt;" in html
    markdown = (tmp_path / "example.md").read_text()
    assert "<script>" not in markdown
    assert r"\$\frac{1}{\$" in markdown or r"\$\\frac{1}{\$" in markdown
    assert r"\*\_\[\]\|&lt;&amp;" in markdown


def test_hostile_labels_are_escaped_in_latex(tmp_path: Path) -> None:
    P, Q = pair(HOSTILE)
    build(worked_example(P, Q), ["tex"], tmp_path)
    tex = (tmp_path / "example.tex").read_text()
    assert r"\input{/etc/passwd}" not in tex
    assert r"\textbackslash{}input\{/etc/passwd\}" in tex
    assert r"\}\textbackslash{}end\{document\}" in tex
    assert tex.count(r"\end{document}") == 1
    assert r"\textquotedbl{}" in tex and '"' not in tex.partition(r"\begin{document}")[2]  # straight, never curly


def test_write_all_leaves_nothing_behind_on_failure(tmp_path: Path) -> None:
    out = tmp_path / "out"
    files: dict[str, bytes] = {"a.txt": b"a", "bad\x00name": b"b"}  # the second cannot be staged
    with pytest.raises(ValueError):
        write_all(out, files)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == []


def test_a_tex_error_reports_the_first_error_and_writes_nothing(tmp_path: Path) -> None:
    require_tool("lualatex", "texlive-luatex")
    from kldocs.render.pdf import compile_pdf

    with pytest.raises(InputError, match="Undefined control sequence"):
        compile_pdf(r"\documentclass{article}\begin{document}\undefinedmacro\end{document}", {})


@pytest.mark.slow
@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("language", ["en", "ko"])
def test_pdf_shows_values_and_hostile_labels_literally(tmp_path: Path, language: str, engine: Engine) -> None:
    require_engine(engine)
    pdftotext = require_tool("pdftotext", "poppler-utils")
    P, Q = pair(HOSTILE)
    build(worked_example(P, Q, PageOptions(language=language)), ["pdf"], tmp_path, engine=engine)
    text = subprocess.run(
        [pdftotext, "-layout", str(tmp_path / "example.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert r"\input{/etc/passwd}" in text
    assert "<script>alert(1)</script>" in text
    assert "*_[]|<&" in text
    if language == "ko":
        assert "두 분포" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.pdf"]


def test_html_elements_are_balanced(tmp_path: Path) -> None:
    P, Q = pair(HOSTILE)
    build(worked_example(P, Q), ["html"], tmp_path)
    checker = Balance()
    checker.feed((tmp_path / "example.html").read_text())
    assert checker.errors == [] and checker.stack == []


def test_many_categories_get_a_summary_table_of_the_largest_terms(tmp_path: Path) -> None:
    n = 20
    P = kldocs.parse_distribution([1] * n, normalize=True)
    Q = kldocs.parse_distribution(list(range(1, n + 1)), name="Q", normalize=True)
    build(worked_example(P, Q), ["md"], tmp_path)
    text = (tmp_path / "example.md").read_text()
    kl_section = text.split("## KL divergence, term by term")[1].split("\n## ")[0]
    assert "the 8 categories that contribute most" in kl_section
    assert kl_section.count("| x") == 8
    assert "$$" not in kl_section  # no term-by-term chain for 20 categories
    assert kldocs.kl(P, Q).decimal(3) in kl_section


def test_weights_rescaled_with_normalize_are_announced(tmp_path: Path) -> None:
    P = kldocs.parse_distribution("2 5 3", normalize=True)
    Q = kldocs.parse_distribution("0.3 0.4 0.3", name="Q")
    build(worked_example(P, Q), ["md"], tmp_path)
    assert "P was given as weights and rescaled to sum to 1." in (tmp_path / "example.md").read_text()


@pytest.mark.slow
@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_pdf_text_has_the_reference_values(tmp_path: Path, engine: Engine) -> None:
    require_engine(engine)
    pdftotext = require_tool("pdftotext", "poppler-utils")
    P, Q = pair()
    build(worked_example(P, Q), ["pdf"], tmp_path, engine=engine)
    text = subprocess.run(
        [pdftotext, str(tmp_path / "example.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    for value in ("0.0305", "0.0324", "0.00782", "0.0304788", "0.03047875404"):
        assert value in text


def test_function_names_are_spaced_as_in_tex() -> None:
    ns = "{http://www.w3.org/1998/Math/MathML}"
    term = ET.fromstring(str(mathml(r"0.2 \ln \frac{0.2}{0.3}")))
    tags = [child.tag.removeprefix(ns) for child in term[0]]
    assert tags == ["mn", "mspace", "mi", "mo", "mspace", "mfrac"]  # 0.2 ln 0.2/0.3, not 0.2ln0.2/0.3
    bound = ET.fromstring(str(mathml(r"[0, \log n]")))
    assert [child.tag.removeprefix(ns) for child in bound[0]][3:6] == ["mi", "mo", "mspace"]
    subscript = ET.fromstring(str(mathml(r"\log_{2} 3")))
    assert len(subscript[0][0]) == 2  # msub keeps exactly its base and its subscript
    call = ET.fromstring(str(mathml(r"\ln{\left(p_i\right)}")))
    assert "mspace" not in ET.tostring(call, encoding="unicode")  # no space before a parenthesis


def test_parentheses_stretch_only_around_tall_formulas() -> None:
    short = str(mathml(r"\ln{\left({p}_{i} \right)}"))
    tall = str(mathml(r"\ln{\left(\frac{p_i}{q_i} \right)}"))
    assert 'stretchy="true"' not in short and short.count('stretchy="false"') == 2
    assert tall.count('stretchy="true"') == 2
