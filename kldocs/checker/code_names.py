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
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import cached_property, lru_cache

from kldocs.checker.above import Above
from kldocs.checker.code_arithmetic import Worked
from kldocs.checker.code_calls import (
    BASES,
    BATCHMEAN,
    NOT_PYTHON,
    Functions,
    MeasureCall,
    batchmean_call,
    dotted,
    measure_call,
    unwrapped,
)
from kldocs.checker.code_literals import LITERAL, dict_keys, literal_numbers
from kldocs.checker.code_numbers import (
    changed_name,
    given_lists,
    given_numbers,
    given_rows,
    read_names,
    stored_names,
)
from kldocs.checker.dit_calls import DitDistribution, dit_call, dit_distributions, dit_name
from kldocs.checker.documents import MAX_CODE_BLOCKS, Region
from kldocs.checker.followed_functions import Known
from kldocs.checker.indexed_sums import indexed_sum
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.named_functions import is_named
from kldocs.checker.scalar_sums import scalar_sum


@lru_cache(maxsize=MAX_CODE_BLOCKS + 24)
def parsed(code: str) -> ast.Module | None:
    """The code parsed as Python (notebook magics and shell lines left out), or None when it is not Python.

    A script's main part (``if __name__ == "__main__":``, always true for the program run as shown) is read as if
    at its top level. Each block is read several ways, each pass over all the blocks in turn: the tree is parsed
    once and shared (room for every block a document is read up to: a smaller cache, passed over in turn, would keep
    none), and no reader changes it.
    """
    try:
        tree = ast.parse(NOT_PYTHON.sub("", code))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    if "__main__" in code or "def " in code:  # a script's main part is read as if at its top level
        tree.body = _unguarded(tree.body)
    return tree


def _unguarded(body: list[ast.stmt]) -> list[ast.stmt]:
    r"""The statements of a module with those under the guard of a script's main part (``if __name__ ==
    "__main__":``, always true for the program run as shown) among them, in its place.

    >>> tree = ast.parse("import numpy as np\nif __name__ == '__main__':\n    p = [0.5, 0.5]\n    print(p)")
    >>> [type(statement).__name__ for statement in _unguarded(tree.body)]
    ['Import', 'Assign', 'Expr']

    A function of no parameters that it calls (``def main(): ...``, then ``main()``) runs as the script's own, and
    its body is read in its place:

    >>> tree = ast.parse("def main():\n    q = [0.5, 0.5]\n\nif __name__ == '__main__':\n    main()")
    >>> [type(statement).__name__ for statement in _unguarded(tree.body)]
    ['Assign', 'Expr']
    """
    statements: list[ast.stmt] = []
    for statement in body:
        if isinstance(statement, ast.If) and not statement.orelse and _is_main_guard(statement.test):
            statements.extend(statement.body)
        else:
            statements.append(statement)
    called = {name for statement in statements if (name := _bare_call(statement)) is not None}
    return [
        inner
        for statement in statements
        for inner in (statement.body if _run_as_main(statement, called) else [statement])  # type: ignore[attr-defined]
    ]


def _bare_call(statement: ast.stmt) -> str | None:
    """The function a statement only calls, with nothing passed (``main()``), if it is that."""
    if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
        call = statement.value
        if isinstance(call.func, ast.Name) and not call.args and not call.keywords:
            return call.func.id
    return None


def _run_as_main(statement: ast.stmt, called: set[str]) -> bool:
    """Whether ``statement`` defines a function of no parameters that the script's top level calls once it is
    defined (``def main(): ...`` and ``main()``): its body runs as the script's own, and reads as it."""
    if not isinstance(statement, ast.FunctionDef) or statement.name not in called:
        return False
    arguments = statement.args
    plain = not (arguments.args or arguments.posonlyargs or arguments.kwonlyargs or arguments.vararg)
    return plain and not arguments.kwarg and not statement.decorator_list and _flat(statement)


def _flat(definition: ast.FunctionDef) -> bool:
    """Whether a function's body declares no ``global``/``nonlocal`` name and defines no function of its own."""
    return not any(
        isinstance(node, ast.Global | ast.Nonlocal | ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        for node in ast.walk(definition)
        if node is not definition
    )


def _is_main_guard(test: ast.expr) -> bool:
    """``__name__ == "__main__"`` (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = [test.left, test.comparators[0]]
    named = any(isinstance(side, ast.Name) and side.id == "__name__" for side in sides)
    return named and any(isinstance(side, ast.Constant) and side.value == "__main__" for side in sides)


@dataclass(frozen=True)
class Earlier:
    """What blocks of code above a block gave names that are never given anything else in the document:
    lists of numbers with long names, the keys of those given as dicts, measures (``kl = entropy(p, q)``;
    None for a name given a measure whose value is not known where it is shown: see :func:`code_measures`),
    batches of one row (``torch.tensor([[0.1, 0.6, 0.3]])``, any name), values worked out with logarithms
    (``E = -0.4*math.log2(0.4) - 0.6*math.log2(0.6)``, see :mod:`.code_arithmetic`; those of this block too) and
    distributions of the dit library (see :mod:`.dit_calls`)."""

    lists: Mapping[str, list[str]] = field(default_factory=dict)
    keys: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    measures: Mapping[str, MeasureCall | None] = field(default_factory=dict)
    rows: Mapping[str, list[str]] = field(default_factory=dict)
    values: Mapping[str, Known] = field(default_factory=dict)
    dits: Mapping[str, DitDistribution] = field(default_factory=dict)


#: A line that assigns a name something with a list in it (``coin = [0.75, 0.25]``, ``p = np.array([...])``)
#: or an array of another (``t = torch.tensor(coin)``).
_LIST_ASSIGNMENT = lazy(
    r"^[ \t]*(?P<name>[A-Za-z_]\w*)[ \t]*=[^=\n]*(?:\[|\{|(?:array|tensor|Tensor|constant)\()", re.MULTILINE
)
#: A line that gives a name a batch of rows: ``t = torch.tensor([[0.1, 0.6, 0.3]])``.
_ROW_ASSIGNMENT = lazy(r"^[ \t]*(?P<name>[A-Za-z_]\w*)[ \t]*=[^=\n]*\[\s*\[", re.MULTILINE)
#: A name given a value (or changed in place) in a line of code that is not Python.
_ASSIGNED = lazy(r"(?<![\w.])(?P<name>[A-Za-z_]\w*+)[ \t]*+(?:\[[^\]\n]*+\][ \t]*+)?(?:[-+*/]?=|<-)(?!=)")
#: Most blocks of code read for names given a list or a measure's value (each is parsed; past this, no list
#: name is read, and no name stands for a measure's value: a later block might give it another).
MAX_LIST_BLOCKS = 2000
#: A name the checker's formulas read as a distribution (``p``, ``Q``, ``p_1``, as
#: :mod:`~kldocs.checker.distributions` does); others (``coin``, ``p1``, ``x``) are not.
FORMULA_NAME = lazy(r"(?:[A-Z]|[pqrm])(?:_[A-Za-z0-9])?")


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
        self, tree: ast.Module, bases: Mapping[str, str | None] | None, earlier: Earlier | None = None
    ) -> None:
        earlier = earlier or Earlier()
        stored = stored_names(tree)
        self.tree = tree
        self.keys = {**earlier.keys, **dict_keys_of(tree)}
        self.earlier_dits = earlier.dits
        # Measures and lists given in blocks above stand from the first line (0), unless this block assigns the
        # name (or, for a measure, one of the lists it was computed from).
        self.measures: dict[str, tuple[int, MeasureCall]] = {
            name: (0, call)
            for name, call in earlier.measures.items()
            if call is not None and name not in stored and not any(argument in stored for argument in call.names)
        }
        #: Names given a measure whose value is not known (given twice, or computed from lists changed since).
        self.doubtful = {name for name in earlier.measures if name not in self.measures}
        read = [name for name in read_names(tree) if name not in stored]  # (not all that blocks above gave)
        self.lists = {name: (0, earlier.lists[name]) for name in read if name in earlier.lists}
        self.rows = {name: (0, earlier.rows[name]) for name in read if name in earlier.rows}
        self.rows.update(given_rows(tree))
        self.bases = bases
        self.values = earlier.values
        #: The formulas of the values its prints show, by their ``id`` (see :mod:`.printed_output`), once found.
        self.formulas: dict[int, Worked] | None = None
        #: Names assigned once, at the top level, a log base (``base = 2``): with the line.
        self.log_bases = {
            statement.targets[0].id: (statement.lineno, BASES[written])
            for statement in tree.body
            if isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and stored.get(statement.targets[0].id) == 1
            and (written := _written_base(statement.value)) in BASES
        }
        given = given_lists(tree, earlier.lists)
        numbers: dict[str, tuple[int, Fraction]] | None = None
        for statement in tree.body:
            target = statement.targets[0] if isinstance(statement, ast.Assign) and len(statement.targets) == 1 else None
            if not isinstance(statement, ast.Assign) or not isinstance(target, ast.Name):
                continue
            if stored[target.id] != 1:
                if self.call(statement.value, statement.lineno) is not None:
                    self.doubtful.add(target.id)
                continue
            if target.id in given and not FORMULA_NAME.fullmatch(target.id):
                self.lists[target.id] = given[target.id]
            listed = self.call(statement.value, statement.lineno)
            if listed is None and isinstance(statement.value, ast.BinOp | ast.UnaryOp):  # maybe a sum written out
                above = self.lists.items()
                lengths = {name: len(numbers) for name, (line, numbers) in above if line < statement.lineno}
                if (summed := indexed_sum(statement.value, lengths)) is not None:
                    listed = self.with_lists(summed, statement.lineno)
                else:  # over numbers given names one by one: A0*np.log(A0/B0) + A1*np.log(A1/B1)
                    numbers = given_numbers(tree) if numbers is None else numbers
                    above_line = {name: number for name, (line, number) in numbers.items() if line < statement.lineno}
                    listed = scalar_sum(statement.value, above_line)
            if listed is not None:
                self.measures[target.id] = (statement.lineno, listed)

    def measure(self, node: ast.expr | None, line: int) -> MeasureCall | None:
        """The measure a name printed on ``line`` holds, if it was given one before that line."""
        node = unwrapped(node)  # round(h, 4) shows h
        given = self.measures.get(node.id) if isinstance(node, ast.Name) else None
        if given is None or given[0] >= line:
            return None
        # A list the measure was computed from, given another value in between: the value shown is of that one.
        between = [at for name in given[1].names for at in self.changes.get(name, []) if given[0] <= at < line]
        return None if between else given[1]

    @cached_property
    def dits(self) -> dict[str, list[tuple[int, DitDistribution | None]]]:
        """The names the block (or, from its first line, a block above) gives distributions of the dit library
        (worked out when first needed)."""
        own, stored = dit_distributions(self.tree), stored_names(self.tree)
        above: dict[str, list[tuple[int, DitDistribution | None]]] = {
            name: [(0, made)] for name, made in self.earlier_dits.items() if name not in stored
        }
        return {**above, **own}

    @cached_property
    def changes(self) -> dict[str, list[int]]:
        """The lines on which the block assigns or changes each name (worked out when first needed)."""
        return _store_lines(self.tree)

    def doubts(self, node: ast.expr | None, line: int) -> bool:
        """True for a name shown on ``line`` that was given a measure whose value there is not known."""
        node = unwrapped(node)
        if not isinstance(node, ast.Name):
            return False
        given = self.measures.get(node.id)
        return node.id in self.doubtful or (given is not None and given[0] < line and self.measure(node, line) is None)

    def call(self, node: ast.expr | None, line: int) -> MeasureCall | None:
        """The measure that code on ``line`` computes, with the lists it takes (see :meth:`with_lists`)."""
        dit = dit_name(node, self.bases.dit if isinstance(self.bases, Functions) else {})
        call = dit_call(node, dit, self.dits, line) if dit is not None else None
        call = call or measure_call(node, self.bases) or batchmean_call(node)
        if call is not None and call.base == "unknown":  # base=base, after base = 2
            call = replace(call, base=self._base_name(node, line))
        return self.with_lists(call, line) if call is not None else None

    def _base_name(self, node: ast.expr | None, line: int) -> str:
        """The base that every ``base=`` of the code on ``line`` names, when each names a base given above."""
        keywords = [
            keyword.value
            for call in ast.walk(node or ast.Constant(None))
            if isinstance(call, ast.Call)
            for keyword in call.keywords
            if keyword.arg == "base"
        ]
        given = [self.log_bases.get(value.id) if isinstance(value, ast.Name) else None for value in keywords]
        bases = {found[1] for found in given if found is not None and found[0] < line}
        return (
            bases.pop()
            if len(bases) == 1 and all(found is not None and found[0] < line for found in given)
            else "unknown"
        )

    @cached_property
    def written_lists(self) -> dict[str, tuple[int, list[str]]]:
        """Lists of numbers written out, whatever their sum (``y = [1, 0, 1]``), that the block's top-level statements
        give names assigned once: what a function known only by its name takes (see :mod:`.named_functions`)."""
        stored = stored_names(self.tree)
        found = {}
        for statement in self.tree.body:
            target = statement.targets[0] if isinstance(statement, ast.Assign) and len(statement.targets) == 1 else None
            if isinstance(target, ast.Name) and stored[target.id] == 1 and isinstance(statement, ast.Assign):
                numbers = literal_numbers(statement.value, unsummed=True)
                if numbers is not None:
                    found[target.id] = (statement.lineno, numbers)
        return found

    def with_lists(self, call: MeasureCall, line: int) -> MeasureCall | None:
        """The call on ``line``, each argument that names a list assigned before it written as that list.

        None when a dict is compared with a list or a dict of other keys or order (its values are read
        in order, which then need not pair the outcomes as the code does). A batch of one row stands as
        its row in PyTorch's ``kl_div``, which sums over all its items; with ``reduction="batchmean"``
        the call is read only on such batches (on one distribution it would divide by its length).
        """
        keys = {self.keys.get(name) for name in call.names}
        if len(call.names) == 2 and len(keys) != 1 and keys != {None}:
            return None
        rows = {name: numbers for name, (at, numbers) in self.rows.items() if at < line}
        if call.function in (BATCHMEAN, "kl_div") and all(name in rows for name in call.names):
            return replace(call, names=tuple(LITERAL + ", ".join(rows[name]) for name in call.names))
        if call.function == BATCHMEAN:
            return None
        lists = {**self.lists, **self.written_lists} if is_named(call) else self.lists
        names = tuple(
            LITERAL + ", ".join(lists[name][1]) if name in lists and lists[name][0] < line else name
            for name in call.names
        )
        return replace(call, names=names)


def _written_base(node: ast.expr) -> str | None:
    """A log base as written: ``2``, ``10``, ``np.e``."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return str(node.value)
    return dotted(node) if isinstance(node, ast.Attribute) else None


def _store_lines(tree: ast.Module) -> dict[str, list[int]]:
    """The lines on which the code assigns or changes each name."""
    lines: dict[str, list[int]] = {}
    for node in ast.walk(tree):
        name = node.id if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load) else changed_name(node)
        if name is not None and isinstance(node, ast.expr):
            lines.setdefault(name, []).append(node.lineno)
    return lines


def code_measures(
    blocks: Iterable[Region], bases: Mapping[str, str | None] | None, lists: Mapping[str, tuple[int, list[str]]]
) -> dict[str, tuple[int, MeasureCall | None]]:
    """Names the blocks of code give a measure's value once (``kl = entropy(p, q)``), with the block's offset,
    when neither the name nor the lists the measure is computed from are given anything else anywhere
    (else the name is given with None: what it holds where it is shown is not known).

    ``lists``: the long names given lists (see :func:`code_lists`), which stand as those lists.

    >>> from kldocs.checker.documents import MAX_CODE_BLOCKS, Region
    >>> blocks = [Region("code", "kl = entropy(p, q)\\nh = entropy(p)", 0), Region("code", "p = [0.5, 0.5]", 40)]
    >>> {name: call.text() for name, (_, call) in code_measures(blocks, None, {}).items()}
    {'kl': 'D_KL(p||q)', 'h': 'H(p)'}
    """
    stored: dict[str, int] = {}
    found: dict[str, tuple[int, MeasureCall]] = {}
    for index, block in enumerate(blocks):
        if index == MAX_LIST_BLOCKS:  # the blocks past this may give any name another value: none is known
            return {name: (offset, None) for name, (offset, _) in found.items()}
        tree = parsed(block.text) if "=" in block.text else None
        if tree is None:
            for name in {match["name"] for match in _ASSIGNED.finditer(block.text)}:
                stored[name] = stored.get(name, 0) + 2  # not Python: anything it seems to assign counts
            continue
        for name, count in stored_names(tree).items():
            stored[name] = stored.get(name, 0) + count
        named = Named(tree, bases, Earlier(Above(lists, block.offset)))
        for name, (_, call) in named.measures.items():
            found.setdefault(name, (block.offset, call))
    return {
        name: (offset, call if stored.get(name) == 1 and all(stored.get(name, 0) <= 1 for name in call.names) else None)
        for name, (offset, call) in found.items()
    }


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
    blocks: Iterable[Region],
    keys: dict[str, tuple[str, ...]] | None = None,
    rows: dict[str, tuple[int, list[str]]] | None = None,
) -> dict[str, tuple[int, list[str]]]:
    """Long names the blocks of code give a list of numbers once and never assign again, with the block's offset.

    ``keys``, when given, receives the keys of those given a dict (``coin = {'H': 0.5, 'T': 0.5}``);
    ``rows``, the names (long or not) given a batch of one row in the same way (see :func:`.given_rows`).

    >>> from kldocs.checker.documents import MAX_CODE_BLOCKS, Region
    >>> code_lists([Region("code", "coin = [0.75, 0.25]\\nlast = [0.5, 0.5]", 0), Region("code", "last = [1, 0]", 9)])
    {'coin': (0, ['0.75', '0.25'])}
    """
    blocks = list(blocks)
    candidates = {match["name"] for block in blocks for match in _LIST_ASSIGNMENT.finditer(block.text)}
    candidates = {name for name in candidates if not FORMULA_NAME.fullmatch(name)}
    candidates |= {match["name"] for block in blocks for match in _ROW_ASSIGNMENT.finditer(block.text)}
    if not candidates:
        return {}
    # Only a block that mentions a candidate can give it a list or assign it again: only those are parsed.
    mentions = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(candidates))) + r")\b")
    relevant = [block for block in blocks if mentions.search(block.text)]
    if len(relevant) > MAX_LIST_BLOCKS:  # past this no list is trusted: one parsed too few could be a reassignment
        return {}
    stored: dict[str, int] = {}
    found: dict[str, tuple[int, list[str]]] = {}
    above: dict[str, list[str]] = {}  # the numbers of those found, for the blocks below
    batches: dict[str, tuple[int, list[str]]] = {}
    for block in relevant:
        tree = parsed(block.text)
        if tree is None:  # not Python: any name it seems to assign counts as assigned again
            for name in candidates & {match["name"] for match in _ASSIGNED.finditer(block.text)}:
                stored[name] = stored.get(name, 0) + 2
            continue
        for name, count in stored_names(tree).items():
            stored[name] = stored.get(name, 0) + count
        given = given_lists(tree, above)
        for name, (_, numbers) in given.items():
            if not FORMULA_NAME.fullmatch(name) and name not in found:
                found[name] = (block.offset, numbers)
                above[name] = numbers
        if keys is not None:
            keys.update({name: listed for name, listed in dict_keys_of(tree).items() if name in given})
        for name, (_, numbers) in given_rows(tree).items():
            batches.setdefault(name, (block.offset, numbers))
    if rows is not None:
        rows.update({name: given for name, given in batches.items() if stored[name] == 1})
    return {name: given for name, given in found.items() if stored[name] == 1}
