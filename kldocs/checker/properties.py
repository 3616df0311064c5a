"""What is true of each measure, for sentences such as "KL divergence is symmetric".

A :class:`~kldocs.checker.claims.Property` names a measure and a property
(symmetric, bounded, a metric, or "the JSD is the average of the two KL
divergences"), possibly negated. Its verdict follows from the table of :mod:`~kldocs.checker.property_truths`;
for KL symmetry the note adds both directions for the document's P and Q.
"""

from __future__ import annotations

from kldocs.checker.latex_numbers import BaseKey
from kldocs.checker.property_claims import Property
from kldocs.checker.property_truths import KINDS, SPECIAL_CASES, TRUTH
from kldocs.checker.scope import KnownDistributions, unit_name
from kldocs.checker.tokens import MeasureSymbol
from kldocs.checker.unit_statements import UnitStatement, judge_units
from kldocs.errors import EvaluationError


def judge_property(item: Property, scope: KnownDistributions, base: BaseKey = None) -> tuple[str, bool | None, str]:
    """The kind of claim, whether it holds, and why (the values of the distributions in force in ``base``, the
    one the document names there).

    >>> from kldocs.checker.property_claims import Property
    >>> judge_property(Property(1, "KL is symmetric", "kl", "symmetric", False), KnownDistributions({}))
    ('symmetry', False, 'D_KL(P||Q) and D_KL(Q||P) differ in general')

    A rule about units (:mod:`~kldocs.checker.unit_statements`) may be too loose to tell (None), and so is what
    fails in general but is said under a condition that may pick out the pairs where it holds:

    >>> said = Property(1, "KL is symmetric", "kl", "symmetric", False, condition="for two Gaussians with one variance")
    >>> _, holds, note = judge_property(said, KnownDistributions({}))
    >>> holds, note[:72]
    (None, 'said for two Gaussians with one variance: it may hold there, though not ')
    """
    if isinstance(item, UnitStatement):
        return judge_units(item)
    truth, reason = TRUTH[(item.measure, item.property)]
    if item.property == "sum_definition" and not item.negated:
        reason = "this is the definition, " + " = ".join(reason.split(" = ")[:2])
    if item.measure in ("kl", "cross_entropy") and item.property in ("symmetric", "swapped_unequal"):
        numbers = _both_directions(scope, item.measure, base)
        if numbers:
            reason += f" (here {numbers})"
    holds = truth != item.negated
    if not holds and item.reported:
        return KINDS[item.property], None, f"said in a quotation, which may be given to correct it: {reason}"
    if not holds and item.condition and (item.measure, item.property) in SPECIAL_CASES:
        return (
            KINDS[item.property],
            None,
            f"said {item.condition}: it may hold there, though not in general ({reason})",
        )
    return KINDS[item.property], holds, reason


def _both_directions(scope: KnownDistributions, measure: str, base: BaseKey) -> str:
    names = scope.written_names()
    if "P" in names and "Q" in names:
        names = ["P", "Q"]
    if len(names) < 2:
        return ""
    forward, backward = MeasureSymbol(measure, tuple(names[:2])), MeasureSymbol(measure, tuple(names[1::-1]))
    try:
        there, back = scope.value(forward, base), scope.value(backward, base)
    except EvaluationError:
        return ""
    if there == back:  # a mirrored pair, or one of two cross-entropies that agree here, though not in general
        both = f"{forward.text()} = {backward.text()} = {there.decimal(4)} {unit_name(base)}"
        return f"{names[0]} and {names[1]} happen to give {both}"
    return f"{forward.text()} = {there.decimal(4)} but {backward.text()} = {back.decimal(4)} {unit_name(base)}"
