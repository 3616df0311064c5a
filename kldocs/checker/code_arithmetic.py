r"""Values that code works out by hand with logarithms: ``E = -4/10*m.log2(4/10) - 6/10*m.log2(6/10)``.

Students and notes compute entropies and information gains one term at a time, in plain arithmetic on
numbers and logarithms, and then show the name (``IG = E - (4/10*E_0 + 6/10*E_1)``, then ``IG`` in a cell
below, or ``print(IG)``). Such a value is written out as the formula it is (:class:`Worked`), every name that
stands for another such value put in its place, and the number shown is a claim about that formula, judged as
any formula is (``(... \log_2(\frac{4}{10}) ...) = 0.9709505945``). This module builds those formulas, one
operation at a time; :mod:`~kldocs.checker.code_run` follows the code that makes them.

A value that floats could not show to ten digits (a difference of nearly equal terms, whose digits are rounding
noise) is not read, nor one with no logarithm in it.

>>> half = number(0.5)
>>> worked = combined(ast.Mult(), negated(half), logarithm(half, "2"))
>>> worked.text, worked.value, readable(worked)
('(-(0.5)) \\cdot (\\log_2(0.5))', 0.5, True)
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass, replace

from kldocs.checker.named_functions import rounds_to

#: Longest formula written out (in characters): past this a value is not read.
MAX_FORMULA = 3000
#: How much smaller than its largest term a value may be and still be read (floats keep about 16 digits; a
#: claim is read to 10).
_CANCELLATION = 1e-4
#: Logarithms by base, as formulas write them.
LOGS = {"e": "\\ln", "2": "\\log_2", "10": "\\log_{10}"}
#: Largest whole base of a logarithm code takes (``math.log(x, 7)``).
MAX_LOG_BASE = 1000
_OPERATORS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "\\cdot"}


@dataclass(frozen=True)
class Worked:
    """A formula as text, its value in floats, the largest value of any of its parts, and whether it has a log.

    ``rounded``: the value was rounded (``np.round(h, 3)``), so that it may be shown but not computed with;
    ``numpy``: NumPy made it (``np.sum(...)``), so that a list divided by it is divided item by item.
    """

    text: str
    value: float
    largest: float
    logs: bool
    rounded: bool = False
    numpy: bool = False


#: Most characters of a number written in code that is read (a float's repr has at most 24).
_LONGEST_NUMBER = 40


def number(written: float) -> Worked | None:
    """A number as code writes it (one with an exponent, ``1e-10``, is not read)."""
    text = repr(written)
    if "e" in text or "n" in text or len(text) > _LONGEST_NUMBER:
        return None  # 10**400 has no float, and a number that long is no probability
    return Worked(text, float(written), abs(float(written)), False)


def negated(inner: Worked) -> Worked:
    """``-x``."""
    return Worked(f"-({inner.text})", -inner.value, inner.largest, inner.logs, numpy=inner.numpy)


def combined(operator: ast.operator, left: Worked, right: Worked) -> Worked | None:
    """``left + right``, ``-``, ``*`` or ``/``; None for another operator, a rounded operand, a division by zero
    or a formula longer than :data:`MAX_FORMULA`."""
    if left.rounded or right.rounded or len(left.text) + len(right.text) > MAX_FORMULA:
        return None
    logs, largest, numpy = left.logs or right.logs, max(left.largest, right.largest), left.numpy or right.numpy
    if isinstance(operator, ast.Div):
        if right.value == 0:
            return None
        value = left.value / right.value
        return Worked(f"\\frac{{{left.text}}}{{{right.text}}}", value, max(largest, abs(value)), logs, numpy=numpy)
    written = _OPERATORS.get(type(operator))
    if written is None:
        return None
    value = {"+": left.value + right.value, "-": left.value - right.value}.get(written, left.value * right.value)
    return Worked(f"({left.text}) {written} ({right.text})", value, max(largest, abs(value)), logs, numpy=numpy)


def logarithm(argument: Worked, base: str, *, numpy: bool = False) -> Worked | None:
    """The logarithm of a positive value in base ``"e"`` or a whole number from 2 written in digits (``"2"``,
    ``"7"``); None for another."""
    whole = base.isdigit() and 2 <= int(base) <= MAX_LOG_BASE
    written = LOGS.get(base) or (f"\\log_{{{base}}}" if whole else None)
    if written is None or argument.rounded or not argument.value > 0:
        return None
    value = math.log(argument.value) / (1.0 if base == "e" else math.log(int(base)))
    return Worked(f"{written}({argument.text})", value, max(argument.largest, abs(value)), True, numpy=numpy)


def as_numpy(worked: Worked) -> Worked:
    """The same value, made by NumPy."""
    return replace(worked, numpy=True)


def rounded(worked: Worked) -> Worked:
    """The value rounded: shown as it is, never computed with (its formula is the value before rounding)."""
    return replace(worked, rounded=True)


def readable(worked: Worked) -> bool:
    """A value with a log, not too long, that floats show to its ten digits."""
    digits_kept = worked.largest == 0 or abs(worked.value) >= _CANCELLATION * worked.largest
    return worked.logs and len(worked.text) <= MAX_FORMULA and digits_kept and math.isfinite(worked.value)


def shown_claim(worked: Worked, written: str) -> tuple[str, bool]:
    r"""The claim that a program showed ``written`` (cut to ten digits) for the formula: ``(text, True)``, the formula
    and the value, when the value is what floats give for it; else ``(note, False)``, an unchecked claim's note. Code
    shows what it computed: a value that floats do not give was shown by other code (a cell changed after it was run,
    Python 2's ``1/2 == 0``), not miscalculated, and is not called false.

    >>> worked = combined(ast.Mult(), negated(number(0.5)), logarithm(number(0.5), "2"))
    >>> shown_claim(worked, "0.5")
    ('(-(0.5)) \\cdot (\\log_2(0.5)) = 0.5', True)
    >>> shown_claim(worked, "0.0")[0]
    'the code above works this value out as 0.5 (in floats), not 0.0: what it showed came from other code'
    """
    if rounds_to(worked.value, written, least=1):  # dots after the digits: the rest left out (``0.7219...``)
        return f"{worked.text} = {written}", True
    note = f"the code above works this value out as {worked.value:.10g} (in floats), not {written}"
    return f"{note}: what it showed came from other code", False
