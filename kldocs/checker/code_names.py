"""What the names of a program hold: a measure's value (``h = entropy(p)``) or a list of numbers.

Code is parsed with :mod:`ast`, never run. A name is trusted only where it is
assigned once and never changed (see :mod:`~kldocs.checker.code_numbers`); a
name that the checker's formulas do not read as a distribution (``coin``,
``dist_a``, ``x``) stands, in a call, as the list it was given, as if the
list were written in the call.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from kldocs.checker.code_calls import LITERAL, NOT_PYTHON, MeasureCall, dict_keys, measure_call, unwrapped
from kldocs.checker.code_numbers import changed_name, given_lists
from kldocs.checker.documents import Region
from kldocs.checker.indexed_sums import indexed_sum


def parsed(code: str) -> ast.Module | None:
    """The code parsed as Python (notebook magics and shell lines left out), or None when it is not Python."""
    try:
        return ast.parse(NOT_PYTHON.sub("", code))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


#: Lists given long names in blocks above (name -> numbers), and the keys of those given as dicts.
Lists = tuple[Mapping[str, list[str]], Mapping[str, tuple[str, ...]]]
#: A line that assigns a name something with a list in it (``coin = [0.75, 0.25]``, ``p = np.array([...])``)
#: or an array of another (``t = torch.tensor(coin)``).
_LIST_ASSIGNMENT = re.compile(
    r"^[ \t]*(?P<name>[A-Za-z_]\w*)[ \t]*=[^=\n]*(?:\[|\{|(?:array|tensor|Tensor|constant)\()", re.MULTILINE
)
#: A name given a value (or changed in place) in a line of code that is not Python.
_ASSIGNED = re.compile(r"(?P<name>[A-Za-z_]\w*)\s*(?:\[[^\]\n]*\]\s*)?(?:[-+*/]?=|<-)(?!=)")
#: Most blocks of code read for names given a list (each is parsed; past this, no list name is read).
MAX_LIST_BLOCKS = 2000
#: A name the checker's formulas read as a distribution (``p``, ``Q``, ``p_1``, as
#: :mod:`~kldocs.checker.distributions` does); others (``coin``, ``p1``, ``x``) are not.
FORMULA_NAME = re.compile(r"(?:[A-Z]|[pqrm])(?:_[A-Za-z0-9])?")


class Named:
    """What names a block of code assigns once and never again: a measure's value, or a list of numbers.

    ``h = entropy(p)`` makes ``print(h)`` print H(p). A long name given a list of numbers
    (``coin = [0.75, 0.25]``; formulas read only names like ``p`` or ``q_1``) stands as that list in
    the calls after it, as if written in the call.

    >>> named = Named(ast.parse("coin = [0.75, 0.25]\\nh = entropy(coin)\\nk = kl(p, q)\\nk += 1"), None)
    >>> named.measure(ast.Name("h"), 3).text(), named.measure(ast.Name("k"), 5), named.measure(ast.Name("h"), 1)
    ('H(=0.75, 0.25)', None, None)
    """

    def __init__(
        self,
        tree: ast.Module,
        bases: Mapping[str, str | None] | None,
        earlier: Mapping[str, list[str]] | None = None,
        earlier_keys: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        stored = _stores(tree)
        self.keys = {**(earlier_keys or {}), **dict_keys_of(tree)}
        self.measures: dict[str, tuple[int, MeasureCall]] = {}
        # Lists given in blocks above stand from the first line (0), unless this block assigns the name.
        self.lists = {name: (0, numbers) for name, numbers in (earlier or {}).items() if name not in stored}
        given = given_lists(tree, earlier)
        for statement in tree.body:
            target = statement.targets[0] if isinstance(statement, ast.Assign) and len(statement.targets) == 1 else None
            if not isinstance(statement, ast.Assign) or not isinstance(target, ast.Name) or stored[target.id] != 1:
                continue
            if target.id in given and not FORMULA_NAME.fullmatch(target.id):
                self.lists[target.id] = given[target.id]
            lengths = {name: len(numbers) for name, (line, numbers) in self.lists.items() if line < statement.lineno}
            call = measure_call(statement.value, bases) or indexed_sum(statement.value, lengths)
            listed = self.with_lists(call, statement.lineno) if call is not None else None
            if listed is not None:
                self.measures[target.id] = (statement.lineno, listed)

    def measure(self, node: ast.expr | None, line: int) -> MeasureCall | None:
        """The measure a name printed on ``line`` holds, if it was given one before that line."""
        node = unwrapped(node)  # round(h, 4) shows h
        given = self.measures.get(node.id) if isinstance(node, ast.Name) else None
        return given[1] if given is not None and given[0] < line else None

    def with_lists(self, call: MeasureCall, line: int) -> MeasureCall | None:
        """The call on ``line``, each argument that names a list assigned before it written as that list.

        None when a dict is compared with a list or a dict of other keys or order (its values are read
        in order, which then need not pair the outcomes as the code does).
        """
        keys = {self.keys.get(name) for name in call.names}
        if len(call.names) == 2 and len(keys) != 1 and keys != {None}:
            return None
        lists = self.lists
        names = tuple(
            LITERAL + ", ".join(lists[name][1]) if name in lists and lists[name][0] < line else name
            for name in call.names
        )
        return replace(call, names=names)


def _stores(tree: ast.Module) -> dict[str, int]:
    """How many times the code assigns each name (anywhere: in loops, functions, ``+=``), a change in place
    (``coin[0] = 0.3``, ``coin.sort()``) counted as two."""
    stored: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            stored[node.id] = stored.get(node.id, 0) + 1
        changed = changed_name(node)
        if changed is not None:
            stored[changed] = stored.get(changed, 0) + 2
    return stored


def dict_keys_of(tree: ast.Module) -> dict[str, tuple[str, ...]]:
    """The keys of the dicts of numbers the block's top-level statements assign (``p = {'a': 0.5, 'b': 0.5}``)."""
    found = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            keys = dict_keys(statement.value)
            if isinstance(target, ast.Name) and keys is not None:
                found[target.id] = keys
    return found


def code_lists(
    blocks: Iterable[Region], keys: dict[str, tuple[str, ...]] | None = None
) -> dict[str, tuple[int, list[str]]]:
    """Long names the blocks of code give a list of numbers once and never assign again, with the block's offset.

    ``keys``, when given, receives the keys of those given a dict (``coin = {'H': 0.5, 'T': 0.5}``).

    >>> from kldocs.checker.documents import Region
    >>> code_lists([Region("code", "coin = [0.75, 0.25]\\nlast = [0.5, 0.5]", 0), Region("code", "last = [1, 0]", 9)])
    {'coin': (0, ['0.75', '0.25'])}
    """
    blocks = list(blocks)
    candidates = {match["name"] for block in blocks for match in _LIST_ASSIGNMENT.finditer(block.text)}
    candidates = {name for name in candidates if not FORMULA_NAME.fullmatch(name)}
    if not candidates:
        return {}
    # Only a block that mentions a candidate can give it a list or assign it again: only those are parsed.
    mentions = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(candidates))) + r")\b")
    relevant = [block for block in blocks if mentions.search(block.text)]
    if len(relevant) > MAX_LIST_BLOCKS:  # past this no list is trusted: one parsed too few could be a reassignment
        return {}
    stored: dict[str, int] = {}
    found: dict[str, tuple[int, list[str]]] = {}
    for block in relevant:
        tree = parsed(block.text)
        if tree is None:  # not Python: any name it seems to assign counts as assigned again
            for name in candidates & {match["name"] for match in _ASSIGNED.finditer(block.text)}:
                stored[name] = stored.get(name, 0) + 2
            continue
        for name, count in _stores(tree).items():
            stored[name] = stored.get(name, 0) + count
        above = {name: numbers for name, (_, numbers) in found.items()}
        given = given_lists(tree, above)
        for name, (_, numbers) in given.items():
            if not FORMULA_NAME.fullmatch(name):
                found.setdefault(name, (block.offset, numbers))
        if keys is not None:
            keys.update({name: listed for name, listed in dict_keys_of(tree).items() if name in given})
    return {name: given for name, given in found.items() if stored[name] == 1}
