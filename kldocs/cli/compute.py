"""``kldocs compute``: every measure of P and Q, as a table or as JSON.

>>> from kldocs.cli import main
>>> main(["compute", "--p", "0.2 0.5 0.3", "--q", "0.3 0.4 0.3", "--json", "--digits", "4"])  # doctest: +ELLIPSIS
{"base": "e", "p": ["1/5", "1/2", "3/10"], ...
0
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kldocs.cli import family
from kldocs.cli.family import add_family_options, read_families
from kldocs.cli.notation import one_notation
from kldocs.cli.options import (
    add_digits_option,
    add_distribution_options,
    add_quiet_option,
    read_base,
    read_digits,
    read_pair,
)
from kldocs.cli.progress import Progress, counted, progress_display
from kldocs.exact import Base
from kldocs.families import Family
from kldocs.inputs import Distribution
from kldocs.measures.quantity import Quantity, Term
from kldocs.measures.registry import SUMMARY
from kldocs.measures.summary import all_measures
from kldocs.measures.support import first_infinite_term

#: The table lists this many values of P and Q, and exact forms of at most this many terms.
SHOWN = 12
MAX_TABLE_TERMS = 12

#: What each line of the table is (from the one list of measures).
_NAMES = {entry.key: entry.description for entry in SUMMARY}


def register(commands: Any) -> None:
    """Add the ``compute`` subcommand."""
    parser = commands.add_parser("compute", help="print every measure of P and Q, exactly")
    add_distribution_options(parser)
    add_family_options(parser)
    output = parser.add_argument_group("output")
    output.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    add_digits_option(output, 10)
    add_quiet_option(output)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print; return the exit code."""
    digits = read_digits(args)
    families = read_families(args)
    if families is not None:
        return _print_families(*families, read_base(args), digits, args.json)
    P, Q = read_pair(args)
    base = read_base(args)
    measures = all_measures(P, Q, base)
    # The measures are computed as they are written out: at 10^5 categories their exact forms take seconds.
    with progress_display(sys.stderr, args.quiet) as progress:
        if args.json:
            shown = json.dumps(as_json(P, Q, measures, digits, progress), ensure_ascii=False)
        else:
            shown = as_table(P, Q, measures, digits, progress)
    print(shown)
    return 0


def _print_families(P: Family, Q: Family, base: Base, digits: int, as_json: bool) -> int:
    measures = all_measures(P, Q, base)
    if as_json:
        print(json.dumps(family.as_json(P, Q, measures, digits), ensure_ascii=False))
    else:
        print(family.as_table(P, Q, measures, digits))
    return 0


def as_json(
    P: Distribution, Q: Distribution, measures: dict[str, Quantity], digits: int, progress: Progress | None = None
) -> dict[str, Any]:
    """The ``compute --json`` object (see DESIGN.md, External contracts), each measure counted on ``progress``.

    The keys of the contract come first; ``unit``, ``digits``, ``js_distance`` and each
    measure's ``unit`` and ``infinite`` (why a value is infinite) were added after it.
    """
    base = next(iter(measures.values())).base
    return {
        "base": base.name,
        "p": P.probability_texts(),
        "q": Q.probability_texts(),
        "labels": list(P.labels),
        "normalized": P.normalized or Q.normalized,
        "measures": {
            key: {
                "value": quantity.decimal(digits),
                "exact": quantity.text(),
                "latex": quantity.latex(),
                "finite": quantity.is_finite,
                "unit": quantity.unit,
                "infinite": _infinite_json(quantity),
            }
            for key, quantity in counted(list(measures.items()), "measures", progress)
        },
        "unit": base.unit,
        "digits": digits,
        "js_distance": measures["jsd"].sqrt_decimal(digits),
    }


def _infinite_json(quantity: Quantity) -> dict[str, str] | None:
    """Which category makes a value infinite (p > 0 where q = 0) and why, or None when it is finite."""
    found = _infinite_term(quantity)
    if found is None:
        return None
    term, reason = found
    return {"label": term.label, "p": str(term.p), "q": str(term.q), "reason": reason}


def _infinite_term(quantity: Quantity) -> tuple[Term, str] | None:
    """The first infinite term of ``quantity`` and its one-sentence reason, or None when it is finite."""
    term = first_infinite_term(quantity)
    if term is None:
        return None
    second = quantity.q.name if quantity.q is not None else ""
    return term, term.reason(quantity.p.name, second)


def as_table(
    P: Distribution, Q: Distribution, measures: dict[str, Quantity], digits: int, progress: Progress | None = None
) -> str:
    """A readable table: symbol, what it is, the value with its unit, the exact form (each measure counted on
    ``progress`` as its value is worked out)."""
    base = next(iter(measures.values())).base
    lines = [
        f"P = ({_listed([str(x) for x in P.head(SHOWN)], len(P))})",
        f"Q = ({_listed([str(x) for x in Q.head(SHOWN)], len(Q))})",
        f"categories: {_listed([P.label(i) for i in range(min(SHOWN, len(P)))], len(P))}",
        f"log base {base.name}: values in {base.unit}, rounded to {digits} significant digits",
    ]
    for distribution in (P, Q):
        if distribution.normalized:
            lines.append(f"{distribution.name} was given as weights and rescaled to sum to 1 (--normalize)")
    decimals = [q.decimal(digits) for q in counted(list(measures.values()), "measures", progress)]
    shown = dict(zip(measures, one_notation(decimals), strict=True))
    rows = [
        (q.symbol(latex=False), _NAMES[key], _with_unit(q, shown[key]), _exact_text(q))
        if q.is_finite
        else (q.symbol(latex=False), _NAMES[key], "infinite", "(see below)")
        for key, q in measures.items()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines.append("")
    for row in rows:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)) + "  " + row[3])
    notes = _infinite_notes(measures)
    js_distance = measures["jsd"]
    lines.append("")
    lines.append(
        f"JS distance sqrt(JSD) = {js_distance.sqrt_decimal(digits)} (a metric; scipy's jensenshannon returns this)"
    )
    lines.extend(notes)
    return "\n".join(lines)


def _with_unit(quantity: Quantity, shown: str) -> str:
    """A value and its unit: ``0.03047875404 nats``, ``1 bit``."""
    return f"{shown} {quantity.base.unit_for(shown)}"


def _listed(shown: list[str], count: int) -> str:
    """A comma list of the first values, and how many there are when not all are shown."""
    return ", ".join(shown) + (f", ... ({count} values)" if count > len(shown) else "")


def _exact_text(quantity: Quantity) -> str:
    """The exact form for the table, or where to find it when it is too long for a line."""
    assert quantity.exact is not None
    if quantity.exact.size > MAX_TABLE_TERMS:
        return f"(exact form: {quantity.exact.size} terms; --json gives it)"
    return quantity.text()


def _infinite_notes(measures: dict[str, Quantity]) -> list[str]:
    """One line per infinite measure saying which category makes it infinite."""
    notes = []
    for quantity in measures.values():
        found = _infinite_term(quantity)
        if found is not None:
            notes.append(f"{quantity.symbol(latex=False)} is infinite: {found[1]}")
    return notes
