"""Derivations as display chains: one aligned line per checked step.

A step's check result travels with it, so a failed step can never be shown
as if it held (templates mark it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kldocs.catalog import message
from kldocs.exact import Base
from kldocs.inputs import Distribution
from kldocs.models.blocks import Inline, MathChain, MathLine, inline
from kldocs.models.linebreak import CONTINUED, break_sum, width

#: Ems a derivation line may take on a page, left side included: a little less than an A4 page's text
#: width (17 cm of 11 pt maths).
PAGE_WIDTH = 40.0
#: The same on a slide (14 cm of 11 pt maths).
SLIDE_WIDTH = 35.0

#: Most rows of maths one block of a page shows: Typst and LaTeX cannot break a formula across pages, so a taller
#: derivation is shown as several blocks, cut between its lines (:func:`pieces`).
PAGE_ROWS = 10

#: Relations at which a whole statement is split into left side, relation and right side.
_RELATIONS = (" = ", " < ", " > ", r" \ne ", r" \le ", r" \ge ")


def chain(derivation: Any, language: str, keep: Callable[[Any], bool] | None = None) -> MathChain:
    """The verified derivation as a :class:`MathChain` in ``language``.

    Each line carries its step's check result; the derivation's own
    :meth:`rows` decide what stands left and right of the relation (a
    statement is split at its first relation, so that it aligns with the
    lines around it). With ``keep``, only the rows it accepts are shown.
    """
    from kldocs.derivations.verify import verify

    checks = verify(derivation).checks
    lines = tuple(
        _line(row, inline(message(row.justification, language), **dict(row.fields)), check.holds)
        for row, check in zip(derivation.rows(), checks, strict=True)
        if keep is None or keep(row)
    )
    return fitted(MathChain(lines))


def fitted(block: MathChain, budget: float = PAGE_WIDTH) -> MathChain:
    r"""The chain with each right side too wide for ``budget`` ems broken into rows (``MathLine.shown``).

    The right sides align after the widest left side, so that is the room
    every row loses; a later row starts with ``\quad`` and its operator (:data:`CONTINUED`).

    >>> wide = fitted(MathChain((MathLine("x", "=", " + ".join(["a"] * 40)),)), 20.0)
    >>> rows = wide.lines[0].rows
    >>> len(rows), rows[1].startswith(r"\quad {} + a")
    (5, True)
    """
    left = max((width(line.lhs) for line in block.lines), default=0.0)
    lines = []
    for line in block.lines:
        rows = break_sum(line.rhs, budget - left, first=width(line.relation))
        shown = (rows[0], *(CONTINUED + row for row in rows[1:])) if len(rows) > 1 else ()
        lines.append(replace(line, shown=shown))
    return MathChain(tuple(lines))


def chain_width(block: MathChain) -> float:
    """Ems a chain takes as it is set: its widest left side, its widest relation and its widest row.

    >>> chain_width(MathChain((MathLine("x", "=", "a + b"), MathLine("", "=", "c"))))
    4.35
    """
    left = max((width(line.lhs) for line in block.lines), default=0.0)
    relation = max((width(line.relation) for line in block.lines), default=0.0)
    return round(left + relation + max((width(row) for line in block.lines for row in line.rows), default=0.0), 6)


def pieces(block: MathChain, rows: int = PAGE_ROWS) -> tuple[MathChain, ...]:
    """The chain cut between lines into blocks of at most ``rows`` rows each, before a line that names its left side
    where there is one. A line taller than that stays whole, unless it is taller than two blocks (it might not fit
    on a page): it is cut between its rows (:func:`_cut_rows`).

    >>> tall = MathChain(tuple(MathLine("x", "=", str(k)) for k in range(5)))
    >>> [len(piece.lines) for piece in pieces(tall, 2)]
    [2, 2, 1]
    >>> long = MathLine("x", "=", "", shown=tuple(f"a_{k}" for k in range(5)))
    >>> [piece.lines[0].rows for piece in pieces(MathChain((long,)), 2)]
    [('a_0', 'a_1'), ('a_2', 'a_3'), ('a_4',)]
    """
    cut: list[list[MathLine]] = [[]]
    for line in (part for whole in block.lines for part in _cut_rows(whole, rows)):
        if cut[-1] and sum(_height(shown) for shown in cut[-1]) + _height(line) > rows:
            # A block starts with a line that names its left side where one is near: cut before the last such line.
            named = [k for k, shown in enumerate(cut[-1]) if shown.lhs and k > 0] if not line.lhs else []
            moved = sum(_height(shown) for shown in cut[-1][named[-1] :]) if named else 0
            at = named[-1] if named and moved + _height(line) <= rows else len(cut[-1])
            cut.append(cut[-1][at:])
            del cut[-2][at:]
        cut[-1].append(line)
    return tuple(MathChain(tuple(lines)) for lines in cut)


def _cut_rows(line: MathLine, rows: int) -> tuple[MathLine, ...]:
    """A line taller than two blocks as lines of at most ``rows`` rows: the first keeps its left side, relation and
    note; the others go on with its rows (each row is a whole piece of the sum, brackets closed)."""
    if _height(line) <= 2 * rows:
        return (line,)
    groups: list[list[str]] = [[]]
    for row in line.rows:
        if groups[-1] and sum(_row_height(shown) for shown in (*groups[-1], row)) > rows:
            groups.append([])
        groups[-1].append(row)
    first = replace(line, shown=tuple(groups[0]))
    return (first, *(MathLine("", "", group[0], holds=line.holds, shown=tuple(group)) for group in groups[1:]))


def _height(line: MathLine) -> int:
    """Rows a line takes on a page."""
    return sum(_row_height(row) for row in line.rows)


def _row_height(row: str) -> int:
    """A row with a matrix counts twice."""
    return 2 if r"\begin{" in row else 1


def is_general(row: Any) -> bool:
    """True for a line that holds for any P and Q: not for given numbers, not in a special case."""
    return bool(row.scope.is_general)


def is_family(row: Any) -> bool:
    """True for a line that holds in a special case of the symbols (``P = (a, b)``...), not for numbers."""
    return bool(row.scope.substitution) and row.scope.numbers is None


def _line(row: Any, note: Inline, holds: bool) -> MathLine:
    if row.left or row.relation:
        return MathLine(row.left, row.relation, row.right, note, holds)
    cuts = [(row.right.find(relation), relation) for relation in _RELATIONS if relation in row.right]
    if not cuts:
        return MathLine("", "", row.right, note, holds)
    at, relation = min(cuts)
    return MathLine(row.right[:at], relation.strip(), row.right[at + len(relation) :], note, holds)


def kl_chain(P: Distribution, Q: Distribution, base: Base, language: str) -> MathChain:
    """Definition, substitution, term values, exact sum and decimal of D_KL(P||Q)."""
    from kldocs.derivations.instance import kl_instance

    return chain(kl_instance(P, Q, base), language)


def decomposition_chain(P: Distribution, Q: Distribution, base: Base, language: str) -> MathChain:
    """D_KL(P||Q) = H(P,Q) - H(P) with the numbers."""
    from kldocs.derivations.instance import decomposition_instance

    return chain(decomposition_instance(P, Q, base), language)


def named_chain(name: str, language: str, keep: Callable[[Any], bool] | None = is_general) -> MathChain:
    """An identity from the derivations layer, by name: its general steps (or those ``keep`` accepts)."""
    from kldocs.derivations.registry import get

    return chain(get(name), language, keep)
