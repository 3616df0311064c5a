r"""Values of joint measures that the distributions of the variables alone rule out.

With no joint table, ``H(X,Y)``, ``H(X|Y)`` and ``I(X;Y)`` cannot be worked out, but when the document gives the
distribution of each variable (``P(X) = (0.3, 0.7)``, or an entropy written out for it), every joint distribution
with those margins keeps them within Shannon's bounds:

- ``max(H(X), H(Y)) <= H(X,Y) <= H(X) + H(Y)``,
- ``max(0, H(X) - H(Y)) <= H(X|Y) <= H(X)``,
- ``0 <= I(X;Y) <= min(H(X), H(Y))``.

A value whose digits stand only for numbers outside these bounds, by more than :data:`SLACK` of the bound (the
variables' distributions may be written rounded), is false whatever the joint distribution is (``I(X;Y) = 2.243``
where H(Y) = 1.743 bits); one inside them is left as it was (unchecked). The bounds are used only under the heading
that gives the variables' distributions (:func:`margins_in_section`).

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.scope import Binding
>>> from kldocs.checker.tokens import tokenize
>>> from kldocs.inputs import parse_distribution
>>> bindings = {name: Binding(name, parse_distribution(p, name=name), 1, name) for name, p in
...             (("X", "1/2 1/2"), ("Y", "1/4 3/4"))}
>>> (claim,) = [s for s in statements(tokenize("I(X;Y) = 0.9"), "I(X;Y) = 0.9") if not s.fallback]
>>> print(beyond_marginals(claim, KnownDistributions(bindings), (Fraction(2),)))
I(X;Y) is at most min(H(X), H(Y)) = 0.8112781245 bits whatever the joint distribution of X and Y, so it is not 0.9
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

from kldocs.checker.chains import Statement
from kldocs.checker.documents import SourceText
from kldocs.checker.judging import decimal_text
from kldocs.checker.latex_numbers import BaseKey, MeasureNode
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding, KnownDistributions, unit_name
from kldocs.checker.tokens import MeasureSymbol
from kldocs.checker.written_precision import literal
from kldocs.errors import EvaluationError
from kldocs.exact import ExactValue

#: A single random variable's name: ``X``, ``Y_1``, ``Z2``.
_VARIABLE = lazy(r"[A-Z](?:_?[0-9A-Za-z]{1,3})?")
#: How far beyond a bound, as a share of it, a value must be to be called false; and at least this far (a program's
#: rounding error, ``-4.44e-16`` for a zero).
SLACK = Fraction(1, 100)
TINY = Fraction(1, 10**9)


def beyond_marginals(statement: Statement, scope: KnownDistributions, bases: Sequence[BaseKey]) -> str | None:
    """Why a value of ``H(X,Y)``, ``H(X|Y)`` or ``I(X;Y)`` is impossible for the variables' own distributions, in each
    base tried (the note names the first); None when it is possible in one of them, or the bounds are not known."""
    notes = [_beyond(statement, scope, base) for base in bases]
    if not notes or any(note is None for note in notes):
        return None
    first = notes[0]
    assert first is not None
    return first if len(bases) == 1 else f"{first} (in {unit_name(bases[0])}, and in every usual base)"


def margins_in_section(statement: Statement, bindings: Mapping[str, Binding], document: SourceText, at: int) -> bool:
    r"""Whether the distributions of the variables a joint measure names were given in the section (under the same
    heading) that holds ``at``, the claim's offset: under another heading the letters may name other variables
    ("consider two other sources", "when X = Y"). Notebooks, whose lines are counted by cell, are not split so.

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.reading import parse_text
    >>> from kldocs.checker.tokens import tokenize
    >>> page = "# A\n\nP(X) = (1/2, 1/2).\n\n# B\n\nI(X;Y) = 0.9\n"
    >>> document = parse_text(page, "a.md")
    >>> bindings = {name: Binding(name, None, 3, name) for name in "XY"}
    >>> (claim,) = [s for s in statements(tokenize("I(X;Y) = 0.9"), "I(X;Y) = 0.9") if not s.fallback]
    >>> [margins_in_section(claim, bindings, document, at) for at in (page.index("I("), 9)]
    [False, True]
    """
    symbol = statement.left.symbol if isinstance(statement.left, MeasureNode) else None
    if document.cells or symbol is None:
        return True
    here = document.section(at)
    given = [bindings[name] for name in symbol.args or () if name in bindings]
    return all(document.section(document.row_start(binding.line - 1)) == here for binding in given)


def _beyond(statement: Statement, scope: KnownDistributions, base: BaseKey) -> str | None:
    symbol = statement.left.symbol if isinstance(statement.left, MeasureNode) else None
    written = literal(statement.right)
    if symbol is None or written is None or statement.relation not in ("=", "~") or statement.written_backwards:
        return None
    found = _bounds(symbol, scope, base)
    if found is None:
        return None
    low, high, low_text, high_text = found
    least, most = written.bounds()
    shown = f"whatever the joint distribution of {' and '.join(symbol.args or ())}, so it is not {statement.right_text}"
    if (high + high.scale(SLACK)).compare(least - TINY) < 0:
        return f"{symbol.text()} is at most {high_text} = {decimal_text(high)} {unit_name(base)} {shown}"
    if (low - low.scale(SLACK)).compare(most + TINY) > 0 and low.sign() == 0:
        return f"{symbol.text()} is never negative, so it is not {statement.right_text}"
    if (low - low.scale(SLACK)).compare(most + TINY) > 0:
        return f"{symbol.text()} is at least {low_text} = {decimal_text(low)} {unit_name(base)} {shown}"
    return None


def _bounds(
    symbol: MeasureSymbol, scope: KnownDistributions, base: BaseKey
) -> tuple[ExactValue, ExactValue, str, str] | None:
    """The least and greatest values of a joint measure given its variables' entropies, and how each is written."""
    args = symbol.args
    if args is None or not all(_VARIABLE.fullmatch(name) for name in args) or len(set(args)) != len(args):
        return None
    try:
        entropies = [scope.value(MeasureSymbol("entropy", (name,)), base) for name in args]
    except (EvaluationError, ArithmeticError):
        return None
    if not all(value.is_finite for value in entropies):
        return None
    named = [f"H({name})" for name in args]
    zero = ExactValue.number(Fraction(0))
    if symbol.measure == "joint_entropy":
        most = entropies[0]
        for value in entropies[1:]:
            most = most + value
        return _largest(entropies), most, f"max({', '.join(named)})", " + ".join(named)
    if len(args) != 2:
        return None
    first, second = entropies
    if symbol.measure == "conditional_entropy":
        difference = first - second
        least, how = (difference, f"{named[0]} - {named[1]}") if difference.sign() > 0 else (zero, "0")
        return least, first, how, named[0]
    if symbol.measure == "mutual_information":
        return zero, _smallest(entropies), "0", f"min({', '.join(named)})"
    return None


def _largest(values: list[ExactValue]) -> ExactValue:
    best = values[0]
    for value in values[1:]:
        best = value if value.compare(best) > 0 else best
    return best


def _smallest(values: list[ExactValue]) -> ExactValue:
    best = values[0]
    for value in values[1:]:
        best = value if value.compare(best) < 0 else best
    return best
