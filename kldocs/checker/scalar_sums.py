"""Measures written out over numbers given names one by one: ``A0*np.log(A0/B0) + A1*np.log(A1/B1)``.

Code that gives each probability a name of its own (``A0, A1 = 1/2, 1/2``,
``B0, B1 = 1/4, 3/4``) and writes the measure term by term names one
distribution by a stem and an index (``A0``, ``A1``; ``p_1``, ``p_2``). Each
such name is read as that item of a list named by the stem (``A[0]``, counted
from the lowest index written), and the sum is read as the same sum over lists
(see :mod:`~kldocs.checker.indexed_sums`): every index once, each list a
distribution (its numbers sum to 1), given as the numbers in the call.
Anything less certain (an index missing, numbers that are no distribution,
a name that is not a number given once) is not read. Code is parsed, never run.

>>> import ast
>>> from fractions import Fraction as F
>>> numbers = {"A0": F(1, 2), "A1": F(1, 2), "B0": F(1, 4), "B1": F(3, 4)}
>>> scalar_sum(ast.parse("A0*np.log(A0/B0) + A1*np.log(A1/B1)").body[0].value, numbers).text()
'D_KL(=1/2, 1/2||=1/4, 3/4)'
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Mapping
from fractions import Fraction

from kldocs.checker.code_literals import LITERAL
from kldocs.checker.code_terms import MeasureCall
from kldocs.checker.indexed_sums import indexed_sum
from kldocs.checker.lazy_patterns import lazy

#: A name with an index: ``A0``, ``p_2``, ``q12``.
_INDEXED = lazy(r"(?P<stem>[A-Za-z][A-Za-z_]*?)_?(?P<index>[0-9]{1,3})")
#: Most terms read.
MAX_TERMS = 50


def scalar_sum(node: ast.expr, numbers: Mapping[str, Fraction]) -> MeasureCall | None:
    """The measure a sum over numbers with indexed names computes, the lists it takes written out; else None."""
    names = {child.id for child in ast.walk(node) if isinstance(child, ast.Name) and child.id in numbers}
    stems: dict[str, dict[int, str]] = {}
    for name in names:
        indexed = _INDEXED.fullmatch(name)
        if indexed is None:
            continue
        stems.setdefault(indexed.group("stem"), {})[int(indexed.group("index"))] = name
    if not stems or len(names) > 2 * MAX_TERMS or len(stems) > 2:
        return None
    lists: dict[str, list[Fraction]] = {}
    renamed: dict[str, ast.expr] = {}
    for stem, items in stems.items():
        first = min(items)
        if sorted(items) != list(range(first, first + len(items))) or first not in (0, 1):
            return None
        lists[stem] = [numbers[items[index]] for index in sorted(items)]
        for index, name in items.items():
            renamed[name] = ast.Subscript(ast.Name(stem, ast.Load()), ast.Constant(index - first), ast.Load())
    if any(sum(values) != 1 or min(values) < 0 for values in lists.values()):
        return None
    lengths = {stem: len(values) for stem, values in lists.items()}
    summed = indexed_sum(_Renamer(renamed).visit(copy.deepcopy(node)), lengths)
    if summed is None:
        return None
    written = tuple(LITERAL + ", ".join(str(value) for value in lists[stem]) for stem in summed.names)
    return MeasureCall(summed.measure, written, summed.base, "scalars")


class _Renamer(ast.NodeTransformer):
    def __init__(self, renamed: Mapping[str, ast.expr]) -> None:
        self.renamed = renamed

    def visit_Name(self, node: ast.Name) -> ast.expr:
        return self.renamed.get(node.id, node)
