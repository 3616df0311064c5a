"""Comparing a claimed number with the true value, and saying what a wrong number actually is.

A decimal claims the precision it is written to: ``0.03`` holds for any
true value in ``[0.025, 0.035]``. One written to three or more significant
digits may also be the true value cut off there, as authors often write it:
``0.0305`` holds for any true value in ``[0.03045, 0.0306)``, and the note
says when it is cut off, not rounded. An integer claims exactness (``= 0``),
unless written with ``\\approx``. A wrong number is compared with the usual
slips: the other direction, the other log base, cross-entropy for KL, the
JS distance for the JSD, half the Jeffreys divergence for the JSD.
An expansion ``0.2 \\ln\\frac{0.2}{0.3} + ...`` is matched term by term
against the categories of the distributions.

>>> from kldocs.checker.tokens import tokenize
>>> from kldocs.checker.latex_numbers import parse
>>> claimed_interval(parse(tokenize("0.03")), approximate=False)
(Fraction(1, 40), Fraction(7, 200))
>>> claimed_interval(parse(tokenize("0.0305")), approximate=False)
(Fraction(609, 20000), Fraction(153, 5000))
>>> precision_words(-4), precision_words(0)
('4 decimal places', 'the nearest whole number')
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from fractions import Fraction

from kldocs.checker.float_estimates import SLACK, far_apart
from kldocs.checker.joint_names import is_table_copy, variable_of
from kldocs.checker.latex_numbers import BaseKey, Infinity, Node, evaluate
from kldocs.checker.rounded_intervals import interval
from kldocs.checker.scope import KnownDistributions, base_name, unit_name
from kldocs.checker.tokens import MeasureSymbol
from kldocs.checker.trees import is_number_only, term_nodes
from kldocs.checker.written_precision import CUT_DIGITS, Literal, literal, significant_digits
from kldocs.errors import EvaluationError
from kldocs.exact import ExactValue, UndecidableError
from kldocs.exact.display import rational_text
from kldocs.measures import Quantity, Term

_BASES: tuple[BaseKey, ...] = (None, Fraction(2), Fraction(10))


def claimed_interval(node: Node, approximate: bool) -> tuple[Fraction, Fraction] | None:
    """The values a number as written stands for, or None when it claims an exact value.

    Decimals stand for everything that rounds to them, or is cut off to them when their digits may be cut
    off (see :class:`~kldocs.checker.written_precision.Literal`; the far end is open, see :func:`matches`); an
    integer is exact, or stands for the nearest whole number when the relation is ``\\approx``;
    arithmetic on decimals (``1.06 - 1.03``) carries their ranges along.
    """
    return Claimed.of(node, approximate).bounds


@dataclass(frozen=True)
class Claimed:
    """What a number as written claims, worked out once for all the values it is compared with.

    >>> from kldocs.checker.tokens import tokenize
    >>> from kldocs.checker.latex_numbers import parse
    >>> claimed = Claimed.of(parse(tokenize("0.69")), approximate=False)
    >>> claimed.admits(ExactValue.log(2), ExactValue.number(Fraction(69, 100)))
    True
    """

    written: Literal | None
    bounds: tuple[Fraction, Fraction] | None

    @staticmethod
    def of(node: Node, approximate: bool) -> Claimed:
        """The claim of ``node`` (its literal read once), with ``\\approx`` when ``approximate``."""
        if isinstance(node, Infinity):
            return Claimed(None, None)
        written = literal(node)
        if written is not None:
            if written.place is not None:
                return Claimed(written, written.bounds())
            if not approximate:
                return Claimed(written, None)
            return Claimed(written, (written.value - Fraction(1, 2), written.value + Fraction(1, 2)))
        return Claimed(None, interval(node) if is_number_only(node) else None)

    def admits(self, value: ExactValue, claimed: ExactValue, square_root: bool = False) -> bool:
        """Whether ``value`` (or its square root) is what the number claims (``claimed``: its exact value)."""
        if self.bounds is None:  # an exact number; a square root of 0 or 1 is written so too
            return value == (claimed * claimed if square_root else claimed) and (not square_root or claimed.sign() >= 0)
        if not value.is_finite:
            return False
        found = self._range(square_root)
        if found is None:
            return False
        low, high = found
        if _outside(value, low, high) or value.compare(low) < 0 or value.compare(high) > 0:
            return False
        written = self.written
        if written is None or not written.cut or written.dotted:
            return True
        # Cut off, the digits stand for values up to the next digit, not for it: 1.5 is cut off to 1.50, not to 1.49.
        return value.compare(high if written.cut > 0 else low) != 0

    def excludes(self, estimate: float | None, square_root: bool = False) -> bool:
        """True when a value estimated in floating point (:meth:`~kldocs.checker.scope.KnownDistributions.estimate`)
        is certainly not what the number claims, so its exact value need not be worked out."""
        if estimate is None or self.bounds is None:
            return False
        found = self._range(square_root)
        if found is None:
            return True
        low, high = found
        slack = SLACK * (1 + abs(estimate))
        return estimate + slack < float(low) or estimate - slack > float(high)

    def _range(self, square_root: bool) -> tuple[Fraction, Fraction] | None:
        """The bounds a value lies in, or those of its square when it is compared through its square root; None
        when no square root is in them."""
        assert self.bounds is not None
        low, high = self.bounds
        if not square_root:
            return low, high
        if high < 0:
            return None
        return max(low, Fraction(0)) ** 2, high**2


def _outside(value: ExactValue, low: Fraction, high: Fraction) -> bool:
    """True when the value's correctly rounded double already lies outside ``[low, high]``: rounding keeps order, so
    a double below low's is a value below low. One double a value instead of two exact comparisons a bound."""
    try:
        number = float(value)
        return number < float(low) or number > float(high)
    except ArithmeticError:  # undecidable, or beyond a double: the exact comparisons decide
        return False


def matches(value: ExactValue, node: Node, claimed: ExactValue, approximate: bool, square_root: bool = False) -> bool:
    """Whether ``value`` (or its square root) is what ``node`` claims."""
    return Claimed.of(node, approximate).admits(value, claimed, square_root)


def cut_off_to_two_digits(value: ExactValue, written: Literal) -> bool:
    """Whether a value written to two significant digits is the true value cut off (``0.91`` for 0.9178...).

    Cut off to fewer than :data:`~kldocs.checker.written_precision.CUT_DIGITS` digits, a value does not hold; in a
    document that writes other values cut off, it is not called false either (see :mod:`~kldocs.checker.verdicts`).

    >>> from kldocs.exact import ExactValue
    >>> cut_off_to_two_digits(ExactValue.number(Fraction(9178, 10000)), Literal(Fraction(91, 100), -2))
    True
    """
    if written.place is None or written.dotted or written.cut or written.value <= 0 or not value.is_finite:
        return False
    if significant_digits(written.value, written.place) != CUT_DIGITS - 1:
        return False
    return value.compare(written.value) >= 0 and value.compare(written.value + Fraction(10) ** written.place) < 0


def rounds_to(value: ExactValue, written: Literal, square_root: bool = False) -> str:
    """``"rounds to"``, or ``"is cut off, not rounded, to"`` when only cutting ``value`` (or its square root) off
    gives the digits.

    >>> rounds_to(ExactValue.number(Fraction(8118, 10000)), Literal(Fraction(811, 1000), -3, cut=1))
    'is cut off, not rounded, to'
    >>> rounds_to(ExactValue.number(Fraction(1017, 10000)), Literal(Fraction(318, 1000), -3, cut=1), square_root=True)
    'is cut off, not rounded, to'
    >>> rounds_to(ExactValue.number(Fraction(19, 100000)), Literal(Fraction(0), None))  # "\approx 0"
    'rounds to'
    """
    low, high = replace(written, cut=0, place=0 if written.place is None else written.place).bounds()
    if square_root:
        low, high = max(low, Fraction(0)) ** 2, high**2
    return "rounds to" if value.compare(low) >= 0 and value.compare(high) <= 0 else "is cut off, not rounded, to"


def precision_words(place: int) -> str:
    """``-4`` -> ``"4 decimal places"``."""
    if place < 0:
        return f"{-place} decimal place{'s' if place != -1 else ''}"
    if place == 0:
        return "the nearest whole number"
    return f"the nearest {10**place}"


# --- what a wrong number is --------------------------------------------------------------------------------


def explain(
    symbol: MeasureSymbol, scope: KnownDistributions, base: BaseKey, node: Node, claimed: ExactValue, approximate: bool
) -> str:
    """A clause naming the quantity the wrong number belongs to, or "" when none fits.

    Numbers written to fewer than two significant digits match too much by chance and are not explained.
    """
    written = literal(node)
    if written is None or written.value == 0:
        return ""
    if written.place is not None and significant_digits(written.value, written.place) < 2:
        return ""
    claim = Claimed.of(node, approximate)  # read once for all the alternatives
    for description, reading, candidate, square_root in _alternatives(symbol, scope, base):
        try:
            if isinstance(reading, MeasureSymbol):
                if claim.excludes(scope.estimate(reading, candidate), square_root):
                    continue  # far from the claim in floating point: its exact value is not needed
                reading = scope.value(reading, candidate)
            if claim.admits(reading, claimed, square_root):
                return description
        except (EvaluationError, ArithmeticError):
            continue
    return ""


def _alternatives(
    symbol: MeasureSymbol, scope: KnownDistributions, base: BaseKey
) -> Iterator[tuple[str, MeasureSymbol | ExactValue, BaseKey, bool]]:
    """The usual slips: what each is, the measure it is (in a base) or its value, and whether its square root is
    what is written."""
    if symbol.args is None:
        return
    other_bases = [candidate for candidate in _BASES if candidate != base]
    for candidate in other_bases:
        yield f"{symbol.text()} in {unit_name(candidate)}, not {unit_name(base)}", symbol, candidate, False
    related: list[tuple[str, MeasureSymbol]] = []
    if len(symbol.args) == 2:
        first, second = symbol.args
        if symbol.measure in ("kl", "cross_entropy"):
            swapped = MeasureSymbol(symbol.measure, (second, first))
            related.append((f"{swapped.text()}, the other direction", swapped))
        if symbol.measure == "kl":
            related.append((f"the cross-entropy H({first},{second}), not the KL divergence", _cross(first, second)))
            related.append((f"the cross-entropy H({second},{first})", _cross(second, first)))
        if symbol.measure == "cross_entropy":
            related.append((f"the KL divergence D_KL({first}||{second}), not the cross-entropy", _kl(first, second)))
            related.append((f"the entropy H({first}), not the cross-entropy", MeasureSymbol("entropy", (first,))))
    related.extend(_shannon_slips(symbol))
    if symbol.measure == "entropy":
        for name, binding in scope.bindings.items():
            if name == symbol.args[0]:
                continue
            shown = f"{variable_of(name)} as the table on {binding.where()} gives it" if is_table_copy(name) else name
            related.append((f"H({variable_of(name)}), the entropy of {shown}", MeasureSymbol("entropy", (name,))))
    for description, other in related:
        for candidate in (base, *other_bases):
            suffix = "" if candidate == base else f", in {unit_name(candidate)}"
            yield description + suffix, other, candidate, False
    if symbol.measure == "jsd" and len(symbol.args) == 2:
        first, second = symbol.args
        for candidate in (base, *other_bases):
            suffix = "" if candidate == base else f", in {unit_name(candidate)}"
            half_jeffreys = (
                scope.value(_kl(first, second), candidate) + scope.value(_kl(second, first), candidate)
            ).scale(Fraction(1, 2))
            yield (
                f"half the Jeffreys divergence (D_KL({first}||{second}) + D_KL({second}||{first}))/2{suffix}, "
                "not the JSD",
                half_jeffreys,
                candidate,
                False,
            )
            yield f"the Jensen-Shannon distance sqrt(JSD){suffix}, not the JSD", symbol, candidate, True


def _shannon_slips(symbol: MeasureSymbol) -> list[tuple[str, MeasureSymbol]]:
    """The measures of two random variables a wrong value of one of them usually is: the condition dropped
    (``H(Y)`` for ``H(Y|X)``), the other conditional, the joint entropy, a marginal's entropy for the mutual
    information.

    >>> [text.split(", the")[0] for text, _ in _shannon_slips(MeasureSymbol("conditional_entropy", ("Y", "X")))]
    ['H(Y)', 'H(X|Y)', 'H(Y,X)']
    """
    if symbol.args is None or len(symbol.args) != 2 or "=" in "".join(symbol.args):
        return []
    first, second = symbol.args
    joint = (f"H({first},{second}), the joint entropy", MeasureSymbol("joint_entropy", (first, second)))
    if symbol.measure == "conditional_entropy":
        return [
            (f"H({first}), the entropy of {first} without the condition", MeasureSymbol("entropy", (first,))),
            (f"H({second}|{first}), the other conditional entropy", MeasureSymbol(symbol.measure, (second, first))),
            joint,
        ]
    if symbol.measure == "mutual_information":
        return [
            *((f"H({name}), the entropy of {name}", MeasureSymbol("entropy", (name,))) for name in (first, second)),
            *(
                (f"H({one}|{other}), a conditional entropy", MeasureSymbol("conditional_entropy", (one, other)))
                for one, other in ((first, second), (second, first))
            ),
            joint,
        ]
    if symbol.measure == "joint_entropy":
        return [(f"H({name}), the entropy of {name} alone", MeasureSymbol("entropy", (name,))) for name in symbol.args]
    return []


def _kl(first: str, second: str) -> MeasureSymbol:
    return MeasureSymbol("kl", (first, second))


def _cross(first: str, second: str) -> MeasureSymbol:
    return MeasureSymbol("cross_entropy", (first, second))


# --- expansions term by term -------------------------------------------------------------------------------


def term_check(
    quantity: Quantity,
    node: Node,
    text: str,
    scope: KnownDistributions,
    base: BaseKey,
    terms: list[tuple[str, ExactValue]] | None = None,
) -> tuple[bool, str]:
    """Match the written terms of ``node`` with the per-category terms of ``quantity``.

    Returns whether every term matches one category (zero terms may be left
    out), and, when they do not, a clause naming the first term that is off
    and what it should be. ``terms``: the written terms already worked out by
    :func:`_written_terms`, when several measures are matched with them.
    """
    terms = _written_terms(node, text, scope, base) if terms is None else terms
    if terms is None:
        return False, ""
    written = [(shown, value) for shown, value in terms if not _is_zero(value)]
    remaining: list[tuple[Term, ExactValue]] = []
    for term in quantity.terms():
        if isinstance(term.value, float):
            return False, ""
        if not _is_zero(term.value):
            remaining.append((term, term.value))
    unmatched: list[tuple[str, ExactValue]] = []
    for shown, value in written:
        index = next((i for i, (_, wanted) in enumerate(remaining) if _equal(wanted, value)), None)
        if index is None:
            unmatched.append((shown, value))
        else:
            remaining.pop(index)
    if not unmatched and not remaining:
        return True, ""
    should = _term_text(quantity, remaining[0][0], base) if remaining else ""  # written out only when it is named
    if unmatched and remaining:
        return False, f"the term {unmatched[0][0]} matches no category; {should} is missing"
    if unmatched:
        return False, f"the term {unmatched[0][0]} matches no category"
    return False, f"{should} is missing"


def _written_terms(
    node: Node, text: str, scope: KnownDistributions, base: BaseKey
) -> list[tuple[str, ExactValue]] | None:
    """Each written term of ``node`` as written and its value; None when one cannot be worked out."""
    environment = scope.environment(base)
    terms: list[tuple[str, ExactValue]] = []
    for factor, item in term_nodes(node):
        try:
            terms.append((text[item.start : item.end].strip(), evaluate(item, environment).scale(factor)))
        except (EvaluationError, ArithmeticError):
            return None
    return terms


def _term_text(quantity: Quantity, term: Term, base: BaseKey) -> str:
    log = {None: "ln", Fraction(2): "log_2", Fraction(10): "log_10"}.get(base, f"log_{base_name(base)}")
    p = rational_text(Fraction(term.p))
    if quantity.measure == "kl" and term.q is not None:
        q = rational_text(Fraction(term.q))
        return f"{p} {log}({p}/{f'({q})' if '/' in q else q}) for {term.label}"  # 0.125/(2/9), not 0.125/2/9
    if quantity.measure == "cross_entropy" and term.q is not None:
        return f"-{p} {log} {rational_text(Fraction(term.q))} for {term.label}"
    if quantity.measure == "entropy":
        return f"-{p} {log} {p} for {term.label}"
    return f"the term for {term.label}"


def identify(value: ExactValue, scope: KnownDistributions, base: BaseKey) -> str | None:
    """Which measure of the distributions in force has exactly this value, if any."""
    names = scope.written_names()[:6]
    candidates: list[MeasureSymbol] = [MeasureSymbol("entropy", (name,)) for name in names]
    for first in names:
        for second in names:
            if first != second:
                candidates += [_kl(first, second), _cross(first, second), MeasureSymbol("jsd", (first, second))]
    target = _double(value)
    for symbol in candidates:
        if target is not None and far_apart(scope.estimate(symbol, base), target):
            continue  # its exact value is not needed
        try:
            if _equal(scope.value(symbol, base), value):
                return symbol.text()
        except EvaluationError:
            continue
    return None


def nearest_terms(node: Node, text: str, scope: KnownDistributions, base: BaseKey) -> tuple[MeasureSymbol, str] | None:
    """For an expansion that is no measure: the measure it nearly is, and the term that is off.

    A measure qualifies when the expansion has as many nonzero terms as it
    and at least half of them match.
    """
    names = scope.written_names()[:6]
    terms = _written_terms(node, text, scope, base)  # the same for every measure tried
    if terms is None:
        return None
    values = [value for _, value in terms]
    doubles = [_double(value) for value in values]
    needed = len(term_nodes(node))
    best: tuple[int, MeasureSymbol, str] | None = None
    for first in names:
        for second in names:
            if first == second:
                continue
            for symbol in (_kl(first, second), _cross(first, second)):
                most = _most_matching(scope.estimate_terms(symbol, base), doubles)
                if most is not None and (most * 2 < needed or (best is not None and most <= best[0])):
                    continue  # as below, without its exact terms
                try:
                    quantity = scope.quantity(symbol, base)
                except EvaluationError:
                    continue
                score = _matching_terms(quantity, values)
                if score * 2 < needed or (best is not None and score <= best[0]):
                    continue  # too few terms match for it to be named, or one found first matches as many
                try:
                    ok, clause = term_check(quantity, node, text, scope, base, terms)
                except EvaluationError:
                    continue
                if not ok and clause.startswith("the term") and "missing" in clause:
                    best = (score, symbol, clause)
    return None if best is None else (best[1], best[2])


def _most_matching(estimates: tuple[float, ...] | None, written: list[float | None]) -> int | None:
    """At most how many written terms (their doubles) :func:`_matching_terms` can match with a measure whose terms
    are estimated in floating point: those near one of them; None when there are no estimates."""
    if estimates is None:
        return None
    return sum(1 for double in written if double is None or any(not far_apart(e, double) for e in estimates))


def _matching_terms(quantity: Quantity, written: list[ExactValue]) -> int:
    """How many of the written terms' values are the value of one of the measure's categories, each used once."""
    wanted = [term.value for term in quantity.terms() if not isinstance(term.value, float)]
    count = 0
    for key in written:
        index = next((i for i, value in enumerate(wanted) if _equal(value, key)), None)
        if index is not None:
            wanted.pop(index)
            count += 1
    return count


def _double(value: ExactValue) -> float | None:
    """The value's correctly rounded double, or None when it cannot be certified."""
    try:
        return float(value)
    except ArithmeticError:
        return None


def _is_zero(value: ExactValue) -> bool:
    """Exact zero test; a value whose correctly rounded double is not 0 is not 0, without its canonical form."""
    try:
        if float(value) != 0:
            return False
    except ArithmeticError:
        pass
    return value.rational_value() == 0


def _equal(first: ExactValue, second: ExactValue) -> bool:
    """Exact equality, tried only when the correctly rounded doubles agree (equal values share theirs): comparing
    every written term with every category exactly took most of the time of checking a long worked example."""
    try:
        if float(first) != float(second):
            return False
    except UndecidableError:
        pass
    return first == second
