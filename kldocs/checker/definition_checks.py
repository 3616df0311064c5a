"""Judge a distribution the document defines: does it sum to 1, and what does it replace?

Probabilities written to two or more decimals that miss 1 by no more than
their rounding (1/3 written 0.333) leave the definition unchecked, not false.
A list that is not written as probabilities at all (a value above 1 or below
0, or whole numbers only: scores before a softmax, counts, coordinates,
labels) is no claim: it binds its name as no distribution, and says nothing.

>>> from fractions import Fraction
>>> from kldocs.checker.distributions import DistributionDefinition
>>> item = DistributionDefinition(1, "P = (0.33, 0.33, 0.33)", "P", (Fraction(33, 100),) * 3, ("0.33",) * 3)
>>> check_definition(item, {})[0].note
'P sums to 0.99, not 1: its probabilities are rounded'
>>> scores = DistributionDefinition(1, "P = (3.0, 1.0, -1.0)", "P", (Fraction(3), Fraction(1), Fraction(-1)), ())
>>> check_definition(scores, {})[0] is None
True
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from fractions import Fraction

from kldocs.checker.checked import Checked
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.scope import Binding
from kldocs.checker.written_precision import written_place
from kldocs.errors import InputError
from kldocs.inputs import parse_distribution
from kldocs.inputs.distribution import NORMALIZE_HINT


def check_definition(item: DistributionDefinition, current: dict[str, Binding]) -> tuple[Checked | None, Binding]:
    """The verdict on a definition, if it is a claim, and the binding it makes (``current``: the distributions in
    force before it)."""
    try:
        distribution = parse_distribution(list(item.values), name=item.name)
        if item.labels is not None:
            with contextlib.suppress(InputError):
                distribution = parse_distribution(list(item.values), item.labels, name=item.name)
    except InputError as error:
        problem = error.problem.removesuffix(f"; {NORMALIZE_HINT}")
        binding = Binding(item.name, None, item.line, item.text, problem)
        if _rounded_to_one(item):
            binding = replace(binding, rounded=item.written)
            note = f"{item.name} sums to {float(sum(item.values)):g}, not 1: its probabilities are rounded"
            return Checked((item.line,), item.text, "definition", "unchecked", None, note), binding
        if not _written_as_probabilities(item):
            return None, binding
        note = f"{item.name} is not a probability distribution: {problem}"
        return Checked((item.line,), item.text, "definition", "false", None, note), binding
    binding = Binding(item.name, distribution, item.line, item.text)
    note = f"a distribution over {len(distribution)} outcomes that sums to 1"
    previous = current.get(item.name)
    if previous is not None and previous.distribution != distribution:
        note += f"; it replaces the {item.name} of {previous.where()} from here on"
    return Checked((item.line,), item.text, "definition", "holds", None, note), binding


def _written_as_probabilities(item: DistributionDefinition) -> bool:
    """True when every value lies in [0, 1] and one lies strictly between: ``(0.5, 0.3, 0.3)``, not ``(1, 1, 1)``
    (labels) or ``(1.5, 8.5)`` (a point)."""
    return all(0 <= value <= 1 for value in item.values) and any(0 < value < 1 for value in item.values)


def _rounded_to_one(item: DistributionDefinition) -> bool:
    """True when probabilities written to k decimals miss 1 by no more than their rounding (1/3 as 0.333)."""
    if any(value < 0 for value in item.values):
        return False
    places = [written_place(text) for text in item.written]
    if any(place is None or place > -2 for place in places):
        return False  # one decimal is not a rounding of anything finer
    slack = sum((Fraction(10) ** place / 2 for place in places if place is not None), Fraction(0))
    return Fraction(0) < abs(sum(item.values, Fraction(0)) - 1) <= slack
