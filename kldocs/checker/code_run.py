r"""Straight-line code followed, statement by statement, to the formula each value it shows is.

A program computes a measure in many ways: by hand (``E = -0.4*math.log2(0.4) - ...``), with a library
(``entropy([9/14, 5/14], base=2)``), through a function of its own (``def calc(freq): prob = freq/np.sum(freq)
...``), over a DataFrame (``sum(p*math.log2(1/p) for p in df.iloc[0])``) or a distribution object
(``Bernoulli(probs=0.3).entropy()``). :class:`Run` follows such code as Python would, but on formulas
(:mod:`~kldocs.checker.code_arithmetic`) and the values of :mod:`~kldocs.checker.code_library`, never running it:
each name holds the formula of its value, and what a print or a session shows is a claim about that formula.

Only what is certain is followed: a name assigned in a loop, a branch, a ``with`` or ``try`` block, changed in
place (``p[0] = 0.2``, ``p.append(x)``, given to a function not known) or made by anything not known (a random
array, a file read) holds nothing from there on, nor do the names that share its list; a function the code
defines is followed when its body is assignments and a ``return``. Code is parsed with :mod:`ast`, never run.

>>> run = Run({})
>>> for statement in ast.parse("from scipy.stats import entropy\ne = entropy([0.5, 0.5], base=2)").body:
...     run.execute(statement)
>>> round(run.formula(ast.parse("e - 0.25 * entropy([1/4, 3/4], base=2)", mode="eval").body).value, 10)
0.7971804689
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator, Mapping, Sequence

from kldocs.checker.code_arithmetic import Worked, number, readable
from kldocs.checker.code_library import attribute, elementwise, item, library_call, method_call, unary_minus
from kldocs.checker.code_literals import ARRAYS, unconverted
from kldocs.checker.code_numbers import changed_name, stored_names
from kldocs.checker.code_terms import dotted
from kldocs.checker.code_values import MAX_ITEMS, Items, Keyed, Labels, Library, Table, Value
from kldocs.checker.followed_functions import Defined, Known, is_docstring, plain, straight
from kldocs.checker.loop_sequences import bind, sequence_of

#: Most statements of a block followed (a longer block is left unread: its names hold nothing).
MAX_STATEMENTS = 5000
#: Deepest expression or call of the code's own functions followed.
MAX_DEPTH = 200
_MAX_CALLS = 4
#: Most conditions a comprehension's filters are tested on (nested loops multiply them).
MAX_TESTS = 4000
#: Most statements of loops' bodies followed for one block, over all the calls of its functions.
MAX_STEPS = 100
#: Modules code uses without importing them in the part a page shows.
_ALIASES = {
    "np": "numpy",
    "numpy": "numpy",
    "math": "math",
    "torch": "torch",
    "pd": "pandas",
    "tfd": "tensorflow_probability",
    "tfp": "tensorflow_probability",
}
_BUILTINS = frozenset({"sum", "float", "round", "len", "list", "tuple"})
#: Parts of module paths that name the same functions (``tfp.distributions.Bernoulli``, ``torch.distributions.kl``).
_SAME = {
    "tensorflow_probability.distributions": "tensorflow_probability",
    "torch.distributions.kl": "torch.distributions",
}


class Run:
    """Code followed statement by statement from the names ``known`` (what code above gave)."""

    def __init__(self, known: Mapping[str, Known], *, lists: bool = True) -> None:
        self.known = known
        self.names: dict[str, Known | None] = {}  # what this code gave (None: nothing certain)
        self.never: set[str] = set()  # names a function changes (``global``): nothing certain ever
        self.lists = lists  # whether a name may hold a list, which a call could change in place
        self.steps = [MAX_STEPS]  # statements of loops still to follow (shared with the runs inside calls)

    def lookup(self, name: str) -> Known | None:
        """What a name holds here."""
        if name in self.never:
            return None
        if name in self.names:
            return self.names[name]
        if name in self.known:
            return self.known[name]
        if name in _ALIASES:
            return Library(_ALIASES[name])
        return Library(name) if name in _BUILTINS else None

    def formula(self, node: ast.expr | None) -> Worked | None:
        """The formula of a value shown (with a logarithm in it, and digits floats keep), or None."""
        value = self.value(node) if node is not None else None
        return value if isinstance(value, Worked) and readable(value) else None

    def execute(self, statement: ast.stmt) -> None:
        """Follow one statement."""
        if isinstance(statement, ast.Import | ast.ImportFrom):
            self._imported(statement)
        elif isinstance(statement, ast.Assign):
            self._assigned(statement.targets, statement.value)
        elif isinstance(statement, ast.FunctionDef):  # what its body may change when it is called: never certain
            self.never |= {name for node in ast.walk(statement) if isinstance(node, ast.Global) for name in node.names}
            self.never |= {name for node in ast.walk(statement) if (name := changed_name(node)) is not None}
            self.names[statement.name] = Defined(statement) if straight(statement) else None
        elif isinstance(statement, ast.Expr) and not is_docstring(statement):
            self._shown(statement.value)
        elif isinstance(statement, ast.AugAssign) and isinstance(statement.target, ast.Name):
            held = self.lookup(statement.target.id)
            value = self.value(statement.value) if isinstance(held, Worked) else None
            self.names[statement.target.id] = (
                elementwise(statement.op, held, value)
                if isinstance(held, Worked) and isinstance(value, Worked)
                else None
            )
        elif isinstance(statement, ast.For | ast.If) and plain(statement):
            if not self._branched(statement):
                self._forget(statement)
        elif not isinstance(statement, ast.Pass | ast.Expr):
            self._forget(statement)

    def _branched(self, statement: ast.For | ast.If) -> bool:
        """Follow a loop over a list followed, turn by turn, or the branch a condition known takes; False (with the
        names it may give changed) when it cannot be."""
        if isinstance(statement, ast.If):
            truth = self.truth(statement.test)
            return truth is not None and self._followed(statement.body if truth else statement.orelse)
        turns = self.rounds(statement, most=self.steps[0] // len(statement.body))
        if turns is None:
            return False
        self.steps[0] -= len(turns) * len(statement.body)
        for turn in turns:
            self.names.update(turn)
            if not self._followed(statement.body):
                return False
        return True

    def _followed(self, statements: list[ast.stmt]) -> bool:
        """Follow the statements of a loop's or a branch's body; False as soon as a loop or branch in them is not."""
        for each in statements:
            if isinstance(each, ast.For | ast.If) and not self._branched(each):
                return False
            if not isinstance(each, ast.For | ast.If):
                self.execute(each)
        return True

    def _imported(self, statement: ast.Import | ast.ImportFrom) -> None:
        for alias in statement.names:
            if isinstance(statement, ast.Import):
                bound = alias.asname or alias.name.partition(".")[0]
                self.names[bound] = Library(_canonical(alias.name if alias.asname else bound))
            elif statement.module and not statement.level and alias.name != "*":
                self.names[alias.asname or alias.name] = Library(_canonical(f"{statement.module}.{alias.name}"))

    def _assigned(self, targets: Sequence[ast.expr], node: ast.expr) -> None:
        simple = all(isinstance(target, ast.Name) for target in targets)
        if simple:
            value = self.value(node)
            self.lists = self.lists or isinstance(value, Items | Keyed | Table)
            for target in targets:
                assert isinstance(target, ast.Name)
                self.names[target.id] = value
            return
        names = (
            [each.id for each in targets[0].elts if isinstance(each, ast.Name)]
            if isinstance(targets[0], ast.Tuple)
            else []
        )
        given = node.elts if isinstance(node, ast.Tuple) and len(targets) == 1 else []
        if names and len(names) == len(given) == len(getattr(targets[0], "elts", ())):
            values = [self.value(each) for each in given]  # (all of them first: ``a, b = b, a``)
            self.names.update(zip(names, values, strict=True))
            self.lists = self.lists or any(isinstance(value, Items | Keyed | Table) for value in values)
            return
        for target in targets:
            self._forget(target)

    def _shown(self, node: ast.expr) -> None:
        """An expression of its own: a call may change the lists given to it (``p.sort()``, ``shuffle(p)``)."""
        if not self.lists:
            return
        for call in (each for each in ast.walk(node) if isinstance(each, ast.Call)):
            changed = changed_name(call)
            if changed is not None:
                self._drop(changed)
            function = call.func.id if isinstance(call.func, ast.Name) else None
            if function == "print" or dotted(call.func) in ARRAYS:  # np.array(y) copies y, and leaves it as it is
                continue
            known = self.lookup(function) if function is not None else None
            if function is None or not isinstance(known, Library | Defined):
                for argument in call.args:
                    if isinstance(argument, ast.Name):
                        self._drop(argument.id)

    def _forget(self, statement: ast.AST) -> None:
        """A statement not followed: every name it may give or change holds nothing certain from here on."""
        for name in stored_names(ast.Module([statement], [])) if isinstance(statement, ast.stmt) else {}:
            self._drop(name)
        for node in ast.walk(statement):
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                self._drop(node.id)
            changed = changed_name(node)
            if changed is not None:
                self._drop(changed)
            if isinstance(node, ast.Call):
                for argument in node.args:
                    if isinstance(argument, ast.Name) and isinstance(self.lookup(argument.id), Items):
                        self._drop(argument.id)

    def _drop(self, name: str) -> None:
        """The name holds nothing certain, nor any name that shares its list."""
        held = self.lookup(name)
        self.names[name] = None
        if isinstance(held, Items | Keyed | Table):
            shared = [other for other in (*self.names, *self.known) if self.lookup(other) is held]
            for other in shared:
                self.names[other] = None

    def value(self, node: ast.expr, depth: int = 0) -> Known | None:
        """What an expression gives, or None when it is not certain."""
        if depth > MAX_DEPTH:
            return None
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str):  # a string's characters, for len() and Counter()
                return Labels(tuple(node.value), text=True) if len(node.value) <= MAX_ITEMS else None
            numeric = isinstance(node.value, int | float) and not isinstance(node.value, bool)
            return number(node.value) if numeric and isinstance(node.value, int | float) else None
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            inner = self.value(node.operand, depth + 1)
            if not isinstance(inner, Worked | Items):
                return None
            return unary_minus(inner) if isinstance(node.op, ast.USub) else inner
        if isinstance(node, ast.BinOp):
            left = self.value(node.left, depth + 1)
            right = self.value(node.right, depth + 1) if isinstance(left, Worked | Items) else None
            fits = isinstance(left, Worked | Items) and isinstance(right, Worked | Items)
            return (
                elementwise(node.op, left, right)
                if fits and isinstance(left, Worked | Items) and isinstance(right, Worked | Items)
                else None
            )
        if isinstance(node, ast.List | ast.Tuple):
            if node.elts and len(node.elts) <= MAX_ITEMS and all(_is_string(each) for each in node.elts):
                return Labels(tuple(str(each.value) for each in node.elts if isinstance(each, ast.Constant)))
            items = [self.value(each, depth + 1) for each in node.elts[: MAX_ITEMS + 1]]
            fits = len(node.elts) <= MAX_ITEMS and all(isinstance(each, Worked) for each in items)
            return Items(tuple(each for each in items if isinstance(each, Worked)), False) if fits else None
        if isinstance(node, ast.Dict):
            return self._dict(node, depth)
        if isinstance(node, ast.Attribute):
            owner = self.value(node.value, depth + 1)
            return attribute(owner, node.attr) if owner is not None and not isinstance(owner, Defined) else None
        if isinstance(node, ast.Subscript):
            return self._subscript(node, depth)
        if isinstance(node, ast.Call):
            return self._call(node, depth)
        if isinstance(node, ast.ListComp | ast.GeneratorExp):
            return self._comprehension(node, depth)
        return None

    def _dict(self, node: ast.Dict, depth: int) -> Keyed | None:
        keys = [
            key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None for key in node.keys
        ]
        values = [self.value(each, depth + 1) for each in node.values]
        if None in keys or len(set(keys)) != len(keys) or not all(isinstance(v, Worked | Items) for v in values):
            return None
        return Keyed(
            tuple(key for key in keys if key is not None), tuple(v for v in values if isinstance(v, Worked | Items))
        )

    def _subscript(self, node: ast.Subscript, depth: int) -> Value | None:
        owner = self.value(node.value, depth + 1)
        key = node.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            return item(owner, key.value) if owner is not None and not isinstance(owner, Defined) else None
        if isinstance(key, ast.Tuple):
            parts = [self.value(each, depth + 1) for each in key.elts]
            index: Value | tuple[Worked, ...] | None = (
                tuple(part for part in parts if isinstance(part, Worked))
                if all(isinstance(p, Worked) for p in parts)
                else None
            )
        else:
            found = self.value(key, depth + 1) if not isinstance(key, ast.Slice) else None
            index = found if not isinstance(found, Defined) else None
        if owner is None or index is None or isinstance(owner, Defined):
            return None
        return item(owner, index)

    def _call(self, node: ast.Call, depth: int) -> Known | None:
        inner = unconverted(node)
        if inner is not node:  # an array made another type: its values are the same
            return self.value(inner, depth + 1)
        if any(isinstance(each, ast.Starred) for each in node.args) or any(k.arg is None for k in node.keywords):
            return None
        function = node.func
        owner = self.value(function.value, depth + 1) if isinstance(function, ast.Attribute) else None
        method = isinstance(function, ast.Attribute) and owner is not None and not isinstance(owner, Library | Defined)
        called = None if method else self.value(function, depth + 1)
        if not method and not isinstance(called, Library | Defined):
            return None
        arguments = [self.value(each, depth + 1) for each in node.args]
        keywords = {k.arg: self.value(k.value, depth + 1) for k in node.keywords if k.arg is not None}
        if any(each is None or isinstance(each, Defined) for each in [*arguments, *keywords.values()]):
            return None
        given = [each for each in arguments if each is not None and not isinstance(each, Defined)]
        named = {k: v for k, v in keywords.items() if v is not None and not isinstance(v, Defined)}
        if method:
            assert isinstance(function, ast.Attribute) and owner is not None and not isinstance(owner, Defined)
            return method_call(owner, function.attr, given, named)
        if isinstance(called, Defined):
            return self._defined(called.node, given, named, depth)
        assert isinstance(called, Library)
        return library_call(_canonical(called.name), given, named)

    def _defined(
        self, node: ast.FunctionDef, arguments: list[Value], keywords: dict[str, Value], depth: int
    ) -> Known | None:
        """A call of the code's own function: its body followed with the parameters bound to the arguments."""
        parameters = [each.arg for each in node.args.args]
        defaults = dict(zip(parameters[len(parameters) - len(node.args.defaults) :], node.args.defaults, strict=True))
        if len(arguments) > len(parameters) or depth > MAX_DEPTH - _MAX_CALLS * 10 or set(keywords) - set(parameters):
            return None
        local: dict[str, Known | None] = dict(zip(parameters, arguments, strict=False))
        for name in parameters[len(arguments) :]:
            local[name] = (
                keywords[name]
                if name in keywords
                else (self.value(defaults[name], depth + 10) if name in defaults else None)
            )
        inner = Run(_Inside(local, self))
        inner.never, inner.steps = self.never, self.steps
        body = [statement for statement in node.body if not is_docstring(statement)]
        for statement in body[:-1]:
            inner.execute(statement)
        last = body[-1]
        return inner.value(last.value, depth + 10) if isinstance(last, ast.Return) and last.value is not None else None

    def _comprehension(self, node: ast.ListComp | ast.GeneratorExp, depth: int) -> Items | None:
        """``[f(x) for x in xs]`` and ``(p * log2(1/p) for p, _ in zip(a, b) if p > 0)``, over lists followed."""
        bindings: list[dict[str, Known | None]] = [{}]
        tested = 0
        for generator in node.generators:
            if generator.is_async:
                return None
            grown: list[dict[str, Known | None]] = []
            for bound in bindings:
                inner = self._with(bound)
                sequence = sequence_of(inner.value(generator.iter, depth + 1), generator.iter, inner, depth + 1)
                if sequence is None:
                    return None
                for each in sequence:
                    names = bind(generator.target, each)
                    if names is None:
                        return None
                    tested += len(generator.ifs)
                    if tested > MAX_TESTS:
                        return None  # [a for a in range(1000) for b in range(1000) if b > 0]: too much to follow
                    condition = [self._with({**bound, **names}).truth(test, depth + 1) for test in generator.ifs]
                    if None in condition:
                        return None
                    if all(condition):
                        grown.append({**bound, **names})
                    if len(grown) > MAX_ITEMS:
                        return None
            bindings = grown
        values = [self._with(bound).value(node.elt, depth + 1) for bound in bindings]
        fits = all(isinstance(each, Worked) for each in values)
        return Items(tuple(each for each in values if isinstance(each, Worked)), False) if fits else None

    def rounds(self, loop: ast.For, most: int = MAX_ITEMS) -> list[dict[str, Known | None]] | None:
        """The names each turn of a loop over a list followed gives its target (``for p in [0.1, 0.5]:``); None for
        more than ``most`` turns."""
        sequence = sequence_of(self.value(loop.iter), loop.iter, self, most=most) if not loop.orelse else None
        if sequence is not None and len(sequence) > most:
            return None
        turns = [bind(loop.target, each) for each in sequence or []]
        return [turn for turn in turns if turn is not None] if sequence is not None and all(turns) else None

    def _with(self, bound: Mapping[str, Known | None]) -> Run:
        inner = Run(_Inside(dict(bound), self))
        inner.never, inner.steps = self.never, self.steps
        return inner

    def truth(self, test: ast.expr, depth: int = 0) -> bool | None:
        """Whether a comparison of two numbers holds (``p > 0``), or a number is not zero (``if p``); None when it is
        not known."""
        if isinstance(test, ast.Name):
            value = self.value(test, depth + 1)
            return value.value != 0 if isinstance(value, Worked) else None
        if isinstance(test, ast.BoolOp):  # p > 0 and q > 0: every part known
            parts = [self.truth(each, depth + 1) for each in test.values]
            return None if None in parts else (all(parts) if isinstance(test.op, ast.And) else any(parts))
        if not isinstance(test, ast.Compare) or len(test.ops) != 1:
            return None
        left, right = self.value(test.left, depth + 1), self.value(test.comparators[0], depth + 1)
        if not isinstance(left, Worked) or not isinstance(right, Worked):
            return None
        compare: dict[type, Callable[[float, float], bool]] = {
            ast.Gt: float.__gt__,
            ast.GtE: float.__ge__,
            ast.Lt: float.__lt__,
            ast.LtE: float.__le__,
            ast.NotEq: float.__ne__,
        }
        operation = compare.get(type(test.ops[0]))
        return operation(left.value, right.value) if operation is not None else None


class _Inside(Mapping[str, Known]):
    """The names inside a function's body or a comprehension: its own first, then the code's."""

    def __init__(self, local: dict[str, Known | None], outer: Run) -> None:
        self._local, self._outer = local, outer

    def __getitem__(self, name: str) -> Known:
        found = self._local[name] if name in self._local else self._outer.lookup(name)
        if found is None:
            raise KeyError(name)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._local)

    def __len__(self) -> int:
        return len(self._local)


def _is_string(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _canonical(name: str) -> str:
    """A library's name as :mod:`.code_library` knows it (``tfp.distributions.X`` as ``tensorflow_probability.X``)."""
    for long, short in _SAME.items():
        if name.startswith(long + "."):
            return short + name[len(long) :]
    head, dot, rest = name.partition(".")
    return _ALIASES.get(head, head) + dot + rest if head in ("np", "pd", "tfp", "tfd") else name


def formula_of(node: ast.expr | None, values: Mapping[str, Known]) -> Worked | None:
    """The formula a value shown is, with the names as ``values`` gives them (see :class:`Run`)."""
    return Run(values).formula(node) if node is not None else None


def shown_formulas(
    tree: ast.Module, values: Mapping[str, Known], shown: Callable[[ast.stmt], list[ast.expr]]
) -> dict[int, Worked]:
    """The code followed from ``values``: the formula of each value that ``shown`` says a statement shows, by the
    value's ``id``, as the names stand when that statement is reached."""
    run = Run(values)
    found: dict[int, Worked] = {}
    for statement in tree.body[:MAX_STATEMENTS]:
        for node in shown(statement):
            formula = run.formula(node)
            if formula is not None:
                found[id(node)] = formula
        run.execute(statement)
    return found
