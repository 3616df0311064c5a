r"""An entropy set equal to its own expansion names its distribution: ``H(S) = -(\frac{5}{11} \log_2 ... + ...)``.

When a document never defines S but writes ``H(S) = -(p_1 \log p_1 + ... +
p_n \log p_n)`` with numbers whose sum is 1, each weight the number inside
its logarithm (or ``p \log \frac{1}{p}`` without the minus), the expansion
says what S is: the claim holds as the entropy of those numbers written out,
and later claims about ``H(S)`` are judged with them. An expansion with any
other shape (weights that do not sum to 1, a weight that differs from its
logarithm's argument) names nothing, and the claim stays unchecked.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> text = r"H(S) = -(\frac{1}{4} \log_2 \frac{1}{4} + \frac{3}{4} \log_2 \frac{3}{4})"
>>> (statement,) = statements(tokenize(text), text)
>>> expanded_distribution(statement)
('S', (Fraction(1, 4), Fraction(3, 4)))
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fractions import Fraction

from kldocs.checker.chains import Statement
from kldocs.checker.latex_numbers import Environment, Log, MeasureNode, Negative, Node, Product, evaluate
from kldocs.checker.scope import Binding, bound, shown
from kldocs.checker.trees import is_number_only, measures_in, term_nodes
from kldocs.errors import EvaluationError
from kldocs.inputs import parse_distribution

#: Most outcomes read from one expansion.
MAX_OUTCOMES = 64


def expanded_distribution(statement: Statement) -> tuple[str, tuple[Fraction, ...]] | None:
    """The name and the probabilities of ``H(name) = <its expansion>``, or None when the statement is not one."""
    left = statement.left
    if statement.relation != "=" or not isinstance(left, MeasureNode) or statement.written_backwards:
        return None
    symbol = left.symbol
    if symbol.measure != "entropy" or symbol.args is None or len(symbol.args) != 1 or measures_in(statement.right):
        return None
    terms = term_nodes(statement.right)
    if not 2 <= len(terms) <= MAX_OUTCOMES:
        return None
    found = []
    for factor, term in terms:
        weight = _weight(factor, term)
        if weight is None:
            return None
        found.append(weight)
    return (symbol.args[0], tuple(found)) if sum(found) == 1 else None


def _weight(factor: Fraction, term: Node) -> Fraction | None:
    """p for a term ``-1 * p log p`` or ``+1 * p log(1/p)``, else None."""
    if not isinstance(term, Product):
        return None
    for weight_node, log in ((term.left, term.right), (term.right, term.left)):
        if not isinstance(log, Log):
            continue
        sign = factor
        if isinstance(weight_node, Negative):  # ``- \frac{1}{2} \log_2 \frac{1}{2}`` first in its sum
            weight_node, sign = weight_node.operand, -factor
        weight, argument = constant_value(weight_node), constant_value(log.argument)
        if weight is None or argument is None or weight <= 0:
            return None
        if (sign == -1 and argument == weight) or (sign == 1 and argument * weight == 1):
            return weight
    return None


def constant_value(node: Node) -> Fraction | None:
    """The rational value of plain arithmetic on numbers (``\\frac{5}{11}``, ``0.25``), else None."""
    if not is_number_only(node):
        return None
    try:
        return evaluate(node, Environment()).rational_value()
    except (EvaluationError, ArithmeticError):
        return None


def expansion_note(binding: Binding, replaced: Binding | None, note: str) -> str:
    """The note of the claim a distribution was read from: where it comes from (and the distribution of that
    name it replaces), then ``note``."""
    assert binding.distribution is not None
    read = shown(binding.distribution)
    if replaced is None or replaced.distribution is None:
        return f"{binding.name} is defined nowhere above; the expansion is the entropy of {read}: {note}"
    outcomes = len(replaced.distribution)
    return (
        f"{binding.name} is read anew from the expansion, the entropy of {read} (the {binding.name} of "
        f"{replaced.where()} has {outcomes} outcomes): {note}"
    )


class Expansions:
    """The distributions read from entropies' expansions as a document is read, and the notes they add.

    A name read from an earlier expansion is read again from a new one (a coin's ``H(x)``, then a die's); one
    given another number of outcomes above is read again even where a value follows the expansion.
    """

    def __init__(self) -> None:
        self._by_offset: dict[int, tuple[Binding, Binding | None]] = {}  # with the binding of that name replaced
        self._latest: dict[str, Binding] = {}  # the latest read for each name
        self._over_scalar: set[str] = set()  # names read over a letter set to one number (p = 1/16)

    def read(
        self, statement: Statement, line: int, offset: int, current: Mapping[str, Binding], valued: Callable[[], bool]
    ) -> Binding | None:
        """The distribution the expansion at ``offset`` names (see :func:`expanded_distribution`), given the bindings
        in force: when its name is bound to none (and no value follows the expansion in its chain: ``valued``), only
        to one read from an earlier expansion, to one number (``p = 1/16``, value or not), or to a distribution over
        another number of outcomes (a new exercise reusing the name: no slip drops outcomes and still sums to 1); else
        None."""
        found = expanded_distribution(statement)
        if found is None:
            return None
        name, weights = found
        given = bound(current, name)  # its own, or its letter's in the other case (code's p is the prose's P)
        scalar = given is not None and (given.scalar or name in self._over_scalar)
        if given is not None and (scalar or given is self._latest.get(name)):
            given = None  # read from an earlier expansion, or set to one number above (p = 1/16): read from this one
        if given is None and valued() and not scalar:
            return None
        if given is not None and (given.distribution is None or len(given.distribution) == len(weights)):
            return None
        inferred = Binding(name, parse_distribution(list(weights), name=name), line, statement.text)
        self._by_offset[offset] = (inferred, given)
        self._latest[name] = inferred
        if scalar:
            self._over_scalar.add(name)  # its expansions say what it is, each time, value or not
        return inferred

    def note(self, offset: int, note: str) -> str:
        """``note``, after where the distribution came from when the claim at ``offset`` is one read from."""
        found = self._by_offset.get(offset)
        return note if found is None else expansion_note(*found, note)
