r"""A value worked from rounded values of measures that earlier lines state, and that hold.

A worked example states ``H(Y) \approx 0.993`` and ``H(Y|X) \approx 0.5955`` (each its measure rounded right),
then ``H(Y) - H(Y|X) \approx 0.398``: 0.993 - 0.5955 = 0.3975, which rounds to 0.398, while the exact difference
is 0.3973. The author carried the rounding on. A combination of two or more measures found false is left
unchecked, not called false, when the values earlier lines stated for each of them (each its measure rounded right,
not cut off, and to as many places as the value) come to the written value, within half a unit of its last digit;
the note says so.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.found import Found
>>> from kldocs.checker.tokens import tokenize
>>> def found(text, line):
...     return Found(line, next(s for s in statements(tokenize(text), text) if not s.fallback), (), 100 * line)
>>> carried = RoundedValues()
>>> for line, text in ((3, "H(Y) = 0.993"), (5, "H(Y|X) = 0.5955")):
...     exact = {3: "0.9927744540", 5: "0.5954618442"}[line]
...     _ = carried.follow(found(text, line), Checked((line,), text, "entropy", "holds", exact, "it rounds"))
>>> later = found("H(Y) - H(Y|X) = 0.398", 7)
>>> checked = carried.follow(later, Checked((7,), later.statement.text, "expression", "false", None, "not 0.398"))
>>> checked.verdict, checked.note.split("; ")[1].split(", come to ")  # doctest: +NORMALIZE_WHITESPACE
('unchecked', ['but the values stated above, H(Y) = 0.993 (line 3) and H(Y|X) = 0.5955 (line 5)',
"0.3975, which rounds to 0.398: the rounding is the author's, not called false"])
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction

from kldocs.checker.checked import Checked
from kldocs.checker.found import Found
from kldocs.checker.latex_numbers import MeasureNode
from kldocs.checker.measure_symbols import MeasureSymbol
from kldocs.checker.trees import literal, measure_form

#: The place of a stated value that is exact (``H(P,Q) = 1.5``): as precise as any claim.
_EXACT = -1000


@dataclass
class RoundedValues:
    """The decimal values stated so far for single measures, that held: by measure, the last one stated (its offset,
    its line, its text as written, its value and the place of its last digit)."""

    stated: dict[MeasureSymbol, tuple[int, int, str, Fraction, int]] = field(default_factory=dict)

    def _stated_before(self, symbol: MeasureSymbol, offset: int, place: int) -> bool:
        """Whether a value of ``symbol`` was stated before ``offset`` to at least the decimal ``place`` of a claim
        (0.97 cannot give 0.030 to three places)."""
        stated = self.stated.get(symbol)
        return stated is not None and stated[0] < offset and stated[4] <= place

    def follow(self, item: object, checked: Checked) -> Checked:
        """The claim as judged, or unchecked when it is false but the rounded values stated above for its measures
        come to it; a measure's value that holds is remembered."""
        if not isinstance(item, Found):
            return checked
        statement = item.statement
        written = literal(statement.right)
        if written is None or written.place is None or statement.relation not in ("=", "~"):
            return checked
        if checked.verdict == "holds" and isinstance(statement.left, MeasureNode):
            if _rounded_right(checked.value, written.value, written.place):  # not cut off (1.970 for 1.97095)
                self.stated[statement.left.symbol] = (
                    item.offset,
                    item.line,
                    statement.right_text.strip(),
                    written.value,
                    _EXACT if checked.value is not None and Fraction(checked.value) == written.value else written.place,
                )
            return checked
        form = measure_form(statement.left) if checked.verdict == "false" else None
        if not form or len(form) < 2 or not all(self._stated_before(s, item.offset, written.place) for s in form):
            return checked
        total = sum((weight * self.stated[symbol][3] for symbol, weight in form.items()), Fraction(0))
        if abs(total - written.value) > Fraction(10) ** written.place / 2:
            return checked
        used = " and ".join(
            f"{symbol.text()} = {self.stated[symbol][2]} (line {self.stated[symbol][1]})" for symbol in form
        )
        note = (
            f"{checked.note}; but the values stated above, {used}, come to {_decimal(total)}, which rounds to "
            f"{statement.right_text.strip()}: the rounding is the author's, not called false"
        )
        return replace(checked, verdict="unchecked", value=None, note=note)


def _rounded_right(exact: str | None, written: Fraction, place: int) -> bool:
    """Whether the written value is the exact one (a decimal of ten significant digits) rounded to its last digit.

    >>> _rounded_right("0.9927744540", Fraction(993, 1000), -3), _rounded_right("1.970950594", Fraction(197, 100), -3)
    (True, False)
    """
    return exact is not None and abs(Fraction(exact) - written) <= Fraction(10) ** place / 2


def _decimal(value: Fraction) -> str:
    """A sum of short decimals as a short decimal: ``Fraction(3975, 10000)`` as ``0.3975``."""
    text = f"{float(value):.12f}".rstrip("0")
    return text.rstrip(".") if text.endswith(".") else text
