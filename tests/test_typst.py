"""The Typst engine: escaping for markup and strings, confinement to the build folder, fonts, and no TeX needed."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
import typst
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from kldocs.errors import InputError
from kldocs.models.example import worked_example
from kldocs.render.environment import Engine
from kldocs.render.filters import escape_typst, typst_string
from kldocs.render.typst_pdf import TypstError, compile_typst
from tests.helpers import PDF_ENGINES, build, require_engine, require_tool, run_kldocs

HOSTILE = (
    '#read("/etc/hostname")',
    '#import "@preview/cetz:0.2.2": *',
    "$x$ *bold* _em_ `raw` <label> @ref",
    "] #panic() [",
    "\\ \\u{41} // comment /* open",
    "= heading",
    "- item",
    "1. item",
    "a -- b --- c ... ~",
)


def shown(*markups: str) -> list[str]:
    """The plain text Typst reads from each ``#[markup]``: text, symbols, spaces and quotes, as typed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "query.typ"
        path.write_text("".join(f"#[{markup}] <shown>\n\n" for markup in markups), encoding="utf-8")
        contents = json.loads(typst.query(str(path), "<shown>", root=folder))

    def text(node: dict[str, Any]) -> str:
        if node["func"] in ("text", "symbol"):
            return str(node["text"])
        if node["func"] == "space":
            return " "
        if node["func"] == "smartquote":
            return '"' if node["double"] else "'"
        return "".join(text(child) for child in node.get("children", ())) if "children" in node else f"<{node}>"

    return [text(content) for content in contents]


def test_escaped_markup_is_text_and_nothing_else() -> None:
    assert shown(*(escape_typst(hostile) for hostile in HOSTILE)) == list(HOSTILE)


# Labels and titles are one line of text: no control characters, no line breaks.
LINE = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40)


def spaced(text: str) -> str:
    """Text as markup reads it: a run of spaces is one space, and none at the ends (as in TeX)."""
    return re.sub(r" +", " ", text).strip(" ")


@settings(max_examples=40, deadline=None, derandomize=True)
@given(texts=st.lists(LINE.filter(lambda text: bool(text.strip(" "))), min_size=10, max_size=10))
def test_any_line_of_text_escaped_for_markup_reads_back_as_typed(texts: list[str]) -> None:
    assert [spaced(text) for text in shown(*(escape_typst(text) for text in texts))] == [spaced(t) for t in texts]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(texts=st.lists(st.text(max_size=40), min_size=10, max_size=10))
def test_any_text_as_a_typst_string_reads_back_exactly(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "query.typ"
        path.write_text("".join(f"#metadata({typst_string(text)}) <value>\n" for text in texts), encoding="utf-8")
        assert json.loads(typst.query(str(path), "<value>", field="value", root=folder)) == texts


def hostile_pair() -> tuple[kldocs.Distribution, kldocs.Distribution]:
    labels = list(HOSTILE[:6])
    n = len(labels)
    P = kldocs.parse_distribution([f"1/{n}"] * n, labels=labels)
    Q = kldocs.parse_distribution(["1/2"] + [f"1/{2 * (n - 1)}"] * (n - 1), labels=labels, name="Q")
    return P, Q


def test_hostile_labels_and_titles_stay_text_in_the_typst_source() -> None:
    from kldocs.models.options import PageOptions
    from kldocs.render.environment import Settings
    from kldocs.render.pages import render_page

    P, Q = hostile_pair()
    page = worked_example(P, Q, PageOptions(title='#read("/etc/passwd") ]', author="$x$ \\ @a"))
    source = render_page(page, "typst", Settings(), {chart.name: f"{chart.name}.pdf" for chart in page.charts()})
    assert '#read("/etc/hostname")' not in source and '\\#read(\\"\\/etc\\/hostname\\")' in source
    assert '#import "@preview' not in source
    assert 'title: "#read(\\"/etc/passwd\\") ]"' in source  # the document's title: a string


@pytest.mark.slow
@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_hostile_labels_and_titles_print_as_typed(tmp_path: Path, engine: Engine) -> None:
    from kldocs.models.options import PageOptions

    pdftotext = require_tool("pdftotext", "poppler-utils")
    require_engine(engine)
    P, Q = hostile_pair()
    build(worked_example(P, Q, PageOptions(title='#read("/etc/passwd") ]')), ["pdf"], tmp_path, engine=engine)
    text = subprocess.run([pdftotext, str(tmp_path / "example.pdf"), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", text)
    for label in ('#read("/etc/passwd") ]', *HOSTILE[:6]):  # straight quotes stay straight
        assert re.sub(r"\s+", " ", label) in flat, label


# --- confinement -----------------------------------------------------------------------------------------------


def test_typst_reads_only_the_build_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("outside")
    assert compile_typst('#read("chart.txt")', {"chart.txt": b"inside"}).startswith(b"%PDF")  # its own files
    for reach in (f'"{secret}"', '"/etc/hostname"', f'"../../../../../..{secret}"', '"../secret.txt"'):
        with pytest.raises(TypstError, match=r"file not found|escape the project root"):
            compile_typst(f"#read({reach})", {})
    with pytest.raises(TypstError):
        compile_typst(f'#image("{secret}")', {})


def test_typst_gets_no_packages() -> None:
    started = time.monotonic()
    with pytest.raises(TypstError, match="package"):
        compile_typst('#import "@preview/cetz:0.2.2": *', {})
    with pytest.raises(TypstError, match="package not found"):
        compile_typst('#import "@local/mine:0.1.0": *', {})
    assert time.monotonic() - started < 30


def test_a_run_past_its_time_is_stopped_and_its_folder_removed() -> None:
    before = set(Path(tempfile.gettempdir()).glob("kldocs-typst-*"))
    with pytest.raises(InputError, match=r"Typst took longer than 0\.5 s"):
        compile_typst("#for i in range(10000000000) { }", {}, timeout=0.5)
    assert set(Path(tempfile.gettempdir()).glob("kldocs-typst-*")) == before


def test_an_error_gives_typst_s_message_and_line() -> None:
    with pytest.raises(TypstError, match=r"pdf: Typst failed: unknown variable: nosuch \(line 2 of the Typst source\)"):
        compile_typst("ok\n#nosuch\n", {})


def test_typst_s_warnings_are_kldocs_warnings() -> None:
    with pytest.warns(UserWarning, match=r"pdf: Typst: unknown font family: no such font"):
        compile_typst('#set text(font: "No Such Font")\nText', {})


def test_the_same_source_gives_the_same_pdf() -> None:
    source = '#set document(date: none)\nKL divergence $D_("KL")$ 발산'
    assert compile_typst(source, {}) == compile_typst(source, {})


def test_characters_no_font_has_are_one_warning(tmp_path: Path) -> None:
    labels = ["ሀ", "가", "α"]
    P = kldocs.parse_distribution(["1/3"] * 3, labels=labels)
    Q = kldocs.parse_distribution(["1/2", "1/4", "1/4"], labels=labels, name="Q")
    with pytest.warns(UserWarning, match=r"no glyph for 'ሀ' \(U\+1200\), so the PDF leaves") as caught:
        build(worked_example(P, Q), ["pdf"], tmp_path)
    assert len([w for w in caught if "no glyph" in str(w.message)]) == 1  # Hangul and Greek have fonts


# --- a machine without TeX ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_default_handout_needs_no_system_tex(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()  # no lualatex, no fonts tools: nothing on the PATH at all
    result = run_kldocs("handout", "--out", str(tmp_path / "out"), env={"PATH": str(empty), "HOME": str(tmp_path)})
    assert result.returncode == 0 and result.stderr == ""
    for language in ("en", "ko"):
        for name in ("handout.pdf", "handout-slides.pdf", "handout-slides-print.pdf"):
            assert (tmp_path / "out" / language / name).read_bytes().startswith(b"%PDF")


@pytest.mark.slow
def test_the_korean_pdfs_embed_the_pip_fonts_only_charts_included(tmp_path: Path) -> None:
    pdffonts = require_tool("pdffonts", "poppler-utils")
    from kldocs.models.handout import default_distributions, handout
    from kldocs.models.options import PageOptions

    def families(name: str) -> set[str]:
        listing = subprocess.run([pdffonts, str(tmp_path / name)], capture_output=True, text=True).stdout
        return {line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]}

    build(handout(*default_distributions(), PageOptions(language="ko")), ["pdf"], tmp_path, slides=True)
    page, deck = families("handout.pdf"), families("handout-slides-print.pdf")
    assert any(name.startswith("NanumGothic") for name in page)
    assert any(name.startswith("NewCM") for name in page)
    assert os.path.getsize(tmp_path / "handout.pdf") < 2_000_000
    # The charts are in the text's type: Hangul in Nanum Gothic (not the LaTeX pages' Myeongjo), and on the slides
    # DejaVu Sans (not Computer Modern Sans, which goes with Beamer's type).
    assert not any(name.startswith("NanumMyeongjo") for name in page | deck)
    assert any(name.startswith("DejaVuSans") for name in deck)
    assert not any(name.lower().startswith("cmss") for name in deck)


def test_without_a_system_korean_font_charts_use_the_pip_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from matplotlib import font_manager

    from kldocs.models.blocks import Chart
    from kldocs.render import charts
    from kldocs.render.fonts import korean_fonts

    korean = {name for names in charts.KOREAN_FONTS.values() for name in names}
    system = [font for font in font_manager.fontManager.ttflist if font.name not in korean]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", system)  # a machine without Korean fonts
    charts.korean_font.cache_clear()
    try:
        assert charts.korean_font("page") == "NanumGothic"
        found = font_manager.findfont(font_manager.FontProperties(family="NanumGothic"), fallback_to_default=False)
        assert Path(found) in korean_fonts()
        chart = Chart("k", "bars", ("가", "나"), (("P", (0.5, 0.5)),), "범주", "확률", "분포", "막대")
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "no Korean font found" would be an error here
            assert charts.render_chart(chart, "png", "ko").startswith(b"\x89PNG")
    finally:
        charts.korean_font.cache_clear()
        font_manager.fontManager._findfont_cached.cache_clear()  # type: ignore[attr-defined]


@pytest.mark.slow
def test_korean_lines_break_between_words_only(tmp_path: Path) -> None:
    pdftotext = require_tool("pdftotext", "poppler-utils")
    from kldocs.models.options import PageOptions

    P, Q = kldocs.parse_distribution("0.2 0.5 0.3"), kldocs.parse_distribution("0.3 0.4 0.3", name="Q")
    build(worked_example(P, Q, PageOptions(language="ko")), ["md", "pdf"], tmp_path)
    hangul, last, first = (
        re.compile("[\uac00-\ud7a3]+"),
        re.compile("[\uac00-\ud7a3]+$"),
        re.compile("^[\uac00-\ud7a3]+"),
    )
    written = set(hangul.findall((tmp_path / "example.md").read_text(encoding="utf-8")))
    printed = subprocess.run([pdftotext, str(tmp_path / "example.pdf"), "-"], capture_output=True, text=True).stdout
    lines = printed.splitlines()
    ends = [(last.search(above), first.search(below)) for above, below in itertools.pairwise(lines)]
    joined = {end.group() + start.group() for end, start in ends if end and start}
    assert joined, "no line of the page ends in Hangul before one that starts with it"
    broken = joined & written  # a word of the text cut in two at the end of a line
    assert not broken, sorted(broken)


#: An inline equation as the Typst templates write it: boxed, so that no line breaks inside it.
_BOXED = re.compile(r"#box\(\$[^$]*\$\)")


@pytest.mark.parametrize("format", ["typst", "typst-slides"])
def test_every_inline_equation_is_boxed(format: str) -> None:
    from markupsafe import Markup

    from kldocs.models.handout import default_distributions, handout
    from kldocs.models.options import PageOptions
    from kldocs.render.environment import Settings
    from kldocs.render.pages import render_page

    document = handout(*default_distributions(), PageOptions(date="1 January 2026"))
    charts = {chart.name: Markup(f"{chart.name}.pdf") for chart in document.charts(slides=True)}
    source = render_page(document, format, Settings(), charts, printable=True)  # type: ignore[arg-type]
    assert len(_BOXED.findall(source)) > 100
    # What is left are display equations, whose delimiters stand beside a space (``$ ... $``).
    unboxed = re.findall(r".{0,30}(?<![\s\\])\$(?!\s).{0,30}", _BOXED.sub("", source))
    assert unboxed == []


def test_a_line_never_breaks_inside_inline_maths() -> None:
    from kldocs.render.filters import typst_inline

    pdftotext = require_tool("pdftotext", "poppler-utils")
    formula = typst_inline(r"q_i (x - 1) \log x + q_i (y - 1) \log y")
    # A narrow column, the formula at every offset: unboxed, Typst breaks some of them after the minus.
    source = "#set page(width: 60mm, height: auto)\n" + "\n\n".join(f"{'word ' * k}{formula} end" for k in range(12))
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "out.pdf"
        pdf.write_bytes(compile_typst(source, {}))
        text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert not re.search(r"[−+=]\s*$", text, re.MULTILINE), text
