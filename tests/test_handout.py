"""The handout: its arc, its numbers for the default and for other pairs and bases, both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kldocs
from kldocs.catalog import message
from kldocs.cli import main
from kldocs.models.blocks import Paragraph
from kldocs.models.handout import default_distributions, handout, support_mismatch
from kldocs.models.options import PageOptions
from kldocs.render.environment import Engine
from tests.helpers import PDF_ENGINES, build

HANGUL = re.compile(r"[\uac00-\ud7a3]")
PADDING = "\u2007\u2008"


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("en")
    build(handout(*default_distributions()), ["md"], out)
    return (out / "handout.md").read_text()


def own_data(tmp_path: Path, *extra: str) -> str:
    args = ["handout", "--p", "0.5 0.25 0.25", "--q", "0.25 0.5 0.25", "--q2", "0.4 0.3 0.3", *extra]
    assert main([*args, "--format", "md", "--lang", "en", "--out", str(tmp_path)]) == 0
    return (tmp_path / "en" / "handout.md").read_text()


def section(text: str, heading: str) -> str:
    return text.split(f"## {heading}\n")[1].split("\n## ")[0]


def test_the_arc_of_the_lecture_is_in_order(english: str) -> None:
    headings = re.findall(r"^## (.+)$", english, re.MULTILINE)
    assert headings == [
        "Why another measure beside cross-entropy?",
        "The definition, and KL = cross-entropy \u2212 entropy",
        "Worked example 1",
        "Worked example 2: a closer model",
        "Cross-entropy as a training loss",
        "Asymmetry: which distribution is the truth?",
        "Forward and reverse KL: fitting a model",
        "Between 0 and infinity",
        "KL divergence is not a metric",
        "Jensen-Shannon divergence",
        "Two normal distributions",
        "Summary",
        "Exercises",
        "Answers",
    ]


def test_the_reference_numbers_are_on_the_page(english: str) -> None:
    for value in ("0.0305", "0.0101", "0.0102", "0.00782", "0.00253", "0.0440"):
        assert value in english, value
    assert r"-\frac{4}{5} \ln 2 - \frac{1}{5} \ln 3 + \frac{1}{2} \ln 5" in english


def test_jsd_is_shown_bounded_beside_half_jeffreys(english: str) -> None:
    rows = re.findall(r"^\| Q = \(([^)]*)\) \| ([^|]+) \| ([^|]+) \|$", english, re.MULTILINE)
    assert [(q, j.strip(PADDING + " "), h.strip(PADDING + " ")) for q, j, h in rows] == [
        ("0.3, 0.4, 0.3", "0.00782", "0.0314"),
        ("0.25, 0.5, 0.25", "0.00253", "0.0101"),
        ("0.3, 0, 0.7", "0.219", "\u221e"),
    ]
    assert r"at most $\ln 2 \approx 0.693$" in english


def test_decimals_in_a_column_line_up_on_the_point(english: str) -> None:
    rows = re.findall(r"^\| Q = \([^)]*\) \| ([^|]+) \|", english, re.MULTILINE)
    cells = [cell.strip(" ") for cell in rows]
    # Padding stands in for the missing digits, so every cell is as wide after its point.
    widths = {len(cell.partition(".")[2]) if "." in cell else len(cell) - 1 for cell in cells}
    assert len(widths) == 1, cells


def test_other_pairs_change_every_number(tmp_path: Path) -> None:
    text = own_data(tmp_path)
    P = kldocs.parse_distribution("0.5 0.25 0.25")
    Q2 = kldocs.parse_distribution("0.4 0.3 0.3", name="Q")
    for q in ("0.25 0.5 0.25", "0.4 0.3 0.3"):
        assert kldocs.kl(P, kldocs.parse_distribution(q, name="Q")).decimal(3) in text
    assert "0.0305" not in text
    # The asymmetry section's exact values are those of this P and Q2, not the default pair's.
    asymmetry = section(text, "Asymmetry: which distribution is the truth?")
    assert kldocs.kl(P, Q2).latex() in asymmetry and kldocs.kl(Q2, P).latex() in asymmetry
    assert r"\frac{1}{2} \ln 5" not in asymmetry and "0.2, 0.5, 0.3" not in text


def test_another_base_reaches_every_value_and_caption(tmp_path: Path) -> None:
    text = own_data(tmp_path, "--base", "2")
    P, Q = kldocs.parse_distribution("0.5 0.25 0.25"), kldocs.parse_distribution("0.25 0.5 0.25", name="Q")
    assert r"at most $\log_{2} 2 = 1$" in text  # the JSD bound in bits
    assert kldocs.kl(P, Q, base="2").latex() in text
    asymmetry = section(text, "Asymmetry: which distribution is the truth?")
    assert r"\log_{2}" in asymmetry and r"\ln 2" not in asymmetry
    metric = section(text, "KL divergence is not a metric")
    assert r"\log_{2}" in metric and r"\ln" not in metric.split("$$")[1].split("\\end{aligned}")[0].split("\\\\", 1)[1]
    assert "logarithm is to base $2$" in text  # the general identities say how they carry over


def test_what_cannot_come_from_the_data_is_labelled_fixed(english: str) -> None:
    fits = section(english, "Forward and reverse KL: fitting a model")
    assert "A fixed example" in fits
    jsd = section(english, "Jensen-Shannon divergence")
    assert "A fixed example" in jsd and r"\mathrm{JSD}(P, Q) &= \ln 2" in jsd


def test_general_identities_and_special_cases_are_separate_blocks(english: str) -> None:
    jsd = section(english, "Jensen-Shannon divergence")
    general, special = jsd.split("$$")[1], jsd.split("$$")[3]
    assert r"\ln 2" not in general and r"\ln 2" in special
    asymmetry = section(english, "Asymmetry: which distribution is the truth?")
    numeric, family = asymmetry.split("$$")[1], asymmetry.split("$$")[3]
    assert "a - b" not in numeric and "a - b" in family
    assert "$a + b = 1$" in asymmetry.split("$$")[2]  # the family's assumption is stated before it


def test_exercises_are_not_answered_above_them(english: str) -> None:
    before = english.split("## Exercises")[0]
    answers = section(english, "Answers").split("\n\n")
    # The values asked for: D_KL(Q1||Q2) (exact and decimal) and JSD(Q1, Q2).
    asked = [re.search(r"\\approx (\d\.\d+)", answer).group(1) for answer in answers[:2]]  # type: ignore[union-attr]
    exact = answers[0].split("= ")[1].split(r" \approx")[0]
    assert [value for value in [*asked, exact] if value in before] == []


def test_step_notes_are_text_with_inline_math(english: str) -> None:
    assert r"1. Definition of the KL divergence: the average of $\log(p_i/q_i)$ weighted by $p_i$." in english
    assert "p_i times q_i" not in english and "p\\_i" not in english


def test_korean_handout_is_in_korean(tmp_path: Path) -> None:
    build(handout(*default_distributions(), PageOptions(language="ko")), ["md"], tmp_path)
    text = (tmp_path / "handout.md").read_text()
    assert len(HANGUL.findall(text)) > 1000
    assert "0.0305" in text


def test_support_mismatch_zeroes_the_most_likely_category() -> None:
    P, Q, _ = default_distributions()
    broken = support_mismatch(P, Q)
    assert broken.probabilities is not None
    assert [str(x) for x in broken.probabilities] == ["3/10", "0", "7/10"]
    assert not kldocs.kl(P, broken).is_finite


def test_answers_start_on_a_new_page(tmp_path: Path) -> None:
    build(handout(*default_distributions()), ["tex", "html"], tmp_path)
    tex = (tmp_path / "handout.tex").read_text()
    assert re.search(r"\\clearpage\s*\\section\*\{Answers\}", tex)
    assert '<section class="new-page">' in (tmp_path / "handout.html").read_text()


def without_lualatex(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from kldocs.render import pdf

    which = shutil.which
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None if name == "lualatex" else which(name))


@pytest.mark.slow
def test_without_lualatex_the_default_handout_writes_every_format_and_its_pdfs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    without_lualatex(monkeypatch)
    assert main(["handout", "--lang", "en", "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""
    names = {path.name for path in (tmp_path / "en").iterdir()}
    assert {"handout.md", "handout.html", "handout.tex", "handout-slides.tex", "handout-slides-print.tex"} <= names
    for name in ("handout.pdf", "handout-slides.pdf", "handout-slides-print.pdf"):
        assert (tmp_path / "en" / name).read_bytes().startswith(b"%PDF")


def test_choosing_lualatex_without_it_writes_everything_else_and_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    without_lualatex(monkeypatch)
    assert (
        main(["handout", "--lang", "en", "--format", "md,tex,pdf", "--engine", "lualatex", "--out", str(tmp_path)]) == 2
    )
    error = capsys.readouterr().err
    assert error == (
        "kldocs: error: handout (en): needs lualatex, which is not installed (Debian package: texlive-luatex); "
        "the other formats were written\n"
    )
    assert (tmp_path / "en" / "handout.md").exists() and (tmp_path / "en" / "handout.tex").exists()
    assert not (tmp_path / "en" / "handout.pdf").exists()


def test_without_typst_the_pdf_is_left_out_with_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kldocs.render import typst_pdf

    monkeypatch.setattr(typst_pdf, "typst_available", lambda: False)
    assert main(["handout", "--lang", "en", "--format", "md,pdf", "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        "kldocs: error: handout (en): needs the typst Python package, which is not installed (pip install typst); "
        "the other formats were written\n"
    )
    assert (tmp_path / "out" / "en" / "handout.md").exists()
    assert not (tmp_path / "out" / "en" / "handout.pdf").exists()


@pytest.mark.slow
def test_a_missing_tex_package_names_the_document_and_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.helpers import require_tool

    require_tool("lualatex", "texlive-luatex")
    templates = tmp_path / "templates" / "tex"
    templates.mkdir(parents=True)
    packaged = Path(__file__).parent.parent / "templates" / "tex" / "_preamble.tex.j2"
    preamble = packaged.read_text(encoding="utf-8").replace(r"\usepackage{booktabs}", r"\usepackage{nosuchpackage}")
    (templates / "_preamble.tex.j2").write_text(preamble, encoding="utf-8")
    arguments = ["example", "--p", "0.5 0.5", "--q", "0.25 0.75", "--format", "html,pdf", "--engine", "lualatex"]
    assert main([*arguments, "--templates", str(tmp_path / "templates"), "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert "example: needs nosuchpackage.sty, which is not installed" in error
    assert "apt-file search nosuchpackage.sty" in error
    assert (tmp_path / "out" / "example.html").exists()


@pytest.mark.slow
@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("language", ["en", "ko"])
def test_pdfs_print_every_character(tmp_path: Path, language: str, engine: Engine) -> None:
    import subprocess

    from kldocs.catalog import message
    from tests.helpers import require_engine, require_tool

    require_engine(engine)
    pdftotext = require_tool("pdftotext", "poppler-utils")
    document = handout(*default_distributions(), PageOptions(language=language))
    build(document, ["pdf"], tmp_path, slides=True, engine=engine)
    note = message("step.collect_logs", language)
    for name in ("handout.pdf", "handout-slides-print.pdf"):
        text = subprocess.run([pdftotext, str(tmp_path / name), "-"], capture_output=True, text=True, check=True).stdout
        assert "\ufffd" not in text, name  # a character the font could not show
        flat = re.sub(r"\s+", "", text)
        assert re.sub(r"\s+", "", note) in flat, (name, note)  # every character of a step note, Hangul and Latin


@pytest.mark.slow
def test_charts_drawn_by_worker_processes_give_the_same_files(tmp_path: Path) -> None:
    from concurrent.futures import ProcessPoolExecutor

    from kldocs.render.pool import draw_page_charts
    from kldocs.render.publish import Output, Page, publish

    pages = [Page(handout(*default_distributions(), PageOptions(language=language)), "handout", language, True)
             for language in ("en", "ko")]  # fmt: skip
    formats = ("md", "tex")
    together = publish(pages, Output(formats, tmp_path / "together"), threads=2)
    alone = publish(pages, Output(formats, tmp_path / "alone"), threads=1)
    assert [path.relative_to(tmp_path / "together") for path in together.paths] == [
        path.relative_to(tmp_path / "alone") for path in alone.paths
    ]
    for path in alone.paths:
        assert (tmp_path / "together" / path.relative_to(tmp_path / "alone")).read_bytes() == path.read_bytes()
    document = pages[0].document
    deck_only = next(chart for chart in document.charts(slides=True) if chart not in document.charts())
    with ProcessPoolExecutor(max_workers=2) as pool:
        draw = draw_page_charts(
            document, ("md",), slides=True, pool=pool, engine="typst"
        )  # no LaTeX or PDF: no deck charts
    assert draw(document.charts()[0], "png").startswith(b"\x89PNG")
    with pytest.raises(KeyError):
        draw(deck_only, "pdf")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_two_infinite_directions_are_not_said_to_be_equal(language: str) -> None:
    P, Q, Q2 = (
        kldocs.parse_distribution(t, name=n)
        for t, n in zip(["1/2 1/2 0", "1/4 1/2 1/4", "1/4 0 3/4"], ("P", "Q", "Q2"), strict=True)
    )
    page = handout(P, Q, Q2, PageOptions(language=language))
    asymmetry = next(part for part in page.sections if part.heading == message("handout.asymmetry.heading", language))
    words = "".join(
        segment.content for block in asymmetry.blocks if isinstance(block, Paragraph) for segment in block.segments
    )
    assert message("handout.asymmetry.both_infinite", language) in words
    assert message("handout.asymmetry.equal", language) not in words


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_result_keeps_its_precise_digits_and_lets_a_chart_after_it_start_a_page(language: str) -> None:
    from markupsafe import Markup

    from kldocs.render.environment import Settings
    from kldocs.render.pages import render_page

    document = handout(*default_distributions(), PageOptions(language=language))
    follow_ups = [
        (blocks[k - 1], block)
        for blocks in (section.blocks for section in document.sections)
        for k, block in enumerate(blocks)
        if isinstance(block, Paragraph) and block.style == "follow_up"
    ]
    assert len(follow_ups) == 2 and all(
        isinstance(before, Paragraph) and before.style == "result" for before, _ in follow_ups
    )
    charts = {chart.name: Markup(f"{chart.name}.pdf") for chart in document.charts()}
    typst_source = render_page(document, "typst", Settings(), charts)
    for _, follow_up in follow_ups:  # each result shares an unbreakable block with its precise digits
        before = typst_source[: typst_source.index(follow_up.segments[0].content.rstrip())]
        opened = before.rfind("#block(")
        assert before[opened:].startswith("#block(breakable: false)[\n#kld-result[")
    assert not re.search(r"#block\(sticky: true[^)]*\)\[\s*#kld-result", typst_source)  # a result never drags a chart
    tex_source = render_page(document, "tex", Settings(), charts)
    # In LaTeX each such result is kept whole and with what follows it (no page break in it or after it).
    assert len(re.findall(r"\{\\kldkeepnext\s*\\begin\{kldresult\}", tex_source)) >= len(follow_ups)


def test_a_value_of_exactly_one_takes_the_singular_unit() -> None:
    from kldocs.exact import Base
    from kldocs.models.blocks import Items
    from kldocs.models.example import worked_example

    def text(paragraphs: list[Paragraph]) -> str:
        return "\n".join(
            "".join(f"${s.content}$" if s.kind == "math" else s.content for s in paragraph.segments)
            for paragraph in paragraphs
        )

    bits = PageOptions(base=Base.parse("2"), date="1 January 2026")
    document = handout(*default_distributions(), bits)
    assert document.slides is not None
    deck = text(
        [
            item
            for frame in document.slides.frames
            for block in frame.blocks
            if isinstance(block, Items)
            for item in block.items
        ]
    )
    P, Q = kldocs.parse_distribution("1 0"), kldocs.parse_distribution("1/2 1/2", name="Q")  # D_KL = 1 bit exactly
    page = text(
        [block for part in worked_example(P, Q, bits).sections for block in part.blocks if isinstance(block, Paragraph)]
    )
    for shown in (deck, page):
        assert re.search(r"= 1\$ bit\b", shown), shown
        assert not re.search(r"(?<![\d.])1\$ bits", shown)


@pytest.mark.slow
@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_no_page_ends_with_a_lead_in(tmp_path: Path, engine: Engine) -> None:
    import subprocess

    from kldocs.exact import Base
    from tests.helpers import require_engine, require_tool

    require_engine(engine)
    pdftotext = require_tool("pdftotext", "poppler-utils")
    labels = ["sun", "rain", "snow", "fog"]
    P = kldocs.parse_distribution("0.1 0.4 0.3 0.2", labels=labels)
    Q = kldocs.parse_distribution("0.25 0.25 0.25 0.25", labels=labels, name="Q")
    Q2 = kldocs.parse_distribution("0.15 0.35 0.3 0.2", labels=labels, name="Q_2")
    # In bits, this page once ended with the lead-in "... changes no identity:" and its derivation began the next.
    build(handout(P, Q, Q2, PageOptions(base=Base.parse("2"))), ["pdf"], tmp_path, engine=engine)
    text = subprocess.run([pdftotext, str(tmp_path / "handout.pdf"), "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) > 10
    for number, page in enumerate(pages, 1):
        lines = [line.strip() for line in page.splitlines() if line.strip() and line.strip() != str(number)]
        assert not lines[-1].endswith(":"), (number, lines[-3:])
