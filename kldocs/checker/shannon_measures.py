r"""Identities and inequalities between Shannon's measures of random variables, true of every distribution.

Each of ``H(X)``, ``H(X,Y)``, ``H(X|Y)`` and ``I(X;Y)`` is a combination of the joint entropies of sets
of variables: ``H(X|Y) = H(X,Y) - H(Y)``, ``I(X;Y) = H(X) + H(Y) - H(X,Y)``. An equation whose two sides
come to the same combination holds for every joint distribution. An inequality holds for every joint
distribution when the difference of its sides is a sum, with non-negative weights, of elemental
quantities (``H(X|rest)`` and ``I(X;Y|K)``, never negative), found exactly here. An equation that is no
identity is false when it is a slip in one (:mod:`~kldocs.checker.shannon_trials`: ``I(X;Y) = H(X) - H(Y|X)``);
anything else may hold for the document's own variables (a cipher's key, a function of another variable),
so it is left unchecked, never called false.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> text = r"I(X;Y) = H(X) - H(X|Y)"
>>> (statement,) = [s for s in statements(tokenize(text), text) if not s.fallback]
>>> judge_shannon(statement, Searches())[:2]
('identity', 'holds')
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from fractions import Fraction

from kldocs.checker.chains import Statement, statements
from kldocs.checker.documents import Region, SourceText, text_lines
from kldocs.checker.found import Found
from kldocs.checker.judging import Verdict
from kldocs.checker.latex_numbers import Node
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.lowercase_variables import as_capitals
from kldocs.checker.shannon_trials import refuted
from kldocs.checker.statement_reading import MIN_TOKENS, Budget
from kldocs.checker.tokens import MAX_TOKENS, MeasureSymbol, TooComplexError, tokenize
from kldocs.checker.trees import measure_form
from kldocs.checker.written_precision import literal

#: A combination of joint entropies: each set of variables with its weight (the empty set is never a key).
Form = dict[frozenset[str], Fraction]

#: A random variable's name: a capital letter, perhaps with a subscript (``X_1``, ``X_{i}`` read as ``X_i``).
#: ``P`` and ``Q`` name distributions; capitals run together (``MK``) may be a pair, so they are not read.
_VARIABLE = lazy(r"(?![PQ])[A-Z](?:_[A-Za-z0-9]{1,12}|[0-9]{1,3})?")
#: Measures of random variables this module reads.
_MEASURES = frozenset({"entropy", "joint_entropy", "conditional_entropy", "mutual_information"})
#: Variables one claim may name: the elemental quantities grow fast with them.
MAX_VARIABLES = 4
#: Elemental quantities combined at most to show that an inequality holds.
_MAX_TERMS = {1: 1, 2: 3, 3: 4, 4: 3}
#: Searches for them one document may make (see :class:`Searches`).
MAX_SEARCHES = 30


def judge_shannon(statement: Statement, searches: Searches) -> tuple[str, Verdict, str] | None:
    r"""The kind, verdict and note of a claim between Shannon's measures of random variables, or None when
    its sides are not combinations of such measures (a value, a KL divergence of distributions).

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> text = r"H(X|Y) \le H(X)"
    >>> (statement,) = [s for s in statements(tokenize(text), text) if not s.fallback]
    >>> judge_shannon(statement, Searches())[2]
    'a Shannon inequality, true of every joint distribution: the difference is I(X;Y) >= 0'
    """
    sides = _sides(statement)
    capitals = as_capitals(statement) if sides is None else None
    sides = _sides(capitals) if capitals is not None else sides
    if capitals is not None and sides is not None:  # I(x;y) = H(y) - H(x|y): the variables in lower case
        kind, verdict, note = _judged(capitals, sides, searches)
        return kind, verdict, f"{note} (read with the variables in capitals; pointwise, it is the same)"
    return _judged(statement, sides, searches) if sides is not None else None


def _judged(statement: Statement, sides: tuple[Form, Form], searches: Searches) -> tuple[str, Verdict, str]:
    """The kind, verdict and note of a claim whose sides are the combinations ``sides``."""
    difference = _combined(*sides, Fraction(-1))
    variables = frozenset().union(*difference) if difference else frozenset()
    if statement.relation in ("=", "~"):
        if not difference:
            return (
                "identity",
                "holds",
                "an identity of Shannon's measures: both sides are the same combination of joint entropies",
            )
        if len(variables) == 1 and literal(statement.left) is None and literal(statement.right) is None:
            # I(X;X) = H(X) - H(X,X): measures of one variable on both sides, no written 0
            ((name,),) = difference
            return ("identity", "false", _one_variable(name, difference[frozenset({name})]))
        if _self_measure_zero(statement, difference):  # I(X;X) = H(X) - H(X|X) = 0: it is H(X), not 0
            ((name,),) = difference
            return ("identity", "false", _one_variable(name, difference[frozenset({name})]))
        if not (sides[0] and sides[1]):  # ``I(X;Y) = 0``: a value, not an identity
            return (
                "identity",
                "unchecked",
                f"{statement.text} gives a value of a measure of random variables, not an identity: kldocs does not "
                "check it without their joint distribution",
            )
        why = _refuted(statement, sides, searches)
        if why is not None:
            return "identity", "false", why
        return (
            "identity",
            "unchecked",
            (
                "not an identity of Shannon's measures (the two sides are different combinations of joint entropies): "
                "it may hold for the document's own random variables, whose joint distribution kldocs does not have"
            ),
        )
    if statement.relation in (">=", "<=") and len(variables) <= MAX_VARIABLES:
        oriented = difference if statement.relation == ">=" else _combined({}, difference, Fraction(-1))
        terms = searches.elemental_sum(_key(oriented))
        if terms is not None:
            written = " + ".join(terms) if terms else "0"
            return (
                "bound",
                "holds",
                f"a Shannon inequality, true of every joint distribution: the difference is {written} >= 0",
            )
    if statement.relation in (">=", "<=", ">", "<") and difference and len(variables) <= MAX_VARIABLES:
        against = difference if statement.relation in ("<=", "<") else _combined({}, difference, Fraction(-1))
        terms = searches.elemental_sum(_key(against))  # the reverse is a Shannon inequality
        if terms:
            return "bound", "false", _reversed(" + ".join(terms), strict=statement.relation in (">", "<"))
    return (
        "bound",
        "unchecked",
        (
            "not one of Shannon's inequalities kldocs can derive: it may hold for the document's own random "
            "variables, whose joint distribution kldocs does not have"
        ),
    )


def _reversed(terms: str, *, strict: bool) -> str:
    """Why an inequality whose reverse is a Shannon inequality is false as a claim about random variables.

    >>> _reversed("I(X;Y)", strict=False).split("), ")[1]
    'so this holds only where I(X;Y) = 0, not in general'
    """
    where = "never holds" if strict else f"holds only where {terms} = 0, not in general"
    return (
        f"the reverse is a Shannon inequality, true of every joint distribution (the difference is {terms} >= 0), "
        f"so this {where}"
    )


def _refuted(statement: Statement, sides: tuple[Form, Form], searches: Searches) -> str | None:
    """Why an equation that is no identity is false (see :mod:`~kldocs.checker.shannon_trials`), or None. Sides that
    name different variables (``H(Y|X) = H(N)``, where the document may define ``Y = X + N``) are not judged.

    >>> from kldocs.checker.chains import statements
    >>> texts = ("H(X|Y) = H(X,Y) - H(X)", "H(Y|X) = H(X,Y) - H(N)", "H(X,Y) = H(X) + H(Y)")
    >>> found = [s for text in texts for s in statements(tokenize(text), text) if not s.fallback]
    >>> [_refuted(statement, _sides(statement), Searches()) is None for statement in found]
    [False, True, True]
    """
    left, right = measure_form(statement.left) or {}, measure_form(statement.right) or {}
    named = [
        {name for symbol in side for arg in symbol.args or () for name in arg.split(",")} for side in (left, right)
    ]
    if named[0] != named[1]:
        return None
    terms = [(weight, symbol_form(symbol) or {}) for symbol, weight in left.items()]
    terms += [(-weight, symbol_form(symbol) or {}) for symbol, weight in right.items()]

    def nonnegative(form: Form) -> bool:
        return not form or searches.elemental_sum(_key(form)) is not None

    return refuted(*sides, terms, nonnegative)


def back_to_first_side(statement: Statement, chain: Sequence[Statement]) -> str | None:
    r"""The first side of the chain of equations ``statement`` continues, when the statement's right side equals it
    by Shannon's identities though its left does not: the row is right, and the row above it is the one that
    differs (``I(X;Y) &= H(X) - H(X|Y) \ &= H(Y) - H(X|Y) \ &= H(X) + H(Y) - H(X,Y)``); else None.

    >>> text = "I(X;Y) = H(Y) - H(X|Y) = H(X) + H(Y) - H(X,Y)"
    >>> chain = [s for s in statements(tokenize(text), text) if not s.fallback]
    >>> back_to_first_side(chain[1], chain)
    'I(X;Y)'
    """
    read = [item for item in chain if not item.fallback]
    if not read or read[0] is statement or any(item.relation != "=" for item in read):
        return None
    first, right = _form(read[0].left), _form(statement.right)
    if first is None or right is None or _combined(first, right, Fraction(-1)):
        return None
    return read[0].left_text


def _self_measure_zero(statement: Statement, difference: Form) -> bool:
    r"""Whether ``statement`` says 0 of a combination that is a multiple of one variable's entropy, written with a
    measure of that variable with itself (``I(X;X) = 0``, ``H(X) - H(X|X) = 0``): a claim about every variable, which
    holds only for a constant one. A value of a measure of two variables (``I(X;Y) = 0``) is no such claim.

    >>> from kldocs.checker.chains import statements
    >>> texts = ("H(X) - H(X|X) = 0", "I(X;Y) = 0", "H(X) = 0")
    >>> found = [s for text in texts for s in statements(tokenize(text), text) if not s.fallback]
    >>> [_self_measure_zero(s, _combined(*_sides(s), Fraction(-1))) for s in found]
    [True, False, False]
    """
    if len(difference) != 1 or len(next(iter(difference))) != 1:
        return False
    written = [literal(side) for side in (statement.left, statement.right)]
    if not any(value is not None and value.value == 0 for value in written):
        return False
    symbols = [*(measure_form(statement.left) or {}), *(measure_form(statement.right) or {})]
    return any(symbol.args is not None and len(set(symbol.args)) < len(symbol.args) for symbol in symbols)


def _one_variable(name: str, weight: Fraction) -> str:
    """Why an equation between measures of one random variable that differ is false.

    >>> _one_variable("X", Fraction(-1)).split(" (")[0]
    'not an identity: the left side is H(X) less than the right'
    """
    size = f"H({name})" if abs(weight) == 1 else f"{abs(weight)} H({name})"
    more = "more" if weight > 0 else "less"
    return (
        f"not an identity: the left side is {size} {more} than the right (H({name},{name}) = H({name}), "
        f"I({name};{name}) = H({name}), H({name}|{name}) = 0), so the two are equal only for a constant {name}"
    )


#: A sign that defines the left side by the right (``I(X;Y|Z) \equiv H(X|Z) - H(X|Y,Z)``), right after a measure
#: of random variables.
_DEFINED = lazy(r"(?<=\))\s*(?:\\equiv(?![A-Za-z])|\\triangleq(?![A-Za-z])|\\coloneqq(?![A-Za-z])|≡|≜|:=|≔)")
#: Characters of a formula read for such definitions.
_MAX_DEFINED = 1000


def defined_identities(document: SourceText, region: Region, budget: Budget) -> Iterator[Found]:
    r"""The statements of a formula that defines a measure of random variables by others, read as equations
    (the reading of formulas stops at a definition sign): each is judged as an identity.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("$$I(X;Y|Z) \\equiv H(X|Z) - H(X|Y,Z)$$\n", "a.md")
    >>> [found.statement.text for found in defined_identities(document, document.math[0], Budget())]
    ['I(X;Y|Z) = H(X|Z) - H(X|Y,Z)']
    """
    for start, line in lines_of(region):
        if budget.stopped is None and len(line) <= _MAX_DEFINED and ")" in line and _DEFINED.search(line):
            yield from defined_line(document, region.offset + start, line, budget)


def lines_of(region: Region) -> Iterator[tuple[int, str]]:
    """Each line of a region with where it starts in the region's text.

    >>> list(lines_of(Region("prose", "a\\nbc", 0)))
    [(0, 'a'), (2, 'bc')]
    """
    return text_lines(region.text)


def defined_line(document: SourceText, offset: int, text: str, budget: Budget) -> Iterator[Found]:
    """The statements of one line (at ``offset`` in the document) with definition signs in it, each sign read as
    ``=``: those across a sign."""
    signs = [match for match in _DEFINED.finditer(text) if _ABOUT_VARIABLES.search(text, 0, match.start())]
    if not signs:
        return
    for match in reversed(signs):  # as wide as the sign, so that every offset stays
        text = text[: match.start()] + " " * (match.end() - match.start() - 1) + "=" + text[match.end() :]
    try:
        tokens = tokenize(text)
    except TooComplexError:
        budget.spend(document, offset, MAX_TOKENS)
        return
    found = statements(tokens, text)
    budget.spend(document, offset, max(len(tokens), MIN_TOKENS), len(found))
    for statement in found:
        start = min(statement.left.start, statement.right.start)
        end = max(statement.left.end, statement.right.end)
        if any(start < sign.end() <= end for sign in signs) and _sides(statement) is not None:
            yield Found(document.line(offset + statement.offset), statement, (), offset + statement.offset)


#: A measure of random variables: ``H(X|Y)``, ``H(X,Y)``, ``I(X;Y)``.
_ABOUT_VARIABLES = lazy(r"[HI]\s*\(\s*[A-Z][^()]{0,40}[|;,]")


def holds_always(left: Form, relation: str, right: Form, searches: Searches) -> bool:
    """Whether ``left relation right`` (``=``, ``<=`` or ``>=``) holds for every joint distribution, as far as
    the search of :func:`judge_shannon` can show.

    >>> holds_always(mutual_form(frozenset("X"), frozenset("Y"), frozenset()), ">=", {}, Searches())
    True
    """
    difference = _combined(left, right, Fraction(-1))
    if relation == "=":
        return not difference
    variables = frozenset().union(*difference) if difference else frozenset()
    if relation not in ("<=", ">=") or len(variables) > MAX_VARIABLES:
        return False
    oriented = difference if relation == ">=" else _combined({}, difference, Fraction(-1))
    return searches.elemental_sum(_key(oriented)) is not None


def _key(form: Form) -> tuple[tuple[tuple[str, ...], Fraction], ...]:
    """The form as a key of the searches made (see :class:`Searches`)."""
    return tuple(sorted((tuple(sorted(key)), value) for key, value in form.items()))


def _sides(statement: Statement) -> tuple[Form, Form] | None:
    """Both sides as combinations of joint entropies, when both are (and one names a measure)."""
    left, right = _form(statement.left), _form(statement.right)
    if left is None or right is None:
        return None
    named = left or right or literal(statement.left) is None or literal(statement.right) is None  # H(X|X) = 0
    return (left, right) if named else None


def equation_form(statement: Statement) -> Form | None:
    """The left side minus the right as a combination of joint entropies (``{}`` for an identity), or None when a
    side is not one.

    >>> from kldocs.checker.chains import statements
    >>> (statement,) = [s for s in statements(tokenize("H(X|Y) = 0"), "H(X|Y) = 0") if not s.fallback]
    >>> sorted((sorted(key), str(value)) for key, value in equation_form(statement).items())
    [(['X', 'Y'], '1'), (['Y'], '-1')]
    """
    sides = _sides(statement)
    return _combined(*sides, Fraction(-1)) if sides is not None else None


def _form(node: Node) -> Form | None:
    """The side as a combination of joint entropies; ``{}`` for a written 0; None when it is anything else."""
    written = literal(node)
    if written is not None:
        return {} if written.value == 0 else None
    measures = measure_form(node)
    if not measures:
        return None
    total: Form = {}
    for symbol, weight in measures.items():
        form = symbol_form(symbol)
        if form is None:
            return None
        total = _combined(total, form, weight)
    return total


def symbol_form(symbol: MeasureSymbol) -> Form | None:
    """One measure as a combination of joint entropies, or None when it is not one of random variables.

    >>> form = symbol_form(MeasureSymbol("mutual_information", ("X", "Y")))
    >>> sorted((sorted(key), str(value)) for key, value in form.items())
    [(['X'], '1'), (['X', 'Y'], '-1'), (['Y'], '1')]
    >>> symbol_form(MeasureSymbol("conditional_entropy", ("X", "Y=a"))) is None
    True
    >>> symbol_form(MeasureSymbol("conditional_entropy", ("X", "Y,Z"))) == {frozenset("XYZ"): 1, frozenset("YZ"): -1}
    True
    """
    if symbol.measure not in _MEASURES or not symbol.args:
        return None
    sets = [frozenset(arg.split(",")) for arg in symbol.args]
    if not all(_VARIABLE.fullmatch(name) for names in sets for name in names):
        return None
    if symbol.measure in ("entropy", "joint_entropy"):
        return {frozenset().union(*sets): Fraction(1)}
    if symbol.measure == "conditional_entropy":
        return mutual_form(sets[0], sets[0], sets[1])
    return mutual_form(sets[0], sets[1], sets[2] if len(sets) == 3 else frozenset())


def mutual_form(first: frozenset[str], second: frozenset[str], given: frozenset[str]) -> Form:
    """``I(A;B|K) = H(A,K) + H(B,K) - H(A,B,K) - H(K)`` as a combination of joint entropies; with ``A = B``
    it is ``H(A|K)``."""
    form: Form = {}
    for variables, weight in ((first | given, 1), (second | given, 1), (first | second | given, -1), (given, -1)):
        if variables:
            form = _combined(form, {variables: Fraction(weight)}, Fraction(1))
    return form


def _combined(form: Form, other: Form, weight: Fraction) -> Form:
    """``form + weight * other``, without the sets whose weights cancel."""
    total = dict(form)
    for key, value in other.items():
        total[key] = total.get(key, Fraction(0)) + weight * value
    return {key: value for key, value in total.items() if value}


def _elementals(variables: Sequence[str]) -> Iterator[tuple[str, Form]]:
    """The elemental quantities of the variables, each with its text and its form: ``H(X|rest)`` and
    ``I(X;Y|K)`` for every ``K`` among the others."""
    everything = frozenset(variables)
    for name in variables:
        rest = sorted(everything - {name})
        text = f"H({name}|{','.join(rest)})" if rest else f"H({name})"
        yield text, _combined({everything: Fraction(1)}, {frozenset(rest): Fraction(1)} if rest else {}, Fraction(-1))
    for first, second in itertools.combinations(variables, 2):
        others = [name for name in variables if name not in (first, second)]
        for size in range(len(others) + 1):
            for given in itertools.combinations(others, size):
                text = f"I({first};{second}|{','.join(given)})" if given else f"I({first};{second})"
                yield text, mutual_form(frozenset({first}), frozenset({second}), frozenset(given))


class Searches:
    """The searches for elemental quantities one document may make (each costs a few milliseconds), and the
    ones it made, by target, so that a claim written again costs nothing.

    >>> searches = Searches()
    >>> searches.elemental_sum(_key(mutual_form(frozenset("X"), frozenset("Y"), frozenset("Z"))))
    ['I(X;Y|Z)']
    """

    def __init__(self, limit: int = MAX_SEARCHES) -> None:
        self.left = limit
        self.done: dict[tuple[tuple[tuple[str, ...], Fraction], ...], list[str] | None] = {}
        self.chains: dict[str, str | None] = {}  # what each chain rule read came to (see variable_chains)

    def elemental_sum(self, target: tuple[tuple[tuple[str, ...], Fraction], ...]) -> list[str] | None:
        """The elemental quantities, with positive weights, that add up to the target, as text; None if no
        few of them do, or when the document has made all its searches (None says only that none was found)."""
        if target in self.done:
            return self.done[target]
        if self.left <= 0:
            return None
        self.left -= 1
        self.done[target] = found = _elemental_sum(target)
        return found


def _elemental_sum(target: tuple[tuple[tuple[str, ...], Fraction], ...]) -> list[str] | None:
    """See :meth:`Searches.elemental_sum`. Each choice of elemental quantities is screened in floating point,
    all choices of one size at once, and a choice that passes is solved exactly before it is believed.

    >>> _elemental_sum(((("X",), Fraction(1)), (("Y",), Fraction(1)), (("X", "Y"), Fraction(-1))))
    ['I(X;Y)']
    """
    import numpy  # here, not above: most documents never search, and numpy's import costs more than a search

    if not target:
        return []
    goal: Form = {frozenset(key): value for key, value in target}
    variables = sorted(frozenset().union(*goal))
    if len(variables) > MAX_VARIABLES:
        return None
    elementals = list(_elementals(variables))
    keys = sorted({key for _, form in elementals for key in form} | set(goal), key=sorted)
    matrix = numpy.array([[float(form.get(key, 0)) for key in keys] for _, form in elementals])
    vector = numpy.array([float(goal.get(key, 0)) for key in keys])
    for size in range(1, _MAX_TERMS[len(variables)] + 1):
        choices = numpy.array(list(itertools.combinations(range(len(elementals)), size)), dtype=numpy.intp)
        columns = matrix[choices].transpose(0, 2, 1)  # one matrix of `size` columns for each choice
        weights = numpy.linalg.pinv(columns) @ vector
        residuals = numpy.abs(numpy.einsum("ckj,cj->ck", columns, weights) - vector).max(axis=1)
        for index in numpy.nonzero((residuals < 1e-9) & (weights > 1e-9).all(axis=1))[0]:
            chosen = [elementals[k] for k in choices[index]]
            exact = _solve([form for _, form in chosen], goal, keys)
            if exact is not None and all(weight > 0 for weight in exact):
                return [_weighted(text, weight) for (text, _), weight in zip(chosen, exact, strict=True)]
    return None


def _weighted(text: str, weight: Fraction) -> str:
    return text if weight == 1 else f"{weight} {text}"


def _solve(columns: list[Form], goal: Form, keys: list[frozenset[str]]) -> list[Fraction] | None:
    """The one exact solution of ``sum weight_k * column_k = goal``, or None when there is none or many."""
    rows = [[column.get(key, Fraction(0)) for column in columns] + [goal.get(key, Fraction(0))] for key in keys]
    width = len(columns)
    for col in range(width):  # the pivot of column ``col`` is put in row ``col``
        found = next((r for r in range(col, len(rows)) if rows[r][col]), None)
        if found is None:
            return None  # the columns are dependent: a smaller choice covers it
        rows[col], rows[found] = rows[found], rows[col]
        pivot = rows[col][col]
        rows[col] = [value / pivot for value in rows[col]]
        for r in range(len(rows)):
            if r != col and rows[r][col]:
                factor = rows[r][col]
                rows[r] = [value - factor * top for value, top in zip(rows[r], rows[col], strict=True)]
    if any(row[width] for row in rows[width:]):
        return None  # the goal is not in their span
    return [rows[r][width] for r in range(width)]
