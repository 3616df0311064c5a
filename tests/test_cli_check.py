"""``kldocs check FILE``: the report, the --json contract, --format md, exit codes, and hostile input."""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from kldocs.cli import main

DOCUMENTS = Path(__file__).parent / "documents"
CLAIM_KEYS = ["lines", "text", "kind", "verdict", "value", "note", "base", "unit"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code, out, err = run(capsys, *args, "--json")
    assert err == ""
    data = json.loads(out)
    assert isinstance(data, dict)
    return code, data


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kldocs: error: ")
    return lines[0]


# --- the readable report --------------------------------------------------------------------------------------


def test_report_for_a_document_with_mistakes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(DOCUMENTS / "lecture_false.md"))
    assert code == 1
    assert err == ""
    lines = out.splitlines()
    assert lines[0].endswith("lecture_false.md")
    assert lines[1].startswith('log base e: the document names it: "nats" on line 3')
    assert lines[2] == "11 claims: 3 hold, 8 false, 0 unchecked"
    assert "\033[" not in out  # not a terminal
    index = lines.index(r"FALSE      kl             D_{KL}(P \| Q) = 0.0324")
    assert lines[index + 1].strip().startswith("line 8: correct value 0.03047875404: ")
    assert "0.0324 is D_KL(Q||P), the other direction" in lines[index + 1]


def test_exit_code_0_when_nothing_is_false(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(DOCUMENTS / "lecture_true.md"))
    assert code == 0
    assert "0 false" in out.splitlines()[2]


def test_colour_only_on_a_terminal_without_no_color(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    screen = Terminal()
    monkeypatch.setattr(sys, "stdout", screen)
    assert main(["check", str(DOCUMENTS / "lecture_false.md")]) == 1
    assert "\033[1;31mFALSE" in screen.getvalue() and "\033[32mholds" in screen.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    plain = Terminal()
    monkeypatch.setattr(sys, "stdout", plain)
    main(["check", str(DOCUMENTS / "lecture_false.md")])
    assert "\033[" not in plain.getvalue()


# --- the JSON contract -----------------------------------------------------------------------------------------


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DOCUMENTS / "lecture_false.md")
    code, data = run_json(capsys, path)
    assert code == 1
    assert list(data) == ["file", "false", "claims", "base", "unread"]
    assert data["base"] == {"name": "e", "how": "stated", "reason": 'the document names it: "nats" on line 3'}
    assert data["unread"] == []
    assert data["file"] == path
    assert data["false"] == sum(1 for item in data["claims"] if item["verdict"] == "false") == 8
    for item in data["claims"]:
        assert list(item) == CLAIM_KEYS
        assert item["lines"] and all(isinstance(line, int) and line >= 1 for line in item["lines"])
        assert isinstance(item["text"], str) and item["text"]
        assert item["verdict"] in ("holds", "false", "unchecked")
        assert item["value"] is None or isinstance(item["value"], str)
        assert isinstance(item["note"], str) and item["note"] and "\n" not in item["note"]
    digit = next(item for item in data["claims"] if item["text"] == r"D_{KL}(P \| Q) = 0.0315")
    assert digit == {
        "lines": [7],
        "text": r"D_{KL}(P \| Q) = 0.0315",
        "kind": "kl",
        "verdict": "false",
        "value": "0.03047875404",
        "note": "D_KL(P||Q) = 0.03047875404 nats, which is 0.0305 at 4 decimal places, not 0.0315",
        "base": "e",
        "unit": "nats",
    }


def test_json_for_slide_builds_lists_every_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, str(DOCUMENTS / "slides.txt"))
    assert code == 0 and data["false"] == 0
    merged = [item for item in data["claims"] if len(item["lines"]) > 1]
    assert {tuple(item["lines"]) for item in merged} >= {(12, 16), (20, 24), (21, 25)}


def test_forcing_the_base(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DOCUMENTS / "no_base.md")
    assert run_json(capsys, path)[0] == 0
    code, data = run_json(capsys, path, "--base", "e")
    assert code == 1 and data["false"] == 4
    assert run_json(capsys, path, "--base", "2")[0] == 0


# --- the Markdown report ---------------------------------------------------------------------------------------


def test_markdown_report_is_written_atomically(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "reports"
    code, stdout, _ = run(capsys, str(DOCUMENTS / "lecture_false.md"), "--format", "md", "--out", str(out))
    assert code == 1
    target = out / "lecture_false.check.md"
    assert stdout.rstrip().endswith(f"wrote {target}")
    assert [path.name for path in out.iterdir()] == ["lecture_false.check.md"]  # no temporary left behind
    page = target.read_text(encoding="utf-8")
    assert page.startswith("# Claims in lecture\\_false.md\n")
    assert "**11 claims: 3 hold, 8 false, 0 unchecked.**" in page
    assert r"| 7 | `D_{KL}(P \\| Q) = 0.0315` | kl | ❌ **false** | 0.03047875404 |" in page
    assert "## False claims" in page
    # Rewriting replaces the file in one step.
    run(capsys, str(DOCUMENTS / "lecture_true.md"), "--format", "md", "--out", str(out))
    assert sorted(path.name for path in out.iterdir()) == ["lecture_false.check.md", "lecture_true.check.md"]


def test_markdown_with_json_keeps_stdout_pure_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, str(DOCUMENTS / "lecture_true.md"), "--json", "--format", "md", "--out", str(tmp_path))
    assert code == 0
    json.loads(out)
    assert err.startswith("kldocs: wrote ")


# --- bad input and usage ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--base", "1"], "kldocs: error: --base: 1 is not a logarithm base"),
        (["--format", "pdf"], "kldocs: error: --format: 'pdf' is not one of md"),
    ],
)
def test_bad_options(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, out, err = run(capsys, str(DOCUMENTS / "lecture_true.md"), *args)
    assert code == 2 and out == ""
    assert one_error_line(err).startswith(message)


def test_unreadable_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    code, out, err = run(capsys, str(missing))
    assert (code, out) == (2, "")
    assert one_error_line(err) == f"kldocs: error: {missing}: no such file"
    for name, content in (("slides.pdf", b"%PDF-1.7"), ("notes.docx", b"PK\x03\x04"), ("notes.md", b"%PDF-1.7\x00")):
        document = tmp_path / name
        document.write_bytes(content)
        code, out, err = run(capsys, str(document))
        assert (code, out) == (2, "")
        assert one_error_line(err).startswith(f"kldocs: error: {document}: ")
    binary = tmp_path / "data.bin"
    binary.write_bytes(b"abc\x00\x01\x02")
    code, _, err = run(capsys, str(binary))
    assert code == 2 and "looks like a binary file" in one_error_line(err)
    notebook = tmp_path / "broken.ipynb"
    notebook.write_text("{", encoding="utf-8")
    code, _, err = run(capsys, str(notebook))
    assert code == 2 and "is not a Jupyter notebook" in one_error_line(err)


def test_a_10_mb_file_is_refused_at_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"$H(P) = 1$ " * (10 * 1024 * 1024 // 11 + 1))
    code, out, err = run(capsys, str(big))
    assert (code, out) == (2, "")
    assert one_error_line(err).startswith(f"kldocs: error: {big}: is 10,485,")


@pytest.mark.parametrize(
    ("formula", "reason"),
    [
        ("(" * 5000 + "0.5" + ")" * 5000, "brackets nested more than 50 deep"),
        ("1e999999999", "exponent out of range"),
        ("0." + "1" * 60, "more than 40 significant digits"),
        ("0.1 + " * 3000 + "0.1", "more than 2000 symbols in one formula"),
        (r"10^{60} \cdot " * 30 + "10^{60}", "more than 4096 bits"),
    ],
)
def test_hostile_formulas_are_reported_and_bounded(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, formula: str, reason: str
) -> None:
    document = tmp_path / "hostile.md"
    document.write_text(f"$P = (0.5, 0.5)$\n\n$H(P) = {formula}$\n", encoding="utf-8")
    code, data = run_json(capsys, str(document))
    assert code == 0
    unchecked = [item for item in data["claims"] if item["verdict"] == "unchecked"]
    assert len(unchecked) == 1 and reason in unchecked[0]["note"]
    assert unchecked[0]["lines"] == [3]


def dense_document(size: int) -> str:
    """Many claims (true and false), redefinitions and junk, about ``size`` characters."""
    chooser = random.Random(7)
    blocks = []
    total = 0
    while total < size:
        digits = chooser.choice(["0.0305", "0.0315", "0.03048"])
        junk = "".join(chooser.choice("()[]{}\\$=+-*/^_ &|0123456789.KLDH\n") for _ in range(200))
        block = (
            f"Let $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$; $D_{{KL}}(P \\| Q) \\approx {digits}$.\n"
            f"$$D_{{KL}}(P \\| Q) = 0.2 \\ln \\frac{{0.2}}{{0.3}} + 0.5 \\ln \\frac{{0.5}}{{0.4}}$$\n{junk}\n\n"
        )
        blocks.append(block)
        total += len(block)
    return "".join(blocks)


def test_a_large_dense_document_is_checked_(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    document = tmp_path / "dense.md"
    document.write_text(dense_document(1_000_000), encoding="utf-8")
    code, data = run_json(capsys, str(document))
    assert code == 1
    assert data["claims"][-1]["note"].startswith("not read: reading stopped here")


@pytest.mark.slow
def test_a_document_just_under_the_size_limit_is_checked_(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    document = tmp_path / "huge.md"
    document.write_text(dense_document(9_900_000), encoding="utf-8")
    code, data = run_json(capsys, str(document))
    assert code == 1 and data["false"] >= 1


# --- the project's own handout --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("handout")
    assert main(["handout", "--format", "md", "--lang", "en", "--out", str(out)]) == 0
    return out / "en" / "handout.md"


def test_handout_values_hold(capsys: pytest.CaptureFixture[str], handout: Path) -> None:
    _, data = run_json(capsys, str(handout))
    holding = {item["text"]: item for item in data["claims"] if item["verdict"] == "holds"}
    assert len(holding) >= 10
    kl = holding[r"D_{\mathrm{KL}}(P \parallel Q) \approx 0.0305"]
    assert kl["value"] == "0.03047875404" and "nats" in kl["note"]
    assert holding[r"H(P, Q) \approx 1.06"]["value"] == "1.060131768"
    assert holding[r"H(P) \approx 1.03"]["value"] == "1.029653014"
    assert holding[r"D_{\mathrm{KL}}(Q \parallel P) \approx 0.0102"]["value"] == "0.01020549863"
    assert any(item["kind"] == "expression" and "each term matches" in item["note"] for item in holding.values())


def test_handout_has_no_false_claim(capsys: pytest.CaptureFixture[str], handout: Path) -> None:
    code, data = run_json(capsys, str(handout))
    assert [item for item in data["claims"] if item["verdict"] == "false"] == []
    assert code == 0


def test_a_numbered_list_item_is_not_a_factor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = tmp_path / "list.md"
    note.write_text("With $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$:\n\n5. KL(P||Q) = 0.0305 nats\n")
    code, data = run_json(capsys, str(note))
    claim = next(item for item in data["claims"] if item["kind"] == "kl")
    assert (code, claim["verdict"], claim["lines"]) == (0, "holds", [3])
