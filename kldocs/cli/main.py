"""The command-line entry point: parse, dispatch, turn errors into one line.

Exit codes: 0 success; 1 a check found something false; 2 bad input or
usage, with one line on stderr that starts ``kldocs: error:``; 130 after
Ctrl-C and 143 after SIGTERM, with one short line (LuaLaTeX runs are
killed and their folders removed first). Warnings, kldocs' own and
matplotlib's, are one ``kldocs: warning:`` line each, each said once.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from typing import NoReturn

from kldocs import __version__
from kldocs.cli import check, compute, example, exercises, handout, verify
from kldocs.cli.process import (
    Terminated,
    ignore_stops_while_exiting,
    one_line,
    one_line_warnings,
    private_caches,
    stopped_by_signals,
)
from kldocs.errors import InputError

#: Exit code for bad input or usage.
EXIT_USAGE = 2
#: Exit codes after Ctrl-C and after SIGTERM (128 + the signal's number, as shells report them).
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM


class UsageError(Exception):
    """A command-line usage problem, reported as one line with exit code 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors become one line instead of usage dumps."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message.removeprefix("argument "))  # "--title: ...", as InputError says it


def build_parser() -> Parser:
    """The parser for every subcommand."""
    parser = Parser(
        prog="kldocs",
        description="Exact KL divergence, cross-entropy, entropy and Jensen-Shannon divergence for teaching.",
    )
    parser.add_argument("--version", action="version", version=f"kldocs {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True
    compute.register(commands)
    verify.register(commands)
    example.register(commands)
    handout.register(commands)
    exercises.register(commands)
    check.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    with stopped_by_signals(), one_line_warnings(), private_caches():
        return _run(argv)


def run() -> None:
    """The ``kldocs`` program: :func:`main`, then exit with its code (after a stop, ignoring later signals)."""
    code = main()
    if code in (EXIT_INTERRUPTED, EXIT_TERMINATED):
        ignore_stops_while_exiting()
    sys.exit(code)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else argv):  # nothing asked: say what can be
        parser.print_help()
        return 0
    try:
        args = parser.parse_args(argv)
        return int(args.run(args))
    except (InputError, UsageError) as error:
        return _fail(str(error))
    except BrokenPipeError:
        return 0
    except OSError as error:  # the machine's, not the input's: a full disk, a folder gone
        return _fail(f"{error.filename or 'system'}: {error.strerror or error}")
    except KeyboardInterrupt:
        print("kldocs: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("kldocs: terminated", file=sys.stderr)
        return EXIT_TERMINATED


def _fail(message: str) -> int:
    print(f"kldocs: error: {one_line(message)}", file=sys.stderr)
    return EXIT_USAGE
