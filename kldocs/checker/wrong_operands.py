r"""Arithmetic that is right on inputs found wrong above it.

A worked example often carries a wrong value on: ``H(X) = 4.398`` (false: it is 1.971 bits), then
``I(X;Y) = 4.398 + 1.743 - 3.898 = 2.243``. The sum is right, but saying it holds would tell the author the result
is right. A claim of plain arithmetic that holds and uses, as one of its numbers, a value of three or more
significant digits that an earlier line gave for a measure, or as the result of its arithmetic, and that was found
false, is left unchecked, and the note names that line and the true value: "= 5/14 · 0.971 + 5/14 · 0.971 = 0.793"
(false: 0.694) makes "0.940 - 0.793 = 0.147" unchecked.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> def found(text, line, fallback):
...     return Found(line, next(s for s in statements(tokenize(text), text) if s.fallback == fallback), (), 0)
>>> wrong = WrongValues()
>>> first = found("H(X) = 4.398", 3, False)
>>> _ = wrong.follow(first, Checked((3,), "H(X) = 4.398", "entropy", "false", "1.970950594", "H(X) = 1.971 bits"))
>>> later = found("I(X;Y) = 4.398 + 1.743 - 3.898 = 2.243", 9, True)
>>> checked = Checked((9,), later.statement.text, "expression", "holds", "2.243", "it rounds to 2.243")
>>> after = wrong.follow(later, checked)
>>> after.verdict, after.note.split("; ")[1]
('unchecked', 'but 4.398 is the value line 3 gives for H(X), which is false (H(X) = 1.970950594): not judged')
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction

from kldocs.checker.checked import Checked
from kldocs.checker.found import Found
from kldocs.checker.latex_numbers import MeasureNode, Number
from kldocs.checker.trees import measures_in, walk
from kldocs.checker.written_precision import CUT_DIGITS, literal, significant_digits


@dataclass
class WrongValues:
    """The values found false so far, by the number as written: its line, the measure and its true value."""

    found: dict[str, tuple[int, str, str]] = field(default_factory=dict)

    def follow(self, item: object, checked: Checked) -> Checked:
        """The claim as judged, or unchecked when it is arithmetic that holds on a value found false above it;
        a false value of a measure is remembered."""
        if not isinstance(item, Found):
            return checked
        statement = item.statement
        if checked.verdict == "false" and (isinstance(statement.left, MeasureNode) or not measures_in(statement.left)):
            written = literal(statement.right)
            if written is not None and written.place is not None and _telling(written.value, written.place):
                true = f" ({statement.left_text} = {checked.value})" if checked.value is not None else ""
                self.found.setdefault(statement.right_text.strip(), (item.line, statement.left_text, true))
            return checked
        if checked.verdict != "holds" or not self.found or measures_in(statement.left) or measures_in(statement.right):
            return checked
        for node in [node for node in walk(statement.left) if isinstance(node, Number)]:
            earlier = self.found.get(node.text)
            if earlier is not None and earlier[0] < item.line:
                line, measure, true = earlier
                note = f"; but {node.text} is the value line {line} gives for {measure}, which is false{true}"
                return replace(checked, verdict="unchecked", value=None, note=f"{checked.note}{note}: not judged")
        return checked


def _telling(value: Fraction, place: int) -> bool:
    """Whether a number has enough significant digits to be told apart from others by its digits (not ``0.5``)."""
    return significant_digits(abs(value), place) >= CUT_DIGITS
