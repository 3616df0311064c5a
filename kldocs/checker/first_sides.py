r"""A step of a chain holds only when it equals the chain's first side, the measure being worked out.

When that measure, an entropy given an event (``H(A|B=b_1)``), cannot be evaluated (kldocs cannot tell the
event's outcomes), the steps are compared with each other instead (see :func:`~kldocs.checker.chains.statements`, whose
``fallback`` claims these are). Steps that agree say only that the arithmetic is consistent: the first step may
already be wrong (``H(A|B=b_1) = -2 \times \frac{1}{6} \log \frac{1}{6} = \frac{1}{3} \log 6`` for an event of
two equally likely faces, which has 1 bit), so such a claim is left unchecked, with the reason; steps that
disagree are still false.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.checked import Checked
>>> from kldocs.checker.tokens import tokenize
>>> text = r"H(A|B=b_1) = -2 \times \frac{1}{6} \log \frac{1}{6} = \frac{1}{3} \log 6"
>>> (step,) = [s for s in statements(tokenize(text), text) if s.fallback]
>>> judged = arithmetic_only(Checked((1,), step.text, "expression", "holds", "0.597", "both sides equal 0.597"), step)
>>> judged.verdict, judged.note.split(", but")[0]
('unchecked', 'the arithmetic is consistent (both sides equal 0.597)')
"""

from __future__ import annotations

from dataclasses import replace

from kldocs.checker.chains import Statement
from kldocs.checker.checked import Checked
from kldocs.checker.measure_symbols import MeasureSymbol


def arithmetic_only(checked: Checked, step: Statement) -> Checked:
    """``checked``, a claim between two steps of a chain whose first side is a measure not evaluated, left
    unchecked when its steps agree (they do not show that the measure has their value); as it was otherwise."""
    if checked.verdict != "holds" or not step.chain_measures or not given_event(step.chain_measures[0]):
        return checked
    first = step.chain_measures[0].text()
    note = (
        f"the arithmetic is consistent ({checked.note}), but it is not compared with the chain's first side, "
        f"{first}, which kldocs cannot evaluate: whether the step holds is not judged"
    )
    return replace(checked, verdict="unchecked", value=None, note=note)


def given_event(symbol: MeasureSymbol) -> bool:
    """Whether ``symbol`` is an entropy given an event or a value (``H(A|B=b_1)``, ``H(Y|1)``).

    >>> given_event(MeasureSymbol("conditional_entropy", ("A", "B=b_1"))), given_event(MeasureSymbol("entropy", ("X",)))
    (True, False)
    """
    if symbol.measure != "conditional_entropy" or not symbol.args:
        return False
    return "=" in symbol.args[-1] or symbol.args[-1].isdigit()
