"""``kldocs exercises``: files, determinism, parallel runs, bad options, PDF."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kldocs.cli import main
from tests.helpers import PDF_ENGINES, require_engine, require_tool

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def run(out: Path, *extra: str) -> int:
    return main(["exercises", "--count", "2", "--seed", "7", "--out", str(out), *extra])


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_every_format_but_pdf_is_written_and_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ex"
    assert run(out, "--format", "md,html,tex,json,moodle", "--jobs", "1") == 0
    names = set(contents(out))
    expected = {"sheet.md", "sheet.html", "sheet.tex", "answers.md", "answers.html", "answers.tex", "key.json"}
    assert expected | {"quiz.xml"} <= names
    assert {"sheet-variant-7-001.png", "sheet-variant-7-001.pdf", "sheet-variant-7-002.png"} <= names
    captured = capsys.readouterr()
    assert sorted(Path(line).name for line in captured.out.split()) == sorted(names)
    assert captured.err == ""  # no progress line when stderr is not a terminal
    key = json.loads((out / "key.json").read_text())
    assert key["seed"] == 7 and [v["id"] for v in key["variants"]] == ["7-001", "7-002"]
    assert ET.parse(out / "quiz.xml").getroot().tag == "quiz"
    sheet = (out / "sheet.md").read_text()
    assert "![" in sheet and "sheet-variant-7-001.png" in sheet


def test_the_same_seed_gives_the_same_bytes_in_parallel_or_not(tmp_path: Path) -> None:
    formats = ["--format", "md,html,tex,json,moodle"]
    assert run(tmp_path / "one", *formats, "--jobs", "1") == 0
    assert run(tmp_path / "two", *formats, "--jobs", "2") == 0
    first, second = contents(tmp_path / "one"), contents(tmp_path / "two")
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name
    assert main(["exercises", "--count", "2", "--seed", "8", "--format", "json", "--out", str(tmp_path / "x")]) == 0
    assert (tmp_path / "x" / "key.json").read_bytes() != first["key.json"]


def test_the_korean_sheet_is_in_korean(tmp_path: Path) -> None:
    assert run(tmp_path, "--format", "md,json", "--lang", "ko", "--no-charts", "--kinds", "kl,bits", "--jobs", "1") == 0
    sheet = (tmp_path / "sheet.md").read_text()
    assert sheet.startswith("# KL 발산") and "비트" in sheet and "![" not in sheet
    assert HANGUL.search((tmp_path / "answers.md").read_text())
    key = json.loads((tmp_path / "key.json").read_text())
    assert all(HANGUL.search(q["prompt"]) for v in key["variants"] for q in v["questions"])


def test_options_reach_the_key(tmp_path: Path) -> None:
    args = ["--format", "json", "--kinds", "entropy,infinite", "--base", "10", "--categories", "4", "--digits", "6"]
    assert run(tmp_path, *args) == 0
    key = json.loads((tmp_path / "key.json").read_text())
    variant = key["variants"][0]
    assert variant["base"] == "10" and len(variant["p"]) == 4 and variant["q2"] is not None
    assert [q["kind"] for q in variant["questions"]] == ["entropy", "infinite"]
    assert len(variant["questions"][0]["answer"]["value"].replace(".", "").lstrip("0")) == 6


def test_the_title_heads_the_sheet_and_the_key(tmp_path: Path) -> None:
    assert run(tmp_path, "--format", "md", "--kinds", "kl", "--no-charts", "--title", "Quiz *3*", "--jobs", "1") == 0
    assert (tmp_path / "sheet.md").read_text().startswith("# Quiz \\*3\\*\n")
    assert (tmp_path / "answers.md").read_text().startswith("# Quiz \\*3\\*: answer key\n")


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        (["--kinds", "kl,nope"], "--kinds"),
        (["--kinds", "closer,infinite"], "--kinds"),
        (["--kinds", "bits", "--base", "2"], "--kinds"),
        (["--count", "0"], "--count"),
        (["--seed", "-3"], "--seed"),
        (["--categories", "9"], "--categories"),
        (["--base", "3"], "--base"),
        (["--digits", "1"], "--digits"),
        (["--format", "md,docx"], "--format"),
        (["--lang", "fr"], "--lang"),
        (["--jobs", "0"], "--jobs"),
        (["--count", "many"], "--count"),
    ],
)
def test_bad_options_exit_2_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], field: str
) -> None:
    out = tmp_path / "out"
    assert run(out, "--format", "json", *extra) == 2
    error = capsys.readouterr().err
    assert error.startswith("kldocs: error:") and field in error
    assert error.count("\n") == 1 and "Traceback" not in error
    assert not out.exists()


@pytest.mark.slow
@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_sheet_and_the_key_compile_to_pdf(tmp_path: Path, language: str, engine: str) -> None:
    require_engine(engine)
    assert run(tmp_path, "--format", "pdf", "--lang", language, "--engine", engine) == 0
    for name in ("sheet.pdf", "answers.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    assert not any(path.suffix == ".tex" for path in tmp_path.iterdir())


def test_the_help_says_that_each_page_format_writes_the_sheet_and_the_answer_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["exercises", "--help"])
    assert done.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "students' sheet (sheet.md, ...)" in shown and "answer key (answers.md, ...)" in shown
    assert run(tmp_path / "ex", "--format", "md", "--no-charts", "--jobs", "1") == 0
    assert set(contents(tmp_path / "ex")) == {"sheet.md", "answers.md"}


@pytest.mark.slow
@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize(("language", "extra"), [("en", ("--seed", "0")), ("ko", ("--seed", "4", "--categories", "4"))])
def test_the_instructions_have_page_one_and_each_variant_a_page_of_its_own(
    tmp_path: Path, engine: str, language: str, extra: tuple[str, ...]
) -> None:
    require_engine(engine)
    pdftotext = require_tool("pdftotext", "poppler-utils")
    args = ["exercises", "--count", "3", *extra, "--format", "pdf,json", "--lang", language, "--engine", engine]
    assert main([*args, "--out", str(tmp_path)]) == 0
    key = json.loads((tmp_path / "key.json").read_text(encoding="utf-8"))
    text = subprocess.run([pdftotext, "-layout", str(tmp_path / "sheet.pdf"), "-"], capture_output=True, text=True)
    pages = text.stdout.split("\f")[:-1]  # each page ends in a form feed
    variants = [variant["id"] for variant in key["variants"]]
    assert len(pages) == 1 + len(variants)
    assert not any(name in pages[0] for name in variants)  # page one: the title and the instructions
    for page, (name, variant) in zip(pages[1:], zip(variants, key["variants"], strict=True), strict=True):
        # The variant starts its page and ends on it: its last question is there, and no other variant.
        assert [other for other in variants if other in page] == [name]
        last = len(variant["questions"])
        assert re.search(rf"^\s*{last}\. ", page, re.MULTILINE), (name, page)
