"""The records that reading a document gives besides distributions and properties: statements found in
formulas, prose, code and output (:class:`Found`), sentences about parametric families made from code
(:class:`FamilyText`) and formulas that could not be read (:class:`Unreadable`)."""

from __future__ import annotations

from dataclasses import dataclass

from kldocs.checker.chains import Statement


@dataclass(frozen=True)
class Found:
    """A statement with its line and the free symbols of the formula it came from.

    ``line_unit`` is the unit written after a later value on the same line
    ("$H(P) \\approx 1.03$ and $H(Q) \\approx 1.09$ nats"), which covers this one too.
    """

    line: int
    statement: Statement
    symbols: tuple[str, ...] = ()
    offset: int = 0
    line_unit: str | None = None


@dataclass(frozen=True)
class FamilyText:
    """A sentence about a parametric family made from code (``binom.entropy(10, 0.5)  # 2.11``), judged as prose."""

    line: int
    text: str
    offset: int = 0


@dataclass(frozen=True)
class Unreadable:
    """A formula that looks like a claim but could not be read, and why; or, when ``read``, a value that was read
    but cannot be checked (a function's value that fits none of the readings of its name), and why."""

    line: int
    text: str
    reason: str
    offset: int = 0
    read: bool = False
