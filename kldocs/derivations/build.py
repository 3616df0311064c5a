"""Short constructors for steps, so that an identity module reads like the maths.

>>> from kldocs.derivations.symbols import KL_PQ, STANDARD
>>> step = define(STANDARD[KL_PQ], "step.kl_definition", (KL_PQ, STANDARD[KL_PQ]))
>>> step.kind, step.defines[0].target
('definition', D_KL(P||Q))
"""

from __future__ import annotations

from typing import Any

import sympy
from sympy import Add, Sum

from kldocs.derivations.printing import Style, to_latex
from kldocs.derivations.steps import Change, Definition, Expansion, LemmaUse, Numbers, Relation, Scope, Step
from kldocs.derivations.symbols import i, n


def plus(*terms: Any) -> Any:
    """A sum kept in the order written (for display; checks expand it anyway)."""
    return Add(*terms, evaluate=False)


def over_i(body: Any) -> Sum:
    """``sum_{i=1}^{n} body``."""
    return Sum(body, (i, 1, n))


def define(expression: Any, key: str, *defines: tuple[Any, Any], scope: Scope | None = None) -> Step:
    """A definition step introducing ``target := body`` for each pair in ``defines``.

    Stated as ``X = ...`` it opens a chain at ``X``, in ``scope`` (default: in general).
    """
    return Step("definition", expression, key, scope=scope, defines=tuple(Definition(t, b) for t, b in defines))


def algebra(expression: Any, key: str, *, specialise: tuple[tuple[Any, Any], ...] = ()) -> Step:
    """An algebra step: equal to the expression before (after ``specialise``, a special case)."""
    return Step("algebra", expression, key, specialise=specialise)


def constraint(expression: Any, key: str, *uses: Any) -> Step:
    """A step that may use ``sum_i d_i = 1`` for each distribution ``d`` in ``uses``."""
    return Step("constraint", expression, key, uses=uses)


def apply_lemma(
    expression: Any,
    key: str,
    relation: Relation,
    name: str,
    argument: Any,
    weight: Any = 1,
    *,
    summed: bool = True,
) -> Step:
    """A lemma step: lemma ``name`` at ``x = argument`` with ``weight``, inside ``sum_i`` if ``summed``."""
    use = LemmaUse(name, argument, weight, (i, 1, n) if summed else None)
    return Step("lemma", expression, key, relation=relation, lemma=use)


def instance(
    expression: Any,
    key: str,
    numbers: Numbers,
    *,
    relation: Relation = "=",
    style: Style = "symbolic",
    fields: tuple[tuple[str, str], ...] = (),
) -> Step:
    """An instance step checked with the exact core (it holds for ``numbers`` only).

    Its note may name the numbers' distributions as ``[[P]]`` and ``[[Q]]``.
    """
    every = (*fields, *numbers.bindings.fields())
    return Step("instance", expression, key, relation=relation, style=style, fields=every, numbers=numbers)


def series(expression: Any, key: str, variable: Any, point: Any, order: int) -> Step:
    """``≈`` by a Taylor expansion in ``variable`` about ``point``, up to (not including) ``order``."""
    return Step("series", expression, key, relation="≈", expansion=Expansion(variable, point, order))


def substitute(expression: Any, key: str, old: Any, mapping: Any, new: Any) -> Step:
    """A change of variables ``old = mapping`` (affine in ``new``) in every integral or sum over ``old``.

    The note's ``[[change]]`` field shows the change as printed from the very equation that is checked.
    """
    change = Change(old, new, mapping)
    shown = to_latex(sympy.Eq(old, mapping, evaluate=False))
    return Step("substitution", expression, key, change=change, fields=(("change", shown),))


def work_out(statement: Any, key: str) -> Step:
    """``integral = value`` (or ``sum = value``), worked out by SymPy within the derivation's domain."""
    return Step("evaluation", statement, key)


def conclude(
    statement: Any, key: str, rule: str, *cites: int, variable: Any = None, scope: Scope | None = None
) -> Step:
    """A conclusion from the cited steps (1-based) by ``rule``, claimed in ``scope`` (default: in general)."""
    return Step("conclusion", statement, key, rule=rule, cites=cites, variable=variable, scope=scope)
