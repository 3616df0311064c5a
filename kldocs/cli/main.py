"""The command-line entry point: parse, dispatch, turn errors into one line.

Exit codes: 0 success; 1 a check found something false; 2 bad input or
usage, with one line on stderr that starts ``kldocs: error:`` (running out
of memory included); 130 after Ctrl-C, 143 after SIGTERM and 129 after
SIGHUP (the terminal closed), with one short line (LuaLaTeX runs are
killed and their folders removed first). Warnings, kldocs' own and
matplotlib's, are one ``kldocs: warning:`` line each, each said once.

This module imports nothing heavy: :func:`run` answers a stop with one
line from its first statement on, while the commands are still being
imported (see :func:`kldocs.cli.stops.stop_at_once`).
"""

from __future__ import annotations

import os
import signal
import sys

from kldocs.cli.stops import STOPS, Terminated, ignore_stops_while_exiting, say_stopped, stop_at_once

TYPE_CHECKING = False  # ``typing`` (and ``re``) stay unimported at start-up; type checkers read it as true
if TYPE_CHECKING:
    from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    from kldocs.cli.commands import run_command
    from kldocs.cli.process import one_line_warnings, private_caches, stopped_by_signals

    try:
        with stopped_by_signals(), one_line_warnings(), private_caches():
            return run_command(argv)
    except KeyboardInterrupt:  # a stop outside the command itself: while the caches are made or removed
        return say_stopped(signal.SIGINT)
    except Terminated as stop:
        return say_stopped(stop.number)


def run() -> None:
    """The ``kldocs`` program: :func:`main`, then exit with its code.

    After a stop, later signals are ignored and the process ends at once: everything it made was removed
    on the way out, and a worker thread still busy (a page whose template runs long) must not hold it.
    """
    stop_at_once()
    code = main()
    if code - 128 in STOPS:
        ignore_stops_while_exiting()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
