r"""Chain rules over ``n`` random variables written with dots:
``H(X_1, \dots, X_n) = \sum_{i=1}^n H(X_i|X_{i-1}, \dots, X_1)``.

A formula is read only when every measure in it is ``H(...)`` or ``I(...;...)`` of lists of variables whose
subscripts are numbers, ``n``, ``i`` or ``i-1`` (a list ``X_a, \dots, X_b`` runs from ``a`` to ``b``, and is
empty when it would run the other way), each alone or under one ``\sum_{i=1}^{n}``. It is then written out
for several ``n`` and judged as :mod:`~kldocs.checker.shannon_measures` judges an equation or inequality of
named variables: it holds when it holds for each. Anything else is not read.

>>> from kldocs.checker.shannon_measures import Searches
>>> chain_rule(r"H(X_1, X_2, \dots, X_n) = \sum_{i=1}^n H(X_i|X_{i-1}, \dots, X_1)", Searches())
'identity'
>>> chain_rule(r"H(X_1, X_2, \dots, X_n) \leq \sum_{i=1}^{n} H(X_i)", Searches())
'bound'
>>> chain_rule(r"H(X_1, \dots, X_n) = \sum_{i=1}^{n} H(X_i)", Searches()) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.property_claims import Property
from kldocs.checker.shannon_measures import Form, Searches, holds_always, lines_of, mutual_form
from kldocs.checker.statement_reading import MIN_TOKENS, Budget

#: Characters of a formula read for a chain rule.
_MAX_TEXT = 600
#: A measure of random variables, without which a line holds no chain rule.
_MEASURE = lazy(r"[HI]\s*\(")
#: Dots between the ends of a list.
_DOTS = lazy(r"\\[lc]?dots|\.\.\.|…|\\dotsc")
_CLUTTER = lazy(
    r"\\left|\\right|\\[,;:! ]|\\displaystyle|\\limits|\s|&|\\(?:begin|end)\{[a-z*]{1,12}\}|\\label\{[^{}]{0,40}\}"
)
#: A variable: its letter and its subscript (a number, ``n``, ``i``, ``i-1`` or ``i+1``).
_VARIABLE = lazy(r"([A-Z])(?:_\{?([0-9]{1,2}|[ni](?:[-+]1)?)\}?)?")
#: A term: its sign, a sum over ``i`` from 1 to ``n`` or none, and its measure's arguments.
_TERM = lazy(
    r"(?P<sign>[-+]?)(?P<sum>\\sum_\{?i=1\}?\^\{?n\}?)?"
    r"(?:H\((?P<h>[^()|;]{1,80})(?:\|(?P<given>[^()|;]{1,80}))?\)"
    r"|I\((?P<a>[^()|;]{1,80});(?P<b>[^()|;]{1,80})(?:\|(?P<c>[^()|;]{1,80}))?\))"
)
#: The relations read between the two sides.
_RELATION = lazy(r"\\leq?(?![A-Za-z])|\\geq?(?![A-Za-z])|≤|≥|=")
_RELATIONS = {"=": "=", "\\le": "<=", "\\leq": "<=", "≤": "<=", "\\ge": ">=", "\\geq": ">=", "≥": ">="}
#: The numbers of variables each claim is written out for: equations, then inequalities (fewer: the search
#: for the elemental quantities grows fast).
_EQUATION_SIZES = (2, 3, 4, 5)
_BOUND_SIZES = (2, 3)


def chain_rule(formula: str, searches: Searches) -> str | None:
    """``"identity"`` or ``"bound"`` for a chain rule over ``n`` variables that holds for every joint
    distribution; None when the formula is not one, or not one that holds. A formula written again costs
    nothing; each new one costs one of the document's searches."""
    text = _ARGUMENTS.sub(_separated, _DOTS.sub("…", _CLUTTER.sub("", formula.replace("\\mid", "|"))))
    if text not in searches.chains and searches.left > 0:
        searches.left -= 1
        searches.chains[text] = _chain_rule(text, searches)
    return searches.chains.get(text)


def _chain_rule(text: str, searches: Searches) -> str | None:
    """See :func:`chain_rule`; ``text`` is the formula with its spacing and dots made plain."""
    if "…" not in text and "\\sum" not in text:
        return None
    relations = [match for match in _RELATION.finditer(text) if _depth(text, match.start()) == 0]
    if len(relations) != 1:
        return None
    relation = _RELATIONS[relations[0].group()]
    left, right = text[: relations[0].start()], text[relations[0].end() :]
    sizes = _EQUATION_SIZES if relation == "=" else _BOUND_SIZES
    for n in sizes:
        sides = _side(left, n), _side(right, n)
        if sides[0] is None or sides[1] is None or not holds_always(sides[0], relation, sides[1], searches):
            return None
    return "identity" if relation == "=" else "bound"


def chain_rules(document: SourceText, region: Region, searches: Searches, budget: Budget) -> Iterator[Property]:
    """The chain rules of a formula, one a line, that hold (see :func:`chain_rule`), as properties; each line
    read costs the budget of the document's maths what a short formula costs."""
    for start, line in lines_of(region):
        if budget.stopped is None and len(line) <= _MAX_TEXT and _DOTS.search(line) and _MEASURE.search(line):
            budget.spend(document, region.offset + start, MIN_TOKENS)
            kind = chain_rule(line, searches)
            if kind is not None:
                shown, offset = " ".join(_CLUTTER.sub(" ", line).split()), region.offset + start
                yield Property(document.line(offset), shown, "variables", f"chain_{kind}", False, offset)


#: A measure's arguments, and the place between two of its variables run together (``X_1X_2…X_n``).
_ARGUMENTS = lazy(r"(?<=[HI]\()[^()]{1,200}(?=\))")
_RUN_TOGETHER = lazy(r"(?<=[A-Z0-9ni}…])(?=[A-Z]|…)")


def _separated(match: re.Match[str]) -> str:
    r"""A measure's arguments with commas between the variables run together, as Chinese and Russian texts write
    them: ``X_1X_2…X_n`` is ``X_1,X_2,…,X_n``.

    >>> chain_rule(r"H(X_1X_2\dots X_n) = \sum_{i=1}^n H(X_i|X_1\dots X_{i-1})", Searches())
    'identity'
    """
    return _RUN_TOGETHER.sub(",", match.group())


def _depth(text: str, position: int) -> int:
    """How many brackets and braces are open at ``position``."""
    return sum({"(": 1, "{": 1, ")": -1, "}": -1}.get(char, 0) for char in text[:position])


def _side(text: str, n: int) -> Form | None:
    """One side written out for ``n`` variables, or None when it is not a sum of terms read here."""
    form: Form = {}
    position = 0
    while position < len(text):
        match = _TERM.match(text, position)
        if match is None or match.end() == position:
            return None
        position = match.end()
        weight = Fraction(-1 if match.group("sign") == "-" else 1)
        indices = range(1, n + 1) if match.group("sum") else (None,)
        for i in indices:
            term = _term(match, n, i)
            if term is None:
                return None
            for key, value in term.items():
                form[key] = form.get(key, Fraction(0)) + weight * value
    return {key: value for key, value in form.items() if value}


def _term(match: re.Match[str], n: int, i: int | None) -> Form | None:
    if match.group("h") is not None:
        first, given = _names(match.group("h"), n, i), _names(match.group("given") or "", n, i)
        if not first or given is None:
            return None
        return mutual_form(first, first, given)
    a, b, c = (_names(match.group(name) or "", n, i) for name in ("a", "b", "c"))
    if not a or not b or c is None:
        return None
    return mutual_form(a, b, c)


def _names(text: str, n: int, i: int | None) -> frozenset[str] | None:
    """The variables a list names for ``n`` and ``i``: ``X_1, \\dots, X_{i-1}``; None when it cannot be read
    (an index outside 1 to n, ``i`` outside a sum)."""
    names: set[str] = set()
    items = text.split(",") if text else []
    index = 0
    while index < len(items):
        ranged = index + 2 < len(items) and items[index + 1] == "…"  # X_a, \dots, X_b: from a to b
        last = items[index + 2] if ranged else items[index]
        ends = _variable(items[index], n, i), _variable(last, n, i)
        generic = _variable(items[index], 10, 7), _variable(last, 10, 7)
        index += 3 if ranged else 1
        if ends[0] is None or ends[1] is None or ends[0][0] != ends[1][0]:
            return None
        letter, start, stop = ends[0][0], ends[0][1], ends[1][1]
        if start is None or stop is None:  # a letter without an index: Y
            if ranged:
                return None
            names.add(letter)
            continue
        step = -1 if generic[0] and generic[1] and (generic[1][1] or 0) < (generic[0][1] or 0) else 1
        span = range(start, stop + step, step)  # empty when it would run the other way
        if any(not 1 <= k <= n for k in span):
            return None
        names.update(f"{letter}_{k}" for k in span)
    return frozenset(names)


def _variable(text: str, n: int, i: int | None) -> tuple[str, int | None] | None:
    """A variable's letter and index (None for a letter without one): ``X_{i-1}`` for ``i = 3`` is ``("X", 2)``."""
    match = _VARIABLE.fullmatch(text)
    if match is None:
        return None
    subscript = match.group(2)
    if subscript is None:
        return match.group(1), None
    if subscript.isdigit():
        return match.group(1), int(subscript)
    if subscript[0] == "i" and i is None:
        return None
    base = n if subscript[0] == "n" else i
    assert base is not None
    return match.group(1), base + (int(subscript[1:]) if len(subscript) > 1 else 0)
