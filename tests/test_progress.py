"""The progress display of long commands: on a terminal, one line per stage; elsewhere and with --quiet, nothing."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from kldocs.cli import main
from kldocs.cli.progress import progress_display


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_on_a_terminal_every_stage_shows_with_its_count() -> None:
    stream = Terminal()
    with progress_display(stream) as progress:
        assert progress is not None
        progress("charts", 1, 4)
        progress("charts", 4, 4)
        progress("pages", 0, 2)
        progress("pages", 2, 2)
    text = stream.getvalue()
    assert "charts" in text and "4/4" in text and "pages" in text and "2/2" in text
    assert "\x1b[" in text  # drawn in place and cleared at the end, with terminal control sequences


@pytest.mark.parametrize(("stream", "quiet"), [(io.StringIO(), False), (Terminal(), True)])
def test_off_a_terminal_or_quiet_nothing_shows(stream: io.StringIO, quiet: bool) -> None:
    with progress_display(stream, quiet) as progress:
        assert progress is None
    assert stream.getvalue() == ""


@pytest.mark.parametrize(("quiet", "shown"), [([], True), (["--quiet"], False)])
def test_a_long_command_shows_its_progress_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet: list[str], shown: bool
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    arguments = ["example", "--p", "1/2 1/2", "--q", "1/4 3/4", "--format", "md", "--out", str(tmp_path), *quiet]
    assert main(arguments) == 0
    assert ("pages" in terminal.getvalue()) is shown
    assert (tmp_path / "example.md").exists()


def first_seen(text: str, stages: list[str]) -> list[str]:
    """Of ``stages`` (``"pages 0/2"``), those the display drew, in the order they first showed."""
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
    drawn = [f"{stage} {count}" for stage, count in re.findall(r"([a-z]+)\W+(\d+/\d+)", plain)]
    return [stage for stage in dict.fromkeys(drawn) if stage in stages]


@pytest.mark.parametrize(
    ("command", "stages"),
    [
        (["example", "--p", "1/2 1/2", "--q", "1/4 3/4"], ["models 0/1", "charts 1/4", "pages 0/1", "pages 1/1"]),
        (["handout", "--lang", "en"], ["models 0/1", "models 1/1", "pages 0/1", "pages 1/1"]),
    ],
    ids=["example", "handout"],
)
def test_the_page_models_show_as_a_stage_before_the_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], stages: list[str]
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([*command, "--format", "md", "--out", str(tmp_path)]) == 0
    assert first_seen(terminal.getvalue(), stages) == stages


def test_off_a_terminal_the_handout_prints_nothing_but_its_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["handout", "--lang", "en", "--format", "md", "--out", str(tmp_path)]) == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    assert sorted(printed.out.split()) == [str(path) for path in sorted((tmp_path / "en").iterdir())]


@pytest.mark.parametrize(
    ("command", "stages"),
    [
        (["verify", "--only", "kl_cross_entropy,gibbs"], ["derivations 0/2", "derivations 1/2", "derivations 2/2"]),
        (["compute", "--p", "0.2 0.5 0.3", "--q", "0.3 0.4 0.3", "--json"], ["measures 0/8", "measures 8/8"]),
        (["compute", "--p", "0.2 0.5 0.3", "--q", "0.3 0.4 0.3"], ["measures 0/8", "measures 8/8"]),
    ],
    ids=["verify", "compute --json", "compute"],
)
@pytest.mark.parametrize("quiet", [False, True], ids=["terminal", "--quiet"])
def test_verify_and_compute_show_their_progress_on_a_terminal_and_print_the_same(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    stages: list[str],
    quiet: bool,
) -> None:
    assert main(command) == 0
    piped = capsys.readouterr()
    assert piped.err == ""  # off a terminal: nothing but the output
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([*command, "--quiet"] if quiet else command) == 0
    assert capsys.readouterr().out == piped.out
    if quiet:
        assert terminal.getvalue() == ""
    else:
        assert first_seen(terminal.getvalue(), stages) == stages
