"""The handout: its arc, its numbers for the default and for other pairs, both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kldocs
from kldocs.cli import main
from kldocs.models.handout import default_distributions, handout, support_mismatch
from kldocs.models.slides import frames
from kldocs.render.build import build

HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("en")
    build(handout(*default_distributions()), ["md"], out)
    return (out / "handout.md").read_text()


def test_the_arc_of_the_lecture_is_in_order(english: str) -> None:
    headings = re.findall(r"^## (.+)$", english, re.MULTILINE)
    assert headings == [
        "Why another measure beside cross-entropy?",
        "The definition, and KL = cross-entropy \u2212 entropy",
        "Worked example 1",
        "Worked example 2: a closer model",
        "Asymmetry: which distribution is the truth?",
        "Between 0 and infinity",
        "Jensen-Shannon divergence",
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
    assert [(q, j.strip(), h.strip()) for q, j, h in rows] == [
        ("0.3, 0.4, 0.3", "0.00782", "0.0314"),
        ("0.25, 0.5, 0.25", "0.00253", "0.0101"),
        ("0.3, 0, 0.7", "0.219", "\u221e"),
    ]


def test_other_pairs_change_every_number(tmp_path: Path) -> None:
    args = ["handout", "--p", "0.5 0.25 0.25", "--q", "0.25 0.5 0.25", "--q2", "0.4 0.3 0.3"]
    assert main([*args, "--format", "md", "--lang", "en", "--out", str(tmp_path)]) == 0
    text = (tmp_path / "en" / "handout.md").read_text()
    P = kldocs.parse_distribution("0.5 0.25 0.25")
    for q in ("0.25 0.5 0.25", "0.4 0.3 0.3"):
        assert kldocs.kl(P, kldocs.parse_distribution(q, name="Q")).decimal(3) in text
    assert "0.0305" not in text


def test_korean_handout_is_in_korean(tmp_path: Path) -> None:
    build(handout(*default_distributions(), language="ko"), ["md"], tmp_path)
    text = (tmp_path / "handout.md").read_text()
    assert len(HANGUL.findall(text)) > 1000
    assert "0.0305" in text


def test_support_mismatch_zeroes_the_most_likely_category() -> None:
    P, Q, _ = default_distributions()
    broken = support_mismatch(P, Q)
    assert broken.probabilities is not None
    assert [str(x) for x in broken.probabilities] == ["3/10", "0", "7/10"]
    assert not kldocs.kl(P, broken).is_finite


def test_slides_have_one_large_block_per_frame() -> None:
    deck = frames(handout(*default_distributions()))
    assert len(deck) > 15
    for frame in deck:
        large = [block for block in frame.blocks if block.block != "paragraph"]
        assert len(large) <= 1


def test_long_derivations_continue_on_balanced_frames() -> None:
    from kldocs.models.blocks import MathChain, MathLine, Section
    from kldocs.models.document import Document

    chain = MathChain(tuple(MathLine("", "=", str(i)) for i in range(5)))
    deck = frames(Document("handout", "en", "T", "", (Section("S", (chain,)),)))
    assert [len(frame.blocks[0].lines) for frame in deck] == [3, 2]  # type: ignore[union-attr]


def test_without_lualatex_the_default_handout_skips_pdf_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kldocs.render import pdf

    monkeypatch.setattr(pdf, "lualatex_available", lambda: False)
    assert main(["handout", "--lang", "en", "--out", str(tmp_path)]) == 0
    assert "LuaLaTeX not found, so no PDF was built" in capsys.readouterr().err
    names = {path.name for path in (tmp_path / "en").iterdir()}
    assert {"handout.md", "handout.html", "handout.tex", "handout-slides.tex"} <= names
    assert "handout.pdf" not in names and "handout-slides.pdf" not in names


def test_asking_for_pdf_without_lualatex_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert main(["handout", "--lang", "en", "--format", "pdf", "--out", str(tmp_path / "out")]) == 2
    assert "LuaLaTeX is not installed" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_english_pdfs_have_every_glyph(tmp_path: Path) -> None:
    import subprocess

    from tests.helpers import require_tool

    require_tool("lualatex", "texlive-luatex")
    pdftotext = require_tool("pdftotext", "poppler-utils")
    build(handout(*default_distributions()), ["pdf"], tmp_path, slides=True)
    for name in ("handout.pdf", "handout-slides.pdf"):
        text = subprocess.run([pdftotext, str(tmp_path / name), "-"], capture_output=True, text=True, check=True).stdout
        assert "\ufffd" not in text, name  # a character the font could not show
        assert "log x \u2264 x \u2212 1" in text, name
