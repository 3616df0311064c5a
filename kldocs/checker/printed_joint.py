r"""A joint distribution a program prints as an array: ``Joint probabilities`` over ``[[0.625 0.125] [0.125 0.125]]``.

Notebooks build a joint table from data (counts divided by their total) and print it before they print its
entropies and mutual information. The array printed is the table (an array of at least 2 by 2, printed as NumPy
prints it, ``[[0.5 0.25]\n [0.125 0.125]]``, or as a list of lists), when the line above it or the text before
it says so (``Joint probabilities``, ``joint:``, ``联合分布``) or the print shows a name that does (``p_joint``).
NumPy prints 8 decimals: the table read is the one of counts over a common total that those digits give (the
smallest total whose fractions round to every cell, found only where so many cells fit no total by chance), and
none when no such total is found (a table of other numbers, or too few digits to tell).

>>> code = "print('Joint probabilities')\nprint(pxy)\nprint('MI', mi)"
>>> found = printed_joint(code, "Joint probabilities\n[[0.4        0.2       ]\n [0.13333333 0.26666667]]\nMI 0.05")
>>> [[str(cell) for cell in row] for row in found.table], found.name, found.end
([['2/5', '1/5'], ['2/15', '4/15']], 'pxy', 70)
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from kldocs.checker.code_names import parsed
from kldocs.checker.lazy_patterns import lazy

#: Words that say a table is a joint distribution (a label, or a name in the code).
_JOINT = lazy(r"(?i)joint|\bp_?xy\b|联合|聯合|同時確率|결합|совместн|conjunt|gemeinsam|congiunt")
_NUMBER = lazy(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
#: Most characters of an array read, most rows or columns, and the largest common total looked for.
MAX_ARRAY, MAX_SIDE, MAX_TOTAL = 20_000, 30, 100_000


@dataclass(frozen=True)
class PrintedJoint:
    """A joint table a program printed: its cells, the name printed (None when not known), and where in the output
    its printing ends."""

    table: list[list[Fraction]]
    name: str | None
    end: int

    @property
    def source(self) -> str:
        """The table as notes name it: ``the joint table printed above (counts over 40)``."""
        total = math.lcm(*(cell.denominator for row in self.table for cell in row))
        return f"the joint table printed above (counts over {total})"


def printed_joint(code: str, output: str) -> PrintedJoint | None:
    """The joint table the output shows, with the name the code printed it by; None when it shows none."""
    start = output.find("[[")
    end = output.find("]]", start, start + MAX_ARRAY) if start >= 0 else -1
    if end < 0:
        return None
    line_start = output.rfind("\n", 0, start) + 1
    before = output[line_start:start].strip()
    above = output[: max(line_start - 1, 0)].rstrip("\n").rpartition("\n")[2].strip()
    label = before or (above if not any(character.isdigit() for character in above) else "")
    name = _printed_name(code, label)
    if not _JOINT.search(label) and (name is None or not _JOINT.search(name)):
        return None
    table = _table(output[start + 2 : end])
    return PrintedJoint(table, name, end + 2) if table is not None else None


def _printed_name(code: str, label: str) -> str | None:
    """The name a print shows an array by: ``print(pxy)`` right after ``print('<label>')``, or ``print('<label>',
    pxy)``; with no label, the one name printed alone."""
    tree = parsed(code)
    prints = [
        statement.value.args
        for statement in (tree.body if tree is not None else ())
        if isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Call)
        and isinstance(statement.value.func, ast.Name)
        and statement.value.func.id == "print"
    ]
    alone = [arguments[0].id for arguments in prints if len(arguments) == 1 and isinstance(arguments[0], ast.Name)]
    if not label:
        return alone[0] if len(alone) == 1 else None
    for index, arguments in enumerate(prints):
        texts = [_text(argument) for argument in arguments]
        if texts[:1] != [label.rstrip(":").strip()] and texts[:1] != [label]:
            continue
        if len(arguments) == 2 and isinstance(arguments[1], ast.Name):
            return arguments[1].id
        following = prints[index + 1] if index + 1 < len(prints) else []
        if len(arguments) == 1 and len(following) == 1 and isinstance(following[0], ast.Name):
            return following[0].id
    return None


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.rstrip(":").strip()
    return None


def _table(inside: str) -> list[list[Fraction]] | None:
    """The exact table the printed rows stand for (the text between ``[[`` and ``]]``), or None."""
    rows: list[list[str]] = []
    for row in inside.split("]"):
        cells = row.replace("[", " ").replace(",", " ").split()
        if not cells:
            continue
        if not all(_NUMBER.fullmatch(cell) for cell in cells):
            return None
        rows.append(cells)
    if not 2 <= len(rows) <= MAX_SIDE or len({len(row) for row in rows}) != 1 or not 2 <= len(rows[0]) <= MAX_SIDE:
        return None
    total = common_total([Decimal(cell) for row in rows for cell in row])
    if total is None:
        return None
    return [[Fraction(round(Decimal(cell) * total), total) for cell in row] for row in rows]


def common_total(cells: list[Decimal]) -> int | None:
    """The smallest whole number whose fractions with it round to every cell and add up to it: the total of the
    counts a table of probabilities was made of; None when none is small enough to be more than chance.

    >>> common_total([Decimal("0.33333333"), Decimal("0.66666667")]), common_total([Decimal("0.3"), Decimal("0.7")])
    (3, None)
    """
    if any(cell < 0 for cell in cells) or abs(sum(cells, Decimal(0)) - 1) > Decimal("1e-6"):
        return None
    # NumPy prints every cell to one precision, leaving off trailing zeros ("0.4       "): the most places any has.
    places = max(-int(cell.as_tuple().exponent) for cell in cells)
    # Cells that fit a total by chance: about count ** (cells - 1) * half-unit ** (cells - 1) for each total; so many
    # totals are tried that the chance of any fitting stays below 1e-4.
    free = len(cells) - 1
    limit = min(MAX_TOTAL, int((1e-4 * len(cells) * 10.0 ** (places * free)) ** (1 / len(cells))))
    if limit < 2:
        return None
    import numpy as np  # here, not above: most documents print no joint table, and numpy's import costs more

    totals = np.arange(1, limit + 1, dtype=np.float64)
    fits = np.ones(limit, dtype=bool)
    half = 0.5 * 10.0**-places * (1 + 1e-9)
    for cell in cells:
        scaled = float(cell) * totals
        fits &= np.abs(np.round(scaled) - scaled) <= half * totals
    for total in np.flatnonzero(fits)[:50] + 1:
        if sum(round(cell * int(total)) for cell in cells) == total:
            return int(total)
    return None
