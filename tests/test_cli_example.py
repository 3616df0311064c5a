"""``kldocs example``: files, options, bad input, user templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from kldocs.catalog import message
from kldocs.cli import main

REFERENCE = ["--p", "0.2, 0.5, 0.3", "--q", "0.3, 0.4, 0.3"]


def test_example_writes_markdown_and_html_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ex"
    assert main(["example", *REFERENCE, "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert "example.md" in names and "example.html" in names
    assert not any(name.endswith(".tex") or name.endswith(".pdf") for name in names)
    printed = capsys.readouterr().out.split()
    assert sorted(Path(p).name for p in printed) == names


def test_title_author_base_and_language_reach_the_page(tmp_path: Path) -> None:
    args = ["example", *REFERENCE, "--out", str(tmp_path), "--format", "md", "--lang", "ko", "--base", "2"]
    assert main([*args, "--title", "My *title*", "--author", "Kim"]) == 0
    text = (tmp_path / "example.md").read_text()
    assert text.startswith(r"# My \*title\*")
    assert "Kim" in text
    assert "비트" in text  # bits, in Korean
    assert "0.0440" in text  # D_KL in bits


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        (["--format", "md,docx"], "--format"),
        (["--lang", "fr"], "--lang"),
        (["--labels", "a,,c"], "labels"),
        (["--labels", "a,b\nc,d"], "labels"),
        (["--labels", "a,b\x07,c"], "labels"),
        (["--digits", "0"], "--digits"),
        (["--templates", "/no/such/folder"], "--templates"),
    ],
)
def test_bad_options_exit_2_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], field: str
) -> None:
    out = tmp_path / "out"
    assert main(["example", *REFERENCE, "--out", str(out), *extra]) == 2
    error = capsys.readouterr().err
    assert error.startswith("kldocs: error:") and field in error
    assert error.count("\n") == 1 and "Traceback" not in error
    assert not out.exists()


def test_a_user_template_folder_overrides_one_template(tmp_path: Path) -> None:
    custom = tmp_path / "mine" / "md"
    custom.mkdir(parents=True)
    (custom / "page.md.j2").write_text("CUSTOM {{ doc.title }} {{ doc.sections | length }}\n")
    out = tmp_path / "out"
    assert (
        main(["example", *REFERENCE, "--out", str(out), "--format", "md,html", "--templates", str(tmp_path / "mine")])
        == 0
    )
    assert (out / "example.md").read_text().startswith("CUSTOM A worked example of KL divergence 6")
    assert "<!DOCTYPE html>" in (out / "example.html").read_text()  # untouched templates still apply


def test_an_infinite_divergence_is_explained_not_printed_bare(tmp_path: Path) -> None:
    args = ["example", "--p", "0.5 0.5 0", "--q", "1 0 0", "--labels", "sun,rain,snow", "--format", "md"]
    assert main([*args, "--out", str(tmp_path)]) == 0
    text = (tmp_path / "example.md").read_text()
    assert "rain" in text and r"\infty" in text
    assert "0 \\log 0 = 0" in text  # the zero term of snow is explained


@pytest.mark.parametrize("language", ["en", "ko"])
def test_values_that_are_exact_are_shown_with_equals_not_approximately(tmp_path: Path, language: str) -> None:
    args = ["example", "--p", "1/2 1/2", "--q", "1/2 1/2", "--format", "md", "--lang", language]
    assert main([*args, "--out", str(tmp_path)]) == 0
    text = (tmp_path / "example.md").read_text()
    assert r"D_{\mathrm{KL}}(P \parallel Q) = 0$" in text
    assert r"\approx 0$" not in text and r"\approx 0 " not in text
    assert r"\mathrm{JSD}(P, Q) = 0$" in text and r"\sqrt{\mathrm{JSD}(P, Q)} = 0$" in text


def test_a_rational_divergence_is_said_to_be_exact(tmp_path: Path) -> None:
    args = ["example", "--p", "1 0", "--q", "1/2 1/2", "--base", "2", "--format", "md"]
    assert main([*args, "--out", str(tmp_path)]) == 0
    text = (tmp_path / "example.md").read_text()
    assert r"D_{\mathrm{KL}}(P \parallel Q) = 1$ bit exactly, that is $0.693$ nats" in text  # 1: singular
    assert "To 10 significant digits" not in text


@pytest.mark.parametrize(
    ("p", "q", "said"),
    [
        ("0.5 0.5 0", "0.25 0 0.75", "example.reverse.both_infinite"),  # each has a zero where the other has not
        ("1/4 3/4", "3/4 1/4", "example.reverse.equal"),
        ("0.5 0.5 0", "1 0 0", "example.reverse.infinite"),
    ],
)
@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_two_directions_are_compared_truthfully(tmp_path: Path, language: str, p: str, q: str, said: str) -> None:
    assert main(["example", "--p", p, "--q", q, "--format", "md", "--lang", language, "--out", str(tmp_path)]) == 0
    text = (tmp_path / "example.md").read_text()
    sentences = ("example.reverse.equal", "example.reverse.infinite", "example.reverse.both_infinite")
    assert [key for key in sentences if message(key, language) in text] == [said]


def test_a_missing_korean_font_is_one_clear_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kldocs.render import charts

    monkeypatch.setattr(charts, "korean_font", lambda size="page": None)
    assert main(["example", *REFERENCE, "--out", str(tmp_path), "--format", "md", "--lang", "ko"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line]
    assert warnings and set(warnings) == {
        "kldocs: warning: no Korean font found (pip install koreanize-matplotlib, or install fonts-nanum); "
        "Korean chart text may not show"
    }


@pytest.mark.parametrize(
    ("broken", "expected"),
    [("{% if %}", "md/page.md.j2, line"), ("{{ doc.titel }}", "md/page.md.j2 could not be rendered")],
)
def test_a_broken_user_template_is_one_line_naming_the_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], broken: str, expected: str
) -> None:
    folder = tmp_path / "mine" / "md"
    folder.mkdir(parents=True)
    (folder / "page.md.j2").write_text(f"# {{{{ doc.title }}}}\n{broken}\n")
    out = tmp_path / "out"
    assert (
        main(["example", *REFERENCE, "--out", str(out), "--format", "md", "--templates", str(tmp_path / "mine")]) == 2
    )
    error = capsys.readouterr().err
    assert error.startswith("kldocs: error: --templates: ") and expected in error
    assert error.count("\n") == 1 and not out.exists()


def test_a_page_for_many_categories_keeps_every_line_short(tmp_path: Path) -> None:
    """Counts that are distinct primes give exact forms of hundreds of terms: shown shortened on the page."""
    from sympy import prime

    p = " ".join(str(prime(k)) for k in range(10, 130))
    q = " ".join(str(prime(k)) for k in range(130, 250))
    assert main(["example", "--p", p, "--q", q, "--normalize", "--format", "md", "--out", str(tmp_path)]) == 0
    lines = (tmp_path / "example.md").read_text().splitlines()
    assert max(len(line) for line in lines) < 2000
    assert any(r"\cdots" in line for line in lines)


def test_the_bound_of_the_jsd_in_bits_is_one_bit_not_one_bits(tmp_path: Path) -> None:
    assert main(["example", "--p", "1 0 0", "--q", "0 1/2 1/2", "--base", "bits", "--out", str(tmp_path / "b")]) == 0
    assert main(["example", "--p", "1 0 0", "--q", "0 1/2 1/2", "--out", str(tmp_path / "e")]) == 0
    assert r"(at most $\log_{2} 2 = 1$ bit)" in (tmp_path / "b" / "example.md").read_text()
    assert r"(at most $\ln 2 \approx 0.693$ nats)" in (tmp_path / "e" / "example.md").read_text()
