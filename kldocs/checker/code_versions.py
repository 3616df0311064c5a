r"""What the blocks of a document's code give their names, block by block in order: :class:`Versions`.

A notebook's cells, or a page's blocks of code, are one program run from the top: a name given in one block holds
its value in the blocks below, until a block gives it another (see :class:`~kldocs.checker.code_run.Run`, which
follows each block). A reader of a block asks what its names hold as the blocks above left them
(:meth:`Versions.at`), or also as the block itself gives them, where it gives a name once and reads it only after
that (so that a value shown anywhere in the block is the one it gives).

>>> blocks = [Region("code", "import math\ne = -math.log2(0.5)", 0), Region("code", "e = e / 2", 40)]
>>> versions = code_values(blocks, lambda text: ast.parse(text))
>>> versions.at(40)["e"].value, versions.at(41)["e"].value, "e" in versions.at(0)
(1.0, 0.5, False)
"""

from __future__ import annotations

import ast
import bisect
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cached_property

from kldocs.checker.code_numbers import stored_names
from kldocs.checker.code_run import MAX_STATEMENTS, Run
from kldocs.checker.code_values import Items, Keyed, Table
from kldocs.checker.documents import Region
from kldocs.checker.followed_functions import Known

#: Most blocks of code followed.
MAX_VALUE_BLOCKS = 2000


class Versions:
    """What the document's blocks of code give their names, block by block in order (name -> [(block offset,
    value, the names the block gives once and reads only after)])."""

    def __init__(self) -> None:
        self.given: dict[str, list[tuple[int, Known | None, _Once]]] = {}
        self.first = -1

    def at(self, offset: int, *, within: bool = False) -> Mapping[str, Known]:
        """The names as blocks before ``offset`` leave them; ``within``: and as the block at ``offset`` gives them,
        where it gives a name once and reads it only after."""
        return _View(self, offset, within)


class _View(Mapping[str, Known]):
    def __init__(self, versions: Versions, offset: int, within: bool) -> None:
        self._versions, self._offset, self._within = versions, offset, within

    def __getitem__(self, name: str) -> Known:
        given = self._versions.given.get(name)
        if not given:
            raise KeyError(name)
        index = bisect.bisect_right([offset for offset, _, _ in given], self._offset) - 1
        if index >= 0 and given[index][0] == self._offset and not (self._within and name in given[index][2].names):
            index -= 1
        found = given[index][1] if index >= 0 else None
        if found is None:
            raise KeyError(name)
        return found

    def __iter__(self) -> Iterator[str]:
        return (name for name in self._versions.given if name in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        return 0 <= self._versions.first <= self._offset


def code_values(blocks: Sequence[Region], parse: Callable[[str], ast.Module | None]) -> Versions:
    """What the blocks of code give their names, followed in order (``parse``: the readers' shared cache)."""
    versions = Versions()
    blocks = blocks[:MAX_VALUE_BLOCKS]
    if not any(word in block.text for block in blocks for word in ("log", "entr", "kl_div")):
        return versions
    known: dict[str, Known] = {}
    lists: set[str] = set()  # the names that hold lists
    never: set[str] = set()  # the names functions change
    for block in blocks:
        tree = parse(block.text) if "=" in block.text or "import" in block.text else None
        if tree is None or len(tree.body) > MAX_STATEMENTS:
            continue
        run = Run(known, lists=bool(lists))
        run.never = never
        for statement in tree.body:
            run.execute(statement)
        run.names.update(dict.fromkeys(never & set(known), None))
        once = _Once(tree)
        for name, value in run.names.items():
            if isinstance(value, Items | Keyed | Table):
                lists.add(name)
            else:
                lists.discard(name)
            versions.given.setdefault(name, []).append((block.offset, value, once))
            if value is None:
                known.pop(name, None)
            else:
                known[name] = value
        if run.names and versions.first < 0:
            versions.first = block.offset
    return versions


class _Once:
    """The names a block gives once, at its top level, and reads only after that (found when first asked)."""

    def __init__(self, tree: ast.Module) -> None:
        self._tree = tree

    @cached_property
    def names(self) -> set[str]:
        return _given_once(self._tree)


def _given_once(tree: ast.Module) -> set[str]:
    """The names a block gives once, at its top level, and reads only after that."""
    first_given: dict[str, int] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign | ast.Import | ast.ImportFrom | ast.FunctionDef):
            for name in _names_given(statement):
                first_given.setdefault(name, statement.lineno)
    if not first_given:
        return set()
    read_before = {
        node.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.lineno <= first_given.get(node.id, 0)
    }
    stored = stored_names(tree)
    return {name for name in first_given if stored.get(name, 0) <= 1 and name not in read_before}


def _names_given(statement: ast.stmt) -> list[str]:
    if isinstance(statement, ast.Import | ast.ImportFrom):
        return [alias.asname or alias.name.partition(".")[0] for alias in statement.names]
    if isinstance(statement, ast.FunctionDef):
        return [statement.name]
    return [node.id for node in ast.walk(statement) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)]
