"""The kldocs process: Ctrl-C and SIGTERM as one line, warnings as one line each, private caches, all restored."""

from __future__ import annotations

import logging
import os
import signal
import warnings
from pathlib import Path

import pytest

from kldocs.cli import main
from kldocs.cli import process as process_module
from kldocs.cli.process import Terminated, one_line_warnings, private_caches, stopped_by_signals
from tests.helpers import run_kldocs

PAIR = ["--p", "0.5 0.5", "--q", "0.25 0.75"]


def stop_with(exception: BaseException, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``kldocs compute`` raise ``exception`` as a signal handler would."""
    from kldocs.cli import compute

    def run(args: object) -> int:
        raise exception

    monkeypatch.setattr(compute, "run", run)


@pytest.mark.parametrize(
    ("exception", "code", "line"),
    [(KeyboardInterrupt(), 130, "kldocs: interrupted\n"), (Terminated(), 143, "kldocs: terminated\n")],
)
def test_an_interrupt_is_one_short_line_and_its_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], exception: BaseException, code: int, line: str
) -> None:
    stop_with(exception, monkeypatch)
    assert main(["compute", *PAIR]) == code
    assert capsys.readouterr() == ("", line)


def test_running_out_of_memory_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stop_with(MemoryError(), monkeypatch)
    assert main(["compute", *PAIR]) == 2
    out, error = capsys.readouterr()
    assert (out, error.startswith("kldocs: error: out of memory"), error.count("\n")) == ("", True, 1)


def test_sigterm_in_the_main_thread_raises_terminated_and_the_handlers_come_back() -> None:
    before = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    with pytest.raises(Terminated), stopped_by_signals():
        os.kill(os.getpid(), signal.SIGTERM)
        signal.sigtimedwait([], 0)  # let the handler run here
    with pytest.raises(KeyboardInterrupt), stopped_by_signals():
        os.kill(os.getpid(), signal.SIGINT)
        signal.sigtimedwait([], 0)
    assert {number: signal.getsignal(number) for number in before} == before


def test_ctrl_c_is_one_line_from_a_real_process(tmp_path: Path) -> None:
    # The interrupt arrives while the command runs: patch nothing, send it from a timer in the process.
    # It is sent once the command's handlers are in place (a fixed delay raced the imports on a busy machine).
    code = (
        "import os, signal, threading, sys, time\n"
        "from kldocs.cli import main\n"
        "def later():\n"
        "    while signal.getsignal(signal.SIGINT) is signal.default_int_handler:\n"
        "        time.sleep(0.01)\n"
        "    time.sleep(0.3)\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "threading.Thread(target=later, daemon=True).start()\n"
        "sys.exit(main(['verify']))\n"
    )
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120)
    assert (result.returncode, result.stdout, result.stderr) == (130, "", "kldocs: interrupted\n")


def test_each_warning_is_one_line_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    shown_before = warnings.showwarning
    with one_line_warnings():
        warnings.warn("no Korean font\n   found", stacklevel=1)
        warnings.warn("no Korean font found", stacklevel=1)
        logging.getLogger("matplotlib.font_manager").warning("findfont: Font family %r not found.", "Nanum")
        logging.getLogger("matplotlib").info("not shown")
        # Said after 5 s of building a private font cache (a slow machine, HOME not writable): progress, not a problem.
        logging.getLogger("matplotlib.font_manager").warning(
            "Matplotlib is building the font cache; this may take a moment."
        )
    assert capsys.readouterr().err == (
        "kldocs: warning: no Korean font found\nkldocs: warning: findfont: Font family 'Nanum' not found.\n"
    )
    assert warnings.showwarning is shown_before
    assert logging.getLogger("matplotlib").propagate and not logging.getLogger("matplotlib").handlers


def test_main_leaves_warnings_showwarning_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    shown_before = warnings.showwarning
    main(["compute", *PAIR])
    assert warnings.showwarning is shown_before


def test_private_caches_when_home_cannot_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.write_bytes(b"a file, so nothing can be made under it")
    monkeypatch.setenv("HOME", str(home))
    for name in ("MPLCONFIGDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "TEXMFCACHE"):
        monkeypatch.delenv(name, raising=False)
    with private_caches():
        folder = Path(os.environ["MPLCONFIGDIR"])
        assert folder.is_dir() and os.environ["XDG_CACHE_HOME"] == os.environ["TEXMFCACHE"] == str(folder)
    assert not folder.exists()
    assert "MPLCONFIGDIR" not in os.environ and "TEXMFCACHE" not in os.environ


def test_no_private_caches_when_home_is_writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    with private_caches():
        assert "MPLCONFIGDIR" not in os.environ
    assert all(process_module._writable(folder) for folder in process_module.cache_folders())


def test_a_home_that_cannot_be_written_adds_nothing_to_stderr(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o555)
    try:
        result = run_kldocs(
            "example",
            *PAIR,
            "--format",
            "md,html",
            "--out",
            str(tmp_path / "out"),
            unprivileged=True,
            env={"HOME": str(home), "MPLCONFIGDIR": None, "XDG_CACHE_HOME": None, "XDG_CONFIG_HOME": None},
        )
    finally:
        home.chmod(0o755)
    assert (result.returncode, result.stderr) == (0, "")
    assert list(home.iterdir()) == []


def caught_signals(pid: int) -> int:
    """The mask of signals a process has a handler for (``SigCgt`` in ``/proc/PID/status``), 0 once it has gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1], 16) for line in status.splitlines() if line.startswith("SigCgt:")), 0)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc to see when a handler is in place")
@pytest.mark.parametrize(
    ("entry", "stop", "delay"),
    [
        ("module", signal.SIGINT, 0),
        ("module", signal.SIGINT, 0.01),
        ("module", signal.SIGINT, 0.05),
        ("module", signal.SIGTERM, 0.02),
        ("module", signal.SIGHUP, 0.02),
        ("script", signal.SIGINT, 0),
        ("script", signal.SIGINT, 0.03),
    ],
)
def test_a_stop_while_kldocs_is_still_importing_is_one_line(entry: str, stop: signal.Signals, delay: float) -> None:
    # Python's own start-up (before any of kldocs runs) keeps its default; from kldocs' first statement on,
    # which installs a handler for SIGHUP (Python itself never does), every stop is one line. The imports of
    # the commands (NumPy, SymPy, the exact core) take far longer than these delays.
    import subprocess
    import sys
    import time

    script = Path(sys.executable).with_name("kldocs")
    if entry == "script" and not script.exists():
        pytest.skip("the kldocs script is not installed beside this Python")
    command = [str(script)] if entry == "script" else [sys.executable, "-m", "kldocs"]
    process = subprocess.Popen([*command, "compute", *PAIR], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not caught_signals(process.pid) & 1 << (signal.SIGHUP - 1) and time.monotonic() < deadline:
        time.sleep(0.0005)
    time.sleep(delay)
    process.send_signal(stop)
    out, error = process.communicate(timeout=120)
    words = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated", signal.SIGHUP: "hung up"}
    assert (process.returncode, out, error) == (128 + stop, "", f"kldocs: {words[stop]}\n")


def test_sigterm_while_a_users_template_runs_on_ends_kldocs_at_once(tmp_path: Path) -> None:
    # The page renders in a worker thread; the stop used to wait for it (minutes for a template that never ends).
    import subprocess
    import sys
    import time

    folder = tmp_path / "templates" / "md"
    folder.mkdir(parents=True)
    # Under every bound (steps, products), and slow: each of its steps makes a string of a megabyte.
    (folder / "page.md.j2").write_text(
        "{% for i in range(99999) %}{% for j in range(9) %}{% set s = 'ab' * 500000 %}{% endfor %}{% endfor %}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    command = [sys.executable, "-m", "kldocs", "example", *PAIR, "--format", "md", "--quiet"]
    command += ["--templates", str(tmp_path / "templates"), "--out", str(out)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ticks = os.sysconf("SC_CLK_TCK")
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:  # until it has used 6 s of CPU: the whole page takes about 3
        fields = Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()
        if (int(fields[11]) + int(fields[12])) / ticks > 6:
            break
        time.sleep(0.2)
    sent = time.monotonic()
    child.send_signal(signal.SIGTERM)
    try:
        _, stderr = child.communicate(timeout=60)
    finally:
        child.kill()  # when it did not stop (and a no-op when it did)
    assert time.monotonic() - sent < 15  # the page gets STOP_GRACE_SECONDS (5) to unwind; it used to be waited for
    assert (child.returncode, stderr) == (143, "kldocs: terminated\n")
    assert not out.exists()


def test_the_placeholder_text_generator_is_not_offered_to_templates(tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "md"
    folder.mkdir(parents=True)
    (folder / "page.md.j2").write_text("{{ lipsum(1000000) }}\n", encoding="utf-8")
    args = [
        "example",
        *PAIR,
        "--format",
        "md",
        "--templates",
        str(tmp_path / "templates"),
        "--out",
        str(tmp_path / "o"),
    ]
    result = run_kldocs(*args, timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith("kldocs: error: --templates:") and "'lipsum' is undefined" in result.stderr
