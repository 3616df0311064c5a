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
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_symbols import MeasureSymbol, read_measure


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


#: A measure's symbol that was not read as one, right before the arithmetic on its line: ``H(X | X even) =``.
_UNREAD_SYMBOL = lazy(
    r"(?:^|[^A-Za-z\\])(?P<symbol>(?:H|I|D|CE)(?:_\{?[A-Za-z]{1,6}\}?)?\s*\((?:[^()\n]|\([^()\n]*\)){1,60}\))"
    r"\s*(?:=|≈|\\approx)\s*$"
)

#: What ends a sum or product right before a symbol that is then one of its terms.
_TERM_BEFORE = ("-", "+", "−", "*", "/", "·", "×", "=", ")", "}", *"0123456789")


def unread_first_side(checked: Checked, before: str) -> Checked:
    r"""``checked``, arithmetic that holds, left unchecked when a measure that kldocs did not read stands before it
    on its line (``before`` ends where the arithmetic starts): the arithmetic may be right and the measure wrong
    (``H(X | X even) = -3 \times \frac16 \log_2 \frac16`` weights the faces by 1/6, not 1/3).

    >>> step = Checked((3,), "-3 × (1/6) log2(1/6) ≈ 1.292", "expression", "holds", "1.292", "the left side = 1.2925")
    >>> judged = unread_first_side(step, "Solution. H(X | X even) = ")
    >>> judged.verdict, judged.note.split("but ")[1].split(",")[0]
    ('unchecked', 'it is not compared with H(X | X even)')
    >>> unread_first_side(step, "So the sum is ").verdict, unread_first_side(step, "H(S) - 1/2 H(Strong) = ").verdict
    ('holds', 'holds')
    """
    line = before[-120:].rsplit("\n", 1)[-1]
    found = _UNREAD_SYMBOL.search(line) if checked.verdict == "holds" else None
    if found is None or checked.kind != "expression" or _read(found["symbol"]):
        return checked
    if line[: found.start("symbol")].rstrip().endswith(_TERM_BEFORE):
        return checked  # "H(S) - 6/14 H(Strong) = ...": the symbol ends a sum, not the whole side
    note = (
        f"the arithmetic is consistent ({checked.note}), but it is not compared with {found['symbol']}, which stands "
        "before it: kldocs did not read that measure, so whether the step holds is not judged"
    )
    return replace(checked, verdict="unchecked", value=None, note=note)


def _read(symbol: str) -> bool:
    """Whether kldocs reads ``symbol`` whole as a measure (a step after it is compared with it elsewhere)."""
    read = read_measure(symbol, 0)
    return read is not None and read[1] == len(symbol)
