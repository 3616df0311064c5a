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
from typing import NamedTuple

from kldocs.checker.checked import Checked
from kldocs.checker.found import Found
from kldocs.checker.latex_numbers import MeasureNode
from kldocs.checker.measure_symbols import MeasureSymbol
from kldocs.checker.trees import literal, measure_form

#: The place of a stated value that is exact (``H(P,Q) = 1.5``): as precise as any claim.
_EXACT = -1000


class _Stated(NamedTuple):
    """A measure's value as a line stated it: where, as written, its value and the place of its last digit."""

    offset: int
    line: int
    text: str
    value: Fraction
    place: int


@dataclass
class RoundedValues:
    """The decimal values stated so far for single measures, each its measure rounded right: by measure, the last."""

    stated: dict[MeasureSymbol, _Stated] = field(default_factory=dict)

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
            exact = _exact(checked.value)
            if exact is not None and abs(exact - written.value) <= Fraction(10) ** written.place / 2:
                place = _EXACT if exact == written.value else written.place  # rounded right, not cut off
                text = statement.right_text.strip()
                self.stated[statement.left.symbol] = _Stated(item.offset, item.line, text, written.value, place)
            return checked
        form = measure_form(statement.left) if checked.verdict == "false" else None
        stated = [self.stated.get(symbol) for symbol in form or {}]
        if (
            not form
            or len(form) < 2
            or not all(s and s.offset < item.offset and s.place <= written.place for s in stated)
        ):
            return checked  # each measure stated above, to as many places as the claim (0.97 cannot give 0.030)
        total = sum((weight * self.stated[symbol].value for symbol, weight in form.items()), Fraction(0))
        if abs(total - written.value) > Fraction(10) ** written.place / 2:
            return checked
        used = " and ".join(
            f"{symbol.text()} = {self.stated[symbol].text} (line {self.stated[symbol].line})" for symbol in form
        )
        note = (
            f"{checked.note}; but the values stated above, {used}, come to {_decimal(total)}, which rounds to "
            f"{statement.right_text.strip()}: the rounding is the author's, not called false"
        )
        return replace(checked, verdict="unchecked", value=None, note=note)


def _exact(value: str | None) -> Fraction | None:
    """A claim's exact value as reported (ten significant digits), or None when there is none or it is not finite.

    >>> _exact("0.9927744540"), _exact("inf"), _exact(None)
    (Fraction(496387227, 500000000), None, None)
    """
    try:
        return None if value is None else Fraction(value)
    except (ValueError, ZeroDivisionError):
        return None


def _decimal(value: Fraction) -> str:
    """A sum of short decimals as a short decimal: ``Fraction(3975, 10000)`` as ``0.3975``."""
    text = f"{float(value):.12f}".rstrip("0")
    return text.rstrip(".") if text.endswith(".") else text
