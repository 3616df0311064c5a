"""How the kldocs process behaves around a command: signals, warnings, caches.

Three context managers, each restoring what it changed when the command
ends (tests call :func:`kldocs.cli.main` many times in one process):

- :func:`stopped_by_signals`: Ctrl-C raises ``KeyboardInterrupt`` and
  SIGTERM or SIGHUP raises :class:`~kldocs.cli.stops.Terminated`, after killing the LuaLaTeX runs still
  going, so every ``finally`` on the way out runs (throwaway folders are
  removed) and the command ends with one short line.
- :func:`one_line_warnings`: every warning, Python's or matplotlib's
  logger's, is one ``kldocs: warning:`` line on stderr, each said once.
- :func:`private_caches`: when matplotlib's and fontconfig's cache folders
  cannot be written (a read-only HOME), they and LuaLaTeX's font loader
  use a private temporary folder instead of printing their complaints (or
  failing), and it is removed after.

>>> one_line("LuaLaTeX failed:\\n  ! Undefined control sequence.")
'LuaLaTeX failed: ! Undefined control sequence.'
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import stat
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from kldocs.cli.stops import STOPS, Terminated, note_stop

#: The loggers whose warnings are folded into one line each.
LOGGERS = ("matplotlib",)
#: Logged as warnings, but notices of progress rather than problems: matplotlib says it is building
#: its font cache when that takes over 5 s, which a private cache (HOME not writable) does every run.
NOTICES = ("building the font cache",)
#: Where matplotlib, fontconfig and LuaLaTeX's font loader keep their caches.
CACHE_VARIABLES = ("MPLCONFIGDIR", "XDG_CACHE_HOME", "TEXMFCACHE")


def one_line(message: str) -> str:
    """The message with every run of white space, line breaks included, as one space."""
    return " ".join(message.split())


@contextmanager
def stopped_by_signals() -> Iterator[None]:
    """Turn SIGINT, SIGTERM and SIGHUP into exceptions in this process (in the main thread; elsewhere do nothing).

    Worker processes forked meanwhile inherit the handlers: there SIGINT is
    ignored (the parent stops the pool) and SIGTERM or SIGHUP ends the worker quietly.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()
    handlers = {number: _handler(owner) for number in STOPS}
    previous = {number: signal.getsignal(number) for number in handlers}
    for number, handler in handlers.items():
        signal.signal(number, handler)
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old if old is not None else signal.SIG_DFL)
        pdf = sys.modules.get("kldocs.render.pdf")
        if pdf is not None:
            pdf.resume()


def _handler(owner: int) -> Callable[[int, FrameType | None], None]:
    def handle(number: int, frame: FrameType | None) -> None:
        if os.getpid() != owner:
            _as_a_worker(number)
            return
        # The first signal decides; later ones are ignored while kldocs unwinds, so that a double Ctrl-C
        # cannot interrupt the clean-up (or re-enter this handler while a process is being reaped).
        # (A Python handler, not SIG_IGN: a signal already pending would then raise "ignored due to race condition".)
        for other in STOPS:
            signal.signal(other, _ignore)
        note_stop(number)
        pdf = sys.modules.get("kldocs.render.pdf")
        if pdf is not None:
            pdf.stop_all()
        raise KeyboardInterrupt if number == signal.SIGINT else Terminated(number)

    return handle


def _ignore(number: int, frame: FrameType | None) -> None:
    """A signal that arrives while kldocs is already stopping."""


def _as_a_worker(number: int) -> None:
    """In a forked worker: ignore Ctrl-C (the parent stops the pool), die quietly on SIGTERM or SIGHUP."""
    if number != signal.SIGINT:
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)


@contextmanager
def one_line_warnings() -> Iterator[None]:
    """Show each distinct warning once, as ``kldocs: warning: ...`` on one line."""
    said: set[str] = set()

    def say(message: object) -> None:
        text = one_line(str(message))
        if text not in said:
            said.add(text)
            print(f"kldocs: warning: {text}", file=sys.stderr)

    def show(message: Warning | str, *args: Any, **kwargs: Any) -> None:
        say(message)

    handler = _SayHandler(say)
    loggers = [logging.getLogger(name) for name in LOGGERS]
    propagates = [logger.propagate for logger in loggers]
    with warnings.catch_warnings():
        warnings.showwarning = show
        for logger in loggers:
            logger.addHandler(handler)
            logger.propagate = False
        try:
            yield
        finally:
            for logger, propagate in zip(loggers, propagates, strict=True):
                logger.removeHandler(handler)
                logger.propagate = propagate


class _SayHandler(logging.Handler):
    """A logging handler that passes each warning's message to ``say``."""

    def __init__(self, say: Callable[[object], None]) -> None:
        super().__init__(logging.WARNING)
        self.say = say

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not any(notice in message for notice in NOTICES):
            self.say(message)


@contextmanager
def private_caches() -> Iterator[None]:
    """Point matplotlib, fontconfig and luaotfload at a private temporary cache when HOME's cannot be written."""
    if os.environ.get("MPLCONFIGDIR") or all(_writable(folder) for folder in cache_folders()):
        yield
        return
    folder = tempfile.mkdtemp(prefix="kldocs-cache-")
    saved = {name: os.environ.get(name) for name in CACHE_VARIABLES}
    os.environ.update(dict.fromkeys(saved, folder))
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(folder, ignore_errors=True)


def cache_folders() -> list[Path]:
    """Where matplotlib keeps its configuration and font list, and fontconfig its cache."""
    home = Path(os.path.expanduser("~"))
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache")
    return [config / "matplotlib", cache / "matplotlib", cache / "fontconfig"]


def _writable(path: Path) -> bool:
    """True when ``path`` is a writable folder, or could be made in its nearest existing parent."""
    for folder in (path, *path.parents):
        try:
            mode = folder.stat().st_mode
        except FileNotFoundError:
            continue
        except OSError:  # a HOME that may not even be looked into
            return False
        return stat.S_ISDIR(mode) and os.access(folder, os.W_OK | os.X_OK)
    return False
