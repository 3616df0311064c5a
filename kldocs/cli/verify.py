"""``kldocs verify``: run every derivation's step checks and print one table.

SymPy is imported only when the command runs, so registering the command
costs nothing on the other commands' start-up.

>>> from kldocs.cli import main
>>> main(["verify", "--only", "kl_cross_entropy"])  # doctest: +ELLIPSIS
derivation        step  ...
1 derivation, 4 steps: all hold
0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kldocs.catalog import message, plain_text
from kldocs.cli.options import add_quiet_option
from kldocs.cli.progress import Progress, counted, progress_display
from kldocs.errors import InputError
from kldocs.models.blocks import fill

if TYPE_CHECKING:
    from kldocs.derivations.steps import Derivation, Verification

#: Longest plain-text form of a step shown in the table.
STEP_WIDTH = 64
#: A derivation and its verification.
Result = tuple["Derivation", "Verification"]


def register(commands: Any) -> None:
    """Add the ``verify`` subcommand."""
    parser = commands.add_parser("verify", help="check every step of every derivation (SymPy and the exact core)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="check only these derivations (repeat the option or give a comma list)",
    )
    add_quiet_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Verify the chosen derivations, print the report; 0 when every step holds, else 1."""
    from kldocs.derivations import registry

    names = selected(args.only, registry.names())
    derivations = [registry.get(name) for name in names]
    with progress_display(sys.stderr, args.quiet) as progress:  # one step a derivation; SymPy's integrals take seconds
        results = checked(derivations, progress)
    return report(results, as_json=args.json)


def selected(only: Sequence[str] | None, known: Sequence[str]) -> tuple[str, ...]:
    """The names ``--only`` asks for (all when not given), in the registry's order.

    >>> selected(["b,a"], ["a", "b", "c"])
    ('a', 'b')
    >>> selected(["x"], ["a", "b"])
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: --only: no derivation named 'x'; the known ones are a, b
    """
    if not only:
        return tuple(known)
    wanted = [name.strip() for item in only for name in item.split(",") if name.strip()]
    if not wanted:
        raise InputError("--only", f"give at least one name; the known ones are {', '.join(known)}")
    for name in wanted:
        if name not in known:
            raise InputError("--only", f"no derivation named {name!r}; the known ones are {', '.join(known)}")
    return tuple(name for name in known if name in wanted)


def checked(derivations: Sequence[Derivation], progress: Progress | None = None) -> list[Result]:
    """Each derivation with its verification, each checked afresh and counted on ``progress``."""
    from kldocs.derivations import verified_cache
    from kldocs.derivations.verify import verify

    with verified_cache.afresh():
        return [(derivation, verify(derivation)) for derivation in counted(derivations, "derivations", progress)]


def report(results: Sequence[Result], *, as_json: bool = False) -> int:
    """Print the table (or JSON) of these verifications; return the exit code."""
    if as_json:
        print(json.dumps(json_report(results), ensure_ascii=False))
    else:
        print(table(results))
    return 0 if all(verification.holds for _, verification in results) else 1


def json_report(results: Sequence[Result]) -> dict[str, Any]:
    """The ``verify --json`` object (DESIGN.md, External contracts)."""
    return {
        "holds": all(verification.holds for _, verification in results),
        "derivations": [
            {
                "name": derivation.name,
                "title": message(derivation.title, "en"),
                "holds": verification.holds,
                "steps": [
                    {
                        "latex": step.latex,
                        "justification": plain_text(fill(message(step.justification, "en"), **dict(step.fields))),
                        "holds": check.holds,
                        "detail": check.detail,
                    }
                    for step, check in zip(derivation.steps, verification.checks, strict=True)
                ],
            }
            for derivation, verification in results
        ],
    }


def table(results: Sequence[Result]) -> str:
    """One row per step: derivation, step number, relation and step, justification, ✓ or ✗."""
    rows = [("derivation", "step", "", "justification", "")]
    details: dict[int, str] = {}
    for derivation, verification in results:
        for number, (step, check) in enumerate(zip(derivation.steps, verification.checks, strict=True), start=1):
            shown = step.text if step.is_statement else f"{step.relation_text} {step.text}"
            if len(shown) > STEP_WIDTH:
                shown = shown[: STEP_WIDTH - 1] + "…"
            rows.append(
                (
                    derivation.name,
                    str(number),
                    shown,
                    plain_text(fill(message(step.justification, "en"), **dict(step.fields))),
                    "✓" if check.holds else "✗",
                )
            )
            if not check.holds:
                details[len(rows) - 1] = check.detail
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = []
    for index, row in enumerate(rows):
        cells = [row[0].ljust(widths[0]), row[1].rjust(widths[1]), row[2].ljust(widths[2]), row[4], row[3]]
        lines.append("  ".join(cells).rstrip())
        if index in details:
            lines.append(" " * (widths[0] + widths[1] + 4) + "FAILED: " + details[index])
    lines.append(summary(results))
    return "\n".join(lines)


def summary(results: Sequence[Result]) -> str:
    """``14 derivations, 96 steps: all hold`` or ``..., 1 step FAILED``."""
    count = len(results)
    steps = sum(len(verification.checks) for _, verification in results)
    failed = sum(len(verification.failures) for _, verification in results)
    head = f"{count} derivation{'s' if count != 1 else ''}, {steps} step{'s' if steps != 1 else ''}"
    if not failed:
        return f"{head}: all hold"
    return f"{head}: {failed} step{'s' if failed != 1 else ''} FAILED"
