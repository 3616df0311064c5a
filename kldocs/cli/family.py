"""``--family``: P and Q as parametric families on the command line, and their measures as text or JSON.

``kldocs compute --family normal --p "mu=0, sigma=1" --q "mu=1, sigma=2"``
reads both distributions as normal ones (``--q-family`` gives Q another
family: ``--family binomial --p "n=5, p=1/2" --q-family poisson --q
"lambda=2"``). A parameter given as a name (``--p "theta"``) makes every
measure a function of it: the table then gives the function, its
derivative and its minimum.

``compute --json`` keeps its keys and their meanings (``unit``, ``digits``,
``js_distance``; each measure's ``value``, ``exact``, ``latex``, ``finite``,
``unit``, ``infinite``): ``p`` and ``q`` hold the parameters
(``{"mu": "0", "sigma": "1"}``) instead of probabilities, ``family``
names both families, ``labels`` lists a finite family's outcomes (empty
otherwise), and each measure also says how it was found (``method``);
``exact`` is null for a value with no exact form (a certified integral),
``value`` (and ``js_distance``) null for a function of a variable or a value
not computed (``note`` says why), and ``infinite`` is null or ``{"reason"}``:
why the supports make the value infinite.

>>> from kldocs.cli import main
>>> main(["compute", "--family", "normal", "--p", "0, 1", "--q", "1, 1", "--json"])  # doctest: +ELLIPSIS
{"base": "e", "family": {"p": "normal", "q": "normal"}, "p": {"mu": "0", "sigma": "1"}, ...
0
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from kldocs.cli.notation import one_notation
from kldocs.errors import InputError
from kldocs.families import FAMILIES, Family, FamilyQuantity, parse_family
from kldocs.families.curve import Curve
from kldocs.families.finite import Finite
from kldocs.measures.registry import SUMMARY

#: What each line of the table is.
_NAMES = {entry.key: entry.description for entry in SUMMARY}
#: Options that only make sense for lists of probabilities.
_FINITE_ONLY = ("p_file", "q_file", "labels", "normalize")


def add_family_options(parser: argparse.ArgumentParser) -> None:
    """``--family NAME`` and ``--q-family NAME``."""
    group = parser.add_argument_group("parametric families")
    group.add_argument(
        "--family",
        metavar="NAME",
        help=f"read --p and --q as parameters of a family: {', '.join(FAMILIES)} "
        '(e.g. --family normal --p "mu=0, sigma=1"; a name such as theta makes a function of it)',
    )
    group.add_argument("--q-family", metavar="NAME", help="Q's family when it differs from P's (default: --family)")


def read_families(args: argparse.Namespace) -> tuple[Family, Family] | None:
    """P and Q as families when ``--family`` is given, else None.

    Raises
    ------
    InputError
        For an option that does not apply to families, a missing ``--p``/``--q``, or bad parameters.
    """
    family = getattr(args, "family", None)
    if family is None:
        if getattr(args, "q_family", None) is not None:
            raise InputError("--q-family", "needs --family for P")
        return None
    for option in _FINITE_ONLY:
        if getattr(args, option, None):
            raise InputError(f"--{option.replace('_', '-')}", "does not apply with --family (give --p and --q)")
    if args.p is None or args.q is None:
        raise InputError("--p" if args.p is None else "--q", "is required with --family (the parameters)")
    P = parse_family(family, args.p, "P")
    Q = parse_family(args.q_family or family, args.q, "Q")
    return P, Q


def as_json(P: Family, Q: Family, measures: dict[str, FamilyQuantity], digits: int) -> dict[str, Any]:
    """The ``compute --json`` object for two families (the same keys as for finite P and Q)."""
    base = next(iter(measures.values())).base
    outcomes = sorted(set(P.outcomes()) | set(Q.outcomes())) if isinstance(P, Finite) and isinstance(Q, Finite) else []
    return {
        "base": base.name,
        "family": {"p": P.key, "q": Q.key},
        "p": parameters_json(P),
        "q": parameters_json(Q),
        "labels": [str(k) for k in outcomes],
        "normalized": False,
        "measures": {key: _measure_json(quantity, digits) for key, quantity in measures.items()},
        "unit": base.unit,
        "digits": digits,
        "js_distance": measures["jsd"].sqrt_decimal(digits) if measures["jsd"].available else None,
    }


def parameters_json(family: Family) -> dict[str, Any]:
    """A family's parameters for JSON: numbers as exact text (``"1/2"``), lists as lists."""

    def shown(value: Any) -> Any:
        return (
            [shown(item) for item in value]
            if isinstance(value, tuple)
            else (value.text() if hasattr(value, "text") else str(value))
        )

    return {name: shown(value) for name, value in family.values()}


def _measure_json(quantity: FamilyQuantity, digits: int) -> dict[str, Any]:
    """One measure: the keys a finite pair's measure has, then how it was found and, for a function, its curve."""
    curve = quantity.curve
    value: str | None = None
    if curve is not None:
        exact, latex, finite = curve.text(), curve.latex(), True
    elif not quantity.available:
        exact, latex, finite = None, "", True
    else:
        value, exact, latex, finite = (
            quantity.decimal(digits),
            quantity.text() or None,
            quantity.latex(),
            quantity.is_finite,
        )
    found: dict[str, Any] = {
        "value": value,
        "exact": exact,
        "latex": latex,
        "finite": finite,
        "unit": quantity.unit,
        "infinite": None if finite else {"reason": quantity.reason},
        "method": quantity.method,
        "how": quantity.description,
    }
    if curve is not None:
        minimum = curve.minimum
        found.update(
            {
                "variable": curve.variable,
                "range": curve.range_text(),
                "derivative": str(curve.derivative),
                "minimum": None if minimum is None else {"at": str(minimum[0]), "value": str(minimum[1])},
            }
        )
    else:
        if quantity.reason:
            found["note"] = quantity.reason
    return found


def as_table(P: Family, Q: Family, measures: dict[str, FamilyQuantity], digits: int) -> str:
    """A readable table: symbol, what it is, the value with its unit, the exact form or how it was found."""
    base = next(iter(measures.values())).base
    lines = [str(P), str(Q)]
    variable = P.variable or Q.variable
    if variable is not None:
        from kldocs.families.curves import variable_range

        shown = Curve(variable, None, variable_range([P, Q], variable)).range_text()
        lines.append(f"as functions of {variable}, for {shown} (where every parameter is in its range)")
    else:
        lines.append(f"log base {base.name}: values in {base.unit}, rounded to {digits} significant digits")
    values = [q.decimal(digits) for q in measures.values() if q.curve is None and q.available and q.is_finite]
    decimals = iter(one_notation(values))
    rows = [_row(key, quantity, decimals) for key, quantity in measures.items()]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines.append("")
    for row in rows:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)) + "  " + row[3])
    lines.append("")
    lines.extend(_notes(P, Q, measures, digits))
    return "\n".join(lines).rstrip()


def _row(key: str, quantity: FamilyQuantity, decimals: Iterator[str]) -> tuple[str, str, str, str]:
    """One row; a finite value takes the next of ``decimals`` (the value column, in one notation)."""
    description = _NAMES[key]
    if quantity.measure == "entropy" and not quantity.p.discrete:
        description = description.replace("entropy", "differential entropy")
    symbol = quantity.symbol(latex=False)
    if quantity.curve is not None:
        return symbol, description, f"function of {quantity.curve.variable}", quantity.curve.text()
    if not quantity.available:
        return symbol, description, "not computed", "(see below)"
    if not quantity.is_finite:
        return symbol, description, "infinite", "(see below)"
    value = f"{next(decimals)} {quantity.unit}"
    exact = quantity.text()
    return symbol, description, value, exact if exact else f"({quantity.description})"


def _notes(P: Family, Q: Family, measures: dict[str, FamilyQuantity], digits: int) -> list[str]:
    notes = []
    for quantity in measures.values():
        symbol = quantity.symbol(latex=False)
        if quantity.curve is not None:
            curve = quantity.curve
            notes.append(f"d/d{curve.variable} {symbol} = {curve.derivative}")
            minimum = curve.minimum
            if minimum is not None:
                where = f" (where {P.name} = {Q.name})" if curve.minimum_where_equal else ""
                notes.append(f"  smallest at {curve.variable} = {minimum[0]}{where}: {symbol} = {minimum[1]}")
        elif quantity.reason:
            notes.append(f"{symbol} is {'infinite' if quantity.available else 'not computed'}: {quantity.reason}")
    jsd = measures["jsd"]
    if jsd.available and jsd.curve is None:
        notes.append(
            f"JS distance sqrt(JSD) = {jsd.sqrt_decimal(digits)} (a metric; scipy's jensenshannon returns this)"
        )
    certified = sorted({q.description for q in measures.values() if q.certified is not None and not q.text()})
    for description in certified:
        notes.append(f"values marked ({description}) have no exact form; their digits are certified")
    densities = [f"h({family.name})" for family in (P, Q) if not family.discrete]
    if len(densities) == 1:
        notes.append(
            f"{densities[0]} is a differential entropy: it can be negative, and it is not the entropy "
            "of a discrete distribution (it changes with the units of x)"
        )
    elif densities:
        notes.append(
            f"{' and '.join(densities)} are differential entropies: they can be negative, and they are not the "
            "entropies of discrete distributions (they change with the units of x)"
        )
    return notes
