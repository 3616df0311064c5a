r"""A value worked from rounded values of measures that earlier lines state, and that hold.

A worked example states ``H(Y) \approx 0.993`` and ``H(Y|X) \approx 0.5955`` (each its measure rounded right),
then ``H(Y) - H(Y|X) \approx 0.398``: 0.993 - 0.5955 = 0.3975, which rounds to 0.398, while the exact difference
is 0.3973. The author carried the rounding on. A measure, or a combination of measures (``2 H(P,Q)``,
``H(Y) - H(Y|X)``), found false is left unchecked, not called false, when the values earlier lines stated for it or
for each of its measures (to as many places as the value) come to the written value, within half a unit of its last
digit; the note says so. The values kept are those a line stated rounded right, and those it worked from values
kept before (``H(Y|X) = H(X,Y) - H(X) \approx 1.578 - 0.610 = 0.968``, carried on though the exact 0.96855 rounds
to 0.969); a value kept for one side of an identity that holds (``H(Y|X) = H(X,Y) - H(X)``) is the other side's
too. The written value may be arithmetic on such values (``2 H(P,Q) \approx 2 \times 1.493``).

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
from kldocs.checker.latex_numbers import Environment, Node, Number, evaluate
from kldocs.checker.measure_symbols import MeasureSymbol
from kldocs.checker.trees import measure_form, measures_in, walk
from kldocs.checker.written_precision import literal, written_place
from kldocs.errors import EvaluationError

#: The place of a stated value that is exact (``H(P,Q) = 1.5``): as precise as any claim.
_EXACT = -1000

#: A measure or a combination of measures: its measures and their weights (``H(Y) - H(Y|X)``).
_Form = frozenset[tuple[MeasureSymbol, Fraction]]


class _Stated(NamedTuple):
    """A value as a line stated it: where, what it is the value of, as written, its value and the place of its last
    digit."""

    offset: int
    line: int
    name: str
    text: str
    value: Fraction
    place: int


@dataclass
class RoundedValues:
    """The decimal values stated so far for measures and combinations of them, rounded right or carried on from
    values stated before: by form, the last; and the forms identities that hold make equal."""

    stated: dict[_Form, _Stated] = field(default_factory=dict)
    equal: dict[_Form, set[_Form]] = field(default_factory=dict)
    names: dict[_Form, str] = field(default_factory=dict)
    values: dict[Fraction, _Stated] = field(default_factory=dict)

    def follow(self, item: object, checked: Checked) -> Checked:
        """The claim as judged, or unchecked when it is false but the rounded values stated above for it or its
        measures come to it; a value that holds rounded right, or that those values come to, is remembered."""
        if not isinstance(item, Found):
            return checked
        statement = item.statement
        form = measure_form(statement.left)
        if not form or statement.relation not in ("=", "~"):
            return checked
        key = frozenset(form.items())
        written = _written(statement.right)
        if written is None:
            other = measure_form(statement.right) if checked.verdict == "holds" else None
            if other:  # an identity that holds: a value kept for either side is the other's too
                right = frozenset(other.items())
                self.equal.setdefault(key, set()).add(right)
                self.equal.setdefault(right, set()).add(key)
                self.names[key], self.names[right] = statement.left_text.strip(), statement.right_text.strip()
            return checked
        value, place = written
        name = statement.left_text.strip()
        plain = literal(statement.right) is not None  # a value as written, not arithmetic on values
        text = statement.right_text.strip() if plain else _decimal(value)
        exact = _exact(checked.value) if checked.verdict == "holds" and plain else None
        half = Fraction(10) ** place / 2
        if exact is not None and abs(exact - value) <= half:
            self._keep(key, _Stated(item.offset, item.line, name, text, value, _EXACT if exact == value else place))
            return checked
        if checked.verdict == "holds" and not plain and self._all_stated(statement.right, item.offset, place):
            self._keep(key, _Stated(item.offset, item.line, name, statement.right_text.strip(), value, place))
            return checked  # "D(P||Q) ≈ 0.517 - 0.394", each number a value stated above: the value to carry on
        found = ((used, _total(used)) for used in self._candidates(key, form, item.offset, place))
        used, total = next(((used, total) for used, total in found if abs(total - value) <= half), ([], None))
        if total is None:
            return checked
        self._keep(key, _Stated(item.offset, item.line, name, text, total, place))
        if checked.verdict != "false":
            return checked
        values = " and ".join(f"{stated.name} = {stated.text} (line {stated.line})" for _, stated in used)
        note = (
            f"{checked.note}; but the values stated above, {values}, come to {_decimal(total)}, which rounds to "
            f"{text}: the rounding is the author's, not called false"
        )
        return replace(checked, verdict="unchecked", value=None, note=note)

    def _keep(self, key: _Form, stated: _Stated) -> None:
        self.stated[key] = self.values[stated.value] = stated
        for form in self.equal.get(key, ()):
            self.stated[form] = stated._replace(name=self.names.get(form, stated.name))

    def _all_stated(self, node: Node, offset: int, place: int) -> bool:
        """Whether each decimal in the arithmetic ``node`` is a value stated above, to as many places as ``place``."""
        decimals = [item.value for item in walk(node) if isinstance(item, Number) and written_place(item.text)]
        kept = [self.values.get(value) for value in decimals]
        return bool(decimals) and all(stated and stated.offset < offset and stated.place <= place for stated in kept)

    def _candidates(
        self, key: _Form, form: dict[MeasureSymbol, Fraction], offset: int, place: int
    ) -> list[list[tuple[Fraction, _Stated]]]:
        """The values stated above (each to as many places as ``place``: 0.97 cannot give 0.030) that may give the
        form: one for each of its measures, with their weights, then its own."""
        candidates = []
        if len(form) > 1 or any(weight != 1 for weight in form.values()):  # a measure's own value is its own
            used = [(weight, self.stated.get(frozenset({(symbol, Fraction(1))}))) for symbol, weight in form.items()]
            kept = [(weight, stated) for weight, stated in used if stated and stated.offset < offset]
            if len(kept) == len(used) and all(stated.place <= place for _, stated in kept):
                candidates.append(kept)
        whole = self.stated.get(key)
        if whole is not None and whole.offset < offset and whole.place <= place:
            candidates.append([(Fraction(1), whole)])
        return candidates


def _total(used: list[tuple[Fraction, _Stated]]) -> Fraction:
    """The weighted sum of stated values."""
    return sum((weight * stated.value for weight, stated in used), Fraction(0))


def _written(node: Node) -> tuple[Fraction, int] | None:
    """A decimal value as written, or plain arithmetic on decimals (``2 \\times 1.493``), with the place of its
    finest digit; None for anything else.

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> _written(parse(tokenize("2 * 1.493"))), _written(parse(tokenize("0.25"))), _written(parse(tokenize("2")))
    ((Fraction(1493, 500), -3), (Fraction(1, 4), -2), None)
    """
    number = literal(node)
    if number is not None:
        return None if number.place is None else (number.value, number.place)
    places = [written_place(item.text) for item in walk(node) if isinstance(item, Number)]
    finest = min((place for place in places if place is not None), default=None)
    if finest is None or measures_in(node):
        return None
    try:
        value = evaluate(node, Environment())
    except (EvaluationError, ArithmeticError):
        return None
    return None if value.parts or value.infinite else (value.rational, finest)


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
