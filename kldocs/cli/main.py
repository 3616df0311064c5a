"""The command-line entry point: parse, dispatch, turn errors into one line.

Exit codes: 0 success; 1 a check found something false; 2 bad input or
usage, with one line on stderr that starts ``kldocs: error:``.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from typing import NoReturn

from kldocs import __version__
from kldocs.cli import check, compute, example, exercises, handout, verify
from kldocs.errors import InputError

#: Exit code for bad input or usage.
EXIT_USAGE = 2


class UsageError(Exception):
    """A command-line usage problem, reported as one line with exit code 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors become one line instead of usage dumps."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


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
    warnings.showwarning = _show_warning
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return int(args.run(args))
    except (InputError, UsageError) as error:
        print(f"kldocs: error: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0


def _show_warning(message: Warning | str, *args: object, **kwargs: object) -> None:
    """Warnings (a missing Korean font, say) as one line in the command line's style."""
    print(f"kldocs: warning: {_one_line(str(message))}", file=sys.stderr)


def _one_line(message: str) -> str:
    return " ".join(message.split())
