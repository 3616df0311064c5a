"""Which measures of random variables a joint table in force lets the checker judge, and the notes that say so.

A joint table (:mod:`~kldocs.checker.joint_tables`, :mod:`~kldocs.checker.latex_matrices`,
:mod:`~kldocs.checker.text_tables`) binds names such as ``X,Y`` (the joint), ``X`` and ``Y`` (its
marginals) and ``Y|X=1`` (a conditional); a measure of random variables with no such table in force is
outside what kldocs checks.

>>> of_random_variables("X_1,Y"), of_random_variables("Y|X=1"), of_random_variables("P")
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kldocs.checker.judging import Outcome
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_symbols import OUT_OF_SCOPE, MeasureSymbol
from kldocs.checker.scope import Binding, KnownDistributions, UnboundNameError, joint_name
from kldocs.errors import EvaluationError


def needs_table(symbol: MeasureSymbol, scope: KnownDistributions) -> bool:
    """A measure of random variables with no joint table in force to compute it from."""
    return symbol.measure in OUT_OF_SCOPE and not scope.knows(symbol)


def from_table(outcome: Outcome, symbols: Sequence[MeasureSymbol], bindings: dict[str, Binding]) -> Outcome:
    """The outcome, its note saying which joint table gave the measures of random variables it judged."""
    if outcome.verdict == "unchecked" or outcome.universal:
        return outcome
    tables = {
        bindings[joint_name(*symbol.args)].text
        for symbol in symbols
        if symbol.measure in OUT_OF_SCOPE and symbol.args and len(symbol.args) == 2
        if joint_name(*symbol.args) in bindings
    }
    return replace(outcome, note=f"{outcome.note} (from {sorted(tables)[0]})") if len(tables) == 1 else outcome


def cannot_evaluate(symbols: Sequence[MeasureSymbol], bindings: dict[str, Binding]) -> bool:
    """True when a measure of the chain is out of scope or names a distribution that is not defined."""
    scope = KnownDistributions(bindings)
    for symbol in symbols:
        if needs_table(symbol, scope):
            return True
        if symbol.measure in OUT_OF_SCOPE:
            continue  # its joint table is in force
        for name in symbol.args or ():
            if name in ("M", "m") or name.startswith("("):
                continue
            try:
                scope.distribution(name)
            except UnboundNameError:
                return True
            except EvaluationError:
                continue
    return False


def of_random_variables(name: str) -> bool:
    """A random variable's name, or one a joint table binds (``X``, ``X_1,Y``, ``Y|X=1``, ``Y@X,Y``: see
    joint_tables)."""
    return _TABLE_NAME.match(name) is not None


#: Names of random variables, which each exercise of a document defines afresh, and the names joint tables bind
#: from them: a random variable, then the end or ``,``, ``|`` or ``@``.
_TABLE_NAME = lazy(r"[U-Z](?:_[A-Za-z0-9]{1,12})?(?:[,|@]|\Z)")
