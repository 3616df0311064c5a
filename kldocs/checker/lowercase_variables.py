r"""An equation between measures of random variables named in lower case (``I(x;y) = H(y) - H(y|x)``), read with
the names in capitals.

Lecture notes often write the variables ``x`` and ``y``; the same letters may also mean outcomes, and then the
measures are pointwise (``h(x) = -\log p(x)``, ``i(x;y) = h(x) - h(x|y)``). Pointwise measures obey the same linear
identities, and an equation that fails in expectation fails for some outcome, so an equation is judged the same
either way. An inequality is not: a pointwise ``i(x;y)`` can be negative, so one is never read so.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> text = "I(x;y) = H(y) - H(x|y)"
>>> (statement,) = [s for s in statements(tokenize(text), text) if not s.fallback]
>>> as_capitals(statement).left
MeasureNode(start=0, end=6, symbol=MeasureSymbol(measure='mutual_information', args=('X', 'Y')))
>>> text = "H(x|y) <= H(x)"
>>> [as_capitals(s) for s in statements(tokenize(text), text) if not s.fallback]
[None]
"""

from __future__ import annotations

from dataclasses import replace

from kldocs.checker.chains import Statement
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import MeasureSymbol
from kldocs.checker.trees import measures_in, with_symbols

#: A random variable in lower case: ``x``, ``y``, ``z``, ``u``, ``v``, ``w`` (``p`` and ``q`` are distributions),
#: perhaps with a subscript.
_LOWER = lazy(r"[u-z](?:_[A-Za-z0-9]{1,3}|[0-9])?")
#: Measures of random variables.
_MEASURES = frozenset({"entropy", "joint_entropy", "conditional_entropy", "mutual_information"})


def as_capitals(statement: Statement) -> Statement | None:
    """The equation with every variable written in capitals, when each measure in it is one of random variables all
    named in lower case; else None (an inequality, a value, a name in capitals, a distribution ``p``)."""
    if statement.relation != "=":
        return None
    symbols = measures_in(statement.left) + measures_in(statement.right)
    if not symbols:
        return None
    for symbol in symbols:
        if symbol.measure not in _MEASURES or not symbol.args:
            return None
        if not all(_LOWER.fullmatch(name) for arg in symbol.args for name in arg.split(",")):
            return None
    return replace(
        statement, left=with_symbols(statement.left, _capital), right=with_symbols(statement.right, _capital)
    )


def _capital(symbol: MeasureSymbol) -> MeasureSymbol:
    return MeasureSymbol(symbol.measure, tuple(arg.upper() for arg in symbol.args or ()))
