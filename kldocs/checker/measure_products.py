r"""An equation that gives a measure of two random variables as the product of their entropies: ``H(X,Y) = H(X)H(Y)``.

Entropies add (``H(X,Y) = H(X) + H(Y)`` for independent variables); a product of two is in squared bits and is
no identity of Shannon's measures. Such an equation, with a joint or conditional entropy or a mutual information of
the two variables on one side and ``H(X) H(Y)`` (``H(X)\cdot H(Y)``, ``H(X) * H(Y)``) on the other, is tried on
three pairs of variables: independent fair bits, one fair bit taken twice, and independent uniform variables on
four and on two values. It is false when the sides differ on one of them (the note names it and gives both
sides); an equation they all satisfy is left alone.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> text = "H(X,Y) = H(X) H(Y)"
>>> (claim,) = [item for item in statements(tokenize(text), text) if not item.fallback]
>>> product_claim(claim)[2][-79:]
'for independent fair bits X and Y, the left side is 2 bits and the right side 1'
"""

from __future__ import annotations

from fractions import Fraction

from kldocs.checker.chains import Statement
from kldocs.checker.judging import Verdict
from kldocs.checker.latex_numbers import MeasureNode, Node, Product
from kldocs.checker.shannon_measures import symbol_form

#: Pairs of variables tried, each with the entropy in bits of a set of them: both, the first, the second.
_TRIALS = (
    ("independent fair bits {a} and {b}", (2, 1, 1)),
    ("a fair bit {a} and {b} = {a}", (1, 1, 1)),
    ("independent {a} uniform on four values and {b} a fair bit", (3, 2, 1)),
)


def product_claim(statement: Statement) -> tuple[str, Verdict, str] | None:
    """The verdict on an equation of a measure of two variables and the product of their entropies, or None when
    ``statement`` is not one."""
    if statement.relation not in ("=", "~"):
        return None
    for measure, product in ((statement.left, statement.right), (statement.right, statement.left)):
        names = _entropies(product)
        form = symbol_form(measure.symbol) if isinstance(measure, MeasureNode) else None
        if names is None or form is None or set().union(*form) != set(names):
            continue
        first, second = names
        for words, (both, one, other) in _TRIALS:
            sizes = {frozenset(names): both, frozenset({first}): one, frozenset({second}): other}
            value = sum((weight * sizes[key] for key, weight in form.items()), Fraction(0))
            if value != one * other:
                left, right = (value, one * other) if measure is statement.left else (one * other, value)
                return (
                    "identity",
                    "false",
                    "a product of two entropies is no identity of Shannon's measures: for "
                    f"{words.format(a=first, b=second)}, the left side is {left} bits and the right side {right}",
                )
    return None


def _entropies(node: Node) -> tuple[str, str] | None:
    """The two variables of a product of the entropies of two different variables, or None."""
    if not isinstance(node, Product):
        return None
    names: list[str] = []
    for factor in (node.left, node.right):
        if not isinstance(factor, MeasureNode) or factor.symbol.measure != "entropy":
            return None
        form = symbol_form(factor.symbol)
        if form is None or len(form) != 1:
            return None
        ((key, weight),) = form.items()
        if weight != 1 or len(key) != 1:
            return None
        names.extend(key)
    return (names[0], names[1]) if names[0] != names[1] else None
