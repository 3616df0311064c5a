"""The subcommands: the parser, and running one command with its errors and stops as one line.

>>> build_parser().parse_args(["compute", "--p", "0.5 0.5", "--q", "0.25 0.75"]).command
'compute'
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from typing import NoReturn

from kldocs import __version__
from kldocs.cli import check, compute, example, exercises, handout, verify
from kldocs.cli.process import one_line
from kldocs.cli.stops import Terminated, say_stopped
from kldocs.errors import InputError

#: Exit code for bad input or usage.
EXIT_USAGE = 2


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


def run_command(argv: Sequence[str] | None) -> int:
    """Parse ``argv`` (default ``sys.argv[1:]``) and run its command; return the exit code."""
    try:
        parser = build_parser()
        if not (sys.argv[1:] if argv is None else argv):  # nothing asked: say what can be
            parser.print_help()
            return 0
        args = parser.parse_args(argv)
        return int(args.run(args))
    except (InputError, UsageError) as error:
        return _fail(str(error))
    except BrokenPipeError:
        return 0
    except OSError as error:  # the machine's, not the input's: a full disk, a folder gone
        return _fail(f"{error.filename or 'system'}: {error.strerror or error}")
    except MemoryError:
        return _fail("out of memory: the input asks for more than this machine has")
    except ArithmeticError as error:  # a value that cannot be settled: a series past its terms, digits undecided
        return _fail(f"value: cannot be computed: {error}")
    except KeyboardInterrupt:
        return say_stopped(signal.SIGINT)
    except Terminated as stop:
        return say_stopped(stop.number)


def _fail(message: str) -> int:
    print(f"kldocs: error: {one_line(message)}", file=sys.stderr)
    return EXIT_USAGE
