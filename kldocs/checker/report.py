"""Render a :class:`~kldocs.checker.checked.Report` for a terminal and as JSON.

The Markdown report page is rendered by :mod:`kldocs.render.check_report`.

Rendering only formats; every number and sentence was decided when the
claims were judged. Colour is used only when asked for (the command line
asks when standard output is a terminal and ``NO_COLOR`` is not set).

>>> from kldocs.checker.bases import BaseChoice
>>> from kldocs.checker.checked import Checked, Report
>>> claim = Checked((3, 9), "H(P) = 1.03", "entropy", "holds", "1.029653014", "rounds", "e", "nats")
>>> report = Report("a.md", (claim,), BaseChoice("e", "stated", "the document says nats"))
>>> as_json(report)
{'file': 'a.md', 'false': 0, 'claims': [{'lines': [3, 9], 'text': 'H(P) = 1.03', 'kind': 'entropy', \
'verdict': 'holds', 'value': '1.029653014', 'note': 'rounds', 'base': 'e', 'unit': 'nats'}], \
'base': {'name': 'e', 'how': 'stated', 'reason': 'the document says nats'}, 'unread': []}
>>> print(terminal(report).splitlines()[2])
1 claim: 1 holds, 0 false, 0 unchecked
"""

from __future__ import annotations

import os
from typing import Any

from kldocs.checker.checked import Checked, Report
from kldocs.checker.unread import Unread

#: Longest claim shown on one terminal line.
TERMINAL_WIDTH = 100
_COLOURS = {"holds": "\033[32m", "false": "\033[1;31m", "unchecked": "\033[33m"}
_RESET = "\033[0m"
_WORDS = {"holds": "holds", "false": "FALSE", "unchecked": "unchecked"}
_MARKS = {"holds": "✅ holds", "false": "❌ **false**", "unchecked": "⚠️ unchecked"}


def as_json(report: Report) -> dict[str, Any]:
    """The ``kldocs check --json`` object (DESIGN.md, External contracts)."""
    return {
        "file": report.file,
        "false": report.false_count,
        "claims": [_claim_json(claim) for claim in report.claims],
        "base": {"name": report.base.name, "how": report.base.how, "reason": report.base.detail},
        "unread": [_unread_json(entry) for entry in report.unread],
    }


def _unread_json(entry: Unread) -> dict[str, Any]:
    """A line not read, or (``"link": true``) a link of a chain not read."""
    found: dict[str, Any] = {"lines": [entry.line], "text": entry.text}
    if entry.link:
        found["link"] = True
    return _place(found, entry.cell)


def _claim_json(claim: Checked) -> dict[str, Any]:
    found: dict[str, Any] = {
        "lines": list(claim.lines),
        "text": claim.text,
        "kind": claim.kind,
        "verdict": claim.verdict,
        "value": claim.value,
        "note": claim.note,
        "base": claim.base,
        "unit": claim.unit,
    }
    if claim.cell is not None:
        found["output"] = claim.output
    return _place(found, claim.cell)


def _place(found: dict[str, Any], cell: int | None) -> dict[str, Any]:
    """Notebook entries say their cell (their lines count within it)."""
    if cell is not None:
        found["cell"] = cell
    return found


def summary(report: Report) -> str:
    """``12 claims: 9 hold, 2 false, 1 unchecked``."""
    total = len(report.claims)
    holds = report.count("holds")
    return (
        f"{total} claim{'s' if total != 1 else ''}: {holds} hold{'s' if holds == 1 else ''}, "
        f"{report.false_count} false, {report.count('unchecked')} unchecked"
    )


def unread_summary(report: Report) -> str:
    """``3 lines with numbers near KL/entropy words were not read: lines 4, 9, 12``, and on a line of its own the
    links of chains not read (``1 link of a chain was not read: line 7 (-\\sum p \\log p = ...)``)."""
    lines = [entry for entry in report.unread if not entry.link]
    links = [entry for entry in report.unread if entry.link]
    said = []
    if lines:
        count = len(lines)
        if any(entry.cell is not None for entry in lines):
            places = ", ".join(f"cell {entry.cell} line {entry.line}" for entry in lines[:20])
        else:
            places = _lines(tuple(entry.line for entry in lines[:20]))
        more = ", ..." if count > 20 else ""
        verb = "was" if count == 1 else "were"
        what = f"line{'s' if count != 1 else ''} with numbers near KL/entropy words"
        said.append(f"{count} {what} {verb} not read: {places}{more}")
    if links:
        count = len(links)
        shown = "; ".join(f"{_where(entry)} ({entry.text})" for entry in links[:10])
        more = "; ..." if count > 10 else ""
        said.append(
            f"{count} link{'s' if count != 1 else ''} of chains {'was' if count == 1 else 'were'} not read: "
            f"{shown}{more}"
        )
    return "\n".join(said)


def _where(entry: Unread) -> str:
    return f"line {entry.line}" if entry.cell is None else f"cell {entry.cell} line {entry.line}"


def terminal(report: Report, colour: bool = False) -> str:
    """A readable report: a header, then two lines per claim (verdict, kind, claim; lines and note)."""
    lines = [
        f"{report.file}",
        f"log base {report.base.name}: {report.base.detail}",
        summary(report),
    ]
    if report.unread:
        lines.append(unread_summary(report))
    for claim in report.claims:
        word = _WORDS[claim.verdict]
        shown = f"{word:<9}"
        if colour:
            shown = f"{_COLOURS[claim.verdict]}{shown}{_RESET}"
        lines.append("")
        lines.append(f"{shown}  {claim.kind:<14} {_shorten(claim.text, TERMINAL_WIDTH)}")
        detail = claim.note
        if claim.value is not None and claim.verdict == "false":
            detail = f"correct value {claim.value}: {detail}"
        where = (
            _lines(claim.lines)
            if claim.cell is None
            else f"cell {claim.cell}{' output' if claim.output else ''}, {_lines(claim.lines)}"
        )
        lines.append(f"{'':<9}  {where}: {detail}")
    return "\n".join(lines)


def _lines(lines: tuple[int, ...], short: bool = False) -> str:
    if short:
        return ", ".join(str(line) for line in lines)
    return f"line{'s' if len(lines) > 1 else ''} {', '.join(str(line) for line in lines)}"


def _shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def uses_colour(stream: Any) -> bool:
    """Colour only for a terminal, and never when ``NO_COLOR`` is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
