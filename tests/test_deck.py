"""The slide deck: one idea per frame, derivations that read on their own, charts at slide size."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kldocs.exact import Base
from kldocs.inputs import parse_distribution
from kldocs.models.blocks import Chart, Items, MathChain, MathLine, Table
from kldocs.models.deck import (
    LEAST_SCALE,
    LINE_BUDGET,
    LINES_PER_FRAME,
    MIN_PROJECTED_POINTS,
    Deck,
    derivation_frames,
    frame_lines,
    line_weight,
    opens_with_continuation,
    projected_points,
)
from kldocs.models.document import Document
from kldocs.models.handout import default_distributions, handout
from kldocs.models.options import PageOptions
from kldocs.render.charts import FIGURE_SIZES, FONT_SIZES
from kldocs.render.environment import Engine
from tests.helpers import PDF_ENGINES, Word, build, pdf_words, require_engine

#: A page of a PDF: its width, its height and its words.
Page = tuple[float, float, list[Word]]

TWELVE = ", ".join(["1/12"] * 12)
TWELVE_Q = ", ".join(["1/6"] * 3 + ["1/18"] * 9)
#: More categories than a page works out term by term (it shows a table): the deck still works them out.
FIFTEEN, FIFTEEN_Q = " ".join(str(k) for k in range(1, 16)), " ".join(str(k) for k in range(15, 0, -1))


def decks() -> list[tuple[str, Deck]]:
    P, Q, Q2 = default_distributions()
    wide = (parse_distribution(TWELVE), parse_distribution(TWELVE_Q, name="Q"), parse_distribution(TWELVE_Q, name="Q"))
    many = (
        parse_distribution(FIFTEEN, normalize=True),
        parse_distribution(FIFTEEN_Q, name="Q", normalize=True),
        parse_distribution(FIFTEEN, name="Q", normalize=True),
    )
    cases = [
        ("default", handout(P, Q, Q2, PageOptions(date="1 January 2026"))),
        ("korean", handout(P, Q, Q2, PageOptions(language="ko", date="2026년 1월 1일"))),
        ("bits", handout(P, Q, Q2, PageOptions(base=Base.parse("2"), date="1 January 2026"))),
        ("twelve categories", handout(*wide, PageOptions(date="1 January 2026"))),
        ("fifteen categories", handout(*many, PageOptions(date="1 January 2026"))),
    ]
    return [(name, document.slides) for name, document in cases if document.slides is not None]


DECKS = decks()


@pytest.mark.parametrize(("name", "deck"), DECKS, ids=[name for name, _ in DECKS])
def test_no_frame_opens_with_a_continuation(name: str, deck: Deck) -> None:
    assert [frame.title for frame in deck.frames if opens_with_continuation(frame)] == []


@pytest.mark.parametrize(("name", "deck"), DECKS, ids=[name for name, _ in DECKS])
def test_every_frame_keeps_to_the_line_budget(name: str, deck: Deck) -> None:
    over = [(frame.title, frame_lines(frame)) for frame in deck.frames if frame_lines(frame) > LINE_BUDGET]
    assert over == []


@pytest.mark.parametrize(("name", "deck"), DECKS, ids=[name for name, _ in DECKS])
def test_one_idea_per_frame(name: str, deck: Deck) -> None:
    for frame in deck.frames:
        large = [block for block in frame.blocks if isinstance(block, MathChain | Chart | Table)]
        assert len(large) <= 1, frame.title
        assert all(isinstance(block, Items | MathChain | Chart | Table) for block in frame.blocks), frame.title
        chains = [block for block in frame.blocks if isinstance(block, MathChain)]
        # A frame holds LINES_PER_FRAME lines' worth of steps (a repeated line from the frame before aside).
        steps = [[line for line in chain.lines if line.relation] for chain in chains]
        assert all(sum(map(line_weight, lines)) <= LINES_PER_FRAME + 2 for lines in steps), frame.title


@pytest.mark.parametrize(("name", "deck"), DECKS, ids=[name for name, _ in DECKS])
def test_every_chart_is_at_slide_size(name: str, deck: Deck) -> None:
    charts = deck.charts()
    assert len(charts) >= 5
    width, _ = FIGURE_SIZES["slide"]
    for chart in charts:
        assert chart.size == "slide" and chart.name.startswith("slide-"), chart.name
    # The smallest text of a chart (ticks, legend) is at least 14 pt when the slide is projected.
    assert projected_points(FONT_SIZES["slide"], width) >= MIN_PROJECTED_POINTS
    # A page-sized chart placed on a slide at the same width would not be (so the test can fail).
    assert projected_points(FONT_SIZES["page"], FIGURE_SIZES["page"][0]) * 0.5 < MIN_PROJECTED_POINTS


def test_exercises_share_a_frame_and_the_answers_come_last() -> None:
    _, deck = DECKS[0]
    titles = [frame.title for frame in deck.frames]
    assert titles.count("Exercises") == 1
    exercises = deck.frames[titles.index("Exercises")]
    assert isinstance(exercises.blocks[0], Items) and len(exercises.blocks[0].items) == 4
    answers = [index for index, title in enumerate(titles) if title == "Answers"]
    assert answers and answers == list(range(titles.index("Exercises") + 1, len(titles)))


def test_title_slide_has_author_and_date_and_the_printable_deck_has_no_overlays(tmp_path: Path) -> None:
    from kldocs.render.build import render_files

    document = handout(*default_distributions(), PageOptions(author="A. Lecturer", date="1 January 2026"))
    files = render_files(document, ["beamer"], slides=True)
    deck_source = files["handout-slides.tex"].decode()
    printable = files["handout-slides-print.tex"].decode()
    assert r"\author{A. Lecturer}" in deck_source and r"\date{1 January 2026}" in deck_source
    assert r"\onslide<2->" in deck_source
    assert re.search(r"\\documentclass\[[^]]*handout[^]]*\]\{beamer\}", printable)
    assert not re.search(r"\\documentclass\[[^]]*handout", deck_source)
    assert all(name in files for name in ("handout-slide-fits.pdf", "handout-slide-ex1-path.pdf"))


def test_the_date_defaults_to_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    document = handout(*default_distributions(), PageOptions(language="ko"))
    assert document.slides is not None and document.slides.date == "2026년 1월 1일"


@given(st.integers(min_value=1, max_value=23), st.integers(min_value=0, max_value=22))
def test_a_long_derivation_continues_from_its_last_line(length: int, statement: int) -> None:
    lines = tuple(
        MathLine("X" if i in (0, statement) else "", "=", f"r{i}") for i in range(length)
    )  # a chain, and maybe a statement in it
    frames = derivation_frames("T", MathChain(lines))
    pieces = [frame.blocks[-1] for frame in frames]
    assert all(isinstance(piece, MathChain) and 0 < len(piece.lines) <= LINES_PER_FRAME for piece in pieces)
    shown = [line for piece in pieces for line in piece.lines if line.relation]  # type: ignore[union-attr]
    assert [line.rhs for line in shown] == [line.rhs for line in lines]  # nothing lost, nothing reordered
    for frame in frames:
        assert not opens_with_continuation(frame)
    for before, piece in itertools.pairwise(pieces):
        first = piece.lines[0]  # type: ignore[union-attr]
        assert before.lines[-1].rhs in (first.lhs, first.rhs) or first.lhs == "X"  # type: ignore[union-attr]
    sizes = [len(piece.lines) for piece in pieces]  # type: ignore[union-attr]
    assert max(sizes) - min(sizes) <= 1  # balanced: no frame left with a single line


@pytest.mark.slow
@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_the_printable_deck_has_one_page_per_frame(tmp_path: Path, engine: Engine) -> None:
    import subprocess

    from tests.helpers import build, require_engine, require_tool

    require_engine(engine)
    pdfinfo = require_tool("pdfinfo", "poppler-utils")
    document = handout(*default_distributions(), PageOptions(date="1 January 2026"))
    build(document, ["pdf"], tmp_path, slides=True, engine=engine)
    assert document.slides is not None
    info = subprocess.run([pdfinfo, str(tmp_path / "handout-slides-print.pdf")], capture_output=True, text=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    assert pages == len(document.slides.frames) + 1  # and the title page
    # Nothing runs off a frame: every word lies inside the page, above the page number's line.
    pdftotext = require_tool("pdftotext", "poppler-utils")
    boxes = subprocess.run(
        [pdftotext, "-bbox", str(tmp_path / "handout-slides-print.pdf"), "-"], capture_output=True, text=True
    ).stdout
    outside = []
    for number, page in enumerate(boxes.split("<page ")[1:], start=1):
        width, height = (float(v) for v in re.findall(r'(?:width|height)="([\d.]+)"', page)[:2])
        for x_max, y_max, word in re.findall(r'xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', page):
            if word != str(number) and (float(x_max) > width or float(y_max) > height - 12):
                outside.append((number, word))
    assert outside == []


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ko"])
def test_typst_frames_leave_a_gap_under_the_title(tmp_path: Path, language: str) -> None:
    import subprocess

    from tests.helpers import build, require_tool

    pdftotext = require_tool("pdftotext", "poppler-utils")
    document = handout(*default_distributions(), PageOptions(language=language, date="1 January 2026"))
    build(document, ["pdf"], tmp_path, slides=True)
    boxes = subprocess.run(
        [pdftotext, "-bbox", str(tmp_path / "handout-slides-print.pdf"), "-"], capture_output=True, text=True
    ).stdout
    for number, page in enumerate(boxes.split("<page ")[2:], start=2):  # after the title slide
        tops_and_bottoms = [
            (float(a), float(b)) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', page)
        ]
        title_bottom = max(bottom for top, bottom in tops_and_bottoms if top == tops_and_bottoms[0][0])
        body_top = min(top for top, _ in tops_and_bottoms if top > title_bottom - 1)
        assert body_top - title_bottom >= 3.0, number  # points; a bullet list once touched the title


def test_typst_step_notes_are_set_in_the_text_font_with_maths_at_their_size() -> None:
    from markupsafe import Markup

    from kldocs.render.environment import Settings
    from kldocs.render.pages import render_page

    document = handout(*default_distributions(), PageOptions(date="1 January 2026"))
    charts = {chart.name: Markup(f"{chart.name}.pdf") for chart in document.charts(slides=True)}
    source = render_page(document, "typst-slides", Settings(), charts, printable=True)
    fonts = re.search(r"#let kld-fonts = \(([^)]*)\)", source)
    assert fonts is not None and fonts.group(1).startswith('"DejaVu Sans"')
    # A note sits inside the derivation's maths: it names the text's fonts, or it would be set in the maths font.
    assert re.search(r"#let kld-note-text\(body\) = [^\n]*\n(.*\n){0,3}.*text\(font: kld-fonts", source)
    # Maths is sized relative to the text around it (a note's maths follows the note), never in fixed points.
    sizes = re.findall(r"#show math\.equation: set text\(size: ([^)]*)\)", source)
    assert sizes and all(size.endswith("em") for size in sizes)


#: The decks whose PDFs are measured: the default, in bits with four labelled categories, and in Korean.
PDF_CASES = ("default", "bits", "korean")


def _deck_document(case: str) -> Document:
    if case == "bits":
        labels = ["sun", "rain", "snow", "fog"]
        P = parse_distribution("0.1 0.4 0.3 0.2", labels=labels)
        Q = parse_distribution("0.25 0.25 0.25 0.25", labels=labels, name="Q")
        Q2 = parse_distribution("0.15 0.35 0.3 0.2", labels=labels, name="Q_2")
        return handout(P, Q, Q2, PageOptions(base=Base.parse("2"), date="1 January 2026"))
    language = "ko" if case == "korean" else "en"
    return handout(*default_distributions(), PageOptions(language=language, date="1 January 2026"))


@pytest.fixture(
    scope="module",
    params=[(case, engine) for case in PDF_CASES for engine in PDF_ENGINES],
    ids=lambda param: "-".join(param),
)
def printed_deck(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    """The printable deck of a case, built by an engine, as words by page (the title slide left out)."""
    case, engine = request.param
    require_engine(engine)
    out = tmp_path_factory.mktemp(f"{case}-{engine}")
    build(_deck_document(case), ["pdf"], out, slides=True, engine=engine)
    return pdf_words(out / "handout-slides-print.pdf")[1:]


def _title(words: list[Word]) -> list[Word]:
    """The frame's title: the words on the line of the page's first word."""
    return [word for word in words if word.top < words[0].bottom]


def _body(words: list[Word]) -> list[Word]:
    title = _title(words)
    return [word for word in words if word not in title]


@pytest.mark.slow
def test_no_frame_shrinks_its_maths_below_the_least_scale(printed_deck: list[Page]) -> None:
    pages = printed_deck
    # The scale of a frame's maths: its tallest "=" against the size the deck sets most "=" signs at.
    heights = [[round(word.bottom - word.top, 1) for word in _body(words) if word.text == "="] for _, _, words in pages]
    usual = Counter(height for page in heights for height in page).most_common(1)[0][0]
    scales = {number: max(page) / usual for number, page in enumerate(heights, 2) if page}
    assert len(scales) > 20
    assert {number: round(scale, 2) for number, scale in scales.items() if scale < LEAST_SCALE - 0.01} == {}


@pytest.mark.slow
def test_nothing_leaves_its_frame_or_covers_a_bullet(printed_deck: list[Page]) -> None:
    outside, covered = [], []
    for number, (width, height, words) in enumerate(printed_deck, 2):
        below = max(word.bottom for word in _title(words))
        for word in _body(words):
            # Below the title, inside the page and above the page number's line (the page number aside).
            if word.text != str(number) and (word.top < below or word.right > width or word.bottom > height - 12):
                outside.append((number, word.text))
        # A bullet's line (the words level with its marker) is covered by no other word: inline maths beside a word
        # may touch it, but not by 1.5 pt each way.
        for bullet in (word for word in words if word.text == "\u2022"):
            line = [word for word in words if abs(word.top - bullet.top) < 0.5]
            others = [other for other in words if other not in line]
            covered += [
                (number, word.text, other.text) for word in line for other in others if word.overlaps(other, 1.5)
            ]
    assert outside == []
    assert covered == []
