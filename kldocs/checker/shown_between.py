r"""Values shown between the statements of code copied as text: ``np.sum(p * np.log(p / q))``, then ``0.3425...``.

A notebook or console copied as plain text keeps each expression's value on the line right under it, as a bare
number, and the code goes on below (a page's lost ``Out[n]:``). Such a block parses as Python, the numbers as
statements of their own. Each number right under an expression statement (a call or a formula, not a number) is the
value that expression showed: it is read with the program up to that expression, the expressions shown above it
and their numbers left out (each showed a value and changed nothing), as a session's value is read
(:func:`~kldocs.checker.printed_output.printed_claims`). The last expression of a block that shows values so may
have its number right below the block, as text (:func:`last_program`).

>>> code = "p = [0.5, 0.5]\nq = [0.9, 0.1]\nkl(p, q)\n0.5108\nkl(q, p)\n0.3681\n"
>>> [(program.split("\n")[-1], line, offset) for program, line, offset in shown_between(code)]
[('kl(p, q)', '0.5108', 39), ('kl(q, p)', '0.3681', 55)]
>>> last_program("p = [0.5, 0.5]\nkl(p, p)\n0.0\nkl(p, q)").split("\n")
['p = [0.5, 0.5]', 'kl(p, q)']
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterator

from kldocs.checker.code_names import parsed
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prompt_cells import is_shown_value

#: A line that is a number alone: the cheap test before the code is parsed.
_NUMBER_LINE = lazy(r"^[ \t]*-?[0-9]+\.[0-9]+(?:[eE][-+]?[0-9]+)?[ \t]*$", re.MULTILINE)


def shown_between(code: str) -> Iterator[tuple[str, str, int]]:
    """For each number right under an expression statement: the program that shows it, the number's line, and
    where that line starts in ``code``."""
    tree = _parsed_with_numbers(code)
    if tree is None:
        return
    lines = code.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    shown = _shown_pairs(tree)
    for index in sorted(shown):
        number = tree.body[index + 1]
        yield _program(tree, lines, index, shown), lines[number.lineno - 1], starts[number.lineno - 1]


def last_program(code: str) -> str | None:
    """The program that shows the value of the block's last statement, an expression, when the block shows values
    between its statements (its expressions shown above left out); None otherwise."""
    tree = _parsed_with_numbers(code)
    if tree is None or not tree.body or not _is_expression(tree.body[-1]):
        return None
    shown = _shown_pairs(tree)
    return _program(tree, code.split("\n"), len(tree.body) - 1, shown) if shown else None


def _parsed_with_numbers(code: str) -> ast.Module | None:
    """The code's tree when a line of it is a number alone (the cheap test first), else None."""
    return parsed(code) if _NUMBER_LINE.search(code) is not None else None


def _is_expression(statement: ast.stmt) -> bool:
    """An expression statement that is no number: a call, a name or a formula whose value a console shows."""
    return (
        isinstance(statement, ast.Expr)
        and not is_shown_value(statement)
        and not isinstance(statement.value, ast.Constant)
    )


def _shown_pairs(tree: ast.Module) -> set[int]:
    """The indexes of the expression statements with a number on the very next line."""
    body = tree.body
    return {
        index
        for index, (statement, after) in enumerate(itertools.pairwise(body))
        if _is_expression(statement)
        and is_shown_value(after)
        and after.lineno == (statement.end_lineno or statement.lineno) + 1
    }


def _program(tree: ast.Module, lines: list[str], index: int, shown: set[int]) -> str:
    """The lines of the statements before ``index`` but the expressions shown and their numbers, then the lines of
    the one at ``index`` (each line once, in order)."""
    left_out = shown | {place + 1 for place in shown}
    rows: dict[int, None] = {}
    for place, statement in enumerate(tree.body[: index + 1]):
        if place not in left_out or place == index:
            rows.update(dict.fromkeys(range(statement.lineno - 1, statement.end_lineno or statement.lineno)))
    return "\n".join(lines[row] for row in rows)
