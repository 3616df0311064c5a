"""The progress display of long commands: on a terminal, one line per stage; elsewhere and with --quiet, nothing."""

from __future__ import annotations

import io
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
