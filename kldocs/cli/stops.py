"""The signals that stop kldocs, the one line each prints and its exit code (128 + the signal's number).

Ctrl-C (SIGINT) says ``kldocs: interrupted`` and exits 130, SIGTERM
``kldocs: terminated`` (143), SIGHUP, the terminal closing,
``kldocs: hung up`` (129). This module imports only ``os``, ``signal``
and ``sys``, so that the program can install :func:`stop_at_once` before
anything heavy is imported.

>>> stopped(signal.SIGHUP), exit_code(signal.SIGHUP)
('hung up', 129)
"""

from __future__ import annotations

import os
import signal
import sys

TYPE_CHECKING = False  # ``typing`` (and ``re``) stay unimported at start-up; type checkers read it as true
if TYPE_CHECKING:
    from types import FrameType

#: The signals that stop kldocs, with the word its one line says.
STOPS = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated", signal.SIGHUP: "hung up"}
#: The signals whose stop has begun in this process, first first.
_STOPPING: list[int] = []


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived (``number`` says which): unwind (folders are removed on the way) and exit."""

    def __init__(self, number: int = signal.SIGTERM) -> None:
        super().__init__(number)
        self.number = number


def stopped(number: int) -> str:
    """The word said when the signal ``number`` stops kldocs."""
    return STOPS[signal.Signals(number)]


def exit_code(number: int) -> int:
    """The exit code after the signal ``number``, as shells report it."""
    return 128 + number


def say_stopped(number: int) -> int:
    """Print the one line for the stop by signal ``number``; return its exit code."""
    print(f"kldocs: {stopped(number)}", file=sys.stderr)
    return exit_code(number)


def note_stop(number: int) -> None:
    """Remember that a stop began, so that a later signal, whichever handler takes it, says nothing more."""
    _STOPPING.append(number)


def stop_at_once() -> None:
    """Until a command installs its own handlers: a stop prints its line and exits at once.

    Nothing has started yet (no process, no folder) and the interpreter may be deep in an import,
    so the handler writes with ``os.write`` and leaves with ``os._exit``, skipping every clean-up.
    """
    for number in STOPS:
        signal.signal(number, _exit_now)


def ignore_stops_while_exiting() -> None:
    """After a stop, on the way out with its code: later signals (a second Ctrl-C, a SIGTERM on its heels)
    must not kill the process as it exits. Python puts the default handlers back as it shuts down, and threads
    of native libraries (NumPy's BLAS) can take a signal too, so the operating system ignores them from here.
    """
    signal.pthread_sigmask(signal.SIG_BLOCK, set(STOPS))
    for number in STOPS:
        signal.signal(number, signal.SIG_IGN)


def _exit_now(number: int, frame: FrameType | None) -> None:
    for other in STOPS:
        signal.signal(other, signal.SIG_IGN)
    if _STOPPING:  # a stop is already being said: leave with its code, silently
        os._exit(exit_code(_STOPPING[0]))
    os.write(sys.stderr.fileno(), f"kldocs: {stopped(number)}\n".encode())
    os._exit(exit_code(number))
